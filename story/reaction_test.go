package story

import (
	"fmt"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// analysedItem is the item of an invented article, through the analysis as
// in the pipeline.
func analysedItem(id int64, title, text string, published time.Time) Item {
	a := &news.Article{ID: id, Title: title, Text: text, Published: published, Fetched: published.Add(time.Hour)}
	an := analyze.Analyze(a)
	return NewItem(a, &an)
}

// The invented reports of one chemical attack on a town, its reactions and a
// counter-claim, on the days of a week.
var (
	attackDay = time.Date(2015, 3, 3, 12, 0, 0, 0, time.UTC) // a Tuesday
	gasAttack = []struct {
		title, text string
		day         int // days after the attack's
	}{
		{"Dozens killed in gas attack on Syrian town of Kafr Zita",
			"3 March 2015 At least 60 people were killed on Tuesday when warplanes dropped bombs carrying toxic gas on the rebel-held town of Kafr Zita in Hama province, a monitor said.", 0},
		{"Toll from Kafr Zita chemical attack rises to 85",
			"4 March 2015 The toll from Tuesday's toxic gas attack on the town of Kafr Zita in Hama province rose to 85 dead, among them 20 children, the monitor said.", 1},
		{"EU envoy condemns Kafr Zita chemical attack",
			"3 March 2015 The European Union's envoy condemned on Tuesday the toxic gas attack on the town of Kafr Zita in Hama province and called for an inquiry.", 0},
		{"Ministers urge inspectors be let into Kafr Zita to probe gas attack",
			"8 March 2015 Foreign ministers meeting in Geneva urged Damascus to let chemical weapons inspectors into the town of Kafr Zita in Hama province, where Tuesday's toxic gas attack killed 85 people.", 5},
		{"Council vote on Kafr Zita gas attack inquiry delayed",
			"9 March 2015 A Security Council vote on an inquiry into the toxic gas attack on the town of Kafr Zita in Hama province was delayed as envoys argued over its text.", 6},
	}
)

func gasItems() []Item {
	var out []Item
	for i, r := range gasAttack {
		out = append(out, analysedItem(int64(i+1), r.title, r.text, attackDay.AddDate(0, 0, r.day)))
	}
	return out
}

// A reaction whose lead recalls the attack's day is dated on its own day
// of writing; a report of the attack keeps the day its lead names.
func TestReactionOwnDay(t *testing.T) {
	its := gasItems()
	attack := dayNumber(attackDay)
	for i, want := range []int32{attack, attack, attack, attack + 5, attack + 6} {
		if got := its[i].EventDay; got != want {
			t.Errorf("%q: event day %+d from the attack's, want %+d", its[i].Title, got-attack, want-attack)
		}
	}
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"Zarif urges fact-finding mission to probe Syria gas attack", true},
		{"Kerry discusses chemical attack with Syrian foreign minister", true},
		{"Turkey says tests on attack victims point to sarin", false},
		{"Dozens killed in gas attack on Syrian town", false},
		{"Toxic gas dropped on Syrian town", false},
	} {
		if got := titleHas(tt.title, nil, news.TitleReaction); got != tt.want {
			t.Errorf("reactionTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// The attack, its toll and the condemnation of its day are one story; the
// diplomacy of the days after, which only recalls the attack, is another,
// whatever order the reports come in.
func TestReactionDaysLaterIsItsOwnStory(t *testing.T) {
	its := gasItems()
	want := []int{0, 0, 0, 1, 1} // story of each report: the attack, the diplomacy
	for _, order := range [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {3, 0, 4, 2, 1}} {
		t.Run(fmt.Sprint(order), func(t *testing.T) {
			checkStories(t, its, order, want)
		})
	}
}

// A later report of a chemical attack that names its own later day at the
// same place is another attack (a counter-claim of soldiers gassed there on
// Friday), not the aftermath of Tuesday's.
func TestChemicalLaterNamedDayIsAnotherEvent(t *testing.T) {
	its := gasItems()
	claim := analysedItem(9, "Government says its soldiers gassed near Kafr Zita",
		"7 March 2015 The government said its soldiers were gassed on Friday: they were exposed to toxic gas near the town of Kafr Zita in Hama province, in a chemical attack it blamed on rebels.",
		attackDay.AddDate(0, 0, 4))
	x := NewIndex(Config{})
	x.Add(1, its[0])
	x.Add(1, its[1])
	if hasLink(x, claim, 1) {
		t.Errorf("the claim of Friday's gassing links to Tuesday's attack (days %+d, %+d)", claim.EventDay-its[0].EventDay, its[1].EventDay-its[0].EventDay)
	}
	tests := analysedItem(10, "Tests on Kafr Zita gas attack victims point to sarin",
		"6 March 2015 Initial tests on victims of the toxic gas attack on the town of Kafr Zita in Hama province point to sarin exposure, the health ministry said.",
		attackDay.AddDate(0, 0, 3))
	if !hasLink(x, tests, 1) {
		t.Errorf("the tests on the attack's victims do not link to the attack")
	}
}

// The headline of a story is a report of its event, not a reaction to it,
// even when the reaction is the newest member; a story of reactions only is
// headed by one of them.
func TestHeadlineReportsTheEvent(t *testing.T) {
	report := member(1, "reuters", "Dozens killed in gas attack on Syrian town of Kafr Zita", gasAttack[0].text, attackDay, news.Analysis{EventDate: "2015-03-03"})
	reaction := member(2, "afp", "EU envoy condemns Kafr Zita chemical attack", gasAttack[2].text, attackDay.Add(6*time.Hour), news.Analysis{EventDate: "2015-03-03"})
	if got := Build([]Member{report, reaction}).Headline; got != report.Article.Title {
		t.Errorf("headline %q, want the attack's report %q", got, report.Article.Title)
	}
	if got := Build([]Member{reaction}).Headline; got != reaction.Article.Title {
		t.Errorf("headline of reactions only %q, want %q", got, reaction.Article.Title)
	}
}

// Two reports of a chemical attack whose leads name different towns tell
// of two attacks, however close their days: a claim of gas at another town
// is not the aftermath of the first attack.
func TestChemicalOtherTownIsAnotherEvent(t *testing.T) {
	its := gasItems()
	other := analysedItem(11, "Toxic gas attack reported in Hama province town of Latamneh",
		"4 March 2015 Activists reported a toxic gas attack on the town of Latamneh in Hama province on Wednesday, where dozens choked.",
		attackDay.AddDate(0, 0, 1))
	x := NewIndex(Config{})
	x.Add(1, its[0])
	if hasLink(x, other, 1) {
		t.Errorf("the attack on another town links to the Kafr Zita attack")
	}
}

// A report of what followed an attack, the attack named only in its
// "after" clause, does not head the attack's story, even as its newest
// development; a report of the attack's toll "after" a strike is no sequel.
func TestHeadlineNotASequel(t *testing.T) {
	report := member(1, "afp", "Syrian opposition says poison gas used on Kafr Zita", gasAttack[0].text, attackDay, news.Analysis{EventDate: "2015-03-03"})
	sequel := member(2, "reuters", "Warplanes pound Kafr Zita a day after gas attack: monitor",
		"4 March 2015 Warplanes pounded the town of Kafr Zita in Hama province on Wednesday, a day after the toxic gas attack there, a monitor said.",
		attackDay.AddDate(0, 0, 1), news.Analysis{EventDate: "2015-03-04"})
	if got := Build([]Member{report, sequel}).Headline; got != report.Article.Title {
		t.Errorf("headline %q, want the attack's report %q", got, report.Article.Title)
	}
	for title, want := range map[string]bool{
		"Forces bombard suburbs after gas attack":             true,
		"Residents bury their dead following chemical strike": false, // "dead": the attack's victims
		"Families flee Kafr Zita after shelling":              true,
		"Nine killed after air strike on market":              false,
		"Talks resume after a week's pause":                   false,
		"Dozens killed in gas attack on Kafr Zita":            false,
	} {
		if got := titleHas(title, nil, news.TitleSequel); got != want {
			t.Errorf("sequelTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// The diplomacy about the Kafr Zita attack on the Saturday and Sunday after
// it, and a counter-claim of that Saturday: the government says its
// soldiers were gassed in another town that day. The diplomacy names
// only the province's city, so no two towns tell them apart. The call between
// ministers is dated on Saturday, the day it names; its lead recalls the
// attack's day only past the words the event day is read from.
var (
	inspectionCall = struct{ title, text string }{
		"Minister discusses gas attack with Syrian foreign minister",
		"8 March 2015 The Syrian government should have let United Nations inspectors reach the site of the alleged toxic gas attack, the foreign minister told his Syrian counterpart in a call on Saturday. " +
			"He called to make clear that if the government had nothing to hide it should have allowed immediate and unimpeded access to the site rather than continuing to shell the area, his ministry was quoted as saying by news agencies. " +
			"Opposition groups accused government forces of dropping toxic gas on towns near Hama on March 3 and killing 85 people.",
	}
	inspectionVisit = struct{ title, text string }{
		"Iran says Syria to let inspectors visit gas attack sites",
		"8 March 2015 Iran's foreign minister said the Syrian government would allow U.N. inspectors to visit the areas near Hama hit by toxic gas, state television reported on Sunday. " +
			"The opposition accused government forces of killing 85 people with toxic gas near Hama on Tuesday, an accusation the government denied.",
	}
	counterClaims = []struct{ title, text string }{
		{"Syrian state TV says soldiers hit by toxic gas near Hama",
			"7 March 2015 Soldiers were gassed on Saturday as they stormed the rebel-held town of Souran near Hama, Syrian state television said, accusing rebels of using toxic gas as their last card."},
		{"Syria accuses rebels of using toxic gas against troops",
			"7 March 2015 Syrian state television accused rebels of using toxic gas on Saturday against soldiers storming the rebel-held town of Souran near Hama, calling it their last card."},
		{"Syria accuses rebels of using chemical weapons against troops",
			"7 March 2015 Soldiers choked on toxic gas as they stormed the rebel-held town of Souran near Hama, Syrian state television said on Saturday, accusing rebels of using chemical weapons as their last card."},
	}
)

// The lead of a report of diplomacy recalls the day of the attack it is
// about; a report of the attack's day recalls none.
func TestRecallsDay(t *testing.T) {
	at := func(day int) time.Time { return attackDay.AddDate(0, 0, day) }
	attack := dayNumber(attackDay)
	for _, tt := range []struct {
		it          Item
		day, recall int32
	}{
		{analysedItem(1, gasAttack[0].title, gasAttack[0].text, at(0)), attack, NoDay},
		{analysedItem(2, inspectionCall.title, inspectionCall.text, at(5)), attack + 4, attack},
		{analysedItem(3, inspectionVisit.title, inspectionVisit.text, at(5)), attack + 5, attack},
		{analysedItem(4, counterClaims[0].title, counterClaims[0].text, at(4)), attack + 4, NoDay},
	} {
		if tt.it.EventDay != tt.day || tt.it.Recalls != tt.recall {
			t.Errorf("%q: day %+d recalls %+d, want %+d and %+d", tt.it.Title,
				tt.it.EventDay-attack, tt.it.Recalls-attack, tt.day-attack, tt.recall-attack)
		}
	}
}

// A counter-claim of a later day of its own does not join the diplomacy of
// that day about the earlier attack, nor the attack; the diplomacy of the
// two days is one story, in any order the reports come in.
func TestCounterClaimNotTheDiplomacy(t *testing.T) {
	for _, claim := range counterClaims {
		its := []Item{
			analysedItem(1, gasAttack[0].title, gasAttack[0].text, attackDay),
			analysedItem(2, inspectionCall.title, inspectionCall.text, attackDay.AddDate(0, 0, 5)),
			analysedItem(3, inspectionVisit.title, inspectionVisit.text, attackDay.AddDate(0, 0, 5)),
			analysedItem(4, claim.title, claim.text, attackDay.AddDate(0, 0, 4)),
		}
		want := []int{0, 1, 1, 2} // the attack, the diplomacy, the counter-claim
		for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 3, 0, 1}} {
			t.Run(fmt.Sprint(claim.title[:20], order), func(t *testing.T) {
				checkStories(t, its, order, want)
			})
		}
	}
}

// checkStories assigns the items in the given order and checks that two
// items share a story exactly when want gives them the same number.
func checkStories(t *testing.T, its []Item, order, want []int) {
	t.Helper()
	x := NewIndex(Config{})
	key := map[int]int64{}
	for n, i := range order {
		key[i] = assign(x, its[i], int64(n+1))
	}
	for i := range its {
		for j := i + 1; j < len(its); j++ {
			if same := x.Find(key[i]) == x.Find(key[j]); same != (want[i] == want[j]) {
				t.Errorf("%q and %q: one story = %v, want %v", its[i].Title, its[j].Title, same, !same)
			}
		}
	}
}

// Developments of their own that a chemical attack's aftermath links do
// not fold into it (invented reports of the Kafr Zita week): the next
// day's bombardment that recalls the attack in an "after" clause; the
// Security Council's meeting of the attack's day; a counter-claim of a
// later day beside a minister's verdict on the attack. Each stays apart
// in any order, while the condemnation of the day stays with the attack.
func TestChemicalAftermathOwnDevelopments(t *testing.T) {
	its := gasItems()[:3] // the attack, its toll, the condemnation of its day
	sequel := analysedItem(20, "Warplanes pound Kafr Zita a day after gas attack: monitor",
		"4 March 2015 Warplanes pounded the town of Kafr Zita in Hama province on Wednesday, a day after the toxic gas attack there, a monitor said.",
		attackDay.AddDate(0, 0, 1))
	session := analysedItem(21, "Security Council seeks clarity on Kafr Zita gas attack",
		"3 March 2015 Envoys of the Security Council met behind closed doors in New York on Tuesday and called for clarity on what happened in Kafr Zita, as the French envoy pressed for inspectors to be sent without delay.",
		attackDay)
	its = append(its, sequel, session)
	want := []int{0, 0, 0, 1, 2}
	for _, order := range [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {3, 0, 4, 2, 1}} {
		t.Run(fmt.Sprint(order), func(t *testing.T) { checkStories(t, its, order, want) })
	}

	verdict := analysedItem(22, "Minister: all indications government behind Kafr Zita gas attack",
		"7 March 2015 All indications are that the government was behind the toxic gas attack on Kafr Zita in Hama province, the foreign minister said.",
		attackDay.AddDate(0, 0, 4))
	claim := analysedItem(23, counterClaims[1].title, counterClaims[1].text, attackDay.AddDate(0, 0, 4))
	x := NewIndex(Config{})
	x.Add(1, verdict)
	if hasLink(x, claim, 1) {
		t.Errorf("the counter-claim of Saturday's gassing links to the minister's verdict on Tuesday's attack")
	}
	if !titleHas(session.Title, nil, news.TitleSession) || titleHas("EU envoy condemns Kafr Zita chemical attack", nil, news.TitleSession) {
		t.Errorf("sessionTitle: want the Security Council's title only")
	}
}

// A report whose title tells the attack's toll and the Security Council's
// meeting on it is the meeting's news: it joins the meeting's report, not
// the attack's, in any order. Invented reports of the Kafr Zita week.
func TestCouncilMeetingWithTollIsTheMeeting(t *testing.T) {
	its := gasItems()[:2] // the attack and its toll
	session := analysedItem(30, "Security Council seeks clarity on Kafr Zita gas attack",
		"3 March 2015 Envoys of the Security Council met behind closed doors in New York on Tuesday and called for clarity on what happened in Kafr Zita, as the French envoy pressed for inspectors to be sent without delay.",
		attackDay)
	both := analysedItem(31, "Kafr Zita gas kills dozens Security Council meets",
		"3 March 2015 The Security Council met in an emergency session in New York on Tuesday over the toxic gas attack on Kafr Zita in Hama province that killed dozens, envoys said, and called for clarity on what happened.",
		attackDay)
	its = append(its, session, both)
	want := []int{0, 0, 1, 1}
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {3, 0, 2, 1}} {
		t.Run(fmt.Sprint(order), func(t *testing.T) { checkStories(t, its, order, want) })
	}
	if !both.CouncilMeets || its[0].CouncilMeets {
		t.Errorf("CouncilMeets = %v, %v: want the meeting's title only", both.CouncilMeets, its[0].CouncilMeets)
	}
}

// A report whose title tells the attack's toll first and the Security
// Council's meeting after it, over a lead and figures that tell the attack
// (the gassing, its tolls by source; the Council a paragraph further
// down), is the attack's report: it joins the attack's story, not the
// meeting's, in any order (issue 13, 2013: "Syria gas kills hundreds,
// Security Council meets" sat in the Council's item). Invented reports of
// the Kafr Zita week.
func TestMixedReportJoinsTheEventItsTitleNamesFirst(t *testing.T) {
	its := gasItems()[:2] // the attack and its toll
	session := analysedItem(34, "Security Council seeks clarity on Kafr Zita gas attack",
		"3 March 2015 Envoys of the Security Council met behind closed doors in New York on Tuesday and called for clarity on what happened in Kafr Zita, as the French envoy pressed for inspectors to be sent without delay.",
		attackDay)
	mixed := analysedItem(35, "Kafr Zita gas kills dozens, Security Council meets",
		"3 March 2015 Warplanes dropped bombs carrying toxic gas on the rebel-held town of Kafr Zita in Hama province on Tuesday, killing men, women and children as they slept, activists said. "+
			"A monitor put the toll at 60 dead, and the opposition said 85 people died, among them 20 children. "+
			"Doctors in the town said the victims had foam at their mouths and pinpoint pupils.\n\n"+
			"In New York, the Security Council met behind closed doors and called for clarity on what happened.",
		attackDay)
	// as the corpus gives a wire report: the date and the title, the
	// byline, then the lead
	glued := analysedItem(36, "Kafr Zita gas kills dozens Security Council meets",
		"March 3 2015 Kafr Zita gas kills dozens Security Council meets. Jane Roe John Doe. "+
			"Warplanes dropped bombs carrying toxic gas on the rebel-held town of Kafr Zita in Hama province on Tuesday, killing men, women and children as they slept, activists said. "+
			"A monitor put the toll at 60 dead, and the opposition said 85 people died.\n\n"+
			"In New York, the Security Council met behind closed doors and called for clarity on what happened.",
		attackDay)
	its = append(its, session, mixed, glued)
	want := []int{0, 0, 1, 0, 0}
	for _, order := range [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {3, 0, 4, 2, 1}, {2, 4, 3, 0, 1}} {
		t.Run(fmt.Sprint(order), func(t *testing.T) { checkStories(t, its, order, want) })
	}
	for _, it := range []Item{mixed, glued} {
		if it.CouncilMeets {
			t.Errorf("CouncilMeets of %q over a lead of the attack: want the attack's report, not the session's", it.Title)
		}
	}
}

// A report whose title tells what states say the UN must do about the
// attack (access to its site), made at the Council's session of its day,
// is the session's news: it joins the meeting's report, not the attack's,
// in any order; a party's appeal to the UN stays a reaction. Invented
// reports of the Kafr Zita week.
func TestUNMustActIsTheMeeting(t *testing.T) {
	its := gasItems()[:2] // the attack and its toll
	session := analysedItem(32, "Security Council seeks clarity on Kafr Zita gas attack",
		"3 March 2015 Envoys of the Security Council met behind closed doors in New York on Tuesday and called for clarity on what happened in Kafr Zita, as the French envoy pressed for inspectors to be sent without delay.",
		attackDay)
	demand := analysedItem(33, "Norway Chile say U.N. must access Kafr Zita gas attack site",
		"3 March 2015 Envoys of Norway and Chile said on Tuesday that inspectors must be sent without delay to Kafr Zita, as the Security Council met behind closed doors in New York and called for clarity on what happened.",
		attackDay)
	its = append(its, session, demand)
	want := []int{0, 0, 1, 1}
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {3, 0, 2, 1}} {
		t.Run(fmt.Sprint(order), func(t *testing.T) { checkStories(t, its, order, want) })
	}
	if !demand.CouncilMeets {
		t.Errorf("CouncilMeets of %q = false: want what the UN must do told at the session", demand.Title)
	}
}
