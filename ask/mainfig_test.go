package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask14 (issue 14 item 5): the analysis's main
// toll of the asked kind answers over another event's figure of the same
// report when its sentence holds at least as much of the question — here
// the other event's sentence repeats the question's place words ("13 other
// people" of one neighbourhood) and names no source, while the toll is the
// police's and the question names the news agency.
func TestMainFigureOverAnotherEvents(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "velgrad-7", Title: "Six civilians killed, others injured in rocket attacks on Velgrad",
			Published: date("2017-03-10"),
			Text: "Six civilians were killed on Thursday and 34 others were injured in rocket attacks on several neighbourhoods in Velgrad city, a source at the Velgrad police told SANA. " +
				"The Korvan neighbourhood of Velgrad city was also targeted by the shelling, where a woman was killed and 13 other people were injured in rocket attacks on Thursday. " +
				"Shops in the old market closed early."},
		{ExternalID: "velgrad-8", Title: "Water cuts in Velgrad", Published: date("2017-03-09"),
			Text: "Rocket attacks damaged a pumping station in Velgrad city on Wednesday, and others were left without water. Engineers began repairs."},
		{ExternalID: "velgrad-9", Title: "Schools reopen in Velgrad", Published: date("2017-03-08"),
			Text: "Schools in Velgrad city reopened after weeks of rocket attacks, and others will follow next month."},
		{ExternalID: "velgrad-10", Title: "Velgrad market prices rise", Published: date("2017-03-07"),
			Text: "Prices of bread rose in Velgrad city after rocket attacks on the roads, traders and others said."},
	}
	idx := &factIndex{memIndex: newMemIndex(arts...)}
	checkAnswers(t, New(idx, Options{}), []answerCase{
		{"How many people were injured in rocket attacks on neighbourhoods of Velgrad city on Thursday, according to SANA?", "34", "velgrad-7"},
	})
}

// TestMainFigureExceptions: a part of the toll whose group the question
// names ("how many children") and the count of the source it names (the
// ministry's 40, where UNICEF's 52 is the main toll) still answer over the
// report's main toll, though the toll's sentence holds as much of the
// question.
func TestMainFigureExceptions(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "dorsa-3", Title: "Air strikes on a school complex in Dorsa kill 26", Published: date("2017-10-27"),
			Text: "Air strikes on a school complex in the village of Dorsa killed 26 civilians on Wednesday, children among them, a monitoring group said. " +
				"The monitoring group said 11 children were among the civilians killed in the air strikes on the school complex. " +
				"The school had reopened in September."},
		{ExternalID: "marva-2", Title: "Floods in the Marva valley kill 40", Published: date("2017-08-14"),
			Text: "Floods in the Marva valley killed 40 people on Sunday, the interior ministry said. " +
				"UNICEF said 52 people had been killed by the floods in the Marva valley, as the interior ministry's teams searched for 19 missing. " +
				"Roads to the valley remain closed."},
	}
	idx := &factIndex{memIndex: newMemIndex(arts...)}
	checkAnswers(t, New(idx, Options{}), []answerCase{
		{"How many children were among the civilians killed in the air strikes on the school complex in Dorsa?", "11", "dorsa-3"},
		{"According to the interior ministry, how many people were killed by the floods in the Marva valley?", "40", "marva-2"},
	})
}
