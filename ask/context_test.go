package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of two shapes of round h-ask10 (issue 14 item 5): a
// situation report whose title names the event once and whose sentences
// give the figures without naming it again, and a "which country"
// question whose report names a researcher and a region before the
// country.
func TestTitleContextAndCountries(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "storm-9", Title: "Norland: Tropical Storm Pelin situation report of 12 March",
			Text: "The regional office of the department keeps its teams on standby in every province. " +
				"Relief goods worth 3,000,000 have been distributed to the evacuation centres so far. " +
				"81,240 families or 352,118 persons are affected in 410 villages of three regions."},
		{ExternalID: "storm-8", Title: "Norland: heavy rains over the eastern provinces",
			Text: "Heavy rains hit the eastern provinces of Norland in March, and 1,200 people were affected by floods there."},
		{ExternalID: "model-1", Title: "A new climate model for the Sahel from the Kesh Institute",
			Text: "The model aims to project the climate of the Sahel, said Amsen, the institute's chief researcher. " +
				"Developed in collaboration with Canada, the model will project rainfall for each district."},
	}
	checkAnswers(t, New(newMemIndex(arts...), Options{}), []answerCase{
		{"How many persons were affected by Tropical Storm Pelin in Norland, according to the situation report of 12 March?", "352,118", "storm-9"},
		{"With which country did the Kesh Institute develop its new climate model for the Sahel?", "Canada", "model-1"},
	})
}

// TestTitledSupport: a sentence holding little of the question ("352,118
// persons are affected") answers when the title holds the rest of it (the
// storm, the report); without that title it does not.
func TestTitledSupport(t *testing.T) {
	c := candidate{
		weights: []float64{0.3, 0.3, 0.2, 0.1, 0.1}, // storm name, report, place, persons, affected
		sents: []sentence{
			{pos: 0, score: 0.8, groups: 0b00111},
			{pos: 1, score: 0.1, groups: 0b11000},
			{pos: 2, score: 0.1, groups: 0b11001},
		},
	}
	if got := titled(&c, &c.sents[1]); got < 0.799 || got > 0.801 {
		t.Errorf("titled = %v, want 0.8 (the title's three terms the sentence lacks)", got)
	}
	if got := titled(&c, &c.sents[2]); got < 0.499 || got > 0.501 {
		t.Errorf("titled = %v, want 0.5 (the storm's name is in both)", got)
	}
	if got := titled(&c, &c.sents[0]); got != 0 {
		t.Errorf("titled of the title = %v, want 0", got)
	}
	if !supported(&c, 1) {
		t.Error("the figures' sentence under the storm's title: not supported")
	}
	c.sents[0].score = 0.6 // under titleShare: the title names the matter in part
	if got := titled(&c, &c.sents[1]); got != 0 {
		t.Errorf("titled under a title holding 0.6 = %v, want 0", got)
	}
	c.sents[0].score, c.sents[0].groups = 0.8, 0
	if supported(&c, 1) {
		t.Error("the figures' sentence under a title holding nothing of the question: supported")
	}
}
