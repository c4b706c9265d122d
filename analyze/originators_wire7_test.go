package analyze

import "testing"

// The tests of this file hold invented wire-copy sentences of wars of any
// decade, one per rule of the second session of 2026-12-04 (h-orig12, read
// from fresh10's errors: 1987 Reuters wire and CNN/DailyMail stories), each
// a principle a reader states: who complains to a body is the sayer, not the
// body; a sentence that tells who did not comment attributes nothing; a
// short count after a sentence closed by a source the table does not know
// goes on with that source as written; a state's sayer may be parted from
// its verb by a time ("Iran earlier today said") or by a dateline's dash
// that the tokens drop ("BAGHDAD, May 3 - Iraq said"); a state whose towns
// are bombed fights in the story. Written from wire style, not
// from any labelled item.

// TestOriginatorRulesWire7 holds the attribution forms.
func TestOriginatorRulesWire7(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a state complains to a body: the state's claim", "",
			"GENEVA, May 2 - Honduras complained to the United Nations today that planes from Nicaragua bombed two Honduran border towns, killing 35 people and wounding 80 others.",
			"killed", 35, "Honduras", true},
		{"a state protests to a body: its wounded too", "",
			"Thailand protested to the Red Cross that Cambodian artillery shelled a Thai border town, killing 35 people and wounding 80 others.",
			"injured", 80, "Thailand", true},
		{"a body that has not commented is no source", "",
			"NAIROBI, June 4 - About 30 people were killed in the raid on the market, officials said. " +
				"The toll in the second village rose to 12. The Foo government has not commented on the reports.",
			"killed", 12, "officials", true},
		{"declined to comment is no source either", "",
			"Gunmen killed nine villagers overnight, police said. Six more people were killed. The army declined to comment.",
			"killed", 6, "police", true},
		{"a short count after a closing source the table does not know", "",
			"LONDON, May 3 - The freighter Foo Star was hit by a missile off the coast, the Bar Maritime Bureau reported. Two crewmen were killed.",
			"killed", 2, "Bar Maritime Bureau", false},
		{"a state's sayer parted from its verb by a time", "",
			"Iraq said it repelled the attack. Iran earlier today said its forces advanced near Basra, adding that 900 Iraqis were killed in the fighting.",
			"killed", 900, "Iran", true},
		{"a state's sayer parted from its verb by a weekday", "",
			"Iraq said it repelled the attack. Iran on Tuesday said its troops killed 700 Iraqi soldiers near Basra.",
			"killed", 700, "Iran", true},
		{"a state that said its forces killed or wounded", "",
			"BAGHDAD, May 3 - Iraq said its forces killed or wounded 9,000 Iranian troops in a battle east of Basra.",
			"casualties", 9000, "Iraq", true},
		{"a state reported a deed, saying", "",
			"Iran reported launching a new attack in the north, saying its troops had killed over 800 Iraqis.",
			"killed", 800, "Iran", true},
		{"a name before its kind in lower case", "",
			"LONDON, May 3 - The freighter Foo Star was hit by a missile off the coast at 1400 hours on May 1, Bar Maritime Intelligence service reported. Two crewmen were killed.",
			"killed", 2, "Bar Maritime Intelligence", false},
		{"a governor by his abbreviated title, then by name", "",
			"Rival army units battled in the port on Friday, said Foo Gov. John Roe. At least 13 people died in the clashes, according to Roe.",
			"killed", 13, "governor", true},
		{"IRNA by the name the 1980s wire wrote out", "",
			"The Iranian National News Agency said Iranian forces killed 400 Iraqi soldiers east of Basra.",
			"killed", 400, "IRNA", true},
		{"a paper named after its kind", "",
			"Nine people were killed in a bomb blast at a bus station, a spokesman for the country's main newspaper Le Foo said.",
			"killed", 9, "Le Foo", false},
		{"a source briefed by a state's intelligence relays it", "",
			"As many as 14 commanders of the Foo Front were killed in two air strikes, a Western security source who was briefed by Syrian intelligence told CNN.",
			"killed", 14, "Syrian intelligence", true},
		{"a people's words before a government are no name", "",
			"Forty people were killed in the clashes, the Iraqi Kurdish government said.",
			"killed", 40, "government", true},
	})
}
