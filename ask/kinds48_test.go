package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask48 (issue 14.5, agency reports): a count
// question states the whole its answer is a part of ("how many of the five
// bridges", "how much of the $7.2 billion"), in words or with a scale. The
// whole is the question's own figure, as its digits are (skipFigure): the
// part the report writes beside it answers.
var partOfReports = []news.Article{
	{ExternalID: "bridges", Title: "Amberland: access snapshot, March 2023",
		Text: "In March 2023, three out of the five bridges into Pellin were closed by flooding, cutting off aid convoys. " +
			"Aid convoys reached the town by boat."},
	{ExternalID: "appeal", Title: "Amberland Humanitarian Response Plan 2023: mid-year review",
		Text: "However, $3.1 billion (43 per cent) of the $7.2 billion required for Amberland's 2023 response remains unfunded. " +
			"Partners reached 4 million people by June."},
}

func TestAnswerKinds48PartOfStated(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(partOfReports...)}, Options{})
	askWant(t, a, []askCase{
		{"In March 2023, how many of the five bridges into Pellin were closed by flooding?", "three", "bridges"},
		{"How much of the $7.2 billion required for Amberland's 2023 response plan remained unfunded?", "$3.1 billion", "appeal"},
	})
}

// A ratio asked by its head ("what was the case fatality ratio") is a
// share asked (lexicon/questions.tsv: "ratio" a measure and a share head):
// the report's share answers, not a name of its sentence.
var ratioReports = []news.Article{
	{ExternalID: "cholera-update", Title: "Amberland: cholera outbreak update, March 2023",
		Text: "Since January, 1,950 cholera cases were reported from Pellin and Oran districts, including 45 deaths. " +
			"The overall case fatality ratio of the outbreak in Amberland was 2.3%, above the 1% the Ministry of Health aims for."},
}

func TestAnswerKinds48Ratio(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(ratioReports...)}, Options{})
	askWant(t, a, []askCase{
		{"What was the overall cholera case fatality ratio reported in Amberland in March 2023?", "2.3%", "cholera-update"},
	})
}
