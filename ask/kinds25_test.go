package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented questions and reports of round h-ask25 (issue 14 item 5, answers
// that generalise): a question opening with a preposition other than
// "in"/"at" ("through which agency", "from which town") asks for what that
// preposition takes after the question's verb, and the report writes it
// there, beside names nearer the question's other words.

var prepReports = []news.Article{
	{ExternalID: "prep-1", Title: "Varonia says it has enough malaria drugs", Published: date("2017-11-24"),
		Text: "Public clinics in Kessa province, whose malaria drugs the Osso Pharma company once sold to them, are now supplied through the Lumo Medical Depot, the Varonian Ministry of Health said on Friday. " +
			"Stocks will last until March, the ministry said."},
	{ExternalID: "prep-2", Title: "Families return to Tarsa", Published: date("2017-11-26"),
		Text: "Some 400 families who fled to Tarsa town from the fighting in Mekka district in October have begun to return to Mekka district, Mayor Lina Port of Tarsa said on Sunday. " +
			"Aid workers in Tarsa town said the families had walked from Dolo village, the last of Mekka district to be cleared, in four days."},
	// the verb twice in one sentence, each with a body named by its acronym
	{ExternalID: "prep-3", Title: "Kessa has enough vaccines, health office says", Published: date("2017-11-28"),
		Text: "Kessa's health office said the public clinics of Kessa district are supplied with measles vaccines through the Osso Regional store (ORS), and its private clinics are supplied through the Lumo Vaccine Company (LVC) and Beda Cold Chain (BCC). " +
			"Stocks will last until April, the office said. " +
			"Its private clinics are also supplied with"},
}

func TestAnswerKinds25(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(prepReports...)}, Options{})
	askWant(t, a, []askCase{
		{"Through which agency are public clinics in Kessa province supplied with malaria drugs?", "Lumo Medical Depot", "prep-1"},
		// the occurrence of the verb whose subject is the question's, and the
		// acronym given as the report defines it, its last word written small
		{"Through which agency are public clinics in Kessa supplied with measles vaccines?", "Osso Regional store", "prep-3"},
		{"From which village did the families who fled the fighting in Mekka district walk to Tarsa town?", "Dolo", "prep-2"},
	})
}

func TestDefinedBefore(t *testing.T) {
	for _, c := range []struct{ text, acr, want string }{
		{"supplied through the National Medical Stores ", "NMS", "National Medical Stores"},
		{"supplied through the National Medical stores ", "NMS", "National Medical stores"},
		{"a new Planning Commission ", "NPC", ""},   // "new" spells no capital
		{"the Kessa stores ", "KS", ""},             // two letters: the small word may be any
		{"the national Medical Stores ", "NMS", ""}, // only the last word written small
		{"said the National Planning Commission ", "NPC", "National Planning Commission"},
	} {
		if got := definedBefore(c.text, []rune(c.acr)); got != c.want {
			t.Errorf("definedBefore(%q, %s) = %q, want %q", c.text, c.acr, got, c.want)
		}
	}
}

func TestOpeningPrepArgument(t *testing.T) {
	for _, c := range []struct {
		q, verb, prep string
	}{
		{"Through which agency are public clinics in Kessa supplied with malaria drugs?", "supplied", "through"},
		{"From which village did the families of Mekka district walk to Tarsa?", "walk", "from"},
		{"Under which programme was the Kessa survey carried out?", "carried", "under"},
		{"By which group was the town taken?", "", ""}, // the doer, read as such
		{"In which city was the workshop held?", "held", ""},
	} {
		q := Parse(c.q, testNow)
		want := verbBase(c.verb)
		if c.verb == "" {
			want = ""
		}
		if q.argSlot == slotPlace && (q.argVerb != want || q.argPrep != c.prep) || q.argSlot != slotPlace && want != "" {
			t.Errorf("%q: verb %q prep %q slot %d, want %q %q in slot %d", c.q, q.argVerb, q.argPrep, q.argSlot, want, c.prep, slotPlace)
		}
	}
}
