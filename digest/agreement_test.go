package digest

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestCountPhrasesAgree: every count the digest writes into a sentence
// agrees in number with its noun and its verb (0629's reader: "1 of 1
// story report violence"). Invented periods of one, two and three stories.
func TestCountPhrasesAgree(t *testing.T) {
	since := time.Date(2015, 6, 29, 0, 0, 0, 0, time.UTC)
	item := func(id int64, cats ...news.Category) *Item {
		return &Item{StoryID: id, Section: cats[0], Categories: cats}
	}
	for _, tc := range []struct {
		items []*Item
		want  string
	}{
		{[]*Item{item(1, news.Violence)}, "the 1 story reports violence"},
		{[]*Item{item(1, news.Talks)}, "the 1 story reports no violence"},
		{[]*Item{item(1, news.Violence), item(2, news.Talks), item(3, news.Talks)}, "1 of 3 stories reports violence"},
		{[]*Item{item(1, news.Violence), item(2, news.Violence), item(3, news.Talks)}, "2 of 3 stories report violence"},
		{[]*Item{item(1, news.Talks), item(2, news.Talks)}, "0 of 2 stories report violence"},
	} {
		_, reason := trendOf(tc.items, since)
		if !strings.HasSuffix(reason, tc.want) {
			t.Errorf("%d stories: reason %q, want it to end %q", len(tc.items), reason, tc.want)
		}
	}
	d := &Digest{Counts: Counts{Stories: 1}}
	if got := MoreLine(d, 1); !strings.Contains(got, "1 more story matched and is not shown here: the digest shows the most significant one.") {
		t.Errorf("MoreLine of one shown, one left: %q", got)
	}
	d.Counts.Stories = 10
	if got := MoreLine(d, 3); !strings.Contains(got, "3 more stories matched and are not shown here: the digest shows the 10 most significant.") {
		t.Errorf("MoreLine of ten shown, three left: %q", got)
	}
}

// TestOriginatorsCountGivers: one giver's lines of a group and of a total
// are one originator in the key's detail, not two (issue 13, 0629 window).
func TestOriginatorsCountGivers(t *testing.T) {
	f := &ItemFigure{Lines: []string{"SOHR: at least 9 (2 Jul)", "SOHR: 8 civilians (2 Jul)", "reported by Wire: 7 (2 Jul)"},
		History: []FigureHistory{{By: "SOHR"}, {By: "SOHR"}, {ReportedBy: "Wire"}}}
	if got := originators(f); got != 2 {
		t.Errorf("originators = %d, want 2", got)
	}
}
