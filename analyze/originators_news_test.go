package analyze

import "testing"

// The tests of this file hold invented sentences in the style of today's
// online news (2018–2022 copy of any war), one per rule of the third
// session of 2026-12-04 (h-orig13, read from news18's fit half): "the
// ministry", "the agency" and "the statement" stand for the body named
// before them; "according to him" for the person who spoke before; a
// source closing its sentence is not undone by a later "with X saying";
// "has said", "spoke of" and "reported by X" attribute. Written from
// wire style, not from any labelled item.

// TestOriginatorRulesNews holds the attribution forms.
func TestOriginatorRulesNews(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"state television closes the sentence", "",
			"Separatists attacked a post on Saturday, officials said. On Sunday, in the Foo province, a homemade bomb injured at least nine people including a soldier who later died, state television said.",
			"injured", 9, "state media", true},
		{"the ministry after a health ministry named before", "",
			"One person was killed in an air strike on the village of Foo, the Lebanese Health Ministry said. Six others were injured in the strike, the ministry said in a statement.",
			"injured", 6, "health ministry", false},
		{"the ministry closing a quotation", "",
			"The health ministry gave a first toll. The strike killed \"four people, among them a child, and wounded three others\", the ministry said, without further details.",
			"injured", 3, "health ministry", false},
		{"the agency after civil defence named before", "",
			"Gaza's civil defence agency said rescuers recovered bodies from the rubble. They were among 31 people that the agency reported killed on Thursday.",
			"killed", 31, "civil defence", false},
		{"a subject sayer not undone by a later participle", "",
			"Civil defence rescuers said an Israeli strike on a school killed at least 9 people, with the Israeli military saying it had targeted militants.",
			"killed", 9, "civil defence", false},
		{"has said", "",
			"Gunmen attacked two villages on Saturday, killing six herders and stealing 300 cows, a government official has said.",
			"killed", 6, "officials", true},
		{"reported by the governor", "",
			"The toll rose on Thursday from the four killed and five wounded reported on Wednesday by the governor of Foo province.",
			"injured", 5, "governor", true},
		{"according to him", "",
			"Two people died in the blast, police spokesman John Roe said. According to him, eight others including three children were injured.",
			"injured", 8, "police", true},
		{"a name after its description", "",
			"According to local human rights organisation FOOHR, more than 150 people have been killed by rebels since October.",
			"killed", 150, "FOOHR", false},
		{"a paper with a lower-case word in its name", "",
			"Five people have been beheaded by suspected militants in the northern province, Carta de Foo reports.",
			"killed", 5, "Carta de Foo", false},
		{"the head of a service spoke of", "",
			"The head of the Foo ambulance service, John Roe, spoke of 20 confirmed fatalities and 30 injured.",
			"injured", 30, "Foo ambulance service", false},
		{"the regional administration said", "",
			"The regional administration said 30 people have been rescued and at least 45 were wounded.",
			"injured", 45, "regional administration", true},
		{"a provincial official said", "",
			"At least 12 soldiers have been killed after their post came under attack on Sunday night, provincial official said Monday.",
			"killed", 12, "local authorities", true},
		{"say aid workers", "Drone strike kills 12 in Foo, say aid workers", "",
			"killed", 12, "aid workers", false},
		{"a security body with a state's possessive", "",
			"On Monday night, Iraq's Security Media Cell said that militants attacked a police post, which left four policemen dead and three others wounded.",
			"injured", 3, "Security Media Cell", true},
	})
}
