package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
)

// violenceOfSentence is the violence evidence of one sentence of the lead.
func violenceOfSentence(s string) float32 {
	sc := newScored(s, lang.Words(s), nil, 1, 0)
	return sc.evidenceOf(fViolence)
}

// TestViolenceOfSentences: whether one sentence holds violence evidence
// of a cue (0.5) or more in the lead (issue 14: agencies' reports of
// 2016-2018 read as violence where they tell a disaster's toll or the
// fighting that caused a displacement; AG News and tv: a captive's
// story read as an attack). Invented sentences.
func TestViolenceOfSentences(t *testing.T) {
	tests := []violenceCase{
		// A disaster's toll told by its participle ("killing", "injuring")
		// is the disaster's, as its "killed" already was; an attack's
		// participle stays violence.
		{"earthquake killing", "On 3 May, a magnitude 6.1 earthquake hit the central region, killing five people and damaging hundreds of houses.", false},
		{"floods injuring", "Flash floods swept through the valley on Friday, killing two children and injuring 30 people.", false},
		{"airstrike killing", "On 3 May, an airstrike hit the central market, killing five people and damaging hundreds of houses.", true},
		{"bombing beside a fire", "A car bomb exploded near the fuel depot on Friday, killing two people and setting off a fire.", true},
		// Violence named only as the cause of a plight ("due to",
		// "because of"), with no day and no dead or hurt of its own, is the
		// plight's background; the attack's casualties, or its day, make it
		// news.
		{"water cut due to shelling", "Thousands of families are left without water supply due to shelling and unpaid bills.", false},
		{"services disrupted because of fighting", "Health services in the district were disrupted because of the heavy fighting.", false},
		{"injuries due to a rocket", "Three people sustained injuries due to a rocket fired at the town.", true},
		{"schools closed due to shelling on a day", "Schools in the town closed due to shelling on Monday.", true},
		// A captive's story told as its standing state (the captors who
		// bargain, a threat to kill, a hostage facing execution, hostages
		// named by their seizure) is no attack; the seizure told and a
		// hostage killed stay violence.
		{"captors' demands", "The kidnappers demanded that the government free 40 prisoners by Friday.", false},
		{"threat to kill", "The group threatened to kill the two engineers unless the troops leave the province.", false},
		{"threat to behead", "Gunmen holding a driver have threatened to behead him within 72 hours.", false},
		{"facing execution", "The minister said everything was being done to free the teacher facing execution in the north.", false},
		{"hostages named by their seizure", "Talks went on for the release of the four hostages kidnapped in the mountains.", false},
		{"seizure told", "Kidnappers seized two engineers from their house at dawn on Tuesday.", true},
		{"hostage killed", "The kidnappers killed one of the hostages on Monday, the ministry said.", true},
		// A thing held hostage to politics is a figure of speech; the
		// fighting named as what made an agency stop its work is the
		// work's cause (as "due to the fighting" is), no attack reported
		// (issue 14, h-agency1).
		{"rescue hostage to politics", "\u201cRescue at sea,\u201d the commissioner said, \u201chas been taken hostage by politics.\u201d", false},
		{"aid hostage to political interests", "Aid to the besieged towns must not be held hostage to political interests, the envoy said.", false},
		{"programme halted as a result of clashes", "As a result of the heavy clashes in May, the agency had temporarily halted its evacuation flights for the safety of its staff.", false},
		{"clinic closed as a result of the fighting", "As a result of the fighting in March, the mission temporarily suspended its mobile clinics in the district.", false},
		{"engineers taken hostage", "Gunmen took three engineers hostage near the border on Monday.", true},
		{"clashes killed", "Heavy clashes in the capital killed 12 people on Sunday, the agency said.", true},
	}
	checkViolenceNews(t, tests)
}

// violenceCase is one sentence of the lead and whether it holds violence
// evidence of a cue (0.5) or more.
type violenceCase struct {
	why, text string
	news      bool
}

// checkViolenceNews checks each case's sentence against its news.
func checkViolenceNews(t *testing.T, tests []violenceCase) {
	t.Helper()
	for _, tt := range tests {
		if got := violenceOfSentence(tt.text) >= 0.5; got != tt.news {
			t.Errorf("%s: violence %.2f (news %v), want news %v: %q", tt.why, violenceOfSentence(tt.text), got, tt.news, tt.text)
		}
	}
}
