package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestWrittenOriginators: a generic kind's originator is written as the
// text names it, with the state whose body it is, and keyed by the table's
// name with that state; a named body keeps the table's name. Invented
// sentences.
func TestWrittenOriginators(t *testing.T) {
	for _, tt := range []struct {
		text, orig, key, canon string
		party                  bool
	}{
		{"At least 55 militants were killed when warplanes hit camps in the mountains, according to Turkish security sources.",
			"Turkish security sources", "Turkish officials", "officials", true},
		{"At least 55 militants were killed when warplanes hit camps in the mountains, according to Turkey's security sources.",
			"Turkish security sources", "Turkish officials", "officials", true},
		{"The government of Armenia said that shelling across the border killed three people.",
			"Armenian government", "", "government", true},
		{"Medics said that at least 16 people were killed in the airstrikes on the market.",
			"medics", "medical sources", "medical sources", false},
		{"Israeli Emergency Services said 40 people were killed in the attack on the town.",
			"Israeli emergency services", "Israeli emergency workers", "emergency workers", false},
		{"The strike flattened a house, killing 12 members of one family, hospital officials said.",
			"hospital officials", "hospital", "hospital", false},
		{"The shelling killed 21 people, the Syrian Observatory for Human Rights said.",
			"SOHR", "", "SOHR", false},
	} {
		f := Analyze(&news.Article{Text: tt.text}).Facts.Killed
		if f == nil {
			t.Errorf("%q: no killed figure", tt.text)
			continue
		}
		if f.Originator != tt.orig || f.OriginatorKey != tt.key || CanonicalOriginator(*f) != tt.canon || f.PartyClaim != tt.party {
			t.Errorf("%q: originator %q key %q canonical %q party %v, want %q %q %q %v", tt.text,
				f.Originator, f.OriginatorKey, CanonicalOriginator(*f), f.PartyClaim, tt.orig, tt.key, tt.canon, tt.party)
		}
	}
}

// TestStateKind: a state's adjective before a generic kind, not a named body.
func TestStateKind(t *testing.T) {
	for name, want := range map[string]string{
		"Turkish security sources": "security sources", "South African police": "police",
		"Turkish health ministry": "", "SOHR": "", "medics": "", "Syrian army": "",
	} {
		if got := StateKind(name); got != want {
			t.Errorf("StateKind(%q) = %q, want %q", name, got, want)
		}
	}
}
