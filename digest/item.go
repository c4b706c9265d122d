package digest

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// Item is one story in a digest.
type Item struct {
	StoryID  int64  `json:"story_id"`
	Headline string `json:"headline"`
	// Summary is one or two sentences of the story, the one that says
	// why it is in its section first (story.Build puts it there).
	Summary string `json:"summary"`
	// Development is a second event the story's reports tell in a
	// paragraph of its own (an evacuation beside the day's strikes, the
	// Security Council's session beside the attack), "" when none: shown
	// on its own line, never as the story's own news (story.Build).
	Development string `json:"development,omitempty"`
	// DevelopmentSource is the outlet the development was reported by,
	// "" when not known: named on the development's line, as an act's
	// outlets are on its line, for a development may be shown on another
	// item than its report's (placeResumptions), whose sources line does
	// not name that outlet.
	DevelopmentSource string `json:"development_source,omitempty"`
	// OtherEvent is an event of another town that one of the story's
	// reports also tells (news.Story.OtherEvent), "" when none or when an
	// item of the digest is of that town or tells it (dropOtherEvents);
	// OtherEventPlace is the town, OtherEventSource the report's outlet,
	// OtherEventDay the day it happened (nil when not known).
	OtherEvent       string     `json:"other_event,omitempty"`
	OtherEventPlace  string     `json:"other_event_place,omitempty"`
	OtherEventSource string     `json:"other_event_source,omitempty"`
	OtherEventDay    *time.Time `json:"other_event_day,omitempty"`
	// Acts are the separate diplomatic acts of a story of reactions
	// (another government on another day), oldest first, when it tells
	// those of two days or more; shown instead of the summary, an act a
	// line with its day and outlets (ActLines). The item stays the one
	// story: its id, its sources and what a subscription was told of it.
	Acts            []ItemAct            `json:"acts,omitempty"`
	Section         news.Category        `json:"section"` // what the story is about first (story.Primary)
	Categories      []news.Category      `json:"categories"`
	CeasefireStatus news.CeasefireStatus `json:"ceasefire_status"`
	// Change is the story's latest change of state in words ("ceasefire:
	// in effect → collapsed"), "" when it reports none; Direction says
	// whether it was for the better or the worse. An arrow is shown only
	// with a change.
	Change    string       `json:"change"`
	Direction Direction    `json:"direction"`
	Changes   []ItemChange `json:"changes,omitempty"`
	Score     float64      `json:"score"`
	FirstSeen time.Time    `json:"first_seen"` // the first report's publication
	LastSeen  time.Time    `json:"last_seen"`
	// Events are the days of the story's events as its articles date
	// them; absent when none does (then the reports' days stand in).
	Events *Span `json:"events,omitempty"`
	// Place is where the story happened (its most named place below
	// country level, else its country), Conflict the conflict of its
	// places; "" when none is known.
	Place    string       `json:"place,omitempty"`
	Conflict string       `json:"conflict,omitempty"`
	Figures  []ItemFigure `json:"figures"`
	Sources  []ItemSource `json:"sources"`
	// SourceCount is the number of distinct outlets.
	SourceCount int `json:"source_count"`
	// Earlier counts the story's reports before the digest's period, and
	// Began is the first of them, when the story began before it: the item
	// tells the period's part of the story (news.Story.Earlier).
	Earlier int        `json:"earlier,omitempty"`
	Began   *time.Time `json:"began,omitempty"`
	// EarlierReports counts the sources listed that were published
	// before the digest's period (ItemSource.Earlier): the item's reports
	// of the period are len(Sources) less these.
	EarlierReports int `json:"earlier_reports,omitempty"`
	// MisdatedReports counts the sources listed that were published
	// before the period and before the first day of the events the item
	// reports (ItemSource.Misdated): not counted in EarlierReports.
	MisdatedReports int `json:"misdated_reports,omitempty"`
	// ReportedLater is, in a period's digest, the day of the story's first
	// report when every report of it was published after the period ended
	// (a story of the period's events the feeds brought late, which the
	// period's digest holds: see outside): the reader of a digest made
	// then would not have seen it. Nil when a report fell in the period,
	// and in a subscription's digest (stored time).
	ReportedLater *time.Time `json:"reported_later,omitempty"`
	// Since says what is new since the subscription's last digest; nil
	// outside a subscription's digest.
	Since *SinceLast `json:"since_last,omitempty"`
	// SessionOf is, on the item of a Security Council session that only
	// an attack's reports tell (councilSessions), the attack's story id,
	// which is also its StoryID: a part of that story shown under Talks,
	// not a story of its own; 0 on every other item.
	SessionOf int64 `json:"session_of,omitempty"`
	// developmentArticle is the article id (ItemSource.ArticleID) of the
	// report Development is from, "" when not known.
	developmentArticle string
	// Track is the story id of the item this one is a development of —
	// the same truce, or talks with the same change — shown right after
	// it; 0 for an item that leads a track or has none (tracks).
	Track int64 `json:"track,omitempty"`
	// trackKind is what the track is about (trackTruce, trackTalks);
	// leadsSaid: the change of state it reported is its lead's, said once
	// there, and is no key development of its own.
	trackKind string
	leadsSaid bool

	// council: the story is talks led by the UN Security Council (its
	// reports name the Council in their lead): a session, a veto, a
	// resolution — the diplomacy a newsroom leads with.
	council bool
	// partyStated: the story told a change that is a party's own finding
	// (partyFinding), only in its own outlets: a statement, not a change.
	partyStated bool
	// breachAgain: the story's change was a truce violated that earlier
	// periods had told violated already (markRoutineViolations): no change.
	breachAgain bool
	primary     news.Category   // Section before a topic filter
	changeOf    news.Category   // the category of its latest change, "" when none
	places      map[string]bool // story.PlaceKey of its places
	// truceOvertaken: a later story of its conflict in the same digest
	// reports another state of the truce (see ShowsTruce).
	truceOvertaken bool
	// reactsTo is the score of the attack a talks story was placed just
	// below (rankReactions), 0 when none: its section stands level with
	// the attack's (Digest.group).
	reactsTo float64
	// truceNow is the state a later story of its conflict tells of its
	// truce when it contradicts the item's own (markOvertakenTruces).
	truceNow news.CeasefireStatus
}

// ItemAct is one act of a story of reactions (news.StoryAct), for reading.
type ItemAct struct {
	Day        time.Time `json:"day"`
	Text       string    `json:"text"`
	Headline   string    `json:"headline"`
	ArticleIDs []string  `json:"article_ids"`
	Sources    []string  `json:"sources"` // the outlets' display names
}

func itemActs(acts []news.StoryAct) []ItemAct {
	var out []ItemAct
	for _, a := range acts {
		act := ItemAct{Day: a.Day.UTC(), Text: clip(oneLine(a.Text), maxAct), Headline: printedHeadline(a.Headline, ""),
			ArticleIDs: slices.Clone(a.ArticleIDs)}
		for _, src := range a.Sources {
			if name := cmp.Or(story.DisplaySource(src), src); !slices.Contains(act.Sources, name) {
				act.Sources = append(act.Sources, name)
			}
		}
		out = append(out, act)
	}
	return out
}

// ItemChange is one change of state of a story, for reading.
type ItemChange struct {
	Change news.Change          `json:"change"`
	Text   string               `json:"text"` // "ceasefire: in effect → collapsed"
	At     time.Time            `json:"at"`
	Source string               `json:"source,omitempty"`
	from   news.CeasefireStatus // the truce's state the story saw before, "" when none
}

// Direction says whether a change of state is for the better or the worse.
type Direction string

// Directions of a change of state; "" when the story reports no change.
const (
	Better    Direction = "better"
	Worse     Direction = "worse"
	Unchanged Direction = "unchanged" // a first of its kind: news, neither better nor worse
)

// ItemFigure is one key figure of a story, formatted for reading.
type ItemFigure struct {
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Value int64  `json:"value"`
	// Word is the amount in words ("dozens") when no source gives a
	// number: Value is then 0, which is not a count of none.
	Word      string         `json:"word,omitempty"`
	Qualifier news.Qualifier `json:"qualifier"`
	By        string         `json:"by"`
	AsOf      time.Time      `json:"as_of"`
	// Lines are the running tolls, one per originator, each count with
	// the day of its report ("SOHR: 58 (12 Apr) → 72 (13 Apr) → at least
	// 86 (14 Apr)", "according to a hospital: 45 (22 Sep)"); see Running
	// for the ones worth showing.
	Lines []string `json:"lines,omitempty"`
	// History are the lines as data: each count with its value and the
	// time of its report; absent for a figure stored without lines.
	History []FigureHistory `json:"history,omitempty"`
	// src is the story's figure the lines are written from, span whether
	// the item's figures span days: the digest writes the lines again
	// with its period's year (dateFigureLines).
	src  *news.StoryFigure
	span bool
	// spread are Spread's ends; day writes a report's day in the
	// digest's year (dateFigureLines), nil outside a digest.
	spread *spreadEnds
	day    func(time.Time) string
	// Latest are each originator's latest figure, for the next digest to
	// say what changed ("toll rose — SOHR: 58 (12 Apr) → 86 (14 Apr)").
	Latest []news.DeliveredFigure `json:"-"`
	// outlets are the names in Latest that are outlets, not originators.
	outlets map[string]bool
	// lead is the count the item is summed up by (leadLine), nil when
	// the figure has no lines; peak is the largest count of any source,
	// which weighs the story (score).
	lead *news.DeliveredFigure
	// leadVia is the party's media the lead's line came through
	// (story.LineVia), "" for none; leadViaParty marks it a party's organ.
	leadVia      string
	leadViaParty bool
	peak         int64
	// backing weighs its independent sources (backing): 0.25 for one
	// party's claim to 1.5 for three originators or more.
	backing float64
	// period: the count it is summed up by is told over days up to its
	// report ("over the past few days": lang.TellsPeriod), not as one
	// day's toll; key and conflict lines say so.
	period bool
	// Spread is the range named sources give, lowest count not overtaken
	// to highest as the figure lines show them, when they disagree widely
	// (spread): "494 (an opposition monitoring group) to at least 1,300
	// (opposition, a party to the fighting)"; "" when they agree. Key and
	// conflict lines show it instead of the lead alone.
	Spread string `json:"spread,omitempty"`
}

// Running returns the running tolls worth showing under Text: none when
// one source gave one figure, which Text already names.
func (f *ItemFigure) Running() []string {
	if len(f.Lines) == 1 && !strings.Contains(f.Lines[0], "→") {
		return nil
	}
	return f.Lines
}

// ItemSource is one article of a story, as a link.
type ItemSource struct {
	Name string `json:"name"`
	// DisplayName is the outlet's name for readers ("Daily Sabah" for
	// "dailysabah"); "" when the source is not named.
	DisplayName string    `json:"display_name"`
	Title       string    `json:"title"`
	URL         string    `json:"url"`
	ArticleID   string    `json:"article_id"`
	Published   time.Time `json:"published"`
	// GuildID is the guild that added the source, "" for the operator's.
	GuildID string `json:"guild_id,omitempty"`
	// Earlier marks a report published before the digest's period that
	// the item still draws on (a copy, or a report dated before the
	// events it tells): listed, but not the period's (markEarlier).
	Earlier bool `json:"earlier,omitempty"`
	// Misdated marks a report published before the digest's period and
	// before the first day of the events the item reports: a copy whose
	// date is wrong, not an earlier report (markEarlier). Earlier is then
	// false. A report whose own date fits the events is none: it is
	// dated by that date (FeedPublished).
	Misdated bool `json:"misdated,omitempty"`
	// Written is the report's own date, as its text gives it
	// (news.StorySource.Written); zero when none. Not in the JSON form:
	// Published is the date the report goes by.
	Written time.Time `json:"-"`
	// FeedPublished is the date its feed gave a report that goes by its
	// own date instead (Published is then Written): the feed dated it
	// before the events it tells, and its text dates it as their report
	// (markEarlier, ownDate). Zero when Published is the feed's.
	FeedPublished time.Time `json:"feed_published,omitzero"`
	// truce is the truce state the report's own analysis gives
	// (news.StorySource.Ceasefire), "" for none: what truceReports counts.
	truce news.CeasefireStatus
}

// Score weights; the package doc explains them.
const (
	changeWeight    = 100.0
	councilWeight   = 80.0
	diplomacyWeight = 20.0
	statementWeight = 10.0
	sourceWeight    = 10.0
	maxSources      = 10
	reportWeight    = 5.0
	figureWeight    = 12.0
	recencyWeight   = 10.0
	halfLife        = 24 * time.Hour
	toldWeight      = 60.0 // taken off a story the reader was told of, with nothing new of note
)

func newItem(s *news.Story, now time.Time) Item {
	it := Item{
		StoryID:         s.ID,
		Headline:        printedHeadline(s.Headline, ""),
		Summary:         clip(firstSentences(s.Summary, story.ShownSentences), maxSummary),
		Development:     clip(s.Development, maxSummary),
		Acts:            itemActs(s.Acts),
		Categories:      append([]news.Category{}, s.Categories...),
		CeasefireStatus: s.CeasefireStatus,
		FirstSeen:       s.FirstSeen.UTC(),
		LastSeen:        s.LastSeen.UTC(),
		Figures:         itemFigures(s.Figures, s.Headline, s.EventLast.After(s.EventFirst) && !s.EventFirst.IsZero()),
		Sources:         itemSources(s.Sources),
		primary:         story.Primary(s),
		places:          storyPlaceKeys(s),
	}
	if it.Development != "" {
		it.DevelopmentSource = developmentSource(s.DevelopmentSource, it.Sources)
		it.developmentArticle = s.DevelopmentArticle
	}
	if s.OtherEvent != "" {
		it.OtherEvent, it.OtherEventPlace = clip(s.OtherEvent, maxSummary), s.OtherEventPlace
		it.OtherEventSource = developmentSource(s.OtherEventSource, it.Sources)
		if !s.OtherEventDay.IsZero() {
			d := s.OtherEventDay.UTC()
			it.OtherEventDay = &d
		}
	}
	if it.Headline == "" && len(it.Sources) > 0 {
		it.Headline = clip(it.Sources[0].Title, maxHeadline)
	}
	if it.Headline == "" {
		it.Headline = "(no headline)"
	}
	it.council = councilLed(s) && !councilCalledFor(it.Headline+" "+firstSentences(it.Summary, 1))
	it.Section = it.primary
	it.Changes, it.partyStated = itemChanges(s)
	if n := len(it.Changes); n > 0 {
		last := it.Changes[n-1]
		it.Change, it.Direction, it.changeOf = last.Text, direction(last.Change), last.Change.Category()
		if stateChange(last.Change) && it.Section == it.changeOf && !tellsToll(it.Headline) {
			// The story's main event is the change (it is filed
			// under the change's section): the toll its lead gives
			// is of the violation or the strike it recounts, another
			// event, which has an item of its own.
			it.Figures = []ItemFigure{}
		}
	}
	if s.Earlier > 0 && !s.Began.IsZero() {
		began := s.Began.UTC()
		it.Earlier, it.Began = s.Earlier, &began
	}
	it.Place, it.Conflict = placeOf(s)
	if it.Change != "" {
		it.Place = changePlace(s, it.Headline, it.Place)
	}
	if it.Section == news.Talks {
		// talks are placed where they are held, not by the places
		// they discuss
		if i := slices.IndexFunc(s.Places, func(p news.Entity) bool { return p.Venue }); i >= 0 {
			it.Place = s.Places[i].Name
		}
	}
	if !s.EventFirst.IsZero() {
		it.Events = &Span{First: s.EventFirst.UTC(), Last: s.EventLast.UTC()}
	}
	it.SourceCount = countOutlets(it.Sources)
	it.Score = score(&it, now)
	return it
}

// stateChange reports whether a change is one of a truce's or of talks'
// state that no toll measures: proposed, in effect, collapsed; talks opened,
// suspended, concluded. A violation is an attack, and its toll its own.
func stateChange(c news.Change) bool {
	switch c {
	case news.ChangeCeasefireProposed, news.ChangeCeasefireInEffect, news.ChangeCeasefireCollapsed,
		news.ChangeTalksOpened, news.ChangeTalksSuspended, news.ChangeTalksConcluded:
		return true
	}
	return false
}

// tollWords are the words of a headline that tells of a toll ("Truce ends
// as strikes kill 30").
var tollWords = lang.HeadlineWords(lang.HeadlineTollWord)

// tellsToll reports whether a headline tells of a toll: it has a number or a
// word of killing.
func tellsToll(headline string) bool {
	for _, w := range strings.Fields(strings.ToLower(headline)) {
		w = strings.Trim(w, ".,:;!?\"'()")
		if tollWords[w] {
			return true
		}
		if w != "" && strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
			return true
		}
	}
	return false
}

func score(it *Item, now time.Time) float64 {
	var sc float64
	switch {
	case it.Change != "":
		sc += changeWeight
	case it.partyStated:
		// A party's own finding (a disaster area it declares): a
		// statement of the week, weighed as one more outlet's report
		// of it, below a day of strikes several outlets told and
		// above a lone report's small toll.
		sc += statementWeight
	case it.council && it.Section == news.Talks:
		sc += councilWeight
	case it.Section == news.Talks && restatesStance(it):
		// A minister restating his government's known position is no
		// new step of diplomacy: it weighs by its sources and figures
		// only, below a new event of the period.
	case it.Section == news.Talks:
		sc += diplomacyWeight
	}
	sc += sourceWeight * float64(min(max(it.SourceCount-1, 0), maxSources))
	// An outlet's further reports of a story (the attack, then the aid
	// it halted) say it stayed news: each counts half a source.
	sc += reportWeight * float64(min(max(len(it.Sources)-max(it.SourceCount, 1), 0), maxSources))
	if it.reportsHarm() && it.Section != news.Talks {
		// A toll measures an attack or a crisis; the toll a report of
		// diplomacy recalls is the event behind it, not its own weight.
		sc += tollWeight(it)
	}
	if age := now.Sub(it.LastSeen); !it.LastSeen.IsZero() {
		sc += recencyWeight * math.Pow(0.5, float64(max(age, 0))/float64(halfLife))
	}
	return math.Round(sc*100) / 100
}

// restateWords tell that a statement repeats a position already known
// ("has reiterated the Islamic Republic's stance", "reaffirmed its
// support"), not a new step.
var restateWords = lang.ReportingWords(lang.RestateWord)

// restatesStance reports a story whose headline or lead sentence tells a
// position restated (restateWords): "Zarif has reiterated Iran's stance on
// an inquiry" is the week's background, not its news.
func restatesStance(it *Item) bool {
	for _, w := range strings.Fields(strings.ToLower(it.Headline + " " + firstSentences(it.Summary, 1))) {
		if restateWords[strings.Trim(w, ".,;:!?\"'()")] {
			return true
		}
	}
	return false
}

// tollWeight is what a story's largest figure adds to its score: by its
// size (per order of magnitude of the count the item is summed up by) and
// by its independent sources (ItemFigure.backing): 126 killed by SOHR, the
// civil defence and two outlets weighs 38, 35 killed in one outlet's relay
// of a party's claim 9.
func tollWeight(it *Item) float64 {
	var best float64
	for i := range it.Figures {
		f := &it.Figures[i]
		n := f.Value
		if lc, ok := f.leadCount(); ok && lc.Value > 0 {
			n = lc.Value
		}
		if n <= 0 {
			n = f.peak
		}
		backing := f.backing
		if backing == 0 {
			backing = 0.5
		}
		if f.sideClaim() || f.sumCount() {
			// A side's claim of its enemies' dead weighs as a party's
			// claim, whoever relays it; a headline's sum of the killed
			// and the injured weighs as no toll of its kind (weigh.go).
			backing = min(backing, 0.25)
		}
		best = max(best, figureWeight*math.Log10(1+float64(n))*backing)
	}
	return best
}

// councilLed reports a story whose reports name the UN Security Council in
// their lead (news.Entity.Lead): its session or decision is the news.
func councilLed(s *news.Story) bool {
	for _, a := range s.Actors {
		if a.Lead && a.Name == story.CouncilActor {
			return true
		}
	}
	return false
}

// callWords ask for something that has not happened: a state "called for"
// a Council meeting, "urged" the Council to act.
var callWords = lang.ReportingWords(lang.CallWord)

// callReach is how many words before "Council" a call may stand and still
// be what the Council is named for ("called on Wednesday for an emergency
// U.N. Security Council").
const callReach = 8

// councilCalledFor reports whether a headline and lead name the Security
// Council only as what a call asks for ("Norland calls for an emergency
// Council meeting", "urged the Security Council to act"): a state's call
// is diplomacy, not the Council's session or decision, and weighs as
// diplomacy. A text that names the Council otherwise ("the Council met",
// "ahead of an emergency Council meeting") or not at all is not one.
func councilCalledFor(text string) bool {
	words := strings.Fields(strings.ToLower(text))
	called := false
	for i, w := range words {
		if strings.Trim(w, ".,;:!?\"'()") != "council" {
			continue
		}
		if !calledBefore(words[max(0, i-callReach):i]) {
			return false
		}
		called = true
	}
	return called
}

// calledBefore reports a call among the words before a name, in its own
// clause: a call word, or "call"/"calls"/"called"/"calling" with "for" or
// "on" after it. A clause word, a comma or a sentence's end between them
// parts the call from the name ("urged restraint as the Council met").
func calledBefore(words []string) bool {
	after := false // a "for" or "on" between the word and the name
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.Trim(words[i], ".,;:!?\"'()")
		if clauseWords[w] || strings.ContainsAny(words[i], ",;:!?") || sentenceEnd(words[i]) {
			return false
		}
		switch {
		case callWords[w]:
			return true
		case w == "for" || w == "on":
			after = true
		case w == "call" || w == "calls" || w == "called" || w == "calling":
			if after {
				return true
			}
		}
	}
	return false
}

// sentenceEnd reports a word that ends a sentence ("meeting."), not an
// abbreviation ("u.n.", "u.s.").
func sentenceEnd(w string) bool {
	w = strings.TrimRight(w, "\"')")
	return len(w) > 3 && strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1
}

// clauseWords open a clause of their own: a call before them is not what
// the name after them is called for.
var clauseWords = lang.JoinerWords(lang.CallClauseWord)

// reportsHarm reports whether the story's own reports tell of violence or
// a humanitarian crisis (a third of them carry the category), so that its
// figures are its own event's: a truce that collapsed under an air strike
// is filed under Ceasefire and still weighs by the strike's toll, while
// talks that recall a massacre do not weigh by it.
func (it *Item) reportsHarm() bool {
	return slices.Contains(it.Categories, news.Violence) || slices.Contains(it.Categories, news.Humanitarian)
}

// ranksBefore orders items: score, then latest article, then story id.
func (it *Item) ranksBefore(o *Item) bool {
	if it.Score != o.Score {
		return it.Score > o.Score
	}
	if !it.LastSeen.Equal(o.LastSeen) {
		return it.LastSeen.After(o.LastSeen)
	}
	return it.StoryID < o.StoryID
}

// lastDay is the last day of the story's events, else its latest report.
func (it *Item) lastDay() time.Time {
	if it.Events != nil {
		return it.Events.Last
	}
	return it.LastSeen
}

// firstDay is the first day of the story's events, else its first report.
func (it *Item) firstDay() time.Time {
	if it.Events != nil {
		return it.Events.First
	}
	return it.FirstSeen
}

// reaches reports whether the story's events reach the day a period
// starts (since) or later; true with no start.
func (it *Item) reaches(since time.Time) bool {
	return since.IsZero() || !it.lastDay().Before(since.UTC().Truncate(24*time.Hour))
}

// markOvertakenTruces marks the items whose truce state a later item of
// the same conflict contradicts: the latest report of a conflict's truce
// is its state now.
func markOvertakenTruces(items []Item) {
	latest := map[string]*Item{}
	for i := range items {
		it := &items[i]
		if it.CeasefireStatus == "" {
			continue
		}
		if l := latest[it.Conflict]; l == nil || it.lastDay().After(l.lastDay()) {
			latest[it.Conflict] = it
		}
	}
	for i := range items {
		it := &items[i]
		l := latest[it.Conflict]
		it.truceOvertaken = it.CeasefireStatus != "" && l != nil && l.CeasefireStatus != it.CeasefireStatus &&
			l.lastDay().After(it.lastDay())
		if it.truceOvertaken {
			it.truceNow = l.CeasefireStatus
		}
	}
}

// MarshalJSON writes the item as the package doc's JSON has it, its text
// as the Markdown tells it (dropControls). Its
// "ceasefire_status" is the truce's state as the digest tells it: the
// story's own, or, when a later story of its conflict in the digest tells
// another (markOvertakenTruces), that one — a convoy hit "during the truce"
// does not say the truce holds in the week it collapsed.
func (it Item) MarshalJSON() ([]byte, error) {
	type plain Item // the fields, without this method
	p := plain(it)
	if it.truceNow != "" {
		p.CeasefireStatus = it.truceNow
	}
	// the text as the Markdown and the embeds tell it: no replacement
	// characters a broken encoding left for a quotation mark
	// ("\ufffd\ufffdAround 15 ..."), no control characters
	p.Headline, p.Summary, p.Development = dropControls(p.Headline), dropControls(p.Summary), dropControls(p.Development)
	p.OtherEvent = dropControls(p.OtherEvent)
	return json.Marshal(p)
}

// Dates renders the day of the story's latest change of state when it
// reports one, else the days of its events, else of its reports: "21 Aug
// 2013", "21–23 Aug 2013"; "" when none is known. Never the day it was
// stored.
func (it *Item) Dates() string {
	if n := len(it.Changes); n > 0 && it.Change != "" && !it.Changes[n-1].At.IsZero() {
		// The story's main event is its change of state: a truce that
		// collapsed is dated by the report of the collapse, not by the
		// violation its lead tells.
		return FormatDate(it.Changes[n-1].At)
	}
	if it.Events != nil {
		return dayRange(it.Events.First, it.Events.Last)
	}
	switch {
	case it.FirstSeen.IsZero() && it.LastSeen.IsZero():
		return ""
	case it.FirstSeen.IsZero():
		return FormatDate(it.LastSeen)
	case it.LastSeen.IsZero():
		return FormatDate(it.FirstSeen)
	}
	return dayRange(it.FirstSeen, it.LastSeen)
}

// firstSentences returns at most n whole sentences of text, cut where
// lang.SplitSentences cuts them: a summary is sentences that story.Build
// took from lang's split, so the cut falls between two of its own
// sentences (ShownSentences of them are what the digest shows), never
// inside a name ("Col. Gen."), a date ("Sept. 12") or a figure ("3.5").
func firstSentences(text string, n int) string {
	text = oneLine(text)
	end := 0
	for i, s := range lang.SplitSentences(text) {
		k := strings.Index(text[end:], s)
		if k < 0 {
			return text
		}
		end += k + len(s)
		if i+1 == n {
			return text[:end]
		}
	}
	return text
}

// Caps on outside text in an item: a sentence past them is not prose but
// clutter the cleaner missed.
const (
	maxHeadline = 200
	maxSummary  = 700
	// maxAct bounds an act's sentence: an item shows up to four
	// (story.maxActs), which stay within an embed's 4,096 characters
	// beside the item's other lines.
	maxAct = 350
)

// clip cuts s to at most n characters at a word boundary, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	if i := strings.LastIndexByte(string(r), ' '); i > len(string(r))/2 {
		return strings.TrimRight(string(r)[:i], " ,;:") + "…"
	}
	return string(r) + "…"
}

// oneLine folds runs of white space into single spaces.
// printedHeadline is a headline as the digest prints it, in every format
// and list: cleaned the one way every headline is (story.CleanHeadline: no
// outlet, no byline, no replacement character — a story stored before a
// cleaning rule gets it too; the cleaning of a clean headline changes
// nothing) and clipped. source is the outlet's name when h is an article's
// title.
func printedHeadline(h, source string) string {
	return clip(story.CleanHeadline(h, source), maxHeadline)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// developmentSource names the outlet of a story's development (src, a
// source name) as the item's sources line names it, "" when src is none
// of the item's sources (no name the reader is not shown elsewhere); when
// src is unknown, the item's only outlet when it has one (the development
// is from one of its reports).
func developmentSource(src string, sources []ItemSource) string {
	var outlets []string
	for i := range sources {
		o := sources[i].Outlet()
		if src != "" && sources[i].Name == src {
			return o
		}
		if !slices.Contains(outlets, o) {
			outlets = append(outlets, o)
		}
	}
	if src == "" && len(outlets) == 1 {
		return outlets[0]
	}
	return ""
}

func itemSources(srcs []news.StorySource) []ItemSource {
	out := []ItemSource{}
	seen := map[string]bool{}
	for _, s := range srcs {
		key := sourceKey(s)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, ItemSource{
			Name: s.SourceName, DisplayName: displaySource(s), Title: story.CleanHeadline(s.Title, s.SourceName), URL: s.URL,
			ArticleID: s.ExternalID, Published: s.Published.UTC(), Written: s.Written.UTC(), GuildID: s.GuildID,
			truce: s.Ceasefire,
		})
	}
	return out
}

// displaySource is the name readers see for an article's source: the
// outlet's known name, or for a guild-added source the guild's label,
// marked as the server's (news.GuildLabel) and never mapped to an outlet.
func displaySource(s news.StorySource) string {
	if s.GuildID != "" {
		return news.GuildLabel(s.SourceName)
	}
	return story.DisplaySource(s.SourceName)
}

// sourceKey identifies one article of a story, for dropping repeats.
func sourceKey(s news.StorySource) string {
	switch {
	case s.URL != "":
		return "url:" + s.URL
	case s.ExternalID != "":
		return "id:" + s.ExternalID
	}
	return fmt.Sprintf("%d|%s|%s|%d", s.ArticleID, s.SourceName, s.Title, s.Published.Unix())
}

func countOutlets(srcs []ItemSource) int {
	seen := map[string]bool{}
	for _, s := range srcs {
		seen[s.outlet()] = true
	}
	return len(seen)
}

// outlet is the key the item's outlets are counted by: a guild's feed never
// counts as the curated outlet whose name it took.
func (s *ItemSource) outlet() string {
	if s.GuildID != "" {
		return "guild:" + s.GuildID + ":" + outletKey(s.Name, s.URL)
	}
	return outletKey(s.Name, s.URL)
}

// Outlet returns the name readers know the source's outlet by: its
// display name, else the host of its link, else "source not named".
func (s *ItemSource) Outlet() string {
	name := s.DisplayName
	if name == "" && s.GuildID == "" {
		name = story.DisplaySource(s.Name)
	}
	if name == "" {
		name = hostOf(s.URL)
	}
	if name == "" {
		name = "source not named"
	}
	return name
}

// Outlets returns the item's sources, one per outlet (its newest article),
// in order: each outlet is named once.
func (it *Item) OutletSources() []ItemSource {
	var out []ItemSource
	seen := map[string]bool{}
	for _, s := range it.Sources {
		if k := s.outlet(); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// ToldOutlets splits an item's reports: each outlet with a report of the
// item's events dated as it could be, once (its first such report), and
// the reports dated before the events (ItemSource.Misdated), which are no
// sources of the item.
func (it *Item) ToldOutlets() (told, misdated []ItemSource) {
	seen := map[string]bool{}
	for _, s := range it.Sources {
		if s.Misdated {
			misdated = append(misdated, s)
		} else if k := s.outlet(); !seen[k] {
			seen[k] = true
			told = append(told, s)
		}
	}
	return told, misdated
}

// outletKey names the outlet of an article: its source name, else the
// host of its URL.
func outletKey(name string, link ...string) string {
	if k := strings.ToLower(strings.TrimSpace(name)); k != "" {
		return k
	}
	for _, l := range link {
		if u, err := url.Parse(l); err == nil && u.Host != "" {
			return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
		}
	}
	return "unknown"
}

// hostOf is the host of u without "www.", or "".
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}
