package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestHumanitarianOfAgencyNames: the name of an agency that holds words of
// aid (ECHO's "Civil Protection and Humanitarian Aid Operations", OCHA's
// "Coordination of Humanitarian Affairs"), as a page's publisher line, is no
// aid delivered and no plight: an agency's flash of an attack stays
// violence only (issue 14: ECHO Daily Flash pages on ReliefWeb, 2018-2024).
// Aid that the flash tells keeps humanitarian. Invented texts in the pages'
// shape.
func TestHumanitarianOfAgencyNames(t *testing.T) {
	publisher := "from European Commission's Directorate-General for European Civil Protection and Humanitarian Aid Operations\nPublished on 18 Feb 2020\n"
	tests := []struct {
		name, text string
		want       []news.Category
	}{
		{"an attack under the publisher's name",
			"Cameroon - Attack on a village (DG ECHO, UN OCHA) (ECHO Daily Flash of 18 February 2020)\n\n" + publisher +
				"• On 14 February, armed men killed at least 22 civilians, including 14 children, in a village of the Northwest Region. Tension in the area remains very high.",
			[]news.Category{news.Violence}},
		{"an attack and the aid it stopped",
			"Cameroon - Attack on a village (DG ECHO, UN OCHA) (ECHO Daily Flash of 18 February 2020)\n\n" + publisher +
				"• The humanitarian situation in the Northwest Region is dire: partners suspended food distributions to 40,000 displaced people after armed men killed at least 22 civilians, including 14 children, in a village on 14 February.",
			[]news.Category{news.Humanitarian, news.Violence}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(&news.Article{Text: tt.text})
			if !slices.Equal(an.Categories, tt.want) {
				t.Errorf("categories %v, want %v (humanitarian evidence %q)", an.Categories, tt.want, an.Evidence[news.Humanitarian])
			}
		})
	}
	if m, ok := maskAgencyNames([]string{"office", "for", "the", "coordination", "of", "humanitarian", "affairs", "said", "humanitarian", "aid", "reached", "them"}); !ok || m[5] != "" || m[8] != "humanitarian" {
		t.Errorf("maskAgencyNames: %q %v", m, ok)
	}
	// maskAgencyNames looks at a sentence only when it holds
	// "humanitarian": every name of agencyNames must hold the word
	for _, name := range agencyNames {
		if !slices.Contains(name, "humanitarian") {
			t.Errorf("agency name %q holds no \"humanitarian\": maskAgencyNames' precondition would miss it", name)
		}
	}
	if m, ok := maskAgencyNames([]string{"the", "civil", "protection", "and", "disaster", "aid", "office"}); ok {
		t.Errorf("maskAgencyNames on a sentence with no agency name: %q", m)
	}
}
