package ask

import (
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of the shapes the readers' questions met in round
// h-ask7 (issue 14.5): a "Situation in numbers" table, a report's number
// in its title, a share beside a count, a person introduced by a role, a
// place named with "del", and a person asked for by a profession.
func TestReadersTablesAndRoles(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "sitrep-1", Title: "UNICEF Amberland Humanitarian Situation Report No. 4, 3 March 2017",
			Text: "**Situation in numbers**\n\n**41,000**\n\n\\# affected children in need of assistance in flood-hit districts\n\n" +
				"**2,300**\n\n\\# children in temporary shelters\n\n" +
				"Schools in the flood-hit districts reopened this week and 1,400 teachers returned to work."},
		{ExternalID: "dromic-1", Title: "DSWD DROMIC Report #12 on Tropical Storm Orla in Amberland as of 5 March 2017",
			Text: "Tropical Storm Orla exited the area of responsibility on 4 March 2017.\n\n" +
				"Status of affected persons: 2,471 families or 9,120 persons are affected in 40 barangays."},
		{ExternalID: "site-1", Title: "Velora: Kesh informal site profile, November 2017",
			Text: "About 40% of the people living in the Kesh informal site in November 2017 came from the north.\n\n" +
				"Site population: 3,100 people."},
		{ExternalID: "storm-1", Title: "Storm Orla batters Amberland",
			Text: "UNICEF staff reached the coast on Friday.\n\nZambora del Norte has been badly hit by the storm."},
		{ExternalID: "model-1", Title: "A weather model for Amberland, built in Amberland",
			Text: "PORT ARLO, Amberland, Dec 22 (Weather Desk) - One problem confronts Amberland as it builds a weather model. " +
				"Now Amberland climate researcher Tomas Relander has built a weather model for the region, in the region."},
		{ExternalID: "rally-1", Title: "Monitors observe a march in Velora city",
			Text: "Positioned in Velora city, the monitors observed a crowd near Muratove square. " +
				"The monitors saw several speakers, including Dario Kessel and members of the parliament, address the crowd at the march."},
	}
	a := New(newMemIndex(arts...), Options{})
	for _, c := range []struct{ q, want, article string }{
		{"How many children needed assistance in Amberland's flood-hit districts, according to UNICEF's situation report?", "41,000", "sitrep-1"},
		{"How many persons were affected by Tropical Storm Orla in Amberland, according to the DSWD DROMIC report of 5 March?", "9,120", "dromic-1"},
		{"How many people were living in the Kesh informal site in Velora in November 2017?", "3,100", "site-1"},
		{"Which province did UNICEF say was badly hit by Storm Orla?", "Zambora del Norte", "storm-1"},
		{"Which Amberland scientist built a weather model for the region?", "Tomas Relander", "model-1"},
		{"Which politician addressed the crowd at the march the monitors observed in Velora city?", "Dario Kessel", "rally-1"},
	} {
		ans := askOne(t, a, c.q)
		if !strings.Contains(ans.Answer, c.want) || firstCited(ans) != c.article {
			t.Errorf("%q: answered %q citing %q, want %q citing %s", c.q, ans.Answer, firstCited(ans), c.want, c.article)
		}
	}
}

// TestTableFigures: a figure alone on its line is read with the label on
// the next; a figure with words, or two figures in a row, are left as they
// are.
func TestTableFigures(t *testing.T) {
	got := tableFigures([]string{"**39,000**", `\# affected children in need`, "**8.5 million**", "people in need",
		"**12**", "**13**", "On 3 March, 12 schools reopened."})
	want := []string{"39,000 affected children in need", "8.5 million people in need", "**12**", "13 On 3 March, 12 schools reopened."}
	if !slices.Equal(got, want) {
		t.Errorf("tableFigures = %q, want %q", got, want)
	}
}

// TestSerialNumber: "#19", "No. 3", "no.3" number a report; "19 people"
// and "no 3" are counts or words.
func TestSerialNumber(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"DSWD Report #19 on the storm", true},
		{"Situation Report No. 3 on the floods", true},
		{"Operations Update no.3 of the appeal", true},
		{"Some 19 people were hurt", false},
		{"There were no 3 am curfews", false},
	} {
		s := plainSentence(c.text)
		i := slices.IndexFunc(s.toks, func(t token) bool { return t.low == "19" || t.low == "3" })
		if got := serialNumber(s, i); got != c.want {
			t.Errorf("serialNumber(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestApposedRole: a name followed by a comma and a capitalised role is a
// person introduced, so a place question marks it down; a place in a list
// or a place the gazetteer knows is left alone.
func TestApposedRole(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"We are ready, said Lena Voss, UNICEF Amberland Representative, on Friday.", "Lena Voss", true},
		{"Families fled Kavala Heights, Orla Bay and Port Arlo.", "Kavala Heights", false},
		{"In Homs, the Governor said the road was open.", "Homs", false},
	} {
		s := plainSentence(c.text)
		from := slices.IndexFunc(s.toks, func(t token) bool { return t.text == strings.Fields(c.name)[0] })
		to := from + len(strings.Fields(c.name)) - 1
		if got := apposedRole(s, from, to); got != c.want {
			t.Errorf("apposedRole(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestProfessionAsked: "which scientist", "which politician" ask for a
// person.
func TestProfessionAsked(t *testing.T) {
	for _, q := range []string{
		"Which Amberland scientist built a weather model for the region?",
		"Which politician addressed the crowd at the march?",
		"Which researcher led the survey of the camps?",
	} {
		if got := Parse(q, testNow).Type; got != TypePerson {
			t.Errorf("%q: type %v, want %v", q, got, TypePerson)
		}
	}
}

// TestShareNoCount: a share answers "what percentage", never "how many".
func TestShareNoCount(t *testing.T) {
	s := plainSentence("About 40% of the site's residents came from the north.")
	for _, c := range []struct {
		q       string
		atLeast float64
		below   float64
	}{
		{"How many people were living in the Kesh site?", -1, 0},
		{"What percentage of the residents came from the north?", 0.35, 1},
	} {
		q := Parse(c.q, testNow)
		sps := countSpans(&q, s)
		if len(sps) != 1 || sps[0].bonus < c.atLeast || sps[0].bonus >= c.below {
			t.Errorf("%q: spans %+v, want one with a bonus in [%v, %v)", c.q, sps, c.atLeast, c.below)
		}
	}
}

// TestAgreedFirst: the report both rankings put first answers though it
// does not write the region the reader named ("Mindanao" for the regions
// it lists); one that lacks a body the question names ("WFP") still does
// not.
func TestAgreedFirst(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "ndrrmc-1", Title: "NDRRMC Update: Preparedness Measures and Effects of Tropical Storm Orla, 23 December 2017",
			Text: "A total of 4,300 families / 19,780 persons were pre-emptively evacuated in regions X, XI and CARAGA due to Tropical Storm Orla. " +
				"Tropical Storm Orla made landfall in Cateel on 22 December 2017."},
		{ExternalID: "brief-1", Title: "Philippines: storms in Mindanao, December 2017",
			Text: "Storms hit Mindanao in December 2017 and families were evacuated."},
	}
	for _, w := range []string{"Velora", "Amberland", "Kesh", "Tarsa", "Norland", "Arcadia"} {
		arts = append(arts, news.Article{ExternalID: "other-" + w, Title: w + ": market prices in December 2017",
			Text: "Prices of food in " + w + " rose by 4 per cent in December 2017, the ministry said."})
	}
	a := New(newMemIndex(arts...), Options{})
	ans := askOne(t, a, "How many people were pre-emptively evacuated ahead of Tropical Storm Orla in Mindanao in December 2017, according to the NDRRMC?")
	if !strings.Contains(ans.Answer, "19,780") || firstCited(ans) != "ndrrmc-1" {
		t.Errorf("answered %q citing %q, want 19,780 citing ndrrmc-1", ans.Answer, firstCited(ans))
	}
	if !placeName("Mindanao") || placeName("WFP") {
		t.Errorf("placeName: Mindanao %v, WFP %v; want a place and not one", placeName("Mindanao"), placeName("WFP"))
	}
}

// TestAgentOfIrregularVerb: "led by", "written by" name who leads or
// wrote, though no stem joins "leads" and "led".
func TestAgentOfIrregularVerb(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "market-1", Title: "Velora: joint market monitoring, November 2017",
			Text: "The Joint Market Survey was started by the Velora Cash Working Group (VCWG) in June 2017. " +
				"The survey is guided by the VCWG Markets Taskforce, led by ORBIS and supported by the VCWG members."},
		{ExternalID: "letter-1", Title: "Out Loud newsletter: the nexus",
			Text: "This issue of the Out Loud newsletter presents the nexus, Exploring Aid and Development. " +
				"Finally, the field focus is written by Arden Church Aid and concerns Kesh."},
	}
	a := New(newMemIndex(arts...), Options{})
	for _, c := range []struct{ q, want, article string }{
		{"Which organisation leads the taskforce that guides the Joint Market Survey in Velora?", "ORBIS", "market-1"},
		{"Which organisation wrote the field focus on Kesh in the Out Loud newsletter?", "Arden Church Aid", "letter-1"},
	} {
		ans := askOne(t, a, c.q)
		if !strings.Contains(ans.Answer, c.want) || firstCited(ans) != c.article {
			t.Errorf("%q: answered %q citing %q, want %q citing %s", c.q, ans.Answer, firstCited(ans), c.want, c.article)
		}
	}
}

// TestSupportedByNeighbour: a sentence holding half of minSentence answers
// when the sentence next to it holds minSentence; alone, or as the
// headline, it does not.
func TestSupportedByNeighbour(t *testing.T) {
	c := &candidate{sents: []sentence{{score: 0.1}, {score: 0.1}, {score: 0.3}, {score: 0.05}, {score: 0.1}, {score: 0.02}}}
	for si, want := range []bool{false, true, true, false, false, false} {
		if got := supported(c, si); got != want {
			t.Errorf("sentence %d (%.2f): supported %v, want %v", si, c.sents[si].score, got, want)
		}
	}
}
