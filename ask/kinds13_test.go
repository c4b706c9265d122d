package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask13 (issue 14 item 5): a count of people
// written "N others" after the dead ("two were killed and 31 others were
// wounded"), and a "which X leader" question whose report names states and
// a body's run before the person.
func TestOthersCountAndPersonKind(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "shell-4", Title: "Shelling hits the market district of Velgrad",
			Text: "Two traders were killed on Tuesday and 31 others were wounded when shells struck the covered market of Velgrad, " +
				"the city's civil defence said. In the market's east wing 6 people were wounded by the shells. " +
				"The market had reopened a week earlier after repairs to its roof."},
		{ExternalID: "summit-2", Title: "Island states meet on storm recovery in Port Amaro",
			Text: "Delegations of Grenada, Saint Lucia and Dominica discussed storm recovery at the third island assembly in Port Amaro on Friday. " +
				"The assembly was addressed by Teodor Valkan, the Norlandic prime minister, who pledged help for rebuilding schools."},
	}
	checkAnswers(t, New(newMemIndex(arts...), Options{}), []answerCase{
		{"How many people were wounded when shells struck the covered market of Velgrad on Tuesday?", "31", "shell-4"},
		{"Which Norlandic leader addressed the third island assembly on storm recovery in Port Amaro?", "Teodor Valkan", "summit-2"},
	})
}
