package analyze

import "strings"

// endNouns name a truce's end as a noun: "the collapse of the truce", "the
// ceasefire's breakdown", "since the end of the truce".
var endNouns = wordSet("collapse", "breakdown", "end", "failure", "expiry", "expiration", "demise", "unravelling", "unraveling")

// newTruceWords mark a truce as another than the one that ended: "a new
// truce", "a fresh ceasefire", "a second cessation of hostilities".
var newTruceWords = wordSet("new", "fresh", "another", "second", "third", "renewed")

// truceWord reports a word for a truce, possessive or not: "ceasefire",
// "truces", "cease-fire's", "truce’s", "cessation".
func truceWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return strings.HasPrefix(w, "ceasefire") || strings.HasPrefix(w, "truce") ||
		strings.HasPrefix(w, "cease-fire") || w == "cessation" || w == "hudna"
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
		if !endNouns[w] {
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
			if newTruceWords[ws[k]] {
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
