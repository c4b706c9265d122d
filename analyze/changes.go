package analyze

import (
	_ "embed"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// A change of state is what a reader of a digest most needs first: a truce
// collapsed, talks opened or broke down, a siege lifted, an evacuation
// began. The analysis decides it once, from the headline and the lead —
// where news says what happened today — and carries it (news.Analysis.
// Changes); stories and digests use it and never read the text again. A
// state told as background ("a day after the truce took effect") is no
// change: the same rule as the labelling guide's.

//go:embed changes.txt
var changesData string

// changeWords are the phrase sets of changes.txt by section.
var changeWords = parseGate(changesData)

// Spans in words: a ceasefire cue counts within cueSpan words of a truce
// word, unless a background word stands within backgroundSpan words before
// the pair or between its words; a phrase counts unless one stands within
// backgroundSpan words before it.
const (
	cueSpan        = 8
	backgroundSpan = 6
	changeLead     = 2 // lead sentences read after the headline
	firstSpan      = 4 // words after "first" that may name the event
)

// phraseChanges are the changes told by a phrase of their own, with the
// category an article must carry for it.
var phraseChanges = []struct {
	change news.Change
	needs  news.Category
}{
	{news.ChangeTalksSuspended, news.Talks}, {news.ChangeTalksConcluded, news.Talks},
	{news.ChangeTalksOpened, news.Talks}, {news.ChangeSiegeLifted, news.Humanitarian},
	{news.ChangeSiegeImposed, news.Humanitarian}, {news.ChangeEvacuationBegun, news.Humanitarian},
}

// stateChanges returns the changes of state an analysed article's headline
// and lead report as news, each with the sentence that reports it.
func stateChanges(d *doc, an *news.Analysis) []news.StateChange {
	sents := []string{d.title}
	toks := [][]string{d.titleWords}
	for _, s := range d.sents {
		if s.index >= changeLead {
			break
		}
		sents, toks = append(sents, s.text), append(toks, s.words)
	}
	var out []news.StateChange
	add := func(c news.Change, i int) {
		for _, x := range out {
			if x.Change == c {
				return
			}
		}
		out = append(out, news.StateChange{Change: c, Sentence: sents[i]})
	}
	for i, ws := range toks {
		if an.Has(news.Ceasefire) && reportsCeasefire(ws, an.CeasefireStatus) {
			add(news.CeasefireChange(an.CeasefireStatus), i)
		}
		for _, pc := range phraseChanges {
			if an.Has(pc.needs) && reportsPhrase(ws, changeWords[string(pc.change)]) {
				add(pc.change, i)
			}
		}
	}
	if firstOfKind(toks[0]) {
		add(news.ChangeFirst, 0)
	}
	return out
}

// reportsCeasefire reports whether words tell as news that a ceasefire
// reached state st, rather than mentioning it as background.
func reportsCeasefire(ws []string, st news.CeasefireStatus) bool {
	cues, truce := changeWords["cue "+string(st)], changeWords["truce"]
	if st == news.CeasefireNone || cues == nil {
		return false
	}
	for i := range ws {
		if truce.at(ws, i) == nil {
			continue
		}
		for j := max(i-cueSpan, 0); j < min(i+cueSpan+1, len(ws)); j++ {
			if cues.at(ws, j) != nil && !background(ws, min(i, j), max(i, j)) {
				return true
			}
		}
	}
	return false
}

// reportsPhrase reports a phrase of set in ws not told as background and
// not denied ("no deal reached").
func reportsPhrase(ws []string, set *phraseSet) bool {
	for i := range ws {
		if set.at(ws, i) != nil && !background(ws, i, i) && !denied(ws, i) {
			return true
		}
	}
	return false
}

// negationSpan is how many words before a phrase may deny it.
const negationSpan = 3

// denied reports a negation in the words just before ws[i].
func denied(ws []string, i int) bool {
	neg := changeWords["negation"]
	for k := max(i-negationSpan, 0); k < i; k++ {
		if neg.at(ws, k) != nil || strings.HasSuffix(ws[k], "n't") {
			return true
		}
	}
	return false
}

// background reports a background word in the words just before ws[from]
// or between it and ws[to].
func background(ws []string, from, to int) bool {
	bg := changeWords["background"]
	for k := max(from-backgroundSpan, 0); k < to; k++ {
		if bg.at(ws, k) != nil {
			return true
		}
	}
	return false
}

// firstOfKind reports a headline that tells of a first of its kind: "US
// launches first strike on Syrian government", not "first anniversary".
func firstOfKind(title []string) bool {
	events, not := changeWords["first events"], changeWords["first not"]
	for i, w := range title {
		if w != "first" {
			continue
		}
		for j := i + 1; j < min(i+1+firstSpan, len(title)); j++ {
			if not.at(title, j) != nil {
				break
			}
			if events.at(title, j) != nil {
				return true
			}
		}
	}
	return false
}

// backgroundOpening is how far into a sentence its background word may
// stand ("Days after", "Just hours after") and openingClause how many words
// the clause it opens may run before the sentence's own event; ownEvent is
// the fewest words that event must take after it.
const (
	backgroundOpening = 3
	openingClause     = 14
	ownEvent          = 6
)

// priorWords open a clause of what came before the sentence's own event;
// not "under" or "amid", whose truce is the event's setting ("Under a truce
// agreed on Monday, 120 fighters left the district").
var priorWords = map[string]bool{"after": true, "following": true, "since": true}

// OpensWithChangeAsBackground reports a sentence that opens with a clause
// telling a change of state as background before its own event: "After the
// army declared the ceasefire over, government forces launched an offensive
// on Aleppo ...", "Days after talks broke down, rebels shelled ...". "after",
// "following" or "since" opens it, a change (a truce word with a cue of any state,
// or a phrase of a change) follows within openingClause words, and at least
// ownEvent words follow the change. Outlets that strip commas leave no
// clause's end to look for, so the words' places decide. A summary that
// opens so tells another event's news first (a digest shows that change
// as an item of its own).
func OpensWithChangeAsBackground(s string) bool {
	ws := lang.Words(s)
	start := -1
	for k := 0; k < min(backgroundOpening, len(ws)); k++ {
		if priorWords[ws[k]] {
			start = k + 1
			break
		}
	}
	if start < 0 {
		return false
	}
	end := min(start+openingClause, len(ws))
	last := -1
	for i := start; i < end; i++ {
		if changeWords["truce"].at(ws, i) != nil {
			for j := max(i-cueSpan, start); j < min(i+cueSpan+1, end); j++ {
				if anyCue(ws, j) {
					last = max(last, i, j)
				}
			}
		}
		for _, pc := range phraseChanges {
			if changeWords[string(pc.change)].at(ws, i) != nil {
				last = max(last, i)
			}
		}
	}
	return last >= 0 && len(ws)-last-1 >= ownEvent
}

// anyCue reports a cue of any ceasefire state at ws[i].
func anyCue(ws []string, i int) bool {
	for _, st := range []news.CeasefireStatus{news.CeasefireProposed, news.CeasefireInEffect, news.CeasefireViolated, news.CeasefireCollapsed} {
		if c := changeWords["cue "+string(st)]; c != nil && c.at(ws, i) != nil {
			return true
		}
	}
	return false
}
