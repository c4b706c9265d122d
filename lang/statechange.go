package lang

import "strings"

// stateChangeWords are verbs a report tells a humanitarian change of
// state with: people moved out, aid let in, a suspension ended.
var stateChangeWords = map[string]bool{
	"evacuated": true, "resumed": true, "resumes": true, "delivered": true,
	"reopened": true, "entered": true, "arrived": true, "lifted": true,
	"released": true, "freed": true,
}

// TellsStateChange reports whether words tell a change of state ("around
// 120 fighters were evacuated", "the UN resumed deliveries"), not a mere
// statement of one.
func TellsStateChange(words []string) bool {
	for _, w := range words {
		if stateChangeWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
