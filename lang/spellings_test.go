package lang

import "testing"

// TestSpellingVariant: each spelling of lexicon/spellings.tsv gives the
// other, with a plural's "s", and the -ise/-ize family by its stems (round
// h-ask59).
func TestSpellingVariant(t *testing.T) {
	for w, want := range map[string]string{
		"neighborhood": "neighbourhood", "neighbourhood": "neighborhood", "favor": "favour", "favour": "favor",
		"programs": "programmes", "programme": "program", "defense": "defence", "organizations": "organisations",
		"mobilised": "mobilized", "mobilization": "mobilisation", "prioritize": "prioritise", "hospitalised": "hospitalized",
		// none
		"people": "", "rise": "", "promise": "", "organisms": "", "terrorist": "", "emphasis": "", "civilians": "",
	} {
		if got := SpellingVariant(w); got != want {
			t.Errorf("SpellingVariant(%q) = %q, want %q", w, got, want)
		}
	}
}
