package digest

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestKeyRangeKeepsTheGroup (issue 10 item 4, issue 13 item 7): a key
// development that cites the range two sources give says the group both
// ends count, once, as a key line of one count does ("killed: 92
// civilians (civil defence, ...)"): "killed: 8 (state media, ...) to 19
// soldiers (SOHR, ...)", never "8 (...) to 19 (...)", which reads as the
// event's whole toll. A range never joins counts of different groups, nor
// a count of families with one of people: the key line then cites the lead
// line's count alone, with its group, as the item's own lines show each.
// The conflict's line cites its mass toll with its group the same way
// ("SOHR: 75 civilians killed"). Invented stories.
func TestKeyRangeKeepsTheGroup(t *testing.T) {
	v := []news.Category{news.Violence}
	families := familiesLine("state media", "stateagency", 6)
	d := weighWeek(t, memStories{
		{ID: 1, Headline: "Tunnel blast under army post in old city", Categories: v, LastSeen: weighAt,
			Sources: weighSources(1, "wire", "daily"), Places: weighPlace("Aleppo"),
			Figures: weighKilled(19, weighLine("SOHR", "wire", false, 19, "soldiers", "Nineteen soldiers died when the tunnel blew up, SOHR said."),
				weighLine("state media", "daily", false, 8, "soldiers", "Eight soldiers were killed in the blast, state media said."))},
		{ID: 2, Headline: "Shells and a tunnel blast hit the west of the city", Categories: v, LastSeen: weighAt,
			Sources: weighSources(2, "radio", "stateagency"), Places: weighPlace("Hama"),
			Figures: weighKilled(19, weighLine("SOHR", "radio", false, 19, "soldiers", "Nineteen soldiers died in the blast, SOHR said."),
				weighLine("state media", "stateagency", false, 8, "civilians", "Shells killed eight civilians, state media said."))},
		{ID: 3, Headline: "Shelling of a village overnight", Categories: v, LastSeen: weighAt,
			Sources: weighSources(3, "wire", "stateagency"), Places: weighPlace("Daraa"),
			Figures: weighKilled(40, weighLine("SOHR", "wire", false, 40, "", "Forty people died in the shelling, SOHR said."), families)},
		{ID: 4, Headline: "Air raids on market town", Categories: v, LastSeen: weighAt,
			Sources: weighSources(4, "wire"), Places: weighPlace("Idlib"),
			Figures: weighKilled(75, weighLine("SOHR", "wire", false, 75, "civilians", "Air raids killed 75 civilians, SOHR said."))},
		{ID: 5, Headline: "Families buried under rubble after raid", Categories: v, LastSeen: weighAt,
			Sources: weighSources(5, "radio", "stateagency"), Places: weighPlace("Homs"),
			Figures: weighKilled(15, familiesLine("SOHR", "radio", 15), familiesLine("state media", "stateagency", 6))},
	})
	key := map[int64]string{}
	for _, k := range d.Key {
		key[k.StoryID] = k.Text
	}
	for _, tt := range []struct {
		id   int64
		want string
	}{
		{1, "killed: 8 (state media, 7 May) to 19 soldiers (SOHR, 7 May))"},
		{2, "killed: 19 soldiers (SOHR, 7 May))"},
		{3, "killed: 40 (SOHR, 7 May))"},
		{5, "killed: 6 families (state media, 7 May) to 15 families (SOHR, 7 May))"},
	} {
		got, ok := key[tt.id]
		switch {
		case !ok:
			if f := mainFigure(d.Item(tt.id)); f != nil {
				if s := figureShort(f); "killed: "+s+")" != tt.want {
					t.Errorf("story %d not a key development; its figure %q, want %q", tt.id, s, tt.want)
				}
				continue
			}
			t.Errorf("story %d: no key line nor figure", tt.id)
		case !strings.HasSuffix(got, tt.want):
			t.Errorf("key %q, want it to end %q", got, tt.want)
		}
	}
	var reason string
	for _, tr := range d.Trends {
		if tr.Conflict == "syria" {
			reason = tr.Reason
		}
	}
	if want := "SOHR: 75 civilians killed (Idlib, 7 May 2021)"; reason != want {
		t.Errorf("trend reason %q, want %q", reason, want)
	}
}

// TestTrendRangeKeepsTheGroup: a conflict's line whose mass toll is the
// range two sources give says the group once, as the key line does.
// Invented stories.
func TestTrendRangeKeepsTheGroup(t *testing.T) {
	v := []news.Category{news.Violence}
	d := weighWeek(t, memStories{
		{ID: 1, Headline: "Air raids on market town", Categories: v, LastSeen: weighAt,
			Sources: weighSources(1, "wire", "daily"), Places: weighPlace("Idlib"),
			Figures: weighKilled(90, weighLine("SOHR", "wire", false, 90, "civilians", "Air raids killed 90 civilians, SOHR said."),
				weighLine("civil defence", "daily", false, 40, "civilians", "Rescuers pulled 40 dead civilians from the rubble."))},
		{ID: 2, Headline: "Mortar fire hits school", Categories: v, LastSeen: weighAt, Sources: weighSources(2, "radio"), Places: weighPlace("Daraa")},
	})
	if len(d.Trends) != 1 {
		t.Fatalf("trends %+v, want one", d.Trends)
	}
	if want := "40 (civil defence) to 90 civilians (SOHR) killed (Idlib, 7 May 2021)"; d.Trends[0].Reason != want {
		t.Errorf("trend reason %q, want %q", d.Trends[0].Reason, want)
	}
}

func familiesLine(orig, outlet string, v int64) news.FigureLine {
	l := weighLine(orig, outlet, false, v, "", "Whole families were killed in the raid, "+orig+" said.")
	l.Steps[0].Unit = "families"
	return l
}
