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

func TestOpensWithParts(t *testing.T) {
	for _, s := range [][]string{{"of", "these", ","}, {"out", "of", "these"}, {"out", "these"}, {"this", "includes"}, {"among", "them"}} {
		if !OpensWithParts(s) {
			t.Errorf("OpensWithParts(%q) = false", s)
		}
	}
	for _, s := range [][]string{{"of", "the", "dead"}, {"this", "week"}, {"out"}, {}} {
		if OpensWithParts(s) {
			t.Errorf("OpensWithParts(%q) = true", s)
		}
	}
}
