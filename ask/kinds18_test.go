package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask18 (issue 14 item 5, answers that
// generalise): a report's furniture is not its matter, and two people
// named together answer together.
//   - a byline's writer ("... By Lina Vost, Director of Programmes", a
//     headline ending in "TOMAS BREL") answers no question but who wrote it;
//   - a dateline's place before its date ("... Programme Farrow; 18th
//     December:") is where the report was filed, not who signed;
//   - "the idea of Anaro and Jon Tamm" (one word, then two) answers who founded it with both.
func TestAnswerFurniture18(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "mal-1", Title: "(BLUE) Reaches Milestone for Fight against Malaria By Lina Vost, Director of Programmes", Published: date("2017-12-01"),
			Text: "One of the fund's oldest partnerships is with (BLUE), the idea of Anaro and Jon Tamm to raise money for bed nets. " +
				"The fund counts many other partners."},
		{ExternalID: "asc-1", Title: "Staff Association of the Mission supports a Varon orphanage TOMAS BREL", Published: date("2017-12-03"),
			Text: "The Staff Association of the Mission gave food and beds to the Varon orphanage and the children's ward. " +
				"“We want these children to learn in a safe place,” said Dario Kett, President of the Staff Association. " +
				"The orphanage hosts 60 children."},
		{ExternalID: "dav-2", Title: "", Published: date("2017-12-18"),
			Text: "DAV and UNICEF Sign Plan for Continued Work in Risk Reduction Programme Farrow; 18th December: The two signed a plan. " +
				"Chairman DAV, Lt. Gen Omar Dalan and the Representative of UNICEF, Cris Munate signed the document. " +
				"The plan covers risk reduction in Varonia."},
	}
	checkAnswers(t, New(&factIndex{memIndex: newMemIndex(arts...)}, Options{}), []answerCase{
		{"Who founded (BLUE), the partner that reached a milestone for the fund?", "Anaro and Jon Tamm", "mal-1"},
		{"Who is the DAV chairman who signed the risk reduction plan with UNICEF?", "Omar Dalan", "dav-2"},
		{"Who wrote the report on the (BLUE) milestone against malaria?", "Lina Vost", "mal-1"},
	})
	checkAvoids(t, New(&factIndex{memIndex: newMemIndex(arts...)}, Options{}), map[string]string{
		"Who is the President of the Staff Association that gave food and beds to the Varon orphanage?": "Brel",
		"Who founded (BLUE), the partner that reached a milestone for the fund?":                        "Vost",
		"Who is the DAV chairman who signed the risk reduction plan with UNICEF?":                       "Farrow",
	})
}

// TestFurnitureName: the byline's writer and the dateline's place are
// furniture; a name after a lower-case "by" or a place before no date is not.
func TestFurnitureName(t *testing.T) {
	q := Parse("Who signed the plan?", testNow)
	for _, c := range []struct {
		text     string
		from, to int
		want     bool
	}{
		{"Fund Reaches Milestone By Lina Vost, Director", 4, 5, true},
		{"The plan was signed by Lina Vost, the director", 5, 6, false},
		{"Plan in Risk Reduction Farrow; 18th December: The two signed", 4, 4, true},
		{"MANILA/COTABATO CITY, Varonia, 24 December 2017— UNICEF said", 1, 2, true},
		{"Aid reached Farrow, the capital, on Monday", 2, 2, false},
	} {
		s := plainSentence(c.text)
		if got := furnitureName(&q, s, c.from, c.to); got != c.want {
			t.Errorf("%q [%d,%d] (%q): furniture %v, want %v", c.text, c.from, c.to, joinSpan(s, c.from, c.to), got, c.want)
		}
	}
	w := Parse("Who wrote the report?", testNow)
	if furnitureName(&w, plainSentence("Fund Reaches Milestone By Lina Vost, Director"), 4, 5) {
		t.Error("a byline is furniture for who wrote the report")
	}
}

// TestAcronymCommonness: an acronym is counted apart from the common word it
// spells ("REACH", a body, is not "reach"): of four reports that write
// "reach" and one that writes "REACH", the acronym is rare, the verb common.
func TestAcronymCommonness(t *testing.T) {
	var cands []candidate
	for _, text := range []string{"Aid did not reach the town.", "Teams could reach the camp.", "Convoys reach the north.", "Food may reach them soon."} {
		cands = append(cands, candidate{sents: []sentence{*plainSentence(text)}})
	}
	body := plainSentence("The taskforce is led by REACH and its partners.")
	cands = append(cands, candidate{sents: []sentence{*body}})
	df := localDF(cands)
	k := 5 // "REACH"
	if got := commonness(body, span{from: k, to: k}, df, len(cands)); got > 0.2 {
		t.Errorf("commonness of %q = %.2f, want 0.2 at most", body.toks[k].text, got)
	}
	verb := &cands[0].sents[0]
	if got := commonness(verb, span{from: 3, to: 3}, df, len(cands)); got < 0.8 {
		t.Errorf("commonness of %q = %.2f, want 0.8 at least", verb.toks[3].text, got)
	}
}
