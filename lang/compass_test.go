package lang

import "testing"

func TestCompassPoint(t *testing.T) {
	for _, w := range []string{"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"} {
		if !CompassPoint(w) {
			t.Errorf("CompassPoint(%q) = false", w)
		}
	}
	for _, w := range []string{"North", "northern", "north-west", "up", ""} {
		if CompassPoint(w) {
			t.Errorf("CompassPoint(%q) = true", w)
		}
	}
}
