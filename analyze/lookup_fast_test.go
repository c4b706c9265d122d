package analyze

import "testing"

// TestLowerLetters checks that LookupPlace's key for a name of ASCII
// letters is normName's, and that any other name is left to normName.
func TestLowerLetters(t *testing.T) {
	for _, tc := range []struct {
		name    string
		letters bool
	}{
		{"Aleppo", true}, {"ALEPPO", true}, {"aleppo", true}, {"Deir Ezzor", false}, {"Idlib's", false},
		{"Homs-", false}, {"Zürich", false}, {"", false}, {"A", true}, {"Z@", false}, {"[x]", false}, {"`a", false},
	} {
		var buf [32]byte
		key, ok := lowerLetters(buf[:0], tc.name)
		if ok != tc.letters {
			t.Errorf("lowerLetters(%q) = %v, want %v", tc.name, ok, tc.letters)
		}
		if ok && string(key) != normName(tc.name) {
			t.Errorf("lowerLetters(%q) = %q, normName %q", tc.name, key, normName(tc.name))
		}
	}
	if _, ok := LookupPlace("Aleppo"); !ok {
		t.Error(`LookupPlace("Aleppo") found no place`)
	}
}
