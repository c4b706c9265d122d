package main

import (
	"crypto/sha1"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// The open measurement sets of eval/open (README there): Wikinews articles,
// Wikipedia Current Events items and FIGNEWS posts, from outlets and wars
// the rules were not first written on. Their labels are committed; their
// texts are not (eval/open/fetch.sh writes them into the git-ignored
// analyze/testdata/gate/open/). Each set is split in two by
// int(sha1(id), 16) % 2, fixed before any label was read: odd is the fit
// half, development data; even is HELD OUT, never learned from and scored
// as totals only. -open adds the fit halves to the data of -cv and -rules;
// -heldout -open also reads the held-out halves, to score them once as
// totals.

// openSet is one open measurement set: its labels and where its texts are.
type openSet struct{ name, labels, texts string }

// openSets are the three sets, in the order they are read.
var openSets = []openSet{
	{"wikinews", "wikinews-labels.jsonl", "wikinews.jsonl"},
	{"cep", "cep-labels.jsonl", "cep.jsonl"},
	{"fignews", "fignews-labels.jsonl", "fignews.jsonl"},
}

// openHalf is the half of an open set's id, as eval/rwp/score.sh splits
// them: "fit" when int(sha1(id), 16) is odd, "held" when even. The parity
// of the number is that of the digest's last byte.
func openHalf(id string) string {
	sum := sha1.Sum([]byte(id))
	if sum[len(sum)-1]%2 == 1 {
		return "fit"
	}
	return "held"
}

// loadOpen reads the open sets' labelled items of the fit half and, with
// held, of the held-out half too. The labels are split before any text is
// read: without held, no text of a held-out item is opened.
func loadOpen(repo string, held bool) ([]example, error) {
	var out []example
	for _, s := range openSets {
		rows, err := readLines[labelRow](filepath.Join(repo, "eval", "open", s.labels))
		if err != nil {
			return nil, err
		}
		var keep []labelRow
		for _, r := range rows {
			if held || openHalf(r.ID) == "fit" {
				keep = append(keep, r)
			}
		}
		texts, err := readTexts(filepath.Join(repo, "analyze", "testdata", "gate", "open", s.texts), keep)
		if err != nil {
			return nil, fmt.Errorf("%w (eval/open/README.md says how to write the texts)", err)
		}
		for _, r := range keep {
			a, ok := texts[r.ID]
			if !ok {
				return nil, fmt.Errorf("load %s: no text for labelled id %s", s.name, r.ID)
			}
			if r.Categories == nil {
				r.Categories = []news.Category{}
			}
			out = append(out, example{id: r.ID, source: s.name, half: openHalf(r.ID), art: a, gold: r})
		}
	}
	return out, nil
}

// isOpen reports an article of an open set.
func isOpen(ex *example) bool {
	for _, s := range openSets {
		if ex.source == s.name {
			return true
		}
	}
	return false
}

// openSystems are the systems -cv -open and -heldout -open compare: the
// rules; the model trained without the open sets' fit halves (the training
// data before them); and the model trained with them. Each model's penalty
// and decision lines are chosen by the inner cross-validation of its own
// training part, as crossValidate's nested row.
var openSystems = []string{"rules", "model old data", "model wider"}

// scoreOpen trains the two models on train (the old one on its articles of
// no open set), each set chosen on its own part, and records the three
// systems on test.
func (d *data) scoreOpen(t map[string]map[string]*tally, train, test []int, cfg analyze.TrainConfig) string {
	old, _ := partition(train, func(i int) bool { return isOpen(&d.exs[i]) })
	var picked []string
	for k, part := range [][]int{old, train} {
		c := d.pick(part, cfg)
		picked = append(picked, fmt.Sprintf("%s: %d articles, l2 %g lines %v", openSystems[k+1], len(part), c.L2, c.Lines))
		s, l := d.subset(part)
		m := analyze.Train(s, l, c)
		for _, i := range test {
			cats, st := m.Decide(&d.samples[i], c.Lines)
			d.record(t[openSystems[k+1]], i, cats, st)
		}
	}
	for _, i := range test {
		d.record(t["rules"], i, d.samples[i].Rules, d.samples[i].RuleStatus)
	}
	return strings.Join(picked, "; ")
}

func newOpenTallies() map[string]map[string]*tally {
	t := map[string]map[string]*tally{}
	for _, s := range openSystems {
		t[s] = newTallies()
	}
	return t
}

// openCV prints, after crossValidate's table over the enlarged set, each
// open set and each old file scored by models that never saw it (leave one
// source out): the model of the old data against the wider one.
func openCV(w io.Writer, exs []example, samples []analyze.Sample, labels []analyze.Label, cfg analyze.TrainConfig) {
	crossValidate(w, exs, samples, labels, cfg)
	d := &data{exs, samples, labels}
	t := newOpenTallies()
	var picked []string
	for _, src := range []string{"fakes", "reliefweb", "gate", "wikinews", "cep", "fignews"} {
		train, test := partition(upTo(len(exs)), func(i int) bool { return exs[i].source == src })
		picked = append(picked, src+" left out: "+d.scoreOpen(t, train, test, cfg))
	}
	fmt.Fprintf(w, "leave one source out (each source scored by models that never saw it), picks:\n  %s\n", strings.Join(picked, "\n  "))
	printTable(w, openSystems, t)
}

// openHeldOut trains on every article but the held-out halves (the old
// data; the old data and the open fit halves) and prints the totals of the
// rules and both models on the held-out halves: no item of them is printed.
func openHeldOut(w io.Writer, exs []example, samples []analyze.Sample, labels []analyze.Label, cfg analyze.TrainConfig) {
	d := &data{exs, samples, labels}
	train, test := partition(upTo(len(exs)), func(i int) bool { return exs[i].half == "held" })
	t := newOpenTallies()
	picked := d.scoreOpen(t, train, test, cfg)
	fmt.Fprintf(w, "trained on %d articles (%s); scored on %d held-out items (totals only)\n", len(train), picked, len(test))
	printTableSets(w, openSystems, t, []string{"all", "wikinews held", "cep held", "fignews held"})
	fmt.Fprintf(w, "labelled not about war given a category / about war (with a category) given one:\n")
	for _, s := range []string{"wikinews held", "cep held", "fignews held"} {
		for _, sys := range openSystems {
			c := t[sys][s]
			fmt.Fprintf(w, "  %-14s %-15s %d/%d (%.1f%%)  %d/%d (%.1f%%)\n", s, sys, c.peaceFlagged, c.peace, pct(c.peaceFlagged, c.peace), c.warKept, c.war, pct(c.warKept, c.war))
		}
	}
}
