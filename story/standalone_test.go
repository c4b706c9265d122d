package story

import "testing"

// TestLeansBack: a sentence whose opening points back to a body named
// before ("a volunteer with the group") does not open a summary (issue 13,
// 2016 window). Invented sentences.
func TestLeansBack(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"John Roe a volunteer with the group said residents could not flee the shelling.", true},
		{"A spokeswoman for the organisation, Jane Roe, said the clinic was hit twice.", true},
		{"The head of the monitor said the toll would rise.", true},
		{"Air strikes killed 30 civilians in the east of the city, a monitor said.", false},
		{"John Roe of the group Foo Lawyers said 12 detainees had died.", false},
		{"The group said its fighters had withdrawn from the town on Sunday.", false},
		{"Members of the armed forces entered the town after a long siege by the rebels of the group.", false},
	} {
		if got := leansBack(tt.s); got != tt.want {
			t.Errorf("leansBack(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

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
