package lang

import "testing"

func TestIsCountry(t *testing.T) {
	for name, want := range map[string]bool{
		"Norway": true, "the Philippines": true, "DR Congo": true, "TANZANIA": true, "Antigua and  Barbuda": true,
		"Middle East and North Africa": false, "Lagos": false, "Engelbrecht": false, "": false,
	} {
		if got := IsCountry(name); got != want {
			t.Errorf("IsCountry(%q) = %v, want %v", name, got, want)
		}
	}
}
