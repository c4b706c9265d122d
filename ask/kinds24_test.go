package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask24 (issue 14 item 5): a question about one
// event among many alike tells it by the toll it states ("killed 12
// civilians, including three children"); a sentence of the same report
// about another event that shares the question's words but counts the same
// dead otherly ("killing at least 64 civilians including 20 children") does
// not answer it, while one counting another befalling ("90 people were
// wounded"), the toll the question states or one near it (revised: "24
// people were killed" for "at least 22") does.
func TestOtherEventCount(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "varnas-1", Title: "Strike kills 12 in Varnas province", Published: date("2017-04-08"),
			Text: "Monitors said an air strike on the village of Kelmor killed 12 people on Saturday. " +
				"Earlier this week a gas attack hit the town of Dobrin in Varnas province, killing at least 64 civilians including 20 children. " +
				"Rescue teams searched the rubble for survivors."},
		{ExternalID: "varnas-2", Title: "Twin blasts in Ostrava", Published: date("2017-04-09"),
			Text: "At least 30 people were killed in a double bombing at a checkpoint in the city of Ostrava on Sunday, state media said. " +
				"Television said 90 people had also been wounded in the blasts in the Selny neighbourhood of the city."},
		{ExternalID: "varnas-3", Title: "Car bombs in Vetla", Published: date("2017-04-10"),
			Text: "Twin car bombs in the city of Vetla killed at least 22 people, state television said on Monday. " +
				"A monitor said 24 people were killed in the blasts in the Mirov district, near the central market. " +
				"Car bombs also hit the Dalsk district of Vetla last year."},
	}
	checkAnswers(t, New(newMemIndex(arts...), Options{}), []answerCase{
		{"Which village in Varnas province was hit by an air strike that killed 12 civilians, including three children?", "Kelmor", "varnas-1"},
		{"In which neighbourhood of Ostrava did a double bombing at a checkpoint kill at least 30 people?", "Selny", "varnas-2"},
		{"In which district of Vetla did twin car bombs kill at least 22 people?", "Mirov", "varnas-3"},
	})
}

func TestQuestionCounts(t *testing.T) {
	q := Parse("Which village was hit by an air strike that killed 15 civilians, including four children, on 3 April 2017?", date("2017-05-01"))
	want := []eventCount{{15, peopleUnit, 'k'}, {4, "children", 'k'}}
	if len(q.counts) != len(want) {
		t.Fatalf("counts %v, want %v", q.counts, want)
	}
	for i := range want {
		if q.counts[i] != want[i] {
			t.Errorf("count %d: %v, want %v", i, q.counts[i], want[i])
		}
	}
}
