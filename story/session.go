package story

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// A report of an attack often tells the Security Council's session on it
// in a paragraph of its own, and reports of different days tell it at
// different stages: a state calls for an emergency meeting, the Council
// "is expected to hold a meeting on Wednesday", then it met. The story's
// development (Story.Development) tells the latest stage its reports
// tell: a meeting to come gives way to a report that the Council met
// (issue 13, 0403 window: "the Security Council is expected to hold a
// meeting on Wednesday" shown though later reports of the week told the
// session).

// CouncilStage is what a sentence tells of a Security Council meeting.
type CouncilStage int

const (
	NoCouncil      CouncilStage = iota // no meeting of the Council
	CouncilPending                     // called for, expected, scheduled: "is expected to hold a meeting on Wednesday"
	CouncilHeld                        // it met: "the Security Council met in an emergency session on Wednesday"
)

// heldWords tell that the Council met or acted at its meeting;
// meetingWords that a sentence is of a meeting.
var (
	heldWords    = wordList(`met convened held told debated voted vetoed adopted`)
	meetingWords = wordList(`meeting meetings session sessions meet meets met convene convenes convened hold held
		consultations`)
)

// CouncilMeeting returns what a sentence tells of a meeting of the
// Security Council: none when it names no Council ("Security Council",
// "UNSC"; a state's national security council is none) or no meeting; held when it tells the Council met (a past verb
// of the session: met, convened, held, told the Council); else pending (a
// call for a meeting, a meeting expected). A past verb after "to" or
// "will" is the plan's ("is expected to hold").
func CouncilMeeting(s string) CouncilStage {
	ws := lang.Words(s)
	council, meeting := false, false
	for i, w := range ws {
		council = council || w == "unsc" || w == "council" && i > 0 && ws[i-1] == "security" && (i < 2 || ws[i-2] != "national")
		meeting = meeting || meetingWords[w]
	}
	if !council || !meeting {
		return NoCouncil
	}
	for i, w := range ws {
		if heldWords[w] && (i == 0 || ws[i-1] != "to" && ws[i-1] != "will" && ws[i-1] != "be") {
			return CouncilHeld
		}
	}
	return CouncilPending
}

// sessionHeld returns, for a development d (of report from) that tells a
// Council meeting to come, the sentence of a report no older than d's
// that tells the Council met, with the index of its report; else d and
// from. The sentence is past its report's lead and stands alone, as a
// development's must (development).
func sessionHeld(d string, from int, ms []Member, c *TextCache) (string, int) {
	if d == "" || CouncilMeeting(d) != CouncilPending {
		return d, from
	}
	for _, i := range newestFirst(ms) {
		m := &ms[i]
		for _, s := range m.sentences() {
			if CouncilMeeting(s) != CouncilHeld || !pastLead(m.Article.Text, s) || strings.Count(s, `"`)%2 != 0 || backRef(s) {
				continue
			}
			if cand := c.evidence(s, m.Article.Title, m.source()); cand != nil {
				return cand.text, i
			}
		}
		if i == from {
			break // reports older than d's tell no later stage
		}
	}
	return d, from
}
