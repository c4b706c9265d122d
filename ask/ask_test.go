package ask

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// testArticles are short articles in the style of the evaluation set
// (written for these tests).
var testArticles = []news.Article{
	{ExternalID: "conv-1", Title: "Air strikes hit aid convoy near Aleppo", Published: date("2016-09-20"), URL: "https://example.org/conv-1",
		Text: "Air strikes hit an aid convoy near Aleppo on Monday. At least 20 civilians and a Red Crescent staff member were killed in the town of Orum al-Kubra, the Red Cross said. The convoy of 31 trucks was carrying food."},
	{ExternalID: "conv-2", Title: "Convoy attack toll rises", Published: date("2016-09-21"),
		Text: "The death toll from the attack on the aid convoy near Aleppo rose. Activists said 32 civilians were killed in the convoy bombing. The United Nations suspended aid deliveries."},
	{ExternalID: "talks-1", Title: "Lavrov says talks with Kerry were excellent", Published: date("2016-08-26"),
		Text: "Russian Foreign Minister Sergei Lavrov told reporters that the negotiations had been “excellent and productive so far”. The two sides discussed a 48-hour ceasefire in Aleppo. The talks lasted over four hours in Geneva."},
	{ExternalID: "siege-1", Title: "Government forces close Castello Road", Published: date("2016-07-18"),
		Text: "The siege of eastern Aleppo began on July 17 when government forces cut the Castello Road. About 250,000 residents depended on the road for food and fuel."},
	{ExternalID: "truce-1", Title: "Idlib ceasefire violated", Published: date("2017-05-08"),
		Text: "The ceasefire in Idlib was violated on Sunday when shelling hit two villages. Rebels said the truce was no longer holding in the south of the province."},
	{ExternalID: "truce-0", Title: "Idlib ceasefire holds", Published: date("2017-04-20"),
		Text: "The ceasefire in Idlib was holding on Thursday, residents of the province said."},
	{ExternalID: "other-1", Title: "Floods in Bangladesh", Published: date("2017-05-01"),
		Text: "Heavy rain flooded villages in Bangladesh. Thousands of families moved to higher ground."},
}

func newTestAsker() *Asker { return New(newMemIndex(testArticles...), Options{}) }

func TestAskExtracts(t *testing.T) {
	a := newTestAsker()
	tests := []struct {
		q, want, article string
		typ              Type
	}{
		{"In which town was the aid convoy hit by air strikes near Aleppo in September 2016?", "Orum al-Kubra", "conv-1", TypePlace},
		{"How many trucks were in the aid convoy hit near Aleppo?", "31 trucks", "conv-1", TypeCount},
		{"How long was the ceasefire discussed by Lavrov and Kerry for Aleppo?", "48-hour", "talks-1", TypeDuration},
		{"How long did the talks in Geneva last?", "over four hours", "talks-1", TypeDuration},
		{"On what date did the siege of eastern Aleppo begin?", "July 17", "siege-1", TypeDate},
		{"How many residents depended on the Castello Road?", "250,000 residents", "siege-1", TypeCount},
		{"What did Lavrov say about the negotiations?", "excellent and productive so far", "talks-1", TypeQuote},
		{"Is the Idlib ceasefire holding?", "violated", "truce-1", TypeState},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans, err := a.Ask(context.Background(), tt.q, testNow)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Type != tt.typ || !ans.Supported {
				t.Errorf("type %q supported %v, want %q true", ans.Type, ans.Supported, tt.typ)
			}
			if !strings.Contains(ans.Answer, tt.want) || len(ans.Answer) > maxAnswer {
				t.Errorf("answer %q, want it to contain %q", ans.Answer, tt.want)
			}
			if len(ans.Citations) == 0 || ans.Citations[0].ArticleID != tt.article {
				t.Errorf("citations %+v, want %s first", ans.Citations, tt.article)
			}
		})
	}
}

// TestAskRoleAnswers asks for the doer in the role the question names: the
// agent after "by" and the question's verb, the name after the role the
// question gives, the figure after the thing asked for.
func TestAskRoleAnswers(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "host-1", Title: "Drought fund launched at Oslo summit", Published: date("2017-12-12"),
			Text: "Leaders from the Sahel launched a drought fund at the summit, the first since storms crossed the Atlantic. The summit was hosted by Norwegian Prime Minister Erna Lunde in Oslo."},
		{ExternalID: "visit-1", Title: "Minister visits Dadaab", Published: date("2017-12-10"),
			Text: "Deputy Minister of Planning Amina Wekesa visited the camp in Dadaab on Monday with Relief Director Otieno."},
		{ExternalID: "res-1", Title: "Envoy welcomes vote on aid", Published: date("2017-12-19"),
			Text: "The envoy welcomed Security Council resolution 2401 on cross-border aid deliveries into the north. Convoys will cross from the border posts next week."},
		{ExternalID: "fund-1", Title: "Relief Fund opens Kisumu depot", Published: date("2017-12-01"),
			Text: "The Relief Fund for Malaria and Cholera opened its depot in Kisumu on Friday. “The depot will serve the lake region,” said Otieno Were, Acting Director of the Relief Fund."},
		{ExternalID: "flood-1", Title: "Kisumu flood assessment completed", Published: date("2017-11-30"),
			Text: "The Lake Basin Authority (LBA) has published its report. The flood damage assessment in Kisumu was led by the LBA with county engineers."},
		{ExternalID: "workshop-1", Title: "Police gender workshop opens in Garissa", Published: date("2017-11-28"),
			Text: "The police gender workshop in Garissa, attended by 30 officers, is supported by the British Embassy in Kenya. Inspector Wanjiru Kamau opened it."},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	checkAnswers(t, a, []answerCase{
		{"Who hosted the summit in Oslo where Sahel leaders launched a drought fund?", "Erna Lunde", "host-1"},
		{"Which Deputy Minister of Planning visited the camp in Dadaab?", "Amina Wekesa", "visit-1"},
		{"Which Security Council resolution on cross-border aid did the envoy welcome?", "2401", "res-1"},
		{"Who was the Relief Fund's Acting Director when it opened the Kisumu depot?", "Otieno Were", "fund-1"},
		{"Which body led the flood damage assessment in Kisumu?", "Lake Basin Authority (LBA)", "flood-1"},
		{"Which embassy supported the police gender workshop in Garissa?", "British Embassy", "workshop-1"},
	})
}

// TestAskResolvesSpeaker asks about "the Russian foreign minister" where
// the article names only "Lavrov": the gazetteer bridges the two.
func TestAskResolvesSpeaker(t *testing.T) {
	talks := news.Article{ExternalID: "talks-2", Title: "Geneva meeting ends", Published: date("2016-09-09"),
		Text: "Lavrov said the aid corridor to Aleppo was “a real chance to stop the bloodshed in Syria”. Kerry agreed."}
	idx := newMemIndex(talks, testArticles[0], testArticles[len(testArticles)-1])
	q := "What did the Russian foreign minister say about the aid corridor?"
	ans, err := New(idx, Options{}).Ask(context.Background(), q, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ans.Answer, "a real chance to stop the bloodshed") || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != "talks-2" {
		t.Errorf("got %q citing %+v, want Lavrov's words from talks-2", ans.Answer, ans.Citations)
	}
	none := func(string, time.Time) []string { return nil }
	ans, err = New(idx, Options{Resolve: none}).Ask(context.Background(), q, testNow)
	if err != nil || ans.Supported {
		t.Errorf("without the gazetteer: %+v, %v; want unsupported", ans, err)
	}
}

func TestAskCountRange(t *testing.T) {
	ans, err := newTestAsker().Ask(context.Background(), "How many civilians were killed in the convoy attack near Aleppo?", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ans.Answer, "20 civilians") || !strings.Contains(ans.Answer, "32 civilians") {
		t.Errorf("answer %q, want both sources' figures (at least 20, 32)", ans.Answer)
	}
	if len(ans.Citations) < 2 {
		t.Errorf("got %d citations, want both articles", len(ans.Citations))
	}
}

func TestAskUnsupported(t *testing.T) {
	a := newTestAsker()
	for _, q := range []string{
		"How many were killed in the earthquake in Nepal?",
		"Who won the football match in Madrid?",
		"How many civilians were killed in the convoy attack near Aleppo last week?",
		"Wie viele Menschen wurden getötet?",
		"ما هو عدد القتلى في حلب؟",
	} {
		t.Run(q, func(t *testing.T) {
			ans, err := a.Ask(context.Background(), q, testNow)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Supported || len(ans.Citations) != 0 || ans.Answer != msgNoSupport {
				t.Errorf("got %+v, want unsupported with no citations", ans)
			}
		})
	}
}

func TestAskHostile(t *testing.T) {
	a := newTestAsker()
	tests := []struct {
		name, q string
		code    string
	}{
		{"empty", "", news.EINVALID},
		{"spaces", " \t\n ", news.EINVALID},
		{"too long", strings.Repeat("aleppo convoy ", 300), news.EINVALID},
		{"quotes", `"aleppo" "convoy`, ""},
		{"near", "NEAR(aleppo convoy, 2) killed", ""},
		{"star", "alep* conv*", ""},
		{"column filter", "title:aleppo OR text:convoy", ""},
		{"operators", "aleppo AND NOT convoy ^ - + ( ) { }", ""},
		{"invalid utf8", "aleppo \xff\xfe convoy", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := a.Ask(context.Background(), tt.q, testNow)
			if news.ErrorCode(err) != tt.code {
				t.Fatalf("error %v, want code %q", err, tt.code)
			}
			if ans.Answer == "" || len(ans.Answer) > 600 || ans.Citations == nil {
				t.Errorf("got %+v, want a clear answer or refusal", ans)
			}
		})
	}
}

// slowIndex blocks until the context ends, as a store past its budget would.
type slowIndex struct{ *memIndex }

func (s slowIndex) SentenceCount(ctx context.Context) (int64, error) {
	<-ctx.Done()
	return 0, ctx.Err()
}

func TestAskBudget(t *testing.T) {
	a := New(slowIndex{newMemIndex(testArticles...)}, Options{Budget: 50 * time.Millisecond})
	start := time.Now()
	ans, err := a.Ask(context.Background(), "How many trucks were in the convoy?", testNow)
	if d := time.Since(start); d > time.Second {
		t.Errorf("took %s, want the budget", d)
	}
	if news.ErrorCode(err) != news.EUNAVAILABLE || ans.Answer != msgTimeout {
		t.Errorf("got %q, %v; want the timeout refusal", ans.Answer, err)
	}
	if strings.Contains(news.ErrorMessage(err), "context") {
		t.Errorf("message %q shows internals", news.ErrorMessage(err))
	}
}

// failIndex fails like a broken database.
type failIndex struct{ *memIndex }

func (failIndex) TermDocs(context.Context, []string) ([]int64, error) {
	return nil, errors.New("SQL logic error: fts5: syntax error near \"\"")
}

func TestAskStoreErrorHidden(t *testing.T) {
	a := New(failIndex{newMemIndex(testArticles...)}, Options{})
	ans, err := a.Ask(context.Background(), "How many trucks were in the convoy?", testNow)
	if err == nil || news.ErrorCode(err) != news.EINTERNAL {
		t.Fatalf("error %v, want an internal error", err)
	}
	if strings.Contains(ans.Answer, "SQL") || strings.Contains(news.ErrorMessage(err), "SQL") {
		t.Errorf("answer %q / message %q show the SQL error", ans.Answer, news.ErrorMessage(err))
	}
}

func TestAnswerJSON(t *testing.T) {
	ans, err := newTestAsker().Ask(context.Background(), "In which town was the aid convoy hit near Aleppo?", testNow)
	if err != nil {
		t.Fatal(err)
	}
	ans.ID = "q-1"
	b, err := json.Marshal(ans)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "answer", "citations", "type", "supported", "confidence"} {
		if _, ok := got[k]; !ok {
			t.Errorf("answer line %s lacks %q", b, k)
		}
	}
	c := got["citations"].([]any)[0].(map[string]any)
	for _, k := range []string{"article_id", "title", "sentence", "url", "published"} {
		if _, ok := c[k]; !ok {
			t.Errorf("citation %v lacks %q", c, k)
		}
	}
	if c["article_id"] != "conv-1" || c["published"] != "2016-09-20" {
		t.Errorf("citation %v, want conv-1 of 2016-09-20", c)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"How many were killed in the convoy bombing outside Aleppo?",
		"What did the Russian foreign minister say about the talks?",
		"Is the Idlib ceasefire holding since March 2017?",
		`"quoted" NEAR(a b) title:x * ^ -`,
		"between March 27 and April 10 2015 on 21-22 September",
		"ما هو عدد القتلى",
		"\xff\xfe",
		"mid- late- May 2017 may",
	} {
		f.Add(s)
	}
	a := newTestAsker()
	f.Fuzz(func(t *testing.T, s string) {
		q := Parse(s, testNow)
		if !q.Window.Since.IsZero() && !q.Window.Until.IsZero() && q.Window.Until.Before(q.Window.Since) {
			t.Errorf("window ends before it starts: %+v", q.Window)
		}
		ans, err := a.Ask(context.Background(), s, testNow)
		if err != nil && news.ErrorCode(err) != news.EINVALID {
			t.Errorf("Ask(%q): %v", s, err)
		}
		if ans.Answer == "" || len(ans.Answer) > 2*maxAnswer+200 {
			t.Errorf("Ask(%q) answer %q", s, ans.Answer)
		}
	})
}

// BenchmarkAsk times one answer over the in-memory index (the store's cost
// is measured by cmd/askbench).
func BenchmarkAsk(b *testing.B) {
	a := newTestAsker()
	ctx := context.Background()
	for b.Loop() {
		if _, err := a.Ask(ctx, "How many civilians were killed in the convoy attack near Aleppo?", testNow); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAskRanges answers with a whole range ("7 to 8 November", "between
// two and four hours"), a distance for "how far", a figure outside the
// brackets that hold the previous period's, and an amount written onto its
// currency's code ("USD86 billion").
func TestAskRanges(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "drill-1", Title: "Cholera drill in Bor", Published: date("2017-11-20"),
			Text: "The health ministry held its cholera simulation drill in Bor from 7 to 8 November 2017 with county teams."},
		{ExternalID: "power-1", Title: "Power cuts in Khan Younis", Published: date("2017-12-05"),
			Text: "Electricity in Khan Younis was available for between two and four hours a day in November."},
		{ExternalID: "storm-1", Title: "Depression forms off Mindanao", Published: date("2017-12-20"),
			Text: "The tropical depression formed 420 km east of Lianga on Wednesday morning."},
		{ExternalID: "fund-2", Title: "Adaptation finance grows", Published: date("2017-12-12"),
			Text: "Public adaptation finance in the Andean region reached USD86 billion in 2016, of which 61% was spent at home."},
		{ExternalID: "monitor-1", Title: "Mission daily report", Published: date("2017-12-20"),
			Text: "In Lugansk region, the mission recorded fewer violations, including about 210 explosions, compared with the previous period (about 640 explosions)."},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	checkAnswers(t, a, []answerCase{
		{"On which dates did the health ministry hold its cholera simulation drill in Bor?", "7 to 8 November 2017", "drill-1"},
		{"For how many hours a day was electricity available in Khan Younis?", "between two and four hours", "power-1"},
		{"How far east of Lianga did the tropical depression form?", "420 km", "storm-1"},
		{"About how many explosions did the mission record in Lugansk region?", "about 210 explosions", "monitor-1"},
		{"How much did public adaptation finance reach in the Andean region in 2016?", "USD86 billion", "fund-2"},
	})
}

// TestCommonnessOfAdjective weighs a span whose only new word is an
// adjective of nationality by that adjective ("the British Embassy" for
// which embassy), not as a span holding nothing new.
func TestCommonnessOfAdjective(t *testing.T) {
	toks := tokenize("It is supported by the British Embassy in Kenya.")
	s := &sentence{text: "It is supported by the British Embassy in Kenya.", toks: toks, hit: make([]bool, len(toks))}
	s.hit[2], s.hit[6] = true, true // supported, Embassy
	df := map[string]int{toks[5].stem: 1}
	got := commonness(s, span{from: 5, to: 6}, df, 10)
	if got != 0.1 {
		t.Errorf("commonness %v, want 0.1 (one article in ten holds British)", got)
	}
}

// TestPluralAcronymNoBody marks down a plural acronym ("NGOs") against one
// body's ("IOM") when a name is asked for.
func TestPluralAcronymNoBody(t *testing.T) {
	q := Parse("Which organisation collected the data for the assessment?", testNow)
	text := "Partner NGOs helped while IOM collected the data."
	toks := tokenize(text)
	s := &sentence{text: text, toks: toks, hit: make([]bool, len(toks))}
	ngos, iom := shapeFit(&q, s, 1, 1, "partner", "helped"), shapeFit(&q, s, 4, 4, "while", "collected")
	if ngos >= iom {
		t.Errorf("shapeFit NGOs %v, IOM %v: want NGOs below", ngos, iom)
	}
}

// answerCase is a question, a string its answer must hold and the article
// it must cite first.
type answerCase struct{ q, want, article string }

// checkAnswers asks each question of a and checks its answer and first
// citation.
func checkAnswers(t *testing.T, a *Asker, tests []answerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans, err := a.Ask(context.Background(), tt.q, testNow)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(ans.Answer, tt.want) || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != tt.article {
				t.Errorf("answer %q citing %+v, want %q from %s", ans.Answer, ans.Citations, tt.want, tt.article)
			}
		})
	}
}

// TestAskFigureOfTheMonth answers a question about one month with the
// figure written beside that month, not the previous period's beside
// another ("rose to 41,000 in April, up from 35,000 in February"), and
// reads a figure after a month and a comma ("In March, 12,400 people") as
// a figure, not the day of a date.
func TestAskFigureOfTheMonth(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "baidoa-1", Title: "Drought update for Bay region", Published: date("2017-05-02"),
			Text: "Drought displacement in Baidoa rose to 41,000 in April, up from 35,000 in February. Camps are crowded."},
		{ExternalID: "tafar-1", Title: "Water trucking in Tal Afar", Published: date("2017-04-06"),
			Text: "Water trucking continued in 14 villages of Tal Afar district. In March, 12,400 people received safe water through trucking."},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	checkAnswers(t, a, []answerCase{
		{"How many people were displaced by drought in Baidoa in February 2017?", "35,000", "baidoa-1"},
		{"How many people were displaced by drought in Baidoa in April 2017?", "41,000", "baidoa-1"},
		{"How many people received safe water through water trucking in Tal Afar in March 2017?", "12,400", "tafar-1"},
	})
}

// TestAskMeasureAndTableLabel types "what was the magnitude", "what is
// the population" as asking for a figure, the figure followed by its
// name ("6.4 magnitude"), and prefers in a table the figure whose label
// holds more of the question ("954,500 Estimated total refugee
// population" over "307,500 Estimated refugee population").
func TestAskMeasureAndTableLabel(t *testing.T) {
	for _, q := range []string{"What was the magnitude of the earthquake in Iran?", "What is the estimated total refugee population in Kiryandongo?"} {
		if got := Parse(q, testNow); got.Type != TypeCount {
			t.Errorf("Parse(%q).Type = %s, want count", q, got.Type)
		}
	}
	arts := []news.Article{
		{ExternalID: "quake-1", Title: "Earthquake in Kermanshah", Published: date("2017-04-14"),
			Text: "The earthquake of 6.4 magnitude struck Kermanshah province near the Iraqi border, the Red Crescent said."},
		{ExternalID: "kiry-1", Title: "Kiryandongo refugee update", Published: date("2017-04-20"),
			Text: "**FIGURES**\n\n12,300 Estimated refugee population before the influx 41,800 Estimated total refugee population now"},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	checkAnswers(t, a, []answerCase{
		{"What was the magnitude of the earthquake that struck Kermanshah province?", "6.4", "quake-1"},
		{"What is the estimated total refugee population in Kiryandongo?", "41,800", "kiry-1"},
	})
}

// TestTableLabelBonus: of two figures followed by what is counted, the one
// whose label holds more of the question's words fits better.
func TestTableLabelBonus(t *testing.T) {
	q := Parse("What is the estimated total refugee population?", testNow)
	text := "12,300 Estimated refugee population before the influx 41,800 Estimated total refugee population now"
	toks := tokenize(text)
	s := &sentence{text: text, toks: toks, hit: make([]bool, len(toks))}
	for _, tm := range q.Terms {
		matchTerm(tm, toks, s.hit)
	}
	sps := countSpans(&q, s)
	if len(sps) != 2 || sps[1].bonus <= sps[0].bonus {
		t.Fatalf("spans %+v: want two, the second's bonus above the first's", sps)
	}
}

// TestAskClauseAndBracketedPart answers with the date of the clause that
// names what the question names ("Kajo Keji was assessed on 3 May and Yei
// was assessed on 5 May"), and with a total, not the part of it written in
// brackets with its currency ("EUR 4 million ... (EUR 3 million)").
func TestAskClauseAndBracketedPart(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "reach-1", Title: "Displacement brief", Published: date("2017-05-08"),
			Text: "Kajo Keji town was assessed on 3 May and Yei was assessed on 5 May."},
		{ExternalID: "norway-1", Title: "Norway increases aid", Published: date("2017-05-02"),
			Text: "Norway will direct a total of EUR 4 million to Somalia through UNICEF (EUR 3 million) and WFP (EUR 1 million)."},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	checkAnswers(t, a, []answerCase{
		{"On what date was Kajo Keji town assessed?", "3 May", "reach-1"},
		{"On what date was Yei assessed?", "5 May", "reach-1"},
		{"How much will Norway direct to Somalia through UNICEF and WFP?", "EUR 4 million", "norway-1"},
	})
}

// TestBracketedAmountMarkedDown: an amount in brackets with its currency
// ("(EUR 3 million)") is a part or a conversion, marked down as a bare
// figure in brackets is.
func TestBracketedAmountMarkedDown(t *testing.T) {
	q := Parse("How much will Norway direct to Somalia?", testNow)
	text := "Norway will direct EUR 4 million to Somalia through UNICEF (EUR 3 million) and WFP (US$1 million)."
	toks := tokenize(text)
	s := &sentence{text: text, toks: toks, hit: make([]bool, len(toks))}
	sps := countSpans(&q, s)
	if len(sps) != 3 || sps[1].bonus >= sps[0].bonus || sps[2].bonus >= sps[0].bonus {
		t.Fatalf("spans %+v: want three, the bracketed below the first", sps)
	}
}

// TestAskTitleInQuotes answers "what was the theme" with the title in
// quotation marks.
func TestAskTitleInQuotes(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "unmiss-1", Title: "Mission launches campaign in Juba", Published: date("2017-04-28"),
			Text: "The mission launched the campaign in Juba on Monday. The theme of the campaign this year is “Every Child in School – Now”, the mission said."},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	if q := Parse("What was the global theme of the campaign?", testNow); q.Head != "theme" {
		t.Fatalf("head %q, want theme", q.Head)
	}
	checkAnswers(t, a, []answerCase{
		{"What was the theme of the campaign the mission launched in Juba?", "Every Child in School", "unmiss-1"},
	})
}

// TestAskGluedFiguresAndClock answers with a figure whose scale or unit is
// written onto it ("$250M", "less than 400m"), not a day after an
// abbreviated month ("Dec. 12"); "at what time" with a time of day
// ("14:45"); and "what is the funding target" with the amount.
func TestAskGluedFiguresAndClock(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "pledge-1", Title: "Trust pledges for millet research", Published: date("2017-12-12"),
			Text: "ROME, Dec. 12, 2017 — The Sahel Farming Trust pledged $250M (around €210M) over the next three years for research on drought-resistant millet."},
		{ExternalID: "patrol-1", Title: "Mission daily report", Published: date("2017-12-19"),
			Text: "The mission heard 25 explosions less than 400m from its patrol base in Zolote; its staff later left the base."},
		{ExternalID: "water-1", Title: "Pumping station shelled", Published: date("2017-12-22"),
			Text: "At 14:45 (local time) on Tuesday the water company reported new shelling near the Yasynuvata pumping station."},
		{ExternalID: "fund-3", Title: "Pledging conference opens", Published: date("2017-12-07"),
			Text: "The conference marks the move towards the new funding target of $2 billion by 2020 agreed by the member states."},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	checkAnswers(t, a, []answerCase{
		{"How much did the Sahel Farming Trust pledge for research on drought-resistant millet?", "$250M", "pledge-1"},
		{"How close to its patrol base in Zolote did the mission hear explosions?", "less than 400m", "patrol-1"},
		{"At what time did the water company report new shelling near the Yasynuvata pumping station?", "14:45", "water-1"},
		{"What is the new funding target agreed by the member states?", "$2 billion", "fund-3"},
	})
}

// TestReadGluedFigure reads a scale or a unit written onto a figure.
func TestReadGluedFigure(t *testing.T) {
	for _, tt := range []struct {
		text string
		want float64
		unit string
	}{
		{"pledged $300M over", 300e6, ""},
		{"a EUR1.5bn loan", 1.5e9, ""},
		{"less than 600m from", 600, "m"},
		{"some 4km south", 4, "km"},
		{"about 20k people", 20e3, ""},
	} {
		toks := tokenize(tt.text)
		s := &sentence{text: tt.text, toks: toks, hit: make([]bool, len(toks))}
		found := false
		for i := range toks {
			if v, j, ok := readNumber(s, i); ok {
				found = true
				if v != tt.want || gluedUnit(s, i, j) != tt.unit {
					t.Errorf("%q: value %v unit %q, want %v %q", tt.text, v, gluedUnit(s, i, j), tt.want, tt.unit)
				}
				break
			}
		}
		if !found {
			t.Errorf("%q: no figure read", tt.text)
		}
	}
}

// TestAskBarePredicate answers "how many people were still missing" with
// the bare figure followed by the question's own predicate ("58 are still
// missing in the floods"), not a figure of people that did something else.
func TestAskBarePredicate(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "flood-7", Title: "Floods in Caraga", Published: date("2017-12-26"),
			Text: "The disaster council confirms that 120 people have died, with 58 are still missing in the floods, and more than 9,000 people were displaced in Caraga."},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	checkAnswers(t, a, []answerCase{
		{"How many people were still missing in the floods in Caraga?", "58", "flood-7"},
	})
}

// TestAskNameWithParticle answers with a name joined to its particle
// ("al-Khattab region") though the question asks another name holding the
// particle alone ("Liwa Al Haqq"): the name itself is new.
func TestAskNameWithParticle(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "hama-9", Title: "Fighters killed north of Hama", Published: date("2016-08-04"),
			Text: "About 30 more fighters of Liwa Al Haqq were killed in al-Khattab region, which has become a trap for the group, army sources said."},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	checkAnswers(t, a, []answerCase{
		{"In which region north of Hama were about 30 Liwa Al Haqq fighters killed by the army in August 2016?", "al-Khattab", "hama-9"},
	})
}

// TestAskCountryWithAnd answers with a country whose name holds "and"
// whole ("Trinidad and Tobago"), not its first part.
func TestAskCountryWithAnd(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "caricom-1", Title: "Caribbean ministers meet", Published: date("2017-12-10"),
			Text: "Resilience after the hurricanes topped the agenda of the Fourth Caribbean Ministers Forum, which was held in Trinidad and Tobago on December 8."},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	checkAnswers(t, a, []answerCase{
		{"In which country was the Fourth Caribbean Ministers Forum held in December 2017?", "Trinidad and Tobago", "caricom-1"},
	})
}

// TestAskPassiveAndKnownAs answers "who was appointed leader" with the
// person the report's same verb takes ("its council appointed Omar
// Haddad"), not the leader killed, and "what is the name of the platform"
// with the name quoted after "known as".
func TestAskPassiveAndKnownAs(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "liwa-3", Title: "Brigade names new leader after blast", Published: date("2015-03-12"),
			Text: "A blast at a meeting in Idlib killed the commander of Liwa al-Sadiq, Karim Nasser, and ten other leaders. In a video statement Liwa al-Sadiq said its council appointed Omar Haddad as leader and Samir Ayoub as military chief."},
		{ExternalID: "agri-4", Title: "Programme links farmers to markets", Published: date("2017-12-14"),
			Text: "Using a mobile application, known as “Sell-Direct” or FarmLink, small-scale farmers in the Sahel will be connected to buyers and lenders."},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	checkAnswers(t, a, []answerCase{
		{"Who was appointed leader of Liwa al-Sadiq after a blast in Idlib killed its commanders?", "Omar Haddad", "liwa-3"},
		{"What is the name of the mobile application connecting small-scale farmers in the Sahel to buyers?", "Sell-Direct", "agri-4"},
	})
}

// TestAskLowerCaseSites answers "what facility was hit" with the kind of
// facility written in lower case ("a small olive-oil mill") and "where
// were people gathered" with the place a "where" clause of the question's
// words follows ("grain silos where a crowd of farmers were gathered").
func TestAskLowerCaseSites(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "mill-2", Title: "Strike in Deir Hafer countryside", Published: date("2016-10-03"),
			Text: "Local sources said warplanes targeted a small olive-oil mill in Tell Ahmar village, killing four workers and a family of five displaced people living nearby."},
		{ExternalID: "silo-5", Title: "Strike kills farmers near Manbij", Published: date("2017-06-11"),
			Text: "“Warplanes targeted grain silos where a crowd of farmers were gathered in the east of Manbij near Tal Aswad, killing at least 12 farmers,” the monitor's director said."},
		testArticles[len(testArticles)-1],
	}
	a := New(newMemIndex(arts...), Options{})
	checkAnswers(t, a, []answerCase{
		{"What facility in Tell Ahmar village was hit by warplanes in October 2016?", "olive-oil mill", "mill-2"},
		{"Where were farmers gathered when warplanes killed at least 12 of them in the east of Manbij?", "grain silos", "silo-5"},
	})
}
