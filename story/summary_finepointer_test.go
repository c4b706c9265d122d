package story

import (
	"slices"
	"testing"
)

// TestFinePointerNotACity: a sentence naming a place by a kind within a
// city ("the district", "the neighbourhood") or a village is not told by
// a sentence of the city, province or region its report named last
// (the district it means was named in words the gazetteer does not know,
// or not at all): it is left out; "the province" after a sentence of its
// province still follows it. Invented sentences (issue 13, d32 T1: "The
// regime's capture of the district days ago ..." after a sentence of
// Aleppo).
func TestFinePointerNotACity(t *testing.T) {
	lead := cand("Insurgents in Aleppo launched a wide assault on government-held quarters at dawn, a monitor said.", 0, 0, 1)
	road := cand("Holding the ring road is the only way for the 200000 residents of eastern Aleppo to get food and fuel.", 1, 0, 2)
	district := cand("The army's seizure of the district last week came during a holiday truce it had declared itself.", 1, 1, 3)
	hood := cand("Residents said shells hit a bakery and a school in the neighbourhood overnight.", 1, 2, 3)
	hama := cand("Fighting has spread across Hama province since the weekend, the monitor said.", 2, 0, 1)
	prov := cand("The monitor said aid had not reached the province for a month.", 2, 1, 2)
	for _, tt := range []struct {
		name        string
		chosen, all []candidate
		want        []string
	}{
		{"the district after a city", []candidate{lead, district}, []candidate{lead, road, district}, []string{lead.text}},
		{"the neighbourhood after a city", []candidate{lead, hood}, []candidate{lead, road, hood}, []string{lead.text}},
		{"the province after its province", []candidate{hama, prov}, []candidate{hama, prov}, []string{hama.text, prov.text}},
	} {
		if got := introduced(tt.chosen, tt.all); !slices.Equal(texts(got), tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, texts(got), tt.want)
		}
	}
}
