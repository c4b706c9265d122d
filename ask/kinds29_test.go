package ask

import (
	"context"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask29 (issue 14 item 5, agency reports): a
// figure is cut from what it counts — a compound ("57 health posts"), the
// report's acronym for it ("31 KIs"), another word for people ("12,000
// persons") — or a reference's number ("(Figure 2)", a footnote's "2"
// written onto a sentence's end) is taken for a count; an update's
// increment ("an additional 420 families" since the last update) is taken
// for the total, and the individuals a count of families is converted to
// in brackets for the families asked.

var agencyReports = []news.Article{
	{ExternalID: "agency-1", Title: "Orlan province health update", Published: date("2019-06-12"),
		Text: "The agency supports 57 health posts, 12 mobile clinics and 9 hospitals across Orlan province. " +
			"Cholera cases fell for the third week in a row."},
	{ExternalID: "agency-2", Title: "Tarvo district protection monitoring, round two", Published: date("2020-05-08"),
		Text: "Insecurity has limited movement across the Tarvo district since March.2 Field teams held phone calls with Key Informants (KIs) between 30 April and 5 May. " +
			"In total, field teams interviewed 31 KIs, among whom were 12 elders and 19 traders."},
	{ExternalID: "agency-3", Title: "Merin hills facts and figures", Published: date("2018-06-20"),
		Text: "The conflict in the Merin hills, now in its fifth year, still drives most needs. " +
			"Between March and May 2018, over 12,000 persons have been newly displaced and are sheltering in schools."},
	{ExternalID: "agency-4", Title: "Zarenia food security outlook", Published: date("2021-06-02"),
		Text: "Fighting between the army and rebel groups has cut Zarenia's supply routes, and displaced farmers cannot reach their fields. " +
			"The annual inflation rate increased for the 12th straight month to 14.6 percent in May (Figure 2), with food inflation at 19.1 percent."},
	{ExternalID: "agency-5", Title: "Korvan city displacement flash update", Published: date("2019-05-20"),
		Text: "Since the last update on 3 May, the tracking team identified an additional 420 displaced families (approximately 2,100 individuals) in Korvan city. " +
			"In total, at least 6,310 families (approximately 31,550 individuals) have been displaced since fighting began on 2 April."},
	{ExternalID: "agency-6", Title: "Sarif valley clashes", Published: date("2018-06-15"),
		Text: "Following clashes between two armed groups in the Sarif valley on 12 June, at least 1,240 households (approximately 7,400 people) have fled their villages, the monitors said. " +
			"Schools in the valley remain closed."},
}

func TestAnswerKinds29(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(agencyReports...)}, Options{})
	for _, c := range []struct{ q, want, article string }{
		{"How many health posts does the agency support across Orlan province?", "57 health posts", "agency-1"},
		{"How many key informants did field teams interview in the Tarvo district?", "31 KIs", "agency-2"},
		{"How many people were newly displaced in the Merin hills between March and May 2018?", "over 12,000 persons", "agency-3"},
		{"What was Zarenia's annual inflation rate in May 2021?", "14.6 percent", "agency-4"},
		{"How many families had been displaced in Korvan city since fighting began on 2 April 2019?", "at least 6,310 families", "agency-5"},
		{"How many households fled their villages after the clashes in the Sarif valley in June 2018?", "at least 1,240 households", "agency-6"},
	} {
		ans, err := a.Ask(context.Background(), c.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(strings.ToLower(ans.Answer), strings.ToLower(c.want)) || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != c.article {
			t.Errorf("%q: answered %q citing %+v, want %q first from %s", c.q, ans.Answer, ans.Citations, c.want, c.article)
		}
	}
}

func TestNoteMarker(t *testing.T) {
	for _, c := range []struct {
		text, figure string
		want         bool
	}{
		{"Prices rose by 30 percent in April (see Table 3).", "3", true},
		{"The camps are listed in Annex 4 of the plan.", "4", true},
		{"Shelling hit the northern districts.7 Shops stayed closed.", "7", true},
		{"Some 3.5 million people need aid.", "5", false},
		{"Situation Report no.3 covers the week.", "3", false}, // a serial number, read elsewhere
		{"Rebels shelled 4 villages near the border.", "4", false},
	} {
		if got := atFigure(c.text, c.figure, noteMarker); got != c.want {
			t.Errorf("noteMarker(%q, %s) = %v, want %v", c.text, c.figure, got, c.want)
		}
	}
}

func TestUnitAcronym(t *testing.T) {
	q := Parse("How many community health workers did the clinics in Ambar train in 2018?", testNow)
	for w, want := range map[string]bool{"CHWs": true, "CHW": true, "CHs": false, "chws": false, "NFIs": false} {
		if got := unitAcronym(&q, w); got != want {
			t.Errorf("unitAcronym(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestOtherCountsAfterTheFloor(t *testing.T) {
	// the floor chose the second report's figure: the first, better
	// scored, is another report's count
	picks := []pick{
		{span: span{text: "1,200 persons", value: 1200}, cand: 1, local: 1.0},
		{span: span{text: "24", value: 24}, cand: 0, local: 0.9},
	}
	if got := otherCounts(picks, picks[1]); !strings.Contains(got, "1,200 persons") {
		t.Errorf("otherCounts = %q, want the other report's 1,200 persons", got)
	}
}

func TestIncrement(t *testing.T) {
	for _, c := range []struct {
		text, figure string
		want         bool
	}{
		{"Since the last update, a further 1,200 people have arrived in the camps.", "1", true},
		{"The team identified an additional 420 families since the previous report.", "420", true},
		{"The blast killed ten people and wounded a further 20 in the market.", "20", false}, // one event's other count
		{"An additional 300 troops were deployed to the border in March.", "300", false},
	} {
		if got := atFigure(c.text, c.figure, increment); got != c.want {
			t.Errorf("increment(%q, %s) = %v, want %v", c.text, c.figure, got, c.want)
		}
	}
}

// atFigure reports what test says of the first token of text written
// figure.
func atFigure(text, figure string, test func(*sentence, int) bool) bool {
	s := plainSentence(text)
	for i, tok := range s.toks {
		if tok.low == figure {
			return test(s, i)
		}
	}
	return false
}
