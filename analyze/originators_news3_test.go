package analyze

import "testing"

// The tests of this file hold invented sentences in the style of today's
// wire and local copy of any war, one per rule of the sixth session of
// 2026-12-04 (h-orig16, read from the errors of news20's fit half; the
// figures README lists them). Written from news style, not from any
// labelled item.

// TestOriginatorRulesNews3 holds the attribution forms.
func TestOriginatorRulesNews3(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a body named by the article, whatever its last word", "",
			"Artillery fire killed 12 villagers on Monday, according to the Foo Civil Emergency.",
			"killed", 12, "Foo Civil Emergency", false},
		{"a person's name takes no article: no body, the person", "",
			"Artillery fire killed 12 villagers on Monday, according to John Roe.",
			"killed", 12, "John Roe", false},
		{"a post with an article is no body's name", "",
			"Artillery fire killed 12 villagers on Monday, the Prime Minister said.",
			"killed", 12, "government", true},
		{"a task force is a body and a party's", "",
			"Four policemen were killed in an ambush in the hills, the Bar Joint Task Force said in a statement.",
			"killed", 4, "Bar Joint Task Force", true},
		{"the attribution word's own subject, not a name the clause told of before it", "",
			"Four policemen were killed in an ambush by dissidents of the Revolutionary Armed Forces of Colombia (FARC), the Bar Joint Task Force said in a statement.",
			"killed", 4, "Bar Joint Task Force", true},
		{"a relative clause's own subject with a hyphenated modifier speaks within it", "",
			"Troops shelled the market on Monday, which the Foo-run health ministry said killed 40 people and wounded 75.",
			"injured", 75, "health ministry", false},
		{"a relative clause whose verb comes before the name says what its head is", "",
			"Eight people were killed, said the Foo Relief Society, which works with the Bar Council.",
			"killed", 8, "Foo Relief Society", false},
		{"a post's aside set off by commas runs on past where its body sits", "",
			"Meanwhile, John Roe, governor of the Foo region in the far north, said on Monday that three civilians were killed in shelling.",
			"killed", 3, "governor", true},
		{"a city's or region's military administration is Ukraine's administration, not the army", "",
			"Nine civilians were wounded in the shelling, said John Roe, head of the Foo military administration, in a statement.",
			"injured", 9, "regional military administration", true},
		{"a person named alone after an unnamed spokesman for a body speaks for that body", "",
			"Houses in Bar were hit by strikes at dawn, according to a spokesman for Foo's civil defence agency. Eleven people were killed when the home of a family was hit, John Roe said.",
			"killed", 11, "civil defence", false},
		{"a person named alone with no spokesman before is no body, the person", "",
			"Houses in Bar were hit by strikes at dawn. Eleven people were killed when the home of a family was hit, John Roe said.",
			"killed", 11, "John Roe", false},
		{"sources listed under one word with a modifier before the second: the first", "",
			"Doctors and local residents reported that at least 35 people were killed in the shelling.",
			"killed", 35, "medical sources", false},
		{"an official of a body named with a lower-case modifier before its name", "",
			"Eleven villagers were killed in the raid, said an official of the exiled Foo Council of Elders.",
			"killed", 11, "Foo Council of Elders", false},
		{"a defence ministry by its initials", "",
			"Two soldiers were wounded when a drone hit their post near Foo, the MoD said.",
			"injured", 2, "army", true},
	})
}
