package story

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// A Friday report of a claim that surfaced on Wednesday dates the claim's
// count Wednesday; its count of Friday's own stays Friday's.
func TestFigureDatedByItsTelling(t *testing.T) {
	fri := time.Date(2015, 3, 6, 9, 0, 0, 0, time.UTC)
	claim := "News of the massacre surfaced on Wednesday with the opposition accusing the army of killing between 1000 and 1800 people."
	m := member(1, "weekly", "Questions remain after the gas attack", claim, fri, news.Analysis{
		Categories: []news.Category{news.Violence}, EventDate: "2015-03-04",
		Facts: news.Facts{Killed: &news.Figure{Value: 1800, Low: 1000, Qualifier: news.UpTo, Sentence: claim, Originator: "opposition", PartyClaim: true,
			GivenOn: "wednesday"}}}) // the day the analysis reads in the sentence
	own := "A monitor said 60 people were killed in the attack."
	m2 := member(2, "wire", "Gas attack toll", own, fri, news.Analysis{Categories: []news.Category{news.Violence}, EventDate: "2015-03-04",
		Facts: news.Facts{Killed: &news.Figure{Value: 60, Qualifier: news.Exact, Sentence: own, Originator: "monitor"}}})
	figs := Figures([]Member{m, m2})
	got := map[string]time.Time{}
	for _, f := range figs {
		for _, l := range f.Lines {
			got[l.Originator] = dayOf(l.Steps[0].Published)
		}
	}
	if want := time.Date(2015, 3, 4, 0, 0, 0, 0, time.UTC); !got["opposition"].Equal(want) {
		t.Errorf("the claim's count dated %v, want %v (Wednesday, when it surfaced)", got["opposition"], want)
	}
	if want := dayOf(fri); !got["monitor"].Equal(want) {
		t.Errorf("the report's own count dated %v, want %v", got["monitor"], want)
	}
}
