package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// storyLine is one line of `bot stories --jsonl`: an article as ingested
// (id is its id from the input) and its story, with the story's span and
// size. story_id is null for an article that joined no story.
type storyLine struct {
	ID        string `json:"id"`
	StoryID   *int64 `json:"story_id"`
	Title     string `json:"title"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
	EventDate string `json:"event_date,omitempty"`
	Headline  string `json:"headline,omitempty"`
	FirstSeen string `json:"first_seen,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"`
	Sources   int    `json:"sources,omitempty"`
}

func cmdStories(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlagSet("stories", stderr)
	dbPath := fs.String("db", "", "SQLite database file; default: CD_DATABASE_URL (PostgreSQL)")
	jsonl := fs.Bool("jsonl", false, "one JSON line per stored article: its id and its story")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dbPath == "" && getenv("CD_DATABASE_URL") == "" {
		return usageError{"stories needs --db FILE (or CD_DATABASE_URL)"}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("stories takes no arguments (got %q)", fs.Arg(0))}
	}
	_, _, db, err := openCommandStore(ctx, *dbPath, getenv, stderr, forRead, false)
	if err != nil {
		return err
	}
	defer db.Close()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	var last int64 = -1
	return db.stories.EachStoryMember(ctx, func(m news.StoryMember) error {
		if *jsonl {
			return writeStoryLine(w, m)
		}
		if m.StoryID != last {
			last = m.StoryID
			fmt.Fprintf(w, "\nstory %d: %s (%d sources)\n", m.StoryID, m.Headline, m.Sources)
		}
		_, err := fmt.Fprintf(w, "  %s  %-12s %s  [%s]\n", orDash(m.EventDate), orDash(m.SourceName), m.Title, m.ExternalID)
		return err
	})
}

func writeStoryLine(w io.Writer, m news.StoryMember) error {
	l := storyLine{ID: m.ExternalID, Title: m.Title, Source: m.SourceName, Published: rfc3339(m.Published),
		EventDate: m.EventDate}
	if m.StoryID != 0 {
		l.StoryID = &m.StoryID
		l.Headline, l.FirstSeen, l.LastSeen, l.Sources = m.Headline, rfc3339(m.FirstSeen), rfc3339(m.LastSeen), m.Sources
	}
	b, err := json.Marshal(l)
	if err != nil {
		return fmt.Errorf("encode story line: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
