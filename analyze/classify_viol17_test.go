package analyze

import "testing"

// TestBattleOfNoArmedSides: a battle that is no fight between armed sides
// (issue 14, h-viol17): a hardship, an illness or the weather battled, and
// the battles of courts, sport and elections. The first five are short
// quotes of fit items whose readers gave no violence (rwp9 4886eb2aa1, a
// UNMISS feature on returnees from Sudan; ReliefWeb 2017 development
// rw-2389794, a Vanuatu climate feature; Wikinews "Guitarist Eddie Van
// Halen dies" and "Gloria Vanderbilt dies"; CNN/DM g4t-931, planes in a
// storm). Troops, rebels and fighters who battle keep their violence.
func TestBattleOfNoArmedSides(t *testing.T) {
	checkEvidence(t, fViolence, 0.3, []evidenceCase{
		{"Many are returnees who once left this young nation to escape war and, now, find themselves once again having to battle enormous odds to rebuild their lives.", false},
		{"Villagers in South River are used to battling cyclones, rising seas and eroding coastlines.", false},
		{"Edward Van Halen, lead guitarist of US rock band Van Halen, passed away on Tuesday following an extended battle with throat cancer.", false},
		{"Scion of the wealthy Vanderbilt family and the subject of a heavily publicized custody battle early in life, she later became a performer.", false},
		{"And as this incredible video shows, planes flying into Manchester battled against the winds.", false},
		{"For remote Vanuatu islanders, fleeing climate disasters is an uphill battle", false},
		{"Benteke will return to the squad for their crucial relegation battle at Sunderland.", false},
		{"Government troops battled rebels on the outskirts of the town on Sunday.", true},
		{"Fighters battled against government forces for control of the airport.", true},
		{"Fierce battles raged in the city centre overnight.", true},
	})
}

// TestCauseWithItsModifier: violence named, with a word of its degree or
// time ("increased", "recent", "heavy"), as the cause of what a sentence
// tells (a displacement, a population's plight, a rise in arrivals) is the
// cause, as "due to clashes" and "because of the fighting" are (issue 14,
// h-viol17; short quotes of rwp9 fit 045535b7e1, a UNHCR feature on the
// displaced of Tahoua, rwp8 fit rwp7-4a2bf02f67 and ReliefWeb 2017
// development rw-2381234, all three given no violence by their readers).
// The killing a sentence tells beside the cause stays violence; "ongoing
// hostilities" stays the chronic rows' business (an update's own period).
func TestCauseWithItsModifier(t *testing.T) {
	checkEvidence(t, fViolence, 0.3, []evidenceCase{
		{"Most of the 5,000 families who were displaced in Tripoli due to recent clashes have returned to their homes.", false},
		{"In the first week of November, the number went up to 687 from 511 in the last week of October, which is likely due to heavy fighting in South Sudan.", false},
		{"Schools in the district have closed because of repeated attacks.", false},
		{"Twelve civilians were killed on 3 May due to heavy fighting in the town.", true},
		{"Heavy fighting broke out in the town on 3 May.", true},
	})
	checkEvidence(t, fViolence, strongCue-0.01, []evidenceCase{
		{"The population has faced intimidation, extortion and kidnappings due to increased attacks by Jihadists groups in the area.", false},
	})
}

// TestFeatureOfTheDisplacedWithItsCause: a UNHCR feature on the displaced
// of Niger (rwp9 fit 045535b7e1, its readers' humanitarian only; short
// quotes) whose headline and lead tell no violence: a displaced man's
// account past the lead and a paragraph on the past year's insecurity,
// whose attacks it tells as the cause of a population's plight ("due to
// increased attacks"), held two sentences of full violence side by side,
// a paragraph given to the fighting (issue 14, h-viol17). With the cause
// told as a cause it is none; the same feature with the attacks told as
// the period's news keeps it.
func TestFeatureOfTheDisplacedWithItsCause(t *testing.T) {
	feature := func(paragraph string) string {
		return "The number of IDPs almost doubled in the Tillaberi and Tahoua regions during the past year. " +
			"In order to provide an effective response to their needs, UNHCR works with local protection monitors. " +
			"They support incident reporting and analysis of trends affecting the displaced population. " +
			"Aissa, a displaced Nigerien, lives with his daughters in their shelter in Intikane.\n\n" +
			"“In my village, on the border with Mali, armed men extorted our cattle and killed our leaders to make us leave”, explains Rissa, a father of six. " +
			"“I had no job at the time. I had to flee and decided to come here, where I can get the help of the State and UNHCR.”\n\n" +
			"Rissa arrived in the refugee hosting area of Intikane in December 2019. " +
			"He was one of the first IDPs to settle there. " +
			"Today, there are 15,000 IDPs in Intikane.\n\n" +
			"Over the past year, the security situation has seriously deteriorated in the regions. " +
			paragraph + " " +
			"As a consequence, the number of IDPs has jumped from 78,000 in late 2019 to 137,000 at the end of 2020. " +
			"Tens of thousands took refuge in places like Intikane, where they benefit from UNHCR's support."
	}
	for _, tt := range []struct {
		name, paragraph string
		want            bool
	}{
		{"the attacks as the cause", "The population has faced intimidation, extortion and kidnappings due to increased attacks by Jihadists groups in the area. Several community leaders have been assassinated.", false},
		{"the attacks as news", "Jihadist groups have attacked three villages in the area this week, killing 12 people. Several community leaders have been assassinated.", true},
	} {
		if got := rulesDecideViolence("In Niger, a compass to navigate the IDP crisis", feature(tt.paragraph)); got != tt.want {
			t.Errorf("%s: violence %v, want %v", tt.name, got, tt.want)
		}
	}
}
