package lang

import "testing"

func TestNumberWords(t *testing.T) {
	for w, want := range map[string]int64{"one": 1, "twelve": 12, "nineteen": 19, "ninety": 90} {
		if got, ok := Cardinal(w); !ok || got != want {
			t.Errorf("Cardinal(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	for _, w := range []string{"hundred", "dozen", "dozens", "first", "One", ""} {
		if _, ok := Cardinal(w); ok {
			t.Errorf("Cardinal(%q) ok, want not a cardinal", w)
		}
	}
	for w, want := range map[string]int64{"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9} {
		if got, ok := Scale(w); !ok || got != want {
			t.Errorf("Scale(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	for w, want := range map[string]int64{"dozens": 24, "hundreds": 200, "thousands": 2000, "tens": 20, "scores": 40} {
		if got, ok := Amount(w); !ok || got != want {
			t.Errorf("Amount(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	if _, ok := Amount("dozen"); ok {
		t.Error(`Amount("dozen") ok: "a dozen" is a number, not an amount`)
	}
}
