package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask46 (issue 10 item 5, issue 14 item 5): a
// count question that names a part of the report's event by the part's own
// words ("when their minibus was struck", not the toll's) answers the part's
// figure; one that names only the event answers its main toll.
func TestNamedPartFigure(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "kessara-46", Title: "Air raids kill 24 civilians around Kessara", Published: date("2019-03-12"),
			Text: "Air raids on the town of Kessara and its villages killed 24 civilians on Monday including 7 when their minibus was struck on the coast road, rescuers said. " +
				"The rescuers said 17 others died in raids on the market and the eastern quarters. " +
				"Schools in the town stayed shut on Tuesday."},
		{ExternalID: "kessara-47", Title: "Fuel prices in Kessara", Published: date("2019-03-11"),
			Text: "Fuel prices rose in Kessara after the coast road was closed, traders said."},
	}
	idx := &factIndex{memIndex: newMemIndex(arts...)}
	checkAnswers(t, New(idx, Options{}), []answerCase{
		{"How many civilians were killed when air raids struck a minibus on the coast road near Kessara, according to rescuers?", "7", "kessara-46"},
		{"How many civilians were killed by air raids on Kessara on Monday, according to rescuers?", "24", "kessara-46"},
	})
}
