package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestViolenceAgainstExploited: the killings, torture and abductions a
// sentence lists beside people exploited as goods (domestic slavery,
// forced labour, trafficking or smuggling networks) are crimes against
// them, not an attack of a war (issue 14, h-viol10: rwp11 fit half's UN
// reports on migrants in Libya). A sentence that names fighters keeps its
// weight.
func TestViolenceAgainstExploited(t *testing.T) {
	checkEvidence(t, fViolence, chronicCap, []evidenceCase{
		{"Workers crossing the desert face beatings, killings and forced labour at the hands of their captors, the rights office said.", false},
		{"Young women held in the coastal towns are at risk of being killed, raped or sold into domestic slavery, investigators found.", false},
		{"The men were abducted by smuggling networks that hold them for months in warehouses near the port.", false},
		{"Rebels attacked the mine, killing 12 guards and putting the villagers to forced labour.", true},
		{"Shelling killed 12 people in the border town on Monday.", true},
	})
	checkCategory(t, []categoryCase{
		{"abuse of people trafficked", "Rights office report on the coastal route",
			"Workers crossing the desert face beatings, killings and forced labour at the hands of their captors, the rights office said on Tuesday. " +
				"Many are abducted by smuggling networks and held for ransom in warehouses near the port. " +
				"The office called on governments to open legal routes.", false},
		{"an attack on a mine", "Rebels attack a mine",
			"Rebels attacked the mine on Tuesday, killing 12 guards and putting the villagers to forced labour. " +
				"The army sent reinforcements to the district, the governor said.", true},
	}, news.Violence)
}
