package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

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
		{"\"Two shells hit the clinic\" said the Monitor adding that a medic died.", "Monitor"},
		{"Fighting went on, said the VRU.", "VRU"},
		{"Fighting went on said the Norland Monitor for Civil Rights.", ""}, // the name goes on: named whole
		{"The Norland Monitor for Civil Rights says 12 died in Velm.", ""},
		{"The army said it took the hill.", ""},                                       // lower case: BodyBack's, not a name
		{"Talks resumed in the Velm capital said a diplomat.", ""},                    // no sayer after the name
		{"The Monitor of the Velm Relief Union (VRU) said the VRU said nothing.", ""}, // VRU spelled out here
	}
	var names textNames
	names.read(report)
	named := namedWhole(report, &names)
	for _, tt := range tests {
		if got := NameBack(tt.s, named); got != tt.want {
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
