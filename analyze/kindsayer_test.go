package analyze

import "testing"

// TestKindSayer holds invented sentences for kindSayer (h-orig15): a source
// named only by what it is, in lower case after an indefinite article, as
// the subject of a reporting word.
func TestKindSayer(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a person named by what he is", "",
			"Gunmen raided the market of Foo on Monday. A shopkeeper said at least seven people were shot dead.",
			"killed", 7, "shopkeeper", false},
		{"two such sources in one sentence, each its own clause's", "",
			"Reports differed. A local guard commander said four people had died but a farmer said up to 11 were killed.",
			"killed", 11, "farmer", false},
		{"a post speaks for the body before it; a guard is a party", "",
			"Reports differed. A local guard commander said four people had died but a farmer said up to 11 were killed.",
			"killed", 4, "local guard", true},
		{"an aside with who and a place after the words that name the source", "",
			"A nephew of one of the dead in Monday's raid, who asked not to be named, confirmed the toll and added that three people were missing.",
			"missing", 3, "nephew of one of the dead", false},
		{"according to a document seen by an outlet", "",
			"Nearly 30 people were killed in the raids, according to a confidential briefing for diplomats seen by the agency.",
			"killed", 30, "confidential briefing for diplomats", false},
		{"the closing attribution word's subject", "",
			"Five villagers were killed in the night raid on Foo, a camp elder said.",
			"killed", 5, "camp elder", false},
		{"a deed that claimed lives is no source", "",
			"Earlier this month, a car bombing at the Foo market claimed 14 lives.",
			"killed", 14, "", false},
		{"a bare report is no source", "",
			"Militants killed six people in Foo, according to a report in the local paper.",
			"killed", 6, "", false},
		{"an object is no subject", "",
			"The gunmen killed 9 people and wounded a shepherd, who said the attackers fled on foot.",
			"killed", 9, "", false},
		{"its own source keeps the next sentence's from it", "",
			"A teacher said 8 pupils were killed in the strike on the school. The army said it had hit a weapons depot.",
			"killed", 8, "teacher", false},
		{"an inverted attribution word's name after it", "",
			"\"Nine people were killed in the blast\" a district of Foo town said John Roe.",
			"killed", 9, "John Roe", false}, // a person the article does not place: no body, the person (h-orig18)
		{"a post with one word before it stays whole", "",
			"Gunmen killed 13 herders near Foo, a vigilante leader said.",
			"killed", 13, "vigilante leader", false},
		{"a post for a body is the body's, read elsewhere", "",
			"The Foo Liberation Army ambushed a convoy on Monday. The attack killed 12 soldiers, a spokesman for the group said.",
			"killed", 12, "Foo Liberation Army", true},
		{"a participle opens what is said of the source", "",
			"Eleven hostages were killed, according to a statement posted on a Web site.",
			"killed", 11, "", false},
	})
}
