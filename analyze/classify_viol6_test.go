package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules written on the fit halves of the rwp8, fignews and cnndm sets
// (issue 14, h-viol6), each checked on invented sentences.

// TestViolencePicturesOfThePast: pictures of the dead put on display or
// given out tell the pictures' news; the killing they show is its past.
// An attack told before its pictures stays news.
func TestViolencePicturesOfThePast(t *testing.T) {
	checkEvidence(t, fViolence, 0.3, []evidenceCase{
		{"The museum put photos of hundreds of people killed in the war on display.", false},
		{"The ministry released pictures of the soldiers killed in the ambush to their families.", false},
		{"Air strikes killed 14 people in the market on Sunday, and photos of the dead were shared online.", true},
	})
	checkCategory(t, []categoryCase{
		{"a display", "", "The city library put photos of 400 people killed or missing in the war on display in its hall.", false},
		{"an attack and its pictures", "Air strikes kill 14 in market",
			"Air strikes killed 14 people in the market on Sunday, and photos of the dead were shared online.", true},
	}, news.Violence)
}

// TestViolenceLeadPastHeadings: an agency's flash update whose file
// number, key figures and labels fill its first lines tells the fighting of
// its period in its first paragraph ("clashes and airstrikes continued in
// the areas of ..."): that paragraph is its lead for violence as for the
// other categories. The same update whose first paragraph tells aid alone,
// the fighting named only in its closing lines, gets no violence.
func TestViolenceLeadPastHeadings(t *testing.T) {
	heads := "40917\n\nAT LEAST\n\n12,400 IDPS\n\nTYPE OF INCIDENT\n\n"
	aid := "Registration of the newly displaced continued in the host municipalities. " +
		"Partners distributed food parcels and hygiene kits to 1,300 families. Water trucking reached two schools used as shelters. " +
		"Health teams screened children for malnutrition. Cash assistance was planned for the coming weeks. Needs remain high in shelter and water. " +
		"Partners will share a new assessment next month. "
	checkCategory(t, []categoryCase{
		{"fighting in the first paragraph", "Flash update 7", heads + "Since the last update, clashes and airstrikes reportedly continued in the districts of Wadi Sahel, Bir Tamr and the airport road. " + aid, true},
		{"aid in the first paragraph", "Flash update 7", heads + aid + "Clashes were reported near the airport road.", false},
	}, news.Violence)
}
