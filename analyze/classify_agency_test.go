package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules written on the fit half of rwp7 (HumSet agency documents, issue
// 14, h-agency), each checked on invented sentences: the violence a long
// agency report names as who its people are, as a record over months, as
// the war's toll in general, or the dead of a crossing at sea, is no
// attack reported; the same words with an attack of their own are.

// TestViolenceAsWhoFled: refugees "who fled following clashes" are
// described by their flight's cause, whatever day the aid to them names;
// an attack on people who once fled, and fighting that made people flee on
// a day, are reported.
func TestViolenceAsWhoFled(t *testing.T) {
	tests := []categoryCase{
		{"aid to people who fled clashes", "Chad: Operational update",
			"On 12 March, the agency allocated 200,000 EUR to refugees who fled to Chad following intercommunal clashes. The aid reaches 900 households in two departments.", false},
		{"families who had fled attacks", "Niger: Flash update",
			"On 3 May partners distributed shelter kits to 400 families who had fled attacks on their villages. Water trucking continues in the site.", false},
		{"people who fled, attacked later", "Niger: Flash update",
			"Refugees who fled to the camp last year were attacked by gunmen on Monday, and three were killed. Partners evacuated the wounded.", true},
		{"fighting that made people flee", "Chad: Flash update",
			"Intercommunal clashes erupted on 12 March in the village, and 3,000 people fled to the town. Partners report new arrivals every day.", true},
	}
	checkCategory(t, tests, news.Violence)
}

// TestViolenceAsARecord: incidents counted from one month of a year to
// another, a quarter apart or more, are the war's record; a month's
// count is news.
func TestViolenceAsARecord(t *testing.T) {
	tests := []categoryCase{
		{"incidents of a year", "Humanitarian Bulletin, Issue 4",
			"From January 2019 to December 2019, some 4,000 conflict-related incidents, including airstrikes, armed clashes and shelling, were reported across the country. Half of the health facilities are functional.", false},
		{"schools of three years", "Humanitarian Bulletin, Issue 4",
			"The agency reports that between March 2016 and November 2019, 300 schools were damaged by airstrikes or shelling. Two million children are out of school.", false},
		{"a month's clashes", "Humanitarian Bulletin, Issue 4",
			"Between March 2019 and April 2019, clashes between the army and the rebels killed 12 civilians in the town. Partners distributed food to 900 families.", true},
	}
	checkCategory(t, tests, news.Violence)
}

// TestViolenceAsAToll: fighting that "has taken a heavy toll" is the war's
// toll in general; fighting that took a toll on a day is news.
func TestViolenceAsAToll(t *testing.T) {
	tests := []categoryCase{
		{"a toll taken over years", "Humanitarian Bulletin, Issue 7",
			"Armed clashes, airstrikes and attacks on civilians have taken a devastating toll on the people of the country. Millions need help to protect their safety and basic rights.", false},
		{"a toll that goes on", "Humanitarian Bulletin, Issue 7",
			"The violence continues to take a heavy toll on children. Schools remain closed in three districts.", false},
		{"a toll of a day", "Humanitarian Bulletin, Issue 7",
			"Shelling of the market on Monday killed 14 civilians and took a heavy toll on the town. Partners sent surgical kits.", true},
	}
	checkCategory(t, tests, news.Violence)
}

// TestViolenceNotOfCrossingsOrRoads: the dead of a crossing at sea and of a
// road's collision are no attack's; an attack on a boat, and air strikes on
// a place by the sea, are.
func TestViolenceNotOfCrossingsOrRoads(t *testing.T) {
	tests := []categoryCase{
		{"dead or missing at sea", "Libya: Flash Update",
			"This week, some 90 people were reported dead or missing in two incidents in the Mediterranean Sea. The agency appealed for more resettlement places.", false},
		{"deaths on the Mediterranean", "Libya: Flash Update",
			"The agency appealed for rescue at sea after reports of 120 new deaths on the Mediterranean. Partners gave blankets to those disembarked.", false},
		{"a road collision", "District weekly report",
			"On 8 April, a head-on collision between two trucks left a man dead and three others injured. Markets stayed open.", false},
		{"an attack on a boat at sea", "Libya: Flash Update",
			"Gunmen opened fire on a migrants' boat at sea on Sunday, killing five people. Survivors were taken to the port.", true},
		{"air strikes by the Red Sea", "Yemen: Flash Update",
			"Air strikes on a village in the Red Sea border area killed 25 people on Sunday. Partners sent medical supplies.", true},
	}
	checkCategory(t, tests, news.Violence)
}

// TestGateWarAsOneCause: a food-security release from a place of a war
// that names the conflict only as one cause in a list beside the rains,
// floods, locusts and an epidemic is its other causes' report; the same
// release that tells the fighting, or names the conflict alone as the
// cause, stays in.
func TestGateWarAsOneCause(t *testing.T) {
	checkGateCases(t, []gateCase{
		{"conflict in a list of drivers", "Food security technical release",
			"Up to 2.5 million people in Somalia face acute food insecurity through mid-2021 in the absence of humanitarian assistance. The drivers of acute food insecurity include poor and erratic rainfall, flooding, Desert Locust infestation, the socioeconomic impacts of COVID-19, and conflict. Some 800,000 children are likely to be acutely malnourished.", news.NotNoConflict},
		{"the conflict as the one driver", "Food security technical release",
			"Up to 2.5 million people in Somalia face acute food insecurity through mid-2021 in the absence of humanitarian assistance. The main driver of acute food insecurity is the conflict. Some 800,000 children are likely to be acutely malnourished.", ""},
		{"a list beside fighting told", "Food security technical release",
			"Up to 2.5 million people in Somalia face acute food insecurity through mid-2021 in the absence of humanitarian assistance. The drivers include poor rainfall, flooding, COVID-19 and conflict. Clashes between the army and the militants displaced 30,000 people in the south in January.", ""},
	})
}
