package ask

import (
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
)

// TestHeadIsLastNoun: an unknown "which X Y" phrase asks for a Y ("which
// local partner", "which heavy metals"), one of a named kind when Y is
// singular (round h-ask37); a participle ends what a count
// question counts ("how many incidents affecting children").
func TestHeadIsLastNoun(t *testing.T) {
	for _, c := range []struct {
		q, head string
		typ     Type
	}{
		{"Which local partner was preparing to take over the programme?", "partner", TypeName},
		{"Which heavy metals were found above recommended levels?", "metal", TypeOther},
		{"Which water management project did the officials visit?", "project", TypeName},
		{"Which consultancy wrote the report?", "consultancy", TypeName},
		// the owner of a possessive is asked for, a body as a country
		{"Which organisation's volunteers went through the villages?", lang.Stem("organisation"), TypeName},
		{"Which country's delegation asked for a vote?", "country", TypePlace},
	} {
		q := Parse(c.q, testNow)
		if q.Head != c.head || q.Type != c.typ {
			t.Errorf("%q: head %q type %v, want %q %v", c.q, q.Head, q.Type, c.head, c.typ)
		}
	}
	q := Parse("How many incidents affecting children were documented?", testNow)
	if len(q.Units) != 1 || q.Units[0] != "incident" {
		t.Errorf("units %q, want [incident]", q.Units)
	}
}

// TestHyponyms: things listed after a plural of the kind asked and "such
// as" or "including" answer; not after a singular (its parts), nor when the
// question itself lists a member.
func TestHyponyms(t *testing.T) {
	q := Parse("Which heavy metals were found in the river?", testNow)
	sps := hyponymSpans(&q, plainSentence("It found heavy metals, such as lead and arsenic, above recommended levels."))
	if len(sps) != 1 || sps[0].text != "lead and arsenic" {
		t.Errorf("spans %+v, want lead and arsenic", sps)
	}
	if sps := hyponymSpans(&q, plainSentence("The metal including its alloys was found.")); len(sps) != 0 {
		t.Errorf("after a singular: %+v, want none", sps)
	}
	q = Parse("Which new alliance, including the Northern Front, attacked Velora?", testNow)
	if sps := hyponymSpans(&q, plainSentence("New alliances including the Kesh Brigade attacked the city.")); len(sps) != 0 {
		t.Errorf("the question lists a member: %+v, want none", sps)
	}
}

// TestNumberedKind: a figure before the kind asked tells which one ("the
// 2009 edition"); an adjective does not ("the overall theme").
func TestNumberedKind(t *testing.T) {
	q := Parse("Which earlier edition did the guidance update?", testNow)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The guidance is an update of the 2009 edition.", true},
		{"The guidance is an update of the overall edition.", false},
	} {
		s := plainSentence(c.text)
		i := len(s.toks) - 2 // the word before "edition"
		if got := numberedKind(&q, s, i, i); got != c.want {
			t.Errorf("numberedKind(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBaselineFit: the figure a report compares its own with is marked
// down, unless the question asks about the earlier period.
func TestBaselineFit(t *testing.T) {
	s := plainSentence("A rise from the preceding quarter when 746 incidents were reported, compared to 534 in 2015; 1,305 were documented.")
	idx := func(w string) int {
		for i, t := range s.toks {
			if t.low == w {
				return i
			}
		}
		return -1
	}
	q := Parse("How many incidents were documented in the quarter?", testNow)
	for _, c := range []struct {
		w    string
		want float64
	}{{"746", -periodBonus}, {"534", -periodBonus}, {"1", 0}} {
		if got := baselineFit(&q, s, idx(c.w)); got != c.want {
			t.Errorf("baselineFit(%s) = %v, want %v", c.w, got, c.want)
		}
	}
	q = Parse("How many incidents were documented in the preceding quarter?", testNow)
	if got := baselineFit(&q, s, idx("746")); got != 0 {
		t.Errorf("asked about the preceding quarter: %v, want 0", got)
	}
}

// TestNumberWordsWithAnd: "Nine-hundred and eighteen" is 918, "two
// hundred and fifty" 250, "five hundred thousand seven hundred thirteen"
// 500,713.
func TestNumberWordsWithAnd(t *testing.T) {
	for _, c := range []struct {
		text string
		want float64
	}{
		{"Nine-hundred and eighteen (918) cases", 918},
		{"two hundred and fifty people", 250},
		{"thirty-five and forty", 35},
		// a scale of a thousand closes the group before it: not 50000713
		{"five hundred thousand seven hundred thirteen cases", 500713},
		{"one million two hundred thousand people", 1200000},
		{"two thousand nine-hundred people", 2900},
		{"fifty thousand people", 50000},
		{"hundred people", 100},
	} {
		s := plainSentence(c.text)
		if v, _, ok := readNumber(s, 0); !ok || v != c.want {
			t.Errorf("readNumber(%q) = %v, want %v", c.text, v, c.want)
		}
	}
}

// TestTranslatedAcronym: an acronym of the name in another language ("DPC"
// for the Directorate of Civil Protection) is given with the name the
// report writes; letters that are not the name's initials are not.
func TestTranslatedAcronym(t *testing.T) {
	for _, c := range []struct{ text, acr, want string }{
		{"The Directorate of Civil Protection", "DPC", "Directorate of Civil Protection"},
		{"Médecins Sans Frontières", "MSF", "Médecins Sans Frontières"},
		{"The Directorate of Civil Protection", "DPX", ""},
		{"the public institution", "PI", ""},
	} {
		if got := translatedBefore(c.text, []rune(c.acr)); got != c.want {
			t.Errorf("translatedBefore(%q, %s) = %q, want %q", c.text, c.acr, got, c.want)
		}
	}
}

// TestAttachedCounts: a figure written onto what is counted ("12-step"),
// an ordinal before it ("31st consecutive day"), a multiple ("6 times")
// and the question's words after the bare figure ("88 in favour").
func TestAttachedCounts(t *testing.T) {
	for _, c := range []struct{ q, text, want string }{
		{"How many steps does the process have?", "It outlines a 12-step process.", "12-step"},
		{"For how many consecutive days had shelling hit Kesh?", "Shells hit Kesh for the 31st consecutive day.", "31st consecutive"},
		{"How much more likely are children to catch malaria?", "Children are 6 times more likely to catch it.", "6 times"},
		{"By how many votes in favour did the assembly keep them?", "By a vote of 88 in favour to 9 against.", "88 in favour"},
	} {
		q := Parse(c.q, testNow)
		if b, ok := spanBonus(countSpans(&q, plainSentence(c.text)), c.want); !ok || b < 0.35 {
			t.Errorf("%q in %q: bonus %v found %v, want a span %q of 0.35", c.q, c.text, b, ok, c.want)
		}
	}
	q := Parse("How many steps does the process have?", testNow)
	if _, ok := spanBonus(countSpans(&q, plainSentence("The 3rd phase began.")), "3rd phase"); ok {
		t.Errorf("an ordinal before another word is no count")
	}
}

// TestAndInBodyName: a body's name runs over "and" to the head noun asked
// ("Policy Analysis and Innovation Section" for which section), not to
// another name.
func TestAndInBodyName(t *testing.T) {
	q := Parse("Which section of the Norland Planning Branch produces the Trends report?", testNow)
	for _, c := range []struct{ text, want string }{
		{"Trends is an initiative of the Policy Analysis and Innovation Section of the branch.", "Policy Analysis and Innovation Section"},
		{"Trends is an initiative of UNICEF and the Innovation Section.", "UNICEF"},
	} {
		s := plainSentence(c.text)
		for _, tm := range q.Terms {
			matchTerm(tm, s.toks, s.hit)
		}
		var names []string
		for _, sp := range nameSpans(&q, s) {
			names = append(names, sp.text)
		}
		if !slices.Contains(names, c.want) {
			t.Errorf("%q: names %q, want %q among them", c.text, names, c.want)
		}
	}
}

// TestPeriodAsked: "what period" asks for a date, the two bounds of a
// period answer whole, and "The State of the ... report" is a title, not
// the state of a story.
func TestPeriodAsked(t *testing.T) {
	q := Parse("What period of performance will the 2018 edition of The State of the Relief System report assess?", testNow)
	if q.Type != TypeDate {
		t.Fatalf("type %v, want a date", q.Type)
	}
	s := plainSentence("The 2018 edition will assess performance over the period January 2015–December 2017.")
	if b, ok := spanBonus(dateSpans(&q, s), "January 2015–December 2017"); !ok || b <= 0.08 {
		t.Errorf("the period: bonus %v found %v, want more than a month's", b, ok)
	}
	if q := Parse("What is the state of the truce in Velora?", testNow); q.Type != TypeState {
		t.Errorf("the state of a truce: %v, want a state question", q.Type)
	}
}

// TestEstimateAsked: "what were the estimated X" asks for a figure of X.
func TestEstimateAsked(t *testing.T) {
	q := Parse("What were the estimated damage and losses from the storm in Velora?", testNow)
	if q.Type != TypeCount || len(q.Units) != 1 || q.Units[0] != lang.Stem("damage") {
		t.Fatalf("type %v units %q, want a count of damage", q.Type, q.Units)
	}
	s := plainSentence("The assessment estimates USD3 billion in damage and losses, three times the annual product.")
	if b, ok := spanBonus(countSpans(&q, s), "USD3 billion in damage"); !ok || b < 0.35 {
		t.Errorf("USD3 billion: bonus %v found %v, want 0.35", b, ok)
	}
}

// TestSpeakerAfterSaid: the name after "said" (and an honorific) is the
// speaker of a quote written first.
func TestSpeakerAfterSaid(t *testing.T) {
	q := Parse("Which UN leader said that those who fail to bet on a green economy will live in a grey future?", testNow)
	said, ok := spanBonus(nameSpans(&q, plainSentence("“Those who fail will live in a grey future,” said Mr Varga at the summit.")), "Varga")
	other, _ := spanBonus(nameSpans(&q, plainSentence("“Those who fail will live in a grey future,” the summit heard as Mr Varga arrived.")), "Varga")
	if !ok || said <= other {
		t.Errorf("Varga after said %v (found %v), elsewhere %v: want more after said", said, ok, other)
	}
	said, _ = spanBonus(nameSpans(&q, plainSentence("“Those who fail will live in a grey future,” said Anna Berg at the summit.")), "Anna Berg")
	other, _ = spanBonus(nameSpans(&q, plainSentence("“Those who fail will live in a grey future,” the summit heard as Anna Berg arrived.")), "Anna Berg")
	if said <= other {
		t.Errorf("Anna Berg after said %v, elsewhere %v: want more after said", said, other)
	}
}

// TestNameGiven: a name after "nicknamed", "named", "dubbed", "called" or
// "known as" is a person's name given as one.
func TestNameGiven(t *testing.T) {
	q := Parse("Which rebel leader, known by a nickname, was killed near Velora?", testNow)
	given, ok := spanBonus(nameSpans(&q, plainSentence("The attack was foiled, including one of the leaders who is nicknamed Abu Layth.")), "Abu Layth")
	other, _ := spanBonus(nameSpans(&q, plainSentence("The attack was foiled, including one of the leaders who fought Abu Layth.")), "Abu Layth")
	if !ok || given <= other {
		t.Errorf("after nicknamed %v (found %v), elsewhere %v: want more after nicknamed", given, ok, other)
	}
}

// TestShareButtons: a page's share buttons ("Print Tweet", "Views",
// "Related") are no part of a name.
func TestShareButtons(t *testing.T) {
	q := Parse("Which Velora neighbourhood was hit by barrel bombs?", testNow)
	s := plainSentence("Barrel bombs hit Velora AFP Monday 16 Jun 2014 Print Tweet Velora regime helicopters hit the Kesh neighbourhood.")
	for _, sp := range nameSpans(&q, s) {
		if strings.Contains(sp.text, "Print") || strings.Contains(sp.text, "Tweet") {
			t.Errorf("span %q holds a share button", sp.text)
		}
	}
}

// TestPluralHead: a name ending in the plural of the kind asked names a
// class or the last of a list ("Middle Income Countries"), when the
// question asks for one; names joined by "and" name each.
func TestPluralHead(t *testing.T) {
	s := plainSentence("The agency funds programmes in Middle Income Countries and in Velora.")
	q := Parse("Which country did the agency select for a field visit?", testNow)
	one, ok := spanBonus(nameSpans(&q, s), "Middle Income Countries")
	q = Parse("Which countries did the agency select for field visits?", testNow)
	several, _ := spanBonus(nameSpans(&q, s), "Middle Income Countries")
	if !ok || one >= several {
		t.Errorf("Middle Income Countries for which country %v (found %v), for which countries %v: want it lower for one", one, ok, several)
	}
	q = Parse("In which town did the attacks take place?", testNow)
	if _, ok := spanBonus(nameSpans(&q, plainSentence("The attacks took place in Mubi and Madagali towns.")), "Mubi and Madagali towns"); !ok {
		t.Errorf("Mubi and Madagali towns: no span")
	}
	if q := Parse("Which countries did the agency select?", testNow); !q.headPlural {
		t.Errorf("which countries: the head is plural")
	}
}
