package story

import (
	"slices"

	"github.com/conflict-digest/conflict-digest/news"
)

// changes returns the changes of state a story reports, in order of their
// first report: those its members' analyses decided (news.Analysis.
// Changes) — a change is news a report tells, not a difference between
// two reports' states. A ceasefire change counts only for the state the
// story ends in, and carries the state before it (prev) when the story saw
// one: "ceasefire: in effect → collapsed" is one change, not three.
// Members must be in order of publication.
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
			sc := news.StoryChange{Change: c.Change, At: ms[i].published(), Source: ms[i].source()}
			if sc.Change.Category() == news.Ceasefire && prev != cur {
				sc.From = prev
			}
			out = append(out, sc)
		}
	}
	return out
}

// Primary returns the category a story is about first: that of its latest
// change of state when it carries that category (talks broken off is talks
// news), else the best-supported of its categories the digest exists for
// (talks, ceasefire, humanitarian; Build orders them so), else violence;
// "" for a story with none. A story holds a category only when a third of
// its reports carry it (categories), so a talks story is one whose reports
// tell of talks: an attack reported beside them is what most wars' reports
// also tell, and would otherwise file every truce, talk and aid convoy
// under Violence. A digest groups and filters stories by it, and Build
// leads the summary with the sentence that earns it. An offensive begun
// files no story: its reports' aid, talks or truce news stays theirs.
func Primary(s *news.Story) news.Category {
	for i := len(s.Changes) - 1; i >= 0; i-- {
		if s.Changes[i].Change == news.ChangeOffensiveLaunched {
			continue // the aid, talks or truce news told as an offensive begins stays that news; the change still leads
		}
		if c := s.Changes[i].Change.Category(); c != "" && slices.Contains(s.Categories, c) {
			return c
		}
	}
	for _, c := range s.Categories {
		if c != news.Violence && (c != news.Humanitarian || !siegeOnly(s)) {
			return c
		}
	}
	if slices.Contains(s.Categories, news.Violence) {
		return news.Violence
	}
	if len(s.Categories) > 0 {
		return s.Categories[0]
	}
	return ""
}

// siegeOnly reports a story of violence whose reports' humanitarian news
// is a siege alone: a standing condition that a report of the day's strikes
// names as where they fell ("districts all under siege"), not the aid,
// access, evacuation, displacement, health or appeal news that makes a
// humanitarian story.
func siegeOnly(s *news.Story) bool {
	return slices.Contains(s.Categories, news.Violence) &&
		len(s.HumanitarianTypes) > 0 && !slices.ContainsFunc(s.HumanitarianTypes, func(h news.HumanitarianType) bool { return h != news.Siege })
}
