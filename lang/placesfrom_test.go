package lang

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestPlacesMovedFrom(t *testing.T) {
	for s, want := range map[string]string{
		"buses carrying residents evacuated from the northern towns of Velm and Orsk under a deal": "Velm and Orsk",
		"1200 evacuated from rebel-held Tarn on Friday":                                            "Tarn",
		"people who had lived under siege left the two towns along with others from Tarn":          "",
		"the families left Velm and Orsk at dawn":                                                  "Velm and Orsk",
		"no place is named here": "",
	} {
		if got := PlacesMovedFrom(WordsAsWritten(s), 0); got != want {
			t.Errorf("PlacesMovedFrom(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCapitalisedAsIsUpper checks Capitalised's ASCII test against
// unicode.IsUpper of the first rune, for every first byte.
func TestCapitalisedAsIsUpper(t *testing.T) {
	for c := 0; c < 256; c++ {
		w := string([]byte{byte(c), 'x'})
		r, _ := utf8.DecodeRuneInString(w)
		if Capitalised(w) != unicode.IsUpper(r) {
			t.Errorf("Capitalised(%q) = %v", w, Capitalised(w))
		}
	}
	for _, w := range []string{"", "Émile", "émile", "Ωmega", "ωmega"} {
		r, _ := utf8.DecodeRuneInString(w)
		if Capitalised(w) != unicode.IsUpper(r) {
			t.Errorf("Capitalised(%q) = %v", w, Capitalised(w))
		}
	}
}
