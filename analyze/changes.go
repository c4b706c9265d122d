package analyze

import (
	_ "embed"
	"slices"
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
	{news.ChangeEmergencyDeclared, news.Humanitarian}, {news.ChangeOffensiveLaunched, news.Violence},
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
			reports := reportsPhrase
			if pc.change == news.ChangeOffensiveLaunched {
				reports = reportsDone
			}
			if an.Has(pc.needs) && reports(ws, changeWords[string(pc.change)]) {
				add(pc.change, i)
			}
		}
	}
	if firstOfKind(toks[0]) {
		add(news.ChangeFirst, 0)
	}
	if an.Has(news.Violence) {
		// After a first of its kind, which the headline may also tell
		// ("US launches first direct strike on Syrian government
		// forces"): a story's latest change is the one it shows.
		for i, ws := range toks {
			if interstateStrike(ws) {
				add(news.ChangeInterstateStrike, i)
				break
			}
		}
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

// intentWords before a phrase tell an act to come, not done: "threatened
// to launch an offensive", "would begin an offensive".
var intentWords = lang.WordSetOf(lang.AuxiliaryWords(lang.IntentWord))

// reportsDone is reportsPhrase of a phrase that no intent word comes
// right before: an offensive launched is news, one threatened is not.
func reportsDone(ws []string, set *phraseSet) bool {
	for i := range ws {
		if set.at(ws, i) != nil && !background(ws, i, i) && !denied(ws, i) && (i == 0 || !intentWords.Has(ws[i-1])) {
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
var priorWords = lang.WordSetOf(lang.PrepositionWords(lang.PriorPrep))

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
		if priorWords.Has(ws[k]) {
			start = k + 1
			break
		}
	}
	if start < 0 {
		return false
	}
	end := min(start+openingClause, len(ws))
	last := -1
	truce := changeWords["truce"]
	for i := start; i < end; i++ {
		if truce.at(ws, i) != nil {
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
	for _, c := range anyCueSets {
		if c != nil && c.at(ws, i) != nil {
			return true
		}
	}
	return false
}

// anyCueSets are the cue sets anyCue reads, looked up once.
var anyCueSets = func() (sets [4]*phraseSet) {
	for k, st := range [...]news.CeasefireStatus{news.CeasefireProposed, news.CeasefireInEffect, news.CeasefireViolated, news.CeasefireCollapsed} {
		sets[k] = changeWords["cue "+string(st)]
	}
	return sets
}()

// Spans of an interstate strike, in words: the weapon after the state,
// the target's state after the word that joins them, the forces after
// their state; the passive's verb after the forces, "by" after the verb
// and the state after "by".
const (
	strikeWeapon = 5
	strikeTarget = 3
	strikeForces = 3
	strikeBy     = 2
)

// strikeFiller are the words that may stand between the word that joins a
// strike to its target and the target's state: "struck a Syrian airbase",
// "strikes on two Syrian army positions"; any other word there ("strikes on
// rebels backing Syrian government forces") makes the target another's.
var strikeFiller = lang.WordSetOf(lang.DeterminerWords(lang.StrikeFiller))

// interstateStrike reports words that tell, as news, a strike by a state's
// forces on another state's government forces (changes.txt "interstate"):
// "US cruise missiles struck a Syrian regime airbase", "Israeli jets strike
// Syrian army positions", "Syrian airbase struck by US missiles". A
// party's strikes on the armed groups it fights are not one — their target
// is no government's forces — nor are the strikes of two states already at
// war with each other (changes.txt "interstate at war"), nor a strike told
// as background ("after the US strike on the Syrian airbase").
func interstateStrike(ws []string) bool {
	ofSet, forcesSet := changeWords["interstate of"], changeWords["interstate forces"] // once, not once a word
	for t := range ws {
		of := ofSet.at(ws, t)
		if of == nil {
			continue
		}
		forces := false
		for n := t + len(of); n < min(t+len(of)+strikeForces, len(ws)) && !forces; n++ {
			forces = forcesSet.at(ws, n) != nil
		}
		if !forces {
			continue
		}
		if by, a := strikeActive(ws, t); by != nil && !atWar(by, of) && !background(ws, a, t) && !denied(ws, a) {
			return true
		}
		if by, end := strikePassive(ws, t, len(of)); by != nil && !atWar(by, of) && !background(ws, t, end) && !denied(ws, t) {
			return true
		}
	}
	return false
}

// strikeActive returns the state that strikes the target whose state is
// at ws[t] ("US missile strike on Syrias Shairat airbase") and where its
// name stands; nil when none does.
func strikeActive(ws []string, t int) (phrase, int) {
	// the word that joins: just before the target's state, or before it
	// and its fillers
	l := t - 1
	for l >= 0 && t-l <= strikeTarget && strikeFiller.Has(ws[l]) {
		l--
	}
	if l < 0 || changeWords["interstate hit"].at(ws, l) == nil {
		return nil, 0
	}
	for w := l; w >= max(l-strikeTarget, 0); w-- {
		if changeWords["interstate weapon"].at(ws, w) == nil {
			continue
		}
		for a := w - 1; a >= max(w-strikeWeapon, 0); a-- {
			if by := changeWords["interstate by"].at(ws, a); by != nil && a+len(by) <= w {
				return by, a
			}
		}
	}
	return nil, 0
}

// strikePassive returns the state that struck the target whose state is
// at ws[t] (of n words), told in the passive ("Syrian airbase struck by US
// missiles"), and the index of the state's name; nil when none did.
func strikePassive(ws []string, t, n int) (phrase, int) {
	for v := t + n + 1; v < min(t+n+strikeForces+strikeBy, len(ws)); v++ {
		if changeWords["interstate struck"].at(ws, v) == nil {
			continue
		}
		for b := v + 1; b < min(v+1+strikeBy, len(ws)); b++ {
			if ws[b] != "by" {
				continue
			}
			for a := b + 1; a < min(b+1+strikeBy, len(ws)); a++ {
				if by := changeWords["interstate by"].at(ws, a); by != nil {
					return by, a
				}
			}
		}
	}
	return nil, 0
}

// atWar reports a state and a target's state already at war with each
// other (changes.txt "interstate at war"), or one state named twice.
func atWar(by, of phrase) bool {
	a, b := strings.Join(by, " "), strings.Join(of, " ")
	if a == b {
		return true
	}
	war := changeWords["interstate at war"]
	ws := append(slices.Clone([]string(by)), of...)
	return war.at(ws, 0) != nil && len(war.at(ws, 0)) == len(ws)
}
