package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// evalDir is the labelled development set beside the project; EVAL_DIR
// names it for a worktree that does not sit beside shared/.
func evalDir() string {
	if d := os.Getenv("EVAL_DIR"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "eval")
}

// TestDigestSectionsDevSet files the stories of the 279 labelled
// development articles (only those; the others are reserved) as the
// command line's digest does, and scores the sections against the labels
// (GUIDE.md): an item in a talks, ceasefire or humanitarian section holds
// an article labelled so (precision), and an article labelled with one of
// them sits in an item of that section (coverage). The rule has nothing
// fitted; it is reported on both halves of the stories (crc32 of a
// story's first labelled article, odd and even) all the same. Coverage's
// floor is 0.70, not 0.75, since round h-digest20: a report whose only
// truce sentences are another town's breach strung on after its own event
// or another outlet's earlier report is filed by its event, as the readers
// of the 0530 window asked, though its label says ceasefire (fakes-599,
// -756, -769, low-confidence labels whose notes say their ceasefire rests
// on that paragraph): main's 33/41 and 31/39 became 32/41 and 29/39.
//
//	go test -count=1 -run TestDigestSectionsDevSet -v ./cmd/bot
func TestDigestSectionsDevSet(t *testing.T) {
	labels, err := readLabels(filepath.Join(evalDir(), "dev-labels.jsonl"))
	if err != nil {
		t.Skip("no development labels:", err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "dev.jsonl")
	if err := labelledArticles(filepath.Join(evalDir(), "articles.jsonl"), in, labels); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "dev.db")
	if _, errOut, err := runCmd(t, "", "ingest", "--db", db, "--jsonl", in); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	out, errOut, err := runCmd(t, "", "digest", "--db", db, "--format", "json")
	if err != nil {
		t.Fatalf("digest: %v\n%s", err, errOut)
	}
	var d struct {
		Sections []struct {
			Category string `json:"category"`
			Items    []struct {
				Sources []struct {
					ArticleID string `json:"article_id"`
				} `json:"sources"`
			} `json:"items"`
		} `json:"sections"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	var score [2]sectionScore
	for _, sec := range d.Sections {
		for _, it := range sec.Items {
			var ids []string
			for _, s := range it.Sources {
				if _, ok := labels[s.ArticleID]; ok {
					ids = append(ids, s.ArticleID)
				}
			}
			if len(ids) == 0 {
				continue
			}
			slices.Sort(ids)
			score[crc32.ChecksumIEEE([]byte(ids[0]))%2].add(sec.Category, ids, labels)
		}
	}
	for half, s := range score {
		t.Logf("half %d: %d items in talks/ceasefire/humanitarian, %d holding an article labelled so (%.2f); "+
			"%d of %d articles labelled so in an item of their section (%.2f); %d violence items hold one",
			half, s.mission, s.right, ratio(s.right, s.mission), s.covered, s.labelled, ratio(s.covered, s.labelled), s.missed)
		if ratio(s.right, s.mission) < 0.8 || ratio(s.covered, s.labelled) < 0.70 {
			t.Errorf("half %d: section precision %.2f, coverage %.2f; want at least 0.80 and 0.70",
				half, ratio(s.right, s.mission), ratio(s.covered, s.labelled))
		}
	}
}

// sectionScore counts one half's items.
type sectionScore struct {
	mission, right    int // items in a mission section; those holding an article labelled so
	covered, labelled int // mission-labelled articles in an item of their section; all of them shown
	missed            int // violence items holding a mission-labelled article
}

var missionCategories = []string{"talks", "ceasefire", "humanitarian"}

func (s *sectionScore) add(section string, ids []string, labels map[string][]string) {
	isMission := slices.Contains(missionCategories, section)
	right, missed := false, false
	for _, id := range ids {
		cats := labels[id]
		if slices.ContainsFunc(cats, func(c string) bool { return slices.Contains(missionCategories, c) }) {
			s.labelled++
			missed = missed || !isMission
		}
		if isMission && slices.Contains(cats, section) {
			s.covered++
			right = true
		}
	}
	if isMission {
		s.mission++
		if right {
			s.right++
		}
	} else if missed {
		s.missed++
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// readLabels returns each labelled article's categories.
func readLabels(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		var l struct {
			ID         string   `json:"id"`
			Categories []string `json:"categories"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("read labels: %w", err)
		}
		out[l.ID] = l.Categories
	}
	return out, sc.Err()
}

// labelledArticles copies the articles that have labels to out; the others
// are reserved and stay out of the pipeline here.
func labelledArticles(path, out string, labels map[string][]string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var b bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("read articles: %w", err)
		}
		if _, ok := labels[a.ID]; ok {
			b.Write(sc.Bytes())
			b.WriteByte('\n')
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return os.WriteFile(out, b.Bytes(), 0o600)
}
