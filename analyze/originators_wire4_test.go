package analyze

import "testing"

// TestOriginatorRulesWire4 holds invented wire-copy sentences, one per
// attribution form behind the originator errors read on fresh8 when it was
// retired to development (seventh session of 2026-12-03, h-orig9): written
// from the forms, not from any labelled item (testdata/figures/README.md).
func TestOriginatorRulesWire4(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"hostages of a body are counted, not its statement", "",
			"Gunmen holding four U.N. election workers hostage in Kandahar said on Sunday they had put off talks with Afghan officials for a day.",
			"abducted", 4, "", false},
		{"a threat to hostages of a body, no attribution", "",
			"An armed group is threatening to behead two UN hostages seized near Herat, including a Filipino doctor, unless its fighters are freed.",
			"abducted", 2, "", false},
		{"the next sentence's source tells a fact of its own", "",
			"One Afghan soldier was killed and four others were wounded in a clash with Taliban fighters near Kandahar. Several suspects were detained after the fighting, officials said.",
			"injured", 4, "", false},
		{"a source after while says its own complement", "",
			"Gunmen killed five villagers in a raid in Manipur on Tuesday, while officials said they had sent more troops to the district.",
			"killed", 5, "", false},
		{"a source after but says its own complement", "",
			"A grenade exploded in a crowded market in Jolo, slightly wounding 14 people, but police say they have no suspects yet.",
			"injured", 14, "", false},
		{"a count sentence that attributes nothing after a closing source", "",
			"AP - U.S. helicopters fired on a compound near Ramadi where insurgents were believed to be hiding on Sunday, police and the U.S. military said. At least four people were killed.",
			"killed", 4, "US-led coalition", true},
		{"a short part after a closing source", "",
			"KIRKUK, Iraq - Three car bombs struck the city in quick succession on Monday, killing at least 12 Iraqis and wounding 30, police and hospital officials said. One Danish soldier was hurt.",
			"injured", 1, "hospital", false},
		{"a toll raised after a closing source is the writer's sum", "",
			"IMPHAL, India (Reuters) - Suspected rebels ambushed a bus in Manipur on Sunday and killed five passengers, police said, bringing the toll in a month of attacks in the state to 41.",
			"killed", 41, "", false},
		{"the count before it stays the source's", "",
			"IMPHAL, India (Reuters) - Suspected rebels ambushed a bus in Manipur on Sunday and killed five passengers, police said, bringing the toll in a month of attacks in the state to 41.",
			"killed", 5, "police", true},
		{"a person's spokesman speaks for the person", "",
			"Gunmen fired on the car of former Iraqi minister Jane Roe in Baghdad on Tuesday, wounding three of her guards, Roe's spokesman said.",
			"injured", 3, "Roe", false},
		{"an army investigation has found", "",
			"ISLAMABAD An initial Pakistani army investigation has found that troops mistakenly killed six tribesmen during a raid near Wana.",
			"killed", 6, "army", true},
		{"a study published in a journal", "",
			"Some 3,500 civilians have died in the fighting in the region since 2003, said a study published on Tuesday in the medical journal Foo Review.",
			"killed", 3500, "Foo Review", false},
		{"a report published in a journal whose name opens with The", "",
			"About 2,000 Chechen civilians have died since the second war began, said a report published on Friday in British weekly journal The Foo Quarterly.",
			"killed", 2000, "The Foo Quarterly", false},
		{"a UN official listed after witnesses", "",
			"RAFAH, Gaza Strip - Israeli troops raided the camp on Sunday, killing two people and razing 20 houses, residents and a U.N. relief official said.",
			"killed", 2, "UN", false},
		{"the head of a named prison told the wire", "",
			"LAGOS (Reuters) - Two guards and four inmates were killed when prisoners tried to break out of a jail on Sunday, the head of Lagos's Kiri-Kiri prison told Reuters.",
			"killed", 6, "Kiri-Kiri prison", false},
		{"the aid agency said: the charity named before", "",
			"NDJAMENA (Reuters) - Three workers of a French charity were wounded when gunmen fired on their car in eastern Chad on Friday, the aid agency said.",
			"injured", 3, "French charity", false},
		{"a count with a report word of its own after a spliced source", "",
			"Insurgents fired rockets at a police station in Mosul today, witnesses said, Four Iraqi policemen were reported killed in a separate attack in Kirkuk.",
			"killed", 4, "", false},
	})
}
