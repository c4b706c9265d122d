package lang

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Air strikes hit al-Bab's market; 12 died.", []string{"air", "strikes", "hit", "al-bab's", "market", "12", "died"}},
		{"Thirty-five killed -- 'we fled' ", []string{"thirty-five", "killed", "we", "fled"}},
		{"rebels- and troops’ lines", []string{"rebels", "and", "troops", "lines"}},
		{"Deir ez-Zor, 18,000 people", []string{"deir", "ez-zor", "18", "000", "people"}},
		{"ΑΘΗΝΑ Κίεβο دمشق", []string{"αθηνα", "κίεβο", "دمشق"}},
		{"", nil},
		{"-- ' ...", nil},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokensSpans(t *testing.T) {
	s := "The U.N.'s envoy, Staffan de Mistura, met al-Jaafari."
	toks := Tokens(s)
	var lows []string
	for _, tk := range toks {
		if s[tk.Start:tk.End] != tk.Text || strings.ToLower(tk.Text) != tk.Low {
			t.Errorf("token %+v does not match its span %q", tk, s[tk.Start:tk.End])
		}
		lows = append(lows, tk.Low)
	}
	if want := Words(s); !slices.Equal(lows, want) {
		t.Errorf("Tokens lows %q, want Words %q", lows, want)
	}
	if got, want := WordsAsWritten(s), []string{"The", "U", "N"}; !slices.Equal(got[:3], want) {
		t.Errorf("WordsAsWritten = %q, want it to start %q", got, want)
	}
}

func TestFields(t *testing.T) {
	if got, want := Fields("Al-Bab, (Aleppo)"), []string{"Al", "Bab", "Aleppo"}; !slices.Equal(got, want) {
		t.Errorf("Fields = %q, want %q", got, want)
	}
}

// FuzzWords checks that Words, WordsAsWritten and Tokens agree on any
// input and never return an empty word or one with an edge hyphen.
func FuzzWords(f *testing.F) {
	f.Add("Air strikes hit al-Bab's market; 12 died.")
	f.Add("a- -b ''c'' ’d’ e-’f")
	f.Add("\xff\xfeİstanbul ǅ Σ")
	f.Fuzz(func(t *testing.T, s string) {
		ws, as, toks := Words(s), WordsAsWritten(s), Tokens(s)
		if len(as) != len(toks) {
			t.Fatalf("WordsAsWritten %q and Tokens %d differ", as, len(toks))
		}
		if low, want := Lower(s), strings.ToLower(s); low != want {
			t.Errorf("Lower(%q) = %q, want %q", s, low, want)
		}
		if n := CountWords(s); n != len(ws) {
			t.Errorf("CountWords(%q) = %d, Words finds %q", s, n, ws)
		}
		at := 0
		for i, tk := range toks {
			if tk.Text != as[i] || s[tk.Start:tk.End] != tk.Text {
				t.Errorf("token %d %+v, want %q", i, tk, as[i])
			}
			// where the word first occurs after the last one (Tokens
			// found it so before it kept each word's start)
			if want := at + strings.Index(s[at:], tk.Text); tk.Start != want {
				t.Errorf("token %d %+v starts at %d, want %d", i, tk, tk.Start, want)
			}
			at = tk.End
		}
		for _, w := range ws {
			if w == "" || strings.HasSuffix(w, "-") || strings.HasPrefix(w, "-") || !utf8.ValidString(w) && utf8.ValidString(s) {
				t.Errorf("bad word %q in %q", w, ws)
			}
		}
	})
}

func BenchmarkWords(b *testing.B) {
	s := strings.Repeat("At least 12 civilians were killed in air strikes on al-Bab's market on Tuesday, the Syrian Observatory said. ", 20)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Words(s)
	}
}

// TestAppendWords: the words of each text follow what dst holds, as Words
// finds them.
func TestAppendWords(t *testing.T) {
	got := AppendWords([]string{"truce"}, "Rebels' convoy LEFT al-Bab.")
	got = AppendWords(got, "")
	got = AppendWords(got, "Talks resume")
	want := []string{"truce", "rebels", "convoy", "left", "al-bab", "talks", "resume"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCutPossessive(t *testing.T) {
	for w, want := range map[string]struct {
		s  string
		ok bool
	}{"Chalabi's": {"Chalabi", true}, "Cox’s": {"Cox", true}, "Syrias": {"Syrias", false}, "'s": {"", true}, "news": {"news", false}} {
		if s, ok := CutPossessive(w); s != want.s || ok != want.ok {
			t.Errorf("CutPossessive(%q) = %q, %v; want %q, %v", w, s, ok, want.s, want.ok)
		}
	}
}

// TestCountWords: CountWords counts the words Words finds, and lower-casing
// keeps every rune's class (letter or digit, the curly apostrophe, or
// neither), as CountWords, reading s as written, needs.
func TestCountWords(t *testing.T) {
	class := func(r rune) int {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return 1
		case r == '’':
			return 2
		}
		return 0
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if class(r) != class(unicode.ToLower(r)) {
			t.Fatalf("%U lower-cases to %U of another class", r, unicode.ToLower(r))
		}
	}
	for _, s := range []string{"", " ", "At least 12 CIVILIANS were killed in al-Bab's market, the Observatory’s monitors said.",
		"rebels- troops’ --x İstanbul ΣΊΣΥΦΟΣ \xff\xfeBAD\xc3 word 1.5 x'", "-'’ 'a", "Ⅻ ⓐ Ⓐ ǅ ß"} {
		if got, want := CountWords(s), len(Words(s)); got != want {
			t.Errorf("CountWords(%q) = %d, want %d (%q)", s, got, want, Words(s))
		}
	}
}

// TestLower: Lower lower-cases as strings.ToLower does, curly quotes,
// capitals whose lower case is longer or shorter and broken bytes too.
func TestLower(t *testing.T) {
	for _, s := range []string{"", "a", "A", "already lower, with ’quotes’", "The U.N. SAID — İstanbul KELVIN-Sign",
		"Ⱥ ǅ ΣΊΣΥΦΟΣ \xff\xfeBAD\xc3", "\uFFFD \xef\xbf\xbd X", "trailing Ä"} {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestFileMark(t *testing.T) {
	for w, want := range map[string]bool{"FINAL": true, "DRAFT": true, "Final": false, "final": false, "UNICEF": false} {
		if got := FileMark(w); got != want {
			t.Errorf("FileMark(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "reports", 1: "report", 2: "reports", -1: "reports"} {
		if got := Plural(n, "report", "reports"); got != want {
			t.Errorf("Plural(%d) = %q, want %q", n, got, want)
		}
	}
}
