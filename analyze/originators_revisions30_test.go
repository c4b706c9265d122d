package analyze

import "testing"

// TestTollRevisionsAndDataShow: a body that raises, revises or lowers a
// toll gives the count it revises to ("the health ministry raised the death
// toll to 12"), and a body's figures or data that "show" a count are its
// count ("figures from the UN refugee agency show ..."); neither word
// attributes otherwise ("raised the alarm", "a video shows"). Invented
// sentences (issue 10, round h-orig30).
func TestTollRevisionsAndDataShow(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a ministry raises the toll", "Strike on a market",
			"The health ministry raised the death toll from the strike to 12 on Monday.",
			"killed", 12, "health ministry", false},
		{"officials revise the toll", "Strike on a market",
			"Health officials revised the toll to 23 dead after more bodies were found.",
			"killed", 23, "health officials", false},
		{"raising the alarm is no count", "Strike on a market",
			"The Red Cross raised the alarm after 12 people were killed in the strike.",
			"killed", 12, "", false},
		{"figures from an agency show", "Fighting in the north",
			"Figures from the UN refugee agency show more than 20,000 people have fled their homes.",
			"displaced", 20000, "UNHCR", false},
		{"an agency's data shows", "Fighting in the north",
			"UNHCR data shows that 15,000 people have fled across the border since Friday.",
			"displaced", 15000, "UNHCR", false},
		{"a video shows no one's count", "Raid on a village",
			"A video shows soldiers killing 12 people in the village.",
			"killed", 12, "", false},
	})
}

// TestCoordinatedNotApposition: a name joined to a generic source by "and"
// ("... in the Great Valley and an army spokesman said") is no apposition
// of it ("The Foo Media Center, an activist collective, said"): the place
// is nobody's source. Invented sentences.
func TestCoordinatedNotApposition(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a place before 'and an army spokesman'", "Clashes in the south",
			"Rebels said they destroyed a relay station in the Great Valley and an army spokesman said seven rebels were killed.",
			"killed", 7, "army", true},
		{"a region before 'and a police spokesman'", "Clashes in the south",
			"Gunmen attacked a convoy in the Northern Highlands and a police spokesman said four officers were killed.",
			"killed", 4, "police", true},
		{"an apposition still names its body", "Shelling of the city",
			"The Foo Media Center, an activist collective, said 12 people were killed in the shelling.",
			"killed", 12, "Foo Media Center", false},
	})
}
