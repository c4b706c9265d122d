package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestPartyCountOfTheSameAttack: "Meanwhile" before a party's word on the
// act the report tells ("Meanwhile the opposition coalition said the attack
// killed more than 100 people ... and injured 400 others") turns to another
// source, not another event; the party's count up to twice the monitor's
// is its count of the same dead, and its injured count the number the
// lead gave in words ("injuring hundreds") — the party's toll and the
// hurt are then the report's (window 0403: the Syrian National
// Coalition's counts of the Khan Shaykhun attack). A "Meanwhile" that
// tells another attack, or a party's count far above the monitor's, stays
// another event's. Invented reports.
func TestPartyCountOfTheSameAttack(t *testing.T) {
	scopes := func(text string) map[int64]news.FigureScope {
		an := Analyze(&news.Article{Title: "Gas attack on Velm town kills dozens", Text: text})
		out := map[int64]news.FigureScope{}
		for _, f := range []*news.Figure{an.Facts.Killed, an.Facts.Injured} {
			if f != nil {
				out[f.Value] = f.Scope
			}
		}
		for _, g := range an.Facts.Figures {
			if _, ok := out[g.Value]; !ok && g.Value > 0 {
				out[g.Value] = g.Scope
			}
		}
		return out
	}
	lead := "Warplanes dropping toxic gas struck the town of Velm on Tuesday, killing dozens of people and injuring hundreds. " +
		"The Syrian Observatory for Human Rights said the attack killed at least 58 people. " +
		"Rescue workers searched the town through the night. "
	got := scopes(lead + "Meanwhile the National Coalition for Syrian Revolution and Opposition Forces said the attack killed more than 100 people and injured 400 others.")
	if got[58] != news.ScopeMain || got[100] != news.ScopeAlternative || got[400] != news.ScopeMain {
		t.Errorf("same attack: scopes 58/100/400 = %q/%q/%q, want main/alternative/main", got[58], got[100], got[400])
	}
	got = scopes(lead + "Meanwhile shelling killed 12 people and injured 30 in the nearby town of Arba.")
	if got[12] != news.ScopeOtherEvent {
		t.Errorf("another attack after Meanwhile: scope of 12 = %q, want other_event", got[12])
	}
	got = scopes(lead + "Meanwhile the National Coalition for Syrian Revolution and Opposition Forces said the attack killed more than 150 people.")
	if got[150] == news.ScopeAlternative {
		t.Errorf("a party's count near three times the monitor's: scope of 150 = %q, want no alternative", got[150])
	}
}
