package analyze

import "testing"

// TestHumanitarianDisplacementsPlural: agencies count displacement in the
// plural ("new displacements", "massive population displacements"), the
// events of their tracking, and the plural is the singular's cue (issue 14,
// h-gate25). Short quotes from the fit halves and the ReliefWeb 2017
// development half; want is the sentence's humanitarian evidence past the
// lead.
func TestHumanitarianDisplacementsPlural(t *testing.T) {
	tests := []struct {
		why, text string
		want      float32
	}{
		{"population displacements", "Consequently, massive population displacements have been reported.", 1},                                                        // rwp9-ba3bddde7b
		{"new displacements", "In July alone, the UNHCR-led Protection Return Monitoring Network recorded a staggering 158,000 new displacements in Somalia.", 0.84}, // rwp7-793c42a513
		{"displacements continued", "Displacements from and within Deir-ez-Zor governorate continued due to heavy fighting and airstrikes.", 1},                      // rw-2387944
		{"singular", "The fighting caused displacement in the district.", 1},
		{"no displacement word", "The council met on Tuesday to discuss the budget.", 0},
	}
	for _, tt := range tests {
		if got := humanitarianOfSentence(tt.text); got < tt.want-0.01 || got > tt.want+0.01 {
			t.Errorf("%s: %q: humanitarian evidence %.2f, want %.2f", tt.why, tt.text, got, tt.want)
		}
	}
}
