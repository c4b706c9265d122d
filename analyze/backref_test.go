package analyze

import "testing"

// TestMonitorBackReference: "a watchdog", "the monitor" stand for the
// monitor the text names, also when it names another monitor later (an
// unrelated arrest a rights group reports): the one named first after the
// reference when none is named before it (issue 13, 2013-08-12 window:
// "a monitor" beside the Observatory's name). Invented sentences.
func TestMonitorBackReference(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a watchdog, then the monitor named, then another", "",
			"Gunmen stormed a village in the north, sparking clashes in which 14 people were killed, a watchdog said on Sunday. " +
				"The assault was part of a wider push, the Syrian Observatory for Human Rights said. " +
				"Meanwhile Amnesty International said a writer had been arrested.",
			"killed", 14, "SOHR", false},
		{"the monitor named before, another after", "",
			"The Syrian Observatory for Human Rights said shelling hit the town overnight. " +
				"Nine civilians were killed in the market, the monitor said. " +
				"Amnesty International said a lawyer had disappeared.",
			"killed", 9, "SOHR", false},
		// A passive verb takes no count: the part after it, with no
		// comma between, is a part of the count before it.
		{"a part after a passive verb, no commas", "",
			"Rebels attacked the border town sparking fighting in which 12 people were killed three of them medics a watchdog said on Saturday. " +
				"The assault was part of a wider offensive the UK-based Syrian Observatory for Human Rights said.",
			"killed", 12, "SOHR", false},
	})
}
