package digest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// An item of a story of reactions shows its separate acts, a dated line
// each with its outlets, instead of the summary that ran them together; the
// JSON keeps the summary and adds the acts; an item of one act shows its
// summary.
func TestItemActs(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2015, 3, d, 0, 0, 0, 0, time.UTC) }
	s := news.Story{ID: 7, Headline: "Iran says Syria will let inspectors visit Kafr Zita",
		Summary:    "Iran's foreign minister said on Sunday Syria would let inspectors visit. France's minister told his Syrian counterpart on Saturday to let them in.",
		Categories: []news.Category{news.Talks},
		Acts: []news.StoryAct{
			{Day: day(7), Text: "France's minister told his Syrian counterpart on Saturday to let them in.", Headline: "France urges access", ArticleIDs: []string{"a1"}, Sources: []string{"reuters"}},
			{Day: day(8), Text: "Iran's foreign minister said on Sunday Syria would let inspectors visit.", Headline: "Iran says Syria will let inspectors visit", ArticleIDs: []string{"a2", "a3"}, Sources: []string{"reuters", "arabiya"}},
		},
		Sources: []news.StorySource{{ExternalID: "a1", SourceName: "reuters", Published: day(8)}}}
	it := newItem(&s, day(9))
	d := &Digest{Period: "7–8 Mar 2015", Sections: []Section{{Category: news.Talks, Items: []Item{it}}}}
	var md bytes.Buffer
	if err := RenderMarkdown(&md, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"- 7 Mar: France's minister told his Syrian counterpart on Saturday to let them in. (Reuters)",
		"- 8 Mar: Iran's foreign minister said on Sunday Syria would let inspectors visit. (Reuters, Al Arabiya)",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
	if strings.Contains(md.String(), s.Summary) {
		t.Errorf("markdown shows the summary beside the acts:\n%s", md.String())
	}
	var js bytes.Buffer
	if err := RenderJSON(&js, d); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Sections []struct {
			Items []struct {
				StoryID int64     `json:"story_id"`
				Summary string    `json:"summary"`
				Acts    []ItemAct `json:"acts"`
			} `json:"items"`
		} `json:"sections"`
	}
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	j := got.Sections[0].Items[0]
	if j.StoryID != 7 || j.Summary != s.Summary || len(j.Acts) != 2 || !j.Acts[1].Day.Equal(day(8)) ||
		strings.Join(j.Acts[1].ArticleIDs, ",") != "a2,a3" {
		t.Errorf("json item: %+v, want story 7 with its summary and 2 acts, the second of 8 Mar (a2, a3)", j)
	}
	s.Acts = s.Acts[:1]
	one := newItem(&s, day(9))
	if ActLines(&one) != nil {
		t.Errorf("one act: lines %q, want none", ActLines(&one))
	}
}

// The counts of an item are dated, whether its events span days or not:
// "21–23 Aug" over an undated count leaves the reader to guess its day, and
// a reader who copies one line copies when it was reported. An item built
// outside a digest (no period to know the year by) gives the year; a
// giver named by what it is ("activists") follows the count.
func TestFiguresDatedWhenItemSpansDays(t *testing.T) {
	given := time.Date(2013, 8, 21, 9, 0, 0, 0, time.UTC)
	step := news.FigureBy{Figure: news.Figure{Value: 213, Qualifier: news.AtLeast}, Source: "reuters", ArticleID: "r1", Published: given}
	sf := news.StoryFigure{Kind: news.FigureKilled, Low: step.Figure, High: step.Figure, Latest: step.Figure, By: "reuters", AsOf: given,
		Refs: []news.FigureBy{step}, Lines: []news.FigureLine{{Originator: "activists", Steps: []news.FigureBy{step}}}}
	for _, tt := range []struct {
		last int
		want string
	}{{23, "according to activists: at least 213 (21 Aug 2013)"}, {21, "according to activists: at least 213 (21 Aug 2013)"}} {
		s := news.Story{ID: 1, Headline: "Gas attack near Damascus", Categories: []news.Category{news.Violence},
			Figures: []news.StoryFigure{sf}, EventFirst: time.Date(2013, 8, 21, 0, 0, 0, 0, time.UTC),
			EventLast: time.Date(2013, 8, tt.last, 0, 0, 0, 0, time.UTC)}
		it := newItem(&s, given)
		if got := it.Figures[0].Lines; len(got) != 1 || got[0] != tt.want {
			t.Errorf("events 21–%d Aug: lines %q, want %q", tt.last, got, tt.want)
		}
	}
}

// actsSource is a store of one stored story of reactions and its members.
type actsSource struct {
	story   news.Story
	rows    []news.ArticleWithAnalysis
	members int // calls of StoryMembers
}

func (s *actsSource) Stories(context.Context, news.DigestFilter) ([]news.Story, error) {
	return []news.Story{s.story}, nil
}

func (s *actsSource) StoryMembers(_ context.Context, ids []int64, _ string) (map[int64][]news.ArticleWithAnalysis, error) {
	s.members++
	return map[int64][]news.ArticleWithAnalysis{s.story.ID: s.rows}, nil
}

// A story of reactions read from the store, which keeps no acts, gets them
// through the views from its members, once per change of the story; the
// rest of the stored aggregate stays as stored.
func TestViewsGiveStoredReactionsTheirActs(t *testing.T) {
	sun := time.Date(2015, 3, 8, 10, 0, 0, 0, time.UTC)
	row := func(id int64, title, text string) news.ArticleWithAnalysis {
		return titled(news.ArticleWithAnalysis{
			Article: news.Article{ID: id, ExternalID: fmt.Sprint("r", id), SourceName: "wire", Title: title, Text: text, Published: sun},
			Analysis: news.Analysis{Categories: []news.Category{news.Talks}, EventDate: "2015-03-04",
				Evidence: map[news.Category][]string{news.Talks: {text}}},
		})
	}
	src := &actsSource{
		story: news.Story{ID: 3, Headline: "Iran says Syria will let inspectors in", Summary: "As stored.", Categories: []news.Category{news.Talks},
			Sources: []news.StorySource{{ArticleID: 1, ExternalID: "r1", Published: sun}, {ArticleID: 2, ExternalID: "r2", Published: sun}}},
		rows: []news.ArticleWithAnalysis{
			row(1, "France urges access for inspectors", "France's foreign minister told his Syrian counterpart in a call on Saturday that inspectors must get in."),
			row(2, "Iran says Syria will let inspectors in", "Iran's foreign minister said on Sunday that Syria would let the inspectors visit the sites."),
		},
	}
	v := NewViews(src)
	for range 2 {
		got, err := v.Stories(context.Background(), news.DigestFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || len(got[0].Acts) != 2 || got[0].Summary != "As stored." ||
			!got[0].Acts[0].Day.Equal(time.Date(2015, 3, 7, 0, 0, 0, 0, time.UTC)) {
			t.Fatalf("stories %+v, want the stored one with 2 acts, the first of 7 Mar", got)
		}
	}
	if src.members != 1 {
		t.Errorf("members read %d times, want once (the acts are cached with the views)", src.members)
	}
}
