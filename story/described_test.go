package story

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestDescribedMonitor: a story names a monitor the article does not name
// by the description the analysis read in its sentence
// (Figure.MonitorDescribed: "an opposition monitoring group"), not the
// table's vaguer "a monitor"; a figure without one (a bare kind, or an
// analysis stored before the field) keeps its originator.
func TestDescribedMonitor(t *testing.T) {
	for _, c := range []struct{ by, described, want string }{
		{"a monitor", "an opposition monitoring group", "an opposition monitoring group"},
		{"a monitor", "", "a monitor"},
		{"SOHR", "", "SOHR"},
	} {
		f := describedMonitor(news.Figure{Value: 300, Originator: c.by, MonitorDescribed: c.described})
		if f.Originator != c.want {
			t.Errorf("describedMonitor(%q, %q) = %q, want %q", c.by, c.described, f.Originator, c.want)
		}
	}
}
