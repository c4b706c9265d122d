package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// Stories assigns articles to stories with an in-memory story.Index over the
// stories of the recent window, and keeps each open story's members so its
// aggregate (headline, summary, merged figures, sources) can be rebuilt when
// an article joins. It is used by one Pipeline batch at a time.
//
// Index keys are not store ids: a story found in the store keeps its id as
// key, a story created in the current batch gets a negative key until the
// store gives it an id (the key stays; open[key].story.ID becomes the id).
type Stories struct {
	cfg    story.Config
	window time.Duration
	idx    *story.Index
	open   map[int64]*openStory
	tmp    int64 // last negative key handed out
	batch  []int64
	loaded bool
}

type openStory struct {
	story   *news.Story
	members []story.Member
	last    time.Time // newest member's published time, for eviction
}

// NewStories returns an empty assigner; Load fills it from the store.
func NewStories(cfg story.Config, window time.Duration) *Stories {
	s := &Stories{cfg: cfg, window: window}
	s.reset()
	return s
}

func (s *Stories) reset() {
	s.idx = story.NewIndex(s.cfg)
	s.open = map[int64]*openStory{}
	s.batch = nil
	s.loaded = false
}

// Load rebuilds the index from the articles stored within the window before
// now, so that a restart keeps assigning to the same stories.
func (s *Stories) Load(ctx context.Context, articles news.ArticleService, now time.Time) error {
	s.reset()
	rows, err := articles.Articles(ctx, news.DigestFilter{Since: now.Add(-s.window), ByStored: true})
	if err != nil {
		return fmt.Errorf("load recent stories: %w", err)
	}
	for i := len(rows) - 1; i >= 0; i-- { // oldest first: members in arrival order
		r := &rows[i]
		if r.StoryID == 0 {
			continue
		}
		os := s.open[r.StoryID]
		if os == nil {
			os = &openStory{story: &news.Story{ID: r.StoryID}}
			s.open[r.StoryID] = os
		}
		s.idx.Add(r.StoryID, story.NewItem(&r.Article, &r.Analysis))
		os.add(r.Article, r.Analysis)
	}
	for _, os := range s.open {
		os.rebuild()
	}
	s.loaded = true
	return nil
}

// Assign finds or opens the story of a and returns it (ID 0 for a story the
// store must create); Finish brings its aggregate up to date.
func (s *Stories) Assign(a *news.Article, an *news.Analysis) *news.Story {
	it := story.NewItem(a, an)
	key, _, ok := s.idx.Match(it)
	os := s.open[key]
	if !ok || os == nil {
		s.tmp--
		key = s.tmp
		os = &openStory{story: &news.Story{}}
		s.open[key] = os
	}
	s.idx.Add(key, it)
	os.add(*a, *an)
	s.batch = append(s.batch, key)
	return os.story
}

// Finish rebuilds the aggregate of every story the batch touched, once per
// story however many of its articles arrived: call it after the last Assign
// and before the batch is stored.
func (s *Stories) Finish() {
	done := map[int64]bool{}
	for _, key := range s.batch {
		if !done[key] {
			done[key] = true
			s.open[key].rebuild()
		}
	}
}

// Commit ends a batch that was stored; errs are the per-item outcomes. A
// member whose article was not stored stays out of the next aggregate only
// after a reload; duplicates are rare enough here (they were dropped before
// the batch) that the pipeline reloads instead of mending. now bounds the
// dates eviction trusts (see evict).
func (s *Stories) Commit(items []*news.NewArticle, errs []error, now time.Time) {
	s.batch = s.batch[:0]
	for _, e := range errs {
		if e != nil {
			s.loaded = false
		}
	}
	s.evict(now)
}

// Rollback forgets everything the failed batch added: the index cannot take
// members out, so it is rebuilt from the store on the next Load.
func (s *Stories) Rollback() { s.reset() }

// Loaded reports whether the assigner reflects the store.
func (s *Stories) Loaded() bool { return s.loaded }

// futureSlack is how far past now a published time may lie (time zones,
// clock skew) and still count as the newest article seen.
const futureSlack = 24 * time.Hour

// evict drops stories whose newest member is older than the window before
// the newest article seen. Dates past now are outside input that cannot be
// true: one feed item dated 2099 must not evict every real story.
func (s *Stories) evict(now time.Time) {
	var newest time.Time
	limit := now.Add(futureSlack)
	for _, os := range s.open {
		if os.last.After(newest) && !os.last.After(limit) {
			newest = os.last
		}
	}
	before := newest.Add(-s.window)
	s.idx.Evict(before)
	for k, os := range s.open {
		if os.last.Before(before) {
			delete(s.open, k)
		}
	}
}

func (o *openStory) add(a news.Article, an news.Analysis) {
	o.members = append(o.members, story.Member{Article: a, Analysis: an})
	if a.Published.After(o.last) {
		o.last = a.Published
	}
}

// rebuild recomputes the aggregate in place: the pointer handed to the store
// is shared by every item of a batch that joins this story, so each write of
// the batch carries every member.
func (o *openStory) rebuild() {
	id := o.story.ID
	*o.story = story.Build(o.members)
	o.story.ID = id
}
