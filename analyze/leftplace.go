package analyze

import (
	"github.com/conflict-digest/conflict-digest/lang"
	"strings"
)

// People counted as leaving a besieged place under an evacuation: "More
// than 5000 people who had lived under crippling siege for more than two
// years left the two towns along with 2200 evacuated from Madaya": the
// count is of evacuees, though its verb is "left".

// placeNouns name the place the evacuees leave.
var placeNouns = lang.WordSetOf(lang.PlaceWords(lang.LeftPlace))

// leftReach is how far after its count the "left" of a count of evacuees
// may stand: a relative clause about them between.
const leftReach = 20

// leftPlace returns the count at i (qn its qualifier's words) when it opens
// the sentence and is the subject of "left the (two) towns" in a sentence
// that tells of an evacuation ("evacuated", "evacuees", "evacuation"): the
// people evacuated; end is the verb's index.
func leftPlace(text string, toks []ftok, i, qn int) (int64, int, bool) {
	if !opensSentence(text, toks, i-qn) || !evacuationIn(toks) {
		return 0, 0, false
	}
	for j := i + 1; j < len(toks) && j <= i+leftReach; j++ {
		t := toks[j]
		if t.punct && t.w != "," || t.w == "said" || t.is(wcKilling) {
			return 0, 0, false
		}
		if t.w != "left" {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+4; k++ {
			if placeNouns.Has(toks[k].w) {
				return toks[i].num, j, true
			}
			if toks[k].punct {
				break
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// evacuationIn reports a sentence that names an evacuation.
func evacuationIn(toks []ftok) bool {
	for _, t := range toks {
		if strings.HasPrefix(t.w, "evacu") {
			return true
		}
	}
	return false
}
