package analyze

import "testing"

// TestPartyNamedByItsWar: a party named by the war it wages now or since a
// day, in a clause of its name or its verb ("the TPLF, which is fighting
// the government", "the army has since April 15 been battling paramilitary
// forces"), is who the party is and how long it has fought, no fighting
// reported (issue 14, h-viol19). The first two sentences are cf3 fit
// cf3-e3f0fdc694's and cf3-0270b7e989's only sentences of violence, truce
// news their readers gave no violence; both fail on main. An attack told
// beside the clause, and fighting told with its own day, keep their weight.
func TestPartyNamedByItsWar(t *testing.T) {
	checkEvidence(t, fViolence, 0.3, []evidenceCase{
		{"The Tigray People’s Liberation Front (TPLF), which is fighting the government in northern Ethiopia, announced that it has “cautiously” agreed to a ceasefire.", false},
		{"The army, led by Abdel Fattah al-Burhan, has since April 15 been battling paramilitary forces commanded by his former deputy Mohamed Hamdan Daglo, after the two fell out in a bitter power struggle.", false},
		{"Fighters of the group, which is fighting the government in the north, attacked an army base on Monday, killing 12 soldiers.", true},
		{"Troops have been battling rebels in the city since Monday, and at least 20 people were killed.", true},
	})
}
