package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// record is one article line of ../shared/eval/SCHEMA.md.
type record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Location  string `json:"location,omitempty"`
}

// synthesise writes n articles to path, made from the allowed texts: the
// eval articles that have a dev label (the reserved ones, with none, are
// never read) and the ReliefWeb corpus's development ids (rwIDs; the other
// reports are sealed and never read). Copy k of a base article gets its
// own id, a date k × 9 days later (so that copies fall in different story
// windows, as a year of news would), its numbers raised by k and its later
// paragraphs rotated, so that no two lines are the same text.
func synthesise(shared, rwIDs, path string, n int) (int, error) {
	bases, err := readBases(shared, rwIDs)
	if err != nil {
		return 0, err
	}
	if len(bases) == 0 {
		return 0, fmt.Errorf("no base articles under %s", shared)
	}
	f, err := os.Create(path)
	if err != nil {
		return 0, fmt.Errorf("create %s: %w", path, err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i := range n {
		if err := enc.Encode(mutate(bases[i%len(bases)], i/len(bases))); err != nil {
			return 0, fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	return n, f.Close()
}

// readBases reads the dev-labelled eval articles and the ReliefWeb
// development reports.
func readBases(shared, rwIDs string) ([]record, error) {
	dev, err := readIDs(rwIDs)
	if err != nil {
		return nil, err
	}
	labelled := map[string]bool{}
	err = eachLine(filepath.Join(shared, "eval", "dev-labels.jsonl"), func(line []byte) error {
		var l struct{ ID string }
		if err := json.Unmarshal(line, &l); err != nil {
			return err
		}
		labelled[l.ID] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []record
	keep := func(want func(string) bool) func([]byte) error {
		return func(line []byte) error {
			var r record
			if err := json.Unmarshal(line, &r); err != nil {
				return err
			}
			if want(r.ID) && len(strings.Fields(r.Text)) >= minWords {
				out = append(out, r)
			}
			return nil
		}
	}
	if err := eachLine(filepath.Join(shared, "eval", "articles.jsonl"), keep(func(id string) bool { return labelled[id] })); err != nil {
		return nil, err
	}
	err = eachLine(filepath.Join(shared, "corpus", "reliefweb-2017.jsonl"), keep(func(id string) bool { return dev[id] }))
	return out, err
}

// readIDs reads a file of ids, one a line.
func readIDs(path string) (map[string]bool, error) {
	ids := map[string]bool{}
	err := eachLine(path, func(line []byte) error {
		ids[strings.TrimSpace(string(line))] = true
		return nil
	})
	if len(ids) == 0 && err == nil {
		err = fmt.Errorf("no ids in %s", path)
	}
	return ids, err
}

func eachLine(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
	}
	return sc.Err()
}

// minWords leaves out the corpus's empty and near-empty reports, which
// ingest would refuse: every line of the file should be a storable article.
const minWords = 20

var reNumber = regexp.MustCompile(`\b[0-9]{1,3}\b`)

// mutate returns copy k of r (k 0 is r itself).
func mutate(r record, k int) record {
	if k == 0 {
		return r
	}
	r.ID = fmt.Sprintf("%s~%d", r.ID, k)
	if r.URL != "" {
		r.URL = fmt.Sprintf("%s?copy=%d", r.URL, k)
	}
	pub, err := time.Parse("2006-01-02", r.Published)
	if err != nil {
		pub = time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	r.Published = pub.AddDate(0, 0, 9*k).Format("2006-01-02")
	r.Text = reNumber.ReplaceAllStringFunc(r.Text, func(s string) string {
		v, _ := strconv.Atoi(s)
		return strconv.Itoa(v + k)
	})
	paras := strings.Split(r.Text, "\n\n")
	if len(paras) > 2 {
		rest := paras[1:]
		s := k % len(rest)
		rest = append(rest[s:], rest[:s]...)
		r.Text = paras[0] + "\n\n" + strings.Join(rest, "\n\n")
	}
	return r
}
