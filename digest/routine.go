package digest

import (
	"context"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// A truce reported violated is news the first time: the first breach of a
// truce that held, the week a reader learns it no longer holds. Once
// earlier periods have told it violated, a further breach is the truce's
// routine ("in a new breach of the cessation of hostilities"), as CrisisWatch
// and an OCHA flash update tell it: the attack is reported, by its toll and
// its sources, but it is no change of state that leads the key
// developments or turns the conflict's trend. The digest reads that from
// the stories stored before its period, not from any report's text.

// truceMemory is how far before its period a digest looks for the state its
// conflicts' truces were last reported in: a truce's state stands until a
// report changes it, and two months cover a month's review and the one
// before it.
const truceMemory = 60 * 24 * time.Hour

// truceBefore returns the truce state each conflict's stories last
// reported before f's period (within truceMemory), leaving out the stories
// the period shows (shown): a story's state is dated by its latest change
// of state, else its events' last day, else its latest report. Nil for a
// digest without a start.
func (b *Builder) truceBefore(ctx context.Context, f news.DigestFilter, shown map[int64]bool) (map[string]news.CeasefireStatus, error) {
	if f.Since.IsZero() {
		return nil, nil
	}
	q := news.DigestFilter{Since: f.Since.Add(-truceMemory), Until: f.Since, Topics: []news.Category{news.Ceasefire},
		ByStored: f.ByStored, GuildID: f.GuildID}
	stories, err := b.earlier(ctx, q)
	if err != nil {
		return nil, err
	}
	state := map[string]news.CeasefireStatus{}
	at := map[string]time.Time{}
	for i := range stories {
		s := &stories[i]
		if s.NeedsView || shown[s.ID] || s.CeasefireStatus == "" {
			continue // a guild's view decides such a story; the period's own tell their state themselves
		}
		day := stateDay(s)
		if !f.ByStored && !day.Before(f.Since) {
			continue
		}
		_, conflict := placeOf(s)
		if conflict == "" {
			continue
		}
		if t, ok := at[conflict]; !ok || day.After(t) {
			state[conflict], at[conflict] = s.CeasefireStatus, day
		}
	}
	return state, nil
}

// earlier lists q's stories: from the source for a single digest, else
// once per window.
func (b *Builder) earlier(ctx context.Context, q news.DigestFilter) ([]news.Story, error) {
	if !b.shared {
		return b.src.Stories(ctx, q)
	}
	key := fmt.Sprintf("%d|%t|%s", q.Since.UnixNano(), q.ByStored, q.GuildID)
	return b.once(ctx, b.truces, key, func() ([]news.Story, error) { return b.src.Stories(ctx, q) })
}

// stateDay is the day a story's truce state is of: its latest change of
// state, else its events' last day, else its latest report.
func stateDay(s *news.Story) time.Time {
	switch {
	case len(s.Changes) > 0:
		return s.Changes[len(s.Changes)-1].At
	case !s.EventLast.IsZero():
		return s.EventLast
	}
	return s.LastSeen
}

// markRoutineViolations takes the change of state from the items whose
// change is a truce violated when their conflict's truce was reported
// violated before the period (before) and neither the story itself saw it
// hold before the breach ("ceasefire: in effect → violated") nor an item
// of the period tells a truce taking effect before it: a further breach of
// a truce already broken. The item keeps the truce's state ("ceasefire
// violated", no arrow) and weighs by its sources and toll (rescored as of
// now), as any report of an attack.
func markRoutineViolations(items []Item, before map[string]news.CeasefireStatus, now time.Time) {
	for i := range items {
		it := &items[i]
		n := len(it.Changes)
		if it.Change == "" || n == 0 || before[it.Conflict] != news.CeasefireViolated {
			continue
		}
		last := it.Changes[n-1]
		if last.Change != news.ChangeCeasefireViolated || last.from == news.CeasefireInEffect || truceRenewed(items, it.Conflict, last.At) {
			continue
		}
		it.Change, it.Direction, it.changeOf = "", "", ""
		it.breachAgain = true
		it.Score = score(it, now)
	}
}

// truceRenewed reports whether an item of conflict c tells a truce taking
// effect before at: a new truce, whose first breach is news again.
func truceRenewed(items []Item, c string, at time.Time) bool {
	for i := range items {
		if items[i].Conflict != c {
			continue
		}
		for _, ch := range items[i].Changes {
			if ch.Change == news.ChangeCeasefireInEffect && ch.At.Before(at) {
				return true
			}
		}
	}
	return false
}
