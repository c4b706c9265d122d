package ask

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask19 (issue 14 item 5, answers that
// generalise): "how" and an adjective of degree ("how old", "how deep")
// asks for a figure as "how many" does, written in that degree's units.
func TestAnswerMeasure19(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "well-1", Title: "Villagers of Tarno dig a new well", Published: date("2017-12-04"),
			Text: "The villagers of Tarno, a farming settlement in the north of Varonia, finished their new well on Monday. " +
				"The well is 45 metres deep and serves 300 families. " +
				"Its pump was donated by a local trader."},
		{ExternalID: "boy-1", Title: "Boy hurt by unexploded shell in Kessa", Published: date("2017-12-06"),
			Text: "A shepherd boy from Kessa, 12 years old, lost a hand when an unexploded shell went off near his flock on 2 December. " +
				"Two other shepherds were unhurt. " +
				"Mine clearance teams are due in the district next month."},
	}
	checkAnswers(t, New(&factIndex{memIndex: newMemIndex(arts...)}, Options{}), []answerCase{
		{"How deep is the new well the villagers of Tarno dug?", "45 metres", "well-1"},
		{"How old was the shepherd boy from Kessa hurt by an unexploded shell?", "12 years", "boy-1"},
	})
}

// TestMeasureAsked: "how" and an adjective of degree types a question as
// a count in that degree's units; "how" and a verb does not.
func TestMeasureAsked(t *testing.T) {
	for _, c := range []struct {
		q    string
		typ  Type
		unit string
	}{
		{"How old was the shepherd boy hurt in Kessa?", TypeCount, "year"},
		{"How deep is the well in Tarno?", TypeCount, "metre"},
		{"How strong was the earthquake that hit Kerman?", TypeCount, "magnitude"},
		{"How did the convoy reach Madaya?", TypeOther, ""},
		{"How long did the siege of Madaya last?", TypeDuration, ""},
	} {
		q := Parse(c.q, testNow)
		if q.Type != c.typ || c.unit != "" && !slices.Contains(q.Units, c.unit) {
			t.Errorf("%q: type %s units %v, want %s with %q", c.q, q.Type, q.Units, c.typ, c.unit)
		}
	}
}
