package analyze

import (
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// endNouns name a truce's end as a noun: "the collapse of the truce", "the
// ceasefire's breakdown", "since the end of the truce".
var endNouns = lang.WordSetOf(lang.TruceWords(lang.TruceEndNoun))

// newTruceWords mark a truce as another than the one that ended: "a new
// truce", "a fresh ceasefire", "a second cessation of hostilities".
var newTruceWords = lang.WordSetOf(lang.TruceWords(lang.NewTruceWord))

// endVerbs, endGaps and endObjects tell the end a truce brings: "a
// ceasefire that ended weeks of fighting", "a truce to end the five-month
// conflict" (endsStrifeAt).
var (
	endVerbs   = lang.WordSetOf(lang.TruceWords(lang.EndVerb))
	endGaps    = lang.WordSetOf(lang.TruceWords(lang.EndGap))
	endObjects = lang.WordSetOf(lang.TruceWords(lang.EndObject))
)

// endObjectReach is how many words after a word of an end its object, the
// strife ended, may stand: "an end to more than a half century of war".
const endObjectReach = 8

// endsStrifeAt reports a word of an end at words[at] whose object is the
// strife a truce ends, not the truce: "a China-brokered ceasefire that
// ended weeks of fighting", "a ceasefire to end the five-month conflict",
// "negotiating an end to more than a half century of war" (issue 14,
// h-status5 of the twentieth session: cf3's and cf2's fit halves). Only
// the words of endGaps, numbers and hyphened words ("five-month") may
// stand between, and at least one does: with none ("the truce ended,
// fighting resumed") the page's comma may part them, and the words are
// read without it. Its collapse cue does not count (spans.try).
func endsStrifeAt(words []string, at int) bool {
	if !endVerbs.Has(words[at]) {
		return false
	}
	for i := at + 1; i < len(words) && i <= at+endObjectReach; i++ {
		w := words[i]
		switch {
		case endObjects.Has(w):
			return i > at+1
		case endGaps.Has(w), strings.ContainsRune(w, '-'), w != "" && w[0] >= '0' && w[0] <= '9':
			continue
		}
		return false
	}
	return false
}

// gatherings name a meeting, its talks or its body's task; objectStops
// end the phrase a word of an end governs ("the truce ended as talks
// began": the talks are no object of the end); subjectStops part its
// clause from the one before ("talks stalled while the truce ended"; an
// "and" may stand inside the subject: "talks between Ukrainian and
// Russian delegations ended").
var (
	gatherings   = lang.WordSetOf(lang.TruceWords(lang.Gathering))
	objectStops  = lang.WordSetOf(lang.JoinerWords(lang.ForceTurn | lang.ClauseBreak | lang.ClauseTurn | lang.TimeConjunction))
	subjectStops = lang.JoinerWords(lang.ClauseBreak | lang.ClauseTurn | lang.TimeConjunction)
)

// gatheringReach is how many words after a word of an end its gathering
// may stand ("at the end of its assigned mission"), and gatheringBack how
// many before it its subject may ("the second round of talks between the
// two delegations on Thursday ended").
const (
	gatheringReach = 4
	gatheringBack  = 10
)

// endsGatheringAt reports a word of an end or abandonment at words[at]
// whose object or subject is a meeting, its talks or its body's task, not
// a truce: "the second round of negotiations between the two sides ended
// yesterday", "the talks on Thursday ended without a ceasefire
// agreement", "reassured at the end of its meeting", "denying abandoning
// its role", "could abandon peace talks" (issue 14, round h-status7:
// rwp11's and cf2's fit halves). Its collapse cue does not count
// (spans.try). A truce word between the end and the gathering, or just
// before the gathering's phrase ("the truce agreed at the talks
// collapsed"), keeps it the truce's.
func endsGatheringAt(words []string, at int) bool {
	return gatheringAfter(words, at) || gatheringBefore(words, at)
}

// gatheringAfter reports the end's object a gathering: past words of
// endGaps, and at most one other word right before it ("its assigned
// mission", "peace talks") that ends no phrase.
func gatheringAfter(words []string, at int) bool {
	for i := at + 1; i < len(words) && i <= at+gatheringReach; i++ {
		w := words[i]
		switch {
		case gatherings.Has(w):
			return true
		case truceWord(w), endObjects.Has(w), objectStops.Has(w):
			return false
		case endGaps.Has(w), strings.ContainsRune(w, '-'):
			continue
		}
		return i+1 < len(words) && gatherings.Has(words[i+1])
	}
	return false
}

// gatheringBefore reports the end's subject a gathering: one within
// gatheringBack words before it, with no truce word or clause turn
// between, nor a truce word in the gatheringBack words before it but the
// one it may name ("the ceasefire talks ended"): "the ceasefire agreed at
// last month's talks in Bar collapsed" is the truce's end.
func gatheringBefore(words []string, at int) bool {
	for i := at - 1; i >= 0 && i >= at-gatheringBack; i-- {
		w := words[i]
		switch {
		case truceWord(w), subjectStops[w]:
			return false
		case gatherings.Has(w):
			for k := max(0, i-gatheringBack); k < i-1; k++ {
				if truceWord(words[k]) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// truceWord reports a word for a truce, possessive or not: "ceasefire",
// "truces", "cease-fire's", "truce’s", "cessation".
func truceWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return strings.HasPrefix(w, "ceasefire") || strings.HasPrefix(w, "truce") ||
		strings.HasPrefix(w, "cease-fire") || w == "cessation" || w == "hudna"
}

// threatReach is how many words after "threaten(s/ed/ing) to" and its verb
// the truce a threat is made to may stand: "threatening to wreck a
// fragile cease-fire".
const threatReach = 3

// threatensTruce reports a threat whose object is a truce: "threaten*
// to", a verb, and a truce word within threatReach words after it
// ("threatening to wreck a cease-fire", "threatens to derail the
// truce"); not a bid for one ("threatens to derail the ceasefire talks":
// bidNouns).
func threatensTruce(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if !strings.HasPrefix(ws[i], "threaten") || ws[i+1] != "to" {
			continue
		}
		for k := i + 3; k < len(ws) && k <= i+2+threatReach; k++ {
			if truceWord(ws[k]) {
				return k+1 == len(ws) || !bidNouns.Has(ws[k+1])
			}
		}
	}
	return false
}

// possessiveWord reports a word in the possessive: "ceasefire's", "truce’s".
func possessiveWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// truceEndNoun reports a truce's end told as a noun phrase: an end noun
// followed by "of" and a truce within three words ("the collapse of a
// fragile ceasefire", "the breakdown of the US-Russian truce", "the end of
// the last one" in a sentence that names a truce), or after a
// truce's possessive and at most one word ("the ceasefire's breakdown",
// "the truce's abrupt end"). The end of truce talks is none ("the
// collapse of the ceasefire talks": talks.tsv's), nor the end of a
// truce's span ("by the end of the ceasefire's first week").
func truceEndNoun(ws []string) bool {
	for i, w := range ws {
		if !endNouns.Has(w) {
			continue
		}
		if i+1 < len(ws) && ws[i+1] == "of" {
			for k := i + 2; k < len(ws) && k <= i+4; k++ {
				if truceWord(ws[k]) || (ws[k] == "one" && namesTruce(ws)) {
					if possessiveWord(ws[k]) || (k+1 < len(ws) && (strings.HasPrefix(ws[k+1], "talk") || strings.HasPrefix(ws[k+1], "negotiat"))) {
						break
					}
					return true
				}
			}
		}
		for k := max(0, i-2); k < i; k++ {
			if possessiveWord(ws[k]) && truceWord(ws[k]) {
				return true
			}
		}
	}
	return false
}

// namesTruce reports a truce word among ws.
func namesTruce(ws []string) bool {
	for _, w := range ws {
		if truceWord(w) {
			return true
		}
	}
	return false
}

// newTruce reports a truce named as a new one, a new or fresh word within
// two words before a truce word: "a new truce", "a fresh 48-hour ceasefire".
func newTruce(ws []string) bool {
	for i, w := range ws {
		if !truceWord(w) {
			continue
		}
		for k := max(0, i-2); k < i; k++ {
			if newTruceWords.Has(ws[k]) {
				return true
			}
		}
	}
	return false
}

// endedAsNoun reads the state of a sentence that tells a truce's end as a
// noun phrase (truceEndNoun) and reports which it tells: "the attack
// follows the collapse of a fragile ceasefire agreed last week" tells the
// truce ended (ended), and the words that describe it ("fragile", "agreed",
// "brokered by") are the truce that ended, no truce in force; "a new truce
// took effect a week after the breakdown of the last one" tells a new
// truce in force (renewed), whose past the end is.
func endedAsNoun(w *weights, ws []string) (ended, renewed bool) {
	if newTruce(ws) && w[fInEffect] >= developed {
		w[fCollapsed] = 0
		return false, true
	}
	w[fInEffect] = 0
	w[fCollapsed] = max(w[fCollapsed], 0.8)
	return true, false
}

// timeConjunctions open a clause of a time to come when its verb is in the
// present ("once the truce ends", "when the ceasefire expires").
var timeConjunctions = lang.WordSetOf(lang.JoinerWords(lang.TimeConjunction))

// timeConjunction reports ws[i] opening a clause of time: one of
// timeConjunctions, or the last word of "as soon as" ("as soon as the
// temporary truce ends").
func timeConjunction(ws []string, i int) bool {
	return timeConjunctions.Has(ws[i]) || ws[i] == "as" && i >= 2 && ws[i-1] == "soon" && ws[i-2] == "as"
}

// presentEnds are a truce's end in the present tense, as a clause of time
// tells one still to come: "once the truce ends", "when the pause is over".
var presentEnds = lang.WordSetOf(lang.TruceWords(lang.PresentEnd))

// futureWords mark a sentence's main verb as still to come: "Israel will
// return to its goal after the pause".
var futureWords = lang.WordSetOf(lang.AuxiliaryWords(lang.FutureWord))

// endToCome reports a sentence that tells a truce's end as still to come,
// which is a truce in force now: a clause of time with the end in the
// present ("Israel will resume fighting once the truce ends", "when the
// ceasefire expires on Friday", "until the pause is over"), or a future
// told for after the truce ("Israel will return to its goal after the
// pause"). Its end and its "until the truce" are no collapse and no truce
// still to begin.
func endToCome(ws []string) bool {
	future := false
	for i, w := range ws {
		future = future || futureWords.Has(w)
		if !timeConjunction(ws, i) {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			if !truceNamed(ws, k) {
				continue
			}
			if k+1 < len(ws) && (presentEnds.Has(ws[k+1]) && (ws[k+1] != "is" || k+2 < len(ws) && ws[k+2] == "over") &&
				(ws[k+1] != "runs" || k+2 < len(ws) && ws[k+2] == "out") || comesToEnd(ws, k+1)) {
				return true
			}
			// "after the pause" ending the sentence or its clause, with a
			// future before it.
			if future && w == "after" && (k+1 == len(ws) || !pastEnd(ws[k+1])) {
				return true
			}
			break
		}
	}
	return false
}

// presentStarts are a truce's start in the present tense, as a clause of
// time tells one still to come: "when the truce comes into effect", "once
// the ceasefire takes effect", "until the pause begins".
var presentStarts = lang.WordSetOf(lang.TruceWords(lang.PresentStart))

// startToCome reports a sentence with a clause of time that tells a truce's
// start in the present, a start still to come: "When the truce comes into
// effect, fighting in Gaza will come to a halt". The truce is not in force
// yet, whatever the clause's words of its start say.
func startToCome(ws []string) bool {
	for i, w := range ws {
		if !timeConjunction(ws, i) || w == "after" {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			if truceNamed(ws, k) {
				return k+1 < len(ws) && presentStarts.Has(ws[k+1]) && !comesToEnd(ws, k+1)
			}
		}
	}
	return false
}

// truceNamed reports ws[k] naming a truce in a clause of time: a truce
// word, "pause", or "it" in a sentence that names a truce ("Israel said it
// would resume strikes when it ends").
func truceNamed(ws []string, k int) bool {
	return truceWord(ws[k]) || ws[k] == "pause" || ws[k] == "it" && namesTruce(ws)
}

// comesToEnd reports "comes to an end" at ws[i:].
func comesToEnd(ws []string, i int) bool {
	return i+3 < len(ws) && ws[i] == "comes" && ws[i+1] == "to" && ws[i+2] == "an" && ws[i+3] == "end"
}

// pastEnd reports a word that tells a truce's end or start as done, after
// which "after the truce" is history: "after the truce ended", "after the
// ceasefire collapsed", "after the truce began".
func pastEnd(w string) bool {
	return strings.HasSuffix(w, "ed") || w == "broke" || w == "began" || w == "fell" || w == "was" || w == "had"
}

// afterWords tell what came before the news: "a week after the last one
// broke down", "following the collapse".
var afterWords = lang.WordSetOf(lang.PrepositionWords(lang.AfterPrep))

// earlierEnd drops from a sentence's weights w the end of a truce that the
// sentence tells as the past of its news, where sp says the collapse cue
// first stands among its words ws, and reports a new truce told in force
// after it (renewed): an end told in a clause on a truce ("mediators hope
// to repeat the November truce, which collapsed after a week, with a
// longer ceasefire": a truce sought, the last one's end its history), or
// after a new truce told in force ("a new truce took hold on Monday, a week
// after the last one broke down").
func earlierEnd(w *weights, sp *spans, ws []string) (renewed bool) {
	at := int(sp.first[fCollapsed])
	if w[fCollapsed] == 0 || at <= 0 || at >= len(ws) {
		return false
	}
	if w[fProposed] >= 0.5 && relativeOnTruce(ws, at) {
		w[fCollapsed] = 0
		return false
	}
	if w[fInEffect] >= developed && newTruce(ws) && int(sp.first[fInEffect]) < at {
		for k := int(sp.first[fInEffect]) + 1; k < at; k++ {
			if afterWords.Has(ws[k]) {
				w[fCollapsed] = 0
				return true
			}
		}
	}
	return false
}

// relativeOnTruce reports a clause on a truce opening at most two words
// before ws[at]: "the truce, which collapsed", "a ceasefire that had broken
// down".
func relativeOnTruce(ws []string, at int) bool {
	for k := max(1, at-3); k < at; k++ {
		if relativeWords[ws[k]] && (truceWord(ws[k-1]) || k >= 2 && truceWord(ws[k-2])) {
			return true
		}
	}
	return false
}

// otherFrontWeight is the background weight of a truce named in a sentence
// that opens on another country (otherFront).
const otherFrontWeight = 0.25

// otherFront reports a sentence that opens on a country at another war
// than every war the headline and the text's first sentence name (lead,
// leadWars): "In Lebanon, the ceasefire with Hezbollah was violated twice
// overnight" in a report of the Gaza truce, "Meanwhile in Sudan, ...".
// Its truce is another war's, not the one the report is about. A country
// of the same war ("In Ukraine, ..." in a report from Donetsk) or a text
// whose lead names no war's place is left as it is.
func otherFront(text string, lead func() []string) bool {
	head, _, ok := strings.Cut(text, ",")
	if !ok || len(head) > 40 {
		return false
	}
	ws := strings.Fields(head)
	if len(ws) > 0 && strings.EqualFold(ws[0], "meanwhile") {
		ws = ws[1:]
	}
	if len(ws) < 2 || !strings.EqualFold(ws[0], "in") {
		return false
	}
	place := strings.Join(ws[1:], " ")
	if !lang.IsCountry(place) {
		return false
	}
	e, ok := LookupPlace(place)
	if !ok || e.Conflict == "" {
		return false
	}
	wars := lead()
	return len(wars) > 0 && !slices.Contains(wars, e.Conflict)
}

// leadWars returns the wars of the places and actors that the headline and
// the text's first sentence name.
func leadWars(d *doc) []string {
	var out []string
	add := func(id int) {
		if c := gaz.entries[id].Entity.Conflict; c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	titleHeads, _ := d.wordHeads()
	if d.title != "" {
		gaz.matchHeads(d.titleWords, titleHeads, d.title, add)
	}
	if len(d.sents) > 0 {
		gaz.matchHeads(d.sents[0].words, d.sentHeads(0), d.sents[0].text, add)
	}
	return out
}

// resumedWords tell fighting taken up again: "Israel resumed combat
// operations", "the army resumes strikes".
var resumedWords = lang.WordSetOf(lang.TruceWords(lang.ResumedWord))

// truceStarts are the verbs after which "after the truce" is the truce's
// start, not its end: "fighting resumed after the truce took effect" is a
// breach.
var truceStarts = lang.WordSetOf(lang.TruceWords(lang.TruceStartVerb))

// resumedAfterTruce reports a sentence that tells fighting resumed after a
// truce, with nothing of the truce's start after it: "Israel resumed
// combat operations against Hamas after the truce", "the army resumes
// strikes after the pause": the truce's end, told by what followed it.
func resumedAfterTruce(ws []string) bool {
	resumed := false
	for i, w := range ws {
		resumed = resumed || resumedWords.Has(w)
		if !resumed || w != "after" {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			if truceWord(ws[k]) || ws[k] == "pause" {
				return k+1 == len(ws) || !truceStarts.Has(ws[k+1])
			}
		}
	}
	return false
}
