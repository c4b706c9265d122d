package lang

import "testing"

func TestPlaceWords(t *testing.T) {
	for _, w := range []string{"in", "near", "along"} {
		if !IsPlacePrep(w) {
			t.Errorf("IsPlacePrep(%q) = false", w)
		}
	}
	for _, w := range []string{"said", "the", "by"} {
		if IsPlacePrep(w) {
			t.Errorf("IsPlacePrep(%q) = true", w)
		}
	}
	if !IsPlaceNoun("capital") || IsPlaceNoun("police") {
		t.Error("IsPlaceNoun")
	}
}
