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
// it came from. A figure is only reported when a sentence states it.
type Figure struct {
	Value     int64     `json:"value"`
	Qualifier Qualifier `json:"qualifier"`
	Sentence  string    `json:"sentence,omitempty"`
}

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
}

// Entity is a place or actor found through the gazetteer: its canonical name,
// its kind ("country", "city", "armed_group", "person", "organisation", ...)
// and, for places, the conflict it belongs to ("syria", "ukraine", ...).
type Entity struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Conflict string `json:"conflict,omitempty"`
	Count    int    `json:"count,omitempty"`
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
	Version           int                   `json:"version"`
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
