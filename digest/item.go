package digest

import (
	"fmt"
	"math"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// Direction says whether a change of state is for the better or the worse.
type Direction string

// Directions of a change of state; "" when the story reports no state.
const (
	Better    Direction = "better"
	Worse     Direction = "worse"
	Unchanged Direction = "unchanged"
)

// Score weights; the package doc explains them.
const (
	changeWeight  = 100.0
	sourceWeight  = 10.0
	maxSources    = 10
	figureWeight  = 5.0
	recencyWeight = 10.0
	halfLife      = 24 * time.Hour
)

func newItem(s *news.Story, now time.Time) Item {
	it := Item{
		StoryID:         s.ID,
		Headline:        clip(oneLine(s.Headline), maxHeadline),
		Summary:         clip(firstSentences(s.Summary, 2), maxSummary),
		Categories:      append([]news.Category{}, s.Categories...),
		CeasefireStatus: s.CeasefireStatus,
		FirstSeen:       s.FirstSeen.UTC(),
		LastSeen:        s.LastSeen.UTC(),
		Figures:         itemFigures(s.Figures),
		Sources:         itemSources(s.Sources),
	}
	if it.Headline == "" && len(it.Sources) > 0 {
		it.Headline = clip(oneLine(it.Sources[0].Title), maxHeadline)
	}
	it.Change, it.Direction, _ = stateChange(s)
	it.SourceCount = countOutlets(it.Sources)
	it.Score = score(&it, now)
	return it
}

func score(it *Item, now time.Time) float64 {
	var sc float64
	if it.Change != "" {
		sc += changeWeight
	}
	sc += sourceWeight * float64(min(max(it.SourceCount-1, 0), maxSources))
	var biggest int64
	for _, f := range it.Figures {
		biggest = max(biggest, f.Value)
	}
	sc += figureWeight * math.Log10(1+float64(biggest))
	if age := now.Sub(it.LastSeen); !it.LastSeen.IsZero() {
		sc += recencyWeight * math.Pow(0.5, float64(max(age, 0))/float64(halfLife))
	}
	return math.Round(sc*100) / 100
}

// primaryCategory returns the one category a story is shown under, among the
// topics asked for (all when topics is empty), or "" when none fits.
func primaryCategory(s *news.Story, topics []news.Category) news.Category {
	_, _, c := stateChange(s)
	return primaryGiven(s, c, topics)
}

// primaryGiven is primaryCategory with the category of the story's change
// of state (or "") already known.
func primaryGiven(s *news.Story, changeCat news.Category, topics []news.Category) news.Category {
	wanted := func(c news.Category) bool {
		if !has(s.Categories, c) {
			return false
		}
		return len(topics) == 0 || has(topics, c)
	}
	if changeCat != "" && wanted(changeCat) {
		return changeCat
	}
	if s.CeasefireStatus != news.CeasefireNone && wanted(news.Ceasefire) {
		return news.Ceasefire
	}
	for _, c := range news.Categories {
		if wanted(c) {
			return c
		}
	}
	return ""
}

func has(cs []news.Category, c news.Category) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// firstSentences returns at most n whole sentences of text.
func firstSentences(text string, n int) string {
	text = oneLine(text)
	count := 0
	for i, r := range text {
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		rest := text[i+1:]
		if rest != "" && !(rest[0] == ' ' && len(rest) > 1 && startsSentence(rest[1:])) {
			continue
		}
		if count++; count == n {
			return text[:i+1]
		}
	}
	return text
}

func startsSentence(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || r == '"' || r == '\'' || unicode.IsDigit(r)
	}
	return false
}

// Caps on outside text in an item: a sentence past them is not prose but
// clutter the cleaner missed.
const (
	maxHeadline = 200
	maxSummary  = 700
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
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

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
			Name: s.SourceName, DisplayName: displaySource(s), Title: oneLine(s.Title), URL: s.URL,
			ArticleID: s.ExternalID, Published: s.Published.UTC(), GuildID: s.GuildID,
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

// outletKey names the outlet of an article: its source name, else the host
// of its URL.
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
