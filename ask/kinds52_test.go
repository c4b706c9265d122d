package ask

import (
	"context"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask52 (issue 14.5, agency reports): a
// question opening with a preposition ("through which partner", "through
// which border crossing") asks what that preposition takes beside the
// question's verb, which a report writes before the verb ("UNHCR through
// ORVA assisted") or as a name set off after the kind it names ("through one
// border crossing, Bab Al-Kareem"); a plain "where" answered by a named
// facility gives the facility with its town.
var prepAgencyReports = []news.Article{
	{ExternalID: "shelter-kelmar", Title: "Kelmar: Shelter/NFI Cluster weekly update, 3-9 May 2022",
		Text: "In Tarsk hub, UNHCR through ORVA assisted a total of 512 families with NFIs in Dunel district and provided 7 schools that are hosting IDPs with gas cylinders for cooking also NFIs were provided to 40 families in two schools that are hosting IDPs in Brell governorate and through KRCS (Kelmar Red Crescent Society) 48 families were assisted in Amrad. " +
			"In Oran hub, UNHCR through SHL completed the distribution of blankets and kitchen sets to 1,100 IDP families in Ostmark governorate."},
	{ExternalID: "xb-veloria", Title: "Veloria: cross-border operation factsheet, January 2021",
		Text: "In 2021, in coordination with its partners, UNHCR continues to provide basic assistance and protection services to IDPs in north-west Veloria under the cross-border operation from Harran, Tarsia. " +
			"On 11 July 2020, the Security Council resolution that enables the cross-border humanitarian response was renewed again for twelve months, although this time trans-shipments are allowed only through one border crossing, Bab Al-Kareem. " +
			"Core relief items were trans-shipped across the border from Tarsia to north-west Veloria this month."},
	{ExternalID: "covid-ostmark", Title: "Ostmark COVID-19 situation report, week 30",
		Text: "Ostmark State recorded 12 new confirmed cases this week. " +
			"Samples have been taken to the Central Reference Laboratory in Dunel. " +
			"Contact tracing teams were deployed in Brell, Amrad and Oran."},
}

func TestAnswerKinds52Prep(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(prepAgencyReports...)}, Options{})
	for _, c := range []askCase{
		{"Through which partner did UNHCR assist 512 families with NFIs in Dunel district in the Tarsk hub, according to the Kelmar Shelter/NFI Cluster?", "ORVA", "shelter-kelmar"},
		{"Through which single border crossing are UN cross-border trans-shipments into north-west Veloria allowed after the July 2020 Security Council renewal?", "Bab Al-Kareem", "xb-veloria"},
		{"Where were Ostmark State's COVID-19 samples taken for testing in week 30?", "Central Reference Laboratory in Dunel", "covid-ostmark"},
	} {
		ans, err := a.Ask(context.Background(), c.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Answer != c.want || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != c.article {
			t.Errorf("%q: answered %q, want %q from %s", c.q, ans.Answer, c.want, c.article)
		}
	}
}

// A weekly update writes the period's cumulative figure in the sentence
// naming the period by its two days, and the week's new figure in another;
// a question naming the two days asks the first.
var dayRangeReports = []news.Article{
	{ExternalID: "mmwu-veloria-51", Title: "Veloria: Morbidity and Mortality Weekly Update, 21 December 2020",
		Text: "In the epidemiological week 51, Veloria recorded 10,480 confirmed COVID-19 cases; cases per 100,000 population per week is 6.1. " +
			"Veloria Situation Between 8 March and 20 December 2020, according to the health ministry's press release, there were five hundred two thousand one hundred eleven (502,111) COVID-19 confirmed by PCR and antigen tests in Veloria. " +
			"Testing laboratories were opened in Tarsk and Brell."},
}

// TestAnswerKinds52Range guards the answer (main answers it too: the
// invented week's sentence does not outscore the period's as the fit
// item's did); TestDayRangeFit tests the rule.
func TestAnswerKinds52Range(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(dayRangeReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many confirmed COVID-19 cases did Veloria record between 8 March and 20 December 2020, according to the weekly morbidity and mortality update of 21 December 2020?", "502,111", "mmwu-veloria-51"},
	})
}

func TestDayRange(t *testing.T) {
	for _, c := range []struct {
		text string
		a, b dayPair
		ok   bool
	}{
		{"Between 8 March and 20 December 2020, there were", dayPair{8, 3}, dayPair{20, 12}, true},
		{"from 8 March 2020 to 04 April 2021", dayPair{8, 3}, dayPair{4, 4}, true},
		{"Between 8 March 2020 - 11 April 2021", dayPair{8, 3}, dayPair{11, 4}, true},
		{"between 2019 and 2020", dayPair{}, dayPair{}, false},
		{"from 8 March, cases rose", dayPair{}, dayPair{}, false},
	} {
		a, b, ok := dayRange(lang.Fields(strings.ToLower(c.text)))
		if a != c.a || b != c.b || ok != c.ok {
			t.Errorf("%q: %v %v %v, want %v %v %v", c.text, a, b, ok, c.a, c.b, c.ok)
		}
	}
}

func TestDayRangeFit(t *testing.T) {
	qa, qb, _ := dayRange(lang.Fields(strings.ToLower("How many deaths had Veloria confirmed between 8 March 2020 and 4 April 2021?")))
	for text, want := range map[string]float64{
		"Between 8 March 2020 and 04 April 2021, there were 9 266 deaths.":      wDayRange,
		"Between 8 March 2020 and 07 March 2021, there were 8 420 deaths.":      -wDayRange,
		"In the epidemiological week 13, 12 deaths were recorded.":              0,
		"Between 9 March 2020 and 4 April 2021, the laboratories tested 1,200.": 0,
	} {
		s := sentence{text: text}
		if got := dayRangeFit(qa, qb, &s); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// Of two figures of what a count question counts, the one its verb
// predicates: "how many refugees did UNHCR repatriate" is answered by the
// refugees "repatriated", not by those "residing" in the same province.
var countVerbReports = []news.Article{
	{ExternalID: "unhcr-ostmark-feb", Title: "Ostmark: UNHCR operational update, February 2021",
		Text: "UNHCR is physically verifying all 38,114 Veloran refugees residing in Tarsk Province to improve the accuracy of data on refugees, and is providing all refugees with new refugee cards. " +
			"412 Veloran refugees were repatriated from Tarsk Province and 130 Kelmari refugees were repatriated from Brell Province. " +
			"UNHCR distributed WASH kits to 9,800 refugees in Amrad."},
}

func TestAnswerKinds52CountVerb(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(countVerbReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many Veloran refugees did UNHCR repatriate from Tarsk Province, Ostmark, in February 2021?", "412", "unhcr-ostmark-feb"},
	})
	for q, want := range map[string]string{
		"How many Veloran refugees did UNHCR repatriate from Tarsk?": "repatriate",
		"How many yaba tablets were seized in Tarsk district?":       "seize",
		"How much money was pledged at the conference?":              "pledge",
		"How many people live in Tarsk?":                             "",
	} {
		got := Parse(q, testNow).countVerb
		if strings.TrimSuffix(got, "e") != strings.TrimSuffix(verbBase(want), "e") || (got == "") != (want == "") {
			t.Errorf("%q: count verb %q, want %q", q, got, want)
		}
	}
}

// A weekly update gives this week's figure as what "the seizure of X"
// came to, after last week's written with the counted noun: the question
// about the update's week asks this week's.
var baselineWeekReports = []news.Article{
	{ExternalID: "tarsk-security-w14", Title: "Tarsk camps: security update, 4-10 April 2021",
		Text: "From 0.62 million kesh tablets seized last week, the seizure of kesh increased to 1.27 million this week – three times higher than the weekly average. " +
			"Three days later, the police arrested a man with 1,000 kesh tablets from Camp-12. " +
			"On 6 April, a man was arrested with 145 kesh tablets from Camp-2."},
}

func TestAnswerKinds52Baseline(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(baselineWeekReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many kesh tablets were seized in the Tarsk camps during the week of 4 to 10 April 2021?", "1.27 million", "tarsk-security-w14"},
	})
}
