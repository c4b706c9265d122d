package analyze

import "github.com/conflict-digest/conflict-digest/lang"

var (
	// calmWords tell a situation a truce made calm or better.
	calmWords = lang.WordSetOf(lang.TruceWords(lang.CalmWord))
	// uncalmWords deny the calm word after them.
	uncalmWords = lang.WordSetOf(lang.TruceWords(lang.UncalmWord))
	// causeWords name what follows them as the cause of what the sentence
	// tells.
	causeWords = lang.WordSetOf(lang.TruceWords(lang.CauseWord))
)

// truceCauseReach is how many words after a cause word the truce it names may
// stand: "following a ceasefire", "owing to a pause", "as a result of the
// recent truce".
const truceCauseReach = 4

// calmedByTruce reports a sentence that tells the situation calm or better
// because of a truce or a halt in fighting: "Following a ceasefire
// agreement reached on 04 September, the overall security situation in
// Tripoli has been improving", "the situation in Hudaydah city was
// relatively calm owing to a pause in military operations" (issue 14,
// h-talks18: rwp7 fit rwp7-077c0ca43f, rwp8 fit rwp7-a02ed18d9e and
// rwp7-2aefa15a3b, IOM and UNHCR reports). The truce is in force and holds
// now: the calm it brought is the report's news of it, whenever it was
// agreed and wherever the report tells it. A truce told ended, broken or
// only possible, or named after its end ("since the end of the truce"),
// or a calm denied ("no longer calm"), is none.
func calmedByTruce(ws []string, w *weights) bool {
	if w[fCeasefire] < 0.5 || w[fCollapsed] > 0 || w[fViolated] > 0 || w[fHypo] > 0 {
		return false
	}
	calm, caused := false, false
	for i, x := range ws {
		switch {
		case calmWords.Has(x):
			calm = calm || !(i > 0 && uncalmWords.Has(ws[i-1]) || i > 1 && uncalmWords.Has(ws[i-2]))
		case causeWords.Has(x):
			caused = caused || causedTruce(ws[i+1:min(len(ws), i+1+truceCauseReach)])
		}
	}
	return calm && caused
}

// causedTruce reports a truce or a halt among the words after a cause
// word, before any word of its end or a bid for it: "a ceasefire
// agreement", "to a pause", not "the end of the truce" or "ceasefire
// talks" (a truce sought, none in force).
func causedTruce(ws []string) bool {
	for i, x := range ws {
		if endNouns.Has(x) {
			return false
		}
		if truceWord(x) || otherHalts.Has(x) {
			return i+1 >= len(ws) || !bidNouns.Has(ws[i+1])
		}
	}
	return false
}
