package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestCombinedKindsHeadline: a headline's "N Killed & Injured", "N Killed
// Injured" (a feed that strips punctuation) and "Kills, Injures N" count
// casualties, never deaths (invented headlines; issue 10: a killed+injured
// sum shown as a death toll).
func TestCombinedKindsHeadline(t *testing.T) {
	body := "Rockets fell on residential streets of Foo on Monday, residents said."
	for _, title := range []string{
		"Foo's Civilian Massacre Continues: 88 Killed & Injured",
		"88 Civilians Killed Injured in Rocket Attacks on Foo",
		"Rocket Attack on Foo Kills, Injures 88",
		"Rocket Attack on Foo Kills & Injures 88",
	} {
		t.Run(title, func(t *testing.T) {
			for _, f := range allFigures(Analyze(&news.Article{Title: title, Text: body}).Facts) {
				if (f.Kind == news.FigureKilled || f.Kind == news.FigureInjured) && f.Value == 88 {
					t.Errorf("%s %d: want 88 casualties, not one kind", f.Kind, f.Value)
				}
			}
		})
	}
}

// TestLivesThenWoundedStaysKilled: a stripped comma between "lives" and
// "wounded" joins two counts, not one of casualties (invented sentence).
func TestLivesThenWoundedStaysKilled(t *testing.T) {
	an := Analyze(&news.Article{Title: "Air strikes hit Foo", Text: "The air strikes on Foo have claimed dozens of lives wounded many others and destroyed whole streets."})
	for _, f := range allFigures(an.Facts) {
		if f.Kind == news.FigureCasualties {
			t.Errorf("casualties %+v: want the lives counted as killed", f)
		}
	}
}
