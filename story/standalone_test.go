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

// TestPlaceBack: a sentence that names a place by its kind before it names
// one below a country ("the province") leans on the sentence that told it.
func TestPlaceBack(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The Red Cross said it was bringing medicines to all parts of the province in Syria.", true},
		{"Fighting around the town has cut the only road, residents said.", true},
		{"A bomb killed 9 people in the Damascus suburb of Foo, the third blast to hit the district this month.", false},
		{"Shells hit the city of Homs on Monday, state media said.", false},
		{"Shells hit the city, Homs, on Monday.", false},
		{"The City Council of Foo met on Monday.", false},
		{"The town council's spokesman called for a corridor.", false},
		{"The town square was hit twice, residents said.", false},
		{"Jets struck the town's market and a school in Hama, activists said.", true},
	} {
		if got := placeBack(tc.s); got != tc.want {
			t.Errorf("placeBack(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	lean := candidate{text: "Aid groups said medicines had not reached the province in weeks.", member: 0, rank: 0, pos: 1}
	event := candidate{text: "A car bomb killed 20 people in the town of Foo in Daraa on Friday, a monitor said.", member: 0, rank: 1, pos: 2}
	if got := standAloneFirst([]candidate{lean, event}, []candidate{lean, event}); got[0].text != event.text {
		t.Errorf("standAloneFirst: got %q first, want the event", got[0].text)
	}
}
