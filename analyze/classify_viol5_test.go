package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules of round h-viol5 (issue 14: violence given to agency reports whose
// readers did not give it), each checked on invented reports.

// TestViolenceNamedOnly: armed violence named only as a phenomenon ("the
// communal violence in the central states", "areas affected by armed
// violence that leads to needs", "communal violence continues to cause
// displacement"), with no act of it, no day, no dead or hurt and nothing
// new or growing, is the setting of an agency's overview, the labelling
// guide's background. The same noun told as news (erupted, intensified,
// dated, with its dead) stays violence, and so does a heading that names
// it as the report's subject.
func TestViolenceNamedOnly(t *testing.T) {
	overview := "Overview of the response and its challenges\n\n" +
		"The agency works in four regions of the country with the national society's volunteers. " +
		"Its teams ran clinics, water points and food distributions in every region this year. " +
		"Donors covered most of the budget, and the agency thanks them. " +
		"The humanitarian picture of the country takes in the armed conflict in the north, the communal violence in the central states and the needs of refugees from the neighbouring country. " +
		"Other regions have also been affected by armed violence that leads to heavy humanitarian needs. " +
		"To help people cope with a rise in communal violence in three states, the agency handed out cash and food to 50,000 people. " +
		"Communal violence together with the violence of gangs in the south continues to cause displacement and joblessness. " +
		"The agency also trained 300 volunteers in first aid."
	checkCategory(t, []categoryCase{
		{"an overview's setting", "Country facts and figures", overview, false},
		{"violence that erupted", "",
			"The agency works in four regions of the country with the national society's volunteers. " +
				"Communal violence erupted in two villages of the central state on Monday, killing 12 people and burning 40 homes. " +
				"Clashes between herders and farmers spread to a third village on Tuesday. " +
				"The agency sent a team with medical supplies.", true},
		{"violence that intensified", "",
			"Intercommunal violence has intensified across the central state since the weekend, aid agencies said. " +
				"The agency sent a team with medical supplies.", true},
		{"the report's subject in a heading", "Flash update 3",
			"LIBYA: Communal violence in the south\n\n" +
				"At least 20 civilians were killed and 60 injured in the clashes that began early this month, health officials said. " +
				"Some 9,000 people have fled their homes.", true},
	}, news.Violence)
}

// TestViolenceInSettingSection: what an agency report tells under a heading
// that names the setting of its work ("Operational context", "Operational
// environment", "Background", "Security situation") is the context its
// operations run in, not its news, past the lead: a refugee agency's
// factsheet whose paragraph under "Operational context" lists the month's
// attacks reports its operations. The same paragraph under a heading of
// the situation's news ("Situation overview"), or attacks told in the lead,
// stay violence.
func TestViolenceInSettingSection(t *testing.T) {
	attacks := "Armed groups attacked army posts and villages during the month. " +
		"Four people were kidnapped during an attack on a village near the lake, and a woman was killed in another village. " +
		"The use of explosive devices against the security forces was also reported during the month.\n\n"
	factsheet := func(heading string) string {
		return "The region hosts 260,000 refugees, displaced people and returnees. " +
			"More than 12,000 new arrivals were registered in the camp during the second half of the year. " +
			"Most of them live in spontaneous settlements. " +
			"The agency's funding for the year is 83 per cent covered.\n\n" +
			"Operation strategy\n\n" +
			"The agency supports the local authorities and the camp's committees in running the camp. " +
			"It plans to build 1,200 houses in the region this year.\n\n" +
			heading + "\n\n" +
			"The region has hosted refugees fleeing the neighbouring country since 2013. " +
			attacks +
			"Protection response\n\n" +
			"In January, the agency and its partners improved the referral of protection cases. " +
			"Interviews for resettlement were held in the camp."
	}
	checkCategory(t, []categoryCase{
		{"operational context", "Refugee agency factsheet, the lake region", factsheet("Operational context"), false},
		{"operational environment", "Refugee agency factsheet, the lake region", factsheet("OPERATIONAL ENVIRONMENT"), false},
		{"security situation", "Refugee agency factsheet, the lake region", factsheet("Security situation"), false},
		{"situation overview", "Refugee agency factsheet, the lake region", factsheet("Situation overview"), true},
		{"attacks in the lead", "",
			"Context\n\n" +
				"Armed groups attacked army posts and three villages near the lake on Monday, killing 14 people. " +
				"Four people were kidnapped during the attack on one village. " +
				"The agency registered 2,000 new arrivals in the camp.", true},
	}, news.Violence)
}
