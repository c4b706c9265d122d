package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// Does the learned layer carry to other wars better than the rules? With
// the AG News World items (-agnews) the model learns from the fit parts
// only: FA-KES, the ReliefWeb fit half, the gate's negatives and the AG
// News fit half. -cv then scores it by 5 folds and by leave-one-source-out
// on those; -heldout trains it once on all of them and scores the two
// report halves (ReliefWeb and AG News), totals only.
//
// Three systems are compared on the same articles: the rules; the model
// (its penalty and decision lines chosen by an inner cross-validation on
// the training part only, as crossValidate's nested row); and rules+margin,
// which keeps the rules' decision of a category unless the model's
// probability is past the decision line by more than a margin the inner
// cross-validation also chooses (margin 0 is the model; past 0.5 the rules;
// the ceasefire state is the rules' when they gave the ceasefire category).
// The gated systems (gate.go) let rules+margin decide only in the genre of
// long reports and the rules everywhere else.

// marginGrid are the margins the inner cross-validation compares.
var marginGrid = []float64{0, 0.1, 0.2, 0.3, 0.45}

// setting is the model's configuration, the combination's margin and the
// gates of the gated systems.
type setting struct {
	cfg    analyze.TrainConfig
	margin float64
	gates  [len(gateKinds)]gate
}

func (s setting) String() string {
	out := fmt.Sprintf("l2 %g lines %v margin %g", s.cfg.L2, s.cfg.Lines, s.margin)
	for _, f := range []struct {
		on   bool
		name string
	}{{s.cfg.Free, "free"}, {s.cfg.Genre, "genre"}, {s.cfg.Lead, "lead"}} {
		if f.on {
			out += " " + f.name
		}
	}
	for k, g := range s.gates {
		out += fmt.Sprintf("; %s %s", gateKinds[k].name, g)
	}
	return out
}

// combo is the rules' decision, overruled where the model is sure past
// the margin.
func combo(m *analyze.Model, s *analyze.Sample, lines [4]float64, margin float64) ([]news.Category, news.CeasefireStatus) {
	if !s.Relevant() {
		return nil, news.CeasefireNone
	}
	p := m.Probs(s)
	var cats []news.Category
	for i, c := range allCats {
		if slices.Contains(s.Rules, c) {
			if p[i] >= lines[i]-margin {
				cats = append(cats, c)
			}
		} else if p[i] >= lines[i]+margin {
			cats = append(cats, c)
		}
	}
	switch {
	case !slices.Contains(cats, news.Ceasefire):
		return cats, news.CeasefireNone
	case slices.Contains(s.Rules, news.Ceasefire):
		return cats, s.RuleStatus
	}
	return cats, m.Status(s)
}

// fitPart is the articles a model may learn from: every one outside a
// report half.
func fitPart(exs []example) []int {
	var out []int
	for i := range exs {
		if exs[i].half != "report" {
			out = append(out, i)
		}
	}
	return out
}

// pickSetting chooses the model's setting as pick does, then the margin of
// the combination by the mission micro-F1 of the same inner folds among the
// margins whose ceasefire status is no worse than the rules' (a tie goes to
// the larger margin, nearer the rules).
func (d *data) pickSetting(idx []int, cfg analyze.TrainConfig) setting {
	rules := newTallies()
	for _, i := range idx {
		d.record(rules, i, d.samples[i].Rules, d.samples[i].RuleStatus)
	}
	best, bestF1 := setting{cfg: cfg}, -1.0
	best.cfg.L2 = l2Grid[len(l2Grid)-1]
	var bestMs, fallback []trained
	for _, l2 := range l2Grid {
		c := cfg
		c.L2 = l2
		ms := d.cvTrain(idx, folds-1, innerFold, c)
		c.Lines = d.pickLines(ms)
		t := d.tallyOf(ms, c.Lines)["all"]
		if l2 == best.cfg.L2 {
			best.cfg.Lines, fallback = c.Lines, ms
		}
		if t.status() >= rules["all"].status() && t.mission() > bestF1 {
			best, bestF1, bestMs = setting{cfg: c}, t.mission(), ms
		}
	}
	if bestMs == nil {
		bestMs = fallback
	}
	for k := range gateKinds {
		best.gates[k] = d.pickGate(bestMs, best.cfg.Lines, gateKinds[k].paras, rules["all"].status())
	}
	bestF1 = -1
	for _, mg := range marginGrid {
		t := d.tallyCombo(bestMs, best.cfg.Lines, mg)["all"]
		if t.status() >= rules["all"].status() && t.mission() >= bestF1 {
			best.margin, bestF1 = mg, t.mission()
		}
	}
	if bestF1 < 0 {
		best.margin = marginGrid[len(marginGrid)-1]
	}
	return best
}

func (d *data) tallyCombo(ms []trained, lines [4]float64, margin float64) map[string]*tally {
	t := newTallies()
	for _, m := range ms {
		for _, i := range m.test {
			cats, st := combo(m.m, &d.samples[i], lines, margin)
			d.record(t, i, cats, st)
		}
	}
	return t
}

// generalSystems are the systems the tables of -agnews compare: the rules,
// the model, rules+margin, and the gated systems of gateKinds.
var generalSystems = []string{"rules", "model nested", "rules+margin", gateKinds[0].name, gateKinds[1].name}

func newGeneral() map[string]map[string]*tally {
	out := map[string]map[string]*tally{}
	for _, s := range generalSystems {
		out[s] = newTallies()
	}
	for _, g := range fixedGates {
		out[g.name()] = newTallies()
	}
	return out
}

// scoreOn trains on train with a setting chosen on it alone and records
// the three systems on test; it returns the setting.
func (d *data) scoreOn(t map[string]map[string]*tally, train, test []int, cfg analyze.TrainConfig) setting {
	st := d.pickSetting(train, cfg)
	s, l := d.subset(train)
	m := analyze.Train(s, l, st.cfg)
	for _, i := range test {
		d.record(t["rules"], i, d.samples[i].Rules, d.samples[i].RuleStatus)
		cats, status := m.Decide(&d.samples[i], st.cfg.Lines)
		d.record(t["model nested"], i, cats, status)
		cats, status = combo(m, &d.samples[i], st.cfg.Lines, st.margin)
		d.record(t["rules+margin"], i, cats, status)
		for k, g := range st.gates {
			cats, status = g.decide(m, &d.samples[i], st.cfg.Lines)
			d.record(t[gateKinds[k].name], i, cats, status)
		}
		for _, g := range fixedGates {
			cats, status = g.decide(m, &d.samples[i], st.cfg.Lines)
			d.record(t[g.name()], i, cats, status)
		}
	}
	return st
}

// sourceOf names an article's labelled file, the unit left out.
func sourceOf(ex *example) string { return ex.source }

// crossValidateGeneral prints the 5-fold and leave-one-source-out scores
// of the three systems on the fit part (never a report half).
func crossValidateGeneral(w io.Writer, exs []example, samples []analyze.Sample, labels []analyze.Label, cfg analyze.TrainConfig) {
	d := &data{exs, samples, labels}
	fit := fitPart(exs)
	fmt.Fprintf(w, "%d labelled articles to learn from (report halves left out); folds by FNV-1a(id) %% %d, settings chosen by inner %d-fold CV on the training part\n", len(fit), folds, folds-1)
	t, picked := d.nestedFolds(fit, cfg)
	fmt.Fprintf(w, "5-fold, nested picks:\n  %s\n", strings.Join(picked, "\n  "))
	printTable(w, generalSystems, t)
	printFixed(w, d, fit, t)
	t, picked = d.leaveOneOut(fit, []string{"fakes", "reliefweb", "agnews", "gate"}, cfg)
	fmt.Fprintf(w, "leave one source out (each source scored by a model that never saw it), picks:\n  %s\n", strings.Join(picked, "\n  "))
	printTable(w, generalSystems, t)
	printFixed(w, d, fit, t)
}

// nestedFolds scores generalSystems on idx by 5 folds, each training
// part choosing its own setting (scoreOn); it returns the tallies and the
// settings picked.
func (d *data) nestedFolds(idx []int, cfg analyze.TrainConfig) (map[string]map[string]*tally, []string) {
	t := newGeneral()
	var picked []string
	for f := range folds {
		train, test := d.split(idx, f, foldOf)
		picked = append(picked, d.scoreOn(t, train, test, cfg).String())
	}
	return t, picked
}

// leaveOneOut scores generalSystems on each source of idx by a model
// trained on the other sources of idx (scoreOn).
func (d *data) leaveOneOut(idx []int, sources []string, cfg analyze.TrainConfig) (map[string]map[string]*tally, []string) {
	t := newGeneral()
	var picked []string
	for _, src := range sources {
		train, test := partition(idx, func(i int) bool { return sourceOf(&d.exs[i]) == src })
		if len(test) == 0 {
			continue
		}
		picked = append(picked, src+" left out: "+d.scoreOn(t, train, test, cfg).String())
	}
	return t, picked
}

// heldOut trains once on the whole fit part, its setting chosen by inner
// cross-validation there, and prints the three systems' totals on the
// report halves: no article of them is printed.
func heldOut(w io.Writer, exs []example, samples []analyze.Sample, labels []analyze.Label, cfg analyze.TrainConfig) {
	d := &data{exs, samples, labels}
	fit := fitPart(exs)
	var report []int
	for i := range exs {
		if exs[i].half == "report" {
			report = append(report, i)
		}
	}
	t := newGeneral()
	st := d.scoreOn(t, fit, report, cfg)
	fmt.Fprintf(w, "trained on %d articles (fit parts), setting %s; scored on %d report-half articles (totals only)\n", len(fit), st, len(report))
	printTableSets(w, generalSystems, t, []string{"reliefweb report", "agnews report"})
}
