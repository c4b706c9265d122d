package analyze

import "testing"

// The tests of this file hold invented sentences in the style of today's
// wire and local copy of any war, one per rule of the first session of
// 2026-12-05 (h-orig17, read from the errors of news20's fit half; the
// figures README lists them). Written from news style, not from any
// labelled item.

// TestOriginatorRulesNews4 holds the attribution forms.
func TestOriginatorRulesNews4(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a body described in lower case after the, closing a quotation", "",
			"The shelling \"killed 13 people and injured 30,\" the ambulance service told a local radio station.",
			"injured", 30, "ambulance service", false},
		{"a body described in lower case after the, before said", "",
			"Nine people were killed in the shelling, the ambulance service said.",
			"killed", 9, "ambulance service", false},
		{"a body described in lower case after according to the", "",
			"Nine people were killed in the shelling, according to the state emergency service.",
			"killed", 9, "state emergency service", false},
		{"a body described in lower case after an inverted said", "",
			"Nine people were killed in the shelling, said the rescue service.",
			"killed", 9, "rescue service", false},
		{"a task force described in lower case is a party's", "",
			"Nine people were killed in the shelling, the civilian task force said.",
			"killed", 9, "civilian task force", true},
		{"one word after the names again a body told of before: not read", "",
			"Nine people were killed in the shelling, the service said.",
			"killed", 9, "", false},
		{"a statement is no body", "",
			"Nine people were killed in the shelling, the statement said.",
			"killed", 9, "", false},
		{"the body an object names is no subject", "",
			"A source close to the fire service said nine people were killed in the shelling.",
			"killed", 9, "source close to the fire service", false},
		{"a count after a closing source and a phrase of time and manner", "",
			"A missile hit a block of flats in Foo at dawn. Eighteen people were injured in the strike, the Foo military administration said in a statement on Thursday morning. One person was killed.",
			"killed", 1, "regional military administration", true},
		{"a count after a closing person and post and a phrase of manner", "",
			"A missile hit a block of flats in Foo at dawn. As of now, 18 people have been injured in the strike, said John Roe, head of the Foo military administration, in a statement on Thursday morning. One person was killed.",
			"killed", 1, "regional military administration", true},
		{"a sentence between: the account does not go on", "",
			"A missile hit a block of flats in Foo at dawn. Eighteen people were injured in the strike, the Foo military administration said in a statement on Thursday morning. Rescuers worked through the night. One person was killed.",
			"killed", 1, "", false},
		{"a closing phrase that tells of more than time and manner", "",
			"A missile hit a block of flats in Foo at dawn. Eighteen people were injured in the strike, the Foo military administration said in a statement on the attack by the army. One person was killed.",
			"killed", 1, "", false},
		{"a sentence with a sayer of its own takes no source from the sentences around it", "",
			"Troops and a militia clashed in the capital of Foo state, forcing hundreds to seek shelter with the United Nations, a local official said. Fighting erupted late on Tuesday after two soldiers were shot dead, the state's acting information minister John Roe said by phone. UN mission spokesman Jack Doe said civilians had fled to the base.",
			"killed", 2, "John Roe", false},
		{"a medical practitioner is a medical source", "",
			"A medical practitioner confirmed that 18 people were seriously wounded in the shelling of Foo.",
			"injured", 18, "medical sources", false},
		{"a radio station named by its frequency band", "",
			"Seven people were killed when insurgents attacked the town on Sunday night, Foo FM reported.",
			"killed", 7, "Foo FM", false},
		{"a spokesman for a body described in lower case speaks for it", "",
			"Twelve people were killed in the shelling, a spokesman for the ambulance service said.",
			"killed", 12, "ambulance service", false},
		{"a description that holds the table's name is the table's to read", "",
			"Twelve people were killed in the shelling, the Foo civil defence service said.",
			"killed", 12, "civil defence", false},
		{"an air force described in lower case is left to the table", "",
			"Twelve militants were killed in the strikes, the air force said.",
			"killed", 12, "", false},
		{"a task force with no word of what it is names one told of before", "",
			"Twelve militants were killed in the raid, the task force said.",
			"killed", 12, "", false},
	})
}
