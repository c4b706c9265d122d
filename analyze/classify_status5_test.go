package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusRound5 keeps the classes of issue 14's ceasefire-state round
// h-status5 of the fifteenth session, each told in invented words.
func TestStatusRound5(t *testing.T) {
	checkStates(t, []stateCase{
		// Fighting resumed, a class of the fit halves of the truce set and
		// FA-KES: bombing or fighting told taken up again in the headline
		// or the lead, in a sentence that names no truce, is the end of the truce the
		// article names, when nothing tells the truce breached, in force or sought in
		// the lead ("the truce seems distant; bombings have resumed"; "a second day of
		// renewed bombing" beside a pause whose end is told further down). Told in
		// invented words.
		{"bombing resumed beside a truce far off", "",
			"The truce between the army and the Foo rebels now seems far away. Heavy bombings have resumed over the eastern districts, drawing protests abroad.",
			news.CeasefireCollapsed},
		{"a second day of renewed air strikes", "Jets pound Foo again",
			"Warplanes pounded the old town of Foo on Tuesday in a second day of renewed air strikes that killed at least 20 people, medics said. " +
				"Residents fled towards the hills. " +
				"The monitor said jets were seen over the valley all night. " +
				"A hospital and a bakery were hit, rescuers said. " +
				"Monday's raids appeared to mark the end of a pause in the city declared by Bar on May 3. " +
				"Bar's defence ministry said its halt on air strikes over the city remained in place. " +
				"A draft resolution at the United Nations calls for a ceasefire by all parties.",
			news.CeasefireCollapsed},
		// guards: a breach told, a truce told in force in the lead, a truce
		// sought in the lead
		{"renewed shelling beside a truce said violated", "",
			"Renewed shelling hit the villages of Foo on Monday, residents said. Both sides accused each other of violating the ceasefire agreed last week.",
			news.CeasefireViolated},
		{"a truce holding in the lead beside fighting resumed elsewhere", "",
			"The ceasefire between the army and the Foo rebels took effect on Friday and has held since. Fighting resumed in the neighbouring province of Bar, which the deal does not cover.",
			news.CeasefireInEffect},
		{"bombing resumed and a truce called for", "",
			"Warplanes resumed their bombing of Foo on Monday. The United Nations called for an immediate ceasefire.",
			news.CeasefireProposed},
		// A truce extended keeps a class of issue 14's ceasefire-state round
		// h-status5 (fifteenth session): a running truce whose extension is sought,
		// offered on terms or agreed is in force (the labelling guide's in_effect:
		// "declared, holding or extended"); the efforts, the proposal and the "if"
		// are the extension's, not a truce still to come. The truce set's fit half
		// misread three such posts as proposals; the cf-status fit labels give the
		// same state to parties that "agreed to extend the truce". A truce whose
		// extension was refused, or that expired, is not read so. Told in invented
		// words.
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
		// A halt told by its verb keeps a class of ceasefire misses of issue 14's round
		// h-status5 (fifteenth session) on the fit halves of fignews and AG News
		// World: a halt in fighting told by its verb beside the fighting it halts —
		// "fighting paused for days", "a step toward ending weeks of fighting", "a
		// session to halt the war" — is a halt in fighting (the labelling guide's
		// ceasefire), here sought, so proposed. Told in invented words.
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

// TestStatus5Words keeps the word readers of round h-status5 (fifteenth
// session): fighting taken up again (resumedFighting) and a truce extended
// (truceExtended), each with its misses.
func TestStatus5Words(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    func([]string) bool
		s    string
		want bool
	}{
		{"resumedFighting", resumedFightingOf, "heavy bombings have resumed over the eastern districts", true},
		{"resumedFighting", resumedFightingOf, "in a second day of renewed air strikes that killed 20", true},
		{"resumedFighting", resumedFightingOf, "the army resumed its bombardment of the town", true},
		{"resumedFighting", resumedFightingOf, "the resumption of hostilities in the north", true},
		{"resumedFighting", resumedFightingOf, "the two sides resumed talks in Geneva", false},
		{"resumedFighting", resumedFightingOf, "renewed calls for calm", false},
		{"resumedFighting", resumedFightingOf, "the army will resume strikes", false},
		{"truceExtended", truceExtended, "efforts aimed at extending the current humanitarian ceasefire", true},
		{"truceExtended", truceExtended, "to ensure the continuation of the temporary truce agreement", true},
		{"truceExtended", truceExtended, "agreed to extend the truce by two months", true},
		{"truceExtended", truceExtended, "the extension of the pause", true},
		{"truceExtended", truceExtended, "the truce was not extended", false},
		{"truceExtended", truceExtended, "the rebels rejected the plan to extend the truce", false},
		{"truceExtended", truceExtended, "extend aid deliveries before the truce", false},
	} {
		if got := tc.f(lang.Words(tc.s)); got != tc.want {
			t.Errorf("%s(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}

// resumedFightingOf is resumedFighting with the words' heads looked up.
func resumedFightingOf(ws []string) bool { return resumedFighting(ws, nil) }
