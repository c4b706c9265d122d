package lang

import "strings"

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
