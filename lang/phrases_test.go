package lang

import (
	"strings"
	"testing"
)

// phrasesOf returns the noun phrases NounPhrases finds in s, as text.
func phrasesOf(s string) []string {
	toks := Tokens(s)
	low := make([]string, len(toks))
	for i, t := range toks {
		low[i] = t.Low
	}
	gap := func(i int) rune { return Gap(s[toks[i].End:toks[i+1].Start]) }
	var out []string
	for _, p := range NounPhrases(low, gap) {
		out = append(out, s[toks[p[0]].Start:toks[p[1]].End])
	}
	return out
}

func TestNounPhrases(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"Trade fell after the closure of the Tarem border crossing in May.",
			[]string{"Trade", "the closure of the Tarem border crossing", "May"}},
		{"The shelling killed two boys and a teacher, medics said.",
			[]string{"The shelling", "two boys and a teacher", "medics"}},
		{"Displaced families in the camp cited the lack of clean water as their main worry.",
			[]string{"Displaced families", "the camp", "the lack of clean water", "their main worry"}},
		{"The agency sent food, blankets, water tanks and tents to Kessa, a town of 4,000 people.",
			[]string{"The agency", "food, blankets, water tanks and tents", "Kessa", "a town of 4,000 people"}},
		{"The relief agency delivered food to internally displaced persons.",
			[]string{"The relief agency", "food", "internally displaced persons"}},
		{"Gunmen attacked the convoy and looted 12 trucks.",
			[]string{"Gunmen", "the convoy", "12 trucks"}},
	} {
		got := phrasesOf(c.s)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("NounPhrases(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestIsArticle(t *testing.T) {
	for w, want := range map[string]bool{"the": true, "a": true, "an": true, "this": false, "The": false, "": false} {
		if got := IsArticle(w); got != want {
			t.Errorf("IsArticle(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestAuxiliary(t *testing.T) {
	for _, w := range []string{"was", "were", "is", "are", "has", "had", "have", "been"} {
		if !Auxiliary(w) {
			t.Errorf("Auxiliary(%q) = false", w)
		}
	}
	for _, w := range []string{"be", "being", "am", "Were", "did", ""} {
		if Auxiliary(w) {
			t.Errorf("Auxiliary(%q) = true", w)
		}
	}
}

func TestPassiveBe(t *testing.T) {
	for _, w := range []string{"was", "were", "is", "are", "been", "be", "being"} {
		if !PassiveBe(w) {
			t.Errorf("PassiveBe(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"am", "has", "had", "have", "get", "Was", ""} {
		if PassiveBe(w) {
			t.Errorf("PassiveBe(%q) = true, want false", w)
		}
	}
}

func TestFiniteBe(t *testing.T) {
	for _, w := range []string{"is", "was", "are", "were"} {
		if !FiniteBe(w) {
			t.Errorf("FiniteBe(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"be", "been", "being", "am", "has", "Is", ""} {
		if FiniteBe(w) {
			t.Errorf("FiniteBe(%q) = true, want false", w)
		}
	}
}
