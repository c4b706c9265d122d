package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules of round h-viol8 (issue 14: violence and talks on agency reports),
// each checked on invented reports.

// seriesOpening is the heading lines an invented agency update's PDF text
// opens with, before its first paragraph.
const seriesOpening = "4471\n\nKEY FIGURES\n\n1.2 M\n\npeople in need\n\n310,000\n\ninternally displaced\n\nHIGHLIGHTS\n\n"

// TestSeriesUpdateHeadline: a headline that names only an agency update's
// series and period ("Country Update 1-15 March 2024", "Flash Update 4")
// names no subject; a headline that names an epidemic or another event
// does.
func TestSeriesUpdateHeadline(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"Country Update 1-15 March 2024", true},
		{"240311 Valley Flash Update-4 FINAL", true},
		{"SitRep North Province EN 12 May", true},
		{"Valley Situation Report No. 9", true},
		{"Country Fact Sheet August 2023", true},
		{"Protection Monitoring During COVID-19 Factsheet Round 3", false},
		{"Cholera Outbreak Weekly Bulletin 12", false},
		{"Army and rebels agree to talks in the capital", false},
	} {
		if got := seriesUpdate(tt.title); got != tt.want {
			t.Errorf("seriesUpdate(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestTalksInSeriesUpdateLead: under a headline that names only an
// update's series, a sentence of the lead that tells talks in full stands
// in for the headline; one that tells talks as the setting of an assault
// ("despite attempts at mediation, forces launched an assault") or as a
// speaker's stance ("must be resolved through negotiations") does not.
func TestTalksInSeriesUpdateLead(t *testing.T) {
	const rest = "Partners distributed food rations to 41,000 people in the district during the period. " +
		"Water trucking continued in three camps, and two mobile clinics reopened."
	checkCategory(t, []categoryCase{
		{"envoy's diplomacy", "Country Update 1-15 March 2024", seriesOpening +
			"The Special Envoy has continued his diplomatic efforts to bring the parties back to negotiations on a political settlement of the conflict. " + rest, true},
		{"attempts before an assault", "Country Update 1-15 March 2024", seriesOpening +
			"Despite attempts at mediation, government forces launched an assault on 3 March to retake the port city from the rebels. " + rest, false},
		{"a call for negotiations", "Gaza Update 1-15 March 2024", seriesOpening +
			"The Secretary-General said the city's final status must be resolved through negotiations between the parties. " + rest, false},
		{"no series headline", "Food aid reaches 41,000 in the east", seriesOpening +
			"Despite attempts at mediation, government forces launched an assault on 3 March to retake the port city from the rebels. " + rest, false},
	}, news.Talks)
}
