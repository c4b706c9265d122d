package analyze

import (
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestTruceOfEarlierMonth: a short report of the day's strikes that tells,
// in its lead, that a truce agreed months before "has been violated almost
// daily" gives the truce as the setting of the strikes, no breach it
// brings: violence only (issue 13, 2016-05-30 window: an Aleppo bombing
// item filed under Ceasefire by such a sentence). Strikes told as a breach
// ("despite a truce brokered in February") are the truce's news; a truce
// of the report's own month, and a report with no date, are read as
// before. Invented reports.
func TestTruceOfEarlierMonth(t *testing.T) {
	june := time.Date(2016, 6, 3, 12, 0, 0, 0, time.UTC)
	lead := "Government air raids on the rebel-held town of Kafr Zita killed 27 civilians on Friday including eight children, the civil defence said. "
	tests := []struct {
		name, title, text string
		published         time.Time
		want              news.CeasefireStatus // "" for no ceasefire label
	}{
		{"standing breaches, second sentence", "Government air raids kill 27 civilians in Hama",
			lead + "A truce brokered by Russia and the United States in February has been violated almost daily around Hama where government forces and rebels have fought since 2012.",
			june, ""},
		{"standing breaches, opening", "Government air raids kill 27 civilians in Hama",
			"A truce brokered by Russia and the United States in February has been violated almost daily around Hama. " + lead + "Rescuers pulled bodies from the rubble of a market hit by barrel bombs.",
			june, ""},
		{"strikes despite the truce", "Government air raids kill 27 civilians in Hama",
			"Government air raids battered the rebel-held town of Kafr Zita on Friday despite a truce brokered by Russia and the United States in February, killing 27 civilians, the civil defence said.",
			june, news.CeasefireViolated},
		{"another violation of the truce", "Shelling kills five in Talbiseh",
			"Government shelling killed five civilians in the rebel-held town of Talbiseh on Friday in another violation of the truce agreed in February, a monitor said.",
			june, news.CeasefireViolated},
		{"a truce of the report's month", "Government air raids kill 27 civilians in Hama",
			lead + "A truce brokered by Russia and the United States in June has been violated almost daily around Hama where government forces and rebels have fought since 2012.",
			june, news.CeasefireViolated},
		{"no date", "Government air raids kill 27 civilians in Hama",
			lead + "A truce brokered by Russia and the United States in February has been violated almost daily around Hama where government forces and rebels have fought since 2012.",
			time.Time{}, news.CeasefireViolated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(&news.Article{Title: tt.title, Text: tt.text, Published: tt.published})
			got := an.CeasefireStatus
			if !an.Has(news.Ceasefire) {
				got = ""
			}
			if got != tt.want || !an.Has(news.Violence) {
				t.Errorf("categories %v, ceasefire %q (scores %v); want violence and ceasefire %q", an.Categories, got, an.Scores, tt.want)
			}
		})
	}
}

// TestInEarlierMonth: "in February" is history one to six months after it;
// "in May" is a verb's, a month ahead is no history, and an unknown month
// dates nothing.
func TestInEarlierMonth(t *testing.T) {
	for _, tt := range []struct {
		s     string
		month time.Month
		want  int
	}{
		{"a truce agreed in february has been violated", time.June, 3},
		{"a truce agreed in november has been violated", time.February, 3},
		{"talks are due to resume in july", time.June, -1},
		{"the truce agreed in june holds", time.June, -1},
		{"talks in may resume", time.June, -1},
		{"a truce agreed in february has been violated", 0, -1},
	} {
		if got := inEarlierMonth(lang.Words(tt.s), tt.month); got != tt.want {
			t.Errorf("inEarlierMonth(%q, %v) = %d, want %d", tt.s, tt.month, got, tt.want)
		}
	}
}

// TestEvidenceQuotePiece: a piece of a quotation ("Aleppo is almost under
// siege\" an official said.") gives way, as a category's evidence, to a
// sentence of the report's own words that tells the plight, which a digest
// can show alone (issue 13, 2016-06-13 window). Invented report.
func TestEvidenceQuotePiece(t *testing.T) {
	text := "At least 30 people were killed in air strikes on a market in the province on Sunday, a civil defence official said. " +
		"Rescuers were still searching the rubble on Monday. " +
		"Three more people died in a strike on a village nearby. " +
		"The army has stepped up its raids on the province since April. " +
		"\"We have not seen a truck of food for a month. " +
		"The whole eastern district is under siege\" a local council member said. " +
		"Inside the city the closure of the road has driven up the price of bread, adding to the suffering of the families still there. " +
		"Some 200000 people are thought to remain in the eastern district."
	an := Analyze(&news.Article{Title: "Air strikes kill 30 in market as siege of city tightens", Text: text,
		Published: time.Date(2016, 6, 13, 0, 0, 0, 0, time.UTC)})
	ev := an.Evidence[news.Humanitarian]
	own := slices.Index(ev, "Inside the city the closure of the road has driven up the price of bread, adding to the suffering of the families still there.")
	piece := slices.Index(ev, "The whole eastern district is under siege\" a local council member said.")
	if own < 0 || (piece >= 0 && piece < own) {
		t.Errorf("humanitarian evidence %q: want the report's own sentence before the quotation's piece", ev)
	}
}
