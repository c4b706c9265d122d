package ask

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask33 (issue 14 item 5, agency reports): a
// weekly market bulletin's issues name their week by its number in the
// title ("Week 3 October 2021") and compare it with the week before by its
// ordinal ("the second week of October"); the reader asks for "the third
// week of October", which only the title's number names.
// A state's bulletin lists its totals as bullets where a week's number
// ("No death recorded in week 31") stands before the total asked.

var weeklyBulletins = []news.Article{
	{ExternalID: "week-1", Title: "Dorra market monitor - Issue 40 - Weekly Price Bulletin Week 1 October 2021",
		Text: "Maize flour: The average price increased by 2% compared to the fourth week of September. " +
			"Prices were highest in Kessa, Lumo and Tarra (AFN 60, 58 and 55 per kg, respectively). " +
			"Cooking oil: prices increased in Vell (9%) due to supply shortfalls."},
	{ExternalID: "week-3", Title: "Dorra market monitor - Issue 42 - Weekly Price Bulletin Week 3 October 2021",
		Text: "Maize flour: The average price increased by 1% compared to the second week of October. " +
			"Prices were highest in Lumo, Tarra and Kessa (AFN 64, 61 and 59 per kg, respectively). " +
			"Cooking oil: prices increased in Orsa (6%) due to higher demand."},
}

func TestAnswerKinds33Week(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(weeklyBulletins...)}, Options{})
	askWant(t, a, []askCase{
		{"In the Dorra market monitor for the third week of October 2021, in which district did the price of cooking oil increase?", "Orsa", "week-3"},
	})
}

// TestWeekAt: a week is named by its ordinal before "week" or its number
// after it, and matches across the two forms.
func TestWeekAt(t *testing.T) {
	for _, c := range []struct {
		q    string
		week int
	}{
		{"Which district had the highest price in the third week of October 2021?", 3},
		{"How many consultations were recorded in epidemiological week 15 of 2018?", 15},
		{"How many deaths by the end of epi-week 24 of 2021?", 24},
		{"How many cases in the 2nd week of May?", 2},
		{"How many cases were reported last week?", 0},
	} {
		if got := Parse(c.q, testNow).week; got != c.week {
			t.Errorf("week of %q = %d, want %d", c.q, got, c.week)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Weekly Price Bulletin Week 3 October 2021", true},
		{"Prices rose in the third week of October.", true},
		{"The average price increased compared to the second week of October.", false},
		{"Partners delivered 3 kits this week.", false},
	} {
		if got := holdsWeek(3, []sentence{*plainSentence(c.text)}); got != c.want {
			t.Errorf("holdsWeek(3, %q) = %v, want %v", c.text, got, c.want)
		}
	}
}

var bulletReports = []news.Article{
	{ExternalID: "bullets-1", Title: "Kessa State COVID-19 situation report, epi-week 32",
		Text: "• Cumulative number discharged so far – 911 • No death recorded in week 31 • Total associated deaths – 27 (19 in isolation centres and 8 community deaths) • 2 active cases receiving care."},
}

func TestAnswerKinds33Numbering(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(bulletReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many COVID-19 associated deaths had Kessa State recorded in total by the end of epi-week 32?", "27", "bullets-1"},
	})
}

// TestDocNumber: the plain number a library files a report under, on the
// text's first line, is not joined to the line after it as a table's
// figure to its label; a table's figure is.
func TestDocNumber(t *testing.T) {
	got := tableFigures([]string{"48123", "Kessa State COVID-19 Weekly Update", "**39,000**", "people tested"})
	want := []string{"48123", "Kessa State COVID-19 Weekly Update", "39,000 people tested"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tableFigures = %q, want %q", got, want)
	}
}
