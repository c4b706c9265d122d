package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateEndedWar: a report whose only war is one it tells ended years
// before (a health system "rebuilt after the civil war ended in 2002",
// families "displaced during the civil war, which ended in 2009") is the
// report's own news with an old war as background (issue 14, h-gate4). A
// war that ended lately, a war told as going on anywhere in the text, a
// call "to end" a war and a war in the headline keep it. Invented sentences.
func TestGateEndedWar(t *testing.T) {
	checkGateCases(t, []gateCase{
		{"an epidemic in a health system rebuilt after a war", "Angola: yellow fever vaccination campaign reaches 10 million",
			"As of 30 June 2016, the yellow fever vaccination campaign in Angola has reached 10 million people. The outbreak, the country's worst in 30 years, has caused 369 deaths. Angola's health system, rebuilt after the civil war ended in 2002, has struggled to keep up with demand.", news.NotNoConflict},
		{"new homes for families a past war displaced", "Sri Lanka: 2,000 families in Jaffna move into new homes",
			"In May 2017, some 2,000 families in Jaffna district moved into permanent homes built under a housing programme. Many of the families were displaced during the civil war, which ended in 2009, and lived for years with relatives. Each house has two bedrooms, a kitchen and a toilet.", news.NotNoConflict},
		{"a war that ended lately", "Angola: yellow fever vaccination campaign reaches 10 million",
			"As of 30 June 2016, the yellow fever vaccination campaign in Angola has reached 10 million people. Angola's health system, damaged in the civil war that ended in 2014, has struggled to keep up with demand.", ""},
		{"a past war beside fighting today", "Sri Lanka: 2,000 families in Jaffna move into new homes",
			"In May 2017, some 2,000 families in Jaffna district moved into permanent homes. Many of the families were displaced during the civil war, which ended in 2009. Clashes between the army and armed groups continue in the Vanni.", ""},
		{"a call to end a war that began long ago", "Envoy urges talks in Syria",
			"In March 2017, the UN envoy urged the parties to return to talks to end the war that began in 2011.", ""},
	})
}
