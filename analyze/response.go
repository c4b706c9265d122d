package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// answerVerbs tell one side answering an act with one of its own:
// "responded to the shelling with mortars".
var answerVerbs = lang.ResponseWords(lang.AnswerVerb)

// answerNouns name an act as an answer: "retaliatory rockets", "in
// reprisal".
var answerNouns = lang.ResponseWords(lang.AnswerNoun)

// answerStarts holds the first bytes of answerVerbs and answerNouns.
var answerStarts = longTriSetOf(answerVerbs, answerNouns)

// answersAct reports a sentence that tells an act as the answer to another:
// a verb of answering followed, within ten words, by "with" ("Rebels have
// responded to the shelling with a barrage of mortars"), or a word naming
// the act a retaliation or reprisal.
func answersAct(toks []ftok) bool {
	for j, t := range toks {
		if !answerStarts.mayHoldLong(t.w) {
			continue // most words begin no word of either list: no lookup
		}
		if answerNouns[t.w] {
			return true
		}
		if answerVerbs[t.w] {
			for k := j + 1; k < len(toks) && k <= j+10; k++ {
				if toks[k].w == "with" {
					return true
				}
			}
		}
	}
	return false
}

// answerIsNews reports whether the headline or the lead tells an answer
// (answersAct): then the answer is the event, and a body sentence about it
// tells its counts.
func answerIsNews(sents []factSentence) bool {
	for i := range sents {
		if sents[i].index > 0 {
			break
		}
		if answersAct(sents[i].toks) {
			return true
		}
	}
	return false
}
