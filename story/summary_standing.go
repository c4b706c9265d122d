package story

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// Issue 13 item 6, background told as the news: a summary that opens with
// a standing state of repeated acts ("Militants have repeatedly breached
// the truce since it came into effect", "Gunmen have frequently attacked
// the road") tells the reader what has long been so before what happened;
// the day's event told after it reads as an aside.

// repeatedAdverbs tell that a present perfect counts many acts over time.
var repeatedAdverbs = lang.AuxiliaryWords(lang.RepeatedAdverb)

// standingState reports a sentence told in the present perfect of repeated
// acts: "has" or "have" with one of repeatedAdverbs right after it ("have
// repeatedly breached", "has been repeatedly shelled").
func standingState(s string) bool {
	ws := lang.Words(lang.Lower(s))
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "has" && ws[i] != "have" {
			continue
		}
		j := i + 1
		if ws[j] == "been" && j+1 < len(ws) {
			j++
		}
		if repeatedAdverbs[ws[j]] {
			return true
		}
	}
	return false
}

// newsBeforeStanding puts a summary's second sentence first when the first
// tells a standing state (standingState) and the second tells no such state
// and stands on its own (no pointer back: pointsBack): the day's event
// leads, the state it adds to follows within the sentences a digest shows
// (so a section's reason the state gives stays in view).
func newsBeforeStanding(chosen []candidate) []candidate {
	if len(chosen) < 2 || !standingState(chosen[0].text) || standingState(chosen[1].text) || pointsBack(chosen[1]) ||
		strings.HasPrefix(chosen[1].text, "\"") {
		return chosen
	}
	out := append([]candidate{chosen[1], chosen[0]}, chosen[2:]...)
	return out
}
