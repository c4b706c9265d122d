package lang

import "testing"

func TestWasDoing(t *testing.T) {
	for _, tt := range []struct {
		be, w string
		want  bool
	}{
		{"was", "carrying", true},
		{"were", "waiting", true},
		{"is", "carrying", false},  // now, not when it happened
		{"were", "being", false},   // a passive: "were being treated"
		{"was", "rising", false},   // the count moving
		{"were", "fleeing", false}, // a displaced count's own people
		{"was", "nothing", false},  // a noun in "-ing"
		{"was", "killed", false},   // no participle in "-ing"
		{"were", "sing", false},    // too short for a participle
	} {
		if got := WasDoing(tt.be, tt.w); got != tt.want {
			t.Errorf("WasDoing(%q, %q) = %v, want %v", tt.be, tt.w, got, tt.want)
		}
	}
}
