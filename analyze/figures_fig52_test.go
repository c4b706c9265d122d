package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Figures of news nobody tuned on (issue 10, round h-fig52; eval/orig2's fit
// half). Invented texts of the shapes read there.

// killedCases checks each text's main killed figure: none where want is 0,
// else that value.
func killedCases(t *testing.T, cases map[string]int64) {
	t.Helper()
	for text, want := range cases {
		k := Analyze(&news.Article{Text: text}).Facts.Killed
		switch {
		case want == 0 && k != nil:
			t.Errorf("%q: killed %+v, want none", text, k)
		case want != 0 && (k == nil || k.Value != want):
			t.Errorf("%q: killed %+v, want %d", text, k, want)
		}
	}
}

// A report of one person's death gives that person's age ("He was 101 and
// died", "She was 88 when she died") or birth year ("born in 1818") beside
// the death word: a number of the person's life, no count of the dead. A
// count after "he said" or "they were" stays a count.
func TestLifeNumberIsNoToll(t *testing.T) {
	killedCases(t, map[string]int64{
		"He was 95 and died of cancer at his home in Foo on Sunday.":              0,
		"She was 88 when she died peacefully in Foo, her family said.":            0,
		"Mr Doe, who left his wife one penny, was born in 1820 and died in 1890.": 0,
		"He said 12 people died in the fire in Foo on Sunday.":                    12,
		"They were 30 men and all died when the boat sank off Foo.":               30,
	})
}

// A rate told with "every" ("an estimated 300,000 deaths every year",
// "30 out of every 100 crewmen killed") counts no event's dead. A toll of
// an event stays a toll.
func TestRateIsNoToll(t *testing.T) {
	killedCases(t, map[string]int64{
		"Drowning results in an estimated 300,000 deaths every year, the Foo agency warns.":                    0,
		"The crews of the Foo squadron suffered heavy losses in the war, with 30 out of every 100 men killed.": 0,
		"Road accidents kill more than 300 people each week in Foo, the report said.":                          0,
		"A bomb killed 12 people in Foo on Monday and every shop in the market closed, police said.":           12,
		"Every one of the 12 passengers was killed when the bus fell into a gorge near Foo.":                   12,
	})
}
