package analyze

import "testing"

// TestHumanitarianOtherSenses: aid, access, siege and health words used in
// another sense count for nothing past the lead (issue 14, h-hum5). Short
// quotes from the fit halves and the development sets; each class has its
// twin that stays humanitarian news.
func TestHumanitarianOtherSenses(t *testing.T) {
	tests := []struct {
		why, text string
		news      bool
	}{
		// Obstructing is aid's news only beside what it obstructs.
		{"agreements obstructed", "Both have only reluctantly engaged and have taken steps to delay, obstruct and circumvent verifiable agreements.", false}, // cnndm fit g4t-914
		{"peace process obstructed", "He called for an end to Israel's settlement activity, saying it obstructed the peace process.", false},                 // ReliefWeb development rw-2312394
		{"aid obstructed", "Restrictions on access to several parts of the country are obstructing humanitarian aid to those who need it most.", true},       // rw-2389114
		{"access obstructed", "Limited points of entry might face structural damage, obstructing access to humanitarian aid.", true},                         // rw-2366914
		// Relief from sanctions or debts is a state's finance.
		{"sanctions relief", "It will not allow actual compliance to be a prerequisite for further sanctions relief.", false}, // cnndm fit g4t-914
		{"debt relief", "It urged countries to direct resources freed by debt relief to sustained economic growth.", false},   // rw-2388219
		{"relief supplies", "Trucks carrying relief supplies reached the displaced families on Sunday.", true},
		// People trapped under the rubble await rescue; a siege traps a town.
		{"rubble", "The death toll is expected to rise further due to the limited capacity to rescue victims trapped under collapsed buildings.", false}, // FA-KES fakes-390
		{"debris", "The toll was expected to rise because of the number of people with injuries and still trapped under the debris.", false},             // fakes-068
		{"siege", "More than half the population was forced from their homes and hundreds of thousands trapped under siege.", true},                      // fakes-137
		// A hospital, a clinic or doctors named alone are where someone
		// works or was taken; hospitals overwhelmed are a health crisis.
		{"hospital as workplace", "Volunteer: Lena Abdulqadir has gone to Syria to work in ISIS controlled hospitals.", false},                         // cnndm fit g4t-475
		{"medics as who", "They have been joined by two other medics from the United States and Canada, also of Sudanese origin.", false},              // g4t-475
		{"hospitals overflowing", "Most of the hospitals in Idlib province are now overflowing with wounded people, he told a news conference.", true}, // fakes-557
		{"hospital inoperable", "The hospital had been rendered inoperable by the attack.", true},
	}
	for _, tt := range tests {
		if e := humanitarianOfSentence(tt.text); (e >= 0.5) != tt.news {
			t.Errorf("%s: %q: humanitarian evidence %.2f, want news %v", tt.why, tt.text, e, tt.news)
		}
	}
}
