package news

import "time"

// Story is one event as reported by one or more articles: five outlets
// reporting one air strike are one story with five sources.
type Story struct {
	ID              int64
	Headline        string
	Summary         string
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
	// GuildID is the guild whose added source the article came from, ""
	// for the operator's: readers see such a source under GuildLabel.
	GuildID string
}
