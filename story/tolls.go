package story

import (
	"slices"
	"strconv"

	"github.com/conflict-digest/conflict-digest/news"
)

// Two reports of one attack often word it apart, one by the bombardment
// of the day, the other by the count a rescuer gave, yet both give that
// count: "13 people had been killed and 25 injured" in one, "air strikes
// killed 13 people on Thursday" further down the other. A precise count of
// the main event's dead or wounded, or of a part of them, that two reports
// of one day or the next share is a sign they tell one event; a count as
// small as a handful is shared by many of a day's events, and an "about"
// or "more than" is a rounding, not a count.

// tollBonus is added to the score of two reports that share a toll
// (tollKeys): as much as a shared rare place says.
const tollBonus = 0.10

// minToll is the least count that is a toll key.
const minToll = 10

// tollKeys returns the sorted, distinct keys of an article's precise counts
// of the main event's killed and injured, theirs or a part's.
func tollKeys(f *news.Facts) []uint64 {
	var keys []uint64
	add := func(g *news.Figure, kind string) {
		if g == nil || g.Value < minToll || g.Low != 0 || g.Word != "" || g.Qualifier != news.Exact && g.Qualifier != news.AtLeast {
			return
		}
		keys = append(keys, keyHash("k", kind+" "+strconv.FormatInt(g.Value, 10)))
	}
	add(f.Killed, news.FigureKilled)
	add(f.Injured, news.FigureInjured)
	for i := range f.Figures {
		g := &f.Figures[i]
		if (g.Kind == news.FigureKilled || g.Kind == news.FigureInjured) && (g.Scope == news.ScopeMain || g.Scope == news.ScopePart) {
			add(g, g.Kind)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}
