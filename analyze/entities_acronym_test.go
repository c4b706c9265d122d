package analyze

import "testing"

// TestAcronymSpelledOut: a one-word acronym of the gazetteer that the words
// before it spell out as something else is that thing, not the gazetteer's
// entry (issue 14, h-gate2: "Global Acute Malnutrition (GAM)" in nutrition
// surveys was read as the Free Aceh Movement, an armed party that let a
// malnutrition report in). Spelled out as the entry's own name, or with a
// name the gazetteer knows among its words, it stays the entry's.
// Invented sentences.
func TestAcronymSpelledOut(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool // the Free Aceh Movement among the actors
	}{
		{"a nutrition survey's rate", "The survey put the Global Acute Malnutrition (GAM) rate at 12.4 per cent among children in three districts.", false},
		{"the rebels by their own name", "Gerakan Aceh Merdeka (GAM) fighters laid down their arms in the hills above Banda Aceh.", true},
		{"the rebels in English", "The Free Aceh Movement (GAM) said its fighters had handed over 840 weapons.", true},
		{"the rebels by their acronym alone", "Talks between the government and GAM resumed in Helsinki on Monday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, actors := entities(newDoc("", tt.text))
			got := false
			for _, a := range actors {
				got = got || a.Name == "Free Aceh Movement"
			}
			if got != tt.want {
				t.Errorf("Free Aceh Movement among %v: %v, want %v", actors, got, tt.want)
			}
		})
	}
}
