package ask

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask16 (issue 14 item 5, answers that
// generalise): the answer span's kind and extent.
//   - a body spelled out before the acronym the question writes ("the
//     Disaster Authority of Varonia (DAV)" for "the DAV chairman") is the
//     question's own words, no answer; an acronym after a place that does
//     not spell it ("in Lorvia (COP30)") leaves the place an answer;
//   - a rank is no name ("Lt" alone), nor part of one ("Lt. Gen Omar Tarik
//     Dalan"), and the role the question names stands beside a name across
//     the question's words and a rank ("Chairman DAV, Lt. Gen ...");
//   - a headline's "By" starts its byline: "... against Malaria By Lina
//     Vost" is no name run;
//   - a name glued by "@" is given whole ("Start@hub", not "Start").
func TestAnswerKindAndExtent16(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "dav-1", Title: "Authority and UNICEF sign plan", Published: date("2017-12-01"),
			Text: "The Disaster Authority of Varonia (DAV) and UNICEF signed a joint work plan on Monday. " +
				"Chairman DAV, Lt. Gen Omar Tarik Dalan and the Acting Representative of UNICEF, Cris Munate signed the document. " +
				"The plan covers risk reduction in Varonia."},
		{ExternalID: "cop-1", Title: "Leaders meet on climate finance", Published: date("2017-12-13"),
			Text: "Next year the state of Dorado and other partners will host a conference ahead of the UN Climate Conference 2018 in Lorvia (COP30), the organisers said. " +
				"Ministers pledged new funds."},
		{ExternalID: "hub-1", Title: "Young founders of Tarsia", Published: date("2017-12-05"),
			Text: "In February 2017, Mina Sadri founded Start@hub, an online platform for young entrepreneurs in Tarsia. " +
				"It has 2,000 members."},
		{ExternalID: "mal-1", Title: "Fund Reaches Milestone for Global Fight against Malaria By Lina Vost, Director of Programmes", Published: date("2017-12-01"),
			Text: "The Orvan Malaria Fund reached a milestone of $200 million this week. " +
				"The fund was founded by Pera Lund in 2006."},
	}
	checkAnswers(t, New(&factIndex{memIndex: newMemIndex(arts...)}, Options{}), []answerCase{
		{"Who is the DAV chairman who signed the joint work plan with UNICEF in Varonia?", "Omar Tarik Dalan", "dav-1"},
		{"In which country will the 2018 UN climate conference COP30 be held?", "Lorvia", "cop-1"},
		{"What is the name of the online platform for young entrepreneurs that Mina Sadri founded in February 2017?", "Start@hub", "hub-1"},
	})
	checkAvoids(t, New(&factIndex{memIndex: newMemIndex(arts...)}, Options{}), map[string]string{
		"Who is the DAV chairman who signed the joint work plan with UNICEF in Varonia?": "Disaster Authority",
		"Who heads the programmes of the Orvan Malaria Fund that reached a milestone?":   "Malaria By",
	})
}

// checkAvoids asks each question of bad and fails when its answer holds
// the text bad gives for it (in any case).
func checkAvoids(t *testing.T, a *Asker, bad map[string]string) {
	t.Helper()
	for q, b := range bad {
		ans, err := a.Ask(t.Context(), q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.ToLower(ans.Answer), strings.ToLower(b)) {
			t.Errorf("%q answered %q", q, ans.Answer)
		}
	}
}

// TestRankNoName: nameSpans gives no span of a rank alone and drops a rank
// that opens a person's run.
func TestRankNoName(t *testing.T) {
	q := Parse("Who is the chairman of the authority?", testNow)
	s := plainSentence("Chairman of the authority, Lt. Gen Omar Tarik Dalan, signed it.")
	s.hit[0] = true // "Chairman", the question's role
	found := false
	for _, sp := range nameSpans(&q, s) {
		found = found || sp.text == "Omar Tarik Dalan"
		if sp.text == "Lt" || sp.text == "Gen Omar Tarik Dalan" {
			t.Errorf("rank in a name span: %+v", sp)
		}
	}
	if !found {
		t.Errorf("no span of the name: %+v", nameSpans(&q, s))
	}
}

// TestListItemAnswers: a list's item is read with the sentence ending in a
// colon that introduces it ("... was hit by some rockets, which led to:"):
// the count in "- 31 causalities were reported" (sic) answers how many casualties
// the attack caused, across an earlier item of the list.
func TestListItemAnswers(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "clinic-1", Title: "Health sector flash update", Published: date("2017-07-02"),
			Text: "On 27 June 2017 at 3.10 pm, Korven Central Clinic in Varsa was reportedly hit by some rockets, which led to:\n" +
				"- Partial damage to the building\n" +
				"- 31 causalities were reported (all are civilians)\n" +
				"- The clinic stopped working for two days\n\n" +
				"Other facilities kept working."},
	}
	checkAnswers(t, New(&factIndex{memIndex: newMemIndex(arts...)}, Options{}), []answerCase{
		{"How many casualties were reported when rockets hit Korven Central Clinic in Varsa on 27 June 2017?", "31", "clinic-1"},
	})
}
