package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

var (
	allCats     = []news.Category{news.Talks, news.Ceasefire, news.Humanitarian, news.Violence}
	missionCats = []news.Category{news.Talks, news.Ceasefire, news.Humanitarian}
)

// tally counts one system's decisions against the gold.
type tally struct {
	tp, fp, fn           map[news.Category]int
	statusOK, statusBoth int
}

func newTally() *tally {
	return &tally{tp: map[news.Category]int{}, fp: map[news.Category]int{}, fn: map[news.Category]int{}}
}

func (t *tally) add(pred []news.Category, status news.CeasefireStatus, gold labelRow) {
	for _, c := range allCats {
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

// crossValidate trains on four folds and predicts the fifth, for each
// fold, and prints the scores of the rules alone and of rules+model on the
// same predictions, overall and per labelled file.
func crossValidate(w io.Writer, exs []example, samples []analyze.Sample, labels []analyze.Label) {
	sets := []string{"all", "fakes", "reliefweb", "gate"}
	rules, model := map[string]*tally{}, map[string]*tally{}
	for _, s := range sets {
		rules[s], model[s] = newTally(), newTally()
	}
	for f := range folds {
		var trS []analyze.Sample
		var trL []analyze.Label
		for i := range exs {
			if foldOf(exs[i].id) != f {
				trS, trL = append(trS, samples[i]), append(trL, labels[i])
			}
		}
		m := analyze.Train(trS, trL, analyze.DefaultTrain)
		for i := range exs {
			if foldOf(exs[i].id) != f {
				continue
			}
			cats, st := m.Predict(&samples[i])
			for _, s := range []string{"all", exs[i].source} {
				rules[s].add(samples[i].Rules, samples[i].RuleStatus, exs[i].gold)
				model[s].add(cats, st, exs[i].gold)
			}
		}
	}
	fmt.Fprintf(w, "%d labelled articles, %d folds by FNV-1a(id) %% %d; config %+v\n", len(exs), folds, folds, analyze.DefaultTrain)
	fmt.Fprintf(w, "%-10s %-12s %8s %8s %8s %8s %8s %8s\n", "set", "system", "mission", "talks", "ceasef.", "human.", "violence", "status")
	for _, s := range sets {
		for _, sys := range []struct {
			name string
			t    *tally
		}{{"rules", rules[s]}, {"rules+model", model[s]}} {
			t := sys.t
			fmt.Fprintf(w, "%-10s %-12s %8.3f", s, sys.name, t.mission())
			for _, c := range allCats {
				fmt.Fprintf(w, " %8.3f", f1(t.tp[c], t.fp[c], t.fn[c]))
			}
			fmt.Fprintf(w, " %4d/%-3d\n", t.statusOK, t.statusBoth)
		}
	}
}
