package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
)

// talksHeldParts are the held-out talks parts, under
// analyze/testdata/labels: read only by -talks-heldout, which prints their
// totals and never a row.
var talksHeldParts = []talksPart{
	{"agnews-train-talks-heldout.jsonl", "held AGHeldOut"},
	{"agnews-train-talks2-heldout.jsonl", "held AGHeldOut2"},
	{"agnews-keaml-talks3-heldout.jsonl", "held talks3"},
}

// talksLOPOParts are the development parts left out one at a time.
var talksLOPOParts = []string{"agtalks", "agtalks2", "agtalks3"}

// talksRun cross-validates the talks head over exs (the training articles
// and the development talks parts), or with -talks-heldout scores it once
// on the held-out parts.
func talksRun(w io.Writer, repo string, exs []example, cfg analyze.TrainConfig) error {
	if _, err := talksFeatures(); err != nil {
		return err
	}
	samples, labels := featurize(exs)
	if talksHeld {
		held, err := loadTalkParts(repo, talksHeldParts)
		if err != nil {
			return err
		}
		heldSamples, _ := featurize(held)
		talksHeldOut(w, &data{exs, samples, labels}, held, heldSamples, cfg)
		return nil
	}
	talksCV(w, exs, samples, labels, cfg)
	talksLeaveOneOut(w, &data{exs, samples, labels}, cfg)
	return nil
}

func talksFeatName() string {
	if talksWords {
		return "words"
	}
	return talksFeat
}

// talksLeaveOneOut trains the head without one development talks part
// (its setting chosen by an inner cross-validation on the rest) and
// scores that part, for each part in turn, beside the rules: how far the
// head carries to wire copy it has not seen.
func talksLeaveOneOut(w io.Writer, d *data, cfg analyze.TrainConfig) {
	names := []string{"rules"}
	counts := map[string]talksCount{"rules": {}}
	for i := range d.exs {
		if slices.Contains(talksLOPOParts, d.exs[i].source) {
			recordTalks(counts["rules"], &d.exs[i], &d.samples[i], rulesTalks(&d.samples[i]))
		}
	}
	for _, sys := range talksSystems[:2] {
		name := sys.name + " left out"
		names = append(names, name)
		counts[name] = talksCount{}
		var picked []string
		for _, part := range talksLOPOParts {
			train, test := partition(upTo(len(d.exs)), func(i int) bool { return d.exs[i].source == part })
			st := pickTalks(d, train, sys, cfg)
			picked = append(picked, fmt.Sprintf("%s: l2 %g line %g", part, st.l2, st.line))
			c := cfg
			c.L2 = st.l2
			h := trainTalks(d, train, c)
			for _, i := range test {
				s := &d.samples[i]
				recordTalks(counts[name], &d.exs[i], s, sys.decide(s, h.Prob(s), st.line))
			}
		}
		fmt.Fprintf(w, "%s: picks %s\n", name, strings.Join(picked, "; "))
	}
	fmt.Fprintf(w, "leave one part out (%s), features %s, from the rules' log-odds %v:\n", strings.Join(talksLOPOParts, ", "), talksFeatName(), talksFromRules)
	printTalks(w, names, counts)
}

// talksHeldOut trains the head on every development row, its setting
// chosen by the inner cross-validation, and prints the rules' and its
// totals on each held-out part: totals only, never a row.
func talksHeldOut(w io.Writer, d *data, held []example, samples []analyze.Sample, cfg analyze.TrainConfig) {
	all := upTo(len(d.exs))
	names := []string{"rules"}
	counts := map[string]talksCount{"rules": {}}
	for i := range held {
		recordTalks(counts["rules"], &held[i], &samples[i], rulesTalks(&samples[i]))
	}
	for _, sys := range talksSystems[:2] {
		st := pickTalks(d, all, sys, cfg)
		c := cfg
		c.L2 = st.l2
		h := trainTalks(d, all, c)
		names = append(names, sys.name)
		counts[sys.name] = talksCount{}
		for i := range held {
			s := &samples[i]
			recordTalks(counts[sys.name], &held[i], s, sys.decide(s, h.Prob(s), st.line))
		}
		fmt.Fprintf(w, "%s: l2 %g line %g\n", sys.name, st.l2, st.line)
	}
	fmt.Fprintf(w, "held-out talks parts, totals only; features %s, from the rules' log-odds %v:\n", talksFeatName(), talksFromRules)
	printTalks(w, names, counts)
}
