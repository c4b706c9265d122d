package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGatePastOnTrial: a court, a trial or an inquiry of today over
// violence the headline and lead date five years or more before the
// latest year the article names is a legal story about the past, not news
// of a war (round h-gate22; eval/cnndm: photos of a leader's hideout shown
// at a terrorism trial, lawyers' claims over an old battle). A year of
// the present in the lead keeps the article, and so does a text that names
// no year later than the lead's. Invented texts.
func TestGatePastOnTrial(t *testing.T) {
	tests := []struct {
		name, text string
		reason     string // "" : relevant
	}{
		{"photos at a trial",
			"Rare photos of the mountain camp where the insurgent leader hid before an air campaign forced him out have surfaced. They were shown at the trial in Paris of a militant accused of running the group's couriers in 1998. The court heard he had arranged the leader's interviews. The photos were taken by a reporter. The trial resumes in March 2012.", news.NotNoConflict},
		{"lawyers over an old battle",
			"Lawyers pursued false claims that British soldiers executed Iraqi prisoners after a battle with insurgents near Basra in 2003, a government dossier says. An inquiry found the claims baseless. The ministry now wants the firm struck off. Its licence was reviewed in 2011.", news.NotNoConflict},
		{"a trial of this year's attack stays",
			"A court in Kabul opened the trial on Monday of three men accused of the suicide bombing that killed 20 people at a market in 2014. Fighting went on in the south. The hearing of 2014 was adjourned.", ""},
		{"no later year stays",
			"Lawyers say British soldiers executed Iraqi prisoners after a battle with insurgents near Basra in 2003. An inquiry heard the claims.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, "", tt.text, tt.reason) })
	}
}
