package analyze

import (
	"flag"
	"hash/crc32"
	"path/filepath"
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

var (
	reutersReport = flag.Bool("reuters-report", false, "also score the report half of testdata/labels/reuters-categories.jsonl (its totals only)")
	reutersDump   = flag.Bool("reuters-dump", false, "log the fit half's items of testdata/labels/reuters-categories.jsonl that the analysis gets wrong")
)

// reutersLabel is a line of testdata/labels/reuters-categories.jsonl.
type reutersLabel struct {
	ID              string               `json:"id"`
	Categories      []news.Category      `json:"categories"`
	CeasefireStatus news.CeasefireStatus `json:"ceasefire_status"`
	Conflict        bool                 `json:"conflict"`
	ConflictName    string               `json:"conflict_name"`
	Confidence      string               `json:"confidence"`
	Note            string               `json:"note"`
	Half            string               `json:"half"`
}

// catCount counts one half's categories as ../shared/eval/score.py does
// (mission: talks, ceasefire, humanitarian micro-averaged) with violence
// apart, and the gate's two rates.
type catCount struct {
	tp, fp, fn              map[news.Category]int
	other, otherGiven       int
	conflict, conflictGiven int
	status, statusRight     int
}

func (c *catCount) add(gold, pred []news.Category) {
	for _, k := range []news.Category{news.Talks, news.Ceasefire, news.Humanitarian, news.Violence} {
		g, p := slices.Contains(gold, k), slices.Contains(pred, k)
		switch {
		case g && p:
			c.tp[k]++
		case p:
			c.fp[k]++
		case g:
			c.fn[k]++
		}
	}
}

func (c *catCount) f1(ks ...news.Category) float64 {
	var tp, fp, fn int
	for _, k := range ks {
		tp, fp, fn = tp+c.tp[k], fp+c.fp[k], fn+c.fn[k]
	}
	return ratio(2*tp, 2*tp+fp+fn)
}

// TestReutersSet measures the categories and the gate on 1987 Reuters wire
// stories (issue 14: another outlet, other wars, another decade): mission
// micro-F1, violence F1, ceasefire status, stories about no armed conflict
// given a category. The fit half always (its errors with -reuters-dump),
// the report half's totals with -reuters-report.
func TestReutersSet(t *testing.T) {
	if !reutersInPlace() {
		t.Skip("no Reuters-21578 files: run analyze/testdata/gate/fetch-reuters.sh")
	}
	arts := reutersArticles(t)
	counts := map[string]*catCount{}
	for _, l := range readJSONLines[reutersLabel](t, filepath.Join("testdata", "labels", "reuters-categories.jsonl")) {
		if l.Half == "report" && !*reutersReport {
			continue
		}
		c := counts[l.Half]
		if c == nil {
			c = &catCount{tp: map[news.Category]int{}, fp: map[news.Category]int{}, fn: map[news.Category]int{}}
			counts[l.Half] = c
		}
		a, ok := arts[l.ID]
		if !ok {
			t.Fatalf("%s: no such story with a body", l.ID)
		}
		an := Analyze(&a)
		c.add(l.Categories, an.Categories)
		given := len(an.Categories) > 0
		if l.Conflict {
			c.conflict++
			c.conflictGiven += b2i(given && len(l.Categories) > 0)
		} else {
			c.other++
			c.otherGiven += b2i(given)
		}
		if slices.Contains(l.Categories, news.Ceasefire) && slices.Contains(an.Categories, news.Ceasefire) {
			c.status++
			c.statusRight += b2i(l.CeasefireStatus == an.CeasefireStatus)
		}
		if *reutersDump && l.Half == "fit" && !sameCategories(l.Categories, an.Categories) {
			t.Logf("%s (%s, %s; %s): gold %v, got %v | %s | %.300s", l.ID, l.ConflictName, l.Confidence, l.Note, l.Categories, an.Categories, a.Title, a.Text)
		}
	}
	for _, half := range []string{"fit", "report"} {
		c := counts[half]
		if c == nil {
			continue
		}
		t.Logf("%-6s Reuters 1987: mission F1 %.3f (talks %.3f, ceasefire %.3f, humanitarian %.3f), violence F1 %.3f, status %d/%d; not conflict given a category %d/%d, conflict with a gold category given one %d/%d",
			half, c.f1(news.Talks, news.Ceasefire, news.Humanitarian), c.f1(news.Talks), c.f1(news.Ceasefire), c.f1(news.Humanitarian),
			c.f1(news.Violence), c.statusRight, c.status, c.otherGiven, c.other, c.conflictGiven, c.conflict)
	}
}

// sameCategories reports whether two category lists hold the same labels.
func sameCategories(a, b []news.Category) bool {
	if len(a) != len(b) {
		return false
	}
	for _, k := range a {
		if !slices.Contains(b, k) {
			return false
		}
	}
	return true
}

// TestGateReutersScreen measures the gate on the rest of Reuters-21578:
// every story with a body that neither labelled set chose (fewer than three
// war words and no casualty word beside a digit — mostly markets, companies,
// commodities and trade of 1987), read as not about armed conflict. Not
// every one is (a story may name a war in a word or two), so the share given
// a category is an upper bound of the gate's false alarms there. The fit half
// (crc32(id) % 2 == 1) always, its flagged stories with -reuters-dump; the
// report half's totals with -reuters-report.
func TestGateReutersScreen(t *testing.T) {
	if !reutersInPlace() {
		t.Skip("no Reuters-21578 files: run analyze/testdata/gate/fetch-reuters.sh")
	}
	chosen := map[string]bool{}
	for _, l := range readJSONLines[reutersLabel](t, filepath.Join("testdata", "labels", "reuters-categories.jsonl")) {
		chosen[l.ID] = true
	}
	for _, l := range readJSONLines[ownLabel](t, fresh10Part) {
		chosen[l.ID] = true
	}
	type count struct {
		n, given int
		by       map[news.Category]int
	}
	counts := map[string]*count{"fit": {by: map[news.Category]int{}}, "report": {by: map[news.Category]int{}}}
	for id, a := range reutersArticles(t) {
		if chosen[id] {
			continue
		}
		half := reutersHalf(id)
		if half == "report" && !*reutersReport {
			continue
		}
		c := counts[half]
		c.n++
		an := Analyze(&a)
		if len(an.Categories) == 0 {
			continue
		}
		c.given++
		for _, k := range an.Categories {
			c.by[k]++
		}
		if *reutersDump && half == "fit" {
			t.Logf("%s: %v | %s | %.300s", id, an.Categories, a.Title, a.Text)
		}
	}
	for _, half := range []string{"fit", "report"} {
		if c := counts[half]; c.n > 0 {
			t.Logf("%-6s Reuters 1987 screen (not about war by selection): given a category %d/%d = %.2f%% (talks %d, ceasefire %d, humanitarian %d, violence %d)",
				half, c.given, c.n, 100*ratio(c.given, c.n), c.by[news.Talks], c.by[news.Ceasefire], c.by[news.Humanitarian], c.by[news.Violence])
		}
	}
}

// reutersHalf is a story's half, as reuters-categories.jsonl's: fit when
// crc32(id) % 2 == 1.
func reutersHalf(id string) string {
	if crc32.ChecksumIEEE([]byte(id))%2 == 1 {
		return "fit"
	}
	return "report"
}
