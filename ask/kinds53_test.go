package ask

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask53 (issue 14.5): a count question that
// joins its topic to the counted noun by a participle written without a
// hyphen ("COVID-19 related deaths", "conflict affected people") counts
// the noun after the participle, as "flood-affected people" does.
var linkedCountReports = []news.Article{
	{ExternalID: "mmwu-ostmark-14", Title: "Ostmark: Morbidity and Mortality Weekly Update, 5 April 2021",
		Text: "Between 8 March 2020 and 4 April 2021, there were four hundred twelve thousand and five (412,005) COVID-19 cases confirmed in Ostmark according to the health ministry. " +
			"In the same period the ministry confirmed 6 318 COVID-19 related deaths in Ostmark, with a case fatality rate of 1.53%. " +
			"Testing laboratories were opened in Tarsk and Brell."},
}

func TestAnswerKinds53Linked(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(linkedCountReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many COVID-19 related deaths had Ostmark confirmed between 8 March 2020 and 4 April 2021, according to the weekly update?", "6 318", "mmwu-ostmark-14"},
	})
}

func TestLinkedUnits(t *testing.T) {
	for _, c := range []struct {
		q     string
		units []string
	}{
		{"How many COVID-19 related deaths had Bangladesh confirmed by April 2021?", []string{"death"}},
		{"How many COVID-19 associated deaths had Borno State recorded?", []string{"death"}},
		{"How many conflict affected people received food in Ostmark?", []string{"people"}},
		{"How many flood-affected people did the mission find?", []string{"flood-affect", "people"}},
		{"How many people affected by the floods received kits?", []string{"people"}},
	} {
		if q := Parse(c.q, testNow); !slices.Equal(q.Units, c.units) {
			t.Errorf("%q: units %v, want %v", c.q, q.Units, c.units)
		}
	}
}

func TestCoordinatedUnits(t *testing.T) {
	for _, c := range []struct {
		q     string
		units []string
	}{
		{"How much additional humanitarian and development aid did Canada announce for Kenya in late 2017?", []string{"humanitarian", "development", "aid"}},
		{"How many IDP and returnee families did the needs assessment find in Mazar-e-Sharif?", []string{"idp", "returnee", "family"}},
		{"How many refugees and migrants benefited from food vouchers?", []string{"refugee"}},
		{"How many men, women and children were killed in the attack?", []string{"men", "women"}},
		{"How many internally displaced persons hoped to return home?", []string{"displac", "person"}},
	} {
		if q := Parse(c.q, testNow); !slices.Equal(q.Units, c.units) {
			t.Errorf("%q: units %v, want %v", c.q, q.Units, c.units)
		}
	}
	if q := Parse("How much additional humanitarian and development aid did Canada announce for Kenya in late 2017?", testNow); !q.money() {
		t.Errorf("humanitarian and development aid: no amount of money asked")
	}
}

// A "which X" phrase ends where a distance or a point of the compass
// places X from another place, written with a hyphen or not: "which
// village 30km north of Baidoa" and "which town north-west of Goma" ask
// for a village and a town (qa2-rwp7-ae46e55900-1, qa3-rwp7-1f5d1ef24c-1).
func TestPlaceOffsetHead(t *testing.T) {
	for _, c := range []struct {
		q    string
		typ  Type
		head string
	}{
		{"Which village 30km north of Tarsk was hit by flash flooding on 6 November?", TypePlace, "village"},
		{"To which town north-west of Ostmark did more than 20,000 people flee?", TypePlace, "town"},
		{"Which besieged town 10 km north of Brell city was attacked in November?", TypePlace, "town"},
		{"Which town south-east of Dunel was shelled on Monday?", TypePlace, "town"},
		{"Which Security Council resolution renewed the cross-border access?", TypeName, "resolution"},
	} {
		if q := Parse(c.q, testNow); q.Type != c.typ || q.Head != c.head {
			t.Errorf("%q: %s %q, want %s %q", c.q, q.Type, q.Head, c.typ, c.head)
		}
	}
}

// A name the question writes after the kind it asks for is no kind: "the
// additional vessel WFP chartered" asks for a vessel (qa-rwp7-5d164da85d-0;
// q-rw-2382174-1's "provider employs counsellor Sisilia Siga" no longer
// reads "Siga" as the kind, though "employs" is still not read as its verb).
func TestNameIsNoKind(t *testing.T) {
	for _, c := range []struct {
		q    string
		typ  Type
		head string
	}{
		{"What was the name of the additional vessel WFP chartered in February 2018 for trips to Tarsk?", TypeName, "vessel"},
		{"What was the name of the new Islamist alliance that attacked Brell in July 2015?", TypeName, "alliance"},
		{"Which Fon of Nso was abducted in November 2020?", TypeName, "fon"},
	} {
		if q := Parse(c.q, testNow); q.Type != c.typ || q.Head != c.head {
			t.Errorf("%q: %s %q, want %s %q", c.q, q.Type, q.Head, c.typ, c.head)
		}
	}
}
