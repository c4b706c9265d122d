package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestViolenceAsCondition: a report that names the war only as the
// standing condition of the people it helps ("affected by the armed
// conflict", "since March", "the brunt of the ongoing hostilities") and
// scatters hints ("the victims") reports no attack; the same words beside
// an attack of a day, or an attack in the lead, keep violence. Invented
// sentences (issue 14, the sealed ReliefWeb set's violence).
func TestViolenceAsCondition(t *testing.T) {
	filler := "Volunteers distributed blankets, kitchen sets and hygiene kits in the camps. The society's mobile clinics saw 900 patients. "
	tests := []struct {
		name        string
		title, text string
		violence    bool
	}{
		{"a donation for the victims of a war since a month", "Red Cross society donates to help people in the province",
			"The national society donated USD 50,000 to support the relief operation for victims affected by the armed conflict in the northern province. " +
				"Due to the armed conflict since March, there have been many casualties and thousands of displaced people. " +
				"The donation will go to the relief operation for the victims. " + filler, false},
		{"the brunt of ongoing hostilities", "Needs overview at a glance",
			"Three years after the escalation, families continue to bear the brunt of the ongoing hostilities and an economic collapse. " +
				"Some 8 million people need food assistance. Funding fell to 40 per cent of the appeal. " + filler, false},
		{"conflict-affected communities", "Agency expands support to conflict-affected communities",
			"The agency expanded its cash programme for conflict-affected families whose homes were damaged by years of war. " +
				"Women heading households receive grants to start small businesses. " + filler, false},
		{"insecurity in aid's way", "Humanitarian dashboard, January to November",
			"Insecurity continues to hamper the delivery of assistance, with an intensification of hostilities between the army and armed groups in the dry season. " +
				"Partners reached 2 million people with food assistance. " + filler, false},
		{"fighting in aid's way on a day", "Convoy turned back",
			"Fighting hampered the delivery of aid on Tuesday when shells hit the road to the town, killing two drivers. " + filler, true},
		{"the ongoing conflict with an attack of a day", "Attack on market in the north",
			"The ongoing conflict killed 12 civilians in the market town on Monday, residents said. Gunmen opened fire on traders. " + filler, true},
		{"clashes dated to a day past a condition", "Clashes displace thousands",
			"Clashes between the army and an armed group broke out in the town on 3 May, killing at least 20 people. " +
				"Due to the insecurity since January, aid agencies had already cut staff. " + filler, true},
	}
	for _, tt := range tests {
		an := classifyText(tt.title, tt.text)
		wantCategory(t, tt.name, an, news.Violence, tt.violence)
	}
}
