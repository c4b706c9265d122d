package digest

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// Builder builds digests as of one time. A shared Builder (NewBuilder)
// builds many digests at once — a schedule slot's subscriptions — and does
// the common work once: one story query per window and keywords (topics and
// places are then applied in memory, as the store applies them), and one
// item per story.
type Builder struct {
	src    StorySource
	now    time.Time
	shared bool

	mu     sync.Mutex
	lists  map[string]*storyList
	truces map[string]*storyList // the truce stories before a window (truceBefore)
	items  map[itemKey]*prepared
	charts map[string][]byte // by the counts they draw
}

type storyList struct {
	done    chan struct{}
	stories []news.Story // in rank order
	err     error
}

// itemKey names a story as one reader sees it: a guild's view of a story
// may differ from the operator's (see Views).
type itemKey struct {
	guild string
	id    int64
}

// prepared is a story's item and what a filter reads of it, which do not
// depend on the filter.
type prepared struct {
	item  Item
	about string // lower-case headline, summary, places and actors, for keywords
}

// Told returns what a subscription was told of the given stories in its
// earlier digests (news.DeliveryMemory for one subscription).
type Told func(ctx context.Context, storyIDs []int64) (map[int64]news.DeliveredStory, error)

// NewBuilder returns a shared Builder over src as of now. It is safe for
// concurrent use. It keeps what it fetched: use one per slot, not forever.
func NewBuilder(src StorySource, now time.Time) *Builder { return newBuilder(src, now, true) }

func newBuilder(src StorySource, now time.Time, shared bool) *Builder {
	return &Builder{src: src, now: now, shared: shared, lists: map[string]*storyList{},
		truces: map[string]*storyList{}, items: map[itemKey]*prepared{}, charts: map[string][]byte{}}
}

// Chart returns the events chart of d (see Chart), drawing each distinct
// chart once: the subscriptions of a slot with the same window and counts
// share it. It returns nil when the digest's period has too little to draw.
func (b *Builder) Chart(d *Digest) ([]byte, error) {
	c := Counted(d, b.now)
	if !c.Worth() {
		return nil, nil
	}
	key := c.key()
	b.mu.Lock()
	png, ok := b.charts[key]
	b.mu.Unlock()
	if ok {
		return png, nil
	}
	png, err := c.PNG()
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	b.charts[key] = png
	b.mu.Unlock()
	return png, nil
}

// Build returns the digest of f; see the package-level Build.
func (b *Builder) Build(ctx context.Context, f news.DigestFilter) (*Digest, error) {
	return b.BuildSince(ctx, f, nil)
}

// BuildSince is Build for a reader with a memory: told, when set, says
// what the reader was told before of the stories found, and each item says
// what is new since (SinceLast); a story told before with nothing new of
// note ranks below the rest before the limit cuts.
func (b *Builder) BuildSince(ctx context.Context, f news.DigestFilter, told Told) (*Digest, error) {
	if !f.Until.IsZero() && !f.Until.After(f.Since) {
		return nil, news.Errorf(news.EINVALID, "the end of the period (%s) is not after its start (%s)",
			f.Until.Format(time.RFC3339), f.Since.Format(time.RFC3339))
	}
	stories, err := b.stories(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	for i := range stories {
		if stories[i].NeedsView {
			// Its aggregate is of articles the reader may not see.
			return nil, news.Errorf(news.EINTERNAL, "story %d holds a guild's article and was not read through digest.Views", stories[i].ID)
		}
	}
	d := newDigest(f, b.now)
	items, left := b.selectItems(stories, f) // in rank order: stories come ranked
	listed := make(map[int64]bool, len(stories))
	for i := range stories {
		listed[stories[i].ID] = true
	}
	before, err := b.truceBefore(ctx, f, listed)
	if err != nil {
		return nil, fmt.Errorf("list earlier truce stories: %w", err)
	}
	markRoutineViolations(items, before, b.now)
	if told != nil && len(items) > 0 {
		memory, err := told(ctx, itemIDs(items))
		if err != nil {
			return nil, fmt.Errorf("read what was told before: %w", err)
		}
		markSince(items, memory)
	}
	rankReactions(items)
	sort.SliceStable(items, func(i, j int) bool { return items[i].ranksBefore(&items[j]) })
	if f.Limit > 0 && len(items) > f.Limit {
		for _, it := range items[f.Limit:] {
			left = append(left, LeftOut{StoryID: it.StoryID, Headline: it.Headline, Reason: reasonOverLimit})
		}
		items = items[:f.Limit]
	}
	d.LeftOut = append(d.LeftOut, left...)
	if !f.ByStored {
		markEarlier(items, f.Since)
		markLate(items, f.Until)
	}
	placeResumptions(items)
	dropEchoes(items)
	markOvertakenTruces(items)
	items = tracks(items)
	shown := councilSessions(items) // the Council's session an attack's reports tell, under Talks
	d.setPeriod(storyItems(shown))
	d.dateFigures(shown)
	items = storyItems(shown) // each story once: counts, key lines, trends
	d.group(shown)
	d.count(items)
	// A subscription's window is on stored time: what it stored since
	// its last digest is its news, whatever day it tells of.
	periodStart := f.Since
	if f.ByStored {
		periodStart = time.Time{}
	}
	d.Key = keyDevelopments(items, periodStart)
	d.Trends = trends(items, periodStart)
	d.Footer = footer(d)
	return d, nil
}

// reasonOverLimit is why a story past the limit is left out.
const reasonOverLimit = "over the digest's limit"

func itemIDs(items []Item) []int64 {
	ids := make([]int64, len(items))
	for i := range items {
		ids[i] = items[i].StoryID
	}
	return ids
}

// stories lists the stories of f's window and keywords: straight from the
// source for a single digest, else once per window and keywords. Topics
// and places are never asked of the source: selectItems applies them, so
// that a preview and a delivery select with the same code.
func (b *Builder) stories(ctx context.Context, f news.DigestFilter) ([]news.Story, error) {
	q := f
	q.Limit = 0 // rank everything, then cut: the store's order is not ours
	q.Topics, q.Places = nil, nil
	if !b.shared {
		stories, err := b.src.Stories(ctx, q)
		if err != nil {
			return nil, err
		}
		return b.rank(stories, q.GuildID), nil
	}
	q.Keywords = slices.Sorted(slices.Values(q.Keywords))
	key := fmt.Sprintf("%d|%d|%t|%s|%s", q.Since.UnixNano(), q.Until.UnixNano(), q.ByStored, q.GuildID, strings.Join(q.Keywords, "\x00"))
	return b.once(ctx, b.lists, key, func() ([]news.Story, error) {
		stories, err := b.src.Stories(ctx, q)
		if err != nil {
			return nil, err
		}
		return b.rank(stories, q.GuildID), nil
	})
}

// once returns the stories of lists[key], fetching them the first time it
// is asked and waiting for that fetch when another caller made it; a
// failed fetch is forgotten, so that the next caller tries again.
func (b *Builder) once(ctx context.Context, lists map[string]*storyList, key string, fetch func() ([]news.Story, error)) ([]news.Story, error) {
	b.mu.Lock()
	l, ok := lists[key]
	if !ok {
		l = &storyList{done: make(chan struct{})}
		lists[key] = l
	}
	b.mu.Unlock()
	if !ok {
		l.stories, l.err = fetch()
		close(l.done)
	}
	select {
	case <-l.done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if l.err != nil {
		b.mu.Lock()
		delete(lists, key) // let the next caller try again
		b.mu.Unlock()
	}
	return l.stories, l.err
}

// rank orders stories as their items rank: score, then latest article,
// then id. Sorting once per list keeps each digest's items in order after
// its filter.
func (b *Builder) rank(stories []news.Story, guild string) []news.Story {
	ps := make([]*prepared, len(stories))
	for i := range stories {
		ps[i] = b.prepare(&stories[i], guild)
	}
	idx := make([]int, len(stories))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return ps[idx[i]].item.ranksBefore(&ps[idx[j]].item) })
	out := make([]news.Story, len(stories))
	for i, k := range idx {
		out[i] = stories[k]
	}
	return out
}

// selectItems turns stories into ranked items, leaving out (with a reason)
// those outside the filter. Stories beyond the filter's topics, places and
// keywords are dropped silently: they are another reader's.
func (b *Builder) selectItems(stories []news.Story, f news.DigestFilter) ([]Item, []LeftOut) {
	var items []Item
	var left []LeftOut
	seen := make(map[int64]bool, len(stories))
	places := placeKeys(f.Places)
	keywords := keywordSet(f.Keywords)
	for i := range stories {
		s := &stories[i]
		if seen[s.ID] {
			continue
		}
		p := b.prepare(s, f.GuildID)
		section, ok := sectionFor(&p.item, f.Topics)
		if !ok || !matchesPlaces(&p.item, places) || !aboutAny(p.about, keywords) {
			continue
		}
		seen[s.ID] = true
		if reason, byEvents := outside(s, f); reason != "" {
			lo := LeftOut{StoryID: s.ID, Headline: p.item.Headline, Reason: reason}
			if byEvents {
				lo.Events = p.item.Events
				if lo.Events == nil { // dated events, though the item shows none
					lo.Events = &Span{First: s.EventDay(), Last: s.EventDay()}
				}
			}
			left = append(left, lo)
			continue
		}
		it := p.item
		it.Section = section
		items = append(items, it)
	}
	return items, left
}

func (b *Builder) prepare(s *news.Story, guild string) *prepared {
	k := itemKey{guild, s.ID}
	b.mu.Lock()
	p, ok := b.items[k]
	b.mu.Unlock()
	if ok {
		return p
	}
	p = &prepared{item: newItem(s, b.now), about: aboutText(s)}
	b.mu.Lock()
	b.items[k] = p
	b.mu.Unlock()
	return p
}

// eventGrace is how far a story's events may lie before (or after) a
// digest's period and still be its news: a report of yesterday's strike
// published this morning belongs in this morning's digest.
const eventGrace = 24 * time.Hour

// outside returns why s does not belong in a digest for f, or "", and
// whether the reason is the days of its events.
func outside(s *news.Story, f news.DigestFilter) (reason string, byEvents bool) {
	if len(s.Categories) == 0 {
		return "no event category", false
	}
	if f.ByStored {
		return "", false
	}
	if home, first := homeOf(s); !home.IsZero() && !f.Since.IsZero() && !f.Until.IsZero() {
		if !home.Before(f.Since) && home.Before(f.Until) {
			// its home period: told in full here, whatever the
			// period's length or offset (issue 13)
			return "", false
		}
		if home.Before(f.Since) && !first.Before(f.Since) {
			// first reported in or after this period, too late for
			// its report's day: the period of its events' first day
			// tells it, and this one has no earlier report to tell it
			// as a development of. The footer counts and dates it.
			day := s.EventDay()
			if s.Whole != nil {
				day = s.Whole.EventFirst.UTC().Truncate(24 * time.Hour)
			}
			return "its events are older than the period (" + day.Format("2 Jan 2006") + ")", true
		}
	}
	if reason := outsideEvents(s, f); reason != "" {
		return reason, true
	}
	first, last := s.PeriodSpan() // a report dated before its events counts at their first day
	if !f.Until.IsZero() && !first.IsZero() && !first.Before(f.Until) {
		if !s.FirstSeen.IsZero() && s.FirstSeen.Before(f.Until) {
			// reported in the period, about events of the day after it
			// (within eventGrace): the footer counts and dates it.
			return "its events are later than the period (" + first.UTC().Format("2 Jan 2006") + ")", true
		}
		if eventsBegin(s, f) {
			// about the period's events, first reported after it in
			// time for its report's own day: the period of that report
			// (its home) tells it, told once (issue 13)
			return reasonToldLater, false
		}
		return "after the period", false
	}
	if !last.IsZero() && last.Before(f.Since) {
		return "before the period", false
	}
	return "", false
}

// eventsBegin reports whether s's events begin in f's period: their first
// day (news.Story.EventDay) is one of its days, as the stores select it
// (news.DayStartFrom). A story first reported too late for its report's
// day (homeOf) is then the period's news, however late its reports: the
// digest of the days its reports fall in leaves it out as of other days
// and says this period's digest shows it.
func eventsBegin(s *news.Story, f news.DigestFilter) bool {
	return !s.EventFirst.IsZero() && !f.Until.IsZero() &&
		!s.EventFirst.Before(news.DayStartFrom(f.Since)) && s.EventFirst.Before(news.DayStartFrom(f.Until))
}

// reasonToldLater is why a story of the period's events first reported
// after it, in time for its report's day, is left out: the period of that
// report (its home, homeOf) tells it.
const reasonToldLater = "first reported after the period, in time for the digest of its report's days, which tells it"

// homeOf is the time whose period tells s in full: any set of periods
// that do not overlap and cover it tells the story in full exactly once,
// in the one that holds this time, whatever their lengths and offsets,
// since the time is the story's own and not the request's. It is the time
// of its first report (news.Story.PeriodTime: a report dated before its
// events counts at their first day), or, when that report came after the
// end of the last day of its events plus eventGrace — too late for even
// its own day's digest, which would refuse it as old news
// (outsideEvents) — the first day of its events (midnight UTC, the day
// the stores' period lookup selects it by), where it is marked reported
// later (markLate). A later period tells it only by its own reports, as a
// development of the story since (HistoryText, "story since ..."); a period
// with none of its reports, or with only reports of a story told in full
// before it, does not (issue 13). Zero when no report is dated: such a
// story is judged by its events and the period as before (outsideEvents). First is the
// time of its first report (zero: none dated). A view of part of a story's
// reports carries the whole story's (news.Story.Whole).
func homeOf(s *news.Story) (home, first time.Time) {
	w := news.StorySpan{FirstSeen: s.FirstSeen, EventFirst: s.EventFirst, EventLast: s.EventLast}
	if s.Whole != nil {
		w = *s.Whole
	}
	whole := news.Story{EventFirst: w.EventFirst}
	eventDay := whole.EventDay()
	if w.FirstSeen.IsZero() {
		return time.Time{}, time.Time{}
	}
	first = whole.PeriodTime(w.FirstSeen)
	if !w.EventLast.IsZero() && !first.Before(w.EventLast.UTC().Truncate(24*time.Hour).Add(24*time.Hour+eventGrace)) {
		return eventDay, first
	}
	return first, first
}

// outsideEvents returns why a story whose articles date its events (the
// analysis's event dates, news.Story.EventFirst/EventLast) does not belong
// in f's period, or "": a period's digest tells of the period's events, not
// of an old event a late, misdated or archived report brings in, nor of a
// later one under a wrong date. A story with undated events is judged by its
// reports alone. Subscriptions (ByStored) are not held to it: what is
// stored since their last digest is news to them, an archive import too.
func outsideEvents(s *news.Story, f news.DigestFilter) string {
	if !f.Since.IsZero() && !s.EventLast.IsZero() && s.EventLast.Before(f.Since.Add(-eventGrace)) {
		return "its events are older than the period (" + s.EventLast.UTC().Format("2 Jan 2006") + ")"
	}
	if !f.Until.IsZero() && !s.EventFirst.IsZero() && !s.EventFirst.Before(f.Until.Add(eventGrace)) {
		return "its events are later than the period (" + s.EventFirst.UTC().Format("2 Jan 2006") + ")"
	}
	return ""
}

// sectionFor returns the section an item goes in for a filter's topics: a
// topic filter selects by what a story is about — its primary category,
// the category of its latest change of state, else another category a
// third of its reports carry (story.Build keeps no other) — not by a word
// one of its reports mentions in passing. With no topics, every story with
// a category goes in its primary one.
func sectionFor(it *Item, topics []news.Category) (news.Category, bool) {
	if len(topics) == 0 {
		return it.primary, true
	}
	if it.primary != "" && slices.Contains(topics, it.primary) {
		return it.primary, true
	}
	if it.changeOf != "" && slices.Contains(topics, it.changeOf) && slices.Contains(it.Categories, it.changeOf) {
		return it.changeOf, true
	}
	for _, c := range it.Categories {
		if slices.Contains(topics, c) {
			return c, true
		}
	}
	return "", false
}

// matchesPlaces applies a filter's places (by story.PlaceKey: case and the
// gazetteer's spellings aside) to an item's places.
func matchesPlaces(it *Item, places map[string]bool) bool {
	if len(places) == 0 {
		return true
	}
	for k := range it.places {
		if places[k] {
			return true
		}
	}
	return false
}

// storyPlaceKeys returns the keys of a story's places.
func storyPlaceKeys(s *news.Story) map[string]bool {
	keys := make(map[string]bool, len(s.Places))
	for _, p := range s.Places {
		keys[story.PlaceKey(p.Name)] = true
	}
	return keys
}

// placeKeys returns the keys of a filter's places.
func placeKeys(places []string) map[string]bool {
	keys := make(map[string]bool, len(places))
	for _, p := range places {
		if k := story.PlaceKey(p); k != "" {
			keys[k] = true
		}
	}
	return keys
}
