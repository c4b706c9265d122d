package digest

import (
	"context"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// FormatVersion is the version of the JSON format written by RenderJSON.
const FormatVersion = 1

// StorySource is the part of news.StoryService a digest reads.
type StorySource interface {
	Stories(ctx context.Context, f news.DigestFilter) ([]news.Story, error)
}

// Digest is the stories of one window, grouped by primary category and ranked.
type Digest struct {
	Version   int             `json:"version"`
	Since     time.Time       `json:"since"`
	Until     *time.Time      `json:"until,omitempty"`
	Generated time.Time       `json:"generated"`
	ByStored  bool            `json:"by_stored"`
	Topics    []news.Category `json:"topics"`
	Sections  []Section       `json:"sections"`
	LeftOut   []LeftOut       `json:"left_out"`
	Counts    Counts          `json:"counts"`
	Footer    string          `json:"footer"`
	// ChartFile is the name of the chart attached to the first message
	// ("" when none is), for a renderer that shows it.
	ChartFile string `json:"-"`
}

// Section is the items of one category, best first.
type Section struct {
	Category news.Category `json:"category"`
	Items    []Item        `json:"items"`
}

// Item is one story in a digest.
type Item struct {
	StoryID         int64                `json:"story_id"`
	Headline        string               `json:"headline"`
	Summary         string               `json:"summary"`
	Categories      []news.Category      `json:"categories"`
	CeasefireStatus news.CeasefireStatus `json:"ceasefire_status"`
	Change          string               `json:"change"`
	Direction       Direction            `json:"direction"`
	Score           float64              `json:"score"`
	FirstSeen       time.Time            `json:"first_seen"`
	LastSeen        time.Time            `json:"last_seen"`
	Figures         []ItemFigure         `json:"figures"`
	Sources         []ItemSource         `json:"sources"`
	SourceCount     int                  `json:"source_count"`
}

// ItemFigure is one key figure of a story, formatted for reading.
type ItemFigure struct {
	Kind      string         `json:"kind"`
	Text      string         `json:"text"`
	Value     int64          `json:"value"`
	Qualifier news.Qualifier `json:"qualifier"`
	By        string         `json:"by"`
	AsOf      time.Time      `json:"as_of"`
	// Lines are the running tolls, one per originator ("SOHR: 58 → 72 →
	// at least 86"); see Running for the ones worth showing.
	Lines []string `json:"lines,omitempty"`
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
}

// LeftOut is a story the window matched that the digest does not show, and why.
type LeftOut struct {
	StoryID  int64  `json:"story_id"`
	Headline string `json:"headline"`
	Reason   string `json:"reason"`
}

// Counts are the digest's totals for its footer.
type Counts struct {
	Stories  int `json:"stories"`
	Articles int `json:"articles"`
	Sources  int `json:"sources"`
}

// Empty reports whether the digest shows no story.
func (d *Digest) Empty() bool { return d.Counts.Stories == 0 }

// StoryIDs returns the ids of the stories shown, section by section.
func (d *Digest) StoryIDs() []int64 {
	var ids []int64
	for _, s := range d.Sections {
		for _, it := range s.Items {
			ids = append(ids, it.StoryID)
		}
	}
	return ids
}

// Build returns the digest of the stories src finds for f, ranked as of now.
// f.Limit caps the stories shown; the rest are listed in LeftOut. To build
// many digests as of one time, use a Builder.
func Build(ctx context.Context, src StorySource, f news.DigestFilter, now time.Time) (*Digest, error) {
	return (&Builder{src: src, now: now, items: map[itemKey]*prepared{}}).Build(ctx, f)
}

func newDigest(f news.DigestFilter, now time.Time) *Digest {
	d := &Digest{
		Version:   FormatVersion,
		Since:     f.Since.UTC(),
		Generated: now.UTC(),
		ByStored:  f.ByStored,
		Topics:    append([]news.Category{}, f.Topics...),
		Sections:  []Section{},
		LeftOut:   []LeftOut{},
	}
	if !f.Until.IsZero() {
		u := f.Until.UTC()
		d.Until = &u
	}
	return d
}

// ranked is an item with its primary category, before grouping.
type ranked struct {
	Item
	primary news.Category
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

// outside returns why s does not belong in a digest for f, or "".
func outside(s *news.Story, primary news.Category, f news.DigestFilter) string {
	if len(s.Categories) == 0 {
		return "no event category"
	}
	if primary == "" {
		return "not in the chosen topics"
	}
	if f.ByStored {
		return ""
	}
	if !f.Until.IsZero() && !s.FirstSeen.IsZero() && !s.FirstSeen.Before(f.Until) {
		return "after the period"
	}
	if !s.LastSeen.IsZero() && s.LastSeen.Before(f.Since) {
		return "before the period"
	}
	return ""
}

func (d *Digest) group(items []ranked) {
	for _, c := range news.Categories {
		var sec Section
		for _, it := range items {
			if it.primary == c {
				sec.Items = append(sec.Items, it.Item)
			}
		}
		if len(sec.Items) > 0 {
			sec.Category = c
			d.Sections = append(d.Sections, sec)
		}
	}
}

// count sets the footer counts. Articles are the story sources inside the
// window (all of them when the window is on stored time, which sources do not
// carry); sources are distinct outlet names.
func (d *Digest) count(items []ranked, f news.DigestFilter) {
	outlets := map[string]bool{}
	for _, it := range items {
		for _, src := range it.Sources {
			if !f.ByStored && !inWindow(src.Published, f) {
				continue
			}
			d.Counts.Articles++
			outlets[src.outlet()] = true
		}
	}
	d.Counts.Stories = len(items)
	d.Counts.Sources = len(outlets)
}

func inWindow(t time.Time, f news.DigestFilter) bool {
	if t.IsZero() {
		return true
	}
	return !t.Before(f.Since) && (f.Until.IsZero() || t.Before(f.Until))
}
