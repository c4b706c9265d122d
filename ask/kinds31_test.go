package ask

import (
	"context"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask31 (issue 14 item 5, agency reports'
// amounts): a panel writes a million as a capital "M" apart from the
// figure ("$310 M"), a year before "to" starts no range of amounts ("from
// $240 M in 2018 to $310 M"), a price is per its unit ("KRW 450/loaf") in
// a currency agency reports use, the price a change starts from ("from X
// to Y") is not the price asked, and "what budget" / "to what price" ask
// for money. "In which two X" asks for two names: the span joining two
// ("(Zalin and Mora)") over one of a longer list. A name in apposition
// with the question's superlative ("X settlement, the largest ...
// settlement in Dorra") answers "what is the largest settlement", and a
// name filling a bracket after the question's words glosses them ("the Emir
// of Karsa (Tebbe division), Musa Dallo").

var amountReports = []news.Article{
	{ExternalID: "amount-1", Title: "Varnia WASH cluster 2020 overview", Published: date("2020-02-10"),
		Text: "The Varnia WASH Cluster reached 2 M people in 2019. " +
			"The cluster target stayed at 4 M for 2019 and 2020 with a budget increase from $240 M in 2019 to $310 M in 2020."},
	{ExternalID: "amount-2", Title: "Sorel market monitor, March 2021", Published: date("2021-04-05"),
		Text: "Fuel shortages hit the bakeries of Sorel city in March. " +
			"As of 12 March, the authorities raised the price of a loaf of bread from SYP 450/loaf to SYP 900/loaf."},
	{ExternalID: "amount-5", Title: "Dorra relief distributions, June 2019", Published: date("2019-06-20"),
		Text: "On 3 and 4 June, the agency and its partner Helvo distributed NFIs to 540 displaced Orani families living in settlements in Tebbe and Dorra. " +
			"One of the distributions took place in Marsa Kebir settlement, the largest Orani settlement in Dorra, hosting 980 people."},
	{ExternalID: "amount-6", Title: "Karsa region flash update, March 2020", Published: date("2020-03-20"),
		Text: "On 2 March gunmen abducted the retired cardinal Ilo Benn alongside the Emir of Karsa (Tebbe division), Musa Dallo, while on their way to Orvel. " +
			"Both were released two days later."},
	{ExternalID: "amount-3", Title: "Kessa rapid market assessment, May 2019", Published: date("2019-05-20"),
		Text: "The team conducted a rapid assessment on access to markets and food in the districts of Mora, Zalin, Tebbe, Oussa and Karrat. " +
			"In only two of the assessed districts (Zalin and Mora) most pharmacies were reported to be open, while elsewhere pharmacies were closed."},
}

func TestAnswerKinds31(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(amountReports...)}, Options{})
	for _, c := range []struct{ q, want, article string }{
		{"What budget did the Varnia WASH Cluster have for 2020, up from $240 M in 2019?", "$310 M", "amount-1"},
		{"To what price did the authorities of Sorel raise a loaf of bread in March 2021?", "SYP 900/loaf", "amount-2"},
		{"What is the largest settlement of displaced Oranis in Dorra, where the agency and Helvo distributed relief items in June 2019?", "Marsa Kebir", "amount-5"},
		{"Which Emir of Karsa was abducted together with cardinal Ilo Benn on the way to Orvel in March 2020?", "Musa Dallo", "amount-6"},
		{"In which two Kessa districts were most pharmacies reported open in the May 2019 rapid assessment?", "Zalin and Mora", "amount-3"},
	} {
		ans, err := a.Ask(context.Background(), c.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(ans.Answer, c.want) || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != c.article {
			t.Errorf("%q: answered %q citing %+v, want %q first from %s", c.q, ans.Answer, ans.Citations, c.want, c.article)
		}
	}
}

func TestMillionMarkAmounts(t *testing.T) {
	for _, c := range []struct {
		text, figure string
		want         float64
	}{
		{"a budget of $310 M in 2020", "310", 310e6},
		{"about 4.3M people in need", "4", 4.3e6},
		{"a wall of 600m", "600m", 600},
		{"3 MSF clinics", "3", 3},
	} {
		s := plainSentence(c.text)
		for i, tok := range s.toks {
			if tok.low == c.figure {
				if v, _, _ := readNumber(s, i); v != c.want {
					t.Errorf("readNumber(%q at %s) = %v, want %v", c.text, c.figure, v, c.want)
				}
				break
			}
		}
	}
	for _, c := range []struct {
		text, figure string
		want         bool // a range starts before the figure
	}{
		{"a budget increase from $240 M in 2019 to $310 M", "310", false},
		{"between 2018 and 2020 the camps grew", "2020", true},
		{"from 200 to 300 families", "300", true},
	} {
		got := atFigure(c.text, c.figure, func(s *sentence, i int) bool { return rangeStart(s, i) < i })
		if got != c.want {
			t.Errorf("rangeStart(%q, %s) before it = %v, want %v", c.text, c.figure, got, c.want)
		}
	}
	for _, c := range []struct {
		text, figure string
		want         bool
	}{
		{"the price rose from SYP 450/loaf to SYP 900/loaf", "450", true},
		{"the price rose from $3 to $5 a litre", "3", true},
		{"the price rose from SYP 450/loaf to SYP 900/loaf", "900", false},
		{"aid from 12 agencies reached the town", "12", false},
	} {
		if got := atFigure(c.text, c.figure, changedTo); got != c.want {
			t.Errorf("changedTo(%q, %s) = %v, want %v", c.text, c.figure, got, c.want)
		}
	}
	for q, want := range map[string]bool{
		"What budget did the cluster have for 2020?":        true,
		"To what price did the ministry raise fuel in May?": true,
		"What was the cost of the new bridge?":              true,
		"How many people did the cluster reach?":            false,
	} {
		p := Parse(q, testNow)
		if got := p.money(); got != want {
			t.Errorf("%q: money() = %v, want %v", q, got, want)
		}
	}
}

func TestWhichTwo(t *testing.T) {
	for q, want := range map[string]int{
		"In which two districts were pharmacies open?":    2,
		"Which three agencies signed the plan?":           3,
		"Which district was hit by the floods?":           0,
		"Which one of the camps was closed?":              0,
		"What two million people need is food, who said?": 0,
	} {
		if p := Parse(q, testNow); p.many != want {
			t.Errorf("%q: many = %d, want %d", q, p.many, want)
		}
	}
}

func TestSuperlativeAfter(t *testing.T) {
	q := Parse("What is the largest camp in Dorra?", testNow)
	for text, want := range map[string]bool{
		"Aid reached Marsa camp, the largest camp in Dorra, on Monday.": true,
		"Aid reached Marsa, the largest camp in Dorra, on Monday.":      true,
		"Aid reached Marsa camp, the new camp in Dorra, on Monday.":     false,
		"Aid reached Marsa camp in Dorra, the largest town.":            false, // the superlative follows another name
	} {
		s := testSentence(&q, text)
		_, to := findName(s, "Marsa")
		if got := superlativeAfter(s, to); got != want {
			t.Errorf("%q: superlativeAfter(Marsa) = %v, want %v", text, got, want)
		}
	}
}

func TestGlossOfAsked(t *testing.T) {
	q := Parse("Which Emir of Karsa was abducted?", testNow)
	for text, want := range map[string]bool{
		"the Emir of Karsa (Tebbe region), Musa Dallo, was abducted": true,
		"the Emir of Karsa (Tebbe), Musa Dallo, was abducted":        true,
		"the Emir of Karsa (Tebbe region of the north), Musa Dallo":  false,
		"the governor (Tebbe region) was abducted":                   false, // no word of the question before the bracket
		"the new emir, Tebbe Dallo, was abducted":                    false,
	} {
		s := testSentence(&q, text)
		from, to := findName(s, "Tebbe")
		if got := glossOfAsked(s, from, to); got != want {
			t.Errorf("%q: glossOfAsked(Tebbe) = %v, want %v", text, got, want)
		}
	}
}
