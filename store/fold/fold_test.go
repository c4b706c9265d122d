package fold

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"Dar'a, Ḥalab & Idlib":   {"dar", "a", "halab", "idlib"},
		"Ghouta:\"sarin\" (AFP)": {"ghouta", "sarin", "afp"},
		"Société Générale 2016":  {"societe", "generale", "2016"},
		"":                       nil,
		"—":                      nil,
	} {
		if got := Words(in); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Split("Ḥalab-Idlib"); !slices.Equal(got, []string{"Ḥalab", "Idlib"}) {
		t.Errorf("Split = %q", got)
	}
}

// FuzzPhrase checks HasPhrase and HoldsAll against Words: the phrase is
// words of the text (or of another) at a fuzzed place.
func FuzzPhrase(f *testing.F) {
	f.Add("Ahrar al-Sham fighters took Ahrar al Sham's base", "ahrar al sham", uint8(0))
	f.Add("Castello Road, the CASTELLO road", "castello road", uint8(3))
	f.Add("Société Générale 2016", "generale 2016", uint8(1))
	f.Add("a b a b c", "a b c", uint8(2))
	f.Add("", "", uint8(0))
	f.Fuzz(func(t *testing.T, text, other string, at uint8) {
		ws := Words(text)
		for _, phrase := range [][]string{Words(other), ws[min(int(at), len(ws)):min(int(at)+3, len(ws))]} {
			want := false
			for i := 0; i+len(phrase) <= len(ws) && !want; i++ {
				want = slices.Equal(ws[i:i+len(phrase)], phrase)
			}
			if got := HasPhrase(text, phrase); got != want {
				t.Errorf("HasPhrase(%q, %q) = %v, want %v", text, phrase, got, want)
			}
			all := !slices.ContainsFunc(phrase, func(w string) bool { return !slices.Contains(ws, w) })
			if got := HoldsAll(text, phrase); got != all {
				t.Errorf("HoldsAll(%q, %q) = %v, want %v", text, phrase, got, all)
			}
		}
	})
}
