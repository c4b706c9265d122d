package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
)

// Should the learned layer decide, were it to learn from every
// development item (loadAll)? -cv -dev answers by cross-validation on the
// development data alone (its answer, round h-learn1: no; the shipped
// weights train on the 668 articles of loadExamples): nested 5-fold (FNV-1a(id) % 5; each training
// part chooses its own setting by an inner 4-fold, pickSetting) and leave
// one set out (each set scored by a model trained on all the others, its
// setting chosen on them). The systems are generalSystems': the rules,
// the model deciding, rules+margin and the gated variants, on the same
// articles. No held-out item is read.

// devSources are the sets -cv -dev leaves out one at a time, in loadAll's
// order.
var devSources = []string{"fakes", "reliefweb", "gate", "wikinews", "cep", "fignews", "truce", "rwp7", "rwp8", "cnndm", "dons", "mix9",
	"agnews", "agtalks", "agtalks2", "keaml3"}

// devTableSets are the rows -cv -dev prints: everything, then each set.
var devTableSets = []string{"all", agencyRow, "fakes", "reliefweb", "gate", "wikinews fit", "cep fit", "fignews fit", "truce fit", "rwp7 fit",
	"rwp8 fit", "cnndm fit", "dons fit", "mix9 fit", "agnews fit", "agtalks fit", "agtalks2", "keaml3"}

// devCV prints the nested 5-fold and the leave-one-set-out tables.
func devCV(w io.Writer, exs []example, samples []analyze.Sample, labels []analyze.Label, cfg analyze.TrainConfig, kfold, loso bool) {
	d := &data{exs, samples, labels}
	all := upTo(len(exs))
	fmt.Fprintf(w, "%d development articles; folds by FNV-1a(id) %% %d, settings chosen by inner %d-fold CV on each training part\n", len(all), folds, folds-1)
	if kfold {
		t, picked := d.nestedFolds(all, cfg)
		fmt.Fprintf(w, "nested 5-fold, picks:\n  %s\n", strings.Join(picked, "\n  "))
		printTableSets(w, generalSystems, t, devTableSets)
	}
	if loso {
		t, picked := d.leaveOneOut(all, devSources, cfg)
		fmt.Fprintf(w, "leave one set out (each set scored by a model that never saw it), picks:\n  %s\n", strings.Join(picked, "\n  "))
		printTableSets(w, generalSystems, t, devTableSets)
	}
}

// devStatusCV prints the ceasefire status of the rules against the status
// head's, on the articles whose gold and rules both give the ceasefire
// (the rules' categories stand): nested nothing, the head keeps its
// penalty (DefaultTrain.StatusL2), so 5-fold and leave one set out train
// the status head alone.
func devStatusCV(w io.Writer, exs []example, samples []analyze.Sample, labels []analyze.Label, cfg analyze.TrainConfig) {
	d := &data{exs, samples, labels}
	all := upTo(len(exs))
	cfg.StatusOnly = true
	score := func(name string, splits [][2][]int) {
		rules, head := newTallies(), newTallies()
		for _, sp := range splits {
			s, l := d.subset(sp[0])
			m := analyze.Train(s, l, cfg)
			for _, i := range sp[1] {
				cats := samples[i].Rules
				d.record(rules, i, cats, samples[i].RuleStatus)
				st := samples[i].RuleStatus
				if st != "" {
					st = m.Status(&samples[i])
				}
				d.record(head, i, cats, st)
			}
		}
		fmt.Fprintf(w, "%s: ceasefire status right / articles both gold and rules call ceasefire (rules' state → status head's)\n", name)
		for _, set := range devTableSets {
			if r := rules[set]; r.n > 0 && r.statusBoth > 0 {
				fmt.Fprintf(w, "  %-14s %3d/%-3d → %3d/%-3d\n", set, r.statusOK, r.statusBoth, head[set].statusOK, head[set].statusBoth)
			}
		}
	}
	var kf, lo [][2][]int
	for f := range folds {
		train, test := d.split(all, f, foldOf)
		kf = append(kf, [2][]int{train, test})
	}
	for _, src := range devSources {
		train, test := partition(all, func(i int) bool { return exs[i].source == src })
		lo = append(lo, [2][]int{train, test})
	}
	score("5-fold", kf)
	score("leave one set out", lo)
}
