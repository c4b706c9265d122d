package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/news"
)

// example is one labelled article of the training data.
type example struct {
	id     string
	source string // the labelled file it comes from
	half   string // of a ReliefWeb article: fit or report (halfOf)
	art    news.Article
	gold   labelRow
}

// labelRow is a row of a labels file (the dev-labels format; the gate's
// files carry a label instead of categories).
type labelRow struct {
	ID              string               `json:"id"`
	Categories      []news.Category      `json:"categories"`
	CeasefireStatus news.CeasefireStatus `json:"ceasefire_status"`
	Conflict        *bool                `json:"conflict"` // ReliefWeb: about armed conflict
	Label           string               `json:"label"`    // gate: conflict, other, unclear
	Source          string               `json:"source"`   // gate: where the text is
	untold          []news.Category      // categories the label does not tell (talksExample)
}

type textRow struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// gateFeeds are the bundled feeds whose items the gate's labels name by URL.
var gateFeeds = []string{"rss-parser_guardian.rss", "rss-parser_uolNoticias.rss", "miniflux_bbc_urdu_UTF8.xml"}

// loadExamples reads the labelled training data in a fixed order: the
// dev-labelled FA-KES articles, the labelled development ids of the
// ReliefWeb corpus, then the gate's articles labelled other (not already
// labelled), each in file order. Only labelled ids are read: the reserved
// FA-KES articles (no row in dev-labels.jsonl) and the sealed ReliefWeb
// ids (no row in rw-dev-categories.jsonl) are skipped unread.
func loadExamples(repo, shared string) ([]example, error) {
	var out []example
	seen := map[string]bool{}
	add := func(source string, labels []labelRow, texts map[string]news.Article) error {
		for _, l := range labels {
			if seen[l.ID] {
				continue
			}
			a, ok := texts[l.ID]
			if !ok {
				return fmt.Errorf("load %s: no text for labelled id %s", source, l.ID)
			}
			seen[l.ID] = true
			ex := example{id: l.ID, source: source, art: a, gold: l}
			if source == "reliefweb" {
				ex.half = halfOf(l.ID)
			}
			out = append(out, ex)
		}
		return nil
	}
	sets := []struct{ name, labels, texts string }{
		{"fakes", filepath.Join(shared, "eval", "dev-labels.jsonl"), filepath.Join(shared, "eval", "articles.jsonl")},
		{"reliefweb", filepath.Join(repo, "analyze", "testdata", "labels", "rw-dev-categories.jsonl"), filepath.Join(shared, "corpus", "reliefweb-2017.jsonl")},
	}
	for _, s := range sets {
		labels, err := readLines[labelRow](s.labels)
		if err != nil {
			return nil, err
		}
		texts, err := readTexts(s.texts, labels)
		if err != nil {
			return nil, err
		}
		if err := add(s.name, labels, texts); err != nil {
			return nil, err
		}
	}
	gate, err := gateOther(repo, seen)
	if err != nil {
		return nil, err
	}
	texts, err := feedTexts(filepath.Join(shared, "corpus", "feeds"))
	if err != nil {
		return nil, err
	}
	return out, add("gate", gate, texts)
}

// gateOther returns the gate's rows labelled other that no other file
// labels: negatives, with no category.
func gateOther(repo string, seen map[string]bool) ([]labelRow, error) {
	rows, err := readLines[labelRow](filepath.Join(repo, "analyze", "testdata", "gate", "labels.jsonl"))
	if err != nil {
		return nil, err
	}
	var out []labelRow
	for _, r := range rows {
		if r.Label != "other" || seen[r.ID] {
			continue
		}
		if r.Source == "reliefweb" || r.Source == "fakes" {
			return nil, fmt.Errorf("load gate labels: %s (%s) is not in its own labels file", r.ID, r.Source)
		}
		out = append(out, labelRow{ID: r.ID, Categories: []news.Category{}})
	}
	return out, nil
}

// halfOf splits the ReliefWeb development ids in two by crc32(id) % 2, as
// the relevance gate's labels do (analyze/testdata/gate): 1 is the fit half,
// whose errors may be read to write rules; 0 the report half, only scored.
func halfOf(id string) string {
	if crc32.ChecksumIEEE([]byte(id))%2 == 1 {
		return "fit"
	}
	return "report"
}

// readTexts reads the articles of path whose id is labelled, and only
// those.
func readTexts(path string, labels []labelRow) (map[string]news.Article, error) {
	want := map[string]bool{}
	for _, l := range labels {
		want[l.ID] = true
	}
	out := map[string]news.Article{}
	err := eachLine(path, func(b []byte) error {
		var id struct{ ID string }
		if err := json.Unmarshal(b, &id); err != nil || !want[id.ID] {
			return err
		}
		var t textRow
		if err := json.Unmarshal(b, &t); err != nil {
			return err
		}
		out[t.ID] = news.Article{ExternalID: t.ID, Title: t.Title, Text: t.Text}
		return nil
	})
	return out, err
}

// feedTexts reads the items of the bundled feeds by URL.
func feedTexts(dir string) (map[string]news.Article, error) {
	out := map[string]news.Article{}
	for _, name := range gateFeeds {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("read feed: %w", err)
		}
		_, items, err := feed.Parse(data, "")
		if err != nil {
			return nil, fmt.Errorf("parse feed %s: %w", name, err)
		}
		for _, a := range items {
			out[a.URL] = news.Article{Title: a.Title, Text: a.Text}
		}
	}
	return out, nil
}

func readLines[T any](path string) ([]T, error) {
	var out []T
	err := eachLine(path, func(b []byte) error {
		var v T
		err := json.Unmarshal(b, &v)
		out = append(out, v)
		return err
	})
	return out, err
}

func eachLine(path string, each func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open labelled data: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		if err := each(sc.Bytes()); err != nil {
			return fmt.Errorf("read %s line %d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// readIDs reads a file of ids, one a line (blank lines skipped).
func readIDs(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read ids: %w", err)
	}
	out := map[string]bool{}
	for _, id := range strings.Fields(string(data)) {
		out[id] = true
	}
	return out, nil
}
