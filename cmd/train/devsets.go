package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/internal/agnews"
	"github.com/conflict-digest/conflict-digest/news"
)

// The development data beyond the 668 articles of loadExamples that -cv
// -dev and -rules -dev measure on (README, "The learned layer", round
// h-learn1) — measurement only: the shipped weights train on loadExamples,
// whose texts CI has, so that TestWeightsReproduce rebuilds them there.
// Every development item of the labelled sets whose texts live in the
// git-ignored caches of analyze/testdata/gate — the fit halves of the open
// sets, truce, rwp7, rwp8, cnndm and dons, the fit half of the AG News
// World file, the fit half of the first AG talks part and the whole
// development parts of the second and third. Never a held-out half, a set
// held out whole (rwp3, rwp5, rwp6), an AG report half or a -heldout file:
// their ids are not read. rwp, rwp2 and rwp4 are development sets too, but
// their texts are in no cache of this repository (eval/rwp/README.md), nor
// are cf's and tv's; the Reuters fit half's reader is a test of analyze.

// errNoCache reports a git-ignored text cache that is not in place.
var errNoCache = errors.New("text cache not in place")

// devSet is one development set read from a cache: its labels (a path
// from the repository root), the file of its fit ids (empty: the sha1
// parity of the open sets, openHalf), and its texts.
type devSet struct {
	name, labels, fitIDs, texts string
}

// devSets are the JSON Lines sets, in the order they are read.
var devSets = []devSet{
	{"wikinews", "eval/open/wikinews-labels.jsonl", "", "analyze/testdata/gate/open/wikinews.jsonl"},
	{"cep", "eval/open/cep-labels.jsonl", "", "analyze/testdata/gate/open/cep.jsonl"},
	{"fignews", "eval/open/fignews-labels.jsonl", "", "analyze/testdata/gate/open/fignews.jsonl"},
	{"truce", "eval/open/truce-labels.jsonl", "eval/open/truce-fit-ids.txt", "analyze/testdata/gate/open/fignewsmt.jsonl"},
	{"rwp7", "eval/rwp/rwp7-categories.jsonl", "eval/rwp/rwp7-fit-ids.txt", "analyze/testdata/gate/rwp/rwp7-pages.jsonl"},
	{"rwp8", "eval/rwp/rwp8-categories.jsonl", "eval/rwp/rwp8-fit-ids.txt", "analyze/testdata/gate/rwp/rwp7-all.jsonl"},
	{"cnndm", "eval/cnndm/cnndm-categories.jsonl", "eval/cnndm/fit-ids.txt", "analyze/testdata/gate/cnndm/pool.jsonl"},
	{"dons", "eval/dons/dons-categories.jsonl", "eval/dons/fit-ids.txt", "analyze/testdata/gate/dons/who-dons.jsonl"},
	{"mix9", "eval/mix9/mix9-labels.jsonl", "eval/mix9/fit-ids.txt", "analyze/testdata/gate/open/mix9-pages.jsonl"},
}

// devCaches are every cache loadDev reads, from the repository root.
func devCaches() []string {
	var out []string
	for _, s := range devSets {
		out = append(out, s.texts)
	}
	out = append(out, filepath.Join("analyze", "testdata", "gate", "agnews", "test.csv"))
	for _, f := range agExtracts {
		out = append(out, filepath.Join("analyze", "testdata", "gate", "agnews", f.name))
	}
	for _, f := range agnews.KeamlExtracts {
		out = append(out, filepath.Join("analyze", "testdata", "gate", "agnews", f.Name))
	}
	return out
}

// missingCache returns the first cache of devCaches not in place under
// repo, or "".
func missingCache(repo string) string {
	for _, c := range devCaches() {
		if _, err := os.Stat(filepath.Join(repo, c)); err != nil {
			return c
		}
	}
	return ""
}

// loadAll is the data of -dev: loadExamples' 668 articles, then every
// development item of loadDev, each id once.
func loadAll(repo, shared string) ([]example, error) {
	exs, err := loadExamples(repo, shared)
	if err != nil {
		return nil, err
	}
	dev, err := loadDev(repo)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, ex := range exs {
		seen[ex.id] = true
	}
	for _, ex := range dev {
		if !seen[ex.id] {
			seen[ex.id] = true
			exs = append(exs, ex)
		}
	}
	return exs, nil
}

// loadDev reads the development items of the cached sets in a fixed
// order: devSets, then the AG News World fit half, the AG talks parts
// (agtalks fit half, agtalks2) and the KEAML talks part (keaml3), each in
// its labels file's order.
func loadDev(repo string) ([]example, error) {
	if c := missingCache(repo); c != "" {
		return nil, fmt.Errorf("%w: %s (BRIEF: copy the caches of analyze/testdata/gate)", errNoCache, c)
	}
	var out []example
	for _, s := range devSets {
		exs, err := loadDevSet(repo, s)
		if err != nil {
			return nil, err
		}
		out = append(out, exs...)
	}
	ag, err := loadAGNews(repo, filepath.Join(repo, "analyze", "testdata", "gate", "agnews", "test.csv"))
	if err != nil {
		return nil, err
	}
	for _, ex := range ag {
		if ex.half == "fit" {
			out = append(out, ex)
		}
	}
	tk, err := loadTalkParts(repo, devTalkParts())
	if err != nil {
		return nil, err
	}
	for _, ex := range tk {
		if ex.half != "report" {
			out = append(out, talksExample(ex))
		}
	}
	k3, err := loadKeaml(repo)
	if err != nil {
		return nil, err
	}
	return append(out, k3...), nil
}

// loadDevSet reads the fit half of one set: the labels are split before
// any text is read, and only the fit ids' texts are decoded, as `bot
// analyze --jsonl` reads them (feed.ReadJSONL: the feed's cleaning).
func loadDevSet(repo string, s devSet) ([]example, error) {
	var fit map[string]bool
	if s.fitIDs != "" {
		var err error
		if fit, err = readIDs(filepath.Join(repo, s.fitIDs)); err != nil {
			return nil, err
		}
	}
	keep := func(id string) bool { return (fit == nil && openHalf(id) == "fit") || fit[id] }
	return loadSetPart(repo, s.labels, s.texts, "", keep, func(r labelRow) example {
		return example{id: r.ID, source: s.name, half: "fit", art: news.Article{}, gold: r}
	})
}

// loadSetPart reads the labelled rows of labels that keep accepts, in the
// labels file's order, and their texts from texts, decoding only theirs;
// a row with no text is left out, as eval/rwp/score.sh leaves it out.
// With source set, each text is read as score.sh hands it to `bot analyze
// --jsonl` (id, title, text, url and that source; scoreRecord), else as
// the line of the texts file is. mk makes a row's example; its article is
// then set.
func loadSetPart(repo, labels, texts, source string, keep func(string) bool, mk func(labelRow) example) ([]example, error) {
	rows, err := readLines[labelRow](filepath.Join(repo, labels))
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	var kept []labelRow
	for _, r := range rows {
		if keep(r.ID) {
			kept, want[r.ID] = append(kept, r), true
		}
	}
	arts := map[string]news.Article{}
	var buf bytes.Buffer
	err = eachLine(filepath.Join(repo, texts), func(b []byte) error {
		var id struct{ ID string }
		if err := json.Unmarshal(b, &id); err != nil || !want[id.ID] {
			return err
		}
		if source != "" {
			if b, err = scoreRecord(b, source); err != nil {
				return err
			}
		}
		buf.Write(b)
		buf.WriteByte('\n')
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = feed.ReadJSONL(&buf, func(a news.Article) error {
		arts[a.ExternalID] = a
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", texts, err)
	}
	var out []example
	for _, r := range kept {
		a, ok := arts[r.ID]
		if !ok {
			// score.sh leaves a labelled item with no text out too.
			continue
		}
		if r.Categories == nil {
			r.Categories = []news.Category{}
		}
		ex := mk(r)
		ex.art = a
		out = append(out, ex)
	}
	return out, nil
}

// scoreRecord is a page as eval/rwp/score.sh writes it for `bot analyze
// --jsonl`: its id, title, text and url, and the set's source.
func scoreRecord(b []byte, source string) ([]byte, error) {
	var p struct {
		ID    string `json:"id"`
		Title string `json:"title"`
		Text  string `json:"text"`
		URL   string `json:"url"`
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, err
	}
	return json.Marshal(map[string]string{"id": p.ID, "title": p.Title, "text": p.Text, "url": p.URL, "source": source})
}

// talksExample turns a talks part's row into a partial label: the label
// tells talks or not; violence_only tells violence and no talks or
// ceasefire; not_conflict tells no category; the rest is untold.
func talksExample(ex example) example {
	g := &ex.gold
	switch g.Label {
	case "talks":
		g.Categories = []news.Category{news.Talks}
		g.untold = []news.Category{news.Ceasefire, news.Humanitarian, news.Violence}
	case "violence_only":
		g.Categories = []news.Category{news.Violence}
		g.untold = []news.Category{news.Humanitarian}
	case "other_conflict":
		g.Categories = []news.Category{}
		g.untold = []news.Category{news.Ceasefire, news.Humanitarian, news.Violence}
	default: // not_conflict
		g.Categories = []news.Category{}
		f := false
		g.Conflict = &f
	}
	if g.Label != "not_conflict" {
		t := true
		g.Conflict = &t
	}
	return ex
}

// keamlFile is the development part of the third talks part, read by
// loadKeaml.
const keamlFile = "agnews-keaml-talks3.jsonl"

// devTalkParts are the talks parts loadDev reads through loadTalkParts:
// every one but keamlFile, which loadKeaml reads, so that its rows are
// read once (until round h-learn2 they were read twice, under two ids).
func devTalkParts() []talksPart {
	var out []talksPart
	for _, p := range talksParts {
		if p.file != keamlFile {
			out = append(out, p)
		}
	}
	return out
}

// loadKeaml reads the development part of the third talks part
// (agnews-keaml-talks3.jsonl; never its -heldout file), each row's text
// as the analysis tests read it (agnews.Keaml.Articles).
func loadKeaml(repo string) ([]example, error) {
	rows, err := readLines[labelRow](filepath.Join(repo, "analyze", "testdata", "labels", keamlFile))
	if err != nil {
		return nil, err
	}
	arts, err := readKeaml(repo)
	if err != nil {
		return nil, err
	}
	var out []example
	for _, r := range rows {
		a, ok := arts[r.ID]
		if !ok {
			return nil, fmt.Errorf("%s: id %q names no row", keamlFile, r.ID)
		}
		a.ExternalID = r.ID
		out = append(out, talksExample(example{id: r.ID, source: "keaml3", art: a, gold: labelRow{ID: r.ID, Label: r.Label}}))
	}
	return out, nil
}
