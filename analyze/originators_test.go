package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestOriginatorRules holds one short text per attribution rule of issue 10
// ("who says it"): the originator the figure of a kind and value carries.
func TestOriginatorRules(t *testing.T) {
	tests := []struct {
		name, title, text string
		kind              string
		value             int64
		orig              string
		party             bool
	}{
		{"a monitor named in a sentence with no number", "",
			"At least 11 children were killed in Damascus, a monitoring group said. The attack hit a school. " +
				"The Syrian Observatory for Human Rights has documented such attacks for years.",
			"killed", 11, "SOHR", false},
		{"a body's officials", "",
			"At least 359 civilians have been killed in Aleppo according to civil defense officials and medical sources in the city.",
			"killed", 359, "civil defence", false},
		{"a possessive without its apostrophe", "", "ISISs statement said the attack left nearly 50 rebels dead.",
			"killed", 50, "Islamic State", true},
		{"the army of a Syrian lead", "", "The army said its strikes killed 17 militants near Hama.",
			"killed", 17, "Syrian army", true},
		{"the army elsewhere", "", "The army said its strikes killed 17 militants near Kandahar.",
			"killed", 17, "army", true},
		{"the army of the one army that speaks", "",
			"At least 60 soldiers were killed in the air strikes near Deir Ezzor, the Russian army said. " +
				"\"Sixty-two soldiers were killed and a hundred others were injured\" the army said in a statement.",
			"injured", 100, "Russian military", true},
		{"Syria army", "", "At least 28 militants were killed in the city, the Syria army said.",
			"killed", 28, "Syrian army", true},
		{"a research centre", "",
			"The Syrian Center for Policy Research has put the death toll from the conflict at more than 470000.",
			"killed", 470000, "Syrian Center for Policy Research", false},
		{"a medical office of its own", "",
			"The Unified Medical Office in Eastern Ghouta said that two people were killed in airstrikes on Douma.",
			"killed", 2, "Unified Medical Office", false},
		{"a coalition's short name", "", "The Syrian National said the regime killed 35 civilians in rural Aleppo.",
			"killed", 35, "Syrian Coalition", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := findFigure(Analyze(&news.Article{Title: tt.title, Text: tt.text}).Facts, tt.kind, tt.value)
			if f == nil {
				t.Fatalf("no %s figure of %d", tt.kind, tt.value)
			}
			if f.Originator != tt.orig || f.PartyClaim != tt.party {
				t.Errorf("originator %q (party %v), want %q (party %v)", f.Originator, f.PartyClaim, tt.orig, tt.party)
			}
		})
	}
}
