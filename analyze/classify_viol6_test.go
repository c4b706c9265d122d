package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules written on the fit halves of the fignews and cnndm sets
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
