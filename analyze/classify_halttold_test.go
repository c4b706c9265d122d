package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestHaltToldByVerb keeps a class of ceasefire misses of issue 14's round
// h-status5 (fifteenth session) on the fit halves of fignews and AG News
// World: a halt in fighting told by its verb beside the fighting it halts —
// "fighting paused for days", "a step toward ending weeks of fighting", "a
// session to halt the war" — is a halt in fighting (the labelling guide's
// ceasefire), here sought, so proposed. Told in invented words.
func TestHaltToldByVerb(t *testing.T) {
	checkStates(t, []stateCase{
		{"a deal that could see fighting paused", "",
			"A deal between the army and the Foo militia could see 30 captives freed and fighting paused for a week, a source close to the negotiations said.",
			news.CeasefireProposed},
		{"a step toward ending weeks of fighting", "Militia to hand over weapons",
			"Fighters of the Foo militia said on Sunday they will begin handing weapons over to the police next week in a step toward ending weeks of fighting with the army in the capital.",
			news.CeasefireProposed},
		{"a call to halt the war", "",
			"The regional bloc asked its members at the United Nations to call an urgent session of the Security Council to halt the war on the Foo enclave.",
			news.CeasefireProposed},
	})
}
