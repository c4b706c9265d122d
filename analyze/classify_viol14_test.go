package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestKillingAsAMassNoun: "killing" as a mass noun that a preposition
// governs and that takes no object ("the scale of killing in the region is
// unprecedented", "participation in killing") is a charge in a party's
// words, no killing of a day reported (issue 14, h-viol14: mix9 fit
// B06-42330, "The scale of killing in Gaza is unprecedented"; truce fit
// B08-15292, "“Participation in killing.” Hamas condemns Washington's use of
// veto"; their readers gave neither violence). The gerund with its object
// ("accused of killing civilians", "convicted of killing two soldiers"),
// the noun with its own ("the killing of 12 villagers") and another cue in
// the sentence keep their weight.
func TestKillingAsAMassNoun(t *testing.T) {
	checkEvidence(t, fViolence, 0.3, []evidenceCase{
		{"The minister told the forum that the scale of killing in Darfur is unprecedented.", false},
		{"\"Complicity in killing.\"", false},
		{"The rebels accused government forces of killing civilians in the village.", true},
		{"The rebels were accused of killing two soldiers at a checkpoint on Monday.", true},
		{"The killing of 12 villagers on Sunday drew condemnation.", true},
		{"The scale of killing in Darfur grew as militias shelled the camp on Monday.", true},
	})
	checkCategory(t, []categoryCase{
		{"a leader's charge at a forum", "",
			"The prime minister spoke at the forum. The scale of killing in the region is unprecedented and the population is being starved, he said. He called for an investigation.", false},
		{"a quoted charge and a vote", "",
			"\"Complicity in killing.\" The movement condemned the use of the veto against the resolution.", false},
	}, news.Violence)
}

// TestInfiltrationAsAttack: armed men who infiltrate a territory, a town or
// a base, or try to, tell an armed incursion, as "incursion" does (issue
// 14, h-viol14: mix9 fit B09-4297, "A number of terrorists have infiltrated
// Israeli territory from the Gaza Strip", violence missed; FA-KES's
// "encircle the terrorists who had infiltrated some blocks of buildings",
// violence). The noun after "foiled" keeps the fighting told beside it.
func TestInfiltrationAsAttack(t *testing.T) {
	checkCategory(t, []categoryCase{
		{"militants infiltrate across the line", "Militants infiltrate across the line of control, army says", "", true},
		{"a headline with no infiltration", "Army chief visits troops along the line of control", "", false},
	}, news.Violence)
	checkEvidence(t, fViolence, 0.5, []evidenceCase{
		{"The army foiled militant infiltration attempts and targeted the insurgents' gatherings across the northern province, killing and injuring scores of them.", true},
	})
}

// TestDecisionOnAnAttacksGrounds: an attack named as what a body's decision
// follows or answers ("The move follows the killing of the general in an
// airstrike last week", "This decision falls within the Union's response to
// the threat posed by the group and its brutal attacks") is the decision's
// grounds, its background, not an attack the sentence reports (issue 14,
// h-viol14: Wikinews fit "Iraqi Parliament votes for expulsion of United
// States troops", mix9 fit B13-465, the EU's listing of a leader as a
// terrorist; their readers gave neither violence). A strike told before the
// decision's word ("the strikes that followed", "jets struck in response to
// rocket fire") is the sentence's own news.
func TestDecisionOnAnAttacksGrounds(t *testing.T) {
	checkEvidence(t, fViolence, chronicCap, []evidenceCase{
		{"The move follows the killing of the general in an airstrike near the airport last week.", false},
		{"This decision falls within the framework of the Union's response to the threat posed by the group and its brutal attacks on the country.", false},
		{"The vote came in response to the bombing of the parliament.", false},
		{"Jets struck militant positions in response to rocket attacks on the town.", true},
		{"In response to the rocket attack, the army shelled three villages on Monday, killing four.", true},
		{"The killing of the general follows weeks of clashes on the border.", true},
	})
	checkCategory(t, []categoryCase{
		{"a parliament's vote after a killing", "Parliament votes to expel foreign troops",
			"Yesterday, the parliament voted on a resolution to expel foreign troops from the country. The move follows the killing of the general in an airstrike last week. The vote, which is not binding, was boycotted by two blocs. The resolution still awaits the government's approval.", false},
	}, news.Violence)
}
