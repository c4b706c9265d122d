package lang

import "testing"

func TestTellsHaltAndResumption(t *testing.T) {
	halt := Words("The transfer of families out of Bremmar halted on Saturday, a monitor said")
	resume := Words("The transfer of families resumed on Sunday after the blast")
	if !TellsHalt(halt) || TellsHalt(resume) || !TellsResumption(resume) || TellsResumption(halt) {
		t.Errorf("halt %v/%v, resumption %v/%v", TellsHalt(halt), TellsHalt(resume), TellsResumption(resume), TellsResumption(halt))
	}
}
