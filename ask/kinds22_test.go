package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask22 (issue 10 item 5, issue 14 item 5): a
// count question that names the place of another event of the report (a
// second neighbourhood's shelling) answers that event's figure, not the
// report's main toll; one that names none answers the main toll.
func TestNamedOtherEventFigure(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "velgrad-21", Title: "Rocket attacks kill 9 in Velgrad", Published: date("2017-05-13"),
			Text: "A source at the Velgrad police said that gunmen fired rocket shells at the Tarsa neighbourhood in Velgrad city, killing 6 civilians including 2 women and injuring 14 others. " +
				"Moreover 3 people died in the Ormeni neighbourhood on Friday evening. " +
				"Engineers repaired the water network of the city."},
		{ExternalID: "velgrad-22", Title: "Bread prices in Velgrad", Published: date("2017-05-12"),
			Text: "Bread prices rose in Velgrad city after rocket shells hit the roads, traders said."},
	}
	idx := &factIndex{memIndex: newMemIndex(arts...)}
	checkAnswers(t, New(idx, Options{}), []answerCase{
		{"How many civilians were killed by rocket shells on the Ormeni neighbourhood of Velgrad city?", "3", "velgrad-21"},
		{"How many civilians were killed by rocket shells in Velgrad city, according to the police?", "6", "velgrad-21"},
	})
}
