package ask

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestCountAnswerCarriesQualifierAndOriginator: issue 10's "done when" for
// /ask — a count answer is the scoped figure with its qualifier and who
// gave it, a party's claim marked as such ("at least 23 civilians (SOHR)",
// "more than 40 militants (Turkish army, a party to the fighting)": the forces as the text names them, since h-orig8),
// for each kind asked. The answer is the text's span, so a qualifier that
// opens its sentence keeps its capital ("Nearly 12,000"). Invented reports.
func TestCountAnswerCarriesQualifierAndOriginator(t *testing.T) {
	market := news.Article{ExternalID: "market-1", Title: "Air strikes on Idlib market kill at least 23", Published: date("2016-10-03"),
		Text: "Air strikes on a market in the Syrian town of Maarat al-Numan in Idlib province killed at least 23 civilians on Monday, " +
			"the Syrian Observatory for Human Rights said. The strikes hit the market at midday."}
	camps := news.Article{ExternalID: "camps-1", Title: "Army says it killed militants in the mountains", Published: date("2016-10-04"),
		Text: "The Turkish army said its warplanes killed more than 40 militants in raids on camps in the Qandil mountains of northern Iraq on Tuesday."}
	fled := news.Article{ExternalID: "fled-1", Title: "Thousands flee fighting around Tal Afar", Published: date("2016-10-04"),
		Text: "Nearly 12,000 people have fled the fighting around the town of Tal Afar since Sunday, the UN refugee agency UNHCR said on Tuesday."}
	idx := &factIndex{memIndex: newMemIndex(convoy, market, camps, fled)}
	a := New(idx, Options{Budget: 10 * time.Second})
	now := time.Date(2016, 10, 8, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ q, want, cites string }{
		{"How many people were killed in the aid convoy attack?", "around 20 people (IFRC)", "convoy"},
		{"How many civilians were killed in the air strikes on the market in Maarat al-Numan?", "at least 23 civilians (SOHR)", "market-1"},
		{"How many militants were killed in the raids on the camps in the Qandil mountains?",
			"more than 40 militants (Turkish army, a party to the fighting)", "camps-1"},
		{"How many people have fled the fighting around Tal Afar?", "Nearly 12,000 people (UNHCR)", "fled-1"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			ans, err := a.Ask(context.Background(), tt.q, now)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.EqualFold(ans.Answer, tt.want) || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != tt.cites {
				t.Errorf("answer %q citing %+v, want %q from %s", ans.Answer, ans.Citations, tt.want, tt.cites)
			}
		})
	}
}
