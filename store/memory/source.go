package memory

import (
	"context"
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// CreateSource stores s and sets s.ID and s.Created; the same URL for the
// same guild is an ECONFLICT error.
func (sc *SourceService) CreateSource(ctx context.Context, s *news.Source) error {
	return sc.createSourceWithin(ctx, s, 0)
}

// createSourceWithin is CreateSource unless s's guild has limit sources or
// more (0: no cap).
func (sc *SourceService) createSourceWithin(ctx context.Context, s *news.Source, limit int) error {
	if err := news.ValidSource(s); err != nil {
		return err
	}
	sc.db.mu.Lock()
	defer sc.db.mu.Unlock()
	n := 0
	for _, o := range sc.db.sources {
		if o.GuildID != s.GuildID {
			continue
		}
		if o.URL == s.URL {
			return news.Errorf(news.ECONFLICT, "source %s is already added", s.URL)
		}
		n++
	}
	if limit > 0 && n >= limit {
		return news.Errorf(news.ELIMIT, "the guild has %d sources, the limit is %d", n, limit)
	}
	s.ID, s.Created = sc.db.nextID("source"), sc.db.clock()
	c := *s
	c.NextCheck, c.LastSuccess = sec(c.NextCheck), sec(c.LastSuccess)
	sc.db.sources[s.ID] = &c
	return nil
}

// UpdateSource saves s's name, kind and polling state.
func (sc *SourceService) UpdateSource(ctx context.Context, s *news.Source) error {
	if s == nil {
		return news.Errorf(news.EINVALID, "no source to update")
	}
	sc.db.mu.Lock()
	defer sc.db.mu.Unlock()
	o, ok := sc.db.sources[s.ID]
	if !ok {
		return notFound("no source %d", s.ID)
	}
	o.Kind, o.Name, o.ETag, o.LastModified = s.Kind, s.Name, s.ETag, s.LastModified
	o.NextCheck, o.Failures, o.LastError = sec(s.NextCheck), s.Failures, s.LastError
	o.DisabledReason, o.LastSuccess = s.DisabledReason, sec(s.LastSuccess)
	return nil
}

// DeleteSource removes a source. An operator's source's articles stay,
// with no source id; a guild's source's articles are retired: a guild that
// removes a feed removes what it brought.
func (sc *SourceService) DeleteSource(ctx context.Context, id int64) error {
	sc.db.mu.Lock()
	defer sc.db.mu.Unlock()
	if _, ok := sc.db.sources[id]; !ok {
		return notFound("no source %d", id)
	}
	for _, a := range sc.db.articles {
		if a.a.SourceID != id {
			continue
		}
		if a.a.GuildID != "" {
			sc.db.retire(a)
		} else {
			a.a.SourceID = 0
		}
	}
	delete(sc.db.sources, id)
	return nil
}

// Source returns one source by id.
func (sc *SourceService) Source(ctx context.Context, id int64) (*news.Source, error) {
	sc.db.mu.Lock()
	defer sc.db.mu.Unlock()
	s, ok := sc.db.sources[id]
	if !ok {
		return nil, notFound("no source %d", id)
	}
	c := *s
	return &c, nil
}

// Sources lists the sources of a guild ("": the operator's), by id.
func (sc *SourceService) Sources(ctx context.Context, guildID string) ([]news.Source, error) {
	return sc.db.listSources(func(s *news.Source) bool { return s.GuildID == guildID }, byID), nil
}

// DueSources lists the enabled sources whose next check is at or before
// now, most overdue first.
func (sc *SourceService) DueSources(ctx context.Context, now time.Time) ([]news.Source, error) {
	now = sec(now)
	due := func(s *news.Source) bool { return !s.Disabled() && !s.NextCheck.After(now) }
	return sc.db.listSources(due, func(a, b news.Source) int {
		if c := a.NextCheck.Compare(b.NextCheck); c != 0 {
			return c
		}
		return byID(a, b)
	}), nil
}

func byID(a, b news.Source) int { return cmpID(a.ID, b.ID) }

func cmpID(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (db *DB) listSources(keep func(*news.Source) bool, order func(a, b news.Source) int) []news.Source {
	db.mu.Lock()
	defer db.mu.Unlock()
	var out []news.Source
	for _, s := range db.sources {
		if keep(s) {
			out = append(out, *s)
		}
	}
	slices.SortFunc(out, order)
	return out
}

// CountSourceArticles returns how many articles of the source were stored
// at or after since.
func (sc *SourceService) CountSourceArticles(ctx context.Context, sourceID int64, since time.Time) (int, error) {
	sc.db.mu.Lock()
	defer sc.db.mu.Unlock()
	n := 0
	for _, a := range sc.db.articles {
		if a.a.SourceID == sourceID && !a.stored.Before(sec(since)) {
			n++
		}
	}
	return n, nil
}
