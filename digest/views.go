package digest

import (
	"container/list"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// MemberSource is a StorySource that also gives the articles of stories a
// reader may see (the store).
type MemberSource interface {
	StorySource
	// StoryMembers returns, per story, the articles a reader of guildID may
	// see, with their analyses.
	StoryMembers(ctx context.Context, ids []int64, guildID string) (map[int64][]news.ArticleWithAnalysis, error)
}

// Views is the StorySource readers read: the stories as the filter's
// reader (DigestFilter.GuildID) may see them. A story of the operator's
// articles only is shown as stored. A story that holds a guild's article
// (news.Story.NeedsView) has its aggregate — headline, summary, figures,
// categories, places, ceasefire state — rebuilt with story.Build from the
// articles the reader may see, and their analyses as stored: the operator's
// and the reader's guild's own, never another guild's, and the guild's
// sources under their guild label. Nothing is analysed again; the same
// members give the same view, kept in a bounded cache, so each is built
// once per change of the story.
type Views struct {
	src MemberSource
	max int

	mu    sync.Mutex
	cache map[string]*list.Element
	order *list.List // most recently used first
}

type cachedView struct {
	key  string
	view news.Story
}

// NewViews returns the views over src, caching up to 4,096 of them.
func NewViews(src MemberSource) *Views {
	return &Views{src: src, max: 4096, cache: map[string]*list.Element{}, order: list.New()}
}

// Stories lists the stories of f as f's reader may see them. The topics and
// places of f are applied to the views, as the store cannot (see
// store.Stories).
func (v *Views) Stories(ctx context.Context, f news.DigestFilter) ([]news.Story, error) {
	stories, err := v.src.Stories(ctx, f)
	if err != nil {
		return nil, err
	}
	keys := map[int64]string{} // the stories that need a view
	var missing []int64
	w := periodOf(f)
	for i := range stories {
		s := &stories[i]
		if w.spans(s) {
			// A period's digest tells a story by what was reported in
			// the period: its view is rebuilt from those reports.
			s.NeedsView = true
		}
		if !s.NeedsView {
			continue
		}
		keys[s.ID] = viewKey(s, w)
		if view, ok := v.get(keys[s.ID]); ok {
			view.Updated = s.Updated
			*s = view
		} else {
			missing = append(missing, s.ID)
		}
	}
	built, err := v.build(ctx, missing, keys, f.GuildID, w)
	if err != nil {
		return nil, err
	}
	if err := v.addActs(ctx, stories, f.GuildID); err != nil {
		return nil, err
	}
	places := placeKeys(f.Places)
	out := stories[:0]
	for _, s := range stories {
		if s.NeedsView { // not in the cache
			view, ok := built[s.ID]
			if !ok {
				continue // nothing of it left to see
			}
			view.Updated = s.Updated
			s = view
		}
		if keys[s.ID] != "" && !storyMatches(&s, f.Topics, places) {
			continue
		}
		out = append(out, s)
	}
	return out, nil
}

// build rebuilds the views of the missing stories from their members.
func (v *Views) build(ctx context.Context, missing []int64, keys map[int64]string, guild string, w window) (map[int64]news.Story, error) {
	if len(missing) == 0 {
		return nil, nil
	}
	members, err := v.src.StoryMembers(ctx, missing, guild)
	if err != nil {
		return nil, fmt.Errorf("read story members: %w", err)
	}
	built := make(map[int64]news.Story, len(missing))
	for _, id := range missing {
		if len(members[id]) == 0 {
			continue
		}
		view := w.viewOf(id, members[id])
		v.put(keys[id], view)
		built[id] = view
	}
	return built, nil
}

// addActs gives the stories of reactions shown as stored (no view of
// theirs was built) their separate acts (news.Story.Acts), which the store
// does not keep: story.Build makes them from the members, as it makes a
// view, and the rest of the stored aggregate stays as it is.
func (v *Views) addActs(ctx context.Context, stories []news.Story, guild string) error {
	keys := map[int64]string{}
	var missing []int64
	for i := range stories {
		s := &stories[i]
		if s.NeedsView || len(s.Sources) < 2 || story.Primary(s) != news.Talks {
			continue
		}
		keys[s.ID] = "acts:" + viewKey(s, window{})
		if b, ok := v.get(keys[s.ID]); ok {
			s.Acts = b.Acts
		} else {
			missing = append(missing, s.ID)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	members, err := v.src.StoryMembers(ctx, missing, guild)
	if err != nil {
		return fmt.Errorf("read story members: %w", err)
	}
	for i := range stories {
		s := &stories[i]
		k, ok := keys[s.ID]
		if !ok || s.Acts != nil || len(members[s.ID]) == 0 {
			continue
		}
		b := window{}.viewOf(s.ID, members[s.ID])
		v.put(k, news.Story{Acts: b.Acts})
		s.Acts = b.Acts
	}
	return nil
}

// window is the period of published times a digest of a period tells;
// the zero period (a subscription's digest of what was stored since its
// last one, or a digest of everything) takes every report.
type window struct {
	since, until time.Time
	set          bool
}

// periodOf returns the period of f's window, the zero period for a
// digest by stored time.
func periodOf(f news.DigestFilter) window {
	if f.ByStored || (f.Since.IsZero() && f.Until.IsZero()) {
		return window{}
	}
	return window{since: f.Since, until: f.Until, set: true}
}

// holds reports whether a report published at t is of the period; an
// undated report is.
func (w window) holds(t time.Time) bool {
	if !w.set || t.IsZero() {
		return true
	}
	return !t.Before(w.since) && (w.until.IsZero() || t.Before(w.until))
}

// spans reports whether s has reports both in and out of the period: its
// stored aggregate is not the period's.
func (w window) spans(s *news.Story) bool {
	in, out := false, false
	for i := range s.Sources {
		src := &s.Sources[i]
		if w.holds(src.Published) {
			in = true
		} else {
			out = true
		}
		// A report whose own date is after its stamp's day may tell of
		// a later day than the period's (stamped): its view decides.
		if d := src.Written; !d.IsZero() && !w.holds(d) && src.Published.Before(d) {
			out = true
		}
		// One stamped before the day its own date gives, that day in
		// the period, is the period's (stamped): a copy its feed
		// misdated, told in the period, is its view's to place.
		if d := src.Written; !d.IsZero() && w.holds(d) && src.Published.Before(d) {
			in = true
		}
	}
	return in && out
}

// viewOf is story id rebuilt from the members a reader may see. For a
// period, the story is told by the members published in it — headline,
// summary, figures, sources, places, days and ceasefire state are the
// period's (none when its reports tell none; never a later report's) — and
// a state the period reports is set against the one before it, as the
// earlier reports tell it, with the changes reported in the period: a truce
// agreed the week before and collapsing now is "in effect → collapsed". A
// story with no member in the period is told whole.
func (w window) viewOf(id int64, rows []news.ArticleWithAnalysis) news.Story {
	ms := make([]story.Member, 0, len(rows))
	guildOf := make(map[int64]string, len(rows))
	for i := range rows {
		a := rows[i].Article
		m := story.Member{Article: a, Analysis: rows[i].Analysis}
		if a.GuildID != "" {
			m.Source = news.GuildLabel(a.SourceName) // figures name it as the guild's too
			guildOf[a.ID] = a.GuildID
		}
		ms = append(ms, m)
	}
	var in, upTo, before []story.Member // in the period; published before its end; before its start
	var earlier int
	var began time.Time
	report := story.Reports(ms)
	// A report published before the period is an earlier report, its
	// copies too: a feed's copy of it stamped in the period is that
	// report again, told in full by the period of its first publication
	// (the story's home, homeOf), not the period's news; a period whose
	// only reports are such copies has none of its own (issue 13, 2016:
	// a copy of 19 Sep's report stamped 20 Sep made 20 Sep tell the
	// story in full again).
	older := map[int]bool{} // the reports published before the period
	for i := range ms {
		if p := stamped(&ms[i]); !w.in(&ms[i]) && !p.IsZero() && p.Before(w.since) {
			older[report[i]] = true
		}
	}
	copies := map[int]bool{} // the members that are copies of an earlier report
	told := map[int]bool{}   // the reports counted (by report): a copy is none of its own
	for i := range ms {
		if w.in(&ms[i]) {
			if older[report[i]] {
				copies[i] = true
			} else {
				told[report[i]] = true
			}
		}
	}
	for i, m := range ms {
		// A report is the period's when it was published in it or tells
		// of an event of its days (a late or misdated copy); an earlier
		// one began the story on the day it tells of.
		day := eventDay(&m)
		if copies[i] {
			// the earlier report again: counted with it
		} else if w.in(&m) {
			in = append(in, m)
		} else if p := stamped(&m); p.Before(w.since) {
			before = append(before, m)
			if !told[report[i]] {
				told[report[i]] = true
				earlier++
				if began.IsZero() || day.Before(began) {
					began = day
				}
			}
		}
		if p := stamped(&m); !w.set || w.until.IsZero() || p.IsZero() || p.Before(w.until) {
			upTo = append(upTo, m)
		}
	}
	var view news.Story
	used := in
	if len(in) == 0 && len(copies) > 0 {
		// only copies of earlier reports: the story as those reports
		// told it, before the period (outside)
		used = used[:0]
		for i := range ms {
			if !copies[i] {
				used = append(used, ms[i])
			}
		}
		view = story.Build(used)
	} else if len(in) == 0 || len(in) == len(ms) {
		used = ms
		view = story.Build(ms)
	} else {
		view = story.Build(in)
		view.Earlier, view.Began = earlier, began
		view.Whole = wholeSpan(ms)
		if view.CeasefireStatus != news.CeasefireNone {
			// The period's state, with the state before it as the
			// earlier reports tell it.
			asOf := story.Build(upTo)
			view.CeasefireStatus, view.PrevCeasefireStatus = asOf.CeasefireStatus, asOf.PrevCeasefireStatus
			view.Changes = view.Changes[:0]
			for _, c := range asOf.Changes {
				if w.holds(c.At) {
					view.Changes = append(view.Changes, c)
				}
			}
		}
	}
	if w.set && len(in) > 0 {
		view.Figures = w.figures(used, before, &view)
	}
	for i := range view.Sources {
		view.Sources[i].GuildID = guildOf[view.Sources[i].ArticleID]
	}
	view.ID = id
	return view
}

// wholeSpan is the first report and the days of events of the story of
// all of ms, the reports a reader may see, for a view of some of them: the
// period that tells it in full is reckoned by the whole story (homeOf),
// never by the period asked for.
func wholeSpan(ms []story.Member) *news.StorySpan {
	var first time.Time
	for i := range ms {
		if p := ms[i].Article.Published; !p.IsZero() && (first.IsZero() || p.Before(first)) {
			first = p
		}
	}
	eventFirst, eventLast := story.EventDays(ms)
	return &news.StorySpan{FirstSeen: first, EventFirst: eventFirst, EventLast: eventLast}
}

// in reports whether a story's member is the period's: published in it, or
// telling of an event of its days (a late or misdated copy). A report
// stamped before the event its own text dates (stamped) is not the
// period's by its stamp: a report of Monday's assault whose feed stamped
// it days before, inside a period that ends on Sunday, is Monday's news and
// the next period's, even in the story of Sunday's fighting (issue 13,
// 0704).
func (w window) in(m *story.Member) bool {
	p := stamped(m)
	return w.holds(p) || (!p.IsZero() && w.holds(eventDay(m)))
}

// eventDay is the day of the event a member tells, as the story index
// files it (story.EventDay).
func eventDay(m *story.Member) time.Time {
	return story.DayTime(story.EventDay(m.Analysis.EventDate, m.Article.Fetched))
}

// stamped is the time a member was published as a period counts it: its
// stamp, unless that falls on a day before the event the report's own text
// dates it by (its analysis's event date, read from its dateline or the
// days its lead names), which no report can be written before; then that
// event's day. The stamp is then a feed's error, as markEarlier has it
// (ownDate). Zero when the report has no stamp.
func stamped(m *story.Member) time.Time {
	p := m.Article.Published
	if p.IsZero() {
		return p
	}
	if d := eventDay(m); d.After(p.UTC().Truncate(24 * time.Hour)) {
		return d
	}
	return p
}

// figures are the figures of a period's view of a story: those of the
// reports written (story.Member.Written: their dateline, else their
// publication) in the period or on the days of the events they tell (the
// day after included), never of a report written outside both — a toll
// restated weeks later is the figure of that later period — nor of one
// stamped before the event it tells with no dateline, written no one knows
// when. Such reports still tell the story; their figures are not the
// period's. Nor is a toll a report of diplomacy recalls from the story's
// reports before the period (before: see recalledTolls).
func (w window) figures(ms, before []story.Member, view *news.Story) []news.StoryFigure {
	if len(view.Figures) == 0 {
		return view.Figures // none of the period's reports gives one of its own (story.Build)
	}
	kept := make([]story.Member, 0, len(ms))
	for _, m := range ms {
		p := m.Written()
		onEvents := !view.EventFirst.IsZero() && !p.Before(view.EventFirst) && p.Before(view.EventLast.Add(48*time.Hour))
		if !p.IsZero() && (w.holds(p) || onEvents) {
			kept = append(kept, m)
		}
	}
	kept, recalled := recalledTolls(kept, before)
	if len(kept) == len(ms) && !recalled {
		return view.Figures
	}
	figs := story.Figures(kept)
	if figs == nil {
		figs = []news.StoryFigure{}
	}
	return figs
}

// mainKinds are the kinds of figure an analysis gives a main count of.
var mainKinds = []string{news.FigureKilled, news.FigureInjured, news.FigureDisplaced, news.FigureEvacuated}

// recalledTolls returns ms without the main counts that a report of
// diplomacy (talks among its categories) gives when the story's reports
// from before the period (before) gave the same number of the same kind,
// in any scope: a report of a Security Council session in which "the
// attack killed at least 87" recalls the toll of an attack of days before,
// which is that attack's figure and not the period's news (its item's key
// figure would tell the session by another day's dead). The report still
// tells the story; recalled says whether any count was dropped.
func recalledTolls(ms, before []story.Member) (out []story.Member, recalled bool) {
	if len(before) == 0 {
		return ms, false
	}
	given := map[string]map[int64]bool{}
	note := func(kind string, v int64) {
		if given[kind] == nil {
			given[kind] = map[int64]bool{}
		}
		given[kind][v] = true
	}
	for i := range before {
		f := &before[i].Analysis.Facts
		for _, k := range mainKinds {
			if m := f.Main(k); m != nil && m.Value > 0 {
				note(k, m.Value)
			}
		}
		for _, g := range f.Figures {
			if g.Value > 0 {
				note(g.Kind, g.Value)
			}
		}
	}
	out = make([]story.Member, 0, len(ms))
	for _, m := range ms {
		if m.Analysis.Has(news.Talks) {
			for _, k := range mainKinds {
				if f := m.Analysis.Facts.Main(k); f != nil && given[k][f.Value] {
					clearMain(&m.Analysis.Facts, k)
					recalled = true
				}
			}
		}
		out = append(out, m)
	}
	return out, recalled
}

// clearMain drops the main count of kind from f (a copy's).
func clearMain(f *news.Facts, kind string) {
	switch kind {
	case news.FigureKilled:
		f.Killed = nil
	case news.FigureInjured:
		f.Injured = nil
	case news.FigureDisplaced:
		f.Displaced = nil
	case news.FigureEvacuated:
		f.Evacuated = nil
	}
}

// viewKey names a view by what it is built from: the story's state, the
// members the reader may see (the sources the store attached) and the
// period it is told for.
func viewKey(s *news.Story, w window) string {
	ids := make([]int64, len(s.Sources))
	for i, src := range s.Sources {
		ids[i] = src.ArticleID
	}
	slices.Sort(ids)
	var b strings.Builder
	b.WriteString(strconv.FormatInt(s.ID, 10) + "@" + strconv.FormatInt(s.Updated.UnixNano(), 10))
	if w.set {
		b.WriteString("/" + strconv.FormatInt(w.since.UnixNano(), 10) + "-" + strconv.FormatInt(w.until.UnixNano(), 10))
	}
	for _, id := range ids {
		b.WriteString("," + strconv.FormatInt(id, 10))
	}
	return b.String()
}

func (v *Views) get(key string) (news.Story, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.cache[key]
	if !ok {
		return news.Story{}, false
	}
	v.order.MoveToFront(e)
	return e.Value.(*cachedView).view, true
}

func (v *Views) put(key string, view news.Story) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if _, ok := v.cache[key]; ok {
		return
	}
	v.cache[key] = v.order.PushFront(&cachedView{key: key, view: view})
	for v.order.Len() > v.max {
		last := v.order.Back()
		v.order.Remove(last)
		delete(v.cache, last.Value.(*cachedView).key)
	}
}

// storyMatches applies a filter's topics and places to a story as a digest
// does (sectionFor, matchesPlaces).
func storyMatches(s *news.Story, topics []news.Category, places map[string]bool) bool {
	it := Item{primary: story.Primary(s), places: storyPlaceKeys(s), Categories: s.Categories}
	if n := len(s.Changes); n > 0 {
		it.changeOf = s.Changes[n-1].Change.Category()
	}
	_, ok := sectionFor(&it, topics)
	return ok && matchesPlaces(&it, places)
}
