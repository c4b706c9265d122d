package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateNearPlaceNoHeadline: a page with no headline has lost the place
// its headline named ("Camp Profile - Newroz Al-Hasakeh governorate,
// Syria"); a place of a conflict in its first proseReach sentences stands
// beside its displacement, aid, violence or war as a headline's or a
// lead's would (issue 14, h-gate24). The opening is a REACH camp profile of
// the ReliefWeb 2017 development half (rw-2390934, both readings about war
// and humanitarian; © REACH, quoted short); the second case moves the place
// past the sixth sentence.
func TestGateNearPlaceNoHeadline(t *testing.T) {
	opening := "This profile provides a multisectoral needs overview and summarises the infrastructure and services present in Mabruka camp. " +
		"Primary data was collected from 27 to 28 November 2017 through 81 randomly sampled household interviews, allowing for representative findings with a 95% confidence level and 10% margin of error. " +
		"Additional information was provided by interviews with camp management and direct field observation.\n\n"
	place := "Since opening in July 2014, the camp has received predominantly refugees from Iraq (99%), the majority of whom are from Ninewa governorate (97%) as well as Syrian Internally Displaced Persons (IDPs). "
	filler := "Households reported water shortages in the summer months. Latrines are shared by several families. Children attend a school in the camp. "
	checkRelevance(t, "", opening+place+filler, "")
	checkRelevance(t, "", opening+filler+filler+place, news.NotNoConflict)
}
