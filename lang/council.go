package lang

import "strings"

// CouncilStage is what a sentence tells of a Security Council meeting.
// The analysis reads the sessions its report tells as held
// (news.Analysis.CouncilHeld); a story reads its own development's stage.
type CouncilStage int

const (
	NoCouncil      CouncilStage = iota // no meeting of the Council
	CouncilPending                     // called for, expected, scheduled: "is expected to hold a meeting on Wednesday"
	CouncilHeld                        // it met: "the Security Council met in an emergency session on Wednesday"
)

// councilHeldWords tell that the Council met or acted at its meeting;
// meetingWords that a sentence is of a meeting.
var (
	councilHeldWords = WordSetOf(setOf(`met convened held told debated voted vetoed adopted`))
	meetingWords     = WordSetOf(setOf(`meeting meetings session sessions meet meets met convene convenes convened hold held
		consultations`))
)

// CouncilMeeting returns what a sentence tells of a meeting of the
// Security Council: none when it names no Council ("Security Council",
// "UNSC"; a state's national security council is none) or no meeting; held
// when it tells the Council met (a past verb of the session: met,
// convened, held, told the Council); else pending (a call for a meeting, a
// meeting expected). A past verb after "to" or "will" is the plan's ("is
// expected to hold").
func CouncilMeeting(s string) CouncilStage { return CouncilMeetingWords(Words(s)) }

// CouncilMeetingWords is CouncilMeeting of a sentence's words (Words),
// for a caller that holds them split.
func CouncilMeetingWords(ws []string) CouncilStage {
	council, meeting := false, false
	for i, w := range ws {
		council = council || w == "unsc" || w == "council" && i > 0 && ws[i-1] == "security" && (i < 2 || ws[i-2] != "national")
		meeting = meeting || meetingWords.Has(w)
	}
	if !council || !meeting {
		return NoCouncil
	}
	for i, w := range ws {
		if councilHeldWords.Has(w) && (i == 0 || ws[i-1] != "to" && ws[i-1] != "will" && ws[i-1] != "be") {
			return CouncilHeld
		}
	}
	return CouncilPending
}

// setOf is the set of the words of s, apart by spaces.
func setOf(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}
