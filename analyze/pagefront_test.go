package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestCleanSentenceHeaderFurniture: a lead that a page's header runs into
// — its share buttons, a view counter, a "Related" list of other stories'
// headlines, a byline — is cleaned down to the lead, not thrown away
// whole (text audit, issue 13: the lead lost, the item opened on "the
// attacks" or "the SOHR" with nothing named before). Invented sentences.
func TestCleanSentenceHeaderFurniture(t *testing.T) {
	tests := []struct {
		name, title, in, want string
	}{
		{"share buttons after the dateline", "12 dead in Velm market blast",
			"12 dead in Velm market blast NGO AFP Monday 6 Mar 2017 Print Tweet Army helicopters on Monday dropped barrel bombs on a market in Velm killing at least 12 people a monitor said.",
			"Army helicopters on Monday dropped barrel bombs on a market in Velm killing at least 12 people a monitor said."},
		{"a view counter and a Related list whose headlines hide their restarts", "9 killed in Norland car bomb NGO",
			"9 killed in Norland car bomb NGO Friday 10 Mar 2017 Print Tweet Views 312 Related Minister charges 12 traders with smuggling fuel 3000 families stranded on Velm border crossing At least nine people were killed Friday when a car bomb exploded near a bakery in the north of Norland a monitor said.",
			"At least nine people were killed Friday when a car bomb exploded near a bakery in the north of Norland a monitor said."},
		{"a byline after a dateline", "Clashes kill 14 in Velm",
			"Posted on March 4 2017 by Jane Doe At least 14 fighters were killed in clashes near the Velm dam early Friday a monitor said.",
			"At least 14 fighters were killed in clashes near the Velm dam early Friday a monitor said."},
		{"a byline whose name runs into a capitalised lead", "",
			"by John Roe Norland troops shelled the Velm valley on Sunday killing at least six villagers.",
			"Norland troops shelled the Velm valley on Sunday killing at least six villagers."},
		{"a lead opening with By and a day stays", "",
			"By Tuesday the army had retaken most of the Velm valley from the rebels.",
			"By Tuesday the army had retaken most of the Velm valley from the rebels."},
		{"a lead opening with By and one name stays", "",
			"By Friday Norland forces had retaken most of the Velm valley from the rebels.",
			"By Friday Norland forces had retaken most of the Velm valley from the rebels."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := CleanSentence(tt.in, tt.title)
			if got != tt.want || !ok && tt.in != tt.want { // a sentence left whole is the boilerplate test's to judge
				t.Errorf("CleanSentence = %q, %v; want %q", got, ok, tt.want)
			}
		})
	}
}

// TestRelatedHeadlinesEarnNoCategory: the headlines of other stories a
// page lists under "Related" between its header and the lead (refugees
// stranded at a border) are no news of the article: they earn it no
// humanitarian score at all. Invented article.
func TestRelatedHeadlinesEarnNoCategory(t *testing.T) {
	title := "9 killed in Norland car bomb NGO"
	text := title + " Friday 10 Mar 2017 Print Tweet Views 312 Related Thousands of refugees stranded without food or shelter at Velm border crossing " +
		"Aid agencies appeal for winter relief for displaced families At least nine people were killed Friday when a car bomb exploded near a checkpoint in the north of Norland a monitor said. " +
		"The blast damaged several shops and cars. Police said they were looking for two men seen leaving the car."
	an := Analyze(&news.Article{Title: title, Text: text})
	if slices.Contains(an.Categories, news.Humanitarian) || an.Scores[news.Humanitarian] != 0 {
		t.Errorf("Categories = %v, humanitarian score %.3f; want none, 0 (the related headlines counted)", an.Categories, an.Scores[news.Humanitarian])
	}
	if lead, ok := afterRelatedHeads(text[:len(title)+len(" Friday 10 Mar 2017 Print Tweet Views 312 Related ")+200], title); !ok || lead[:12] != "At least nin" {
		t.Errorf("afterRelatedHeads = %q, %v; want the lead, true", lead, ok)
	}
}

// TestNameBack: a sentence that gives its sayer by a short name its
// report spells out whole elsewhere points back to that sentence; one
// that names the body whole, or a body its report never names longer,
// does not. Invented sentences.
func TestNameBack(t *testing.T) {
	report := "The Norland Monitor for Civil Rights says 12 died in Velm. The Monitor says the clashes pitted two rebel groups. " +
		"A medic of the Velm Relief Union (VRU) said the clinic was hit. Fighting went on the VRU said. The army said it took the hill."
	tests := []struct{ s, want string }{
		{"The Monitor says the clashes pitted two rebel groups.", "Monitor"},
		{"Fighting went on the VRU said.", "VRU"},
		{"The Norland Monitor for Civil Rights says 12 died in Velm.", ""},
		{"The army said it took the hill.", ""},                                       // lower case: BodyBack's, not a name
		{"Talks resumed in the Velm capital said a diplomat.", ""},                    // no sayer after the name
		{"The Monitor of the Velm Relief Union (VRU) said the VRU said nothing.", ""}, // VRU spelled out here
	}
	for _, tt := range tests {
		if got := NameBack(tt.s, report); got != tt.want {
			t.Errorf("NameBack(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	for s, want := range map[string]bool{
		"The Norland Monitor for Civil Rights says 12 died.": true,
		"The Monitor says 12 died.":                          false,
		"Twelve died. Monitor officials said so.":            false,
	} {
		if got := NamesWhole(s, "Monitor"); got != want {
			t.Errorf("NamesWhole(%q, Monitor) = %v, want %v", s, got, want)
		}
	}
	if !NamesWhole("Twelve died the Velm Relief Union (VRU) said.", "VRU") {
		t.Error("NamesWhole(..., VRU) = false, want true: spelled out in brackets")
	}
}
