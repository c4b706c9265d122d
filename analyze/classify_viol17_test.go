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

// TestBattleOfNoArmedSidesDecidesNone: read past the relevance gate (which
// turns both away today), an obituary whose lead tells a long battle with
// an illness and a custody battle, and a report of planes battling the
// winds, gave violence to items their readers did not (Wikinews fit
// "Guitarist Eddie Van Halen dies, aged 65" and "U.S. heiress ... Gloria
// Vanderbilt dies at 95", CNN/DM fit g4t-931; short quotes). A storm of
// armed men keeps its violence (issue 14, h-viol17).
func TestBattleOfNoArmedSidesDecidesNone(t *testing.T) {
	for _, tt := range []struct {
		title, text string
		want        bool
	}{
		{"Guitarist Eddie Van Halen dies, aged 65",
			"Edward Lodewijk Van Halen, lead guitarist of US rock band Van Halen, passed away Tuesday at age 65 following an extended battle with throat cancer. His son announced the news on social media. The band sold more than 56 million albums in the United States.", false},
		{"U.S. heiress, designer, and author Gloria Vanderbilt dies at 95",
			"Gloria Vanderbilt, an American heiress, fashion designer and author, passed away on Monday at the age of 95. Scion of the wealthy Vanderbilt family and the subject of a heavily publicized custody battle early in life, she later also became a performer and artist. At the age of ten, Vanderbilt was the subject of a heavily publicized custody battle between her widowed mother and her aunt.", false},
		{"Planes hover over the runway in high winds",
			"Dramatic footage shows aircraft struggling to land in storms across the country. And as this incredible video shows, planes flying into Manchester battled against the winds that saw many appear to be hovering on their descent.", false},
		{"Troops battle rebels for the airport",
			"Government troops battled rebels for control of the airport on Sunday. Fierce battles raged in the city centre overnight, residents said.", true},
	} {
		if got := rulesDecideViolence(tt.title, tt.text); got != tt.want {
			t.Errorf("%q: violence %v, want %v", tt.title, got, tt.want)
		}
	}
}
