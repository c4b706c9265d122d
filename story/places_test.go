package story

import "testing"

func TestPlaceKey(t *testing.T) {
	same := [][]string{
		{"Deir ez-Zor", "Deir Ezzor", "deir ez-zor", "DEIR EZ ZOR", "Deir al-Zour"},
		{"Aleppo", "aleppo", " ALEPPO "},
		{"Nowhere-on-Sea", "nowhere on sea"},
	}
	for _, group := range same {
		for _, p := range group[1:] {
			if PlaceKey(p) != PlaceKey(group[0]) {
				t.Errorf("PlaceKey(%q) = %q, PlaceKey(%q) = %q: want the same", p, PlaceKey(p), group[0], PlaceKey(group[0]))
			}
		}
	}
	if PlaceKey("Aleppo") == PlaceKey("Idlib") {
		t.Error("Aleppo and Idlib share a key")
	}
}

func TestNamesOutlet(t *testing.T) {
	for _, n := range []string{"Reuters", "reuters", "Al Jazeera", "al-jazeera", "BBC News", "Reuters Live", "The New York Times", "AP", "un news"} {
		if !NamesOutlet(n) {
			t.Errorf("NamesOutlet(%q) = false", n)
		}
	}
	for _, n := range []string{"Syria Monitor Digest", "Who reports", "Kyiv local", "My feed", ""} {
		if NamesOutlet(n) {
			t.Errorf("NamesOutlet(%q) = true", n)
		}
	}
}
