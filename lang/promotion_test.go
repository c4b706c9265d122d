package lang

import "testing"

func TestCreditsOutlet(t *testing.T) {
	cases := map[string]bool{
		"The renewed bombardment of the city, broken earlier by The Daily Paper, follows the collapse of the truce.": true,
		"The strike was first reported by a local news site on Monday.":                                              true,

		"The ceasefire was broken on Monday when jets struck the town.": false,
		"The truce was broken by government forces on Monday.":          false,
		"Rescuers reported dozens of dead on Monday.":                   false,
	}
	for s, want := range cases {
		if got := CreditsOutlet(Words(s)); got != want {
			t.Errorf("CreditsOutlet(%q) = %v, want %v", s, got, want)
		}
	}
}
