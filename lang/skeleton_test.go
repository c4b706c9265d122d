package lang

import "testing"

func TestSkeleton(t *testing.T) {
	for _, tt := range []struct{ w, want string }{
		{"maleh", "mlh"},
		{"mallah", "mlh"},
		{"al-malaah", "mlh"},
		{"hawwar", "hwr"},
		{"ash-shaddadi", "shd"},
		{"idlib", "idlb"}, // a first vowel stays: "assyrian" is not "sarin"
		{"assyrian", "asrn"},
		{"sarin", "srn"},
		{"ali", ""},    // two letters: too short to tell names apart
		{"dar'a", ""},  // an apostrophe: no plain transliteration
		{"raqqa", ""},  // two consonants
		{"al-bab", ""}, // its article dropped, too short
		{"kafrnabl", "kfrnbl"},
	} {
		if got := Skeleton(tt.w); got != tt.want {
			t.Errorf("Skeleton(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
