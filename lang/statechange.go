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

// haltWords tell that a process stopped; resumeWords that it went on again.
var (
	haltWords   = map[string]bool{"halted": true, "suspended": true, "stalled": true, "paused": true, "delayed": true, "stopped": true}
	resumeWords = map[string]bool{"resumed": true, "resumes": true, "restarted": true}
)

// TellsHalt reports whether words tell a process halted ("the evacuation
// deal halted", "aid deliveries were suspended").
func TellsHalt(words []string) bool { return anyWord(words, haltWords) }

// TellsResumption reports whether words tell a process went on again ("the
// evacuation resumed after the bombing").
func TellsResumption(words []string) bool { return anyWord(words, resumeWords) }

func anyWord(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[strings.ToLower(w)] {
			return true
		}
	}
	return false
}
