package ask

import (
	"context"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask30 (issue 14 item 5, agency reports): the
// question joins a place's name with a particle or a letter
// ("Dar-e-Salam", "Tell-el-Hamra") where the text writes its words apart,
// or types a straight apostrophe where the text sets a curly one
// ("Ba'aqa" for "Ba’aqa"): the text's words are still the question's own,
// no answer to it. A figure of a date written with slashes ("27/6/2017") is
// no count.

var linkedReports = []news.Article{
	{ExternalID: "linked-1", Title: "Northern provinces COVID-19 response", Published: date("2020-10-22"),
		Text: "Mobile clinics for displaced families in Keshem and Dar were discussed with the health departments of Orlan and Tarvo on 14 October. " +
			"They requested MCI to run the clinics. " +
			"The Dar e Salam district hosts some 40,000 returnees."},
	{ExternalID: "linked-2", Title: "Hamra valley shelter update", Published: date("2018-07-09"),
		Text: "The figure includes 140 displaced households living in four schools in Tell Hamra. " +
			"Before the schools reopen, the shelter partners plan to move them to the Riverside sports hall."},
	{ExternalID: "linked-3", Title: "Coastal district water update", Published: date("2019-03-14"),
		Text: "Water trucking continued for 3,200 displaced people sheltering in Ba’aqa town. " +
			"Partners will relocate the families to the Eastgate transit site before the rains."},
	{ExternalID: "linked-4", Title: "Attacks on health care, flash update", Published: date("2017-06-28"),
		Text: "Flash Update #7, Date: 27/6/2017 **Location** Norland governorate, Ba’aqa district, Harun clinic\n" +
			"- 18 casualties were reported (all civilians)"},
}

func TestAnswerKinds30(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(linkedReports...)}, Options{})
	for _, c := range []struct{ q, want, article string }{
		{"Which organisation did the health departments of Orlan and Tarvo ask in October 2020 to run mobile clinics for displaced families in Dar-e-Salam and Keshem?", "MCI", "linked-1"},
		{"How many casualties were reported when shelling hit the Harun clinic in Ba'aqa district in June 2017?", "18", "linked-4"},
		{"Where were partners planning to move the families sheltering in Ba'aqa town before the rains in 2019?", "the Eastgate transit site", "linked-3"},
	} {
		ans, err := a.Ask(context.Background(), c.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.ToLower(ans.Answer), strings.ToLower(c.want)) || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != c.article {
			t.Errorf("%q: answered %q citing %+v, want %q first from %s", c.q, ans.Answer, ans.Citations, c.want, c.article)
		}
	}
}

func TestLinkedAndCurlyMatch(t *testing.T) {
	for _, c := range []struct {
		word, low string
		want      bool
	}{
		{"mazar-e-sharif", "mazar", true},
		{"tell-el-hamra", "hamra", true},
		{"tell-el-hamra", "el", false},
		{"us-led", "us", false}, // two parts: partMatch's business
	} {
		if got := linkedPart(Term{Word: c.word}, c.low); got != c.want {
			t.Errorf("linkedPart(%q, %q) = %v, want %v", c.word, c.low, got, c.want)
		}
	}
	for _, c := range []struct {
		text, figure string
		want         bool
	}{
		{"Date: 27/6/2017 Location", "6", true},
		{"on 3/11/2019 the teams", "3", true},
		{"1/3 of the wells", "1", false}, // a share, no year
		{"SYP 200/bundle", "200", false},
	} {
		if got := atFigure(c.text, c.figure, slashDate); got != c.want {
			t.Errorf("slashDate(%q, %s) = %v, want %v", c.text, c.figure, got, c.want)
		}
	}
	if !curlyMatch(Term{Word: "ba'aqa"}, "ba’aqa") || curlyMatch(Term{Word: "baaqa"}, "ba’aqa") {
		t.Error("curlyMatch: a curly apostrophe is the question's straight one, and only that")
	}
}
