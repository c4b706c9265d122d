package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestMayOfADateIsTheMonth: "may" after a day of the month is the month of
// a date ("On 17 May, clashes continued", "on the night of 7-8 May"), no
// possibility (hypothetical "may #w" halved the fighting beside it; issue
// 14, h-viol13: rwp8 fit 5faeaa53b1, rwp7 fit 1c769d919b). The verb stays
// a possibility.
func TestMayOfADateIsTheMonth(t *testing.T) {
	checkEvidence(t, fViolence, 0.6, []evidenceCase{
		{"On 17 May, clashes and airstrikes continued in the areas of Swani and Ain Zara.", true},
		{"An airstrike on the night of 7-8 May injures two persons inside the detention centre.", true},
		{"Clashes may continue in the areas of Swani and Ain Zara.", false},
	})
}

// TestViolenceOverTheUpdatesOwnSpan: an update whose headline names its
// period tells the fighting of that period, in the paragraph past its
// heading lines, over the span it covers up to its day ("During the
// previous two weeks, clashes and airstrikes reportedly continued"; "the
// recent escalation of hostilities"): the span is no history discounting
// the fighting, and the sentence is the update's lead (issue 14, h-viol13:
// rwp8 fit 666dbf2a13, 5ba75f4d2f, both readings violence). "The previous
// week" is the one before the update's, and the war's months past stay
// its background; without a period in the headline nothing changes.
func TestViolenceOverTheUpdatesOwnSpan(t *testing.T) {
	heads := "1234\n\nAT LEAST\n\n93,925 IDPS\n\nTYPE OF INCIDENT FLASH UPDATE\n\n"
	rest := " While most displaced families are staying in private accommodation, 3,900 are hosted in collective shelters. Partners distributed food to 5,000 displaced families."
	checkCategory(t, []categoryCase{
		{"the previous two weeks' clashes past the headings", "DTM Flash Update 2019-06-11",
			heads + "DTM identified an additional 685 displaced families since the previous report. During the previous two weeks, clashes and airstrikes reportedly continued in the areas of Swani, Ain Zara and Al Aziziya." + rest, true},
		{"the recent escalation past the headings", "Yemen Update 1-21 September 2018",
			heads + "UNHCR is dismayed by the recent escalation of hostilities in Al Hudaydah Governorate. UNHCR is following the unfolding of events with concern. The Protection Cluster reported two incidents of shelling that killed four civilians in Ad Durayhimi." + rest, true},
		{"an escalation not called recent past the headings", "Yemen Update 1-21 September 2018",
			heads + "UNHCR is dismayed by the escalation of hostilities in Al Hudaydah Governorate. UNHCR is following the unfolding of events with concern. The Protection Cluster reported two incidents of shelling that killed four civilians in Ad Durayhimi." + rest, false},
		{"the previous week's clashes past the headings", "DTM Flash Update 2019-06-11",
			heads + "DTM identified an additional 685 displaced families since the previous report. During the previous week, clashes and airstrikes reportedly continued in the areas of Swani, Ain Zara and Al Aziziya." + rest, false},
		{"the previous two weeks' clashes under no period", "DTM Flash Update",
			heads + "DTM identified an additional 685 displaced families since the previous report. During the previous two weeks, clashes and airstrikes reportedly continued in the areas of Swani, Ain Zara and Al Aziziya." + rest, false},
	}, news.Violence)
}
