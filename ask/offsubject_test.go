package ask

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// weather is a report that mentions the weather and names a spokeswoman:
// "What is the weather in Paris tomorrow?" once answered with her name.
var weather = news.Article{ExternalID: "wfp-1", Title: "Food production in Syria at record low", Published: date("2016-11-16"),
	Text: "Food production in Syria has hit a record low due to fighting and insecurity but also weather conditions, " +
		"World Food Programme spokeswoman Bettina Luescher told a news briefing in Geneva. " +
		"Farmers in Aleppo province could not reach their fields."}

// programming holds words of off-topic questions in other senses.
var programming = news.Article{ExternalID: "prog-1", Title: "Aid agencies expand programming in Idlib", Published: date("2017-03-02"),
	Text: "The best programming reached 20,000 families in Idlib province, the agency said. " +
		"Light artillery fire slowed the speed of deliveries near the border."}

// TestOffSubjectQuestionsAreDeclined asks the off-topic questions of
// testdata (written for this: weather, sport, recipes, prices) of a store
// that holds words of several of them; each is declined.
func TestOffSubjectQuestionsAreDeclined(t *testing.T) {
	arts := append([]news.Article{weather, programming}, testArticles...)
	a := New(newMemIndex(arts...), Options{})
	f, err := os.Open("testdata/offtopic-questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var q struct{ Q string }
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatal(err)
		}
		n++
		ans, err := a.Ask(context.Background(), q.Q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Supported || ans.Answer != msgNoSupport || len(ans.Citations) != 0 {
			t.Errorf("%q: answered %q citing %d, want it declined", q.Q, ans.Answer, len(ans.Citations))
		}
	}
	if n < 30 {
		t.Fatalf("read %d off-topic questions, want at least 30", n)
	}
}

// TestNamedPlaceMustBeHeld: an article that holds a question's words but
// not the place it names does not answer it; the same words with the place
// it holds do.
func TestNamedPlaceMustBeHeld(t *testing.T) {
	a := New(newMemIndex(weather, testArticles[0]), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"Who told a news briefing in Paris about food production?", false},
		{"Who told a news briefing in Geneva about food production?", true},
		{"Who told a news briefing in Geneva about food production in Idleb?", false},
	} {
		ans, err := a.Ask(context.Background(), tt.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Supported != tt.want {
			t.Errorf("%q: supported %v (%q), want %v", tt.q, ans.Supported, ans.Answer, tt.want)
		}
	}
}

func TestSkeletonJoinsTransliterations(t *testing.T) {
	for _, p := range [][2]string{{"idlib", "idleb"}, {"raqqa", "raqa"}, {"aleppo", "alepo"}} {
		if skeleton(p[0]) != skeleton(p[1]) {
			t.Errorf("skeleton(%s) %q != skeleton(%s) %q", p[0], skeleton(p[0]), p[1], skeleton(p[1]))
		}
	}
	for _, p := range [][2]string{{"paris", "parts"}, {"idlib", "aleppo"}} {
		if skeleton(p[0]) == skeleton(p[1]) {
			t.Errorf("skeleton(%s) = skeleton(%s) = %q", p[0], p[1], skeleton(p[0]))
		}
	}
}

// TestNameHeldByAnyOfItsWords: a name is held when the article writes any
// of its words, by its stem or as the start of a longer word ("Russia":
// "Russian"); a joined word's lower-case part ("US-led") is no name.
func TestNameHeldByAnyOfItsWords(t *testing.T) {
	belgian := news.Article{ExternalID: "bel-1", Title: "Six killed in strike on village near Aleppo", Published: date("2016-10-19"),
		Text: "Six people were killed in an airstrike on the village of Hasajek in Aleppo province, the Russian military said, blaming Belgian jets."}
	mali := news.Article{ExternalID: "mli-1", Title: "Peacekeeper wounded in Mali", Published: date("2017-12-18"),
		Text: "A UN patrol hit a suspected improvised explosive device in Kidal city in Mali this morning, the mission said."}
	a := New(newMemIndex(belgian, mali, testArticles[0]), Options{})
	for q, want := range map[string]string{
		"Which village in Aleppo province was hit by an airstrike that Russia linked to Belgian F-16 jets?": "bel-1",
		"Which village near Aleppo did a US-led strike hit, according to the Russian military?":             "bel-1",
		"In which Malian city did a UN patrol hit a suspected explosive device?":                            "mli-1",
	} {
		ans, err := a.Ask(context.Background(), q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Supported || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != want {
			t.Errorf("%q: %q citing %+v, want an answer from %s", q, ans.Answer, ans.Citations, want)
		}
	}
}

// TestRareNameAnswersAQuestionTheGateTurnsAway: a count question the
// relevance gate reads as off the subject (no armed word) is answered when
// the article holds the rare name it gives.
func TestRareNameAnswersAQuestionTheGateTurnsAway(t *testing.T) {
	marawi := news.Article{ExternalID: "mar-1", Title: "Families return to Marawi City", Published: date("2017-12-10"),
		Text: "The hope of returning home has rekindled for over 350,000 internally displaced persons of Marawi City who sought refuge with host families for five months. " +
			"The Government has facilitated the return of over 26,000 families."}
	a := New(newMemIndex(marawi, weather, programming, testArticles[0]), Options{})
	ans, err := a.Ask(context.Background(), "How many internally displaced persons hoped to return home to Marawi City?", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Supported || !strings.Contains(ans.Answer, "350,000") {
		t.Errorf("answer %q (supported %v), want 350,000 from mar-1", ans.Answer, ans.Supported)
	}
}

// TestOtherNamesNeedNotBeHeld: a name the gazetteer does not know — an
// agency or an acronym a reader adds ("OCHA", "IED") — need not be in the
// answering article, which writes it otherwise or not at all; a place the
// gazetteer knows must be (TestNamedPlaceMustBeHeld). A sealed reader's
// question was declined this way although the stored report answered it.
func TestOtherNamesNeedNotBeHeld(t *testing.T) {
	borno := news.Article{ExternalID: "ng-1", Title: "Suicide bomber kills 13 in Borno market", Published: date("2017-12-03"),
		Text: "A person-borne improvised explosive device killed at least 13 civilians in a market in the town of Biu, " +
			"Borno State, on Saturday, humanitarian sources said."}
	a := New(newMemIndex(append([]news.Article{borno}, testArticles...)...), Options{})
	ans, err := a.Ask(context.Background(), "In which Borno State town did a person-borne IED attack kill at least 13 civilians in December 2017?", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Supported || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != "ng-1" {
		t.Fatalf("answered %q citing %+v, want an answer from ng-1", ans.Answer, ans.Citations)
	}
	if !known("Aleppo") || known("IED") {
		t.Errorf("known(Aleppo) = %v, known(IED) = %v; want true, false", known("Aleppo"), known("IED"))
	}
}

// TestOffSubjectReportIsAnswered: a question off the war's subject that
// gives an event's particulars, all held by one stored report with the
// name it gives, is answered from it; one about a thing in general is
// declined though a report holds its words.
func TestOffSubjectReportIsAnswered(t *testing.T) {
	quake := news.Article{ExternalID: "unicef-mx", Title: "Mexico Earthquakes Humanitarian Situation Report", Published: date("2017-12-19"),
		Text: "On 7 and 19 September, 2017 Mexico was struck by two earthquakes of 8.2 and 7.1 magnitude on the Richter scale, respectively. " +
			"Most children have returned to school."}
	tokyo := news.Article{ExternalID: "ocha-jp", Title: "Donors meet in Tokyo", Published: date("2017-12-01"),
		Text: "Donors met in Tokyo to discuss aid for the displaced population of Syria. The population of the camps grew."}
	workshop := news.Article{ExternalID: "undp-ws", Title: "Workshop for integrating the gender approach into adaptation planning for agricultural sectors",
		Published: date("2017-12-19"), Text: "The event was attended by 47 people representing the Ministries of Environment and Agriculture. " +
			"Methods for gender analysis were shared."}
	a := New(newMemIndex(append([]news.Article{quake, tokyo, workshop, weather}, testArticles...)...), Options{})
	for _, tt := range []struct {
		q    string
		want string // the article cited first; "" declined
	}{
		{"What was the magnitude of the earthquake that struck Mexico on 7 September 2017?", "unicef-mx"},
		{"What is the population of Tokyo?", ""},
		{"How many people attended the workshop on integrating the gender approach into adaptation planning for agricultural sectors?", "undp-ws"},
	} {
		ans, err := a.Ask(context.Background(), tt.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if ans.Supported && len(ans.Citations) > 0 {
			got = ans.Citations[0].ArticleID
		}
		if got != tt.want {
			t.Errorf("%q: answered %q citing %q, want %q", tt.q, ans.Answer, got, tt.want)
		}
	}
}
