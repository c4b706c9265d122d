package ask

import (
	"context"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// The store implements SentenceSearcher (store.SearchService.SentenceIndex); here a
// small in-memory index stands in for it.
func ExampleAsker_Ask() {
	idx := newMemIndex(news.Article{
		ExternalID: "conv-1", Title: "Air strikes hit aid convoy near Aleppo",
		Published: time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC),
		Text:      "At least 20 civilians were killed in the town of Orum al-Kubra, the Red Cross said. The convoy of 31 trucks was carrying food.",
	}, news.Article{
		ExternalID: "other-1", Title: "Floods in Bangladesh",
		Text: "Heavy rain flooded villages in Bangladesh. Thousands of families moved to higher ground.",
	})
	a := New(idx, Options{})
	ans, err := a.Ask(context.Background(), "How many trucks were in the aid convoy near Aleppo?", time.Now())
	if err != nil {
		fmt.Println(news.ErrorMessage(err))
		return
	}
	fmt.Println(ans.Type, ans.Answer, ans.Citations[0].ArticleID)
	// Output: count 31 trucks conv-1
}
