package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/internal/agnews"
	"github.com/conflict-digest/conflict-digest/news"
)

// A learned gate (issues 13 item 4 and 14): can a logistic regression over
// the gate's evidence take out the articles the rules' gate lets in that
// are not about armed conflict (the aid sector's business from a war's
// country), losing at most 1 % of the conflict articles? `go run
// ./cmd/train -gatecv` answers by 5-fold cross-validation and by leaving
// one source out, on the development data only:
//
//   - fakes: the 279 dev-labelled FA-KES articles, all about the war;
//   - reliefweb: the 323 ReliefWeb development ids, about armed conflict
//     where both readings (rw-dev-categories.jsonl and its -second) say
//     so, not where both say not; left out where they disagree;
//   - feeds: the bundled feeds' items of the gate's labels' fit half
//     (conflict or other; unclear left out);
//   - agnews: the fit halves of agnews.jsonl and agnews-pool.jsonl and the
//     AG train fit part (texts from analyze/testdata/gate/agnews, fetched by
//     the fetch scripts there);
//   - rwp7, rwp8: the FIT halves of the agency sets of eval/rwp (ids in
//     rwp7-fit-ids.txt and rwp8-fit-ids.txt), about armed conflict where
//     both readings say so, not where both say not; their texts are
//     git-ignored (eval/rwp/README.md). The held-out halves are never
//     read: the labels are split by the id files before any text is
//     opened (rwpGateItems).
//   - dons, cnndm (round h-gate18): the FIT halves of WHO's Disease
//     Outbreak News (eval/dons/fit-ids.txt) and of CNN/DailyMail
//     (eval/cnndm/fit-ids.txt), read the same way (both readings agree,
//     the labels cut to the fit ids before a text is opened).
//
// The model reads only what the rules let in and may only take it out.
// Its penalty and its threshold are chosen inside the training part, by an
// inner cross-validation: the threshold that takes out the most
// non-conflict articles of the inner folds while taking out at most 1 % of
// their conflict articles (none at all when that is less than one), then
// the penalty; "never" (the rules alone) when no threshold takes any out
// within that bound.

// gateItem is one labelled article of the gate experiment.
type gateItem struct {
	id, source string
	war        bool
	s          analyze.GateSample
}

// gateL2 are the penalties the inner cross-validation compares.
var gateL2 = []float64{0.1, 0.3, 1, 3}

// gateThresholds are the probabilities of "not about war" from which the
// model takes an article out; above 1 is never.
var gateThresholds = []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 2}

// gateSteps are the optimiser's passes.
const gateSteps = 300

// gateMaxLoss is the share of conflict articles the model may take out.
const gateMaxLoss = 0.01

func gateCV(stdout io.Writer, repo, shared string) error {
	items, err := loadGateItems(repo, shared)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "gate items: %d\n", len(items))
	printGateTable(stdout, "rules alone", items, nil)
	for _, v := range gateVariants {
		trainPop, trainSkip = v.all, v.skip
		fmt.Fprintf(stdout, "\n## %s\n", v.name)
		view := items
		if v.view != nil {
			view = make([]gateItem, len(items))
			for i, it := range items {
				view[i] = it
				view[i].s = v.view(it.s)
			}
		}
		gateCVOnce(stdout, view)
	}
	return nil
}

// gateVariants are the models compared: what they learn from and which
// features they read.
// view, when not nil, is the part of each sample the model reads.
var gateVariants = []struct {
	name string
	all  bool
	view func(analyze.GateSample) analyze.GateSample
	skip string
}{
	{"learning from the articles the rules let in; all features", false, nil, ""},
	{"learning from the articles the rules let in; all features but the chief subject's", false, analyze.GateSample.WithoutSubject, ""},
	{"learning from the articles the rules let in; dense features only", false, analyze.GateSample.Dense, ""},
	{"learning from every labelled article; all features", true, nil, ""},
	{"learning from every labelled article; dense features only", true, analyze.GateSample.Dense, ""},
	{"learning from every labelled article but AG News's; all features", true, nil, "agnews"},
}

// trainSkip is a source the model does not learn from (it is still scored).
var trainSkip string

func gateCVOnce(stdout io.Writer, items []gateItem) {
	fold := func(i int) string { return fmt.Sprint(foldOf(items[i].id)) }
	var fs []string
	for k := range folds {
		fs = append(fs, fmt.Sprint(k))
	}
	gateCVBy(stdout, items, fs, fold, "fold %s", "rules+model, 5-fold (nested)")
	source := func(i int) string { return items[i].source }
	gateCVBy(stdout, items, gateSources, source, "left out %s", "rules+model, leave one source out (nested)")
	gateCurve(stdout, items)
}

// gateCVBy holds out each group of items in turn (groupOf names an item's
// group), chooses the gate's penalty and threshold inside the rest by its
// folds, applies it to the group held out and prints the table of all.
func gateCVBy(stdout io.Writer, items []gateItem, groups []string, groupOf func(int) string, line, title string) {
	pred := make([]bool, len(items)) // taken out by the model
	for _, g := range groups {
		train, test := partition(upTo(len(items)), func(i int) bool { return groupOf(i) == g })
		l2, t := chooseGate(items, train, func(i int) int { return foldOf(items[i].id) })
		fmt.Fprintf(stdout, line+": L2 %g threshold %s\n", g, l2, thr(t))
		applyGate(items, train, test, l2, t, pred)
	}
	printGateTable(stdout, title, items, pred)
}

func thr(t float64) string {
	if t > 1 {
		return "never"
	}
	return strconv.FormatFloat(t, 'g', -1, 64)
}

// gateSources are the sources of the gate items, in the order of the tables.
var gateSources = []string{"fakes", "reliefweb", "feeds", "agnews", "rwp7", "rwp8", "dons", "cnndm"}

// relevantOf returns those of idx the rules let in.
func relevantOf(items []gateItem, idx []int) []int {
	var out []int
	for _, i := range idx {
		if items[i].s.Relevant {
			out = append(out, i)
		}
	}
	return out
}

// trainPop is the population the model learns from: the articles the
// rules let in (false), or every labelled article (true: the ReliefWeb
// reports of HIV, climate and agriculture the rules turn away teach it
// what the aid sector's business looks like).
var trainPop bool

func trainOn(items []gateItem, idx []int, l2 float64) *analyze.GateModel {
	if !trainPop {
		idx = relevantOf(items, idx)
	}
	if trainSkip != "" {
		idx = slices.DeleteFunc(slices.Clone(idx), func(i int) bool { return items[i].source == trainSkip })
	}
	xs := make([]analyze.GateSample, len(idx))
	ys := make([]bool, len(idx))
	for k, i := range idx {
		xs[k], ys[k] = items[i].s, !items[i].war
	}
	return analyze.TrainGate(xs, ys, l2, gateSteps)
}

// applyGate trains on train at l2 and marks the articles of test the
// model takes out at threshold t.
func applyGate(items []gateItem, train, test []int, l2, t float64, out []bool) {
	if t > 1 {
		return
	}
	m := trainOn(items, train, l2)
	for _, i := range relevantOf(items, test) {
		out[i] = m.NotWar(&items[i].s) >= t
	}
}

// chooseGate picks the penalty and threshold by an inner cross-validation
// of train (folds by fold, the outer folds' hash) with the rule of the
// file's comment.
func chooseGate(items []gateItem, train []int, fold func(int) int) (float64, float64) {
	inner := map[int][]int{}
	for _, i := range train {
		inner[fold(i)] = append(inner[fold(i)], i)
	}
	keys := make([]int, 0, len(inner))
	for k := range inner {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	wars := 0
	for _, i := range relevantOf(items, train) {
		if items[i].war {
			wars++
		}
	}
	maxLoss := int(gateMaxLoss * float64(wars))
	bestL2, bestT, bestOut := gateL2[0], 2.0, 0
	for _, l2 := range gateL2 {
		p := map[int]float64{}
		for _, k := range keys {
			var tr []int
			for _, j := range keys {
				if j != k {
					tr = append(tr, inner[j]...)
				}
			}
			m := trainOn(items, tr, l2)
			for _, i := range relevantOf(items, inner[k]) {
				p[i] = m.NotWar(&items[i].s)
			}
		}
		for _, t := range gateThresholds {
			lost, out := 0, 0
			for i, v := range p {
				if v < t {
					continue
				}
				if items[i].war {
					lost++
				} else {
					out++
				}
			}
			if lost <= maxLoss && (out > bestOut || out == bestOut && out > 0 && t > bestT) {
				bestL2, bestT, bestOut = l2, t, out
			}
		}
	}
	return bestL2, bestT
}

// gateCounts are one source's totals under one system.
type gateCounts struct {
	other, otherIn, otherCat int // non-conflict items; let in; given a category
	war, warIn               int // conflict items; let in
}

func printGateTable(w io.Writer, name string, items []gateItem, out []bool) {
	by := map[string]*gateCounts{"all": {}}
	for _, s := range gateSources {
		by[s] = &gateCounts{}
	}
	for i, it := range items {
		in := it.s.Relevant && (out == nil || !out[i])
		for _, c := range []*gateCounts{by["all"], by[it.source]} {
			if it.war {
				c.war++
				c.warIn += b2i(in)
			} else {
				c.other++
				c.otherIn += b2i(in)
				c.otherCat += b2i(in && it.s.Categorised)
			}
		}
	}
	fmt.Fprintf(w, "\n%s\n| set | non-conflict let in | non-conflict given a category | conflict let in |\n|---|---|---|---|\n", name)
	for _, s := range append([]string{"all"}, gateSources...) {
		c := by[s]
		fmt.Fprintf(w, "| %s | %d/%d | %d/%d | %d/%d |\n", s, c.otherIn, c.other, c.otherCat, c.other, c.warIn, c.war)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// gateCurve prints, for each penalty, the out-of-fold probabilities of
// all 5 folds pooled, as the conflict and non-conflict articles the
// model would take out at each threshold: an upper bound of what any
// threshold choice could do, not a score.
func gateCurve(w io.Writer, items []gateItem) {
	fmt.Fprintf(w, "\nout-of-fold, pooled (an upper bound of the choice, not a score): taken out non-conflict / conflict at each threshold\n")
	all := upTo(len(items))
	rel := relevantOf(items, all)
	for _, l2 := range gateL2 {
		p := map[int]float64{}
		for k := range folds {
			train, test := partition(all, func(i int) bool { return foldOf(items[i].id) == k })
			m := trainOn(items, train, l2)
			for _, i := range relevantOf(items, test) {
				p[i] = m.NotWar(&items[i].s)
			}
		}
		fmt.Fprintf(w, "L2 %g:", l2)
		for _, t := range gateThresholds[:len(gateThresholds)-1] {
			lost, out := 0, 0
			for _, i := range rel {
				if p[i] >= t {
					if items[i].war {
						lost++
					} else {
						out++
					}
				}
			}
			fmt.Fprintf(w, " %g: %d/%d", t, out, lost)
		}
		// the non-conflict items ranked above every conflict item
		top := 1.0
		for _, i := range rel {
			if items[i].war {
				top = min(top, 1-p[i])
			}
		}
		above := 0
		for _, i := range rel {
			if !items[i].war && p[i] > 1-top {
				above++
			}
		}
		fmt.Fprintf(w, "; non-conflict above every conflict item: %d\n", above)
		gateSourceBound(w, items, rel, p)
	}
}

// gateAgencySources are the agency sets the bar of a learned gate is set
// on, each apart (README, "A learned gate").
var gateAgencySources = []string{"reliefweb", "rwp7", "rwp8", "dons", "cnndm"}

// gateSourceBound prints, for each agency source, the most of its
// non-conflict articles the rules let in that any one threshold on the
// pooled out-of-fold probabilities p takes out while taking out at most
// 1 % of its conflict articles the rules let in: the bar's upper bound.
func gateSourceBound(w io.Writer, items []gateItem, rel []int, p map[int]float64) {
	fmt.Fprintf(w, "  within the bar, at best:")
	for _, src := range gateAgencySources {
		others, wars := 0, 0
		for _, i := range rel {
			if items[i].source == src {
				others += b2i(!items[i].war)
				wars += b2i(items[i].war)
			}
		}
		best, bestT := 0, 2.0
		for _, t := range gateThresholds[:len(gateThresholds)-1] {
			lost, out := 0, 0
			for _, i := range rel {
				if items[i].source == src && p[i] >= t {
					lost += b2i(items[i].war)
					out += b2i(!items[i].war)
				}
			}
			if lost <= int(gateMaxLoss*float64(wars)) && out > best {
				best, bestT = out, t
			}
		}
		fmt.Fprintf(w, " %s %d of %d (threshold %s)", src, best, others, thr(bestT))
	}
	fmt.Fprintln(w)
}

// loadGateItems reads the gate experiment's labelled articles in a fixed
// order (the file's comment), each id once.
func loadGateItems(repo, shared string) ([]gateItem, error) {
	var items []gateItem
	seen := map[string]bool{}
	add := func(id, source string, war bool, a news.Article) {
		if seen[id] {
			return
		}
		seen[id] = true
		items = append(items, gateItem{id: id, source: source, war: war, s: analyze.NewGateSample(&a)})
	}
	// FA-KES
	fk, err := readLines[labelRow](filepath.Join(shared, "eval", "dev-labels.jsonl"))
	if err != nil {
		return nil, err
	}
	texts, err := readTexts(filepath.Join(shared, "eval", "articles.jsonl"), fk)
	if err != nil {
		return nil, err
	}
	for _, l := range fk {
		add(l.ID, "fakes", true, texts[l.ID])
	}
	// ReliefWeb, both readings
	first, err := readLines[labelRow](filepath.Join(repo, "analyze", "testdata", "labels", "rw-dev-categories.jsonl"))
	if err != nil {
		return nil, err
	}
	second, err := readLines[labelRow](filepath.Join(repo, "analyze", "testdata", "labels", "rw-dev-categories-second.jsonl"))
	if err != nil {
		return nil, err
	}
	sec := map[string]*bool{}
	for _, l := range second {
		sec[l.ID] = l.Conflict
	}
	texts, err = readTexts(filepath.Join(shared, "corpus", "reliefweb-2017.jsonl"), first)
	if err != nil {
		return nil, err
	}
	for _, l := range first {
		s := sec[l.ID]
		if l.Conflict == nil || s == nil || *l.Conflict != *s {
			continue
		}
		add(l.ID, "reliefweb", *l.Conflict, texts[l.ID])
	}
	// the bundled feeds' items of the gate labels' fit half
	gl, err := readLines[gateLabelRow](filepath.Join(repo, "analyze", "testdata", "gate", "labels.jsonl"))
	if err != nil {
		return nil, err
	}
	ft, err := feedTexts(filepath.Join(shared, "corpus", "feeds"))
	if err != nil {
		return nil, err
	}
	for _, l := range gl {
		if l.Half != "fit" || l.Source == "reliefweb" || l.Source == "fakes" || l.Label == "unclear" {
			continue
		}
		a, ok := ft[l.ID]
		if !ok {
			return nil, fmt.Errorf("gate labels: no feed item %s", l.ID)
		}
		add(l.ID, "feeds", l.Label == "conflict", a)
	}
	ag, err := agGateItems(repo)
	if err != nil {
		return nil, err
	}
	for _, r := range ag {
		add(r.id, "agnews", r.war, r.art)
	}
	for _, set := range rwpGateSets {
		rs, err := rwpGateItems(repo, set)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			add(r.id, set.name, r.war, r.art)
		}
	}
	return items, nil
}

// rwpGateSet is one set with fit and held-out halves the gate learns
// from: the folder of eval/ that holds its labels (and their second
// reading) and the ids of its fit half, and of analyze/testdata/gate that
// holds its texts (git-ignored).
type rwpGateSet struct{ name, dir, labels, fitIDs, texts string }

// rwpGateSets are the sets with halves, as eval/rwp/README.md,
// eval/dons/README.md and eval/cnndm/README.md score them: the agency
// sets, WHO's outbreak news and CNN/DailyMail (round h-gate18).
var rwpGateSets = []rwpGateSet{
	{"rwp7", "rwp", "rwp7-categories", "rwp7-fit-ids.txt", "rwp7-pages.jsonl"},
	{"rwp8", "rwp", "rwp8-categories", "rwp8-fit-ids.txt", "rwp7-all.jsonl"},
	{"dons", "dons", "dons-categories", "fit-ids.txt", "who-dons.jsonl"},
	{"cnndm", "cnndm", "cnndm-categories", "fit-ids.txt", "pool.jsonl"},
}

// rwpGateItems reads the items of set's fit half on whose conflict both
// readings agree. The labels are cut to the fit ids before the texts are
// read, so no text of the held-out half is ever opened.
func rwpGateItems(repo string, set rwpGateSet) ([]agItem, error) {
	dir := filepath.Join(repo, "eval", set.dir)
	fit, err := readIDs(filepath.Join(dir, set.fitIDs))
	if err != nil {
		return nil, err
	}
	first, err := readLines[labelRow](filepath.Join(dir, set.labels+".jsonl"))
	if err != nil {
		return nil, err
	}
	second, err := readLines[labelRow](filepath.Join(dir, set.labels+"-second.jsonl"))
	if err != nil {
		return nil, err
	}
	sec := map[string]*bool{}
	for _, l := range second {
		sec[l.ID] = l.Conflict
	}
	var keep []labelRow
	for _, l := range first {
		s := sec[l.ID]
		if fit[l.ID] && l.Conflict != nil && s != nil && *l.Conflict == *s {
			keep = append(keep, l)
		}
	}
	texts, err := readTexts(filepath.Join(repo, "analyze", "testdata", "gate", set.dir, set.texts), keep)
	if err != nil {
		return nil, fmt.Errorf("%w (eval/rwp/README.md says how to write the texts)", err)
	}
	out := make([]agItem, 0, len(keep))
	for _, l := range keep {
		a, ok := texts[l.ID]
		if !ok {
			return nil, fmt.Errorf("load %s: no text for labelled id %s", set.name, l.ID)
		}
		out = append(out, agItem{id: l.ID, war: *l.Conflict, art: a})
	}
	return out, nil
}

// gateLabelRow is a row of the gate's label files.
type gateLabelRow struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Label  string `json:"label"`
	Half   string `json:"half"`
}

type agItem struct {
	id  string
	war bool
	art news.Article
}

// agGateItems reads the AG News fit parts the gate's labels name: the fit
// halves of agnews.jsonl and agnews-pool.jsonl (rows of test.csv) and
// agnews-train-fit.jsonl (rows of the lst5000 extract, read as a lead).
func agGateItems(repo string) ([]agItem, error) {
	dir := filepath.Join(repo, "analyze", "testdata", "gate")
	test, err := readCSV(filepath.Join(dir, "agnews", "test.csv"))
	if err != nil {
		return nil, err
	}
	lst, err := readCSV(filepath.Join(dir, "agnews", "train-lst5000.csv"))
	if err != nil {
		return nil, err
	}
	var out []agItem
	for _, f := range []string{"agnews.jsonl", "agnews-pool.jsonl", "agnews-train-fit.jsonl"} {
		rows, err := readLines[gateLabelRow](filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if r.Half != "fit" || r.Label == "unclear" {
				continue
			}
			var a news.Article
			if n, ok := strings.CutPrefix(r.ID, "ag-test-"); ok {
				k, _ := strconv.Atoi(n)
				a = news.Article{Title: agnews.Text(test[k-1][1]), Text: agnews.Text(test[k-1][2])}
			} else if n, ok := strings.CutPrefix(r.ID, "ag-lst-"); ok {
				k, _ := strconv.Atoi(n)
				a = news.Article{Text: agnews.Text(lst[k-1][0])}
			} else {
				return nil, fmt.Errorf("%s: id %s", f, r.ID)
			}
			out = append(out, agItem{id: r.ID, war: r.Label == "conflict", art: a})
		}
	}
	return out, nil
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read AG News (run analyze/testdata/gate/fetch-agnews*.sh): %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	return r.ReadAll()
}
