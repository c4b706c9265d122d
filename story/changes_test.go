package story

import (
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func truce(st news.CeasefireStatus, cs ...news.Change) news.Analysis {
	an := news.Analysis{Categories: []news.Category{news.Ceasefire}, CeasefireStatus: st}
	for _, c := range cs {
		an.Changes = append(an.Changes, news.StateChange{Change: c})
	}
	return an
}

// TestBuildChanges: a story carries the changes its members' analyses
// decided, the first report of each; a truce change carries the state the
// story had before it, and only the state it ends in counts (the change to
// "in effect" it passed through is not its news now); an article the gate
// turned away counts for nothing.
func TestBuildChanges(t *testing.T) {
	offTopic := news.Analysis{Relevance: &news.Relevance{Reason: news.NotSport},
		Changes: []news.StateChange{{Change: news.ChangeTalksOpened}}}
	ms := []Member{
		member(1, "reuters", "Truce takes effect", aleppoText, t0, truce(news.CeasefireInEffect, news.ChangeCeasefireInEffect)),
		member(2, "afp", "Truce holds", aleppoText, t0.Add(24*time.Hour), truce(news.CeasefireInEffect)),
		member(3, "sana", "Army declares truce over", aleppoText, t0.Add(48*time.Hour), truce(news.CeasefireCollapsed, news.ChangeCeasefireCollapsed)),
		member(4, "ap", "Evacuation begins", aleppoText, t0.Add(50*time.Hour), news.Analysis{
			Categories: []news.Category{news.Humanitarian}, Changes: []news.StateChange{{Change: news.ChangeEvacuationBegun}}}),
		member(5, "bbc", "Cup final", aleppoText, t0.Add(51*time.Hour), offTopic),
	}
	s := Build(ms)
	want := []news.StoryChange{
		{Change: news.ChangeCeasefireCollapsed, From: news.CeasefireInEffect, At: t0.Add(48 * time.Hour), Source: "sana"},
		{Change: news.ChangeEvacuationBegun, At: t0.Add(50 * time.Hour), Source: "ap"},
	}
	if !slices.Equal(s.Changes, want) {
		t.Errorf("Changes = %+v, want %+v", s.Changes, want)
	}
	if !slices.Equal(s.Categories, []news.Category{news.Ceasefire}) {
		t.Errorf("Categories = %v, want ceasefire (humanitarian has one of four relevant members; the sports report counts for nothing)", s.Categories)
	}
}

// TestBuildOnlyIrrelevant: a story of articles the gate turned away has no
// category.
func TestBuildOnlyIrrelevant(t *testing.T) {
	an := news.Analysis{Relevance: &news.Relevance{Reason: news.NotSport}, Categories: []news.Category{news.Violence}}
	if s := Build([]Member{member(1, "bbc", "Cup final", aleppoText, t0, an)}); len(s.Categories) != 0 {
		t.Errorf("Categories = %v, want none", s.Categories)
	}
}

// TestBuildNoChangeFromDifferentReports: two reports that tell different
// ceasefire states, neither as news of the day, make no change.
func TestBuildNoChangeFromDifferentReports(t *testing.T) {
	ms := []Member{
		member(1, "reuters", "Gas attack kills dozens", aleppoText, t0, truce(news.CeasefireViolated)),
		member(2, "afp", "Toll rises", aleppoText, t0.Add(24*time.Hour), truce(news.CeasefireProposed)),
	}
	if s := Build(ms); len(s.Changes) != 0 {
		t.Errorf("Changes = %+v, want none", s.Changes)
	}
}
