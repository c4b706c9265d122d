package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusTruceExtended keeps a class of issue 14's ceasefire-state round
// h-status5 (fifteenth session): a running truce whose extension is sought,
// offered on terms or agreed is in force (the labelling guide's in_effect:
// "declared, holding or extended"); the efforts, the proposal and the "if"
// are the extension's, not a truce still to come. The truce set's fit half
// misread three such posts as proposals; the cf-status fit labels give the
// same state to parties that "agreed to extend the truce". A truce whose
// extension was refused, or that expired, is not read so. Told in invented
// words.
func TestStatusTruceExtended(t *testing.T) {
	checkStates(t, []stateCase{
		{"efforts to extend the current truce", "",
			"Mediation efforts aimed at extending the current ceasefire between the army and the rebels have intensified, sources said on Sunday.",
			news.CeasefireInEffect},
		{"terms for extending the truce", "",
			"Army spokesman: if the rebels want to extend the truce, they must free five captives for every additional day.",
			news.CeasefireInEffect},
		{"the continuation of the temporary truce", "",
			"The rebels responded to the mediators' efforts to ensure the continuation of the temporary truce agreement.",
			news.CeasefireInEffect},
		{"parties agreed to a proposal to extend the truce", "",
			"The warring parties in Foo agreed to a UN proposal to extend the truce by two months, the envoy said on Thursday.",
			news.CeasefireInEffect},
		// guards: an extension refused is no truce in force; a new truce
		// proposed stays a proposal
		{"an extension refused", "",
			"The rebels refused to extend the truce, which ended at dawn on Sunday.",
			news.CeasefireCollapsed},
		{"a truce proposed", "",
			"Mediators proposed a new truce between the army and the rebels on Sunday.",
			news.CeasefireProposed},
	})
}

func TestTruceExtended(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"efforts aimed at extending the current humanitarian ceasefire", true},
		{"to ensure the continuation of the temporary truce agreement", true},
		{"agreed to extend the truce by two months", true},
		{"the extension of the pause", true},
		{"the truce was not extended", false},
		{"the rebels rejected the plan to extend the truce", false},
		{"extend aid deliveries before the truce", false},
	} {
		if got := truceExtended(lang.Words(tc.s)); got != tc.want {
			t.Errorf("truceExtended(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
