package story

import "testing"

// TestDropCutClause: a closing "while" clause a cut left without its verb
// goes (issue 13, text audit "cut": "... while clashes between the
// government forces and terrorists."); a whole clause stays. Invented
// sentences.
func TestDropCutClause(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Troops pushed the militants back from most of the farms north of Velm while clashes between the army and the militants.",
			"Troops pushed the militants back from most of the farms north of Velm."},
		{"Troops pushed the militants back from most of the farms north of Velm while clashes between the two sides rage on.",
			"Troops pushed the militants back from most of the farms north of Velm while clashes between the two sides rage on."},
		{"Troops pushed the militants back from most of the farms north of Velm while clashes continue in the south.",
			"Troops pushed the militants back from most of the farms north of Velm while clashes continue in the south."},
		{"Troops held the hills north of the town of Velm while rebels in the south shelled the town.",
			"Troops held the hills north of the town of Velm while rebels in the south shelled the town."},
		{"Troops held the hills north of the town of Velm while the air force strikes rebel posts.",
			"Troops held the hills north of the town of Velm while the air force strikes rebel posts."},
		{"Troops held the hills north of the town of Velm while clashes with rebels were reported in the south.",
			"Troops held the hills north of the town of Velm while clashes with rebels were reported in the south."},
	} {
		if got := dropCutClause(tt.in); got != tt.want {
			t.Errorf("dropCutClause(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
