package analyze

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestOtherDayClause: a toll in a relative clause of an attack dated by
// another weekday than the lead's is that earlier attack's (background);
// dated by the lead's own day, it is the event's (invented sentences).
func TestOtherDayClause(t *testing.T) {
	pub := time.Date(2013, 8, 24, 12, 0, 0, 0, time.UTC)
	earlier := "State media accused rebels of using poison gas on Saturday against troops storming a suburb of the capital. " +
		"The accusation comes after an attack on the eastern suburbs on Wednesday that activists say killed more than 130 people."
	an := Analyze(&news.Article{Title: "Government accuses rebels of gas use", Text: earlier, Published: pub})
	if an.Facts.Killed != nil {
		t.Errorf("Killed = %+v, want none: the 130 are Wednesday's attack's", *an.Facts.Killed)
	}
	found := false
	for _, f := range an.Facts.Figures {
		if f.Kind == news.FigureKilled && f.Value == 130 {
			found = true
			if f.Scope != news.ScopeBackground {
				t.Errorf("130 scope = %q, want background", f.Scope)
			}
		}
	}
	if !found {
		t.Errorf("figures = %+v, want the 130 kept as background", an.Facts.Figures)
	}
	same := "Rockets hit the eastern suburbs on Wednesday, activists said. " +
		"The bombardment followed an attack on the town on Wednesday that activists say killed more than 130 people."
	an = Analyze(&news.Article{Title: "Rockets hit suburbs", Text: same, Published: pub})
	if an.Facts.Killed == nil || an.Facts.Killed.Value != 130 {
		t.Errorf("Killed = %+v, want 130: the lead's own day", an.Facts.Killed)
	}
}
