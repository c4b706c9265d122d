package analyze

import (
	"github.com/conflict-digest/conflict-digest/lang"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// A war in passing (issue 13 item 4; eval/cnndm): general news — a crime
// at home, a veterans' charity, a royal at a memorial service, a row in
// parliament, a film — names a war in one sentence of its lead ("a former
// sergeant who lost his legs in a 2012 Afghanistan bomb blast", "teenagers
// who want to join ISIS") and the gate's evidence lets it in, though the
// story is about something else. What tells such a story from a war's is
// not its topic but how little of the war it holds: across a story of
// several hundred words the war's own words (relevance.txt's [armed] and
// [war]) are rare, or no place or side of a war is named anywhere. A war's
// report, its diplomacy or its humanitarian news holds them throughout.

// passingEvidence are the gate's evidence (gateCounts.evidence) that a war
// named in passing gives: an armed word or violence in the lead, violence
// beside a place or party of a war, a text dense with armed words. A war
// or refugees in the headline, diplomacy between a war's sides and the
// displaced are a war's news however few its armed words.
var passingEvidence = lang.WordSetOf(map[string]bool{
	"armed word in the headline or lead":                true,
	"violence, war or refugees beside a conflict place": true,
	"violence or war with an armed party":               true,
	"a text dense with armed words":                     true,
	"war and violence in one sentence":                  true,
})

// Limits of a war in passing, fitted on the fit half of eval/cnndm (its
// war stories hold 8 armed words or more per thousand; its stories of
// other news that name a war hold 0–5).
const (
	passingStory  = 400 // words of a story whose war words are counted
	nowhereStory  = 250 // words of a story that names no place or side of a war
	passingArmed  = 5.0 // armed words per thousand words, and war words too
	passingHumane = 3   // words of aid, displacement or refugees that make a text humanitarian
)

// warInPassing returns the relevance of an article the gate's evidence ev
// let in whose war is named only in passing, and whether it is one: its
// headline names no armed word, violence, war, refugees or displacement,
// nor its lead refugees or displacement, and either
//   - a story of nowhereStory words or more names no place of a conflict,
//     no armed group or army and no actor of a war ("no war's place or
//     side": a film's "Civil War", a museum's tourists back after an attack,
//     the army destroying its old chemical shells, a Second World War hero),
//     or
//   - a story of passingStory words or more tells a ceremony of
//     remembrance in its headline or lead (peacetime.txt's [ceremony]: a
//     memorial service, a commemoration service) and no diplomacy beside a
//     war's place or side ("a ceremony of remembrance": an aid worker
//     honoured in her hometown, a cathedral's service for a war's dead),
//     or
//   - a story of nowhereStory words or more holds no armed word and no
//     war word at all (relevance.txt's [armed] and [war]: no armed group,
//     army, weapon, strike, war, conflict or clashes) and no humanitarian
//     vocabulary ("violence with no armed word": police beating students
//     on a march, negotiations over a nuclear programme with one word of
//     force), or
//   - a story of passingStory words or more with no humanitarian
//     vocabulary names no armed group or army anywhere, no place or actor
//     of a war in its lead, no two sides parleying there and fewer than
//     passingArmed war words per thousand ("no war's side named": guards
//     for schools against terrorist attacks at home), or
//   - a story of passingStory words or more holds fewer than passingArmed
//     armed words and fewer than passingArmed war words per thousand, no
//     humanitarian vocabulary (fewer than passingHumane words of aid,
//     displacement or refugees: an agency's report of a war's needs counts
//     few armed words) and no diplomacy beside a war's place or side in its
//     lead ("a war named in passing": the murder of a holidaymaker in
//     Turkey, a veterans' charity, a candidate's remark on would-be
//     jihadis).
//
// The second, third and fourth (round h-gate17) spare a story that names
// peace (namesPeace): a peace conference between communities that fought
// holds few armed words. Short items are left to the evidence: a brief of
// a hundred words may be all the war it tells.
func (c *gateCounts) warInPassing(in gateInput, ev string) (news.Relevance, bool) {
	if !passingEvidence.Has(ev) || c.tl("refugee")+c.tl("crisis") > 0 {
		return news.Relevance{}, false
	}
	for _, s := range []string{"armed", "force", "war", "refugee", "crisis"} {
		if c.title[gateSections[s]] > 0 {
			return news.Relevance{}, false
		}
	}
	if in.textWords >= nowhereStory && !in.anyPlace && !in.party && !in.leadSide && !in.leadSides {
		return news.Relevance{Reason: news.NotNoConflict, Detail: "no war's place or side named"}, true
	}
	// a peace conference between communities that fought, peace-building:
	// a war's diplomacy, however few its armed words
	peace := in.textWords >= nowhereStory && namesPeace(in)
	// diplomacy beside a war's place or side in the lead: that war's
	leadParley := c.tl("diplomacy") > 0 && (in.leadPlace || in.leadSide || in.leadSides)
	if in.textWords >= passingStory && peaceNeeds["ceremony"].count(in.title)+peaceNeeds["ceremony"].count(in.lead) > 0 && !leadParley && !peace {
		return news.Relevance{Reason: news.NotNoConflict, Detail: "a ceremony of remembrance"}, true
	}
	humane := c.text[gateSections["aid"]]+c.text[gateSections["crisis"]]+c.text[gateSections["refugee"]] >= passingHumane
	if in.textWords >= nowhereStory && c.text[gateSections["armed"]]+c.text[gateSections["war"]] == 0 && !humane && !peace {
		return news.Relevance{Reason: news.NotNoConflict, Detail: "violence with no armed word"}, true
	}
	if in.textWords < passingStory || humane {
		return news.Relevance{}, false
	}
	per := func(s string) float64 { return 1000 * float64(c.text[gateSections[s]]) / float64(in.textWords) }
	if !in.party && !in.leadPlace && !in.leadSide && !in.leadSides && per("war") < passingArmed && !peace {
		return news.Relevance{Reason: news.NotNoConflict, Detail: "no war's side named"}, true
	}
	if leadParley || per("armed") >= passingArmed || per("war") >= passingArmed {
		return news.Relevance{}, false
	}
	return news.Relevance{Reason: news.NotNoConflict, Detail: "a war named in passing"}, true
}

// namesPeace reports whether the headline or the text of in names peace
// ("peace", "peace-building", "peacemakers"): what a war's diplomacy is
// for. A protest's negotiations, a nuclear programme's and a ceremony's
// do not name it.
func namesPeace(in gateInput) bool {
	for _, ws := range append([][]string{in.title}, in.text...) {
		for _, w := range ws {
			if strings.HasPrefix(w, "peace") {
				return true
			}
		}
	}
	return false
}
