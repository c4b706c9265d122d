package main

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/analyze"
)

// TestGateEnds: a closed gate decides as the rules, a gate open from one
// sentence as rules+margin; the paragraph kind keeps one-paragraph texts
// with the rules; and when no gate changes a decision the choice keeps the
// gate closed.
func TestGateEnds(t *testing.T) {
	exs, samples, labels := generalFixture()
	d := &data{exs, samples, labels}
	fit := fitPart(exs)
	s, l := d.subset(fit)
	cfg := analyze.DefaultTrain
	cfg.L2, cfg.Steps = 0.01, 50
	m := analyze.Train(s, l, cfg)
	moved := 0
	for i := range samples {
		if samples[i].ReportLength() == 0 || samples[i].Paragraphs() != 1 {
			t.Fatalf("%s: report length %d, %d paragraphs; want the fixture's one-paragraph texts", exs[i].id, samples[i].ReportLength(), samples[i].Paragraphs())
		}
		rc, rs := gate{minLen: never}.decide(m, &samples[i], cfg.Lines)
		if !sameCats(rc, samples[i].Rules) || rs != samples[i].RuleStatus {
			t.Errorf("%s: closed gate gives %v %s, the rules %v %s", exs[i].id, rc, rs, samples[i].Rules, samples[i].RuleStatus)
		}
		gc, gs := gate{minLen: 1, margin: 0.1}.decide(m, &samples[i], cfg.Lines)
		cc, cs := combo(m, &samples[i], cfg.Lines, 0.1)
		if !sameCats(gc, samples[i].Rules) {
			moved++
		}
		if !sameCats(gc, cc) || gs != cs {
			t.Errorf("%s: open gate gives %v %s, rules+margin %v %s", exs[i].id, gc, gs, cc, cs)
		}
		pc, ps := gate{minLen: 1, paras: true}.decide(m, &samples[i], cfg.Lines)
		if !sameCats(pc, samples[i].Rules) || ps != samples[i].RuleStatus {
			t.Errorf("%s: paragraph gate on one paragraph gives %v %s, the rules %v %s", exs[i].id, pc, ps, samples[i].Rules, samples[i].RuleStatus)
		}
	}
	if moved == 0 {
		t.Errorf("the open gate decides as the rules on all %d articles: the test does not tell it from the closed one", len(samples))
	}
	zero := analyze.Train(s, l, analyze.TrainConfig{Lines: [4]float64{0.5, 0.5, 0.5, 0.5}}) // no step: the rules' prior
	ms := []trained{{zero, fit}}
	if g := d.pickGate(ms, [4]float64{0.5, 0.5, 0.5, 0.5}, false, 0); g.minLen != never {
		t.Errorf("with a model that decides as the rules, pickGate = %s, want closed", g)
	}
}
