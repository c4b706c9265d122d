package story

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestCampRangeKeepsItsOriginator: an analysis piece of two days later that
// recalls the story's own attack ("news of the massacre surfaced on
// Wednesday with the opposition accusing the army of killing between 600
// and 1,200") gives that attack's toll: its range stands, as a range, on
// the opposition's line beside the opposition's own count of that day, so
// the item's range reaches it; and the title that states the opposition's
// count still heads the story (a count inside the source's range of that
// day is not outgrown by it). Before, the range named no one, went to the
// outlet's line that the item's bound leaves out first, and was no end of
// the item's spread (issue 13, 2013 window). Invented reports.
func TestCampRangeKeepsItsOriginator(t *testing.T) {
	wed := time.Date(2031, 8, 20, 9, 0, 0, 0, time.UTC) // a Wednesday
	mk := func(id int64, src, title, text string, at time.Time) Member {
		a := news.Article{ID: id, ExternalID: "ext-" + src, Title: title, Text: text, SourceName: src, Published: at}
		return Member{Article: a, Analysis: analyze.Analyze(&a), Source: src, Published: at}
	}
	ms := []Member{
		mk(1, "wire", "Opposition: 900 killed in gas attack on Marrat valley",
			"The opposition said at least 900 people were killed on Wednesday when rockets carrying poison gas hit the Marrat valley east of the capital. "+
				"Doctors in the valley said hospitals were overwhelmed.", wed),
		mk(2, "agency", "Monitor says dozens killed in Marrat valley shelling",
			"The Syrian Observatory for Human Rights said more than 30 people were killed on Wednesday in shelling of the Marrat valley east of the capital. "+
				"The monitor could not confirm the use of gas.", wed.Add(2*time.Hour)),
		mk(4, "reuters", "Activists say more than 200 killed in gas attack on Marrat valley",
			"Activists said at least 213 people were killed on Wednesday when rockets carrying poison gas hit the Marrat valley east of the capital. "+
				"Doctors in the valley said hospitals were overwhelmed by people choking on gas.", wed.Add(time.Hour)),
		mk(3, "weekly", "Have the gloves come off in the valley?",
			"News of the Marrat massacre surfaced on Wednesday with the opposition accusing the army of launching a chemical attack and killing between 600 and 1200 people. "+
				"Experts say the symptoms point to a nerve agent but samples are needed.", wed.Add(48*time.Hour)),
	}
	for i := range ms {
		k := ms[i].Analysis.Facts.Killed
		if k == nil {
			t.Fatalf("report %d: no killed figure", i+1)
		}
		if i == 3 && (k.Originator != "opposition" || k.Low != 600 || k.Value != 1200) {
			t.Fatalf("analysis piece: killed %d–%d by %q, want 600–1200 by the opposition", k.Low, k.Value, k.Originator)
		}
	}
	s := Build(ms)
	var lines []string
	for _, f := range s.Figures {
		if f.Kind == "killed" {
			lines = FormatLines(f)
			if f.High.Value != 1200 || f.High.Originator != "opposition" {
				t.Errorf("high end %d by %q, want 1,200 by the opposition", f.High.Value, f.High.Originator)
			}
		}
	}
	if !slices.ContainsFunc(lines, func(l string) bool {
		return strings.Contains(l, "opposition") && strings.Contains(l, "900") && strings.Contains(l, "600") && strings.Contains(l, "1,200")
	}) {
		t.Errorf("killed lines %q: want the opposition's line with its count of 900 and its range of 600 to 1,200", lines)
	}
	if !strings.Contains(s.Headline, "900") {
		t.Errorf("headline %q, want the title stating the opposition's count", s.Headline)
	}
}

// TestHeadlineFiguresInsideARange: a source's count of the day it also gave
// a range holding it stands beside the range, so a title stating it states
// the story's toll; a count the source outgrew that day does not ("rises to
// 112" beside the same monitor's 126).
func TestHeadlineFiguresInsideARange(t *testing.T) {
	day := time.Date(2031, 8, 20, 9, 0, 0, 0, time.UTC)
	step := func(v, low int64, q news.Qualifier, h int) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Value: v, Low: low, Qualifier: q, Originator: "X"}, Published: day.Add(time.Duration(h) * time.Hour)}
	}
	for _, c := range []struct {
		steps []news.FigureBy
		want  []string
	}{
		{[]news.FigureBy{step(900, 0, news.AtLeast, 0), step(1200, 600, news.UpTo, 2)}, []string{"1200", "900"}},
		{[]news.FigureBy{step(112, 0, news.AtLeast, 0), step(126, 0, news.AtLeast, 2)}, []string{"126"}},
		{[]news.FigureBy{step(400, 0, news.AtLeast, -24), step(1200, 600, news.UpTo, 2)}, []string{"1200"}},
		{[]news.FigureBy{step(500, 0, news.AtLeast, 0), step(1200, 600, news.UpTo, 2)}, []string{"1200"}},
	} {
		f := news.StoryFigure{Kind: "killed", High: c.steps[len(c.steps)-1].Figure, Lines: []news.FigureLine{{Originator: "X", Steps: c.steps}}}
		if got := headlineFigures([]news.StoryFigure{f}); !slices.Equal(got, c.want) {
			t.Errorf("headlineFigures = %q, want %q", got, c.want)
		}
	}
}
