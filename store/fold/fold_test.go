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
