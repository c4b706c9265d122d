package story

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestDevelopmentCouncilMet: an attack story's development that tells the
// Council "is expected to hold a meeting" gives way to a later report's
// sentence that tells it met (issue 13, 0403 window); with no such
// report it stays. Invented reports.
func TestDevelopmentCouncilMet(t *testing.T) {
	expected := "The Security Council is expected to hold a meeting on Wednesday to discuss the attack on Velm."
	met := "The Security Council met in an emergency session on Wednesday to discuss the attack on Velm."
	talks := func(e string) news.Analysis {
		return news.Analysis{Categories: []news.Category{news.Violence, news.Talks},
			Scores:   map[news.Category]float64{news.Violence: 0.9, news.Talks: 0.3},
			Evidence: map[news.Category][]string{news.Talks: {e}}, EventDate: "2016-07-05"}
	}
	vio := news.Analysis{Categories: []news.Category{news.Violence}, Scores: map[news.Category]float64{news.Violence: 0.9}, EventDate: "2016-07-05"}
	first := member(1, "daily", "Gas attack kills 40 in Velm", "A gas attack killed 40 people in the town of Velm on Tuesday, a monitor said. "+
		"Rescue workers said many victims had trouble breathing after the strike. "+
		"Doctors in the town said the hospital had run out of oxygen. "+expected, t0.Add(24*time.Hour), talks(expected))
	later := member(2, "wire", "Velm toll rises to 60", "The toll of the gas attack on the town of Velm rose to 60 on Thursday, a monitor said. "+
		"Medics said dozens more were being treated for breathing problems. "+
		"Residents buried the dead in a field outside the town. "+met, t0.Add(48*time.Hour), vio)
	if s := Build([]Member{first}); s.Development != expected && !strings.Contains(s.Summary, expected) {
		t.Errorf("one report: Development = %q, Summary = %q, want the meeting expected told", s.Development, s.Summary)
	}
	if s := Build([]Member{first, later}); s.Development != met {
		t.Errorf("two reports: Development = %q, want the meeting held", s.Development)
	}
}
