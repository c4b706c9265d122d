package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestMarkLead: the lead is the first four sentences past the heading
// lines an agency's document opens with (a file number, a heading in
// capitals, a key figure's label, a date alone, the colophon); a text
// that opens with a sentence keeps its first four, and a post's line with
// no full stop is its lead. Invented texts.
func TestMarkLead(t *testing.T) {
	for _, c := range []struct {
		why, text string
		lead      []int // the indexes of the sentences marked lead
	}{
		{"headings first", "48213\n\nKEY FIGURES\n\nOPERATIONAL UPDATE\n\nThe agency reached 9,000 people. Rations were cut. Prices rose. Roads closed. Rains came.", []int{0, 1, 2, 3, 4, 5, 6}},
		{"date and label", "AT LEAST\n\n12 MARCH 2020\n\nFamilies fled the district. Most stay with relatives. Schools host others. Needs grow. Aid is short.", []int{0, 1, 2, 3, 4, 5}},
		{"prose first", "Families fled the district. KEY FIGURES\n\nMost stay with relatives. Schools host others. Needs grow.", []int{0, 1, 2, 3}},
		{"a post's line", "Strikes hit the port overnight\n\nResidents said the blasts shook the city. Two boats sank. Firefighters came. The port closed.", []int{0, 1, 2, 3, 4}},
		{"reach", "1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\nA sentence of the report. Another one.", []int{0, 1, 2, 3, 7}},
	} {
		d := newDoc("A report", c.text)
		ss := scoreSentences(d)
		var got []int
		for _, s := range ss {
			if s.index >= 0 && s.lead {
				got = append(got, s.index)
			}
		}
		if !slices.Equal(got, c.lead) {
			t.Errorf("%s: lead %v, want %v", c.why, got, c.lead)
		}
	}
}

// TestLeadPastHeadings: an agency's update whose headings fill its first
// sentences tells its truce and its aid in its first paragraph: they are
// its lead's, as a news article's first paragraph is (issue 14, h-agency1).
// Invented texts of two wars.
func TestLeadPastHeadings(t *testing.T) {
	for _, c := range []struct {
		why, text string
		want      news.Category
	}{
		{"truce in the first paragraph", "7731\n\nKEY FIGURES\n\nPeople in need\n\nMONTHLY UPDATE\n\nContact: field office.\n\nThe parties in Hudaydah agreed a ceasefire on Sunday, and displaced families are returning. " +
			"Food distributions reached 40,000 displaced people in the district. Warehouses were restocked. Fuel prices fell. Schools reopened in two towns. " +
			"The agency screened 3,000 children for malnutrition. Mobile clinics served the camps. Water trucking continued. Latrines were built. Hygiene kits were handed out. Teachers were trained. Cash transfers reached 900 families. Markets were monitored. Seeds were distributed.", news.Ceasefire},
		{"corridor in the first paragraph", "40562\n\nTYPE OF INCIDENT\n\n14 APRIL 2021\n\nAT LEAST\n\nA humanitarian pause is in place in Daraa, and families are leaving the besieged quarter. " +
			"About 2,000 people reached the transit centre. Registration continued. Blankets were handed out. Buses were arranged. " +
			"The agency assessed shelter needs. Host families received cash. Health teams vaccinated children. Water points were repaired. Kits were stocked. Staff were trained. Reports were shared. Partners met weekly. Stocks were checked.", news.Ceasefire},
	} {
		an := Analyze(&news.Article{Title: "Country update", Text: c.text})
		if !an.Has(c.want) {
			t.Errorf("%s: categories %v, want %s", c.why, an.Categories, c.want)
		}
	}
}
