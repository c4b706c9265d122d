package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask38 (issue 14 item 5, agency reports): a
// country's weekly update sets the world's and its region's totals beside
// the country's own, which it writes in words and then in digits in
// brackets ("two thousand six hundred forty (2,640) related deaths"); the
// reader asks for the country's.

var scopedReports = []news.Article{
	{ExternalID: "malawi-update", Title: "Malawi cholera weekly update, 2 May 2017",
		Text: "Globally, as of 30 April 2017, there have been 412,300 suspected cholera cases, including 6,150 deaths, recorded by 31 countries. " +
			"Between 1 January and 30 April 2017, there were nineteen thousand, four hundred twelve (19 412) suspected cholera cases recorded in the country, including two hundred eighty-one (281) related deaths. " +
			"Water trucking continued in the lakeshore districts."},
	{ExternalID: "zambia-update", Title: "Zambia cholera situation report no. 9",
		Text: "Globally, 6,150 cholera deaths have been recorded since January 2017, most of them in 31 countries of Africa and Asia. " +
			"Since January 2017, the country has recorded 243 cholera deaths, 40 of them in Lusaka's informal settlements. " +
			"Oral vaccination reached 1.2 million people."},
	{ExternalID: "chad-bulletin", Title: "Chad measles bulletin, week 16 2017",
		Text: "In the region, 4,820 measles deaths have been reported since January 2017, the highest toll in a decade. " +
			"Since January 2017, Chad has notified one thousand three hundred six (1,306) measles deaths, mostly among children under five. " +
			"Vaccination campaigns are planned in twelve districts."},
}

func TestAnswerKinds38OwnScope(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(scopedReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many deaths from cholera did Malawi record between 1 January and 30 April 2017, according to the weekly update?", "(281) related deaths", "malawi-update"},
		{"How many cholera deaths has Zambia recorded since January 2017?", "243", "zambia-update"},
		{"How many measles deaths has Chad notified since January 2017?", "1,306", "chad-bulletin"},
	})
}

func TestOtherScope(t *testing.T) {
	q := Parse("How many cholera deaths did Malawi record in April 2017?", testNow)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Globally, 6,150 cholera deaths were reported in April 2017.", true},
		{"The outbreak is among the world's largest, with 6,150 deaths in April 2017.", true},
		{"In the region, 900 cholera deaths were reported in April 2017.", true},
		{"Regionally, 900 cholera deaths were reported in April 2017.", true},
		{"Malawi recorded 281 deaths, the highest toll in the world.", false},    // names the asked country
		{"The country recorded 281 cholera deaths in April 2017.", false},        // is the asked country
		{"The World Bank gave $2 million for cholera response in April.", false}, // an agency, no scope
		{"In the region of Mangochi, 40 deaths were recorded.", false},           // a part of the country
	} {
		if got := otherScope(&q, testSentence(&q, c.text)); got != c.want {
			t.Errorf("otherScope(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	// the question asks about the world, or about a place inside a country
	for _, text := range []string{
		"How many cholera deaths were recorded globally in April 2017?",
		"How many cholera deaths did Borno in Nigeria record in April 2017?",
	} {
		q := Parse(text, testNow)
		if otherScope(&q, testSentence(&q, "Globally, 6,150 cholera deaths were reported in April 2017.")) {
			t.Errorf("%q: the world's sentence told off its scope", text)
		}
	}
}

// A figure written in words and then in digits in brackets is one figure,
// whose unit comes after the bracket: "five hundred (500)" is not two
// figures competing.
func TestWordsThenDigits(t *testing.T) {
	q := Parse("How many related deaths were recorded?", testNow)
	for _, c := range []struct {
		text, span string
		value      float64
	}{
		{"There were five hundred (500) related deaths.", "five hundred (500) related deaths", 500},
		{"There were nine thousand, two hundred sixty-six (9 266) related deaths.", "nine thousand, two hundred sixty-six (9 266) related deaths", 9266},
		{"There were five hundred thousand seven hundred thirteen (500,713) related deaths.", "five hundred thousand seven hundred thirteen (500,713) related deaths", 500713},
		{"There were seven thousand forty-five (7,280) related deaths.", "seven thousand forty-five (7,280) related deaths", 7280}, // the digits, where the two differ
	} {
		sps := countSpans(&q, testSentence(&q, c.text))
		if len(sps) != 1 || sps[0].text != c.span || sps[0].value != c.value {
			t.Errorf("%q: spans %+v, want one %q of %v", c.text, sps, c.span, c.value)
		}
	}
	// a list of scales is no number run on across its comma
	q = Parse("How many tents?", testNow)
	s := testSentence(&q, "They sent one thousand, two thousand tents.")
	if v, _, _ := readNumber(s, 2); v != 1000 {
		t.Errorf("'one thousand, two thousand' read as %v", v)
	}
}
