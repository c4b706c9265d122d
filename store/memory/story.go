package memory

import (
	"context"
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// CreateStory stores s and sets s.ID and s.Updated.
func (sv *StoryService) CreateStory(ctx context.Context, s *news.Story) error {
	if s == nil {
		return news.Errorf(news.EINVALID, "no story to store")
	}
	sv.db.mu.Lock()
	defer sv.db.mu.Unlock()
	s.ID = 0
	sv.db.saveStory(s, sv.db.clock())
	return nil
}

// UpdateStory replaces the aggregate fields of a stored story, absorbs the
// stories s.Absorbed names, and sets s.Updated; the seen times only widen.
func (sv *StoryService) UpdateStory(ctx context.Context, s *news.Story) error {
	if s == nil {
		return news.Errorf(news.EINVALID, "no story to update")
	}
	sv.db.mu.Lock()
	defer sv.db.mu.Unlock()
	if _, ok := sv.db.stories[s.ID]; !ok || s.ID == 0 {
		return notFound("no story %d", s.ID)
	}
	sv.db.saveStory(s, sv.db.clock())
	return nil
}

// saveStory inserts s (ID 0) or updates the stored story s.ID, which
// exists. Callers hold mu.
func (db *DB) saveStory(s *news.Story, now time.Time) {
	if s.ID == 0 {
		s.ID = db.nextID("story")
		db.absorb(s)
	} else {
		old := db.stories[s.ID]
		db.absorb(s)
		if s.PrevCeasefireStatus == "" {
			s.PrevCeasefireStatus = old.PrevCeasefireStatus
			if s.CeasefireStatus != old.CeasefireStatus {
				s.PrevCeasefireStatus = old.CeasefireStatus
			}
		}
		s.FirstSeen, s.LastSeen = news.WidenSpan(old.FirstSeen, old.LastSeen, s.FirstSeen, s.LastSeen)
	}
	s.Updated = now
	c := clone(*s)
	c.FirstSeen, c.LastSeen = sec(c.FirstSeen), sec(c.LastSeen)
	c.EventFirst, c.EventLast = sec(c.EventFirst), sec(c.EventLast)
	c.Sources, c.Absorbed, c.NeedsView = nil, nil, false
	db.stories[s.ID] = &c
}

// absorb moves the articles of the stories s absorbs to s and makes their
// ids (and the ids that redirected to them) redirect to s.ID. An absorbed
// id is resolved first: merged into s since, there is nothing to do;
// merged into a third story, that story is absorbed; gone or never given,
// it is passed over. Callers hold mu.
func (db *DB) absorb(s *news.Story) {
	for _, id := range s.Absorbed {
		from, err := db.liveStory(id)
		if err != nil || from == 0 || from == s.ID {
			continue
		}
		for _, r := range db.articles {
			if r.storyID == from {
				r.storyID = s.ID
			}
		}
		for k, to := range db.redirects {
			if to == from {
				db.redirects[k] = s.ID
			}
		}
		db.redirects[from] = s.ID
		delete(db.stories, from)
	}
}

// liveStory returns the stored story id stands for: itself, the survivor
// of its merge, or 0 when its story went with its last article; an id
// never given is ENOTFOUND, and 0 stays 0 (a new story). Callers hold mu.
func (db *DB) liveStory(id int64) (int64, error) {
	if id <= 0 {
		return 0, nil
	}
	if _, ok := db.stories[id]; ok {
		return id, nil
	}
	if to, ok := db.redirects[id]; ok {
		return to, nil
	}
	if id > db.lastID["story"] {
		return 0, notFound("no story %d", id)
	}
	return 0, nil
}

// resolve returns the id story id has now (the one that absorbed it).
// Callers hold mu.
func (db *DB) resolve(id int64) int64 {
	if to, ok := db.redirects[id]; ok {
		return to
	}
	return id
}

// widenStory widens the seen times of the stored story s by an article's
// published time. Callers hold mu.
func (db *DB) widenStory(s *news.Story, published time.Time) {
	if published.IsZero() {
		return
	}
	s.FirstSeen, s.LastSeen = news.WidenSpan(s.FirstSeen, s.LastSeen, published, published)
	st := db.stories[s.ID]
	st.FirstSeen, st.LastSeen = sec(s.FirstSeen), sec(s.LastSeen)
}

// Story returns one story, found by its id or by the id of a story it
// absorbed, with the sources the operator's readers may see.
func (sv *StoryService) Story(ctx context.Context, id int64) (*news.Story, error) {
	sv.db.mu.Lock()
	defer sv.db.mu.Unlock()
	st, ok := sv.db.stories[sv.db.resolve(id)]
	if !ok {
		return nil, notFound("no story %d", id)
	}
	s := sv.db.readStory(st, "")
	return &s, nil
}

// readStory returns a copy of a stored story with the sources a reader of
// guild may see, newest first. Callers hold mu.
func (db *DB) readStory(st *news.Story, guild string) news.Story {
	s := clone(*st)
	var rs []*article
	for _, r := range db.articles {
		if r.storyID != s.ID {
			continue
		}
		if r.a.GuildID != "" {
			s.NeedsView = true
		}
		if r.visibleTo(guild) {
			rs = append(rs, r)
		}
	}
	slices.SortFunc(rs, func(a, b *article) int { return oldestFirst(b, a) })
	for _, r := range rs {
		s.Sources = append(s.Sources, news.StorySource{ArticleID: r.a.ID, ExternalID: r.a.ExternalID,
			Title: r.a.Title, SourceName: r.a.SourceName, URL: r.a.URL, Published: r.a.Published,
			Written: news.WrittenOn(r.analysis), Ceasefire: ceasefireOf(r.analysis), GuildID: r.a.GuildID})
	}
	return s
}

// Stories returns the stories with an article the filter's reader may see
// in its window, matching its topics and places (on the story; a story
// holding a guild's article passes, its reader's view decides) and its
// keywords (in one of the articles the reader may see), newest change
// first, with the sources that reader may see.
func (sv *StoryService) Stories(ctx context.Context, f news.DigestFilter) ([]news.Story, error) {
	phrases, ok := keywordPhrases(f.Keywords)
	if !ok {
		return nil, nil
	}
	sv.db.mu.Lock()
	defer sv.db.mu.Unlock()
	inWin, guildHeld, kw := map[int64]bool{}, map[int64]bool{}, map[int64]bool{}
	for _, r := range sv.db.articles {
		if r.storyID == 0 {
			continue
		}
		if r.a.GuildID != "" {
			guildHeld[r.storyID] = true
		}
		if !r.visibleTo(f.GuildID) {
			continue
		}
		if inWindow(r.windowTime(f), f) {
			inWin[r.storyID] = true
		} else if st := sv.db.stories[r.storyID]; st != nil && !f.ByStored && inWindow(st.PeriodTime(r.a.Published), f) {
			inWin[r.storyID] = true // a report dated before its events counts at their first day
		} else if st != nil && !f.ByStored && !f.Until.IsZero() && !st.EventFirst.IsZero() &&
			inWindow(st.EventDay(), f) && !r.a.Published.IsZero() && unix(r.a.Published) >= unix(f.Until) {
			inWin[r.storyID] = true // a story of the period's events first reported after it (store.misdatedInWindow)
		} else if !f.ByStored && r.laterDay(f) {
			inWin[r.storyID] = true // a report dated before its own event counts at its day
		}
		if phrases != nil && !kw[r.storyID] && r.holdsAny(phrases) {
			kw[r.storyID] = true
		}
	}
	var picked []*news.Story
	for id := range inWin {
		st := sv.db.stories[id]
		if st == nil || phrases != nil && !kw[id] || !guildHeld[id] && !storyMatches(st, f) {
			continue
		}
		picked = append(picked, st)
	}
	slices.SortFunc(picked, func(a, b *news.Story) int {
		if c := b.Updated.Compare(a.Updated); c != 0 {
			return c
		}
		return cmpID(b.ID, a.ID)
	})
	if f.Limit > 0 && len(picked) > f.Limit {
		picked = picked[:f.Limit]
	}
	out := make([]news.Story, 0, len(picked))
	for _, st := range picked {
		out = append(out, sv.db.readStory(st, f.GuildID))
	}
	return out, nil
}

// matches reports whether a stored story has one of the filter's topics
// and one of its places (any case); an empty list matches all.
func storyMatches(st *news.Story, f news.DigestFilter) bool {
	if len(f.Topics) > 0 && !slices.ContainsFunc(st.Categories, func(c news.Category) bool {
		return slices.Contains(f.Topics, c)
	}) {
		return false
	}
	return len(f.Places) == 0 || slices.ContainsFunc(st.Places, func(e news.Entity) bool {
		return e.Name != "" && containsFold(f.Places, e.Name)
	})
}

// laterDay reports whether r was published on a day before its own event
// day and that day lies in f's window (see store.laterInWindow).
func (r *article) laterDay(f news.DigestFilter) bool {
	if !r.dated || r.a.Published.IsZero() {
		return false
	}
	day := time.Unix(int64(r.day)*86400, 0).UTC()
	return r.a.Published.Before(day) && inWindow(day, f)
}

// ceasefireOf is the truce state an analysis gives, "" for none.
func ceasefireOf(an *news.Analysis) news.CeasefireStatus {
	if an == nil {
		return ""
	}
	return an.CeasefireStatus
}
