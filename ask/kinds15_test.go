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
