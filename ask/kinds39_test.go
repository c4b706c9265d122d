package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask39 (issue 14 item 5, agency reports).
//
// Amounts of money written with a space after the currency's symbol
// ("US$ 61.5 million") or with a decimal comma ("EUR 2,4 million"): the
// answer is the whole amount, never the bare figure nor its part before
// the comma.
var spacedAmountReports = []news.Article{
	{ExternalID: "unicef-chad-appeal", Title: "UNICEF Chad humanitarian action for children 2021",
		Text: "In 2021, UNICEF is appealing for US$ 61.5 million to sustain its response across Chad. " +
			"Some 1.4 million children need assistance, 320,000 of them in the Lake province."},
	{ExternalID: "wfp-niger-brief", Title: "WFP Niger country brief, March 2019",
		Text: "The government of Denmark confirmed a contribution of EUR 2,4 million to the Niger Country Strategic Plan 2020-2024. " +
			"WFP assisted 812,000 people in February."},
}

func TestAnswerKinds39Amounts(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(spacedAmountReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How much was UNICEF appealing for in 2021 to fund its response across Chad?", "US$ 61.5 million", "unicef-chad-appeal"},
		{"How much did Denmark confirm for WFP's Niger Country Strategic Plan in March 2019?", "EUR 2,4 million", "wfp-niger-brief"},
	})
}
