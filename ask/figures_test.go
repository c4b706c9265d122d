package ask

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// factIndex is a memIndex that also keeps each article's analysed facts, as
// the store does: the asker finds FactReader on it.
type factIndex struct {
	*memIndex
	reads int
}

func (f *factIndex) ArticleFacts(_ context.Context, ids []int64) (map[int64]news.Facts, error) {
	f.reads++
	out := map[int64]news.Facts{}
	for _, id := range ids {
		if a, ok := f.arts[id]; ok {
			out[id] = analyze.Analyze(&a).Facts
		}
	}
	return out, nil
}

var convoy = news.Article{ExternalID: "convoy", Title: "Air raids hit aid convoy near Aleppo",
	Published: time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC),
	Text: "The aid convoy was carrying food for 35,000 people in Orum al-Kubra. " +
		"The air raids that hit the aid convoy killed around 20 people including a Red Crescent staff member, " +
		"the International Federation of Red Cross and Red Crescent Societies said. " +
		"Among those killed were 12 drivers. The war has killed more than 300,000 people since 2011."}

func TestCountAnswersFromScopedFigures(t *testing.T) {
	idx := &factIndex{memIndex: newMemIndex(convoy)}
	a := New(idx, Options{Budget: 10 * time.Second})
	now := time.Date(2016, 9, 25, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		q, want string
		not     []string
	}{
		{"How many people were killed in the aid convoy attack?", "around 20", []string{"35,000", "300,000", "12"}},
		{"How many were killed in the aid convoy attack near Aleppo?", "IFRC", []string{"35,000"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans, err := a.Ask(context.Background(), tt.q, now)
			if err != nil {
				t.Fatalf("Ask: %v", err)
			}
			if !strings.Contains(ans.Answer, tt.want) {
				t.Errorf("answer %q, want it to hold %q", ans.Answer, tt.want)
			}
			for _, n := range tt.not {
				if strings.HasPrefix(ans.Answer, n) {
					t.Errorf("answer %q picks %s, not the main event's toll", ans.Answer, n)
				}
			}
		})
	}
	if idx.reads == 0 {
		t.Error("the asker never read the articles' facts")
	}
}

func TestQuestionKind(t *testing.T) {
	now := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := map[string]string{
		"How many people were killed in the aid convoy attack?":             news.FigureKilled,
		"How many civilians were wounded in the market bombing?":            news.FigureInjured,
		"How many residents had fled Manbij by July?":                       news.FigureDisplaced,
		"How many buses carried residents out when the evacuation resumed?": "",
		"How many Tomahawk cruise missiles struck the airbase?":             "",
		"How many people were to be evacuated from Darayya under the deal?": news.FigureEvacuated,
		"What was the death toll of the double bombing in Homs?":            news.FigureKilled,
		"Who said the convoy was hit?":                                      "",
	}
	for q, want := range tests {
		p := Parse(q, now)
		if got := questionKind(&p); got != want {
			t.Errorf("questionKind(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestNamedOriginatorsCount: "according to X, how many" is answered with
// X's count, not with another source's count of the same event.
func TestNamedOriginatorsCount(t *testing.T) {
	sohr := news.Article{ExternalID: "sohr-1", Title: "19 people killed in Idlib province", Published: date("2015-04-11"),
		Text: "According to the Syrian Observatory for Human Rights, air strikes killed at least 19 people in Idlib province. " +
			"The Syrian Network for Human Rights has documented the toll of the war in the province for years."}
	snhr := news.Article{ExternalID: "snhr-1", Title: "Rights group counts the dead", Published: date("2015-04-11"),
		Text: "The Syrian Network for Human Rights said 236 people were killed in Idlib since March 27."}
	idx := &factIndex{memIndex: newMemIndex(sohr, snhr)}
	ans, err := New(idx, Options{}).Ask(context.Background(),
		"According to the Syrian Network for Human Rights, how many people were killed in Idlib province?", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(ans.Answer, "236") || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != "snhr-1" {
		t.Errorf("answer %q citing %+v, want the network's 236 from snhr-1", ans.Answer, ans.Citations)
	}
}

// TestCountSpansDecimalsAndCurrency: a figure with a decimal point is read
// whole ("3.2 million", not "2 million"), an amount keeps its currency, and
// a time of day is no count.
func TestCountSpansDecimalsAndCurrency(t *testing.T) {
	q := Parse("How much did the United Kingdom contribute?", testNow)
	tests := []struct {
		text  string
		want  string
		value float64
	}{
		{"The IOM-led DTM identified 3.2 million IDPs.", "3.2 million", 3.2e6},
		{"UNHCR welcomed £7.5 million from the United Kingdom.", "£7.5 million", 7.5e6},
		{"The UK gave approximately US$9.9 million over three years.", "US$9.9 million", 9.9e6},
		{"The Thai Red Cross donated USD 100,000 to the relief operation.", "USD 100,000", 100000},
		{"Austria mobilised 150,000 euros of aid.", "150,000 euros", 150000},
		{"The IFRC released 31,000 Swiss francs from its fund.", "31,000 Swiss francs", 31000},
		{"The clinic was hit at 3.10 pm by rockets; 24 people were hurt.", "24", 24},
		{"Global acute malnutrition stood at 24% among children.", "24%", 24},
		{"Severe acute malnutrition was found in 11 per cent of children.", "11 per cent", 11},
	}
	for _, tt := range tests {
		s := sentence{text: tt.text, toks: tokenize(tt.text)}
		s.hit = make([]bool, len(s.toks))
		sps := countSpans(&q, &s)
		if len(sps) == 0 {
			t.Errorf("%q: no figure, want %q", tt.text, tt.want)
			continue
		}
		if got := sps[0]; !strings.HasPrefix(got.text, tt.want) || got.value != tt.value {
			t.Errorf("%q: first figure %q = %v, want %q = %v", tt.text, got.text, got.value, tt.want, tt.value)
		}
	}
}

// TestCountWithoutFigureCitesTheReport: a count question whose report
// states no figure in the sentences that match it is answered with the
// best matching sentence, citing the report, not declined; a time of day
// is never the count.
func TestCountWithoutFigureCitesTheReport(t *testing.T) {
	clinic := news.Article{ExternalID: "who-1", Title: "Flash update: Dar'a Comprehensive Clinic hit", Published: date("2017-06-27"),
		Text: "On 27th June 2017 at 3.10 pm, Dar'a Comprehensive Clinic was reportedly hit by some rockets. " +
			"The garage was partially damaged."}
	a := New(newMemIndex(append([]news.Article{clinic, weather}, testArticles...)...), Options{})
	ans, err := a.Ask(context.Background(), "How many casualties were there when rockets hit Dar'a Comprehensive Clinic in June 2017?", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Supported || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != "who-1" ||
		!strings.HasPrefix(ans.Answer, "On 27th June 2017 at 3.10 pm") {
		t.Errorf("answer %q citing %+v, want the clinic's sentence from who-1", ans.Answer, ans.Citations)
	}
}

// TestWrittenOriginatorCount: a figure whose generic originator the
// analysis writes as the text names it ("Turkish security sources") is
// matched by the table's name a question gives ("according to security
// sources") and the answer carries the written name. Invented reports.
func TestWrittenOriginatorCount(t *testing.T) {
	turk := news.Article{ExternalID: "turk-1", Title: "Warplanes hit camps in northern Iraq", Published: date("2015-08-01"),
		Text: "At least 55 militants were killed when warplanes hit camps in the mountains, according to Turkish security sources."}
	mon := news.Article{ExternalID: "mon-1", Title: "Monitor counts the dead in the mountains", Published: date("2015-08-01"),
		Text: "The Syrian Observatory for Human Rights said 30 militants were killed when warplanes hit camps in the mountains."}
	idx := &factIndex{memIndex: newMemIndex(turk, mon)}
	ans, err := New(idx, Options{}).Ask(context.Background(),
		"According to security sources, how many militants were killed when warplanes hit camps in the mountains?", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ans.Answer, "55 militants") || !strings.Contains(ans.Answer, "(Turkish security sources, a party to the fighting)") {
		t.Errorf("answer %q, want the Turkish security sources' 55", ans.Answer)
	}
}
