package main

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestRuleErrorsReadable checks that the error dump shows both ReliefWeb
// halves' errors (both development data since the second session of
// 2026-12-04) and the AG News fit half's, never its report half's.
func TestRuleErrorsReadable(t *testing.T) {
	art := news.Article{Title: "Rebels and government open peace talks", Text: "The two sides met in the capital."}
	gold := labelRow{Categories: []news.Category{news.Humanitarian}}
	var exs []example
	for _, c := range []struct{ id, source, half string }{
		{"rw-fit", "reliefweb", "fit"}, {"rw-report", "reliefweb", "report"},
		{"ag-fit", "agnews", "fit"}, {"ag-report", "agnews", "report"},
		{"fakes-1", "fakes", ""},
	} {
		g := gold
		g.ID = c.id
		exs = append(exs, example{id: c.id, source: c.source, half: c.half, art: art, gold: g})
	}
	samples := make([]analyze.Sample, len(exs))
	for i := range exs {
		samples[i] = analyze.NewSample(&exs[i].art)
	}
	var b strings.Builder
	ruleErrors(&b, exs, samples)
	out := b.String()
	for id, want := range map[string]bool{"rw-fit": true, "ag-fit": true, "rw-report": true, "ag-report": false, "fakes-1": false} {
		if got := strings.Contains(out, "== "+id+" "); got != want {
			t.Errorf("error dump shows %s: got %v, want %v\n%s", id, got, want, out)
		}
	}
}
