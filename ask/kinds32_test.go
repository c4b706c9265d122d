package ask

import (
	"context"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask32 (issue 14 item 5, agency reports): a
// state ministry's numbered situation reports name their state and never
// their country, which the reader adds ("in Borno State, Nigeria"), and date
// their totals with an ordinal ("as at 14th March, 2019") where the reader
// writes "14 March 2019"; a national report that names the country gives
// another total. A question with a plural head ("which border crossings",
// "in which countries") asks for every name of a list ("Chad, South Africa,
// and Niger"), a slash joining two names of one place ("Kolma/Vess").
// A report that writes the question's day beside its month ("as at March
// 14") is the issue asked about.
// A question asking why ("why was ... stalled", "what caused ...") is
// answered by the phrase a cause marker opens ("due to the breakdown of the
// cold chain", "since the closure of the Vell crossing").
// "What was the bed capacity" asks for a figure ("a 30- bed capacity
// centre").
// A footnote's mark a PDF writes onto a month ("August2") leaves it a
// month, no place.
// "The total number of cases ... stands at 511" counts the cases as "511
// cases" would, and "what was the total number of X" counts X.

var seriesReports = []news.Article{
	{ExternalID: "series-1", Title: "borno state situation report 12",
		Text: "Measles outbreak response in Borno State. " +
			"The total number of measles cases reported as at 7th March, 2019 stands at 412 with 3 deaths. " +
			"Measles cases were reported in most wards of Borno State."},
	{ExternalID: "series-2", Title: "borno state situation report 13",
		Text: "Measles outbreak response in Borno State. " +
			"The total number of measles cases reported as at 14th March, 2019 stands at 466 with 3 deaths. " +
			"Vaccination teams reached 15 wards."},
	{ExternalID: "series-3", Title: "Nigeria humanitarian situation report, March 2019",
		Text: "Across north-east Nigeria, more than 1,200 measles cases were recorded by the end of March. " +
			"Partners supported vaccination campaigns in the north-east."},
}

func TestAnswerKinds32(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(seriesReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many measles cases had been reported in Borno State, Nigeria, as at 14 March 2019?", "466", "series-2"},
		{"How many measles cases had been reported in Borno State, Nigeria, as at 7 March 2019?", "412", "series-1"},
	})
}

// TestDayOrdinal: a day the question writes beside a month matches the
// ordinal a report writes it as; other numbers get no ordinal.
func TestDayOrdinal(t *testing.T) {
	for _, c := range []struct {
		q, word, alt string
	}{
		{"How many cases as at 14 March 2019?", "14", "14th"},
		{"How many cases by March 21, 2019?", "21", "21st"},
		{"How many cases on 2 May?", "2", "2nd"},
		{"How many of the 14 camps reported cases in March?", "14", ""},
	} {
		q := Parse(c.q, testNow)
		found := false
		for _, t2 := range q.Terms {
			if t2.Word == c.word {
				found = true
				if t2.Alt != c.alt {
					t.Errorf("%q: term %q has Alt %q, want %q", c.q, c.word, t2.Alt, c.alt)
				}
			}
		}
		if !found {
			t.Errorf("%q: no term %q in %+v", c.q, c.word, q.Terms)
		}
	}
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 22: "22nd", 31: "31st"} {
		if got := lang.Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

var listReports = []news.Article{
	{ExternalID: "list-1", Title: "Sahel regional update, May 2021",
		Text: "Countries including Mali, Burkina Faso, Niger and Nigeria have reported a rise in measles cases this month. " +
			"The new variant has been confirmed in the region, including in Chad, South Africa, and Niger."},
	{ExternalID: "list-2", Title: "Tarsia border monitoring update, 3-9 May 2021",
		Text: "Staff members met returnees at the Dorvan encashment centre. " +
			"Interviewed Returnees from Tarsia (Hollan Gate and Kolma/Vess):"},
}

func TestAnswerKinds32Lists(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(listReports...)}, Options{})
	askWant(t, a, []askCase{
		{"In which countries had the new variant been confirmed in southern Africa, according to the May 2021 regional update?", "Chad, South Africa, and Niger", "list-1"},
		{"At which border crossings were returnees from Tarsia interviewed in the border monitoring update of 3-9 May 2021?", "Hollan Gate and Kolma/Vess", "list-2"},
	})
}

var totalReports = []news.Article{
	{ExternalID: "total-1", Title: "kessa state situation report 9",
		Text: "Cholera outbreak response in Kessa State. " +
			"The total number of cases reported as at 2nd May, 2020 stands at 511, with 6 deaths. " +
			"Dorra has 301 cases with 4 deaths; Vell has 150 cases with 2 deaths."},
}

func TestAnswerKinds32Totals(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(totalReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many cholera cases had been reported in Kessa State as at 2 May 2020?", "511", "total-1"},
		{"What was the total number of cholera cases reported in Kessa State as at 2 May 2020?", "511", "total-1"},
	})
}

// TestTotalNumberOf: "what was the total number of X" counts X.
func TestTotalNumberOf(t *testing.T) {
	for _, c := range []struct {
		q     string
		units []string
	}{
		{"What was the total number of suspected cholera cases in Kessa?", []string{"suspect", "cholera", "cas"}},
		{"What was the total number of people displaced?", []string{"people"}},
		{"What is the total of returnees this year?", []string{"returnee"}},
	} {
		q := Parse(c.q, testNow)
		if q.Type != TypeCount || strings.Join(q.Units, " ") != strings.Join(c.units, " ") {
			t.Errorf("%q: %s %q, want count %q", c.q, q.Type, q.Units, c.units)
		}
	}
}

// TestHoldsDay: an article writes the question's one day beside its month,
// in either order, with an ordinal or none; another day, a day without its
// month or a window of a month does not count.
func TestHoldsDay(t *testing.T) {
	day := Parse("How many cases had been reported as at 14 March 2019?", testNow).Window
	month := Parse("How many cases had been reported in March 2019?", testNow).Window
	for _, c := range []struct {
		w    Window
		text string
		want bool
	}{
		{day, "The total stands at 266 as at 14th March, 2019.", true},
		{day, "As at March 14, 2019, the total stands at 266.", true},
		{day, "As at 14 March the total stands at 266.", true},
		{day, "As at 7 March the total stands at 212 in 14 wards.", false},
		{month, "As at 14 March the total stands at 266.", false},
	} {
		s := plainSentence(c.text)
		if got := holdsDay(c.w, []sentence{*s}); got != c.want {
			t.Errorf("holdsDay(%v, %q) = %v, want %v", c.w, c.text, got, c.want)
		}
	}
}

var causeReports = []news.Article{
	{ExternalID: "cause-1", Title: "Kessa state immunisation update, week 12",
		Text: "Routine immunisation in Kessa State was suspended for three weeks due to the breakdown of the cold chain at the state store. " +
			"Partners delivered 40 refrigerators in week 12."},
	{ExternalID: "cause-2", Title: "Dorra market monitor, April 2021",
		Text: "A sharp rise in the price of wheat flour in Dorra markets has been observed since the closure of the Vell crossing (SYP 1,200 per kg, up from SYP 800). " +
			"Fuel prices were stable."},
}

func TestAnswerKinds32Cause(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(causeReports...)}, Options{})
	for _, c := range []askCase{
		{"Why was routine immunisation suspended in Kessa State?", "breakdown of the cold chain", "cause-1"},
		{"What caused a sharp rise in the price of wheat flour in Dorra markets in April 2021?", "closure of the Vell crossing", "cause-2"},
	} {
		ans, err := a.Ask(context.Background(), c.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(ans.Answer, c.want) || len(ans.Answer) > 60 || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != c.article {
			t.Errorf("%q: answered %q citing %+v, want a short answer holding %q first from %s", c.q, ans.Answer, ans.Citations, c.want, c.article)
		}
	}
	for q, want := range map[string]bool{
		"Why was routine immunisation suspended?":     true,
		"What caused the rise in prices?":             true,
		"What led to the closure of the crossing?":    true,
		"What was the reason for the delay?":          true,
		"What was the price of wheat flour in Dorra?": false,
		"Which crossing was closed in April 2021?":    false,
	} {
		if got := Parse(q, testNow).cause; got != want {
			t.Errorf("Parse(%q).cause = %v, want %v", q, got, want)
		}
	}
}

// TestFootnotedMonth: a month with a footnote's mark ("August2") is no
// place a question's answer may be.
func TestFootnotedMonth(t *testing.T) {
	q := Parse("In which Kessa town were over 12,000 people displaced by overbank river flooding from late Gu rains in August?", testNow)
	s := plainSentence("The flood waters hit the south of Kessa with over 12,000 people displaced in Dorra Kebir due to overbank river flooding from late Gu rains in August2.")
	for _, sp := range spansOf(&q, s) {
		if strings.HasPrefix(sp.text, "August") {
			t.Errorf("span %q offered for %q", sp.text, q.Text)
		}
	}
	for w, want := range map[string]string{"august2": "august", "insecurity1": "insecurity", "covid19": "covid", "a1": "a1", "2019": "2019", "m23": "m23", "august": "august"} {
		if got := withoutNote(w); got != want {
			t.Errorf("withoutNote(%q) = %q, want %q", w, got, want)
		}
	}
}

var capacityReports = []news.Article{
	{ExternalID: "capacity-1", Title: "Tarsia health cluster bulletin, May 2020",
		Text: "With the help of partners, a 30- bed capacity isolation centre has been set up at the Tarsia General Hospital and staff were mobilised from other facilities of the region. " +
			"Rehabilitation work has started at the Vell District Hospital."},
}

func TestAnswerKinds32Capacity(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(capacityReports...)}, Options{})
	q := "What was the bed capacity of the isolation centre set up at the Tarsia General Hospital?"
	ans, err := a.Ask(context.Background(), q, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(ans.Answer, "30") {
		t.Errorf("%q: answered %q, want 30", q, ans.Answer)
	}
}
