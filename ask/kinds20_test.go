package ask

import (
	"context"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask20 (issue 14 item 5, answers that
// generalise): readers answer with a whole noun phrase, function words and
// lower-case words inside ("the closure of the Tarem border crossing",
// "two boys and a teacher"), where the best scored run of words is a part
// of it ("Tarem", "two boys").
var phraseReports = []news.Article{
	{ExternalID: "tr-1", Title: "Traders in Varonia count losses", Published: date("2017-12-04"),
		Text: "Traders in the border town of Kessa say business has collapsed. " +
			"Trade between Varonia and Dalmenia stopped in May after the closure of the Tarem border crossing, the chamber of commerce said. " +
			"Lorries now queue for days at the ports."},
	{ExternalID: "camp-1", Title: "Cholera fears in Osso camp", Published: date("2017-12-06"),
		Text: "Aid workers in Osso camp warned of a cholera outbreak on Tuesday. " +
			"Families in the camp named the lack of clean water as their greatest worry. " +
			"An air strike on the market of Beda killed two boys and a teacher on Monday, medics said."},
	{ExternalID: "aid-1", Title: "Relief reaches Kessa", Published: date("2017-12-07"),
		Text: "The relief agency delivered food, blankets, water tanks and tents to Kessa, a town of 4,000 people, on Wednesday."},
}

func TestAnswerPhrase20(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(phraseReports...)}, Options{})
	for _, c := range []struct{ q, want, article string }{
		{"What stopped trade between Varonia and Dalmenia in May?", "the closure of the Tarem border crossing", "tr-1"},
		{"Who was killed by the air strike on the market of Beda?", "two boys and a teacher", "camp-1"},
		{"What did the relief agency deliver to Kessa?", "food, blankets, water tanks and tents", "aid-1"}, // the object of "deliver" (h-ask21; was the gap run "delivered food" on to its phrase's end)
		{"What did families in Osso camp name as their greatest worry?", "the lack of clean water", "camp-1"},
	} {
		ans, err := a.Ask(context.Background(), c.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Answer != c.want || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != c.article {
			t.Errorf("%q: answered %q citing %+v, want %q from %s", c.q, ans.Answer, ans.Citations, c.want, c.article)
		}
	}
}
