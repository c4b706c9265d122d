package story

import "testing"

// TestStandAloneFirst: a summary whose first sentence leans back opens with
// one of its other sentences, else with an earlier sentence of the same
// report.
func TestStandAloneFirst(t *testing.T) {
	lean := candidate{text: "John Roe a volunteer with the group said people were cowering in their homes.", member: 0, rank: 3}
	lead := candidate{text: "Strikes on the city of Foo killed 40 civilians on Friday, a monitor said.", member: 0, rank: 0}
	other := candidate{text: "Aid has not reached the besieged districts in weeks, residents said.", member: 1, rank: 0}
	got := standAloneFirst([]candidate{lean, other}, []candidate{lead, lean, other})
	if got[0].text != other.text || got[1].text != lean.text {
		t.Errorf("with another chosen: got %q first, want %q", got[0].text, other.text)
	}
	got = standAloneFirst([]candidate{lean}, []candidate{lead, lean, other})
	if len(got) != 2 || got[0].text != lead.text {
		t.Errorf("alone: got %v, want the report's lead first", got)
	}
}
