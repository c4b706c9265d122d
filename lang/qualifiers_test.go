package lang

import (
	"strings"
	"testing"
)

func TestQualifierBefore(t *testing.T) {
	cases := []struct {
		text  string // the figure is the last word
		hedge Hedge
		n     int
	}{
		{"killing at least 15", AtLeast, 2},
		{"killing least 15", AtLeast, 1},
		{"the least 15", NoHedge, 0},
		{"no fewer than 15", AtLeast, 3},
		{"fewer than 15", UpTo, 2},
		{"well over 15", MoreThan, 2},
		{"just over 15", MoreThan, 1},
		{"in excess of 15", MoreThan, 3},
		{"an estimated 15", About, 2},
		{"officials estimated 15", About, 1},
		{"as many as 15", UpTo, 3},
		{"many as 15", NoHedge, 0},
		{"15", NoHedge, 0},
		{"killed 15", NoHedge, 0},
	}
	for _, c := range cases {
		ws := strings.Fields(c.text)
		q, n := QualifierBefore(func(k int) string { return ws[k] }, len(ws)-1, Plain|Loose)
		if q.Hedge != c.hedge || n != c.n {
			t.Errorf("%q: got %v %d, want %v %d", c.text, q.Hedge, n, c.hedge, c.n)
		}
	}
}

func TestQualifierBeforePlain(t *testing.T) {
	cases := []struct {
		text string
		n    int
	}{
		{"at least 15", 2}, {"least 15", 0}, {"well over 15", 1}, {"between 15", 0}, {"an estimated 15", 2}, {"estimated 15", 0},
	}
	for _, c := range cases {
		ws := strings.Fields(c.text)
		if _, n := QualifierBefore(func(k int) string { return ws[k] }, len(ws)-1, Plain); n != c.n {
			t.Errorf("%q: got %d words, want %d", c.text, n, c.n)
		}
	}
}

func TestQualifierOf(t *testing.T) {
	if q := QualifierOf("more than"); q.Hedge != MoreThan || q.Bound != Above {
		t.Errorf("more than: %+v", q)
	}
	if q := QualifierOf("nearly"); q.Hedge != About || q.Bound != Below {
		t.Errorf("nearly: %+v", q)
	}
	if q := QualifierOf("the least"); q.Hedge != NoHedge {
		t.Errorf("the least: %+v", q)
	}
	if q := QualifierOf("more  than"); q.Hedge != NoHedge {
		t.Errorf("a phrase is its words joined by single spaces: %+v", q)
	}
}

func TestParseQualifiersErrors(t *testing.T) {
	for _, bad := range []string{
		"plain\tsometimes\t-\tabout",
		"plain\tabout\tfar\tabout",
		"plain\tabout\tnear\tAbout",
		"rare\tabout\tnear\tabout",
		"plain\tabout\tnear",
		"plain\tabout\tnear\tabout\nplain\tabout\tnear\tabout",
	} {
		if _, err := parseQualifiers(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestHedgeWords(t *testing.T) {
	want := map[Hedge]string{NoHedge: "", AtLeast: "at least", MoreThan: "more than", UpTo: "up to", About: "about"}
	for h, w := range want {
		if got := HedgeWords(h); got != w {
			t.Errorf("%v: got %q, want %q", h, got, w)
		}
	}
}
