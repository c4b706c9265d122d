package analyze

import "testing"

// TestHumanitarianAgencyWords: the plight and the response as agencies
// write them (issue 14, h-hum6). Short quotes from the fit halves and the
// ReliefWeb 2017 development half, with invented twins in another sense;
// want is the sentence's humanitarian evidence past the lead.
func TestHumanitarianAgencyWords(t *testing.T) {
	tests := []struct {
		why, text string
		want      float32
	}{
		// Makeshift shelter is the displaced's plight (beside "shelter",
		// 0.5, the two cues give 0.9); a makeshift raft or squad is no
		// shelter.
		{"makeshift homes", "It may be slightly sturdier than the makeshift homes crammed onto every other available inch of the incline.", 0.8}, // rw-2384974
		{"makeshift shelters", "A majority of the new arrivals are staying in makeshift shelters, while others live with host families.", 0.9},   // rwp7-48a11ff006
		{"makeshift structures", "Over 3,000 people did not have shelters and were staying outside or in makeshift structures.", 0.9},            // rw-2375909
		{"makeshift raft", "They were crossing the river on makeshift rafts in a village south of the town.", 0},
		{"makeshift squad", "He remained to fight with a makeshift squad.", 0},
		// The cluster system's sectors are the response itself.
		{"wash cluster", "Voda Donbasa informed the WASH Cluster about renewed shelling near the station.", 0.8}, // rw-2391629
		{"shelter cluster", "The Shelter Cluster distributed kits to 2,000 households this month.", 0.8},
		{"washing", "Residents were asked to wash their hands and stay indoors.", 0},
		// The most vulnerable named by an agency: a hint of the plight, under
		// the floor alone, a lead's second cue.
		{"most vulnerable", "More than 3,460 migrants remain in detention centers and are among the most vulnerable populations at risk.", 0.5}, // rwp7-cba802c8b7
		{"vulnerable to attack", "The outpost was vulnerable to attack from the hills.", 0},
	}
	for _, tt := range tests {
		if got := humanitarianOfSentence(tt.text); got < tt.want-0.01 || got > tt.want+0.01 {
			t.Errorf("%s: %q: humanitarian evidence %.2f, want %.2f", tt.why, tt.text, got, tt.want)
		}
	}
}
