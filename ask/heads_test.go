package ask

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestHeadEndsAtComma: the noun a "which" question asks for is written
// before any comma; what follows the comma describes it ("which rebel
// leader, known by a nickname", "which faction, alongside the Front,").
func TestHeadEndsAtComma(t *testing.T) {
	for _, c := range []struct {
		q    string
		typ  Type
		head string
	}{
		{"Which rebel leader, known by a nickname, was killed near Velora in May 2016?", TypePerson, "leader"},
		{"Which Islamist faction, alongside the Northern Front, lost fighters near Velora?", TypeName, "faction"},
		{"Which commander; known as the Falcon, led the assault on Velora?", TypePerson, "commander"},
		// no comma: the phrase runs on as before
		{"Which Security Council resolution was adopted in 2017?", TypeName, "resolution"},
	} {
		q := Parse(c.q, testNow)
		if q.Type != c.typ || q.Head != c.head {
			t.Errorf("%q: %v %q, want %v %q", c.q, q.Type, q.Head, c.typ, c.head)
		}
	}
}

// TestHeadEndsAtCommaAnswer: end to end, the leader asked for past a
// comma is a person, not the nickname's description nor a place.
func TestHeadEndsAtCommaAnswer(t *testing.T) {
	art := news.Article{ExternalID: "velora-1", Title: "Rebel commander killed near Velora",
		Text: "A senior rebel leader, Karim Dastani, known as Abu Layth, was killed in an air strike near the village of Ostrava in Velora province, a monitor said. " +
			"Rebel fighters mourned him in Ostrava."}
	a := New(newMemIndex(art, dengueUpdate), Options{})
	ans := askOne(t, a, "Which rebel leader, known by a nickname, was killed in an air strike near Ostrava in Velora province?")
	if firstCited(ans) != "velora-1" || !strings.Contains(ans.Answer, "Karim Dastani") && !strings.Contains(ans.Answer, "Abu Layth") {
		t.Errorf("answer %q cited %q, want the leader's name from velora-1", ans.Answer, firstCited(ans))
	}
}

// TestTownIsNoCountry: a town asked for is no country the gazetteer
// knows, even when the country is written in the sentence's body's name
// (invented report).
func TestTownIsNoCountry(t *testing.T) {
	if b := countryFit("town", "South Sudan", "organized"); b >= 0 {
		t.Errorf("countryFit(town, South Sudan) = %v, want a mark-down", b)
	}
	if b := countryFit("town", "Velmora", ""); b != 0 {
		t.Errorf("countryFit(town, Velmora) = %v, want 0", b)
	}
	art := news.Article{ExternalID: "forum-1", Title: "Women appeal for a greater role in peace",
		Text: "Women of the region want a greater role in building peace. " +
			"Speaking at a one-day forum in Velmora, organized by the Gender Affairs unit of the United Nations Mission in South Sudan, the women urged the parties to end the conflict. " +
			"The forum discussed the role of women in peace talks."}
	a := New(newMemIndex(art, dengueUpdate), Options{})
	ans := askOne(t, a, "In which town did the UN mission's Gender Affairs unit hold a one-day forum for women?")
	if firstCited(ans) != "forum-1" || ans.Answer != "Velmora" {
		t.Errorf("answer %q cited %q, want Velmora from forum-1", ans.Answer, firstCited(ans))
	}
}

// TestSurnameAsked: "what is the surname (last name, first name) of the
// X" types by X, as "what was the name of the X" does.
func TestSurnameAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		typ  Type
		head string
	}{
		{"What is the surname of the executive secretary of the Norland network who warned that cholera was spreading?", TypePerson, "secretary"},
		{"What is the last name of the spokeswoman who announced the talks?", TypePerson, "spokeswoman"},
		{"What was the first name of the envoy to Velora?", TypePerson, "envoy"},
		// "last" alone is no part of a name
		{"What was the last town the convoy reached?", TypePlace, "town"},
	} {
		q := Parse(c.q, testNow)
		if q.Type != c.typ || q.Head != c.head {
			t.Errorf("%q: %v %q, want %v %q", c.q, q.Type, q.Head, c.typ, c.head)
		}
	}
	art := news.Article{ExternalID: "net-1", Title: "Cholera spreading in Velora, network warns",
		Text: "Cholera is spreading in the capital and the eastern provinces, warned Tomas Varga, executive secretary of the Norland Network of Health Groups. " +
			"The network asked the ministry for more clinics."}
	a := New(newMemIndex(art, dengueUpdate), Options{})
	ans := askOne(t, a, "What is the surname of the executive secretary of the Norland Network of Health Groups who warned that cholera was spreading?")
	if firstCited(ans) != "net-1" || !strings.Contains(ans.Answer, "Varga") {
		t.Errorf("answer %q cited %q, want Varga from net-1", ans.Answer, firstCited(ans))
	}
}
