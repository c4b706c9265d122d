package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of the two kinds the learned gate is asked to tell
// apart: a war's news, and the aid sector's own business from a war's
// country.
var gateModelCases = []struct {
	art news.Article
	war bool
}{
	{news.Article{Title: "Air strikes kill 12 civilians in Idlib", Text: "Air strikes on a market in Idlib killed 12 civilians on Tuesday, rescuers said. Rebels shelled a government-held town in reply. Fighting has displaced thousands since the offensive began."}, true},
	{news.Article{Title: "Clashes between the army and rebels in Darfur displace 5,000", Text: "Fighting between government troops and rebels in North Darfur has forced 5,000 people from their homes, the UN said. Militia attacks on villages continued on Sunday."}, true},
	{news.Article{Title: "Mortar fire hits a school in Donetsk", Text: "Shelling hit a school in Donetsk on Monday, wounding three children, monitors said. The ceasefire has been violated daily along the contact line."}, true},
	{news.Article{Title: "Yemen: HIV treatment programme expands to six governorates", Text: "The national HIV programme, funded by donors, now offers treatment in six governorates. Health workers were trained in a workshop on coordination and capacity building. The strategy for 2018 sets targets for testing."}, false},
	{news.Article{Title: "Somalia: climate-smart agriculture project launched", Text: "A development partner launched a project on climate-resilient farming. Farmers will receive seeds and irrigation support. The project is funded by a pledge of donors and aims at sustainable food security."}, false},
	{news.Article{Title: "South Sudan: coordination meeting on funding for 2018", Text: "Partners met to discuss the funding strategy and the coordination framework for 2018. Donors pledged support for education, water and sanitation programmes."}, false},
}

// TestGateSampleEvidence: the sample carries the rules' gate decision, its
// evidence, and the share of sentences of the aid sector's business.
func TestGateSampleEvidence(t *testing.T) {
	s := NewGateSample(&gateModelCases[0].art)
	if !s.Relevant || s.Evidence != "armed word in the headline or lead" || !s.Categorised {
		t.Errorf("war report: relevant %v evidence %q categorised %v, want true, armed word, true", s.Relevant, s.Evidence, s.Categorised)
	}
	if !slices.Contains(gateEvidenceKinds, s.Evidence) {
		t.Errorf("evidence %q is not among gateEvidenceKinds", s.Evidence)
	}
	a := gateModelCases[3].art
	d := newDoc(a.Title, a.Text)
	aid, lead := aidShares(d)
	if aid != 1 || lead != 1 { // every sentence and the headline name it
		t.Errorf("aidShares of the HIV report = %v, %v, want 1, 1", aid, lead)
	}
	a = gateModelCases[0].art
	if aid, lead := aidShares(newDoc(a.Title, a.Text)); aid != 0 || lead != 0 {
		t.Errorf("aidShares of the war report = %v, %v, want 0, 0", aid, lead)
	}
}

// TestTrainGate: the learned gate, trained on the invented cases, ranks
// every aid-business report above every war report, and training twice
// gives the same weights bit for bit.
func TestTrainGate(t *testing.T) {
	var xs []GateSample
	var ys []bool
	for _, c := range gateModelCases {
		xs = append(xs, NewGateSample(&c.art))
		ys = append(ys, !c.war)
	}
	m := TrainGate(xs, ys, 1, 100)
	var warMax, aidMin = 0.0, 1.0
	for i := range xs {
		p := m.NotWar(&xs[i])
		if ys[i] {
			aidMin = min(aidMin, p)
		} else {
			warMax = max(warMax, p)
		}
	}
	if aidMin <= warMax {
		t.Errorf("not about war: lowest %.3f, about war: highest %.3f; want every aid report above every war report", aidMin, warMax)
	}
	if m2 := TrainGate(xs, ys, 1, 100); !slices.Equal(m.w, m2.w) {
		t.Error("two trainings on the same data gave different weights")
	}
}

// TestSubjectFeatures: a report whose headline names another subject (an
// epidemic, market prices) and nothing of war has it as its chief subject;
// one whose headline names the war does not, though the same subject is
// named; the features stand in their block, which WithoutSubject removes.
func TestSubjectFeatures(t *testing.T) {
	chief := func(a news.Article) (float32, float32) {
		s := NewGateSample(&a)
		var got [gateSubjectN]float32
		for k, i := range s.x.idx {
			if i >= gateSubject && i < gateSubject+gateSubjectN {
				got[i-gateSubject] = s.x.val[k]
			}
		}
		if w := s.WithoutSubject(); len(w.x.idx) >= len(s.x.idx) && got != [gateSubjectN]float32{} {
			t.Errorf("%q: WithoutSubject kept %d of %d features", a.Title, len(w.x.idx), len(s.x.idx))
		}
		if !slices.IsSorted(s.x.idx) {
			t.Errorf("%q: feature indices out of order", a.Title)
		}
		return got[3] + got[7] + got[11] + got[15] + got[19], got[4*5]
	}
	for _, c := range []struct {
		art         news.Article
		chief, warT float32
	}{
		{news.Article{Title: "Cholera outbreak spreads in Hodeidah", Text: "The number of suspected cholera cases rose to 2,000, health workers said. Vaccination teams reached three districts."}, 1, 0},
		{news.Article{Title: "Cereal prices rise in the markets of Maiduguri", Text: "Maize and sorghum prices rose by a fifth in a month as traders faced higher fuel costs."}, 2, 0}, // food and markets
		{news.Article{Title: "Shelling hits a cholera treatment centre in Taiz", Text: "Shelling damaged a cholera treatment centre on Monday, health workers said."}, 0, 1},
		{news.Article{Title: "Fighting in Tripoli drives up bread prices", Text: "Clashes between rival militias closed roads and market prices rose."}, 0, 1},
	} {
		if got, war := chief(c.art); got != c.chief || war != c.warT {
			t.Errorf("%q: chief subject %v war in headline or lead %v, want %v %v", c.art.Title, got, war, c.chief, c.warT)
		}
	}
}

// TestGateStemsOneWord keeps the gate's stems to one word each: a stem
// with a space ("food secur") can begin no word and never matches.
func TestGateStemsOneWord(t *testing.T) {
	stems := slices.Clone(aidSectorStems)
	for _, s := range subjectStems {
		stems = append(stems, s...)
	}
	for _, st := range stems {
		if ws := lang.Words(st); len(ws) != 1 || ws[0] != st {
			t.Errorf("stem %q is not one lower-case word", st)
		}
	}
}
