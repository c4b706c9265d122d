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

// A question that asks for an amount of money or for a rate is answered
// by a figure of that kind, not by the count beside it ("13 donors
// pledging", "over 2,000 humanitarians", "Confirmed 213 Cases") when the
// report states the amount or the rate too.
var kindReports = []news.Article{
	{ExternalID: "somalia-pledges", Title: "Somalia humanitarian update, May 2019",
		Text: "Donors praised the pooled fund, with 17 donors pledging contributions to the Somalia Humanitarian Fund The High-Level Pledging Conference for the Humanitarian Crisis in Somalia held in Nairobi was also meant to raise awareness of the drought in Somalia and to advocate for access. " +
			"Participants pledged a total of US$1.32 billion for the response. " +
			"The conference brought together 58 Member States and agencies."},
	{ExternalID: "fsc-ss", Title: "Food Security Cluster South Sudan update, June 2019",
		Text: "Since the beginning of the year, the FSC has provided training services to over 3,000 aid workers from 60 organisations at the hubs deployed across South Sudan. " +
			"The FSC received a contribution of US$640,000 from the UK Department for International Development (DFID)."},
	{ExternalID: "chad-measles", Title: "Chad measles bulletin, 2018",
		Text: "The case fatality rate of measles in Chad stood at 1.8% in confirmed cases in 2018, down from 2.3% in 2017."},
	{ExternalID: "drc-ebola", Title: "DR Congo Ebola update, March 2019",
		Text: "The case fatality rate among confirmed Ebola cases in North Kivu remains at 66% as of March 2019."},
	{ExternalID: "yemen-cholera-sitrep", Title: "Yemen cholera situation report, week 9 2019",
		Text: "Figure 2.Epicurve of cholera Confirmed 418 Cases in Yemen week 2018/week 50-2019/week 09\n" +
			"Case fatality rate in confirmed cases is 12.4% Nine governorates (Sana'a, Aden, Taiz, Hodeidah, Ibb, Dhamar, Hajjah, Amran and Saada) have recorded at least one confirmed case across 31 districts- Figure 1 In the reporting week 09, one new health worker was affected in Ibb governorate- contact of a Taiz confirmed case."},
}

func TestAnswerKinds39Kind(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(kindReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How much money was pledged at the High-Level Pledging Conference for the Humanitarian Crisis in Somalia held in Nairobi on 5 May 2019?", "US$1.32 billion", "somalia-pledges"},
		{"How much did DFID contribute to the Food Security Cluster in South Sudan, as reported in June 2019?", "US$640,000", "fsc-ss"},
		{"What was the case fatality rate among confirmed cholera cases in Yemen's 2019 outbreak as of 3 March 2019?", "12.4%", "yemen-cholera-sitrep"},
	})
}

// A measuring head asks for a share as "what percentage" does ("the case
// fatality rate", "what proportion"); a count or an amount does not.
func TestShareByHead(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"What was the case fatality rate among confirmed cholera cases in Yemen as of March 2019?", true},
		{"What was the global acute malnutrition rate in Unity state in 2018?", true},
		{"What percentage of the plan was funded by June 2019?", true},
		{"How many confirmed cholera cases had Yemen recorded by March 2019?", false},
		{"How much money was pledged for Somalia in May 2019?", false},
	} {
		q := Parse(c.q, testNow)
		if got := q.share(); got != c.want {
			t.Errorf("share(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
