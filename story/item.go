package story

import (
	"math"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Item is what the index needs to know about one article. The index
// compares title, text, event day, fingerprint, places and actors; the rest
// identifies the article to the caller that logs or stores a match.
type Item struct {
	ArticleID  int64
	ExternalID string
	Title      string
	Text       string    // the article text or at least its lead
	Published  time.Time // UTC; zero when unknown
	EventDay   int32     // days since 1970-01-01 of the event (see EventDay); NoDay when unknown
	// DayNamed is true when the text itself names the event's day ("on
	// Tuesday"); otherwise EventDay is the day of writing, and the event
	// was then or a little before, or a night's ("late Tuesday", "early
	// Wednesday"), which other reports may date the day after or before.
	DayNamed bool
	// Night is true when the text dates the event at a night's turn of
	// two days ("late Tuesday", "Tuesday night"): a report of the next day
	// may tell of it by that day.
	Night bool
	// Recalls is the earlier day the lead recalls (see
	// news.Analysis.RecallsDate), or that of the event a reaction days
	// after it recalls (ownDay); NoDay or 0 when none (1970 is no day a
	// report recalls: see minEventYear).
	Recalls     int32
	Sentences   []string // the text's sentences as its analysis carries them; nil: split Text
	Fingerprint news.Fingerprint
	Places      []news.Entity
	Actors      []news.Entity
	Categories  []news.Category
	Facts       news.Facts
	// Changes are the changes of state the analysis found the headline
	// and lead report as news (news.Analysis.Changes).
	Changes []news.StateChange
	// CouncilMeets is the analysis's news.Analysis.CouncilMeets: the title
	// tells the Security Council meeting beside the toll, or what the UN
	// must do — a session's report.
	CouncilMeets bool
	// TitleMarks are the analysis's news.Analysis.TitleMarks: what the
	// title tells (a reaction, a meeting, a toll, an attack, ...).
	TitleMarks news.TitleMarks
	Source     string
}

// NoDay is the event day of an item that has none: no date in its text, no
// published time and no fetch time. Such an item links only to
// near-duplicates of itself (see Index.Links).
const NoDay int32 = math.MinInt32

// NewItem returns the item of an analysed article. The article's location
// hint, when it has one, counts as a place. Its event day is the analysis's
// event date, trusted as EventDay says, except a reaction's that its lead
// dates by the earlier event it recalls: it is dated on its day of writing
// (ownDay).
func NewItem(a *news.Article, an *news.Analysis) Item {
	it := Item{
		ArticleID: a.ID, ExternalID: a.ExternalID, Title: a.Title, Text: a.Text,
		Published: a.Published, Fingerprint: an.Fingerprint, Places: an.Places,
		Actors: an.Actors, Categories: an.Categories, Facts: an.Facts, Source: a.SourceName,
		Sentences: an.Sentences, Changes: an.Changes, CouncilMeets: an.CouncilMeets,
		TitleMarks: an.TitleMarks,
	}
	it.EventDay = EventDay(an.EventDate, a.Fetched)
	if d, err := time.Parse(time.DateOnly, an.EventDate); err == nil && dayNumber(d) == it.EventDay {
		it.DayNamed = an.EventDateBy == analyze.DatedByText
		it.Night = an.EventDateBy == analyze.DatedByNight
	}
	var moved bool
	it.Recalls, it.EventDay, moved = recalled(a, an, it.EventDay)
	if moved {
		it.DayNamed, it.Night = false, false
	}
	if loc := strings.TrimSpace(a.Location); loc != "" {
		it.Places = append([]news.Entity{{Name: loc, Kind: locationHint}}, it.Places...)
	}
	return it
}

// recalled returns the earlier day a report's lead recalls (NoDay when
// none) and the report's own event day: a reaction's (news.TitleReaction) is the
// day it was written when its lead dates it by an event more than a day
// earlier — that event is the day it recalls, and moved says so.
func recalled(a *news.Article, an *news.Analysis, day int32) (recalls, own int32, moved bool) {
	recalls = NoDay
	if an.RecallsDate != "" {
		recalls = EventDay(an.RecallsDate, a.Fetched)
	}
	if !an.TitleMarks.Has(news.TitleReaction) {
		return recalls, day, false
	}
	written := NoDay
	if an.Dateline != "" {
		written = EventDay(an.Dateline, a.Fetched)
	} else if !a.Published.IsZero() {
		written = EventDay(a.Published.UTC().Format(time.DateOnly), a.Fetched)
	}
	if w := ownDay(true, day, written); w != day {
		return day, w, true
	}
	return recalls, day, false
}

// Bounds of a trusted event date. A date after the article was fetched
// (beyond a day of time zones and clock skew) cannot be true, and one before
// minEventYear is a broken feed's zero ("1970-01-01", "0001-01-01"), not an
// archive: both fall back to the fetch day, so a feed item dated 2099 joins
// the stories of the day it arrived instead of waiting for a story of 2099.
const (
	futureSlackDays = 1
	minEventYear    = 1990
)

// EventDay returns the day an article is matched on, as days since
// 1970-01-01: the analysis's event date (YYYY-MM-DD) when it is a real date
// not after the fetch day, else the fetch day, else NoDay. It is a function of
// the article alone, so the story an article may join does not depend on
// when others arrived.
func EventDay(eventDate string, fetched time.Time) int32 {
	fetchDay := NoDay
	if !fetched.IsZero() {
		fetchDay = dayNumber(fetched)
	}
	d, err := time.Parse(time.DateOnly, eventDate)
	if err != nil || d.Year() < minEventYear || (fetchDay != NoDay && dayNumber(d) > fetchDay+futureSlackDays) {
		return fetchDay
	}
	return dayNumber(d)
}

// dayNumber is the UTC day of t as days since 1970-01-01.
func dayNumber(t time.Time) int32 {
	return int32(t.UTC().Unix() / 86400)
}

// DayTime is the midnight UTC of a day number.
func DayTime(day int32) time.Time {
	return time.Unix(int64(day)*86400, 0).UTC()
}

// features are what the index compares of an item, computed once a call.
type features struct {
	terms map[string]float32
}

// itemFeatures returns the terms of an item, those of its title and lead
// and its places and actors as terms of their own ("@aleppo"), so that they
// weigh by their document frequency like words: a town named in few
// articles tells events apart, the monitor quoted in all of them does not.
func itemFeatures(it *Item) features {
	f := features{terms: make(map[string]float32, 64)}
	for _, s := range append([]string{it.Title}, textLead(it.Text, it.Sentences, leadSentences)...) {
		for _, w := range lang.Words(s) {
			if t := term(w); t != "" {
				f.terms[t]++
			}
		}
	}
	for _, k := range entityKeys(leadPlaces(it.Places)) {
		f.terms["@"+k] = entityWeight
	}
	for _, k := range entityKeys(it.Actors) {
		f.terms["@"+k] = entityWeight
	}
	return f
}

// entityWeight is the count an entity term gets: half a word's, since the
// gazetteer finds places named in passing too.
const entityWeight = 0.5

// leadSentences is how many sentences of the text, after the title, make the
// lead that identifies the event (the analysis reads the same lead).
const leadSentences = analyze.LeadSentences

// termCounts returns the terms of the title and the lead with their counts.
// The title counts once like a lead sentence: weighting it more lost recall
// on the labelled pairs, as outlets word their headlines most freely.
func termCounts(title, text string) map[string]float32 {
	return itemFeatures(&Item{Title: title, Text: text}).terms
}

// term maps a word to its index term (lang.Term).
func term(w string) string { return lang.Term(w) }

// leadPlaces returns the places of the event: those the title or lead name,
// and the input's location hint. A place named only in the background
// paragraphs ("... the same town was hit last month") would link the report
// to that place's other events.
func leadPlaces(es []news.Entity) []news.Entity {
	var out []news.Entity
	for _, e := range es {
		if e.Lead || e.Kind == locationHint {
			out = append(out, e)
		}
	}
	return out
}

// locationHint is the kind NewItem gives the article's location hint.
const locationHint = "location"

// entityKeys returns the lower-cased names of the specific entities: places
// below country level and actors, which tell one event from another better
// than "Syria" does.
func entityKeys(es []news.Entity) []string {
	var out []string
	for _, e := range es {
		if e.Kind == "country" || e.Name == "" {
			continue
		}
		out = append(out, strings.ToLower(e.Name))
	}
	return out
}
