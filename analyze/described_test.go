package analyze

import "testing"

// TestDescribedMonitor: the analysis keeps for a monitor the article does
// not name the short description its sentence gives it ("an opposition
// monitoring group"), which a story shows in place of the table's vaguer "a
// monitor"; a bare kind, a long clause and a named source get none
// (invented sentences).
func TestDescribedMonitor(t *testing.T) {
	for _, c := range []struct{ by, sentence, want string }{
		{"a monitor", "At least 300 people were killed in the shelling, an opposition monitoring group said.", "an opposition monitoring group"},
		{"a monitor", "A Britain-based watchdog said 41 fighters died in the clashes.", "a Britain-based watchdog"},
		{"a monitor", "At least 300 people were killed in the shelling, a monitoring group said.", ""},
		{"a monitor", "At least 300 people were killed, a group that has long worked as a monitor said.", ""},
		{"a monitor", "At least 300 people were killed, a small new independent opposition monitor said.", ""},
		{"SOHR", "At least 300 people were killed, an opposition monitoring group said.", ""},
	} {
		got := monitorDescription(c.by, c.sentence)
		if got != c.want {
			t.Errorf("monitorDescription(%q, %q) = %q, want %q", c.by, c.sentence, got, c.want)
		}
	}
}
