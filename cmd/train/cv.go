package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

var (
	allCats     = []news.Category{news.Talks, news.Ceasefire, news.Humanitarian, news.Violence}
	missionCats = []news.Category{news.Talks, news.Ceasefire, news.Humanitarian}
)

// l2Grid are the penalties the cross-validation compares, weakest first:
// where none keeps the ceasefire status, the last (the model nearest its
// start) is taken.
var l2Grid = []float64{0.3, 1, 3, 10}

// setL2Grid reads -l2-grid: penalties, comma-separated, in ascending order.
func setL2Grid(s string) error {
	var grid []float64
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil || v < 0 || (len(grid) > 0 && v <= grid[len(grid)-1]) {
			return fmt.Errorf("-l2-grid %q: want penalties of 0 or more, ascending", s)
		}
		grid = append(grid, v)
	}
	l2Grid = grid
	return nil
}

// tally counts one system's decisions against the gold.
type tally struct {
	tp, fp, fn           map[news.Category]int
	statusOK, statusBoth int
	none, noneFlagged    int // articles with no gold category; those given one
	peace, peaceFlagged  int // articles labelled not about armed conflict; those given a category
	war, warKept         int // articles labelled about armed conflict with a category; those given one
	violOnly, violTalks  int // articles whose only gold category is violence; those given talks
	n                    int // articles counted
}

func newTally() *tally {
	return &tally{tp: map[news.Category]int{}, fp: map[news.Category]int{}, fn: map[news.Category]int{}}
}

func (t *tally) add(pred []news.Category, status news.CeasefireStatus, gold labelRow) {
	t.n++
	if len(gold.Categories) == 1 && gold.Categories[0] == news.Violence {
		t.violOnly++
		if slices.Contains(pred, news.Talks) {
			t.violTalks++
		}
	}
	for _, c := range allCats {
		if slices.Contains(gold.untold, c) {
			continue
		}
		p, g := slices.Contains(pred, c), slices.Contains(gold.Categories, c)
		switch {
		case p && g:
			t.tp[c]++
		case p:
			t.fp[c]++
		case g:
			t.fn[c]++
		}
	}
	if c := gold.Conflict; c != nil && !*c {
		t.peace++
		t.peaceFlagged += min(len(pred), 1)
	}
	if c := gold.Conflict; c != nil && *c && len(gold.Categories) > 0 {
		t.war++
		t.warKept += min(len(pred), 1)
	}
	if len(gold.Categories) == 0 && len(gold.untold) == 0 {
		t.none++
		if len(pred) > 0 {
			t.noneFlagged++
		}
	}
	if slices.Contains(pred, news.Ceasefire) && slices.Contains(gold.Categories, news.Ceasefire) {
		t.statusBoth++
		if status == gold.CeasefireStatus {
			t.statusOK++
		}
	}
}

func f1(tp, fp, fn int) float64 {
	if tp == 0 {
		return 0
	}
	return 2 * float64(tp) / float64(2*tp+fp+fn)
}

func (t *tally) mission() float64 {
	var tp, fp, fn int
	for _, c := range missionCats {
		tp, fp, fn = tp+t.tp[c], fp+t.fp[c], fn+t.fn[c]
	}
	return f1(tp, fp, fn)
}

func (t *tally) status() float64 { return float64(t.statusOK) / float64(max(t.statusBoth, 1)) }

// data is the featurised training set.
type data struct {
	exs     []example
	samples []analyze.Sample
	labels  []analyze.Label
}

func (d *data) subset(idx []int) ([]analyze.Sample, []analyze.Label) {
	s, l := make([]analyze.Sample, len(idx)), make([]analyze.Label, len(idx))
	for k, i := range idx {
		s[k], l[k] = d.samples[i], d.labels[i]
	}
	return s, l
}

// split returns the articles of idx outside fold f and those inside it.
func (d *data) split(idx []int, f int, foldFn func(string) int) (train, test []int) {
	return partition(idx, func(i int) bool { return foldFn(d.exs[i].id) == f })
}

// partition returns, in order, the indices of idx that held rejects (the
// training part) and those it accepts (the part held out): every fold and
// leave-one-out split of the trainer.
func partition(idx []int, held func(int) bool) (train, test []int) {
	for _, i := range idx {
		if held(i) {
			test = append(test, i)
		} else {
			train = append(train, i)
		}
	}
	return train, test
}

// upTo returns 0, 1, …, n-1: the indices of a slice of n rows.
func upTo(n int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// trained is a model and the articles it did not see.
type trained struct {
	m    *analyze.Model
	test []int
}

// cvTrain trains on idx outside each of n folds of foldFn.
func (d *data) cvTrain(idx []int, n int, foldFn func(string) int, cfg analyze.TrainConfig) []trained {
	var out []trained
	for f := range n {
		train, test := d.split(idx, f, foldFn)
		s, l := d.subset(train)
		out = append(out, trained{analyze.Train(s, l, cfg), test})
	}
	return out
}

// tallyOf scores the models' decisions, at the given lines, on the
// articles they did not see.
func (d *data) tallyOf(ms []trained, lines [4]float64) map[string]*tally {
	t := newTallies()
	for _, m := range ms {
		for _, i := range m.test {
			cats, st := m.m.Decide(&d.samples[i], lines)
			d.record(t, i, cats, st)
		}
	}
	return t
}

// record counts a prediction for article i overall and in its file's set.
func (d *data) record(t map[string]*tally, i int, cats []news.Category, st news.CeasefireStatus) {
	ex := &d.exs[i]
	for _, s := range []string{"all", ex.source, ex.source + " " + ex.half} {
		if t[s] != nil {
			t[s].add(cats, st, ex.gold)
		}
	}
	if agencySource(ex.source) && t[agencyRow] != nil {
		t[agencyRow].add(cats, st, ex.gold)
	}
}

// agencyRow pools the development rows of agency and monitor reports, the
// genre of the sealed set: the ReliefWeb 2017 development ids, the fit
// halves of rwp7, rwp8 and dons, and cnndm's (round h-learn3 chooses the
// learned layer's setting by it first).
const agencyRow = "agency"

// agencySources are the sets agencyRow pools.
var agencySources = []string{"reliefweb", "rwp7", "rwp8", "dons", "cnndm"}

func agencySource(source string) bool { return slices.Contains(agencySources, source) }

func newTallies() map[string]*tally {
	t := map[string]*tally{}
	for _, s := range tableSets {
		t[s] = newTally()
	}
	return t
}

// innerFold splits a training part again, by another hash of the id.
func innerFold(id string) int {
	h := fnv.New32a()
	h.Write([]byte("inner:" + id))
	return int(h.Sum32() % (folds - 1))
}

// lineGrid are the decision lines the choice of a category's line tries.
var lineGrid = []float64{0.5, 0.4, 0.3, 0.2}

// pick chooses the penalty of l2Grid and the categories' decision lines
// by an inner cross-validation over idx, as the model is judged: for each
// penalty, each category's line of lineGrid with the best F1 of that
// category; then the penalty with the best mission micro-F1 among those
// whose ceasefire status is no worse than the rules'; when none is, the
// strongest (the model nearest the rules).
func (d *data) pick(idx []int, cfg analyze.TrainConfig) analyze.TrainConfig {
	rules := newTallies()
	for _, i := range idx {
		d.record(rules, i, d.samples[i].Rules, d.samples[i].RuleStatus)
	}
	best, bestF1 := cfg, -1.0
	best.L2 = l2Grid[len(l2Grid)-1]
	for _, l2 := range l2Grid {
		c := cfg
		c.L2 = l2
		ms := d.cvTrain(idx, folds-1, innerFold, c)
		c.Lines = d.pickLines(ms)
		t := d.tallyOf(ms, c.Lines)["all"]
		if l2 == best.L2 {
			best.Lines = c.Lines // the fallback keeps its own lines
		}
		if t.status() >= rules["all"].status() && t.mission() > bestF1 {
			best, bestF1 = c, t.mission()
		}
	}
	return best
}

// pickLines chooses each category's decision line by its F1.
func (d *data) pickLines(ms []trained) [4]float64 {
	var lines [4]float64
	for c := range lines {
		bestF := -1.0
		for _, l := range lineGrid {
			try := [4]float64{0.5, 0.5, 0.5, 0.5}
			try[c] = l
			t := d.tallyOf(ms, try)["all"]
			cat := allCats[c]
			if f := f1(t.tp[cat], t.fp[cat], t.fn[cat]); f > bestF {
				lines[c], bestF = l, f
			}
		}
	}
	return lines
}

// crossValidate prints the 5-fold scores of the rules alone and of
// rules+model on the same folds: for each penalty of l2Grid, and nested
// (the penalty chosen on the training folds only, by an inner
// cross-validation), overall and per labelled file.
func crossValidate(w io.Writer, exs []example, samples []analyze.Sample, labels []analyze.Label, cfg analyze.TrainConfig) {
	d := &data{exs, samples, labels}
	all := upTo(len(exs))
	systems := []string{"rules"}
	tallies := map[string]map[string]*tally{"rules": newTallies()}
	for _, i := range all {
		d.record(tallies["rules"], i, samples[i].Rules, samples[i].RuleStatus)
	}
	for _, l2 := range l2Grid {
		c := cfg
		c.L2 = l2
		sys := fmt.Sprintf("model l2=%g", l2)
		systems = append(systems, sys)
		tallies[sys] = d.tallyOf(d.cvTrain(all, folds, foldOf, c), c.Lines)
	}
	systems = append(systems, "model nested")
	tallies["model nested"] = newTallies()
	var picked []string
	for f := range folds {
		train, test := d.split(all, f, foldOf)
		c := d.pick(train, cfg)
		picked = append(picked, fmt.Sprintf("l2 %g lines %v", c.L2, c.Lines))
		s, l := d.subset(train)
		m := analyze.Train(s, l, c)
		for _, i := range test {
			cats, st := m.Predict(&samples[i])
			d.record(tallies["model nested"], i, cats, st)
		}
	}
	c := d.pick(all, cfg)
	fmt.Fprintf(w, "the same choice on all the data (the setting to ship): l2 %g lines %v\n", c.L2, c.Lines)
	fmt.Fprintf(w, "%d labelled articles, %d folds by FNV-1a(id) %% %d; rate %g, %d steps, status l2 %g; nested picks:\n  %s\n",
		len(exs), folds, folds, cfg.Rate, cfg.Steps, cfg.StatusL2, strings.Join(picked, "\n  "))
	printTable(w, systems, tallies)
}

// tableSets are the sets the tables print: everything, each labelled file,
// and the halves of the ReliefWeb file (halfOf); with -agnews also the AG
// News World file and its halves, with -open the open sets (their held-out
// halves only under -heldout). A set with no article is not printed.
var tableSets = []string{"all", agencyRow, "fakes", "reliefweb", "reliefweb fit", "reliefweb report", "gate", "agnews", "agnews fit", "agnews report",
	"wikinews fit", "wikinews held", "cep fit", "cep held", "fignews fit", "fignews held",
	"truce fit", "rwp7 fit", "rwp8 fit", "cnndm fit", "dons fit", "mix9 fit", "agtalks fit", "agtalks2", "keaml3"}

func printTable(w io.Writer, systems []string, tallies map[string]map[string]*tally) {
	printTableSets(w, systems, tallies, tableSets)
}

// printTableSets prints the rows of the given sets.
func printTableSets(w io.Writer, systems []string, tallies map[string]map[string]*tally, sets []string) {
	fmt.Fprintf(w, "%-16s %-13s %8s %8s %8s %8s %8s %8s %-14s\n", "set", "system", "mission", "talks", "ceasef.", "human.", "violence", "status", "none given one")
	for _, s := range sets {
		if tallies[systems[0]][s] == nil || tallies[systems[0]][s].n == 0 {
			continue
		}
		for _, sys := range systems {
			t := tallies[sys][s]
			fmt.Fprintf(w, "%-16s %-13s %8.3f", s, sys, t.mission())
			for _, c := range allCats {
				fmt.Fprintf(w, " %8.3f", f1(t.tp[c], t.fp[c], t.fn[c]))
			}
			fmt.Fprintf(w, " %4d/%-3d %4d/%-3d (%4.1f%%)  talks tp/fp/fn %d/%d/%d  violence tp/fp/fn %d/%d/%d\n", t.statusOK, t.statusBoth,
				t.noneFlagged, t.none, 100*float64(t.noneFlagged)/float64(max(t.none, 1)), t.tp[news.Talks], t.fp[news.Talks], t.fn[news.Talks],
				t.tp[news.Violence], t.fp[news.Violence], t.fn[news.Violence])
		}
	}
}
