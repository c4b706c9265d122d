package ask

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented questions and reports of round h-ask23 (issue 14 item 5, answers
// that generalise): a report names a body in full once and by its acronym
// after that, a question written from it gives the full name, and the
// sentence answering it holds the question's words only through the
// acronym.

var acronymReports = []news.Article{
	{ExternalID: "acr-1", Title: "Varonian Farmers Union hands seed to families in Beda", Published: date("2017-11-20"),
		Text: "The Varonian Farmers Union has handed seed and tools to 300 families in the villages of Beda and Osso and to the Osso Grain Store, Mayor Lina Port said. " +
			"Many of the families lost their harvest to the floods of August. " +
			"“We want every family to plant before the rains come,” said Tomas Ardel, the chair of the VFU."},
	{ExternalID: "acr-2", Title: "Wells repaired in Kessa district", Published: date("2017-11-22"),
		Text: "The Kessa Water Authority (KWA) and its partners have begun work on the wells of Kessa district, district officials said. " +
			"Flooding in September left most of the district without clean water. " +
			"By Friday the KWA had repaired the wells of Lumo, officials said, and the Kessa Water Authority expects to finish the district by January."},
}

func TestAcronymTerms(t *testing.T) {
	for _, c := range []struct {
		q, article, acr string
		credited        bool
	}{
		// the question's own name spells the acronym the report uses alone
		{"Who is the chair of the Varonian Farmers Union that handed seed to families?", "acr-1", "VFU", true},
		// the report defines the acronym in brackets
		{"Which wells did the Kessa Water Authority repair by Friday?", "acr-2", "KWA", true},
		// one word of the question in the long form is no evidence
		{"Who is the chair of the union that handed seed to families?", "acr-1", "VFU", false},
	} {
		q := Parse(c.q, testNow)
		q.Terms, _, _ = contentTerms(tokenize(c.q))
		var gs []group
		for _, term := range q.Terms {
			gs = append(gs, group{term: term, df: 1, idf: 1})
		}
		var art news.Article
		for _, a := range acronymReports {
			if a.ExternalID == c.article {
				art = a
			}
		}
		cand := candidate{art: art}
		matchArticle(&cand, gs, []string{art.Title})
		var before []float64
		for _, s := range cand.sents {
			before = append(before, s.score)
		}
		acronymTerms(&q, &cand, gs)
		for si, s := range cand.sents {
			holds := false
			for _, tk := range s.toks {
				holds = holds || tk.text == c.acr
			}
			if !holds || strings.Contains(s.text, "("+c.acr+")") {
				if s.score != before[si] && !strings.Contains(s.text, "("+c.acr+")") {
					t.Errorf("%q: %q credited without the acronym", c.q, s.text)
				}
				continue
			}
			if got := s.score > before[si]; got != c.credited {
				t.Errorf("%q: %q credited %v (%.1f -> %.1f), want %v", c.q, s.text, got, before[si], s.score, c.credited)
			}
		}
	}
}

// a place asked of a verb ("in which city was the workshop held") is
// written after it and "in", where the lead's words nearer the question's
// name a body of the country
var placeReports = []news.Article{
	{ExternalID: "plc-1", Title: "Planning for floods in Varonia", Published: date("2017-11-24"),
		Text: "**Varonia, 12-15 November 2017 -** In partnership with the **Royal Varonian** **Ministry of Water and Forests** and its Kessa Dam Office, UNDP and the agency organized a workshop and study tour on cost-benefit analysis of flood planning. " +
			"Following earlier trainings, the two-day advanced workshop held in Lumo on 12-13 November brought together 30 engineers from every province. " +
			"The engineers then visited two dams."},
}

func TestAnswerKinds23(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(append(append([]news.Article{}, acronymReports...), placeReports...)...)}, Options{})
	askWant(t, a, []askCase{
		// "the chair of the VFU", not the mayor beside the union's full name
		{"Who is the chair of the Varonian Farmers Union that handed seed and tools to families in Beda in November 2017?", "Tomas Ardel", "acr-1"},
		{"In which city was the UNDP workshop on cost-benefit analysis for Varonia's Ministry of Water and Forests held in November 2017?", "Lumo", "plc-1"},
	})
}

func TestAskedVerbPlace(t *testing.T) {
	for _, c := range []struct{ q, verb string }{
		{"In which city was the water workshop for the Kessa ministry held in November 2017?", "held"},
		{"In which town did the Osso talks take place?", "take"},
		{"Where were farmers gathered when the strike hit?", ""}, // the sentence's own "where" as often
		{"In which town did the union give seed to families?", "give"},
		{"In which village did an air strike kill 18 civilians?", "kill"}, // the verb before its object's count (h-ask52), not the object
		{"In which district were the affected families counted?", "count"},
		{"Which town was hit?", ""}, // the thing hit: no place of a verb
	} {
		q := Parse(c.q, testNow)
		want := verbBase(c.verb)
		if c.verb == "" {
			want = ""
		}
		if got := q.argVerb; q.argSlot == slotPlace && got != want || q.argSlot != slotPlace && want != "" {
			t.Errorf("%q: verb %q slot %d, want %q in slot %d", c.q, got, q.argSlot, want, slotPlace)
		}
	}
}
