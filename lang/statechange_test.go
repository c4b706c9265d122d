package lang

import "testing"

func TestTellsStateChange(t *testing.T) {
	for s, want := range map[string]bool{
		"On Friday some 80 families were evacuated from the old quarter of Tellmar": true,
		"The agency resumed its deliveries to Fenrow on Monday":                     true,
		"The agency said on Monday that access to Fenrow remains a concern":         false,
	} {
		if got := TellsStateChange(Words(s)); got != want {
			t.Errorf("TellsStateChange(%q) = %v, want %v", s, got, want)
		}
	}
}
