package ask

import (
	"context"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestNumbersWritten59: a count the question gives in words is read in
// digits, as reports write it. eval/askpara.py's numwords (round h-ask59)
// wrote the counts of 52 fit questions in words and lost 9 answers on
// main: "In which location in Zalingei locality, Central Darfur, did DTM
// register one thousand eight hundred and twenty-four returnees ..."
// (qa-rwp7-aa133ce51a-1) answered "Kadugli", "How many of the fifty-one
// seats on Colombia's new war tribunals ..." (q-rw-2378764-0) "501644",
// "... killed twenty-five children in June 2016?" (q-fakes-115-0) cited
// another report first. The numbers to ten, "one" and "a" stay words.
func TestNumbersWritten59(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"In which location in Zalingei locality, Central Darfur, did DTM register one thousand eight hundred and twenty-four returnees in June 2020 after farmer-pastoralist clashes?",
			"In which location in Zalingei locality, Central Darfur, did DTM register 1,824 returnees in June 2020 after farmer-pastoralist clashes?"},
		{"How many of the fifty-one seats on Colombia's new war tribunals set up under the FARC peace deal were to be held by female judges?",
			"How many of the 51 seats on Colombia's new war tribunals set up under the FARC peace deal were to be held by female judges?"},
		{"In which town in Deir Ez-Zor province did UNICEF say Russian and Syrian airstrikes killed twenty-five children in June 2016?",
			"In which town in Deir Ez-Zor province did UNICEF say Russian and Syrian airstrikes killed 25 children in June 2016?"},
		{"In which city did developed countries pledge in 2009 to mobilise one hundred billion dollars a year in climate finance?",
			"In which city did developed countries pledge in 2009 to mobilise 100 billion dollars a year in climate finance?"},
		{"Which Local Government Area had the most cholera cases in Adamawa State's July 2019 outbreak, with two hundred and twenty-three cases as of 24 July?",
			"Which Local Government Area had the most cholera cases in Adamawa State's July 2019 outbreak, with 223 cases as of 24 July?"},
		{"Which country had destroyed over three million stockpiled landmines?", "Which country had destroyed over 3 million stockpiled landmines?"},
		// as written: a count to ten, "one", two numbers joined by "and"
		{"Which Syrian doctors' group said a two-day-old baby was killed?", "Which Syrian doctors' group said a two-day-old baby was killed?"},
		{"When did peace talks open, with only one woman among the negotiators?", "When did peace talks open, with only one woman among the negotiators?"},
		{"Were ten and eleven people hurt?", "Were ten and eleven people hurt?"},
		// a scale after digits is the figure's own
		{"How much of the $7.2 billion required remained unfunded?", "How much of the $7.2 billion required remained unfunded?"},
		{"Were 5 thousand or a hundred people moved?", "Were 5 thousand or 100 people moved?"},
	} {
		if got := restate(c.q); got != c.want {
			t.Errorf("restate(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// TestDeathsRestated59: "how many deaths (injuries) were there" asks for
// the people killed (injured). eval/askpara.py's deaths (round h-ask59)
// lost 3 of 7 fit answers on main: "How many deaths were there from
// Tropical Storm Kai-tak (Urduja) ..." (q2-rw-2389434-0), "How many
// civilian deaths were there from US-led coalition raids ..."
// (q5-fakes-067-0), "... from explosive hazards in Ar-Raqqa city ..."
// (q-rw-2387944-13); injuries cited another report first (q3-fakes-196-2).
func TestDeathsRestated59(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"How many deaths were there from Tropical Storm Kai-tak (Urduja) in the Philippines in December 2017, according to national disaster authorities?",
			"How many people were killed by Tropical Storm Kai-tak (Urduja) in the Philippines in December 2017, according to national disaster authorities?"},
		{"How many civilian deaths were there from explosive hazards in Ar-Raqqa city between 20 October and 13 December?",
			"How many civilians were killed by explosive hazards in Ar-Raqqa city between 20 October and 13 December?"},
		{"How many deaths were there in the double bombing at the Akrameh al-Makhzumi school in Homs in October 2014, according to the Syrian Observatory?",
			"How many people were killed in the double bombing at the Akrameh al-Makhzumi school in Homs in October 2014, according to the Syrian Observatory?"},
		{"How many injuries were there from the August 2013 car bomb in Jaramana near Damascus, according to SANA?",
			"How many people were injured by the August 2013 car bomb in Jaramana near Damascus, according to SANA?"},
		{"How many COVID-19 deaths had been registered in Lebanon?", "How many COVID-19 deaths had been registered in Lebanon?"},
	} {
		if got := restate(c.q); got != c.want {
			t.Errorf("restate(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// TestSpellingAlt59: a word spelt one way in British and another in
// American English counts the other spelling as its own, and retrieval
// looks it up too. eval/askpara.py's uk2us (round h-ask59) lost 4 of 53 fit
// answers on main: "According to Syria Civil Defense ..." (q-fakes-027-0,
// reports "Civil Defence"), "Which opposition-held Aleppo neighborhood ..."
// (q3-fakes-264-0), "By how many votes in favor ..." (q-rw-2369954-0),
// "... MSF's Test and Treat HIV program ..." (q2-rw-2354589-1).
func TestSpellingAlt59(t *testing.T) {
	q := Parse("Which opposition-held Aleppo neighborhood was hit by votes in favor of the program of the organizations that mobilized?", testNow)
	want := map[string]string{"neighborhood": "neighbourhood", "favor": "favour", "program": "programme",
		"organizations": "organisations", "mobilized": "mobilised"}
	for _, tm := range q.Terms {
		if w, ok := want[tm.Word]; ok {
			if tm.Alt != w {
				t.Errorf("term %q: Alt %q, want %q", tm.Word, tm.Alt, w)
			}
			delete(want, tm.Word)
		}
	}
	if len(want) > 0 {
		t.Errorf("no terms %v", want)
	}
	// looked up once each: a group's df sums over its words
	gs, _ := groups(&q)
	for _, g := range gs {
		seen := map[string]bool{}
		for _, w := range g.words {
			if seen[w] {
				t.Errorf("group %q looks up %q twice: %v", g.term.Word, w, g.words)
			}
			seen[w] = true
		}
	}
	c := Parse("In which isolation centre were six refugees staying?", testNow)
	cg, _ := groups(&c)
	for _, g := range cg {
		if g.term.Word == "centre" && strings.Join(g.words, " ") != "centre center centers" {
			t.Errorf("centre looks up %v, want centre center centers", g.words)
		}
	}
}

// TestRespell59: a word no report holds is written as the articles read
// for the question write the word one edit away. eval/askpara.py's typo
// and misspell (round h-ask59: two letters of a word swapped, a common
// misspelling) lost 87 of 496 and 39 of 258 fit answers on main: "How
// many civliians were killed by rocket shells on the Seif al-Dawla
// neighborhood ..." (q3-fakes-483-1) answered 5, not 4; "How many poeple
// with HIV live in Africa ..." (q6-rw-2359374-0) another report's
// "100,000"; "In which govenrment-held Homs neighbourhood ..."
// (q3-fakes-277-1) "Twin".
func TestRespell59(t *testing.T) {
	texts := []string{"Rocket shells killed four civilians in Seif al-Dawla. The civilians were queuing.",
		"People with HIV in Africa: 25.6 million people. The government-held district."}
	for _, c := range []struct {
		q       string
		unknown []string
		want    string
	}{
		{"How many civliians were killed by rocket shells?", []string{"civliians"}, "How many civilians were killed by rocket shells?"},
		{"How many poeple with HIV live in Africa?", []string{"poeple"}, "How many people with HIV live in Africa?"},
		{"In which govenrment-held Homs neighbourhood did two car bombs kill 25 people?", []string{"govenrment"},
			"In which government-held Homs neighbourhood did two car bombs kill 25 people?"},
		{"Which Civliians fled? Which CIVLIIANS?", []string{"civliians"}, "Which Civilians fled? Which CIVILIANS?"},
		// too short, no neighbour, or known
		{"How many were kild?", []string{"kild"}, "How many were kild?"},
		{"Which Qwertyuiop clan?", []string{"qwertyuiop"}, "Which Qwertyuiop clan?"},
		{"How many civilians died?", nil, "How many civilians died?"},
	} {
		if got := respell(c.q, c.unknown, texts); got != c.want {
			t.Errorf("respell(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{{"civliians", "civilians", true}, {"kiled", "killed", true}, {"hospitol", "hospital", true},
		{"explostion", "explosion", true}, {"civilians", "civilians", false}, {"kiled", "kilted", true}, {"people", "poeplee", false}} {
		if got := oneEdit(c.a, c.b); got != c.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	// the asker asks the respelled question
	arts := []news.Article{testArticles[1], testArticles[0], testArticles[len(testArticles)-1]}
	ans, err := New(newMemIndex(arts...), Options{}).Ask(context.Background(), "How many civliians were killed in the convoy atack near Aleppo?", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ans.Answer, "32 civilians") {
		t.Errorf("got %q citing %+v, want the convoy's 32 civilians", ans.Answer, ans.Citations)
	}
}
