package analyze

import "testing"

// The tests of this file hold invented sentences in the style of today's
// online news (2018–2022 copy of any war), one per rule of the third
// session of 2026-12-04 (h-orig13, read from news18's fit half; the
// figures README lists them): anaphors that stand for a body named before
// ("the ministry said", "the statement added", "people that the agency
// reported killed", "According to him", a quotation the next sentence
// closes); the grammar of a source (a comma before a closing source, "has
// said", "reported on Wednesday by", a description before a name, a person
// with a post set off by commas, a body's people "in" a place, an aside
// "with X saying"); the bodies of today's copy the table did not know; and
// where a source stops (a headline's agency that condemns an attack, the
// writer's "adding to", "attacks that claimed the lives", a claim of
// responsibility, "Furthermore", an accusation's setting, a relative
// clause, a total between two sentences of one source). Written from wire
// style, not from any labelled item.

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
		{"the ministry with an aside after it", "",
			"One person was killed in an air strike on the village of Foo, the Lebanese Health Ministry said. The Foo Army said it hit a depot. Six others were injured in the strike, the ministry said in a statement, adding that some are in critical condition.",
			"injured", 6, "health ministry", false},
		{"the statement added: the source of the statement named before", "",
			"Dozens of people were killed at the Bar roundabout, the health ministry said in a statement on Thursday. At least 11 bodies arrived at the hospital, the statement added.",
			"killed", 11, "health ministry", false},
		{"the ministry named sentences before", "",
			"Ten people were killed in a strike on a mill, the Foo Health Ministry said. Most were farm workers, the ministry said. The National News Agency said the raid hit a mill. " +
				"Earlier reports said it was a house. It said a whole family was among the dead. Five others were injured in the strike, the ministry said in a statement.",
			"injured", 5, "health ministry", false},
		{"according to him", "",
			"Two people died in the blast, John Roe, Provincial Police Spokesman said. According to him, eight others including three children were injured.",
			"injured", 8, "police", true},
		{"reported on a weekday by the governor", "",
			"The toll rose on Thursday from the four killed and five wounded reported on Wednesday by the governor of Foo province.",
			"injured", 5, "governor", true},
		{"a name after its description", "",
			"According to local human rights organisation FOOHR, more than 150 people have been killed by rebels since October.",
			"killed", 150, "FOOHR", false},
		{"a quotation the next sentence closes with the ministry", "",
			"Foo's health ministry said at least 21 people died on Monday in a strike on a village. A Foo security official said the building housed displaced families. " +
				"“The enemy strike on the village killed 21 people and injured eight. DNA tests are being conducted to identify the dead,” the ministry said, referring to a village in the Bar district.",
			"injured", 8, "health ministry", false},
		{"a lead's count in words after a page's ISO date stamp", "Nine soldiers killed in Foo ambush",
			"date 2021-10-21 Nine Foo soldiers died in an ambush on a prefect's motorcade near the border, a local official said Thursday",
			"killed", 9, "local authorities", true},
		{"the head of a body, then his name, spoke of", "",
			"The head of the Foo ambulance service, John Roe, spoke of 20 confirmed fatalities and 30 injured.",
			"injured", 30, "Foo ambulance service", false},
		{"a name, then the head of a body, said", "",
			"John Roe, the head of the Foo Ambulance Service, said 20 people were killed.",
			"killed", 20, "Foo Ambulance Service", false},
		{"people that the agency reported killed", "",
			"A strike hit a school on Thursday, according to the civil defense agency. They were among 25 people that the agency reported killed on Thursday in the territory.",
			"killed", 25, "civil defence", false},
		{"an agency's reaction in the headline does not make the counts its report", "UN condemns deadly attack in Foo",
			"The UN chief strongly condemned the attack on a convoy, his spokesman said. He called on the authorities to bring the perpetrators to justice. " +
				"At least 37 civilians and soldiers were killed on Wednesday in an ambush on the convoy in Bar province.",
			"killed", 37, "", false},
		{"a count the writer adds after the source's clause", "",
			"Rebels are suspected of killing at least 11 civilians in an attack in the east, officials said, adding to some 1,000 civilians killed there in similar attacks since 2014.",
			"killed", 1000, "", false},
		{"attacks that claimed the lives: no claim", "",
			"Gunmen killed five herders on Saturday, police said. Foo is one of the districts where al-Shabaab staged repeated attacks that claimed the lives of over 120 persons.",
			"killed", 120, "", false},
		{"a group that claimed responsibility says nothing of the count", "",
			"Militants attacked Foo town, killing two soldiers, police said. The militant group also claimed responsibility for a Thursday attack on two villages that left 10 fighters and three civilians dead.",
			"killed", 13, "", false},
		{"a state's army in its possessive", "",
			"Israel's military said a drone killed four soldiers at one of its northern bases on Sunday.",
			"killed", 4, "Israeli military", true},
		{"a state's defence ministry written out is its army", "",
			"According to a report from the Niger Ministry of Defense, gunmen ambushed a patrol in the west, killing at least 14 soldiers.",
			"killed", 14, "army", true},
		{"a quotation closed by a named source in the next sentence", "",
			"Gunmen raided four villages on Wednesday. “Many armed men attacked the village, firing at people. Twelve bodies were buried this morning. " +
				"There are also wounded,” a local official said by phone, asking not to be named.",
			"killed", 12, "local authorities", true},
		{"the page's first line repeats the headline and its source", "Foo Attack Leaves 7 Soldiers, 6 Militants Dead - Military",
			"date 2024-11-17 Foo Attack Leaves 7 Soldiers, 6 Militants Dead - Military\nThe attack on a checkpoint in the Foo province killed seven troops and six militants, said the military on Sunday.",
			"killed", 6, "army", true},
		{"Furthermore turns to another incident", "",
			"At least eight civilians were killed in a roadside bombing in Foo province, officials said. " +
				"Furthermore, seven civilians have been killed after a roadside mine hit their vehicle in southern Bar province. The provincial governor's spokesman, John Roe, said the incident took place in Baz district.",
			"killed", 7, "", false},
		{"an accusation's setting: a war total in a perfect relative clause", "",
			"Separatists killed five soldiers in attacks in the west, officials said. Rights groups have accused both sides of atrocities in a two-year conflict that has left more than 3,000 dead.",
			"killed", 3000, "", false},
		{"the deed blamed stays the accusers' count", "",
			"Activists accused government forces of launching a gas attack that killed at least 213 people on Wednesday.",
			"killed", 213, "activists", false},
		{"a war total between two sentences of one source is not its", "",
			"Rescuers said an air strike on a school killed at least 7 people on Sunday, the civil defence agency said. " +
				"Most of the strip's 2.4 million people have been displaced at least once by the war. The civil defence agency said the school housed hundreds of displaced people.",
			"displaced", 2400000, "", false},
		{"a source inside a relative clause closed before the count", "",
			"That attack, which a local official claimed was carried out by heavily armed gunmen on motorcycles, claimed nine lives.",
			"killed", 9, "", false},
		{"a subject sayer not undone by a later participle", "",
			"Civil defence rescuers in Foo City said an Israeli strike Sunday on a school killed at least 9 people, with the Israeli military saying it had targeted militants.",
			"killed", 9, "civil defence", false},
		{"has said", "",
			"Gunmen attacked two villages on Saturday, killing six herders and stealing 300 cows, a government official has said.",
			"killed", 6, "officials", true},
		{"the regional administration said", "",
			"The regional administration said 30 people have been rescued and at least 45 were wounded.",
			"injured", 45, "regional administration", true},
		{"a provincial official said", "",
			"At least 12 soldiers have been killed after their post came under attack on Sunday night, provincial official said Monday.",
			"killed", 12, "local authorities", true},
		{"a security body with a state's possessive", "",
			"On Monday night, Iraq's Security Media Cell said that militants attacked a police post, which left four policemen dead and three others wounded.",
			"injured", 3, "Security Media Cell", true},
	})
}
