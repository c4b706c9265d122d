package lang

import "testing"

func TestTellsHaltAndResumption(t *testing.T) {
	halt := Words("The transfer of families out of Bremmar halted on Saturday, a monitor said")
	resume := Words("The transfer of families resumed on Sunday after the blast")
	if !TellsHalt(halt) || TellsHalt(resume) || !TellsResumption(resume) || TellsResumption(halt) {
		t.Errorf("halt %v/%v, resumption %v/%v", TellsHalt(halt), TellsHalt(resume), TellsResumption(resume), TellsResumption(halt))
	}
	// the resumption told as what the process does after its halt
	for s, want := range map[string]bool{
		"A marked convoy was due to deliver aid on Thursday after a 48-hour suspension": true,
		"Deliveries went ahead on Friday after a two-day pause in the fighting":         true,
		"The agency announced the suspension of deliveries after the attack":            false,
		"Aid was halted after the convoy was hit":                                       false,
	} {
		if got := TellsResumption(Words(s)); got != want {
			t.Errorf("TellsResumption(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTellsStateChange: a state changed (people evacuated under a deal, a
// siege lifted, a town captured, a process halted) and not a state that
// holds (invented sentences).
func TestTellsStateChange(t *testing.T) {
	for s, want := range map[string]bool{
		"On Monday 200 fighters were evacuated from the old quarter of Bremmar under a deal": true,
		"The siege of the valley was lifted on Sunday after two years":                       true,
		"Government forces captured the hill town on Friday":                                 true,
		"The transfer of families out of Bremmar halted on Saturday":                         true,
		"Several thousand fighters remain in the old quarter, a monitor estimates":           false,
		"Residents of the besieged quarter said food was running short":                      false,
	} {
		if got := TellsStateChange(Words(s)); got != want {
			t.Errorf("TellsStateChange(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTellsOffensiveBegun: an offensive announced or begun, not one planned
// or merely named (invented sentences).
func TestTellsOffensiveBegun(t *testing.T) {
	for s, want := range map[string]bool{
		"Since the announcement two days ago of an offensive to take the east of Bremmar, strikes have doubled": true,
		"The army launched an offensive on the valley on Monday":                                                true,
		"The army is preparing to launch an offensive on the valley":                                            false,
		"Residents fear the offensive will reach the valley":                                                    false,
	} {
		if got := TellsOffensiveBegun(Words(s)); got != want {
			t.Errorf("TellsOffensiveBegun(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTellsEscalation: fighting told as growing, not as a state that holds
// (invented sentences).
func TestTellsEscalation(t *testing.T) {
	for s, want := range map[string]bool{
		"Since early March, shelling has intensified around Bremmar":       true,
		"Since late May, airstrikes gradually increased across the valley": true,
		"Since 2015, the ongoing conflict has displaced 40,000 people":     false,
		"Fighting continues in the valley":                                 false,
	} {
		if got := TellsEscalation(Words(s)); got != want {
			t.Errorf("TellsEscalation(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTellsStatementOfTheDay(t *testing.T) {
	for s, want := range map[string]bool{
		"The envoy said the truce was not over and talks may resume":    true,
		"The minister told reporters the meeting would go on":           true,
		"The envoy had said the truce was not over":                     false,
		"The envoy said last week that the truce was not over":          false,
		"The envoy said in March that the truce was not over":           false,
		"The two powers agreed a framework for the truce":               false,
		"The envoy said in 2014 that talks would go on":                 false,
		"Talks have stalled since the envoy said they would go nowhere": false,
	} {
		if got := TellsStatementOfTheDay(WordsAsWritten(s)); got != want {
			t.Errorf("TellsStatementOfTheDay(%q) = %v, want %v", s, got, want)
		}
	}
}
