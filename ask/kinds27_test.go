package ask

import (
	"context"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask27 (issue 14 item 5, answers that
// generalise): a headline rounds with a hedge ("More than 200 families")
// the figure its text states exactly ("226 families").

var roundedReports = []news.Article{
	{ExternalID: "round-1", Title: "More than 300 displaced families receive blankets in Lorat province", Published: date("2017-12-20"),
		Text: "The relief office said it had reached 342 displaced families by Sunday. " +
			"Each family received two blankets and one stove."},
	// the headline without a stop runs into the first sentence
	{ExternalID: "round-2", Title: "Nearly 50 students hurt in Kesso school fire", Published: date("2017-11-08"),
		Text: "Nearly 50 students hurt in Kesso school fire The town's health office said on Tuesday that 47 students were taken to hospital. " +
			"The cause of the fire is not known."},
	// the text's figure counts something else: the headline's stands
	{ExternalID: "round-3", Title: "Over 1,000 households flooded in Tirna valley", Published: date("2017-10-02"),
		Text: "Heavy rain flooded over 1,000 households across the Tirna valley this week, the district council said. " +
			"Some 1,200 latrines were damaged by the water."},
}

func TestAnswerKinds27(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(roundedReports...)}, Options{})
	for _, c := range []struct{ q, want, article string }{
		{"How many displaced families received blankets in Lorat province in December 2017?", "342", "round-1"},
		{"How many students were hurt in the Kesso school fire in November 2017?", "47", "round-2"},
		{"How many households were flooded in the Tirna valley in October 2017?", "over 1,000", "round-3"},
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
