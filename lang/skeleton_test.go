package lang

import "testing"

func TestSkeleton(t *testing.T) {
	for _, tt := range []struct{ w, want string }{
		{"maleh", "mlh"},
		{"mallah", "mlh"},
		{"al-malaah", "mlh"},
		{"hawwar", "hwr"},
		{"ash-shaddadi", "shd"},
		{"idlib", "dlb"}, // a first vowel goes too: "Idlib" and "Edlib" meet
		{"ali", ""},      // one consonant: too short to tell names apart
		{"dar'a", ""},    // an apostrophe: no plain transliteration
		{"raqqa", ""},    // two consonants
		{"al-bab", ""},   // its article dropped, too short
		{"kafrnabl", "kfrnbl"},
	} {
		if got := Skeleton(tt.w); got != tt.want {
			t.Errorf("Skeleton(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
