package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// generalFixture is a small labelled set: fit and report halves of two
// sources, each article with the categories a reader gives it.
func generalFixture() ([]example, []analyze.Sample, []analyze.Label) {
	arts := []struct {
		title, text string
		cats        []news.Category
		status      news.CeasefireStatus
	}{
		{"Rebels and government open peace talks in Geneva", "Delegations of the two sides met under UN mediation to negotiate an end to the war.", []news.Category{news.Talks}, ""},
		{"Air strikes kill 20 in besieged town", "Warplanes bombed the town overnight, killing at least 20 people, rescuers said. Fighting continued on the front line.", []news.Category{news.Violence}, ""},
		{"Ceasefire takes effect across the country", "A nationwide ceasefire brokered by Russia and Turkey took effect at midnight and was largely holding, monitors said.", []news.Category{news.Ceasefire}, "in_effect"},
		{"Aid convoy reaches besieged town", "A UN convoy delivered food and medicine to 40,000 people trapped in the besieged town after months without access.", []news.Category{news.Humanitarian}, ""},
		{"Central bank raises interest rates", "The central bank raised its main rate by a quarter point to curb inflation, the governor said.", nil, ""},
		// labelled against the rules, so that a weakly penalised model departs from them
		{"Envoy meets rebel commanders as shelling kills 12", "Shelling killed 12 people in the city as the envoy met rebel commanders to discuss a political settlement.", []news.Category{news.Violence, news.Humanitarian}, ""},
	}
	var exs []example
	for k, src := range []struct{ source, half string }{{"fakes", ""}, {"reliefweb", "fit"}, {"reliefweb", "report"}, {"agnews", "fit"}, {"agnews", "report"}} {
		for j, a := range arts {
			id := src.source + "-" + src.half + "-" + string(rune('a'+k)) + string(rune('a'+j))
			st := a.status
			exs = append(exs, example{id: id, source: src.source, half: src.half,
				art:  news.Article{ExternalID: id, Title: a.title, Text: a.text},
				gold: labelRow{ID: id, Categories: append([]news.Category{}, a.cats...), CeasefireStatus: st}})
		}
	}
	samples, labels := featurize(exs)
	return exs, samples, labels
}

// TestComboEnds checks the combination's two ends: at margin 0 it decides
// as the model does, past 1 as the rules do; and the fit part leaves out
// every report half.
func TestComboEnds(t *testing.T) {
	exs, samples, labels := generalFixture()
	fit := fitPart(exs)
	if len(fit) != 18 {
		t.Fatalf("fit part has %d articles, want 18", len(fit))
	}
	for _, i := range fit {
		if exs[i].half == "report" {
			t.Fatalf("fit part holds report-half article %s", exs[i].id)
		}
	}
	d := &data{exs, samples, labels}
	s, l := d.subset(fit)
	cfg := analyze.DefaultTrain
	cfg.L2 = 0.01 // weak: the model moves away from the rules
	m := analyze.Train(s, l, cfg)
	moved := 0
	for i := range samples {
		mc, ms := m.Decide(&samples[i], cfg.Lines)
		cc, cs := combo(m, &samples[i], cfg.Lines, 0)
		if !sameCats(mc, cc) || (slices.Contains(mc, news.Ceasefire) && !slices.Contains(samples[i].Rules, news.Ceasefire) && ms != cs) {
			t.Errorf("%s: margin 0 gives %v %s, the model %v %s", exs[i].id, cc, cs, mc, ms)
		}
		rc, rs := combo(m, &samples[i], cfg.Lines, 1.01)
		if !sameCats(rc, samples[i].Rules) || rs != samples[i].RuleStatus {
			t.Errorf("%s: margin past 1 gives %v %s, the rules %v %s", exs[i].id, rc, rs, samples[i].Rules, samples[i].RuleStatus)
		}
		if !sameCats(mc, samples[i].Rules) {
			moved++
		}
	}
	if len(samples[0].Rules) == 0 || !slices.Contains(samples[0].Rules, news.Talks) {
		t.Errorf("the rules miss the fixture's talks article: %v", samples[0].Rules)
	}
	if moved == 0 {
		t.Errorf("the model decides as the rules on all %d articles: the test does not tell margin 0 from the rules", len(samples))
	}
}

// TestHeldOutTotalsOnly checks that -heldout prints rows of the report
// halves only, as totals: no article id, no fit-part row.
func TestHeldOutTotalsOnly(t *testing.T) {
	exs, samples, labels := generalFixture()
	cfg := analyze.DefaultTrain
	cfg.Steps = 20
	var b strings.Builder
	heldOut(&b, exs, samples, labels, cfg)
	out := b.String()
	if !strings.Contains(out, "trained on 18 articles") || !strings.Contains(out, "scored on 12 report-half articles") {
		t.Errorf("header:\n%s", out)
	}
	for _, sys := range generalSystems {
		for _, set := range []string{"reliefweb report", "agnews report"} {
			if !strings.Contains(out, fmt.Sprintf("%-16s %s", set, sys)) {
				t.Errorf("no %q row for %s:\n%s", set, sys, out)
			}
		}
	}
	for _, no := range []string{"fakes ", "reliefweb fit", "agnews fit", "all ", "-report-"} {
		if strings.Contains(out, no) {
			t.Errorf("held-out output shows %q:\n%s", no, out)
		}
	}
}
