package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask45 (issue 14 item 5, agency reports): a
// report names the kind the question asks for with a common noun, then the
// instance in apposition — after a comma, "the" perhaps, or in a bracket
// ("the new cholera strain (V19X)", "one border crossing, Tal Sefa"). The
// name in apposition answers, not another name of the sentence nor a
// capitalised word opening it.
var apposedReports = []news.Article{
	{ExternalID: "morvia-health-7", Title: "Morvia health situation report 7, 3 May 2022",
		Text: "Cholera cases rose again in Kelt and Sarbo wards this week. " +
			"Urgent studies are under way to understand the spread of the new cholera strain (V19X) and adapt the response accordingly. " +
			"Water trucking continued in both wards."},
	{ExternalID: "morvia-crossborder", Title: "Cross-border operation into north Morvia, factsheet 2022",
		Text: "In 2022, with its partners, the agency continues to deliver relief items to displaced families in north Morvia under the cross-border operation from Dunmark, Varonia. " +
			"In March 2022 the council renewed the mandate that enables the cross-border response for six months, although convoys are now allowed only through one border crossing, Tal Sefa. " +
			"Trucks carried shelter kits and blankets."},
	{ExternalID: "kivo-plan", Title: "Lake Kivo fisheries crisis response plan 2022",
		Text: "The plan supports fishing communities around Lake Kivo. " +
			"Regional bodies have met to agree common rules, including the Sahel Union, accompanied by the largest regional fishers' network, the Tana Fishers Network (Réseau des Pêcheurs de Tana, RPT in French). " +
			"The agency trains local committees in conflict prevention."},
	{ExternalID: "kelt-logistics", Title: "Kelt logistics update, May 2022",
		Text: "The cluster consolidates cargo at the common warehouse (WFP IRK, UNICEF hygiene kits and UNFPA kits into response kits) before deliveries to partners. " +
			"All response kits have now been moved from the warehouse in Tarn to the warehouse in Oskel, further from the front line. " +
			"Dispatches will be made from there."},
}

func TestAnswerKinds45Apposed(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(apposedReports...)}, Options{})
	askWant(t, a, []askCase{
		{"Which new cholera strain was under study according to Morvia's health situation report 7 of May 2022?", "V19X", "morvia-health-7"},
		{"Through which single border crossing are cross-border convoys into north Morvia allowed after the March 2022 council renewal?", "Tal Sefa", "morvia-crossborder"},
		{"What is the name of the largest regional fishers' network in the Lake Kivo fisheries crisis response plan 2022?", "Tana Fishers Network", "kivo-plan"},
	})
}

// A bracket the name does not fill lists what the noun holds: it names
// none of the kind asked.
func TestAnswerKinds45NotApposed(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(apposedReports...)}, Options{})
	askWant(t, a, []askCase{
		{"To which warehouse, further from the front line, were the response kits moved from Tarn in May 2022?", "Oskel", "kelt-logistics"},
	})
}
