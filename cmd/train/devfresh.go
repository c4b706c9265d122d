package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/conflict-digest/conflict-digest/analyze"
)

// Does the learned layer beat the rules on a fresh set, labelled after the
// setting was chosen? -dev -fresh (round h-learn3, issue 14.3) trains the
// model once on every development item (loadAll, less any id the fresh
// labels name) with the setting chosen by -cv -dev (freshSetting; its
// penalty, decision lines and margin by the inner cross-validation on the
// development items alone, printed before any fresh text is read), then
// scores the held ids of the fresh set once: totals only, no item, id or
// error printed. The rule that says who decides (freshVerdict) was
// committed before any fresh item was scored.

// freshSetting is the setting -cv -dev chose in round h-learn3 (README,
// "The learned layer"): the configuration's switches and the penalties
// its inner cross-validation compares. Chosen by the agency row of the
// nested 5-fold and leave-one-set-out tables among S0 (this one, main's),
// S1 (L2 0.01…0.3), S6 (genre and lead), S2 (-free), S3 (-free -genre)
// and S5 (-free -genre -lead): none beat S0.
var freshSetting = struct {
	free, genre, lead bool
	l2Grid            []float64
}{free: false, genre: false, lead: false, l2Grid: []float64{0.3, 1, 3, 10}}

// freshRow is the row -dev -fresh prints: the held ids of the fresh set.
const freshRow = "fresh held"

// freshVerdict is the decision rule for a fresh held set, fixed before
// any fresh item was scored (round h-learn3): the model decides only if
// its mission micro-F1 (talks, ceasefire, humanitarian pooled) on the held
// ids is at least the rules' + 0.01 and it gives a category to no more of
// the items labelled not about armed conflict; else the rules decide.
func freshVerdict(rules, model *tally) (gain float64, win bool) {
	gain = model.mission() - rules.mission()
	return gain, gain >= 0.01-1e-9 && model.peaceFlagged <= rules.peaceFlagged
}

// freshFiles are the fresh set's files: labels (as eval/rwp's
// *-categories.jsonl), texts (JSON Lines id, title, text), the held ids
// (one a line), and the source its texts are handed over with (score.sh's
// SOURCE).
type freshFiles struct {
	labels, texts, held, source string
}

// devFresh trains once on dev less the fresh set's ids and scores the
// fresh held ids once (totals only).
func devFresh(w io.Writer, dev []example, cfg analyze.TrainConfig, f freshFiles) error {
	for _, p := range []*string{&f.labels, &f.texts, &f.held} {
		abs, err := filepath.Abs(*p)
		if err != nil {
			return err
		}
		*p = abs
	}
	held, err := readIDs(f.held)
	if err != nil {
		return err
	}
	named, err := readLines[labelRow](f.labels)
	if err != nil {
		return err
	}
	inFresh := map[string]bool{}
	for _, r := range named {
		inFresh[r.ID] = true
	}
	train, dropped := partition(upTo(len(dev)), func(i int) bool { return inFresh[dev[i].id] })
	exs := make([]example, len(train))
	for k, i := range train {
		exs[k] = dev[i]
	}
	samples, labels := featurize(exs)
	d := &data{exs, samples, labels}
	cfg.Free, cfg.Genre, cfg.Lead = freshSetting.free, freshSetting.genre, freshSetting.lead
	l2Grid = freshSetting.l2Grid
	st := d.pickSetting(upTo(len(exs)), cfg)
	fmt.Fprintf(w, "trained on %d development articles (%d dropped: id in the fresh labels); setting chosen by inner %d-fold CV on them, before any fresh text is read: %s\n",
		len(exs), len(dropped), folds-1, st)
	m := analyze.Train(samples, labels, st.cfg)
	fresh, err := loadSetPart("/", f.labels, f.texts, f.source, func(id string) bool { return held[id] }, func(r labelRow) example {
		return example{id: r.ID, source: freshRow, gold: r}
	})
	if err != nil {
		return err
	}
	fs, _ := featurize(fresh)
	t := map[string]map[string]*tally{}
	for _, sys := range heldSystems {
		t[sys] = map[string]*tally{freshRow: newTally()}
	}
	for i := range fresh {
		s := &fs[i]
		t["rules"][freshRow].add(s.Rules, s.RuleStatus, fresh[i].gold)
		cats, status := m.Decide(s, st.cfg.Lines)
		t["model"][freshRow].add(cats, status, fresh[i].gold)
		cats, status = combo(m, s, st.cfg.Lines, st.margin)
		t["rules+margin"][freshRow].add(cats, status, fresh[i].gold)
	}
	fmt.Fprintf(w, "scored once on %d fresh held items of %d held ids (totals only; an id with no label row or no text is left out)\n", len(fresh), len(held))
	printHeld(w, t, []string{freshRow})
	gain, win := freshVerdict(t["rules"][freshRow], t["model"][freshRow])
	decider := "the rules decide"
	if win {
		decider = "the model decides"
	}
	fmt.Fprintf(w, "verdict (freshVerdict, fixed before the run): model against the rules: mission %+.3f, not about war given a category %d vs %d: %s\n",
		gain, t["model"][freshRow].peaceFlagged, t["rules"][freshRow].peaceFlagged, decider)
	return nil
}
