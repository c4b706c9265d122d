package news

import (
	"context"
	"time"
)

// SourceKind says how a source is read.
type SourceKind string

// Source kinds.
const (
	KindFeed SourceKind = "feed" // RSS 2.0, Atom, RDF or JSON Feed over HTTP
	KindPage SourceKind = "page" // one article page over HTTP
	KindFile SourceKind = "file" // a local file or directory
)

// Source is a place articles come from, with the state of polling it.
type Source struct {
	ID             int64
	URL            string
	Kind           SourceKind
	Name           string // a label for digests ("UN News"), may be empty
	GuildID        string // "" for the built-in and operator sources
	ETag           string
	LastModified   string
	NextCheck      time.Time // do not poll before
	Failures       int       // consecutive failures
	LastError      string
	DisabledReason string // non-empty: not polled until re-enabled
	LastSuccess    time.Time
	Created        time.Time
}

// Disabled reports whether the source is taken out of polling.
func (s *Source) Disabled() bool { return s.DisabledReason != "" }

// SourceCounter counts what a source brought, for the per-source limits of
// polling.
type SourceCounter interface {
	// CountSourceArticles returns how many articles of the source were
	// stored at or after since.
	CountSourceArticles(ctx context.Context, sourceID int64, since time.Time) (int, error)
}

// LanguageCount is how many of a source's stored items are in a language.
type LanguageCount struct {
	Language string // ISO 639-1 code, as Analysis.Language
	Items    int
}

// UnreadCounter counts what the analysis could not read: per source, the
// stored items in a language it does not read (news.NotReadLanguage), so
// that a source of them is never silent (/sources health: "26 items in
// Urdu: not analysed").
type UnreadCounter interface {
	// UnreadLanguages returns, for each of the sources, its stored items
	// the analysis did not read, by language, the most first; a source with
	// none is absent.
	UnreadLanguages(ctx context.Context, sourceIDs []int64) (map[int64][]LanguageCount, error)
}

// ValidSource checks what every store requires of a source before it keeps
// one: a URL and a kind.
func ValidSource(s *Source) error {
	if s == nil || s.URL == "" {
		return Errorf(EINVALID, "a source needs a URL")
	}
	if s.Kind == "" {
		return Errorf(EINVALID, "source %q has no kind", s.URL)
	}
	return nil
}
