package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// truceExtended reports a sentence that tells a running truce extended or
// continued, whether the extension is sought, offered on terms or agreed:
// "efforts aimed at extending the current ceasefire", "if Hamas wants to
// extend the truce", "the continuation of the temporary truce", "agreed to
// extend the truce by two months". An extension word takes the truce as its
// object when a truce word follows it within four words, with no other verb's
// "before", "after" or "until" between ("extend aid deliveries before the
// truce"). A sentence that refuses, rejects or negates it tells none.
func truceExtended(ws []string) bool {
	for _, w := range ws {
		if extensionRefused.Has(w) {
			return false
		}
	}
	for i, w := range ws {
		if !extendWords.Has(w) {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			if truceWord(ws[k]) || ws[k] == "pause" {
				return true
			}
			if extendStops.Has(ws[k]) {
				break
			}
		}
	}
	return false
}

// extendWords tell a truce extended or continued.
var extendWords = lang.WordSetOf(lang.TruceWords(lang.ExtendWord))

// extendStops end the reach of an extension word: what follows is no longer
// its object.
var extendStops = lang.WordSetOf(lang.PrepositionWords(lang.ExtendStop))

// extensionRefused are the words of an extension refused, negated or
// ended: the truce is not read in force by its extension.
var extensionRefused = lang.WordSetOf(lang.TruceWords(lang.ExtendRefused))
