package analyze

import "testing"

// The tests of this file hold invented sentences in the style of online
// news of any war since 2018, one per rule of the fourth session of
// 2026-12-04 (h-orig14, read from the errors of news19 and news18's fit
// half; the figures README lists them). Written from news style, not from
// any labelled item.

// TestOriginatorRulesNews2 holds the attribution forms.
func TestOriginatorRulesNews2(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"an aside set off by dashes between a source and its verb", "",
			"The Civil Defence – rescuers who work under the Foo-run government – said four people were killed in a strike on a house in Bar.",
			"killed", 4, "civil defence", false},
		{"what the dashed aside names is no source", "",
			"The Foo Red Crescent — which works with the army and police — said six people were injured in the shelling.",
			"injured", 6, "Red Crescent", false},
		{"a headline line in the text tags its source after a dash", "",
			"Air strikes kill at least 12 people in Foo town – health officials\nThe strikes hit a market and a school on Monday.",
			"killed", 12, "health authority", false},
		{"a headline line in the text tags its source after a colon", "",
			"Troops kill 6 in raid on Foo camp: Palestinian health ministry\nThe raid began before dawn.",
			"killed", 6, "health ministry", false},
		{"a line that ends in a full stop tags nothing", "",
			"Troops raided the camp on Monday: six people were killed, the army said. The raid was the third in a week, according to the health ministry.",
			"killed", 6, "army", true},
		{"a post's body, the person's name and an aside set off by commas before the verb", "",
			"The spokesperson of the Foo State Police Command, Mr. John Roe, while confirming the incident, said three people were killed.",
			"killed", 3, "police", true},
		{"the subject's second verb is the attribution word", "",
			"The mayor of Foo, another nearby town, confirmed the attack and said the local clinic had received 12 bodies so far.",
			"killed", 12, "local authorities", true},
		{"a spokesman's claim of the attack and his statement joined by and", "",
			"John Roe, spokesman for the Taliban, claimed responsibility for the attack in a statement, and said nine police were killed.",
			"killed", 9, "Taliban", true},
		{"a subject with a verb of killing is who killed", "",
			"The police in Foo, backed by soldiers, killed nine gunmen and said two officers were wounded, residents said.",
			"killed", 9, "residents", false},
		{"a pronoun right before the attribution word is its subject, not a name before it", "",
			"Four people were killed in the strike, interior minister John Roe said. The injured included 19 police officers, five rescuers and a child, he said.",
			"injured", 19, "interior ministry", true},
		{"a name in the possessive before a name of its own is the owner", "",
			"The government's Foo Defense Forces said that rebels shot a drone at a post in Bar district, killing two.",
			"killed", 2, "Foo Defense Forces", true},
		{"an official described by a participle before the attribution word", "",
			"The number of civilians killed in the air strike has risen to 51, a health official involved in the response said.",
			"killed", 51, "health authority", false},
		{"the Pakistani military's media wing", "",
			"Twelve militants were killed in an operation in Foo district, the ISPR said in a statement.",
			"killed", 12, "army", true},
		{"a municipal official", "",
			"A municipal official from Foo on Sunday confirmed that 19 people were killed in the attack.",
			"killed", 19, "local authorities", true},
		{"a state's presidential office written in the possessive", "",
			"John Roe, head of Foo's Presidential Office, said at least two civilians were killed when guided bombs hit houses.",
			"killed", 2, "government", true},
		{"people familiar with the matter", "",
			"At least two people were killed in a gunfight in the hills on Tuesday, people familiar with the matter said.",
			"killed", 2, "people familiar with the matter", false},
		{"informs as a word of attribution", "",
			"At least two people were killed and 23 injured in the shelling, the Foo Ombudsman's office informs.",
			"injured", 23, "Foo Ombudsman", false},
		{"a name, a lower-case word of its kind and its kind before the attribution word", "",
			"More than one million people have been displaced since November, the Foo Corps aid group said Tuesday.",
			"displaced", 1000000, "Foo Corps", false},
		{"a monitor's name set off before a generic monitor after according to", "",
			"Some 900 civilians have been killed in the province since the siege was declared, according to Foo Security Tracker, a monitor focused on violence in the region.",
			"killed", 900, "Foo Security Tracker", false},
		{"a person's name before a generic monitor is no monitor's name", "",
			"At least 19 people were killed in air strikes on the last stronghold of the armed opposition to President John Roe, a war monitor reported.",
			"killed", 19, "a monitor", false},
	})
}
