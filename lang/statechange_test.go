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

func TestTellsHaltAndResumption(t *testing.T) {
	halt := Words("The transfer of families out of Bremmar halted on Saturday, a monitor said")
	resume := Words("The transfer of families resumed on Sunday after the blast")
	if !TellsHalt(halt) || TellsHalt(resume) || !TellsResumption(resume) || TellsResumption(halt) {
		t.Errorf("halt %v/%v, resumption %v/%v", TellsHalt(halt), TellsHalt(resume), TellsResumption(resume), TellsResumption(halt))
	}
}
