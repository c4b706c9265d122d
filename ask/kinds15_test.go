package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/analyze"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented report of round h-ask15 (issue 14 item 5): a number the analysis
// reads as a figure of another kind than the one asked — the dead of a
// sentence that also gives the injured — is marked down for how many were
// injured, below a number of no kind ("a 3-storey building"), and the
// injured figure of that sentence is not.
func TestOtherKindFigure(t *testing.T) {
	text := "A shell that fell in the Teskar district of Orvana on Friday left 5 civilians dead and 47 others injured, the police said."
	art := news.Article{ExternalID: "teskar-1", Title: "Shelling hits Orvana city", Published: date("2017-05-06"),
		Text: text + " The shell hit a 3 storey building near the market."}
	f := analyze.Analyze(&art).Facts
	q := Parse("How many people were injured by the shell that fell in the Teskar district of Orvana?", testNow)
	sps := figureSpans(&q, &f, plainSentence(text), countSpans(&q, plainSentence(text)))
	dead, ok := spanBonus(sps, "5")
	if !ok || dead > -0.2 {
		t.Errorf("the dead %v (found %v) are not marked down for an injured count: %+v", dead, ok, sps)
	}
	for _, sp := range sps {
		if sp.value == 47 && sp.bonus < 0.2 {
			t.Errorf("the injured %+v are marked down", sp)
		}
	}
	q = Parse("How many people were killed by the shell that fell in the Teskar district of Orvana?", testNow)
	sps = figureSpans(&q, &f, plainSentence(text), countSpans(&q, plainSentence(text)))
	for _, sp := range sps {
		if sp.value == 47 && sp.bonus > 0.1 || sp.value == 5 && sp.bonus < 0.2 {
			t.Errorf("killed asked: %+v", sp)
		}
	}
	q = Parse("How many casualties did the shell that fell in the Teskar district of Orvana cause?", testNow)
	sps = figureSpans(&q, &f, plainSentence(text), countSpans(&q, plainSentence(text)))
	for _, sp := range sps {
		if sp.bonus < -0.1 {
			t.Errorf("casualties asked: %+v marked down", sp)
		}
	}
}

// TestOtherKindUnits: the rule reads the analysis's kinds, so a count of
// casualties (the killed and the injured together) still takes either.
func TestOtherKindUnits(t *testing.T) {
	f := &news.Facts{Figures: []news.Figure{
		{Kind: news.FigureKilled, Value: 5, Sentence: "It left 5 civilians dead and 47 others injured."},
		{Kind: news.FigureInjured, Value: 47, Sentence: "It left 5 civilians dead and 47 others injured."},
	}}
	text := "It left 5 civilians dead and 47 others injured."
	for _, c := range []struct {
		kind string
		v    float64
		want bool
	}{
		{news.FigureInjured, 5, true},
		{news.FigureInjured, 47, false},
		{news.FigureKilled, 47, true},
		{news.FigureCasualties, 5, false},
		{"", 5, false},
		{news.FigureInjured, 6, false},
	} {
		if got := otherKind(f, c.kind, text, c.v); got != c.want {
			t.Errorf("otherKind(%s, %v) = %v, want %v", c.kind, c.v, got, c.want)
		}
	}
}

// TestCountLabels: what a report writes around a figure says which it is.
// Two figures paired with two labels by "respectively" answer by the label
// the question gives — its place ("Telio") or its day ("17 March") — not by
// which comes first; a sentence that opens with "In <month>" dates its
// figures however far the month stands from them; and a headline rounds
// off the hedge its report gives: the same figure written with its
// qualifier in the text answers ("around 40", not the headline's "40
// Civilians"), while one written otherwise ("1 billion euros" under "€1
// billion") does not replace it.
func TestCountLabels(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "varna-1", Title: "Floods in the south", Published: date("2017-04-02"),
			Text: "Floods in Varna and Telio provinces displaced 12,000 and 8,500 people, respectively, the disaster agency said. " +
				"Roads remain closed."},
		{ExternalID: "orsk-1", Title: "Storms hit Orsk", Published: date("2017-03-20"),
			Text: "On 5 and 17 March 2017 Orsk was struck by two storms that destroyed 340 and 95 houses, respectively. " +
				"Schools reopened on 19 March."},
		{ExternalID: "velora-1", Title: "Velora food security update", Published: date("2017-04-10"),
			Text: "In March the agency, both directly and through local partners, provided food assistance to 48,000 people in Velora. " +
				"Food assistance from the agency will reach 310,000 people in Velora over the year."},
		{ExternalID: "velmar-1", Title: "40 Civilians Killed in Shelling of Velmar", Published: date("2017-06-04"),
			Text: "State television said the number of civilians who have been martyred by the shelling of Velmar on Saturday has become around 40. " +
				"Rescue teams searched the rubble of two buildings."},
		{ExternalID: "velmar-2", Title: "Markets reopen in Velmar", Published: date("2017-06-01"),
			Text: "Markets in Velmar reopened after a week of shelling, traders said."},
		{ExternalID: "nerova-1", Title: "Donors will support Nerova with €1 billion", Published: date("2017-12-14"),
			Text: "Overall development assistance to Nerova will amount to €1 billion for the period 2017-2020, the commissioner announced. " +
				"The commissioner said development assistance to the country would total around 1 billion euros."},
	}
	checkAnswers(t, New(&factIndex{memIndex: newMemIndex(arts...)}, Options{}), []answerCase{
		{"How many people were displaced by the floods in Telio province?", "8,500", "varna-1"},
		{"How many people were displaced by the floods in Varna province?", "12,000", "varna-1"},
		{"How many houses did the storm that struck Orsk on 17 March 2017 destroy?", "95", "orsk-1"},
		{"How many people did the agency provide with food assistance in Velora in March 2017?", "48,000", "velora-1"},
		{"How many civilians were killed by the shelling of Velmar on Saturday, according to state television?", "around 40", "velmar-1"},
		{"How much development assistance to Nerova for 2017-2020 did the commissioner announce?", "€1 billion", "nerova-1"},
	})
}
