package analyze

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// newsPart is 144 English news pages of 2018–2022 reporting a violent event
// of an armed conflict with a casualty figure (Ukraine, Gaza, Afghanistan,
// Sudan, Yemen, Nigeria, Pakistan, the DRC, the Sahel, Myanmar, … — about
// 140 outlets), their figures labelled by four readers who saw no code
// (testdata/figures/README.md, "news18"). Split in two halves fixed before
// any of its errors was read: sha1(id) odd is the fit half (development:
// -errors-of news18 prints its errors), even the held-out half (totals
// only, scoreHeldOut, never its errors).
var newsPart = filepath.Join("testdata", "figures", "news18.jsonl")

// newsPages is where the pages' texts are kept, git-ignored (the pages
// are their publishers'): the beginning of each page, as the tool
// library's stored copy of it gave it.
var newsPages = filepath.Join("testdata", "gate", "news", "pages.jsonl")

// newsURLs lists each labelled page's address (id, url), so that its
// text can be collected again from the stored page (README "news18").
var newsURLs = filepath.Join("testdata", "figures", "news-urls.tsv")

// newsFitFloor is a little below the share of the fit half's originators
// named right after h-orig13's rules (113/145 = 0.779; 85/145 before):
// three errors more would still pass.
const newsFitFloor = 0.75

// news19Part is 110 more English news pages of 2018 and later, from 100
// outlets news18 does not hold and about 26 wars, labelled by three readers
// who saw no code (testdata/figures/README.md, "news19"): development data
// whole (-errors-of news19 prints its errors), its texts in newsPages.
var news19Part = filepath.Join("testdata", "figures", "news19.jsonl")

// news19Floor is a little below the share of news19's originators named
// right after h-orig14's rules (197/264 = 0.746; 160/264 = 0.606 on main
// ed5edf3, before any rule fitted on it): six errors more would still pass.
const news19Floor = 0.72

// newsHeldOut reports whether a news18 id is in the held-out half.
func newsHeldOut(id string) bool {
	h := sha1.Sum([]byte(id))
	return new(big.Int).SetBytes(h[:]).Bit(0) == 0
}

// TestNewsFigures scores news18 when its texts are in place: the fit half
// with its errors on request, the held-out half as totals only.
func TestNewsFigures(t *testing.T) {
	if _, err := os.Stat(newsPages); err != nil {
		t.Skipf("news18 not scored: no texts at %s (testdata/figures/README.md says where they come from)", newsPages)
	}
	arts := map[string]ownArticle{}
	for _, a := range readJSONLines[ownArticle](t, newsPages) {
		arts[a.ID] = a
	}
	// The texts are collected again on each machine from the stored
	// pages (newsURLs); a page the store no longer gives is left out of
	// both halves, and said.
	dir := t.TempDir()
	s := scoreNewsHalves(t, arts, newsPart, "news18", dir)
	if r := ratio(s.namedRightPub, s.namedSeen); r < newsFitFloor {
		t.Errorf("news18 fit half: originators named right %.3f, want >= %.2f", r, newsFitFloor)
	}
	// news19 is fit data whole: 110 pages of 2018+ from other outlets
	// and wars, its texts in the same file; a page with no text on this
	// machine is left out, and said, as for news18.
	have19 := filepath.Join(dir, "news19-with-text.jsonl")
	if n := keepLines(t, news19Part, have19, func(id string) bool { _, ok := arts[id]; return ok }); n > 0 {
		t.Logf("news19: %d labelled pages have no text on this machine and are left out", n)
	}
	s = scorePart(t, arts, have19)
	s.report(t, "news19")
	if r := ratio(s.namedRightPub, s.namedSeen); r < news19Floor {
		t.Errorf("news19: originators named right %.3f, want >= %.2f", r, news19Floor)
	}
	if errorsOf("news19") {
		for _, e := range s.errs {
			t.Logf("news19: %s", e)
		}
	}
}

// keepLines writes the JSON lines of path whose id keep(id) holds to out
// and returns how many it left out.
func keepLines(t *testing.T, path, out string, keep func(id string) bool) int {
	t.Helper()
	dir := t.TempDir()
	kept, dropped := filepath.Join(dir, "kept"), filepath.Join(dir, "dropped")
	splitLines(t, path, dropped, kept, keep)
	data, err := os.ReadFile(kept)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
	gone, err := os.ReadFile(dropped)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Count(gone, []byte("\n"))
}

// splitLines writes the JSON lines of path whose id second(id) holds to
// b, the others to a.
func splitLines(t *testing.T, path, a, b string, second func(id string) bool) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var outA, outB []byte
	for _, line := range bytes.SplitAfter(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var l struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(line, &l); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if second(l.ID) {
			outB = append(outB, line...)
		} else {
			outA = append(outA, line...)
		}
	}
	if err := os.WriteFile(a, outA, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, outB, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSplitLinesByID: splitLines sends each line by its id, none lost.
func TestSplitLinesByID(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(`{"id": "a1"}`+"\n"+`{"id": "b2"}`+"\n\n"+`{"id": "a3"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	splitLines(t, in, a, b, func(id string) bool { return id[0] == 'b' })
	ga, _ := os.ReadFile(a)
	gb, _ := os.ReadFile(b)
	if string(ga) != `{"id": "a1"}`+"\n"+`{"id": "a3"}`+"\n" || string(gb) != `{"id": "b2"}`+"\n" {
		t.Errorf("split %q / %q", ga, gb)
	}
}

// TestLabelledFigureBySentence: of two reported figures of one kind and
// value, a label meets the one from its own sentence.
func TestLabelledFigureBySentence(t *testing.T) {
	f := news.Facts{Figures: []news.Figure{
		{Kind: "killed", Value: 6, Sentence: "Six police were killed in Foo, officials said.", Originator: "officials"},
		{Kind: "killed", Value: 6, Sentence: "Six police were killed in Bar, the governor said.", Originator: "governor"},
	}}
	g := ownFigure{Kind: "killed", Value: 6, Sentence: "Six police were killed in Bar, the governor said."}
	if p := labelledFigure(f, &g); p == nil || p.Originator != "governor" {
		t.Errorf("got %+v, want the governor's", p)
	}
	g.Sentence = "Six were killed elsewhere."
	if p := labelledFigure(f, &g); p == nil || p.Originator != "officials" {
		t.Errorf("got %+v, want the first", p)
	}
}

// TestNewsURLs: each listed address is the page its id names (the id is
// "news-" and the first 10 hex digits of sha1 of the address), listed once.
func TestNewsURLs(t *testing.T) {
	data, err := os.ReadFile(newsURLs)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			t.Fatalf("%s: %q: want id, url, part", newsURLs, l)
		}
		sum := sha1.Sum([]byte(f[1]))
		if want := "news-" + hex.EncodeToString(sum[:])[:10]; f[0] != want || seen[f[0]] {
			t.Errorf("%s: %s for %s (want %s, once)", newsURLs, f[0], f[1], want)
		}
		seen[f[0]] = true
	}
	if len(seen) < 200 {
		t.Errorf("%s: %d addresses, want the two parts' (news18, news19)", newsURLs, len(seen))
	}
}

// news20Part is the main-event figures of 89 pages of cf-status.jsonl and
// tv-talks.jsonl (news of 21 wars, 2010–2025, collected for the ceasefire
// and diplomacy measures) whose readers gave a death toll, labelled by two
// more readers who saw no code (testdata/figures/README.md, "news20"; a
// second reading in news20-second.jsonl). Split in two halves fixed after
// its first whole score and before any error was read: sha1(id) odd is the
// fit half (-errors-of news20 prints its errors), even the held-out half
// (totals only). The texts are those sets' pages (cfPages, tvPages).
var news20Part = filepath.Join("testdata", "figures", "news20.jsonl")

// TestNewsFigures20 scores news20 when its pages' texts are in place.
func TestNewsFigures20(t *testing.T) {
	arts := map[string]ownArticle{}
	for _, pages := range []string{cfPages, tvPages} {
		if _, err := os.Stat(pages); err != nil {
			t.Skipf("news20 not scored: no texts at %s (testdata/labels/PROVENANCE.md says where they come from)", pages)
		}
		for _, a := range readJSONLines[ownArticle](t, pages) {
			arts[a.ID] = a
		}
	}
	scoreNewsHalves(t, arts, news20Part, "news20", t.TempDir())
}

// scoreNewsHalves scores a part whose texts are in arts, in two halves
// fixed by newsHeldOut: the fit half's totals, and its errors when
// -errors-of name asks; the held-out half's totals only. A labelled page
// with no text on this machine is left out of both, and said. It returns
// the fit half's score for its floor.
func scoreNewsHalves(t *testing.T, arts map[string]ownArticle, part, name, dir string) *figureScore {
	t.Helper()
	have := filepath.Join(dir, name+"-with-text.jsonl")
	if n := keepLines(t, part, have, func(id string) bool { _, ok := arts[id]; return ok }); n > 0 {
		t.Logf("%s: %d labelled pages have no text on this machine and are left out", name, n)
	}
	fit, held := filepath.Join(dir, name+"-fit.jsonl"), filepath.Join(dir, name+"-held.jsonl")
	splitLines(t, have, fit, held, newsHeldOut)
	s := scorePart(t, arts, fit)
	s.report(t, name+" fit half")
	s.writeJudged(t, name+"-fit")
	if errorsOf(name) {
		for _, e := range s.errs {
			t.Logf("%s: %s", name, e)
		}
	}
	if h := scoreHeldOut(t, arts, held); h == nil {
		t.Fatal("no score")
	}
	return s
}
