package story

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestDescribedMonitor: a monitor the article does not name keeps the
// short description its sentence gives it ("an opposition monitoring
// group"), not the table's vaguer "a monitor"; a bare kind, a long clause
// and a named source are left as they are (invented sentences).
func TestDescribedMonitor(t *testing.T) {
	for _, c := range []struct{ by, sentence, want string }{
		{"a monitor", "At least 300 people were killed in the shelling, an opposition monitoring group said.", "an opposition monitoring group"},
		{"a monitor", "A Britain-based watchdog said 41 fighters died in the clashes.", "a Britain-based watchdog"},
		{"a monitor", "At least 300 people were killed in the shelling, a monitoring group said.", "a monitor"},
		{"a monitor", "At least 300 people were killed, a group that has long worked as a monitor said.", "a monitor"},
		{"a monitor", "At least 300 people were killed, a small new independent opposition monitor said.", "a monitor"},
		{"SOHR", "At least 300 people were killed, an opposition monitoring group said.", "SOHR"},
	} {
		f := describedMonitor(news.Figure{Value: 300, Originator: c.by, Sentence: c.sentence})
		if f.Originator != c.want {
			t.Errorf("describedMonitor(%q, %q) = %q, want %q", c.by, c.sentence, f.Originator, c.want)
		}
	}
}
