package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A monitor's own sentence that gives the lead's count with a qualifier
// ("at least 15 jihadists of A and B and jihadists from C were killed",
// the Observatory's chief said) gives the figure that qualifier, however
// long the named groups keep the count from its verb (issue 10, items 3-4;
// 0404 window). Invented sentences.
func TestGroupsOfNamedBodiesQualifier(t *testing.T) {
	for _, tt := range []struct {
		name, title, text string
		value             int64
		qual              news.Qualifier
	}{
		{"jihadists of named groups, and more from abroad",
			"Militia Commander Brother 15 Extremists Killed in Hama Raids",
			"The commander of the Ansar Brigade militia his brother and 15 other extremists were killed in air raids Tuesday in the west of the country a monitor group said. \"Abu Khalid al-Hamwi his brother and at least 15 jihadists of the Ansar Brigade and Liwa al-Haqq and jihadists from Chechnya were killed in raids on positions in Hama province\" UK-based Syrian Observatory for Human Rights chief Rami Abdel Rahman said in a statement.",
			15, news.AtLeast},
		{"soldiers of named units",
			"Nine Soldiers Killed in Ambush near Kidal",
			"Nine soldiers were killed in an ambush near Kidal on Monday, the army said. \"More than nine soldiers of the Kidal Battalion and the Desert Rangers unit and their guides were killed when the convoy hit mines\" the army spokesman said.",
			9, news.MoreThan},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Title: tt.title, Text: tt.text}).Facts.Killed
			if f == nil || f.Value != tt.value || f.Qualifier != tt.qual {
				t.Errorf("killed = %+v, want %d %s", f, tt.value, tt.qual)
			}
		})
	}
}
