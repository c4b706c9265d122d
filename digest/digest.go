package digest

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// FormatVersion is the version of the JSON format written by RenderJSON.
// Version 2 added key, trends, period, reported, and per item section,
// changes, since_last, place and conflict; nothing was removed or renamed.
const FormatVersion = 2

// StorySource is the part of news.StoryService a digest reads.
type StorySource interface {
	Stories(ctx context.Context, f news.DigestFilter) ([]news.Story, error)
}

// Digest is the stories of one window: the key developments first, a line
// per conflict, then the stories grouped by what they are about, each
// group most significant first.
type Digest struct {
	Version   int             `json:"version"`
	Since     time.Time       `json:"since"`
	Until     *time.Time      `json:"until,omitempty"`
	Generated time.Time       `json:"generated"`
	ByStored  bool            `json:"by_stored"`
	Topics    []news.Category `json:"topics"`
	// Period is the period the digest covers, as readers read it: the
	// window's days for a digest of published times, else the days its
	// stories were reported on ("19–25 Aug 2013"), never the day they
	// were stored.
	Period string `json:"period"`
	// Reported is the first and last report of the stories shown; absent
	// when none has a date.
	Reported *Span `json:"reported,omitempty"`
	// Key are the period's key developments, at most three, most
	// significant first: changes of state and firsts, then the stories with
	// the most sources and the largest figures.
	Key []KeyItem `json:"key"`
	// Trends are a line per conflict of the period: deteriorated, improved
	// or unchanged, with the one reason, and the events reported per place.
	Trends   []Trend   `json:"trends"`
	Sections []Section `json:"sections"`
	LeftOut  []LeftOut `json:"left_out"`
	Counts   Counts    `json:"counts"`
	Footer   string    `json:"footer"`
	// ChartFile is the name of the chart attached to the first message
	// ("" when none is), for a renderer that shows it.
	ChartFile string `json:"-"`
}

// Span is a stretch of time.
type Span struct {
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
}

// Section is the items of one category, best first.
type Section struct {
	Category news.Category `json:"category"`
	Items    []Item        `json:"items"`
}

// KeyItem is one key development: a story, and why it leads.
type KeyItem struct {
	StoryID int64  `json:"story_id"`
	Text    string `json:"text"` // "Ceasefire collapsed: <headline> (Aleppo, 5 sources)"
	Why     string `json:"why"`  // "change of state", "first of its kind", "security council", "diplomacy", "sources", "figures"
	// Detail says what weighed it: its change, its outlets and reports,
	// its toll and how many originators give it, its score.
	Detail string `json:"detail"`
}

// Trend is the period of one conflict: its direction and the one reason,
// and the stories reported per place.
type Trend struct {
	Conflict string       `json:"conflict"` // the gazetteer's code ("syria"); "" for places of no known conflict
	Name     string       `json:"name"`     // "Syria"
	Trend    string       `json:"trend"`    // TrendWorse, TrendBetter or TrendSame
	Reason   string       `json:"reason"`
	Stories  int          `json:"stories"`
	Places   []PlaceCount `json:"places,omitempty"`
	// Elsewhere counts the stories Places does not: those of no place
	// and those of places past the line's few, so that the counts add up
	// to Stories.
	Elsewhere int `json:"elsewhere,omitempty"`
}

// Trends of a conflict over a digest's period.
const (
	TrendWorse  = "deteriorated"
	TrendBetter = "improved"
	TrendSame   = "unchanged"
)

// PlaceCount is how many stories of a period a place had.
type PlaceCount struct {
	Place   string `json:"place"`
	Stories int    `json:"stories"`
}

// LeftOut is a story the window matched that the digest does not show, and why.
type LeftOut struct {
	StoryID  int64  `json:"story_id"`
	Headline string `json:"headline"`
	Reason   string `json:"reason"`
	// Events are the days of the story's events when they are the reason
	// it is left out (reported in the period, about another); else absent.
	Events *Span `json:"events,omitempty"`
}

// Counts are the digest's totals for its footer.
type Counts struct {
	Stories  int `json:"stories"`
	Articles int `json:"articles"`
	Sources  int `json:"sources"`
	// Earlier counts the Articles published before the period
	// (ItemSource.Earlier).
	Earlier int `json:"earlier,omitempty"`
	// Misdated counts the Articles dated before the period and before
	// the events they report (ItemSource.Misdated).
	Misdated int `json:"misdated,omitempty"`
}

// Empty reports whether the digest shows no story.
func (d *Digest) Empty() bool { return d.Counts.Stories == 0 }

// StoryIDs returns the ids of the stories shown, section by section.
func (d *Digest) StoryIDs() []int64 {
	var ids []int64
	for _, s := range d.Sections {
		for _, it := range s.Items {
			if it.SessionOf == 0 { // a session told by an attack's reports is part of its story
				ids = append(ids, it.StoryID)
			}
		}
	}
	return ids
}

// Item returns the shown item of a story, or nil.
func (d *Digest) Item(storyID int64) *Item {
	for i := range d.Sections {
		for j := range d.Sections[i].Items {
			if it := &d.Sections[i].Items[j]; it.StoryID == storyID && it.SessionOf == 0 {
				return it
			}
		}
	}
	return nil
}

// OverLimit returns how many stories the digest leaves out for its limit.
func (d *Digest) OverLimit() int {
	n := 0
	for _, l := range d.LeftOut {
		if l.Reason == reasonOverLimit {
			n++
		}
	}
	return n
}

// OutsideEvents returns the days of the events of the stories the digest
// leaves out because those events lie outside its period though they were
// reported in it, earliest first, one span per story.
func (d *Digest) OutsideEvents() []Span {
	var out []Span
	for _, l := range d.LeftOut {
		if l.Events != nil {
			out = append(out, *l.Events)
		}
	}
	slices.SortStableFunc(out, func(a, b Span) int { return a.First.Compare(b.First) })
	return out
}

// Build returns the digest of the stories src finds for f, ranked as of now.
// f.Limit caps the stories shown (the most significant); the rest are
// listed in LeftOut. To build many digests as of one time, use a Builder.
func Build(ctx context.Context, src StorySource, f news.DigestFilter, now time.Time) (*Digest, error) {
	return newBuilder(src, now, false).Build(ctx, f)
}

func newDigest(f news.DigestFilter, now time.Time) *Digest {
	d := &Digest{
		Version:   FormatVersion,
		Since:     f.Since.UTC(),
		Generated: now.UTC(),
		ByStored:  f.ByStored,
		Topics:    append([]news.Category{}, f.Topics...),
		Key:       []KeyItem{},
		Trends:    []Trend{},
		Sections:  []Section{},
		LeftOut:   []LeftOut{},
	}
	if !f.Until.IsZero() {
		u := f.Until.UTC()
		d.Until = &u
	}
	return d
}

// group puts the items in sections, ordered by their most significant
// story (items come in rank order), so that the body, like the key
// developments above it, opens with the period's most significant news;
// within a section the items keep their rank. Sections group, they do not
// rank: a one-report talks item does not come before a twelve-report
// bombing because Talks is listed first. A talks story placed just below
// the attack it reacts to (rankReactions) stands level with it, and of
// sections level the digest's own (talks, ceasefire, humanitarian) come
// before Violence: the key developments put the bombing before the
// session on it, and the body does not put the session below every lesser
// strike of the week. The body still opens with the period's most
// significant story: a session on the week's gas attack follows it.
func (d *Digest) group(items []Item) {
	var order []news.Category
	level := map[news.Category]float64{}
	for _, it := range items { // in rank order
		if !slices.Contains(order, it.Section) {
			order = append(order, it.Section)
		}
		level[it.Section] = max(level[it.Section], it.Score, it.reactsTo)
	}
	slices.SortStableFunc(order, func(a, b news.Category) int {
		if c := cmp.Compare(level[b], level[a]); c != 0 {
			return c
		}
		if top := items[0].Section; (a == top) != (b == top) {
			// The body opens with the period's most significant story,
			// whatever stands level with it.
			if a == top {
				return -1
			}
			return 1
		}
		return cmp.Compare(categoryRank(a), categoryRank(b))
	})
	for _, c := range order {
		var sec Section
		for _, it := range items {
			if it.Section == c {
				sec.Items = append(sec.Items, it)
			}
		}
		if len(sec.Items) > 0 {
			sec.Category = c
			d.Sections = append(d.Sections, sec)
		}
	}
}

// categoryRank is a section's place among the digest's sections when two
// stand level: news.Categories' order, talks first, violence last.
func categoryRank(c news.Category) int {
	if i := slices.Index(news.Categories, c); i >= 0 {
		return i
	}
	return len(news.Categories)
}

// count sets the footer counts: the stories shown, the reports their items
// list and the distinct outlets among them, so that the footer adds up the
// items' own source lines. A period's items list the reports published in
// it (Views tells a story by them).
func (d *Digest) count(items []Item) {
	outlets := map[string]bool{}
	for _, it := range items {
		for _, src := range it.Sources {
			d.Counts.Articles++
			outlets[src.outlet()] = true
		}
		d.Counts.Earlier += it.EarlierReports
		d.Counts.Misdated += it.MisdatedReports
	}
	d.Counts.Stories = len(items)
	d.Counts.Sources = len(outlets)
}

// markLate marks the items of a period ending at until whose every report
// was published at or after its end (Item.ReportedLater: the day of the
// first). A period without an end, or an item with an undated report or
// one published in the period, is not marked.
func markLate(items []Item, until time.Time) {
	if until.IsZero() {
		return
	}
	for i := range items {
		it := &items[i]
		var first time.Time
		for _, s := range it.Sources {
			if s.Published.IsZero() || s.Published.Before(until) {
				first = time.Time{}
				break
			}
			if first.IsZero() || s.Published.Before(first) {
				first = s.Published
			}
		}
		if !first.IsZero() {
			day := first.UTC()
			it.ReportedLater = &day
		}
	}
}

// markEarlier marks the sources of each item published before since, the
// start of a period of published times (zero: none, as for a
// subscription's digest on stored time, whose every report is news to its
// reader and whose notes since the last digest say what is new): a copy or
// an earlier report still tells the item, but a reader who checks the
// item's count against the period would not find it there. A report dated
// before the first day of the events the item reports cannot have told
// them — its date is wrong (a copy re-dated by its feed) — so it is marked
// misdated, not earlier, whether that date falls before the period or in
// it (issue 13, 2017: a report dated 13 Apr of the 15 Apr bombing), and
// its outlet is no source of the item unless it reported the events too:
// a wrong date does not make the story better sourced. Items share their
// sources with the builder's other digests: a marked item gets its own copy.
//
// A report stamped before the events whose text carries a date of its own
// that fits them (ownDate) is no misdated copy: its feed's stamp is wrong,
// not the report, so it goes by its own date (Published, the feed's kept
// in FeedPublished) and counts like any other report (issue 13, 2016:
// Ahram Online's AFP copy "Tuesday 20 Sep 2016" of the 19 Sep convoy
// attack, stamped 5 Sep). Only a report with no such date keeps the mark.
func markEarlier(items []Item, since time.Time) {
	if since.IsZero() {
		return
	}
	for i := range items {
		it := &items[i]
		var first, last time.Time
		if it.Events != nil {
			first = it.Events.First.UTC().Truncate(24 * time.Hour)
			last = it.Events.Last.UTC().Truncate(24 * time.Hour)
		}
		if !slices.ContainsFunc(it.Sources, func(s ItemSource) bool { return before(s.Published, since) || before(s.Published, first) }) {
			continue
		}
		it.Sources = slices.Clone(it.Sources)
		it.EarlierReports, it.MisdatedReports = 0, 0
		var told []ItemSource // the reports dated as they could be
		for j := range it.Sources {
			s := &it.Sources[j]
			if d, ok := ownDate(s, first, last); ok {
				s.FeedPublished, s.Published = s.Published, d
			}
			s.Misdated = before(s.Published, first)
			s.Earlier = !s.Misdated && before(s.Published, since)
			if s.Earlier {
				it.EarlierReports++
			}
			if s.Misdated {
				it.MisdatedReports++
			} else {
				told = append(told, *s)
			}
		}
		if n := countOutlets(told); n > 0 {
			it.SourceCount = n
		}
	}
}

// ownDateLag is the furthest a report's own date may lie after the last
// day of the events it tells for it to be their report: news is written
// the day of its events or within days of them (a weekly's, a weekend's
// delay), and a text dated weeks after them is a later article's.
const ownDateLag = 3 * 24 * time.Hour

// ownDate returns the date a report whose feed stamped it before the
// events it tells goes by: its own (ItemSource.Written), when the text
// carries one and it is consistent with those events — on or after their
// first day (first) and no more than ownDateLag after their last (last,
// zero when not known: first is then the last). The rule on a text's date
// later than its feed's: it is never trusted for itself (a date in the
// future of the stamp is as often a schedule the text quotes), only when
// the stamp cannot be true — before the very events the report tells —
// and the text's date can; then the stamp is the error and the text's
// date the report's. A text date that fits no such case leaves the feed's
// date, and the report keeps its mark. False when the feed's date stands.
func ownDate(s *ItemSource, first, last time.Time) (time.Time, bool) {
	if !before(s.Published, first) || s.Written.IsZero() || !s.FeedPublished.IsZero() {
		return time.Time{}, false
	}
	if last.Before(first) {
		last = first
	}
	if s.Written.Before(first) || s.Written.After(last.Add(ownDateLag)) {
		return time.Time{}, false
	}
	// the feed's time of day on the text's day: the order of a day's
	// reports stays the feed's
	return s.Written.Add(s.Published.Sub(s.Published.Truncate(24 * time.Hour))), true
}

// before reports whether t is known and before limit.
func before(t, limit time.Time) bool {
	return !t.IsZero() && t.Before(limit)
}
