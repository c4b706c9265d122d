package analyze

import "testing"

// A generic source's words after a proper name that says whose they are
// ("Military Academy officials", "West Point officials") keep that name:
// "officials" alone tells a reader nothing. A sentence-initial single
// capitalised word ("Local officials") and a body the sentence counts are
// not taken. Invented texts (issue 10, round h-fig58; eval/orig2's fit
// half, cep-56705).
func TestOriginatorOwnerNameFig58(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a named body's officials open the sentence", "",
			"Military Academy officials confirm that 30 cadets were injured in the fight on Monday.",
			"injured", 30, "Military Academy officials", true},
		{"a named body's officials after the count", "",
			"Thirty cadets were injured in the fight on Monday, West Point officials said.",
			"injured", 30, "West Point officials", true},
		{"one capitalised word opening the sentence is no name", "",
			"Local officials said 30 people were injured in the fight on Monday.",
			"injured", 30, "local officials", true},
		{"a weekday before the officials is no name", "",
			"On Monday officials said 30 people were injured in the fight.",
			"injured", 30, "officials", true},
		{"one of two owners is not taken", "",
			"Port Authority and City Hall officials said 30 people were injured in the fight on Monday.",
			"injured", 30, "officials", true},
	})
}

// A body that announces or declares its responsibility for an attack
// claims the attack, not the toll its clause gives (the outlet's); a toll
// "from" a counting body (a ministry of health, medics, a monitor, the UN)
// is that body's count, its place or state's word between kept. Invented
// texts (issue 10, round h-fig58; eval/orig3w's fit half).
func TestOriginatorResponsibilityTollFromFig58(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"announced its responsibility for the attack that killed", "",
			"The Kaga Front announced its responsibility for the shooting attack in Foo that led to the death of three people.",
			"killed", 3, "", false},
		{"declared responsibility", "",
			"The Kaga Front declared responsibility for the bombing in Foo, which killed 12 soldiers on Monday.",
			"killed", 12, "", false},
		{"announced that its fighters killed is a statement", "",
			"The Taliban announced that its fighters had killed 12 soldiers in Foo on Monday.",
			"killed", 12, "Taliban", true},
		{"the death toll from the ministry of health", "",
			"Images of Foo after the strikes. The death toll from the Palestinian Ministry of Health rose to 320 deaths.",
			"killed", 320, "Palestinian ministry of health", false},
		{"the toll from an offensive is no source", "",
			"The death toll from the Kaga army's offensive rose to 320.",
			"killed", 320, "", false},
	})
}
