package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
)

// Should the learned layer decide, now that it learns from every
// development item (loadAll)? -cv -dev answers by cross-validation on the
// development data alone: nested 5-fold (FNV-1a(id) % 5; each training
// part chooses its own setting by an inner 4-fold, pickSetting) and leave
// one set out (each set scored by a model trained on all the others, its
// setting chosen on them). The systems are generalSystems': the rules,
// the model deciding, rules+margin and the gated variants, on the same
// articles. No held-out item is read.

// devSources are the sets -cv -dev leaves out one at a time, in loadAll's
// order.
var devSources = []string{"fakes", "reliefweb", "gate", "wikinews", "cep", "fignews", "truce", "rwp7", "rwp8", "cnndm", "dons",
	"agnews", "agtalks", "agtalks2", "keaml3"}

// devTableSets are the rows -cv -dev prints: everything, then each set.
var devTableSets = []string{"all", "fakes", "reliefweb", "gate", "wikinews fit", "cep fit", "fignews fit", "truce fit", "rwp7 fit",
	"rwp8 fit", "cnndm fit", "dons fit", "agnews fit", "agtalks fit", "agtalks2", "keaml3"}

// devCV prints the nested 5-fold and the leave-one-set-out tables.
func devCV(w io.Writer, exs []example, samples []analyze.Sample, labels []analyze.Label, cfg analyze.TrainConfig, loso bool) {
	d := &data{exs, samples, labels}
	all := upTo(len(exs))
	fmt.Fprintf(w, "%d development articles; folds by FNV-1a(id) %% %d, settings chosen by inner %d-fold CV on each training part\n", len(all), folds, folds-1)
	t := newGeneral()
	var picked []string
	for f := range folds {
		train, test := d.split(all, f, foldOf)
		picked = append(picked, d.scoreOn(t, train, test, cfg).String())
	}
	fmt.Fprintf(w, "nested 5-fold, picks:\n  %s\n", strings.Join(picked, "\n  "))
	printTableSets(w, generalSystems, t, devTableSets)
	if !loso {
		return
	}
	t = newGeneral()
	picked = picked[:0]
	for _, src := range devSources {
		train, test := partition(all, func(i int) bool { return exs[i].source == src })
		if len(test) == 0 {
			continue
		}
		picked = append(picked, src+" left out: "+d.scoreOn(t, train, test, cfg).String())
	}
	fmt.Fprintf(w, "leave one set out (each set scored by a model that never saw it), picks:\n  %s\n", strings.Join(picked, "\n  "))
	printTableSets(w, generalSystems, t, devTableSets)
}
