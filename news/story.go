package news

import "time"

// Story is one event as reported by one or more articles: five outlets
// reporting one air strike are one story with five sources.
type Story struct {
	ID       int64
	Headline string
	Summary  string
	// Development is a second event the story's reports tell in a
	// paragraph of their own (an evacuation under a local deal, in a report
	// of the day's air strikes), "" when none: not the story's own event,
	// so shown apart from its summary and not what the story is about.
	Development string
	// DevelopmentSource is the outlet (source name) of the report
	// Development is from, "" when none or not known: set by story.Build
	// and not stored (a story read from the store has none).
	DevelopmentSource string
	// DevelopmentArticle is the external id of the report Development is
	// from, "" when none or not known: set by story.Build and not stored,
	// as DevelopmentSource.
	DevelopmentArticle string
	// OtherEvent is an event of another town than the story's that one of
	// its reports also tells in a paragraph of its own (the evacuation of a
	// district of Homs, in a report of strikes on Aleppo), "" when none;
	// OtherEventPlace names that town, OtherEventSource the report's outlet
	// and OtherEventDay the day the sentence tells it happened (its weekday
	// counted back from the report's day), zero when not known. A digest
	// shows it as what the report also tells, only when none of its items
	// tells it. Set by story.Build and stored.
	OtherEvent, OtherEventPlace, OtherEventSource string
	OtherEventDay                                 time.Time
	// Acts are the separate diplomatic acts of a story of reactions (a
	// call on one day, a minister's statement on another), oldest first;
	// nil when it tells fewer than two days' acts. Set by story.Build and
	// not stored: a digest rebuilds such a story from its members (the
	// store keeps no column for them).
	Acts            []StoryAct
	Categories      []Category
	CeasefireStatus CeasefireStatus
	// PrevCeasefireStatus is the state before the latest change, "" when none:
	// it lets a digest say a truce went from in_effect to violated.
	PrevCeasefireStatus CeasefireStatus
	HumanitarianTypes   []HumanitarianType
	Places              []Entity
	Actors              []Entity
	Figures             []StoryFigure // merged across sources: a range and the latest, never a sum
	Sources             []StorySource // newest first
	FirstSeen           time.Time     // earliest published time of its articles
	LastSeen            time.Time     // latest published time of its articles
	Updated             time.Time     // when the story last changed in the store
	// NeedsView is set by the store on a story that holds an article of a
	// guild-added source: its aggregate fields are of all its articles, and
	// no reader may see it before a view of what that reader may see is
	// rebuilt from its articles (digest.Views).
	NeedsView bool
	// Absorbed lists stored stories that this one now includes: a report
	// that arrived late bridged them. Storing this story moves their
	// articles to it and makes their ids redirect to its id, so an id that
	// was delivered never dangles. Empty for a story read from the store.
	Absorbed []int64
	// Changes are the changes of state the story reports, oldest first:
	// decided by the analyses of its articles (and, for a ceasefire, by
	// the states they report over time), never by reading its text again.
	Changes []StoryChange
	// EventFirst and EventLast are the first and last day (midnight UTC)
	// of the story's events as its articles' analyses date them
	// (Analysis.EventDate); zero when none does. Readers are told these
	// days, not when the reports were published or stored.
	EventFirst, EventLast time.Time
	// Earlier counts the reports of the story published before the period
	// a digest tells it for, Began the first of them: the story is told by
	// the period's reports, and its history is context ("since 4 Apr
	// 2017"). Zero outside such a view.
	Earlier int
	Began   time.Time
	// Whole is, on such a view of some of its reports, the first report
	// and the days of events of the whole story as the reader may see it,
	// by which a digest reckons the one period that tells it in full (its
	// home); nil on a story read whole, whose own fields give them.
	Whole *StorySpan
}

// StorySpan is when a story was first reported (FirstSeen) and the first
// and last day of its events, as Story's fields of the same names.
type StorySpan struct {
	FirstSeen, EventFirst, EventLast time.Time
}

// StoryAct is one diplomatic act of a story: the day it was done, the
// sentence that tells it and the reports that do.
type StoryAct struct {
	Day        time.Time // midnight UTC
	Text       string
	Headline   string   // the title of its first report
	ArticleIDs []string // the reports' external ids (else their stored ids)
	Sources    []string // the reports' outlet names, each once
}

// StoryMember is one stored article as a story listing shows it: the
// article, its story (0 when none) and the story's span and size.
type StoryMember struct {
	ArticleID  int64
	ExternalID string
	Title      string
	SourceName string
	Published  time.Time
	EventDate  string // YYYY-MM-DD, "" when unknown
	StoryID    int64
	Headline   string
	FirstSeen  time.Time
	LastSeen   time.Time
	Sources    int // articles in the story
}

// StoryFigure is one kind of figure across a story's sources: "killed at
// least 112 (Reuters) to 126 (SOHR)".
type StoryFigure struct {
	Kind   string     `json:"kind"` // "killed", "injured", "displaced", "evacuated"
	Low    Figure     `json:"low"`
	High   Figure     `json:"high"`
	Latest Figure     `json:"latest"`
	LowBy  string     `json:"low_by"` // source name of the low figure
	HighBy string     `json:"high_by"`
	By     string     `json:"by"` // source name of the latest
	AsOf   time.Time  `json:"as_of"`
	Refs   []FigureBy `json:"refs,omitempty"`
	// Lines are the running tolls, one per originator, in order of first
	// report: "SOHR: 58 → 72 → 86". Empty in stories built before figures
	// had originators; readers then build them from Refs.
	Lines []FigureLine `json:"lines,omitempty"`
	// Word is the amount the sources give in words ("dozens") when none
	// gives a number; Low, High and Latest are then zero.
	Word string `json:"word,omitempty"`
}

// FigureLine is one originator's figures for a story, oldest first, each
// step a new value or qualifier: never a sum, never another's count.
type FigureLine struct {
	// Originator is who gave the figures ("SOHR"); "" when the articles
	// name no one, and Outlet is then the outlet whose own count it is.
	Originator string `json:"originator"`
	// OriginatorKey groups the line's counts when Originator is written as
	// a text names it (Figure.OriginatorKey); "" when it is Originator.
	OriginatorKey string     `json:"originator_key,omitempty"`
	Outlet        string     `json:"outlet,omitempty"`
	PartyClaim    bool       `json:"party_claim,omitempty"`
	Steps         []FigureBy `json:"steps"`
}

// Giver is the name the line's counts are grouped by: its OriginatorKey,
// else its Originator.
func (l FigureLine) Giver() string {
	if l.OriginatorKey != "" {
		return l.OriginatorKey
	}
	return l.Originator
}

// FigureBy is one source's figure, for the range.
type FigureBy struct {
	Figure
	Source    string    `json:"source"`
	ArticleID string    `json:"article_id"`
	Published time.Time `json:"published"`
}

// StorySource is one article of a story.
type StorySource struct {
	ArticleID  int64
	ExternalID string
	Title      string
	SourceName string
	URL        string
	Published  time.Time
	// Written is the report's own date, as its text gives it
	// (Analysis.Dateline), midnight UTC; zero when the text gives none. A
	// digest dates the report by it when Published, a feed's stamp, falls
	// before the events the report tells (digest.markEarlier).
	Written time.Time
	// Ceasefire is the truce state the report's own analysis gives
	// (Analysis.CeasefireStatus), "" when its analysis ties it to no
	// truce: a report of a shelling that never names the truce does not
	// tell the truce's state, though its story does (digest.truceReports).
	Ceasefire CeasefireStatus
	// GuildID is the guild whose added source the article came from, ""
	// for the operator's: readers see such a source under GuildLabel.
	GuildID string
}

// WrittenOn returns the day an analysis's own date gives (Dateline),
// zero when it gives none.
func WrittenOn(an *Analysis) time.Time {
	if an == nil || an.Dateline == "" {
		return time.Time{}
	}
	d, err := time.Parse(time.DateOnly, an.Dateline)
	if err != nil {
		return time.Time{}
	}
	return d
}

// WidenSpan returns the span covering [first, last] and [from, to], in
// UTC; a zero time is unknown and widens nothing (a story's FirstSeen and
// LastSeen as its reports arrive).
func WidenSpan(first, last, from, to time.Time) (time.Time, time.Time) {
	if first.IsZero() || (!from.IsZero() && from.Before(first)) {
		first = from
	}
	if to.After(last) {
		last = to
	}
	return first.UTC(), last.UTC()
}

// EventDay returns the first day of the story's events (EventFirst, in UTC,
// truncated to the day), zero when its events are undated.
func (s *Story) EventDay() time.Time {
	if s.EventFirst.IsZero() {
		return time.Time{}
	}
	return s.EventFirst.UTC().Truncate(24 * time.Hour)
}

// DayStartFrom returns the start of the first UTC day that begins at or
// after t (t itself when it is a midnight). A story's EventDay is at or
// after a time t exactly when its EventFirst is at or after DayStartFrom(t),
// and before t exactly when its EventFirst is before DayStartFrom(t): the
// stores compare the stored first event time with these bounds, so that an
// index on it serves the period's lookup. The zero time stays zero.
func DayStartFrom(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	d := t.UTC().Truncate(24 * time.Hour)
	if d.Before(t) {
		d = d.Add(24 * time.Hour)
	}
	return d
}

// PeriodTime returns the time a report of the story published at published
// counts at when a period of published times is selected: its published
// time, or the first day of the story's events when it was published
// before them. A report cannot be published before the events it tells
// (its feed re-dated a copy), so a story whose reports all carry such a
// date still falls in the period of its events (issue 13, 2016).
func (s *Story) PeriodTime(published time.Time) time.Time {
	if d := s.EventDay(); !published.IsZero() && published.Before(d) {
		return d
	}
	return published
}

// PeriodSpan returns the story's FirstSeen and LastSeen as PeriodTime
// counts them.
func (s *Story) PeriodSpan() (first, last time.Time) {
	return s.PeriodTime(s.FirstSeen), s.PeriodTime(s.LastSeen)
}
