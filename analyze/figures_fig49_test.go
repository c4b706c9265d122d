package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A report that opens with a list of highlights ("Situation Report ...
// **Highlights**", bulleted items) tells its main event there, or in the
// first paragraph under the heading after them (the WFP sitreps' "Situation
// Update" item). Its later sections are its other items — a list of the
// period's incidents, an outbreak's section, another country's paragraph —
// and their counts are other events', kept with their sentences: a report
// whose highlights and first paragraph tell no count has no main figure
// (GUIDE.md: a report of many items with no one main event has none).
func TestHighlightsReportLead(t *testing.T) {
	aid := "- The agency's child protection response remains underfunded with only 20 per cent of needs met.\n\n" +
		"- Partners reached nearly 12,000 children in Kelo district with hygiene kits.\n\n" +
		"- A ceremony marked the International Day of Education in Tobo camp on 3 May.\n\n"
	tests := []struct {
		name, title, text string
		kind              string
		want              int64
	}{
		{"an incident list's count, a later section", "Northland Situation Report 40, 1 – 14 May 2019 **Highlights**",
			aid + "**OPERATIONAL ENVIRONMENT**\n\n- On 2, 5 and 9 May, patrol boats opened fire towards fishing boats. " +
				"No injuries were reported.\n\nOn 4 and 8 May, forces at the fence opened fire towards farmland. Four " +
				"injuries were reported.\n\nOn 6 and 10 May, residents held protests near the fence. Two deaths and 140 " +
				"injuries were reported.",
			news.FigureKilled, 0},
		{"the incident list's injured too", "Northland Situation Report 40, 1 – 14 May 2019 **Highlights**",
			aid + "**OPERATIONAL ENVIRONMENT**\n\n- On 2, 5 and 9 May, patrol boats opened fire towards fishing boats. " +
				"No injuries were reported.\n\nOn 4 and 8 May, forces at the fence opened fire towards farmland. Four " +
				"injuries were reported.",
			news.FigureInjured, 0},
		{"an outbreak's section", "Agency Northland Humanitarian Situation Report - 1-31 May 2019 **Highlights**",
			aid + "**Situation Overview**\n\n**Refugees:** Northland hosts over 900,000 refugees from its neighbours.\n\n" +
				"**Disease Outbreaks:** Cholera cases in Kelo are falling.\n\n_Fever:_ As of May, the outbreak remains " +
				"localized in Tobo district. Since April, four cumulative cases of the fever, including two confirmed cases " +
				"and four deaths, have been recorded.",
			news.FigureKilled, 0},
		{"another section's clashes", "Agency Southland Crisis Situation Report - May 2019 **Highlights**",
			aid + "**Situation Overview:** Needs remained critical in Southland throughout May.\n\nIn the west, " +
				"clashes between armed groups and the army resulted in shelling in the western hills, triggering a " +
				"displacement of more than 12,000 residents.",
			news.FigureDisplaced, 0},
		{"the first item under the next heading stays", "Agency Westland Situation Report #12, 2 May 2019 **Highlights**",
			"- The agency condemns violence against aid workers in the most recent fighting in Kelo village.\n" +
				"- Partners kicked off a training workshop on crop pests.\n**Situation Update**\n" +
				"- On 28 April, fighting in Kelo village in Tobo County resulted in at least 38 people killed. " +
				"An assessment is planned for next week.\n- Partners commemorated World Health Day.",
			news.FigureKilled, 38},
		{"a highlight's count stays", "Agency Westland Situation Report No. 9 (1 – 30 April 2019) **Highlights**",
			"- Explosive hazards remain a concern in Kelo city.\n\n- Between 2 and 28 April, approximately 140 civilians " +
				"were reportedly killed by explosive hazards in Kelo city.\n\n- Partners agreed a position paper on " +
				"returns.\n\n**Context**\n\nReturns to Kelo continued.\n\nIn Tobo, 12 people were killed in an airstrike.",
			news.FigureKilled, 140},
		{"no highlights, a news report keeps its later count", "Fighting in Kelo",
			"Fighting went on in Kelo on Monday.\n\nResidents fled towards the river.\n\nMedics said 14 people were " +
				"killed in the clashes.",
			news.FigureKilled, 14},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAgencyMain(t, &news.Article{Title: tt.title, Text: tt.text}, tt.kind, tt.want, "")
		})
	}
}
