package story

import (
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// changes returns the changes of state a story reports, in order of their
// first report: those its members' analyses decided (news.Analysis.
// Changes), and the change of its ceasefire state that the members show
// over time (prev → cur), which needs no single report to say it. A
// ceasefire state the story ends in replaces the ones it passed through:
// "ceasefire: in effect → collapsed" is one change, not three. Members must
// be in order of publication.
func changes(ms []Member, cur, prev news.CeasefireStatus) []news.StoryChange {
	var out []news.StoryChange
	seen := map[news.Change]bool{}
	for i := range ms {
		an := &ms[i].Analysis
		if !an.IsRelevant() {
			continue
		}
		for _, c := range an.Changes {
			if seen[c.Change] || (c.Change.Category() == news.Ceasefire && c.Change != news.CeasefireChange(cur)) {
				continue
			}
			seen[c.Change] = true
			out = append(out, news.StoryChange{Change: c.Change, At: ms[i].published(), Source: ms[i].source()})
		}
	}
	if prev == news.CeasefireNone || prev == cur {
		return out
	}
	// The story saw its truce change: that is the change, from the state
	// before, first reported by the member that first told the new state.
	ch := news.CeasefireChange(cur)
	at, src := firstReport(ms, cur)
	if i := slices.IndexFunc(out, func(c news.StoryChange) bool { return c.Change == ch }); i >= 0 {
		out[i].From = prev
		return out
	}
	out = append(out, news.StoryChange{Change: ch, From: prev, At: at, Source: src})
	slices.SortStableFunc(out, func(a, b news.StoryChange) int { return a.At.Compare(b.At) })
	return out
}

// firstReport returns when and by whom the story's ceasefire state st was
// first reported after an earlier state.
func firstReport(ms []Member, st news.CeasefireStatus) (at time.Time, source string) {
	var last news.CeasefireStatus
	for i := range ms {
		s := ms[i].Analysis.CeasefireStatus
		if s == news.CeasefireNone {
			continue
		}
		if s == st && last != st && last != news.CeasefireNone {
			return ms[i].published(), ms[i].source()
		}
		last = s
	}
	return ms[len(ms)-1].published(), ms[len(ms)-1].source()
}

// Primary returns the category a story is about first: that of its latest
// change of state when it carries that category (talks broken off is talks
// news), else its best-supported category (Build orders them so); "" for a
// story with none. A digest groups and filters stories by it, and Build
// leads the summary with the sentence that earns it.
func Primary(s *news.Story) news.Category {
	for i := len(s.Changes) - 1; i >= 0; i-- {
		if c := s.Changes[i].Change.Category(); c != "" && slices.Contains(s.Categories, c) {
			return c
		}
	}
	if len(s.Categories) > 0 {
		return s.Categories[0]
	}
	return ""
}
