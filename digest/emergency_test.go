package digest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestEmergencyDeclaredLeads: an authority's declaration of a disaster area
// is a change of state: it leads the key developments and the digest,
// above a larger toll an army claims and routine tolls, and its key line
// says what changed (issue 13, 2016-05-30 window: the declaration sat at
// the very bottom). Invented stories of one invented week.
func TestEmergencyDeclaredLeads(t *testing.T) {
	now := day("2021-05-08")
	at := now.Add(-48 * time.Hour)
	killed := func(v int64, orig string, party bool) []news.StoryFigure { return oneToll(v, orig, party, at) }
	src := func(name string) []news.StorySource { return oneSource(name, at) }
	v := []news.Category{news.Violence}
	stories := memStories{
		{ID: 1, Headline: "Army says it killed 60 militants", Categories: v, LastSeen: at, Sources: src("radio"), Figures: killed(60, "army", true)},
		{ID: 2, Headline: "Shelling kills 12 in market", Categories: v, LastSeen: at, Sources: src("wire"), Figures: killed(12, "Monitor", false)},
		{ID: 3, Headline: "Air raids kill 9 in village", Categories: v, LastSeen: at, Sources: src("daily"), Figures: killed(9, "rescuers", false)},
		{ID: 4, Headline: "Council declares province disaster area", Categories: []news.Category{news.Violence, news.Humanitarian},
			LastSeen: at, Sources: src("council"), Figures: killed(20, "Council", true),
			Changes: []news.StoryChange{{Change: news.ChangeEmergencyDeclared, At: at, Source: "council"}}},
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: now.Add(-7 * 24 * time.Hour), Until: now}, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Key) == 0 || d.Key[0].StoryID != 4 || d.Key[0].Why != "change of state" || !strings.HasPrefix(d.Key[0].Text, "Emergency declared: ") {
		t.Errorf("key = %+v, want story 4 first, a change of state told as \"Emergency declared: ...\"", d.Key)
	}
	if got := d.Sections[0].Items[0]; got.StoryID != 4 || got.Direction != Worse {
		t.Errorf("first item = %d (direction %q), want the declaration (4), for the worse", got.StoryID, got.Direction)
	}
}

// TestPartyDeclarationIsStatement: a disaster area declared in a report of
// a party's own outlet (the opposition's coalition on its own site, a
// party to the fighting) is that party's statement, not a change of state:
// it weighs by its sources and its toll, below a day of strikes three
// outlets told, and above the week's small tolls (neither the lead nor the
// foot of the digest); its toll, the party's own count, decides no trend
// (issue 13, 2016-05-30 window, a fresh reader). Invented stories.
func TestPartyDeclarationIsStatement(t *testing.T) {
	now := day("2021-05-08")
	at := now.Add(-48 * time.Hour)
	v := []news.Category{news.Violence}
	three := append(append(oneSource("wire", at), oneSource("daily", at)...), oneSource("radio", at)...)
	stories := memStories{
		{ID: 1, Headline: "Air strikes pound city for a second day", Categories: v, LastSeen: at, Sources: three, Figures: oneToll(21, "civil defence", false, at)},
		{ID: 2, Headline: "Shelling kills 4 in village", Categories: v, LastSeen: at, Sources: oneSource("daily", at), Figures: oneToll(4, "Monitor", false, at)},
		{ID: 3, Headline: "Mortar kills 2 in suburb", Categories: v, LastSeen: at, Sources: oneSource("radio", at), Figures: oneToll(2, "police", false, at)},
		{ID: 4, Headline: "Coalition declares province disaster area amid air campaign", Categories: []news.Category{news.Violence, news.Humanitarian},
			LastSeen: at, Sources: oneSource("etilaf", at), Figures: oneToll(72, "Syrian Coalition", true, at),
			Changes: []news.StoryChange{{Change: news.ChangeEmergencyDeclared, At: at, Source: "etilaf"}}},
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: now.Add(-7 * 24 * time.Hour), Until: now}, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Key) == 0 || d.Key[0].StoryID != 1 {
		t.Errorf("key = %+v, want the strikes three outlets told (1) first", d.Key)
	}
	score := map[int64]float64{}
	for _, sec := range d.Sections {
		for _, it := range sec.Items {
			score[it.StoryID] = it.Score
			if it.StoryID == 4 && (it.Change != "" || it.Direction == Worse) {
				t.Errorf("declaration item: change %q, direction %q; want a statement, no change", it.Change, it.Direction)
			}
		}
	}
	if !(score[1] > score[4] && score[4] > score[2] && score[4] > score[3]) {
		t.Errorf("scores %v: want the strikes (1) above the declaration (4), it above the small tolls (2, 3)", score)
	}
	for _, tr := range d.Trends {
		if tr.Trend == TrendWorse {
			t.Errorf("trend %+v: a party's declaration and its own toll decide none", tr)
		}
	}
}

// TestPartyLinesOfOneReport: a state outlet's one report that gives the
// police's early count and then state TV's later one is one side's word:
// its two lines back the toll as one party's claim does, while two
// parties' counts in two reports, or an independent body's, add (issue
// 13, 0530). Invented lines.
func TestPartyLinesOfOneReport(t *testing.T) {
	line := func(orig string, party bool, v int64, art string) news.FigureLine {
		return news.FigureLine{Originator: orig, PartyClaim: party,
			Steps: []news.FigureBy{{Figure: news.Figure{Value: v, Originator: orig}, Source: "agency", ArticleID: art}}}
	}
	for _, c := range []struct {
		name  string
		lines []news.FigureLine
		want  float64
	}{
		{"one report, two organs of one side", []news.FigureLine{line("state media", true, 40, "a1"), line("police", true, 12, "a1")}, 0.25},
		{"two reports", []news.FigureLine{line("state media", true, 40, "a1"), line("rebels", true, 30, "a2")}, 0.5},
		{"a party and a monitor in one report", []news.FigureLine{line("state media", true, 40, "a1"), line("Monitor", false, 35, "a1")}, 0.75},
	} {
		if got := backing(news.StoryFigure{Kind: news.FigureKilled, Lines: c.lines}); got != c.want {
			t.Errorf("%s: backing %v, want %v", c.name, got, c.want)
		}
	}
}
