package analyze

import "testing"

// TestOnlookersTellNoCount: witnesses or residents who speak in the
// sentence after an unattributed count tell what they saw, not the count:
// the count stays the outlet's; when their sentence tells the same count
// again, they stand behind it; a counting body in that place still lends
// its name. Invented sentences (issue 10, round h-orig32).
func TestOnlookersTellNoCount(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"witnesses tell of the blast", "",
			"Nine people were killed when a bomb went off at a bus station in the northern town on Friday. Witnesses said the blast shattered windows two streets away.",
			"killed", 9, "", false},
		{"eyewitnesses tell of the scene", "",
			"Twelve civilians were killed after a shell struck a market in the eastern city. Eyewitnesses said stalls were left burning for hours.",
			"killed", 12, "", false},
		{"residents tell of the fighting", "",
			"At least 14 fighters died in clashes near the border crossing. Residents told reporters the fighting went on through the night.",
			"killed", 14, "", false},
		{"witnesses who tell the count again", "",
			"Four people were killed when a drone hit a car near the port. Witnesses said they saw four bodies pulled from the car.",
			"killed", 4, "witnesses", false},
		{"a counting body in the next sentence still lends its name", "",
			"A car bomb killed 23 people in the provincial capital on Sunday. The Syrian Observatory for Human Rights said the blast targeted a checkpoint.",
			"killed", 23, "SOHR", false},
	})
}

// TestAccordingBeforeWithoutFigure: a sentence that opens "According to
// Foo" and states no figure of its own lends Foo to the count after it,
// though it holds a number word that counts nothing ("one of the most
// dangerous"). Invented sentences (issue 10, round h-orig32).
func TestAccordingBeforeWithoutFigure(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"one of the most dangerous", "Aid workers",
			"Donors met in Geneva on Monday. According to UNICEF, the country is one of the most dangerous places for children. At least 40 children were killed in the fighting last month.",
			"killed", 40, "UNICEF", false},
		{"one of the deadliest, no comma", "Aid workers",
			"Donors met in Nairobi on Monday. According to the Red Cross the war is one of the deadliest for volunteers. A total of 31 volunteers have been killed on duty since the conflict began.",
			"killed", 31, "Red Cross", false},
	})
}
