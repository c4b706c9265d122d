package story

import (
	"slices"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Some stories are news for days, and their reports name later days of
// their own and share few words with the first report, so the day and score
// rules that keep two strikes on one city apart would cut them into pieces:
//
//   - a chemical attack: the first tolls, the toll rising, the reactions of
//     its day (not the diplomacy of the days after: see news.TitleReaction), the
//     tests that name the agent, the calls for an inquiry (the Khan Shaykhun
//     attack came out as nine items). Two reports whose titles both tell of
//     a chemical attack and that share a lead place are linked. The title
//     counts, and the lead only when the title names no kind of attack ("27
//     children killed in Idlib attack"): the report of the next air strike
//     often recalls the attack in its lead, and is not part of it.
//   - a story with a name of its own: a storm ("Urduja"), a town no one had
//     heard of. Two titles that share a word of weight minTitleIDF (a word
//     the idf table has seen once or never) are linked, unless the later
//     report names a later day of its own.
//   - a ground offensive: an assault to reopen a road or break a siege is
//     fought for days, and each day's report names its day ("rebels
//     launched an assault on Monday", "locked in fierce fighting Sunday").
//     Two reports whose title or first sentence tells of an offensive and
//     that share a lead place are linked across battleDays when their
//     cosine is minBattleCos or more, unless the later names a later day
//     of its own and its lead recalls no day before the earlier's
//     (foughtSince): that is a new day's assault, another event.
//
// They are linked across AftermathDays (an offensive across battleDays),
// through keys of their own (chemKeys, nameKeys, battleKeys) that Links
// looks up across those days.

// minTitleIDF is the least weight of a title word that names a story.
const minTitleIDF = 7

// chemicalKey marks the keys of a chemical attack's report: its lead
// places, filed apart from the ordinary keys.
const chemicalKey = 0x5c4e_3a1d_9b27_6f08

// chemicalKeys returns the sorted keys of a chemical attack's report: its
// lead places, marked.
func chemicalKeys(chemical bool, places []uint64) []uint64 {
	var keys []uint64
	if chemical {
		for _, k := range places {
			keys = append(keys, k^chemicalKey)
		}
	}
	slices.Sort(keys)
	return keys
}

// nameKeys returns the sorted, distinct keys of the rare words of a title.
func nameKeys(title string) []uint64 {
	var keys []uint64
	for _, w := range lang.Words(title) {
		if t := term(w); t != "" && !numeric(t) && idf(t) >= minTitleIDF {
			keys = append(keys, keyHash("n", t))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// aftermath reports whether two articles may be linked as reports of a
// story that lasts, their event days at most AftermathDays apart: both tell
// of a chemical attack at one place (chemical), their leads naming no two
// different towns or districts (otherSpots: a claim of gas at another town
// is another attack) and the later naming no later day of its own when
// they are more than DayReach days apart (a claim of soldiers gassed "on
// Saturday" is not Tuesday's attack); or their titles share a name
// and the later does not name a later day of its own (Wednesday's shelling
// of a neighbourhood whose name is rare is not Tuesday's), and then they
// are linked if their cosine is minNameCos or more (name), which the
// caller computes once for this and the score.
func (x *Index) aftermath(a, b *doc, gap int) (chemical, name bool) {
	if a.day == NoDay || gap > x.cfg.AftermathDays {
		return false, false
	}
	if gap > x.cfg.DayReach && (a.reaction || b.reaction || a.political || b.political) {
		return false, false // a development of its own (see news.TitleReaction, politicalReport)
	}
	if a.chemical && b.chemical && sharesKey(a.chemKeys, b.chemKeys) && !otherSpots(a, b) && (gap <= x.cfg.DayReach || !later(a, b).named) &&
		!ownDevelopment(a, b) && !ownDevelopment(b, a) {
		return true, false
	}
	return false, a.names&b.names != 0 && (gap == 0 || !later(a, b).named) && sharesKey(a.nameKeys, b.nameKeys)
}

// politicalReport reports whether a report of the war's news tells a
// political or diplomatic act and no violent event of its own: the
// analysis files it under a category (cats: it is news of the conflict),
// and its title is no reaction (news.TitleReaction, which the aftermath rule
// already keeps within DayReach) and tells no act, toll or victims
// (news.TitleEvent), no attack or fighting (news.TitleAct), no chemical attack and
// no offensive. Its news is what was said or done on its own day (a
// leader's remarks, a legislature's debate), so a report of it whose event
// day is more than DayReach days from another's tells another event,
// however many names the two share: the aftermath links do not reach it
// (issue 13, 2013 window: a factbox of Congress's procedural votes on a
// Syria strike and the president's cabinet remarks three days later were
// one story through the title word "Obama", a name link). Two reports of
// the same act (one meeting, one vote, one statement) have one event day,
// or days a dateline apart, and the score within DayReach joins them.
// News the analysis files under no category (a celebrity moving from one
// clinic to another, told on two days in ECB+) is not the war's politics,
// and keeps its name links.
func politicalReport(d *doc, cats []news.Category) bool {
	return len(cats) > 0 && !d.reaction && !d.event && !d.act && !d.chemical && !d.battle
}

// minNameCos is the least cosine of two reports linked by a rare title
// word: a name is one of a story's words, not all of them. Two profiles of
// one actor checking into one clinic years apart share the name and little
// else (on the ECB+ development topics it cut the false links by a tenth
// and lost no true one there or on the labelled pairs).
const minNameCos = 0.2

// battleReport reports whether the title or the lead's first sentence tells
// of a ground offensive. A title that tells of a strike from the air or from
// afar and of no fighting leaves the lead out: the report of an air strike
// that names the fighting around it ("a U.S.-led coalition fighting Daesh
// mistakenly killed 18 fighters") tells of the strike, not of an offensive
// (two reports of Tabqa, the day's fighting and the next day's coalition
// strike, were one story through it).
func battleReport(title string, lead []string) bool {
	strike := false
	for _, w := range lang.Words(title) {
		t := term(w)
		if lang.BattleTerm(t) {
			return true
		}
		strike = strike || strikeWords[t]
	}
	if strike || len(lead) == 0 {
		return false
	}
	for _, w := range lang.Words(lead[0]) {
		if lang.BattleTerm(term(w)) {
			return true
		}
	}
	return false
}

// strikeWords are the index terms of a title that tells of a strike from
// the air or from afar: an air strike, a raid, shelling, a bomb, a missile.
var strikeWords = lang.HeadlineWords(lang.StrikeTerm)

// battleKey marks the keys of an offensive's report: its lead places.
const battleKey = 0x3b9a_c5e1_07d4_2f66

// battleKeys returns the sorted keys of an offensive's report: its lead
// places, marked.
func battleKeys(battle bool, places []uint64) []uint64 {
	var keys []uint64
	if battle {
		for _, k := range places {
			keys = append(keys, k^battleKey)
		}
	}
	slices.Sort(keys)
	return keys
}

// offensive reports whether two articles may be reports of one ground
// offensive (see above), not of fighting in two neighbourhoods or towns
// (otherSpots) nor of two days' assaults (foughtSince): they are if they
// also share a battle key and their cosine is minBattleCos or more, which
// the caller computes once for this and the score. A later report that
// names no day of its own is dated by its dateline, which tells of its day
// or the one before (reach): one written two days after the earlier
// report's day tells a later day's fighting, and joins it only as a
// report that names its day does, when its lead recalls a day before the
// earlier's (foughtSince). Otherwise a copy of Sunday's report of a failed
// night bid joined the report, two days on, of Monday's new assault.
func offensive(a, b *doc, gap, reach int) bool {
	return a.battle && b.battle && a.day != NoDay && gap <= battleDays && !otherSpots(a, b) &&
		(gap == 0 || nightBefore(a, b, gap) || gap <= reach && !later(a, b).named || foughtSince(a, b))
}

// foughtSince reports whether the later of two reports of an offensive,
// which names a later day of its own, tells of it as fought since before
// the earlier report's day: its lead recalls a day before that one ("a
// two-day offensive launched on Friday" in Sunday's report, against
// Saturday's). A report of a later day whose lead recalls no day, or the
// earlier report's own (the failed bid of Sunday as the background of
// Monday's assault), tells a new day's assault, another event.
func foughtSince(a, b *doc) bool {
	l, e := later(a, b), a
	if l == a {
		e = b
	}
	return l.recalls != NoDay && l.recalls < e.day
}

// battleDays is the most days between two reports of one offensive, and
// minBattleCos the least cosine at which they are linked: that of two
// reports of the assault on the Castello road in different words (0.20 and
// 0.25 on the tuning pairs), above which few reports of one city's other
// fighting come.
const (
	battleDays   = 2
	minBattleCos = 0.2
)

// A reaction is a report whose own news is what someone said or did about
// an event, not the event: a statement, a call for an inquiry, talks, a
// vote, a visit, inspectors' access ("Zarif urges fact-finding mission to
// probe Syria gas attack", "Kerry discusses chemical attack with Syrian
// foreign minister"). Its lead recalls the attack, so its words and its
// analysed event day (the day of the attack its lead names) are those of
// the attack's reports; but it happened on the day it was written. A
// reaction of the attack's day or the next (the condemnations, the first
// calls for an inquiry) stays with the attack; one days later is a
// development of its own, which the reader wants dated as one: NewItem dates it on
// its day of writing, and the aftermath links (chemical, name) reach it
// only within DayReach days.
//
// The analysis's categories do not tell it apart (a call for an inquiry into
// a gas attack is filed under violence, like the attack), so it is read from
// the title: a word of saying or of diplomacy (lang.ReactionWord) and none of
// the event's own toll or victims (lang.EventWord), which a report of the
// attack or of its aftermath for the victims carries ("Turkey says tests on
// attack victims point to sarin").

// reactionJoins reports whether a reaction and a report may be linked at
// all: two reactions or two reports may; a reaction and a report only when
// the report tells of the event itself (its title tells of the act, its
// toll or its victims: news.TitleEvent) and their days are at most reach apart — the
// condemnations of the attack's day. A reaction does not reach the attack
// through the commentary or the analysis of the days after, which the
// aftermath links join to it.
//
// Nor does a reaction that recalls an earlier event day join a report that
// names a later day of its own (otherEvent), nor a meeting any other
// report of its day (otherSession).
func reactionJoins(a, b *doc, gap, reach int) bool {
	if otherEvent(a, b) || otherEvent(b, a) || otherSession(a, b) {
		return false
	}
	if a.reaction == b.reaction {
		return true
	}
	if a.reaction {
		a, b = b, a
	}
	return a.event && gap <= reach
}

// ownDay returns the day a report is matched on (see EventDay): a
// reaction's analysed event day is the day its lead recalls, and when that
// is more than a day before the day it was written (written), the
// reaction's own day is that of writing. Other reports keep their day.
func ownDay(reaction bool, day, written int32) int32 {
	if reaction && day != NoDay && written != NoDay && written-day > 1 {
		return written
	}
	return day
}

// otherEvent reports whether r, a reaction whose lead recalls an earlier
// day (the diplomacy about an attack: a call, inspectors let in), and e, a
// report of a later day, tell of two events: e names that later day as its
// own (a counter-claim of soldiers gassed "on Saturday" at another place is
// not what Saturday's call about Wednesday's attack was about, though both
// are of Saturday and of gas), or e accuses a party (news.TitleAccusation) and
// its lead recalls no earlier day (a counter-claim its lead dates only by
// the report: "soldiers choked on toxic gas, state television said on
// Saturday"). A reaction of the later day that recalls the same earlier day
// is the same diplomacy and may join.
func otherEvent(r, e *doc) bool {
	if !r.reaction || r.recalls == NoDay || e.day == NoDay || e.day <= r.recalls || e.reaction && e.recalls == r.recalls {
		return false
	}
	return e.named || e.accusation
}

// ownDevelopment reports whether d, a reaction, tells of a development of
// its own that the chemical aftermath links must not fold into another
// report's attack: a session of a body that acts by meeting (the Security
// Council's emergency meeting the day of the attack is an event with its
// own day, place and actors: news.TitleSession), or a claim that gas was used on
// a day the report names (a counter-claim of soldiers gassed "on Saturday":
// claimOfItsDay) beside a reaction that makes no such claim (a minister's
// verdict on the attack of days before). Such reports join others only by
// their score, as two reports of one meeting or one claim do.
func ownDevelopment(d, other *doc) bool {
	if !d.reaction {
		return false
	}
	if otherSession(d, other) {
		return true
	}
	return other.reaction && claimOfItsDay(d) && !claimOfItsDay(other)
}

// otherSession reports whether one of two reports tells of a meeting (a
// session: news.TitleSession) and the other does not and is no diplomacy of the
// days after an event (it recalls no earlier day, see Item.Recalls): the
// Security Council's session on the day of an attack is an event of its
// own day, place and actors, however many of the attack's words its report
// repeats, and the attack's reports and the condemnations of that day are
// the attack's; the ministers' call of the week after and the council's
// vote are one diplomacy.
func otherSession(a, b *doc) bool {
	if a.session == b.session {
		return false
	}
	if a.session {
		a = b
	}
	return a.recalls == NoDay
}

// claimOfItsDay reports a reaction that accuses a party of an act on the
// day its text names.
func claimOfItsDay(d *doc) bool { return d.accusation && d.named }
