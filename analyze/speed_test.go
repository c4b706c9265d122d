package analyze

import (
	"strings"
	"testing"
)

// TestTwoFields checks twoFields against strings.Fields.
func TestTwoFields(t *testing.T) {
	for _, s := range []string{"", " ", "Oct", " Oct. 4", "Oct. 4 ", "\tOct.\u00a04\n", "Oct 4 2004", " the army said on Tuesday",
		"a  b", "a\u0085b", "a \u2003 b c", "\xffa b", "a \xff", "  a  ", "a b\u00a0"} {
		a, b, ok := twoFields(s)
		f := strings.Fields(s)
		if ok != (len(f) == 2) || ok && (a != f[0] || b != f[1]) {
			t.Errorf("twoFields(%q) = %q, %q, %v; Fields: %q", s, a, b, ok, f)
		}
	}
}

// TestTrimBylineFirstWord checks that a sentence trimByline passes at
// once (no "by" or "By" opening it after spaces) is one it would have
// left as it is.
func TestTrimBylineFirstWord(t *testing.T) {
	for _, s := range []string{"By Jane Doe Syrian troops entered the town on Monday.", "\u00a0by John Roe Smith At least 12 people died.",
		"\tBy land and by sea the army came.", "Bye Jane Doe Syrian troops entered the town.", "Byline Jane Doe Syrian troops entered."} {
		if got := trimByline(s); got != trimBylineSplit(s) {
			t.Errorf("trimByline(%q) = %q, want %q", s, got, trimBylineSplit(s))
		}
	}
}

// trimBylineSplit is trimByline without its first test: every sentence
// split.
func trimBylineSplit(s string) string {
	ws := strings.Fields(s)
	if len(ws) < 5 || ws[0] != "by" && ws[0] != "By" {
		return s
	}
	return trimByline(s)
}
