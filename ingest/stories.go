package ingest

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// Stories assigns articles to stories so that the stories of a set of
// articles do not depend on the order they arrived in (the invariant is
// stated in package story, index.go): an article is matched against the
// stored articles of its own event days, it joins the story of every article
// it is linked to, and when it links two stories they merge — the oldest
// (least id) survives and the other ids redirect to it in the store.
//
// The story.Index is a cache of the store: before an article is matched, the
// stored articles of every event day it may link to are loaded, so the index
// answers for those days as the store would. Days not used for cacheBatches
// batches are forgotten once more than cacheDays are held, and loaded again
// when needed. A story has no end: it lasts as long as reports keep linking
// to it.
//
// It is used by one Pipeline batch at a time.
type Stories struct {
	cfg     story.Config
	src     news.StoryArticleService
	idx     *story.Index
	days    map[int32]uint64 // loaded event day -> the batch that last used it
	unknown bool             // the articles with no event day are loaded
	batch   uint64
	tmp     int64 // last key handed to a story the store has not created yet
	loaded  bool
	created map[int64]*news.Story // this batch's new stories by key
	handed  []handed              // this batch's stored stories as handed to the store
	texts   *story.TextCache      // what story.Build derives from members' text
}

// handed is a stored story as the index named it, to compare with what the
// store made of it: another writer may have merged it away or deleted it
// since the index read it, and the store then resolves its id.
type handed struct {
	st *news.Story
	id int64
}

// Cache bounds: days not used for cacheBatches batches are forgotten while
// more than cacheDays are held. A live stream matches a few days around
// today; a month of a busy war (11,000 reports a day) is about 300 MB of
// index (BenchmarkAssign: about 960 bytes an article).
const (
	cacheDays    = 32
	cacheBatches = 16
)

// NewStories returns an assigner over the articles src stores.
func NewStories(cfg story.Config, src news.StoryArticleService) *Stories {
	s := &Stories{cfg: cfg, src: src, texts: story.NewTextCache()}
	s.reset()
	return s
}

func (s *Stories) reset() {
	s.idx = story.NewIndex(s.cfg)
	s.days = map[int32]uint64{}
	s.unknown = false
	s.loaded = false
	s.created = map[int64]*news.Story{}
}

// Load empties the cache, so that the next batch reads the store afresh.
func (s *Stories) Load(context.Context) error {
	s.reset()
	s.loaded = true
	return nil
}

// Loaded reports whether the assigner reflects the store.
func (s *Stories) Loaded() bool { return s.loaded }

// Assign finds the story of every item and sets item.Story: a stored story
// (its aggregate rebuilt with the new members), a new one (ID 0), or a
// stored story that absorbs others (Story.Absorbed). Items of one story share
// one *news.Story. It sets each analysis's event date to the day the article
// was matched on (see story.EventDay), so the store files it under that day.
func (s *Stories) Assign(ctx context.Context, items []*news.NewArticle) error {
	s.batch++
	clear(s.created)
	s.handed = s.handed[:0]
	keys := make([]int64, len(items))
	var touched []int64 // stored stories the batch links to
	for i, n := range items {
		it := story.NewItem(n.Article, n.Analysis)
		fileEventDay(n.Analysis, it.EventDay)
		fileRecalled(n.Analysis, it.Recalls)
		if err := s.ensure(ctx, it.EventDay); err != nil {
			return err
		}
		links := s.idx.Links(it)
		keys[i] = s.join(links)
		for _, l := range links {
			if l > 0 {
				touched = append(touched, l)
			}
		}
		s.idx.Add(keys[i], it)
	}
	return s.build(ctx, items, keys, touched)
}

// fileEventDay sets the analysis's event date to the day the article is
// matched on, which differs from the analyser's when that was not to be
// trusted (a date in the future, a broken feed's 1970).
func fileEventDay(an *news.Analysis, day int32) {
	if day == story.NoDay {
		an.EventDate, an.EventDateBy = "", ""
		return
	}
	if d := story.DayTime(day).Format(time.DateOnly); d != an.EventDate {
		an.EventDate, an.EventDateBy = d, "fetched"
	}
}

// fileRecalled keeps, when the story index moved a reaction to the day it
// was written, the earlier day its lead told of as the day it recalls, so
// that a story rebuilt from the store still knows its figures are that
// day's event's.
func fileRecalled(an *news.Analysis, day int32) {
	if day != story.NoDay && an.RecallsDate == "" {
		an.RecallsDate = story.DayTime(day).Format(time.DateOnly)
	}
}

// join returns the story key an item linked to links goes to: a new story
// when there are none, else the oldest of them (stored stories before new
// ones, least id first), into which the others merge.
func (s *Stories) join(links []int64) int64 {
	if len(links) == 0 {
		s.tmp--
		return s.tmp
	}
	slices.SortFunc(links, oldestFirst)
	for _, l := range links[1:] {
		s.idx.Merge(l, links[0])
	}
	return links[0]
}

// oldestFirst orders story keys by age: stored ids ascending, then the keys
// of new stories (negative, handed out downwards) in the order made.
func oldestFirst(a, b int64) int {
	switch {
	case a > 0 && b > 0:
		return cmp.Compare(a, b)
	case a > 0:
		return -1
	case b > 0:
		return 1
	}
	return cmp.Compare(b, a)
}

// ensure loads the stored articles of every event day an article of day may
// link to that the index does not hold yet.
func (s *Stories) ensure(ctx context.Context, day int32) error {
	if day == story.NoDay {
		if s.unknown {
			return nil
		}
		s.unknown = true
		return s.load(ctx, 0, -1, true)
	}
	reach := int64(s.idx.Reach())
	var missing []int32
	for d64 := int64(day) - reach; d64 <= int64(day)+reach; d64++ {
		if d64 <= math.MinInt32 || d64 > math.MaxInt32 { // NoDay is not a day
			continue
		}
		d := int32(d64)
		if _, ok := s.days[d]; !ok {
			missing = append(missing, d)
		}
		s.days[d] = s.batch
	}
	for i := 0; i < len(missing); { // one query per run of days
		j := i
		for j+1 < len(missing) && missing[j+1] == missing[j]+1 {
			j++
		}
		if err := s.load(ctx, missing[i], missing[j], false); err != nil {
			return err
		}
		i = j + 1
	}
	return nil
}

// load adds the stored articles of event days [from, to] (or those with no
// event day) to the index under their stories.
func (s *Stories) load(ctx context.Context, from, to int32, unknown bool) error {
	rows, err := s.src.ArticlesByEventDay(ctx, from, to, unknown)
	if err != nil {
		s.loaded = false
		return fmt.Errorf("load stories of event days: %w", err)
	}
	for i := range rows {
		r := &rows[i]
		if r.StoryID == 0 {
			continue // stored by a pipeline without stories: in none
		}
		if r.Analysis.EventDate == "" && !r.Article.Published.IsZero() {
			// Stored before event dates: filed under its published
			// day (0010_story_merges.sql), matched on it too.
			r.Analysis.EventDate = r.Article.Published.UTC().Format(time.DateOnly)
		}
		it := story.NewItem(&r.Article, &r.Analysis)
		if unknown != (it.EventDay == story.NoDay) {
			continue // the other query's
		}
		s.idx.Add(r.StoryID, it)
	}
	return nil
}

// build gives every item its story: the batch's members of each story, and
// for a stored story its stored members (also those of the stories it
// absorbs), aggregated by story.Build.
func (s *Stories) build(ctx context.Context, items []*news.NewArticle, keys, touched []int64) error {
	byStory := map[int64][]int{}
	var order []int64
	for i, k := range keys {
		root := s.idx.Find(k)
		if _, ok := byStory[root]; !ok {
			order = append(order, root)
		}
		byStory[root] = append(byStory[root], i)
	}
	absorbed := map[int64][]int64{}
	for _, id := range touched {
		if root := s.idx.Find(id); root != id && !slices.Contains(absorbed[root], id) {
			absorbed[root] = append(absorbed[root], id)
		}
	}
	stored, err := s.storedMembers(ctx, order, absorbed)
	if err != nil {
		return err
	}
	for _, root := range order {
		members := stored[root]
		for _, i := range byStory[root] {
			members = append(members, story.Member{Article: *items[i].Article, Analysis: *items[i].Analysis})
		}
		st := s.texts.Build(members)
		if root > 0 {
			st.ID = root
			st.Absorbed = absorbed[root]
			slices.Sort(st.Absorbed)
			s.handed = append(s.handed, handed{&st, root})
		} else {
			s.created[root] = &st
		}
		for _, i := range byStory[root] {
			items[i].Story = &st
		}
	}
	return nil
}

// storedMembers reads the stored articles of the stored stories among roots
// and of the stories they absorb, by surviving story.
func (s *Stories) storedMembers(ctx context.Context, roots []int64, absorbed map[int64][]int64) (map[int64][]story.Member, error) {
	owner := map[int64]int64{}
	var ids []int64
	for _, r := range roots {
		if r <= 0 {
			continue
		}
		owner[r] = r
		ids = append(ids, r)
		for _, a := range absorbed[r] {
			owner[a] = r
			ids = append(ids, a)
		}
	}
	rows, err := s.src.StoryArticles(ctx, ids)
	if err != nil {
		s.loaded = false
		return nil, fmt.Errorf("load story members: %w", err)
	}
	out := map[int64][]story.Member{}
	for _, r := range rows {
		root := owner[r.StoryID]
		out[root] = append(out[root], story.Member{Article: r.Article, Analysis: r.Analysis})
	}
	return out, nil
}

// Commit ends a batch that was stored; errs are the per-item outcomes. The
// stories the store created take the place of their keys in the index. After
// any refused item the assigner reloads: the index may hold a member the
// store does not; and so it does when the store resolved a story id the index
// handed it (another writer had merged or deleted that story).
func (s *Stories) Commit(errs []error) {
	for key, st := range s.created {
		if st.ID > 0 {
			s.idx.Merge(key, st.ID)
		}
	}
	for _, e := range errs {
		if e != nil {
			s.loaded = false
		}
	}
	for _, h := range s.handed {
		if h.st.ID != h.id {
			s.loaded = false
		}
	}
	s.evict()
}

// evict forgets the days not used for cacheBatches batches, oldest use
// first, while more than cacheDays are held.
func (s *Stories) evict() {
	if len(s.days) <= cacheDays {
		return
	}
	var old []int32
	for d, used := range s.days {
		if s.batch-used >= cacheBatches {
			old = append(old, d)
		}
	}
	slices.SortFunc(old, func(a, b int32) int { return cmp.Compare(s.days[a], s.days[b]) })
	old = old[:min(len(old), len(s.days)-cacheDays)]
	s.idx.EvictDays(old)
	for _, d := range old {
		delete(s.days, d)
	}
}

// Rollback forgets everything the failed batch added: the index cannot take
// members out, so it is rebuilt from the store.
func (s *Stories) Rollback() { s.reset() }
