package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateNutritionOfNoWar: a nutrition report (a malnutrition survey, a
// clinic's treatment of wasted children) from a country the gazetteer knows
// a war of is the nutrition's news when its headline names the malnutrition
// and its text shows no war (issue 14, h-gate2; rwp10 fit: UNICEF Niger's
// feeding centre, Chad's IPC malnutrition analysis). A war listed among the
// causes leaves it the nutrition's; displaced families or fighting tie it to
// the war, and a post of a sentence or two on a war's place is left to the
// plight it tells (h-open3). Invented sentences.
func TestGateNutritionOfNoWar(t *testing.T) {
	checkGateCases(t, []gateCase{
		{"a feeding centre's story", "Treating severe malnutrition in Mali, one child at a time",
			"In Mali, nurses at a stabilisation centre in Kayes treat children with severe acute malnutrition. Nearly one child in ten under five is wasted, a national survey found. Mothers receive therapeutic food and counselling before going home. Most children recover within six weeks.", news.NotNoConflict},
		{"a malnutrition analysis listing causes", "Acute malnutrition expected to affect 900,000 children in Somalia",
			"Some 900,000 children under five are expected to be acutely malnourished in Somalia this year, including 180,000 severe cases. Feeding programmes reached fewer children than planned. Rates are highest in the south. Poor feeding practices, cholera, measles, drought and conflict are among the drivers. Therapeutic feeding programmes will be scaled up.", news.NotNoConflict},
		{"a malnutrition analysis listing conflict and insecurity among its causes", "Acute malnutrition expected to affect 900,000 children in Somalia",
			"Some 900,000 children under five are expected to be acutely malnourished in Somalia this year, including 180,000 severe cases. Feeding programmes reached fewer children than planned. Rates are highest in the south. Other drivers include persistent conflict and insecurity, poor rains and drought, and repeated measles outbreaks. Therapeutic feeding programmes will be scaled up.", news.NotNoConflict},
		{"a feeding centre's story with no headline of its own", "",
			"Every child treated for malnutrition counts\n\nIn Mali, nurses at a stabilisation centre in Kayes treat children with severe acute malnutrition. Mothers receive therapeutic food and counselling before going home. Most children recover within six weeks.", news.NotNoConflict},
		{"a one-line post on a war's place", "Malnutrition among toddlers in North Darfur has tripled this year, medics report.",
			"Malnutrition among toddlers in North Darfur has tripled this year, medics report.", ""},
		{"malnutrition among the displaced", "Acute malnutrition expected to affect 900,000 children in Somalia",
			"Some 900,000 children under five are expected to be acutely malnourished in Somalia this year, most of them in families displaced from their villages. Therapeutic feeding programmes will be scaled up.", ""},
		{"malnutrition where fighting cuts the roads", "Treating severe malnutrition in Mali, one child at a time",
			"In Mali, nurses at a stabilisation centre in Mopti treat children with severe acute malnutrition, many brought from villages cut off by fighting between armed groups. Mothers receive therapeutic food before going home.", ""},
	})
}
