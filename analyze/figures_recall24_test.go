package analyze

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Counts of an earlier deed that a sentence's news answers or recalls
// (issue 10, eval/open's figures, fit half, round h-fig24): a clause
// "after" or "following" that dates its deed to an earlier day or names as
// its doer the one the news acts on, a dated attack's toll in a clause of
// its own in an undated text, a total "since then" or since the day of a
// recalled attack. Invented sentences.

func TestRecalledAfterAClause(t *testing.T) {
	mainValues(t, map[string]map[string]int64{
		// the doer of the deed answered is the one the main clause acts on
		"Foo jets strike Bar militant positions in the north following a deadly Bar attack which left at least 12 Foo soldiers dead.": {"killed": 0},
		// the deed answered dated to an earlier day
		"Foo bombs rebel camps across the border after a bombing yesterday in Baz province that killed at least 9 soldiers.": {"killed": 0},
		"The sanctions come soon after the militia stormed the town on Oct 7 killing 300 people.":                            {"killed": 0},
		"The army vowed to crush the group after its gunmen raided three villages on March 3, killing 45 people.":            {"killed": 0},
		// the deed is the news: no earlier day, no doer acted on
		"Troops killed 14 militants after an ambush near Foo, the army said.":                                 {"killed": 14},
		"Rescuers pulled bodies from the rubble after a strike that killed 23 people in Foo, activists said.": {"killed": 23},
		"Foo jets strike Bar positions after a Baz attack which left 6 soldiers dead.":                        {"killed": 6},
		// a place both clauses name is no doer
		"Troops retake the town of Bar in Qux province after fierce battles near Bar that killed 40 militants.":  {"killed": 40},
		"At least 30 people were killed after a car bomb exploded near a market in Foo, police said on Tuesday.": {"killed": 30},
	})
}

func TestDatedAttackRecalledUndated(t *testing.T) {
	mainValues(t, map[string]map[string]int64{
		"The agency set up a new unit to track down those behind the militia attack on May 14, which saw over 200 villagers killed.": {"killed": 0},
		"The militia attack on Monday killed 20 villagers, officials said.":                                                          {"killed": 20},
	})
	// dated: a recent day is the news, an older one recalled (as before)
	at := time.Date(2016, 5, 15, 0, 0, 0, 0, time.UTC)
	a := &news.Article{Text: "Officials said the militia attack on May 14, which killed 20 villagers, was carried out by the militia.", Published: at}
	f := Analyze(a).Facts
	if m := f.Main("killed"); m == nil || m.Value != 20 {
		t.Errorf("a day before publication: main killed %+v, want 20", m)
	}
}

func TestTotalsSinceARecalledEvent(t *testing.T) {
	mainValues(t, map[string]map[string]int64{
		"The crackdown comes after the militia stormed the town on Oct 7 killing 300 people. Since then, air strikes have killed more than 2,000 people in the valley.":                                                            {"killed": 0},
		"Mourners buried the mayor on Sunday. The group vowed revenge after its fighters were ambushed on Oct. 2, killing 40 people. At least 1,900 people have been killed in the region since Oct. 2, the health ministry said.": {"killed": 0},
		"Air strikes killed 12 people in Foo on Sunday. Since then, rescuers found 3 more bodies.":                                                                                                                                 {"killed": 12},
	})
}

// A reaction to a day-old deed (a ban, a vow) is no deed of its own: the
// deed it follows is the news.
func TestReactionAfterYesterdaysDeed(t *testing.T) {
	mainValues(t, map[string]map[string]int64{
		"The authorities banned all rallies in the province after a suicide bombing yesterday in Foo killed 27 people and wounded at least 60.": {"killed": 27, "injured": 60},
	})
}

// A headline's count that the body tells only as a sum takes the sum's
// qualifier and source: "at least 29" and six are at least 35, the
// Observatory's (figure audit fit half, fakes-572's shape).
func TestHeadlineCountToldAsASum(t *testing.T) {
	cases := []struct {
		title, text string
		qual        news.Qualifier
		orig        string
	}{
		{"35 dead in battle for Foo base",
			"Militants drove rebels out of a base in fierce fighting that left dozens dead, a monitor said. At least 29 rebels were killed along with six militants, according to the Syrian Observatory for Human Rights.",
			news.AtLeast, "SOHR"},
		{"12 killed in clashes near Foo",
			"Clashes broke out near Foo on Monday. Police said 9 soldiers died as well as 3 gunmen.",
			news.Exact, "police"},
	}
	for _, c := range cases {
		f := Analyze(&news.Article{Title: c.title, Text: c.text}).Facts
		m := f.Main("killed")
		if m == nil || m.Qualifier != c.qual || m.Originator != c.orig {
			t.Errorf("%q: main killed %+v, want %s from %q", c.title, m, c.qual, c.orig)
		}
	}
}

// The next sentence's source stands behind a count when it tells that
// count as its terms; not when what it says is of the attackers.
func TestNextSourceOfTermsNotOfAttackers(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"terms that add up to the count", "",
			"Two blasts hit the market of Foo on Sunday; between the two blasts, at least 12 were killed. " +
				"According to Colonel Jane Roe of the police, the dead are eight civilians, three soldiers and one policeman.",
			"killed", 12, "police", true},
		{"a description of the attackers", "",
			"Gunmen storm a jail in Foo province killing at least six guards and freeing about 200 inmates. " +
				"The deputy governor of the province says the attackers were well organised and wore army uniforms.",
			"killed", 6, "", false},
		{"how the attack was done keeps its source", "",
			"A blast killed 14 people near a mosque in Foo on Friday. The governor said the attackers had hidden the bomb in a cart.",
			"killed", 14, "governor", true},
	})
}

// A rebel group named speaks for itself, as other named groups do; bare
// "rebels" are the camp.
func TestNamedRebelGroups(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a named group in apposition", "",
			"The Western-backed rebel group, the Free Syrian Army, says three of its fighters were killed in an air strike near Foo.",
			"killed", 3, "Free Syrian Army", true},
		{"a named group's statement", "", "Jaish al-Islam said 11 of its fighters died in clashes near Foo on Monday.",
			"killed", 11, "Jaish al-Islam", true},
		{"bare rebels", "", "Rebels said 9 civilians were killed when shells hit a school in Foo.",
			"killed", 9, "rebels", true},
	})
}
