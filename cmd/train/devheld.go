package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// Would the learned layer beat the rules on data neither was written or
// trained on? -dev -held (round h-learn2, issue 14) trains the model once
// on every development item (loadAll), its setting — penalty, decision
// lines, the rules+margin margin — chosen by the inner cross-validation of
// -cv -dev on them alone and printed before any held text is read
// (-held-pick stops there), then scores once every HELD half of the sets
// eval/rwp/score.sh scores, read as score.sh reads them, and the AG talks
// parts' report half and held-out files (their labels partial,
// talksExample): the rules, the model deciding and rules+margin. Totals
// only: no held item, id or error is printed.

// heldSet is the held part of a labelled set as eval/rwp/score.sh holds
// it out: the ids of heldIDs, the whole set (ALL_HELD=1), or else the even
// sha1 parity (openHalf); its texts are read as score.sh hands them to the
// bot, with source.
type heldSet struct {
	name, labels, heldIDs, texts, source string
	whole                                bool
}

// heldSets are the sets of /work/brief/COMMANDS.md's score.sh lines, in
// that order; their pooled total is the measure of the decision rule.
var heldSets = []heldSet{
	{"fignews", "eval/open/fignews-labels.jsonl", "", "analyze/testdata/gate/open/fignews.jsonl", "fignews", false},
	{"cep", "eval/open/cep-labels.jsonl", "", "analyze/testdata/gate/open/cep.jsonl", "wikipedia-cep", false},
	{"wikinews", "eval/open/wikinews-labels.jsonl", "", "analyze/testdata/gate/open/wikinews.jsonl", "wikinews", false},
	{"truce", "eval/open/truce-labels.jsonl", "eval/open/truce-held-ids.txt", "analyze/testdata/gate/open/fignewsmt.jsonl", "fignews", false},
	{"rwp5", "eval/rwp/rwp5-categories.jsonl", "", "analyze/testdata/gate/rwp/rwp5-pages.jsonl", "reliefweb.int", true},
	{"rwp7", "eval/rwp/rwp7-categories.jsonl", "eval/rwp/rwp7-held-ids.txt", "analyze/testdata/gate/rwp/rwp7-pages.jsonl", "reliefweb.int", false},
	{"rwp8", "eval/rwp/rwp8-categories.jsonl", "eval/rwp/rwp8-held-ids.txt", "analyze/testdata/gate/rwp/rwp7-all.jsonl", "reliefweb.int", false},
	{"dons", "eval/dons/dons-categories.jsonl", "eval/dons/held-ids.txt", "analyze/testdata/gate/dons/who-dons.jsonl", "who.int", false},
	{"cnndm", "eval/cnndm/cnndm-categories.jsonl", "eval/cnndm/held-ids.txt", "analyze/testdata/gate/cnndm/pool.jsonl", "cnndm", false},
	{"mix9", "eval/mix9/mix9-labels.jsonl", "eval/mix9/held-ids.txt", "analyze/testdata/gate/open/mix9-pages.jsonl", "fignews", false},
}

// heldAGRows are the AG talks rows -dev -held prints after the sets:
// labels partial, so they are scored on what they tell and are not pooled.
var heldAGRows = []string{"agtalks report", "agtalks held", "agtalks2 held", "keaml3 held"}

// heldSystems are the systems -dev -held compares.
var heldSystems = []string{"rules", "model", "rules+margin"}

// heldOf is the test of a set's held part, as score.sh's.
func heldOf(repo string, s heldSet) (func(string) bool, error) {
	switch {
	case s.whole:
		return func(string) bool { return true }, nil
	case s.heldIDs != "":
		ids, err := readIDs(filepath.Join(repo, s.heldIDs))
		return func(id string) bool { return ids[id] }, err
	}
	return func(id string) bool { return openHalf(id) == "held" }, nil
}

// heldIDs returns how many labelled ids of the held parts of heldSets
// there are, and a test of them: from the labels alone, no text read.
func heldIDs(repo string) (func(string) bool, int, error) {
	ids := map[string]bool{}
	for _, s := range heldSets {
		held, err := heldOf(repo, s)
		if err != nil {
			return nil, 0, err
		}
		rows, err := readLines[labelRow](filepath.Join(repo, s.labels))
		if err != nil {
			return nil, 0, err
		}
		for _, r := range rows {
			if held(r.ID) {
				ids[r.ID] = true
			}
		}
	}
	return func(id string) bool { return ids[id] }, len(ids), nil
}

// loadHeld reads the held parts: heldSets' (source "NAME held"), then the
// AG talks report half and the three held-out talks files (heldAGRows).
func loadHeld(repo string) ([]example, error) {
	var out []example
	for _, s := range heldSets {
		held, err := heldOf(repo, s)
		if err != nil {
			return nil, err
		}
		exs, err := loadSetPart(repo, s.labels, s.texts, s.source, held, func(r labelRow) example {
			return example{id: r.ID, source: s.name + " held", gold: r}
		})
		if err != nil {
			return nil, err
		}
		out = append(out, exs...)
	}
	tk, err := loadTalks(repo)
	if err != nil {
		return nil, err
	}
	for _, ex := range tk {
		if ex.half == "report" {
			ex = talksExample(ex)
			ex.source, ex.half = heldAGRows[0], ""
			out = append(out, ex)
		}
	}
	hp, err := loadTalkParts(repo, talksHeldParts)
	if err != nil {
		return nil, err
	}
	for _, ex := range hp {
		for k, p := range talksHeldParts {
			if ex.source == p.source {
				ex.source = heldAGRows[k+1]
			}
		}
		out = append(out, talksExample(ex))
	}
	return out, nil
}

// pooledHeld reports a row of heldSets (pooled), not an AG talks row.
func pooledHeld(source string) bool {
	for _, s := range heldSets {
		if source == s.name+" held" {
			return true
		}
	}
	return false
}

// heldRows are the rows -dev -held prints, pooled first.
func heldRows() []string {
	rows := []string{"pooled"}
	for _, s := range heldSets {
		rows = append(rows, s.name+" held")
	}
	return append(rows, heldAGRows...)
}

// recordHeld counts a decision in its row and, for heldSets' rows, in the
// pooled one.
func recordHeld(t map[string]*tally, ex *example, cats []news.Category, st news.CeasefireStatus) {
	if t[ex.source] == nil {
		t[ex.source] = newTally()
	}
	t[ex.source].add(cats, st, ex.gold)
	if pooledHeld(ex.source) {
		t["pooled"].add(cats, st, ex.gold)
	}
}

// heldVerdict is the decision rule fixed before the held run (round
// h-learn2): a system wins when its pooled mission micro-F1 beats the
// rules' by at least 0.01, it is behind the rules on no more rows than it
// is ahead (mission micro-F1 of each row of rows but the pooled one), and
// its pooled non-conflict items given a category are not more.
func heldVerdict(rules, sys map[string]*tally, rows []string) (gain float64, ahead, behind int, win bool) {
	for _, r := range rows {
		if r == "pooled" || rules[r] == nil || rules[r].n == 0 {
			continue
		}
		switch d := sys[r].mission() - rules[r].mission(); {
		case d > 1e-9:
			ahead++
		case d < -1e-9:
			behind++
		}
	}
	gain = sys["pooled"].mission() - rules["pooled"].mission()
	win = gain >= 0.01-1e-9 && behind <= ahead && sys["pooled"].peaceFlagged <= rules["pooled"].peaceFlagged
	return gain, ahead, behind, win
}

// devHeld trains once on dev (less any id of a held part) with the setting
// the inner cross-validation picks there, prints the setting, and unless
// pickOnly scores the held parts once (totals only).
func devHeld(w io.Writer, repo string, dev []example, cfg analyze.TrainConfig, pickOnly bool) error {
	isHeld, nHeld, err := heldIDs(repo)
	if err != nil {
		return err
	}
	train, dropped := partition(upTo(len(dev)), func(i int) bool { return isHeld(dev[i].id) })
	exs := make([]example, len(train))
	for k, i := range train {
		exs[k] = dev[i]
	}
	samples, labels := featurize(exs)
	d := &data{exs, samples, labels}
	st := d.pickSetting(upTo(len(exs)), cfg)
	fmt.Fprintf(w, "trained on %d development articles (%d dropped: id in a held part of %d ids); setting chosen by inner %d-fold CV on them, before any held text is read: l2 %g lines %v margin %g\n",
		len(exs), len(dropped), nHeld, folds-1, st.cfg.L2, st.cfg.Lines, st.margin)
	if pickOnly {
		return nil
	}
	m := analyze.Train(samples, labels, st.cfg)
	held, err := loadHeld(repo)
	if err != nil {
		return err
	}
	hs, _ := featurize(held)
	t := map[string]map[string]*tally{}
	for _, sys := range heldSystems {
		t[sys] = map[string]*tally{"pooled": newTally()}
	}
	for i := range held {
		s := &hs[i]
		recordHeld(t["rules"], &held[i], s.Rules, s.RuleStatus)
		cats, status := m.Decide(s, st.cfg.Lines)
		recordHeld(t["model"], &held[i], cats, status)
		cats, status = combo(m, s, st.cfg.Lines, st.margin)
		recordHeld(t["rules+margin"], &held[i], cats, status)
	}
	fmt.Fprintf(w, "scored once on %d held items (totals only; the AG talks rows on what their labels tell, not pooled)\n", len(held))
	printHeld(w, t, heldRows())
	for _, sys := range heldSystems[1:] {
		gain, ahead, behind, win := heldVerdict(t["rules"], t[sys], heldRows())
		fmt.Fprintf(w, "%s against the rules: pooled mission %+.3f, ahead on %d rows, behind on %d, non-conflict given a category %d vs %d: wins %v\n",
			sys, gain, ahead, behind, t[sys]["pooled"].peaceFlagged, t["rules"]["pooled"].peaceFlagged, win)
	}
	return nil
}

// printHeld prints each row's totals per system.
func printHeld(w io.Writer, t map[string]map[string]*tally, rows []string) {
	fmt.Fprintf(w, "%-15s %-12s %5s %8s %8s %8s %8s %8s %8s %-16s %s\n", "set", "system", "items", "mission", "talks", "ceasef.", "human.", "violence", "status", "non-conflict", "mission tp/fp/fn")
	for _, r := range rows {
		if t["rules"][r] == nil {
			continue
		}
		for _, sys := range heldSystems {
			c := t[sys][r]
			fmt.Fprintf(w, "%-15s %-12s %5d %8.3f", r, sys, c.n, c.mission())
			for _, cat := range allCats {
				fmt.Fprintf(w, " %8.3f", f1(c.tp[cat], c.fp[cat], c.fn[cat]))
			}
			var tp, fp, fn int
			for _, cat := range missionCats {
				tp, fp, fn = tp+c.tp[cat], fp+c.fp[cat], fn+c.fn[cat]
			}
			fmt.Fprintf(w, " %4d/%-3d %6d/%-9d %d/%d/%d\n", c.statusOK, c.statusBoth, c.peaceFlagged, c.peace, tp, fp, fn)
		}
	}
}
