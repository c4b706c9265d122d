package lang

import "strings"

// reactionVerbs are the verbs a sentence of reaction to an event opens
// with ("World leaders have responded to the claim ...", "Neighbouring
// states condemned the attack ..."): its news is the reaction, not the
// event.
var reactionVerbs = WordSetOf(map[string]bool{
	"responded": true, "respond": true, "responds": true, "reacted": true, "react": true, "reacts": true,
	"condemned": true, "condemn": true, "condemns": true, "denounced": true, "denounces": true,
	"deplored": true, "deplores": true, "welcomed": true, "welcomes": true, "urged": true, "urges": true,
	"demanded": true, "demands": true,
})

// reactionOpenWords is how far into a sentence its reaction verb may
// stand to lead it: its subject, an auxiliary, then the verb.
const reactionOpenWords = 6

// ReactionOpening reports a sentence whose main verb, among its first
// words, is one of reaction ("responded", "condemned", "called for",
// "called on" or "upon"):
// it tells what others said of an event, not the event.
func ReactionOpening(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws[:min(len(ws), reactionOpenWords)] {
		w = strings.Trim(w, ".,;:\"'()")
		if reactionVerbs.Has(w) {
			return true
		}
		if (w == "called" || w == "calls" || w == "call") && i+1 < len(ws) && (ws[i+1] == "for" || ws[i+1] == "on" || ws[i+1] == "upon") {
			return true
		}
	}
	return false
}
