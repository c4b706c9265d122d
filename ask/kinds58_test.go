package ask

import (
	"slices"
	"testing"
)

// TestRestatedReaders58: readers contract the question word's verb
// ("What's", "Who's"), name a source by "as reported by" or "as per", and
// write dates with a short month, an ordinal day or the month first; the
// parse, plain bm25 and the and period's days read each as the
// usual wording. The fit questions rewritten so (eval/askpara.py, round
// h-ask58: contract, reportedby, asper, monthabbr, ordday, usdate) lost
// answers on main: "What's the estimated total Rohingya refugee population
// in Bangladesh ..." (q4-rw-2387859-0) answered "currently"; "Who's
// Cordaid's country director in Zimbabwe ..." (q-rw-2392074-1) "Safely
// handing"; "How many people with HIV live in Africa, as reported by WHO
// figures for 2016?" (q6-rw-2359374-0) another report's "14,804 people";
// "... in Raqqa city between late Oct and mid-Dec 2017?" (q-rw-2387944-0)
// and "... on the 17th of August 2016, according to SANA?"
// (q3-fakes-452-0) cited another report first; "... between March 8 and
// December 20, 2020, according to WHO Bangladesh's weekly morbidity and
// mortality update of December 21, 2020?" (qa2-rwp7-3cce5026ba-0) took
// another issue's count.
func TestRestatedReaders58(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"What's the estimated total Rohingya refugee population in Bangladesh, according to UNHCR's December 2017 update?",
			"What is the estimated total Rohingya refugee population in Bangladesh, according to UNHCR's December 2017 update?"},
		{"Who's Cordaid's country director in Zimbabwe, quoted on the handover of the results-based financing health programme to the government?",
			"Who is Cordaid's country director in Zimbabwe, quoted on the handover of the results-based financing health programme to the government?"},
		{"What\u2019s the title of the UNAIDS report on men and HIV released on 1 December 2017?",
			"What is the title of the UNAIDS report on men and HIV released on 1 December 2017?"},
		{"How many people with HIV live in Africa, as reported by WHO figures for 2016?",
			"How many people with HIV live in Africa, according to WHO figures for 2016?"},
		{"How many children were among the 18 civilians killed by an air strike in Idlib province in April 2017, as reported by the Syrian Observatory?",
			"How many children were among the 18 civilians killed by an air strike in Idlib province in April 2017, according to the Syrian Observatory?"},
		{"How many people with HIV live in Africa, as per WHO figures for 2016?",
			"How many people with HIV live in Africa, according to WHO figures for 2016?"},
		{"As reported by SANA, how many people were injured in Aleppo?", "How many people were injured in Aleppo, according to SANA?"},
		{"How many civilians were reportedly killed by explosive hazards in Raqqa city between late Oct and mid-Dec 2017?",
			"How many civilians were reportedly killed by explosive hazards in Raqqa city between late October and mid-December 2017?"},
		{"In which Idlib province village did air strikes hit a school in Oct 2016, killing 22 children according to UNICEF?",
			"In which Idlib province village did air strikes hit a school in October 2016, killing 22 children according to UNICEF?"},
		{"Which Aleppo neighborhood was hit by rocket attacks that killed 10 civilians on the 17th of August 2016, according to SANA?",
			"Which Aleppo neighborhood was hit by rocket attacks that killed 10 civilians on 17 August 2016, according to SANA?"},
		{"How many persons of concern to UNHCR were in Argentina according to UNHCR's Argentina COVID-19 Flash Update #16 of the 17th of July 2020?",
			"How many persons of concern to UNHCR were in Argentina according to UNHCR's Argentina COVID-19 Flash Update #16 of 17 July 2020?"},
		{"How many confirmed COVID-19 cases did Bangladesh record between March 8 and December 20, 2020, according to WHO Bangladesh's weekly morbidity and mortality update of December 21, 2020?",
			"How many confirmed COVID-19 cases did Bangladesh record between 8 March and 20 December 2020, according to WHO Bangladesh's weekly morbidity and mortality update of 21 December 2020?"},
		// a short name no day or year dates, a possessive, a figure after a month: as written
		{"What did Mar Elias tell the Dec meeting?", "What did Mar Elias tell the Dec meeting?"},
		{"Whose convoy was hit in May 5 times?", "Whose convoy was hit in May 5 times?"},
		{"What is the name of the camp?", "What is the name of the camp?"},
	} {
		if got := restate(c.q); got != c.want {
			t.Errorf("restate(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	for _, c := range []struct {
		q    string
		typ  Type
		head string
	}{
		{"What's the name of the online platform for young entrepreneurs that Tunisian activist Hayfa Sdiri founded in February 2017, featured by UN Women?", TypeName, "platform"},
		{"Who's the NDMA chairman who signed the 2018-19 child-centred disaster risk reduction work plan with UNICEF in Pakistan in December 2017?", TypePerson, ""},
		{"What's the new funding target for CERF by 2018 endorsed by the UN General Assembly?", TypeCount, ""},
	} {
		if q := Parse(c.q, testNow); q.Type != c.typ || c.head != "" && q.Head != c.head {
			t.Errorf("Parse(%q): type %q head %q, want %q %q", c.q, q.Type, q.Head, c.typ, c.head)
		}
	}
	q := Parse("How many people with HIV live in Africa, as reported by WHO figures for 2016?", testNow)
	if !q.sources["who"] {
		t.Errorf("as reported by WHO: sources %v, want who", q.sources)
	}
}

// TestIndividualsCounted: "how many individuals" counts people as "how many
// people" does, so the analysis's figures of the kind asked answer it.
// eval/askpara.py's individuals (round h-ask58) lost 6 of 35 fit answers
// on main: "How many individuals were wounded by the August 2013 car bomb
// in Jaramana near Damascus, according to SANA?" (q3-fakes-196-2)
// answered "18 people", not 56; "How many individuals have been displaced
// from Khogyani district in Nangarhar?" (q-rw-2382434-4) "more than 40,000
// people", not 61,000.
func TestIndividualsCounted(t *testing.T) {
	for _, c := range []struct{ q, kind string }{
		{"How many individuals were wounded by the August 2013 car bomb in Jaramana near Damascus, according to SANA?", "injured"},
		{"How many individuals did Syrian state television say were injured in the double suicide bombing in Homs in January 2016?", "injured"},
		{"How many individuals have been displaced from Khogyani district in Nangarhar?", "displaced"},
		{"How many individuals were wounded by the August 2013 car bomb in Jaramana near Damascus, according to SANA?", "injured"},
		// as "people" does
		{"How many people were wounded by the August 2013 car bomb in Jaramana near Damascus, according to SANA?", "injured"},
	} {
		q := Parse(c.q, testNow)
		if got := questionKind(&q); got != c.kind {
			t.Errorf("questionKind(%q) = %q, want %q", c.q, got, c.kind)
		}
	}
	if !slices.Contains(personUnits, "individual") {
		t.Errorf("personUnits %v, want individual", personUnits)
	}
}

// TestGotPassive: a count question's passive made with "got" reads as the
// report's "were". eval/askpara.py's gotpassive (round h-ask58) lost 2 of 25
// fit answers on main: "How many people got injured in rocket attacks on
// neighborhoods of Aleppo city on 25 August 2016, according to SANA?"
// (q3-fakes-449-0) answered another report's 21, not 34; "How many people
// got evacuated pre-emptively ahead of Tropical Storm Vinta in Mindanao in
// December 2017, according to the NDRRMC?" (q-rw-2391609-1) answered 510,
// not 19,780.
func TestGotPassive(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"How many people got injured in rocket attacks on neighborhoods of Aleppo city on 25 August 2016, according to SANA?",
			"How many people were injured in rocket attacks on neighborhoods of Aleppo city on 25 August 2016, according to SANA?"},
		{"How many people got evacuated pre-emptively ahead of Tropical Storm Vinta in Mindanao in December 2017, according to the NDRRMC?",
			"How many people were evacuated pre-emptively ahead of Tropical Storm Vinta in Mindanao in December 2017, according to the NDRRMC?"},
		{"How many soldiers got hurt?", "How many soldiers were hurt?"},
		// "got" of having, or no count: as written
		{"How many tents got the families?", "How many tents got the families?"},
		{"Which town got flooded?", "Which town got flooded?"},
	} {
		if got := restate(c.q); got != c.want {
			t.Errorf("restate(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	got := Parse("How many people got injured in rocket attacks on neighborhoods of Aleppo city on 25 August 2016, according to SANA?", testNow)
	want := Parse("How many people were injured in rocket attacks on neighborhoods of Aleppo city on 25 August 2016, according to SANA?", testNow)
	if got.countVerb != want.countVerb || questionKind(&got) != "injured" {
		t.Errorf("got injured: count verb %q kind %q, want %q injured", got.countVerb, questionKind(&got), want.countVerb)
	}
}
