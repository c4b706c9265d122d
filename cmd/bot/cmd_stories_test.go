package main

import (
	"bufio"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestStoriesJSONL checks the interface the eval's `run stories` uses: one
// line per stored article with its id as ingested and its story, stable
// across a re-ingest of the same file.
func TestStoriesJSONL(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	src := writeSample(t)
	if _, errOut, err := runCmd(t, "", "ingest", "--db", db, "--jsonl", src); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	first := readStoryLines(t, db)
	if len(first) != 19 {
		t.Fatalf("%d lines, want one per stored article (19)", len(first))
	}
	stories := map[int64]int{}
	for id, l := range first {
		if l.StoryID == nil || *l.StoryID <= 0 {
			t.Fatalf("%s: story_id %v, want a story", id, l.StoryID)
		}
		if l.Title == "" || l.EventDate == "" || l.Sources < 1 || l.Headline == "" {
			t.Errorf("%s: line lacks title, event date, sources or headline: %+v", id, l)
		}
		stories[*l.StoryID]++
	}
	for id, l := range first {
		if got := stories[*l.StoryID]; got != l.Sources {
			t.Errorf("%s: sources %d, but %d lines name story %d", id, l.Sources, got, *l.StoryID)
		}
	}
	if _, errOut, err := runCmd(t, "", "ingest", "--db", db, "--jsonl", src); err != nil {
		t.Fatalf("re-ingest: %v\n%s", err, errOut)
	}
	for id, l := range readStoryLines(t, db) {
		if *l.StoryID != *first[id].StoryID {
			t.Errorf("%s: story %d after a re-ingest, was %d", id, *l.StoryID, *first[id].StoryID)
		}
	}
	out, _, err := runCmd(t, "", "stories", "--db", db)
	if err != nil || !strings.Contains(out, "sources)") || !strings.Contains(out, "[fakes-") {
		t.Errorf("plain listing: %v\n%s", err, out)
	}
}

func readStoryLines(t *testing.T, db string) map[string]storyLine {
	t.Helper()
	out, errOut, err := runCmd(t, "", "stories", "--db", db, "--jsonl")
	if err != nil {
		t.Fatalf("stories: %v\n%s", err, errOut)
	}
	lines := map[string]storyLine{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var l storyLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		lines[l.ID] = l
	}
	return lines
}

func TestStoriesUsage(t *testing.T) {
	for _, args := range [][]string{{"stories"}, {"stories", "--db"}, {"stories", "--db", "x.db", "extra"}} {
		if _, _, err := runCmd(t, "", args...); err == nil {
			t.Errorf("%v: no error", args)
		} else if _, ok := err.(usageError); !ok {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
}
