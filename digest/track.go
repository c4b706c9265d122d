package digest

import (
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// A truce is one thread of news however many stories its reports fall
// into: its collapse, the strikes "days after the truce collapsed", the
// talks to revive it. A wire editor tells it once — one item for the
// truce, the others as its developments right under it — and says its
// change of state once. So do talks whose stories report the same change
// (two stories of the Geneva round opening). tracks does that for the
// items a digest shows.

// Track kinds: what a track's items are about.
const (
	trackTruce = "truce"
	trackTalks = "talks"
)

// tracks finds the items of one conflict that tell one truce (filed under
// Ceasefire, or talks whose reports tell the truce's state), or one talks
// process's change (talks items of one conflict whose latest change is the
// same), and puts each such track's items together: its lead — the
// first in rank, the one with the change of state if one has it — and
// right after it the others, oldest first, as its developments (Item.Track
// names the lead), in the lead's section. A development does not say again the
// state the lead says: not the truce's state, nor a change the lead
// reports. A development of violence that weighs by a party's claim alone
// (claimOnly) is not put above a story of another section that weighs more
// than it: it is told under Violence, in its rank, its truce's state still
// said by the lead. Items come in rank order; the order is kept otherwise.
func tracks(items []Item) []Item {
	groups := map[string][]int{} // by conflict and what they tell, in rank order
	var keys []string
	for i := range items {
		k := trackKey(&items[i])
		if k == "" {
			continue
		}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], i)
	}
	devs := map[int]bool{}   // index of a development
	after := map[int][]int{} // a lead's developments, in rank order
	for _, k := range keys {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		lead := trackLead(items, g)
		for _, i := range g {
			if i == lead || !joins(&items[i], &items[lead]) {
				continue
			}
			asDevelopment(&items[i], &items[lead])
			if claimOnly(&items[i]) && outranks(items, i, lead, g) {
				// Under its lead it would come before a story that
				// weighs more: told under Violence, in its rank.
				items[i].Track, items[i].trackKind, items[i].Section = 0, "", news.Violence
				continue
			}
			devs[i] = true
			after[lead] = append(after[lead], i)
		}
	}
	if len(devs) == 0 {
		return items
	}
	for _, d := range after {
		inTimeOrder(items, d)
	}
	out := make([]Item, 0, len(items))
	for i := range items {
		if devs[i] {
			continue
		}
		out = append(out, items[i])
		for _, j := range after[i] {
			out = append(out, items[j])
		}
	}
	return out
}

// claimOnly reports a story of violence that weighs by a party's claim
// alone: one outlet, no change of state of its own, and each of its figures
// one side's count of its enemies' dead ("killing 40 attackers, the
// defence ministry said"). Nested under a truce's lead it would borrow the
// lead's rank; it has none of its own.
func claimOnly(it *Item) bool {
	if it.Change != "" || it.SourceCount > 1 || !slices.Contains(it.Categories, news.Violence) || len(it.Figures) == 0 {
		return false
	}
	for i := range it.Figures {
		if it.Figures[i].backing > 0.25 {
			return false
		}
	}
	return true
}

// outranks reports whether development i (of the track g, led by lead)
// would, right under its lead, come before an item of another section that
// weighs more than it: one that ranks between the lead and it.
func outranks(items []Item, i, lead int, g []int) bool {
	for j := range items {
		o := &items[j]
		if j == i || slices.Contains(g, j) || o.Section == items[lead].Section {
			continue
		}
		if o.Score > items[i].Score && o.Score <= items[lead].Score {
			return true
		}
	}
	return false
}

// inTimeOrder orders a lead's developments (d, indices into items) as a
// reader follows one truce's week: by the days of their events, oldest
// first, rank order among those of one day. After a lead that tells the
// truce's change, its developments read on from it (the collapse of the
// 19th, the strikes of the 20th, then of the 22nd); by rank, or newest
// first, a track of 4, 7 and 5 Apr would read out of order.
func inTimeOrder(items []Item, d []int) {
	slices.SortStableFunc(d, func(a, b int) int {
		return compareDays(&items[a], &items[b])
	})
}

// compareDays orders two items by the first day of their events, then the
// last (their reports' days when they date none).
func compareDays(a, b *Item) int {
	if c := a.firstDay().Compare(b.firstDay()); c != 0 {
		return c
	}
	return a.lastDay().Compare(b.lastDay())
}

// trackKey names the track an item belongs to, "" for none: a truce of
// its conflict, or its conflict's talks and their latest change.
func trackKey(it *Item) string {
	if it.Conflict == "" {
		return ""
	}
	switch {
	case it.Section == news.Ceasefire:
		return trackTruce + "|" + it.Conflict
	case it.Section == news.Talks && it.CeasefireStatus != "" && slices.Contains(it.Categories, news.Ceasefire) && it.changeOf != news.Talks && !it.council:
		// talks whose reports tell the truce: to revive it, to extend it;
		// not a session of the Security Council, diplomacy of its own
		return trackTruce + "|" + it.Conflict
	case it.Section == news.Talks && it.changeOf == news.Talks && len(it.Changes) > 0:
		return trackTalks + "|" + it.Conflict + "|" + string(it.Changes[len(it.Changes)-1].Change)
	}
	return ""
}

// joins reports whether it goes under lead, the lead of its track: a
// truce's own items do; talks whose reports tell the truce join it only
// when their events come on or after the day the lead reported its change
// (the talks to revive a truce that collapsed) — the talks that made the
// truce are their own process, and stay under Talks.
func joins(it, lead *Item) bool {
	if it.Section != news.Talks || lead.Section == news.Talks {
		return true
	}
	at := changedAt(lead)
	return lead.Change != "" && !at.IsZero() && !it.lastDay().Before(at.UTC().Truncate(24*time.Hour))
}

// trackLead is the item of a track (g, indices in rank order) that tells
// it: of those with a change of state of their own section's kind, the
// one that reported it first (a truce collapsed on the 19th, and the
// strikes "after the truce collapsed" of the 22nd are its development),
// the first in rank on a tie; else, of those filed under Ceasefire that
// tell the truce's latest state (markOvertakenTruces) and weigh by more
// than a party's claim (claimOnly), the one whose events come first (a
// truce's talks follow the truce; its routine breaches read in time
// order), the first in rank on a tie; else the first filed under
// Ceasefire; else the first.
func trackLead(items []Item, g []int) int {
	lead := -1
	for _, i := range g {
		it := &items[i]
		if it.Change == "" || it.changeOf != it.Section {
			continue
		}
		if lead < 0 || changedAt(it).Before(changedAt(&items[lead])) {
			lead = i
		}
	}
	if lead >= 0 {
		return lead
	}
	lead = -1
	for _, i := range g {
		// no change leads: of the truce's stories in its latest state
		// (none a later one overtook), the one of the earliest days,
		// so that the track reads in time order from its head
		it := &items[i]
		if it.Section == news.Ceasefire && !it.truceOvertaken && !claimOnly(it) && (lead < 0 || compareDays(it, &items[lead]) < 0) {
			lead = i
		}
	}
	if lead >= 0 {
		return lead
	}
	for _, i := range g {
		if items[i].Section == news.Ceasefire {
			return i
		}
	}
	return g[0]
}

// changedAt is when an item's latest change of state was reported.
func changedAt(it *Item) time.Time {
	if n := len(it.Changes); n > 0 {
		return it.Changes[n-1].At
	}
	return time.Time{}
}

// asDevelopment makes it a development of lead: in the lead's section,
// saying neither the truce's state nor a change the lead says.
func asDevelopment(it, lead *Item) {
	it.Track = lead.StoryID
	it.trackKind = trackTruce
	if lead.Section == news.Talks && lead.changeOf == news.Talks {
		it.trackKind = trackTalks
	}
	it.Section = lead.Section
	it.truceOvertaken = true // the lead says the truce's state
	it.Since = it.Since.without(lead.Since)
	if it.Change == "" || len(lead.Changes) == 0 {
		return
	}
	// A change the lead does not report (a violation of the truce whose
	// collapse the lead tells) is the development's own news, and stays.
	last := it.Changes[len(it.Changes)-1].Change
	for _, c := range lead.Changes {
		if c.Change == last {
			it.Change, it.Direction = "", "" // said once, by the lead
			it.leadsSaid = true
			return
		}
	}
}

// TrackText says what an item is a development of, "" for none: "on the
// truce above", "on the talks above".
func TrackText(it *Item) string {
	switch {
	case it.Track == 0:
		return ""
	case it.trackKind == trackTalks:
		return "on the talks above"
	}
	return "on the truce above"
}

// without is s less the changes of state lead (its track's lead's notes)
// says: a truce's collapse is told once in a reader's digest, by the
// lead. s itself is left as it is.
func (s *SinceLast) without(lead *SinceLast) *SinceLast {
	if s == nil || s.New || lead == nil || len(s.states) == 0 {
		return s
	}
	c := *s
	c.states = slices.DeleteFunc(slices.Clone(s.states), func(n string) bool { return slices.Contains(lead.states, n) })
	c.Notes = c.notes(nil)
	return &c
}
