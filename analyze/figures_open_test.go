package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Figures of one-line items and posts of other outlets and wars (issue 10,
// eval/open's figures, fit half, round h-fig23). Invented sentences of the
// shapes whose values or originators were missed.

// mainValues checks the main figure of each kind a text states; 0 wants none.
func mainValues(t *testing.T, cases map[string]map[string]int64) {
	t.Helper()
	for text, want := range cases {
		facts := Analyze(&news.Article{Text: text}).Facts
		for kind, v := range want {
			m := facts.Main(kind)
			switch {
			case v == 0 && m != nil:
				t.Errorf("%q: main %s %d, want none", text, kind, m.Value)
			case v != 0 && (m == nil || m.Value != v):
				t.Errorf("%q: main %s %+v, want %d", text, kind, m, v)
			}
		}
	}
}

// A person counted one by one may carry a hyphenated age ("a five-year-old
// girl"): the age is no count, the girl is one.
func TestPersonWithAnAge(t *testing.T) {
	mainValues(t, map[string]map[string]int64{
		"A five-year-old girl dies after a boat sinks near the island.":    {"killed": 1},
		"A 12-year-old boy was killed and two soldiers wounded in Foo.":    {"killed": 1, "injured": 2},
		"A ten-month-old baby and a woman were killed in the shelling.":    {"killed": 2},
		"A five-year-old war has displaced many families in the province.": {"killed": 0},
	})
}

// "Gunned down" after its count kills, in any tense, as "shot dead" does.
func TestGunnedDownAfterTheCount(t *testing.T) {
	mainValues(t, map[string]map[string]int64{
		"Two police officers are gunned down by suspected militants in Foo.":  {"killed": 2},
		"Three guards were gunned down at a checkpoint and 5 others wounded.": {"killed": 3, "injured": 5},
		"A policeman was gunned down outside his home.":                       {"killed": 1},
	})
}

// A list of groups joined by commas and a last "and" after a verb of
// killing adds up ("kills 34 militants, four civilians, and two soldiers"
// is 40); a list with no last "and", or whose middle is a part ("5 of
// them"), does not.
func TestCommaListOfTheKilled(t *testing.T) {
	mainValues(t, map[string]map[string]int64{
		"Fighting in Foo kills thirty-four militants, four civilians, and two soldiers.": {"killed": 40},
		"The strike killed 12 fighters, 3 civilians and a child.":                        {"killed": 16},
		"The blast killed 12 people, 5 of them children, and wounded 30.":                {"killed": 12, "injured": 30},
		"Clashes killed 7 soldiers, 3 policemen and wounded 10 others.":                  {"killed": 7},
		"The raid killed 12 civilians, 20 were wounded.":                                 {"killed": 12},
	})
}

// A count whose people an aside names before its verb ("two militants,
// Bob Smith and Jim Jones, were killed") is the count of that verb.
func TestCountNamedInAnAside(t *testing.T) {
	mainValues(t, map[string]map[string]int64{
		"Officials confirm that two militants, Bob Smith and Jim Jones, were killed in a drone strike.":          {"killed": 2},
		"Two soldiers, both reservists, Ann Lee and Tom Hill, have been killed in an ambush in Foo.":             {"killed": 2},
		"Two soldiers, the army said, were killed.":                                                              {"killed": 0},
		"Two soldiers, Ann Lee and Tom Hill, were decorated, and the raid was called off.":                       {"killed": 0},
		"Three aid workers, Ann Lee, Tom Hill and Bo Chen, were wounded in the shelling of the convoy near Foo.": {"injured": 3},
	})
}

// "Claim" in the present tense of a plural sayer attributes ("Medics claim
// that ..."); the noun after a determiner does not ("rejected the claim
// that ...").
func TestPluralSayerClaims(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a plural sayer", "", "Medics claim that at least 16 people have been killed in airstrikes on Foo.",
			"killed", 16, "medical sources", false},
		{"the noun", "", "Rebels reject the claim that 12 people were killed in Foo.", "killed", 12, "", false},
		{"an infinitive", "", "Relatives came to an army camp to claim bodies of at least 78 detainees who died in Foo.",
			"killed", 78, "", false},
		{"a refusal", "", "The army refused to confirm that 12 people were killed in Foo.", "killed", 12, "", false},
		{"a plural sayer that confirms", "", "Officials confirm that 12 people were killed in the blast in Foo.",
			"killed", 12, "officials", true},
	})
}

// A quoted post that runs two sources' tolls together with an ellipsis
// ("... 800 wounded… The Health Ministry is saying ...") is two sentences:
// each toll keeps its own source.
func TestEllipsisEndsASentence(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"the first source's toll", "",
			"On the toll: “Emergency services are now saying 40 people confirmed dead, some 800 wounded… The Palestinian Health Ministry is saying 200 people are dead in Gaza.”",
			"killed", 40, "emergency workers", false},
	})
}

// A source named by another country than Syria ("U.K. Prime Minister ...",
// "the British prime minister") is not Syria's government, though the
// article is set in Syria; unnamed, it still is.
func TestForeignGovernmentInSyria(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"dotted initials", "", "U.K. Prime Minister Jane Roe confirms that two militants were killed in Syria by a drone.",
			"killed", 2, "government", true},
		{"a demonym", "", "The British prime minister said two militants were killed in Syria in a drone strike.",
			"killed", 2, "government", true},
		{"Syria's own", "", "The Syrian prime minister said 12 people were killed in Aleppo by rebel shelling.",
			"killed", 12, "Syrian government", true},
		{"unnamed", "", "The prime minister said 12 people were killed in Aleppo by rebel shelling.",
			"killed", 12, "Syrian government", true},
	})
}
