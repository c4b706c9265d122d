// Package news holds the domain of conflict-digest: articles, their analysis,
// stories, sources, subscriptions and digests, the service interfaces that the
// adapters implement, and the error codes that cross package boundaries.
//
// It imports only the standard library. Adapters (store, feed, bot) import it;
// it imports none of them.
package news

import "time"

// Category is one of the four event categories of the labelling guide.
type Category string

// The event categories, as ../shared/eval/GUIDE.md defines them.
const (
	Talks        Category = "talks"
	Ceasefire    Category = "ceasefire"
	Humanitarian Category = "humanitarian"
	Violence     Category = "violence"
)

// Categories lists every category in digest order: the news the digest exists
// for first, violence last.
var Categories = []Category{Talks, Ceasefire, Humanitarian, Violence}

// ParseCategory returns the category named s, or an EINVALID error.
func ParseCategory(s string) (Category, error) {
	for _, c := range Categories {
		if string(c) == s {
			return c, nil
		}
	}
	return "", Errorf(EINVALID, "unknown category %q (want talks, ceasefire, humanitarian or violence)", s)
}

// CeasefireStatus is the most recent state of a ceasefire an article reports.
type CeasefireStatus string

// Ceasefire states. The empty status means the article reports no ceasefire.
const (
	CeasefireNone      CeasefireStatus = ""
	CeasefireProposed  CeasefireStatus = "proposed"
	CeasefireInEffect  CeasefireStatus = "in_effect"
	CeasefireViolated  CeasefireStatus = "violated"
	CeasefireCollapsed CeasefireStatus = "collapsed"
)

// HumanitarianType is a kind of humanitarian development.
type HumanitarianType string

// Humanitarian types of the labelling guide.
const (
	Aid          HumanitarianType = "aid"
	Access       HumanitarianType = "access"
	Siege        HumanitarianType = "siege"
	Evacuation   HumanitarianType = "evacuation"
	Displacement HumanitarianType = "displacement"
	Health       HumanitarianType = "health"
	Appeal       HumanitarianType = "appeal"
)

// HumanitarianTypes lists every humanitarian type in a stable order.
var HumanitarianTypes = []HumanitarianType{Aid, Access, Siege, Evacuation, Displacement, Health, Appeal}

// Qualifier says how exact a reported figure is.
type Qualifier string

// Qualifiers of reported figures ("at least 112" is 112, AtLeast).
const (
	Exact    Qualifier = "exact"
	AtLeast  Qualifier = "at_least"
	About    Qualifier = "about"
	MoreThan Qualifier = "more_than"
	UpTo     Qualifier = "up_to"
)

// Article is one news article as stored. ExternalID is its identity from its
// source (a feed GUID, or the id of a JSON Lines record) and comes back
// unchanged in every output about it.
type Article struct {
	ID           int64     // store's row id; 0 before it is stored
	ExternalID   string    // identity from the source (GUID, JSON Lines id)
	SourceID     int64     // 0 when the article came from no registered source
	SourceName   string    // outlet or source label, e.g. "reuters", "sana"
	GuildID      string    // the guild whose added source it came from; "" for the operator's (set by the store)
	URL          string    // link as published
	CanonicalURL string    // URL with tracking parameters stripped; "" when none
	ContentHash  string    // hex SHA-256 of the normalised title and text
	Title        string    //
	Text         string    // clean article text, paragraphs separated by "\n\n"
	Location     string    // optional location hint from the input
	Published    time.Time // UTC; zero when unknown
	Fetched      time.Time // UTC
}

// Figure is a number an article states, with its qualifier and the sentence
// it came from. A figure is only reported when a sentence states it. The
// fields after Sentence say what the number counts and who says so; they
// are empty in analyses of older versions.
type Figure struct {
	Value     int64     `json:"value"`
	Qualifier Qualifier `json:"qualifier"`
	Sentence  string    `json:"sentence,omitempty"`
	// Kind is what is counted (FigureKilled, FigureAffected, ...); set in
	// Facts.Figures, implied by the field in Facts.Killed and its siblings.
	Kind string `json:"kind,omitempty"`
	// Low is a range's lower bound: "between 1,000 and 1,800" is Low 1000,
	// Value 1800, Qualifier UpTo; 0 when the figure is no range.
	Low int64 `json:"low,omitempty"`
	// Text is the figure as the sentence writes it ("at least 21",
	// "Thirty-five").
	Text string `json:"text,omitempty"`
	// Who is the group counted when the article names one: "civilians",
	// "children", "fighters", "soldiers", ...
	Who string `json:"who,omitempty"`
	// Unit is "families" when families are counted, "" for people.
	Unit string `json:"unit,omitempty"`
	// Originator is who the article says gave the figure ("SOHR",
	// "UNICEF", "civil defence"), apart from the outlet; "" when the
	// article names no one. A named body has its short name ("SOHR"); a
	// generic kind is written as the text names it, with the state whose
	// it is ("Turkish security sources", "Armenian government", "medics").
	Originator string `json:"originator,omitempty"`
	// OriginatorKey is the name one body's counts are grouped by when the
	// originator is written as the text names it: the originator table's
	// name with the state's adjective ("Turkish officials" for "Turkish
	// security sources", "medical sources" for "medics"); "" when it is
	// the Originator itself (see Giver).
	OriginatorKey string `json:"originator_key,omitempty"`
	// PartyClaim marks a figure given by a party to the fighting (an army,
	// an armed group, a warring government or its official media).
	PartyClaim bool `json:"party_claim,omitempty"`
	// Scope says which event the figure belongs to; "" in analyses of
	// older versions, where every figure reported was the main event's.
	Scope FigureScope `json:"scope,omitempty"`
	// Planned marks people due to be evacuated (under a deal), not yet.
	Planned bool `json:"planned,omitempty"`
	// From is the place the people counted moved out of, set by a story
	// when its reports count people moving out of two places in one
	// exchange ("Madaya and Zabadani"); "" otherwise.
	From string `json:"from,omitempty"`
	// OutOf is the place the words after the count tell its people moved
	// out of ("2200 evacuated from Madaya and Zabadani"), read by the
	// analysis for a two-way exchange's counts (a count of people moving
	// in another event in the main count's sentence, and the main count):
	// a story sets From by it. "" when none, and in analyses stored before.
	OutOf string `json:"out_of,omitempty"`
	// Word is an amount without a number ("dozens", "hundreds"): Value
	// is 0 and the figure is never the main figure of its kind.
	Word string `json:"word,omitempty"`
	// Added marks a count told as added to earlier ones ("40 more
	// terrorists were killed", "another 12 died"): the people this report
	// adds, not a running toll; a digest says "40 more" and never makes it
	// a step of a toll's rise or an end of a range.
	Added bool `json:"added,omitempty"`
	// Separate marks a total of separate attacks the sentence tells as
	// one count ("separate air raids killed 25"): no one attack's toll; a
	// digest says "in separate attacks" beside it and keeps it out of one
	// attack's rise and range.
	Separate bool `json:"separate,omitempty"`
	// OverMonths marks a count its sentence tells as gathered over months
	// or years ("during and after months of fighting", "since January",
	// "over the past year"): a past span's count, no sign of a period's
	// course. KilledInjuredSum marks a sentence that counts the killed and
	// the injured as one ("88 Killed & Injured", "Kills, Injures 88"): no
	// toll of its own kind. The analysis decides both where it reads the
	// sentence; a digest weighs by them and never reads the sentence again.
	// Analyses stored before they existed carry neither.
	OverMonths       bool `json:"over_months,omitempty"`
	KilledInjuredSum bool `json:"killed_injured_sum,omitempty"`
	// RecentPeriod marks a count its words (the quotation it stands in,
	// else its sentence) tell over a span of days up to the report ("over
	// the past few days", "in recent weeks"): a period's toll, not one
	// day's event's. The analysis decides it (lang.TellsPeriod); a digest
	// reads it and never reads the sentence again. Analyses stored before
	// it existed carry none.
	RecentPeriod bool `json:"recent_period,omitempty"`
	// GivenOn is the weekday, lower-case ("wednesday"), the sentence says
	// the count was given on ("news of the massacre surfaced on Wednesday
	// with ... killing 1,000", "the monitor said on Monday 40 were killed",
	// "an initial death toll of 47" reported on Saturday); "" when it says
	// none. A story dates the count by it, counted back from its report's
	// day. MonitorDescribed is the description the sentence gives a
	// monitor the article does not name (Originator "a monitor"), as
	// written ("an opposition monitoring group"); a story names the
	// originator by it. The analysis decides both; analyses stored before
	// they existed carry neither.
	GivenOn          string `json:"given_on,omitempty"`
	MonitorDescribed string `json:"monitor_described,omitempty"`
	// Via is the party's media the article says the originator's count
	// came through ("SANA" in "SANA quoted local sources as saying ...", "a
	// source at the province told SANA's correspondent"), "" when none or
	// when the article is that media's own report; ViaParty marks it a
	// party to the fighting's organ. A digest says the chain ("local sources
	// via SANA") and marks it as a party's claim.
	Via      string `json:"via,omitempty"`
	ViaParty bool   `json:"via_party,omitempty"`
}

// Giver is the name a figure's counts are grouped by: its OriginatorKey,
// else its Originator ("" when the article names no one).
func (f Figure) Giver() string {
	if f.OriginatorKey != "" {
		return f.OriginatorKey
	}
	return f.Originator
}

// FigureScope says which event of an article a figure belongs to.
type FigureScope string

// Figure scopes. A part counts some of the main event's people ("including
// 27 children"); an alternative is another source's count of the main
// event's toll; another event's and background figures (earlier events,
// war or year totals) are not the main event's.
const (
	ScopeMain        FigureScope = "main"
	ScopePart        FigureScope = "part"
	ScopeAlternative FigureScope = "alternative"
	ScopeOtherEvent  FigureScope = "other_event"
	ScopeBackground  FigureScope = "background"
)

// Kinds of figures. The first four have their own field in Facts; the
// named kinds are kept apart so that they are never read as killed or
// injured.
const (
	FigureKilled     = "killed"
	FigureInjured    = "injured"
	FigureDisplaced  = "displaced"
	FigureEvacuated  = "evacuated"
	FigureAffected   = "affected"   // "affected" by gas or a chemical
	FigureTreated    = "treated"    // patients treated
	FigureDetained   = "detained"   // arrested, detained, taken prisoner
	FigureAbducted   = "abducted"   // kidnapped, abducted
	FigureMissing    = "missing"    // missing
	FigureCasualties = "casualties" // killed and injured counted together
)

// Duration is a stated length of time such as "48-hour" or "three-day".
type Duration struct {
	Hours    int    `json:"hours"`
	Text     string `json:"text"`
	Sentence string `json:"sentence,omitempty"`
}

// Facts are the key figures and names of an article's main event.
type Facts struct {
	Killed    *Figure    `json:"killed"`
	Injured   *Figure    `json:"injured,omitempty"`
	Displaced *Figure    `json:"displaced,omitempty"`
	Evacuated *Figure    `json:"evacuated,omitempty"`
	Durations []Duration `json:"durations,omitempty"`
	// Figures are the article's other figures, each with its Kind and
	// Scope: the parts and other sources' counts of the main event, other
	// events' and background figures, the named kinds and the amounts in
	// words. Empty in analyses of older versions.
	Figures []Figure `json:"figures,omitempty"`
}

// Main returns the main figure of kind (FigureKilled ... FigureEvacuated
// from their fields, a named kind from Figures), or nil.
func (f *Facts) Main(kind string) *Figure {
	switch kind {
	case FigureKilled:
		return f.Killed
	case FigureInjured:
		return f.Injured
	case FigureDisplaced:
		return f.Displaced
	case FigureEvacuated:
		return f.Evacuated
	}
	for i := range f.Figures {
		if g := &f.Figures[i]; g.Kind == kind && g.Scope == ScopeMain && g.Value > 0 {
			return g
		}
	}
	return nil
}

// Entity is a place or actor found through the gazetteer: its canonical name,
// its kind ("country", "city", "armed_group", "person", "organisation", ...)
// and, for places, the conflict it belongs to ("syria", "ukraine", ...).
type Entity struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Conflict string `json:"conflict,omitempty"`
	Count    int    `json:"count,omitempty"`
	// Lead is true when the title or the first sentences name it: the
	// place of the event, as against the background's.
	Lead bool `json:"lead,omitempty"`
	// Venue is true, in a story's places, on the city its reports name as
	// where its talks are held ("talks in Geneva"), from its reports'
	// TalksHeld; an analysis sets none.
	Venue bool `json:"venue,omitempty"`
	// TalksHeld is, in an analysis's places, how often the article names
	// the city (one of no war) as where talks are held ("talks in
	// Geneva", "the Geneva talks"); a story's places carry none, and mark
	// the one its reports name most so (Venue). An int32, so that an
	// Entity stays 64 bytes (stories and their index hold many).
	TalksHeld int32 `json:"talks_held,omitempty"`
}

// Analysis is what the analyser finds in one article. Its JSON form extends the
// analysis line of ../shared/eval/SCHEMA.md compatibly.
type Analysis struct {
	Categories        []Category            `json:"categories"`
	CeasefireStatus   CeasefireStatus       `json:"ceasefire_status"`
	HumanitarianTypes []HumanitarianType    `json:"humanitarian_types"`
	Facts             Facts                 `json:"facts"`
	Summary           string                `json:"summary"`
	Places            []Entity              `json:"places"`
	Actors            []Entity              `json:"actors"`
	Evidence          map[Category][]string `json:"evidence,omitempty"` // sentences that earned each label
	Scores            map[Category]float64  `json:"scores,omitempty"`
	Fingerprint       Fingerprint           `json:"fingerprint"` // SimHash of word shingles, for near-duplicates
	// EventDate is the day of the main event as the article tells it
	// (YYYY-MM-DD; "" when the article gives no day to count from): its
	// dateline or published day, moved back by the lead's "on Tuesday".
	// Stories match articles by it (see package story).
	EventDate string `json:"event_date,omitempty"`
	// EventDateBy says how EventDate was found: "text" when the title or
	// lead names the day, "said" when only a statement's day is named ("the
	// envoy said on Wednesday"), "night" for "Tuesday night", "later" for a
	// text that tells dated events well after its stamp (a backgrounder:
	// its latest day), "dateline" or "published" when the event was that
	// day or shortly before.
	EventDateBy string `json:"event_date_by,omitempty"`
	// Dateline is the report's own date (YYYY-MM-DD; "" when it has none):
	// the day its opening dateline gives ("AFP Tuesday 20 Sep 2016",
	// "Published September 21 2016"), else a "Published"/"Updated" line
	// near its start. It is the day the report was written, which a
	// publication stamp (an archive's, a feed's) may not be. Stories date
	// reactions and period figures by it, and a digest dates by it a report
	// whose feed stamp is before the events it tells (digest.markEarlier).
	Dateline string `json:"dateline,omitempty"`
	// RecallsDate is the earlier day the report's lead recalls
	// (YYYY-MM-DD; "" when it recalls none): a day before its own event
	// day, at most a week before it, on which what it refers back to
	// happened ("calls about the attack of August 21"). Stories keep a
	// report of diplomacy about an earlier attack apart from a report of
	// another event of a later day.
	RecallsDate string `json:"recalls_date,omitempty"`
	// Language is the language the article is written in (ISO 639-1: "en",
	// "ur"), "" when too little text says; the analysis reads English.
	Language string `json:"language,omitempty"`
	// Relevance is the gate's decision, taken before categories: an article
	// not about armed conflict gets none. Nil in analyses of older versions
	// (see RelevanceOf).
	Relevance *Relevance `json:"relevance,omitempty"`
	// Changes are the changes of state the headline and lead report as
	// news (a truce collapsed, talks opened), decided here once and carried
	// to stories and digests.
	Changes []StateChange `json:"changes,omitempty"`
	// OffensiveBegun, Resumed, CouncilHeld and TruceBackground are
	// sentences of the article the analysis read once for what a story
	// asks of them (issue 14.4), as written, in order. OffensiveBegun:
	// past the lead, an offensive announced or begun, standing alone and
	// not dated before the week (relevant analyses only). Resumed: a
	// process went on again ("the evacuation resumed"). CouncilHeld: past
	// the lead, standing alone, the Security Council met. TruceBackground:
	// the ceasefire evidence that tells the truce as background of its own
	// (an outlet's earlier report, a running count since a date, a
	// sentence carrying such a one on), for an analysis of another
	// category too. Analyses stored before carry none (see CHANGELOG).
	OffensiveBegun  []string `json:"offensive_begun,omitempty"`
	Resumed         []string `json:"resumed,omitempty"`
	CouncilHeld     []string `json:"council_held,omitempty"`
	TruceBackground []string `json:"truce_background,omitempty"`
	// MovedFrom are the places, by figure kind (evacuated, displaced), that
	// the article's sentences telling people moving name them moving from,
	// each once, in order ("Madaya and Zabadani"); read when the analysis
	// counts such people in another event too (a two-way exchange).
	MovedFrom map[string][]string `json:"moved_from,omitempty"`
	// CouncilMeets marks a report of a Security Council session by its
	// title: it tells the Council meeting and no toll before it, or a toll
	// before it over a lead that names the Council ("Security Council meets
	// as gas kills dozens"), or what the UN or its Council must do.
	// SessionLead marks an analysis of talks told from a Council session:
	// its first sentences name the Council and its title tells no toll or
	// victims. Stories file reports by both (issue 14.4, round h-carry4).
	CouncilMeets bool `json:"council_meets,omitempty"`
	SessionLead  bool `json:"session_lead,omitempty"`
	// TitleMarks are what the title tells, read once by the analysis
	// (issue 14.4, round h-kind1): a reaction, a meeting, an accusation, an
	// event's toll or victims, an attack or fighting, an act of violence
	// reported, a chemical attack (by the title and lead), what followed an
	// attack. Stories file and join reports by them. Analyses stored before
	// carry none (see CHANGELOG).
	TitleMarks TitleMarks `json:"title_marks,omitempty"`
	// NamedWhole are the short names, each once and in order, of the
	// bodies the text names whole ("Observatory" of "the Syrian Observatory
	// for Human Rights", "SOHR" spelled out in brackets) among the
	// capitalised words it writes after "the": a story's summary gives a
	// sentence that names one only so ("the Observatory said") after a
	// sentence naming it whole. Surnames are the words the text ends a
	// person's whole name with ("Javad Zarif has") and never writes in
	// lower case, no place, body or function word: a summary sentence that
	// opens with one alone ("Zarif said") needs one naming the person
	// before it. Analyses stored before carry none (see CHANGELOG).
	NamedWhole []string `json:"named_whole,omitempty"`
	Surnames   []string `json:"surnames,omitempty"`
	Version    int      `json:"version"`
	// Sentences are the sentences of the article's text as the analyser
	// split them, in order. They are carried to the story assigner and the
	// sentence index so that nothing downstream splits the text again. Not
	// part of the JSON form: the sentence index keeps them.
	Sentences []string `json:"-"`
}

// Has reports whether the analysis carries category c.
func (a *Analysis) Has(c Category) bool {
	for _, x := range a.Categories {
		if x == c {
			return true
		}
	}
	return false
}

// TitleMarks is a set of what a report's title tells (news.Analysis.TitleMarks).
// The values are stored: a mark keeps its bit.
type TitleMarks uint16

const (
	// TitleReaction: a statement or a diplomatic act, no toll or victims.
	TitleReaction TitleMarks = 1 << iota
	// TitleSession: a meeting, or the Security Council named.
	TitleSession
	// TitleAccusation: a party accused or blamed.
	TitleAccusation
	// TitleEvent: an event itself, its toll or victims.
	TitleEvent
	// TitleAct: an attack of a kind, fighting or "attack".
	TitleAct
	// TitleAttack: an act of violence reported, not a reaction to one nor
	// a meeting beside it.
	TitleAttack
	// TitleChemical: a chemical attack, told by the title or its lead.
	TitleChemical
	// TitleSequel: what followed an attack, the attack named only after
	// "after" or "following".
	TitleSequel
)

// Has reports whether m holds mark k.
func (m TitleMarks) Has(k TitleMarks) bool { return m&k != 0 }
