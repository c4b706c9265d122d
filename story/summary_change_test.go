package story

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestSummaryLeadsWithTheChange: a ceasefire story whose headline told
// the truce's end opens its summary with the sentence of its text that
// tells the end, not with the violations or the attack it recounts first.
// Its two reports, in either order, give the same summary. Invented text.
func TestSummaryLeadsWithTheChange(t *testing.T) {
	end := "A fragile truce between the government and the valley militias that was brokered by Norway and Chile last week has ended with no word of a new one on Monday."
	text := "At least six people were killed on Sunday when shells hit a market in a militia-held town. " +
		"From the outset the week-long truce was marred by violations. " +
		end + " Both sides traded blame for the shelling."
	an := news.Analysis{
		Categories:      []news.Category{news.Ceasefire},
		CeasefireStatus: news.CeasefireCollapsed,
		Scores:          map[news.Category]float64{news.Ceasefire: 0.9},
		Evidence: map[news.Category][]string{news.Ceasefire: {
			"From the outset the week-long truce was marred by violations.", end}},
		Changes: []news.StateChange{{Change: news.ChangeCeasefireCollapsed, Sentence: "Norway and Chile brokered valley truce ends"}},
	}
	other := "Shells hit a market in a militia-held town on Sunday killing at least six people residents said. " +
		"The truce had been marred by violations from its first day."
	ano := news.Analysis{Categories: []news.Category{news.Ceasefire, news.Violence}, CeasefireStatus: news.CeasefireViolated,
		Scores:   map[news.Category]float64{news.Ceasefire: 0.6},
		Evidence: map[news.Category][]string{news.Ceasefire: {"The truce had been marred by violations from its first day."}}}
	a := member(1, "wire", "Norway and Chile brokered valley truce ends", text, t0, an)
	b := member(2, "daily", "Shelling kills six in market", other, t0.Add(-2*time.Hour), ano)
	for _, ms := range [][]Member{{a}, {b, a}, {a, b}} {
		s := Build(ms)
		if !strings.HasPrefix(s.Summary, end) {
			t.Errorf("%d reports: Summary = %q, want it to open with the truce's end", len(ms), s.Summary)
		}
	}
}

// TestSummaryTellsTheTalks: a talks story's summary keeps a second sentence
// that earned it its section — the phone calls its minister held, after
// the sentence of what he called for — though the two together pass the
// summary's usual length. Invented text.
func TestSummaryTellsTheTalks(t *testing.T) {
	first := "Valdorian Foreign Minister Arvid Kessling has reiterated his government's position on the need for an independent international commission to investigate last week's reported poison gas attack on the river port."
	calls := "Kessling made the call during telephone conversations on Monday with the regional bloc's foreign policy chief Ilse Marquand as well as his Northern Eastern and Southern counterparts Tomas Varga-Oyelaran Ivo Lindqvist and Pedro Almada de Souza respectively."
	text := first + " " + calls + " The officials exchanged views about the attack which killed at least 40 people according to rescuers."
	an := news.Analysis{Categories: []news.Category{news.Talks},
		Scores:   map[news.Category]float64{news.Talks: 0.8},
		Evidence: map[news.Category][]string{news.Talks: {first, calls}}}
	if len(first)+len(calls) <= summaryChars {
		t.Fatalf("the test's sentences (%d characters) must pass summaryChars", len(first)+len(calls))
	}
	s := Build([]Member{member(1, "tv", "Kessling urges inquiry into gas attack", text, t0, an)})
	if !strings.Contains(s.Summary, first) || !strings.Contains(s.Summary, calls) {
		t.Errorf("Summary = %q, want the call and the talks", s.Summary)
	}
}
