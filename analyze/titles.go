package analyze

import (
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// What a report's title tells, read here once and carried (issue 14.4;
// round h-kind1): the family of title readers a story's index ran on every
// item (story's docOf) and its builders on every member, now one set of
// marks (news.TitleMarks) with the index's vocabulary in lang (lang.Term,
// lang.AttackKind, lang.ChemicalTerm, ...).

// TitleMarks returns the marks of a report's title; lead gives the lead's
// sentences (LeadSentences of the analysis's sentences, or of the text's
// first LeadBytes split), read only for a title of an attack of no named
// kind or of a bomb (chemicalReport).
func TitleMarks(title string, lead func() []string) news.TitleMarks {
	var m news.TitleMarks
	set := func(k news.TitleMarks, on bool) {
		if on {
			m |= k
		}
	}
	t := readTitle(title)
	set(news.TitleReaction, reactionTitle(t))
	set(news.TitleSession, sessionTitle(t))
	set(news.TitleAccusation, accusationTitle(t))
	set(news.TitleEvent, eventReport(t))
	set(news.TitleAct, actTitle(t))
	set(news.TitleAttack, attackReport(t))
	set(news.TitleSequel, sequelTitle(t))
	set(news.TitleChemical, chemicalReport(t, lead))
	return m
}

// title is a title's words (lang.Words) and their index terms (lang.Term),
// read once for all its marks.
type title struct{ words, terms []string }

func readTitle(s string) title {
	ws := lang.Words(s)
	ts := make([]string, len(ws))
	for i, w := range ws {
		ts[i] = lang.Term(w)
	}
	return title{ws, ts}
}

// isAttack reports the word "attack" or "attacks".
func isAttack(w string) bool { return w == "attack" || w == "attacks" }

// chemicalTitle reports whether a title tells of a chemical attack.
func chemicalTitle(t title) bool {
	for _, x := range t.terms {
		if lang.ChemicalTerm(x) {
			return true
		}
	}
	return false
}

// chemicalSentence reports whether a sentence names a chemical attack as a
// title does (chemicalTitle).
func chemicalSentence(s string) bool {
	for _, w := range lang.Words(s) {
		if lang.ChemicalTerm(lang.Term(w)) {
			return true
		}
	}
	return false
}

// chemicalReport reports whether an article tells of a chemical attack: its
// title does, or its title tells of a bomb and the lead's first sentence
// names a chemical, or its title tells of an attack of no named kind and
// its lead names a chemical one ("At least 27 children killed in Idlib attack",
// "... medical response to chemical attacks"). A report of what followed an
// attack (sequelTitle: "Forces bombard suburbs after gas attack") tells of
// an event of its own, the next day's shelling, which the attack's
// aftermath links do not reach: it joins the attack's reports only by
// their score. A reaction "following" the attack ("Coalition demands UN
// action following chlorine attacks") is still about it.
func chemicalReport(t title, leadOf func() []string) bool {
	if sequelTitle(t) && !reactionTitle(t) {
		return false
	}
	if chemicalTitle(t) {
		return true
	}
	attack, bomb := false, false
	for _, x := range t.terms {
		switch {
		case lang.GasCarrier(x):
			bomb = true
		case lang.AttackKind(x):
			return false
		default:
			attack = attack || x == "attack"
		}
	}
	if !bomb && !attack {
		return false
	}
	lead := leadOf()
	if bomb && len(lead) > 0 {
		return chemicalSentence(lead[0])
	}
	if !attack {
		return false
	}
	for _, s := range lead {
		if chemicalSentence(s) {
			return true
		}
	}
	return false
}

// eventReport reports whether a title tells of an event itself, its toll or
// its victims (lang.EventWord).
func eventReport(t title) bool {
	for _, w := range t.words {
		if lang.EventWord(w) {
			return true
		}
	}
	return false
}

// reactionTitle reports whether a title tells of a reaction: a statement or
// a diplomatic act (lang.ReactionWord) and no toll or victims
// (lang.EventWord).
func reactionTitle(t title) bool {
	said := false
	for _, w := range t.words {
		if lang.EventWord(w) {
			return false
		}
		said = said || lang.ReactionWord(w)
	}
	return said
}

// sequelTitle reports whether a title tells of what followed an event, the
// event named only in its "after" clause and its own news no act, toll or
// victims (lang.EventWord): "Forces bombard suburbs after gas attack",
// "Families flee the town after shelling" are reports of the
// days after, not of the attack, which they recall; "Nine killed after
// strike on market" tells the strike's toll and is no sequel.
func sequelTitle(t title) bool {
	ws := t.words
	for i, w := range ws {
		if lang.EventWord(w) {
			return false
		}
		if w != "after" && w != "following" {
			continue
		}
		for j, v := range ws[i+1:] {
			if x := t.terms[i+1+j]; isAttack(v) || lang.ChemicalTerm(x) || lang.AttackKind(x) {
				return true
			}
		}
		return false
	}
	return false
}

// accusationTitle reports whether a title accuses a party ("Syria accuses
// rebels of using chemical weapons").
func accusationTitle(t title) bool {
	for _, w := range t.words {
		if lang.AccusationWord(w) {
			return true
		}
	}
	return false
}

// sessionTitle reports whether a title tells of a meeting (lang.SessionWord) or
// names the Security Council, a body whose acts are its sessions ("Security
// Council seeks clarity on chemical weapons reports").
func sessionTitle(t title) bool {
	ws := t.words
	for i, w := range ws {
		if lang.SessionWord(w) || w == "council" && i > 0 && ws[i-1] == "security" {
			return true
		}
	}
	return false
}

// actTitle reports whether a title tells of an attack or fighting: an
// attack of a kind (lang.AttackKind), an offensive (lang.BattleTerm) or
// "attack".
func actTitle(t title) bool {
	for i, w := range t.words {
		if x := t.terms[i]; lang.AttackKind(x) || lang.BattleTerm(x) || isAttack(w) {
			return true
		}
	}
	return false
}

// attackReport reports whether a title tells of an act of violence — an
// attack, its kind, its toll or victims ("Air strikes kill 12 in Aleppo",
// "Syrian opposition claims poisonous gas attack") — rather than of a
// reaction to one (reactionTitle: "Zarif urges mission to probe gas
// attack"). An accusation of an act is a report of the act claimed ("Syria
// accuses rebels of using chemical weapons" tells of soldiers gassed); a
// title that tells of a meeting beside the attack is the meeting's report
// too ("23 killed in Aleppo strikes as UN meets over Syria": sessionTitle).
func attackReport(t title) bool {
	if reactionTitle(t) && !accusationTitle(t) || sessionTitle(t) {
		return false
	}
	for i, w := range t.words {
		if x := t.terms[i]; lang.EventWord(w) || lang.ChemicalTerm(x) || lang.AttackKind(x) || isAttack(w) {
			return true
		}
	}
	return false
}
