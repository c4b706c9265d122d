package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateWarInPassing: general news that names a war in one sentence of
// its lead — a veterans' charity, a crime at home, a film — is not about
// armed conflict when its story of several hundred words holds few of the
// war's own words, or names no place or side of a war at all (eval/cnndm).
// A war's report of the same length holds them throughout; an agency's
// report of a war's needs, a war's diplomacy and a short brief stay in.
// Invented texts.
func TestGateWarInPassing(t *testing.T) {
	// filler is n paragraphs of a story's own business, with no word of war
	filler := func(n int) string {
		p := "The house has twelve bedrooms, a boathouse and a view over the lake. " +
			"Volunteers will paint the rooms and repair the dock before the summer. " +
			"Local builders have offered their time, and a school will lend its buses. " +
			"The board hopes to welcome the first families in the middle of June. " +
			"Neighbours said they were delighted that the grounds would be used again. " +
			"The town council approved the plans at its meeting on Tuesday evening. " +
			"A bakery on the main street has promised bread for the opening day. " +
			"The charity's founder said the gardens would be open to visitors on Sundays. "
		return strings.Repeat(p, n)
	}
	veterans := "A charity for disabled veterans has bought the former summer estate of a cosmetics magnate. " +
		"The foundation is named after a former sergeant who lost both legs in a 2012 bomb blast in Afghanistan. " +
		"It will turn the estate into a retreat where veterans and their families can rest. "
	report := "Rebels shelled the northern suburbs of Aleppo on Tuesday, and government troops answered with air strikes on rebel positions. " +
		"At least 20 civilians were killed in the fighting, a monitoring group said. " +
		"Militants also fired mortars at an army checkpoint, and a car bomb exploded near a market. "
	agency := "Fighting in Aleppo has displaced thousands of families since January, the agency said. " +
		"Humanitarian partners delivered food aid and shelter kits to displaced families in camps. " +
		"Aid convoys reached two besieged towns after weeks of negotiations. "
	film := "The brothers who directed the last film will return for the sequel, the studio said. " +
		"The story follows two soldiers who turn against each other in a civil war between superheroes. " +
		"Filming begins in the spring, with most of the cast returning. "
	// a protest's violence beside a place of a war, with no armed word in
	// the whole story (h-gate17)
	protest := "Police beat students marching to Mandalay against a new exam law on Tuesday, witnesses said. " +
		"Several students were injured and dozens were detained after the march was stopped outside the town. " +
		"The students say the law ends the right of universities to choose their own teachers. "
	// guards against terror at home: an armed word in the lead, no armed
	// group or army named, no war's place in the lead (h-gate17)
	guards := "Synagogues and schools across the country will get money for security guards to protect them from terrorist attacks, the interior minister announced on Monday. " +
		"The minister told community leaders that no family should fear taking its children to school. " +
		"The money will come from the reserve of the budget and be paid from the spring. "
	guardsLater := "Since the attacks in Paris and on a synagogue in Jerusalem, police have warned of terrorist cells, suicide bombers and gunmen. "
	// a memorial service at home for someone a war killed (h-gate17)
	memorial := "A journalist who was killed by militants while reporting in Syria was remembered at a memorial service in her home town on Saturday. " +
		"About four hundred people filled the school hall where she had studied, and her brother read a poem she wrote. " +
		"Her parents thanked the town for its letters and flowers. "
	memorialLater := "Islamic State militants held her in Raqqa for a year; the group's fighters beheaded two other hostages. "
	// a peace process with no armed word: a war's diplomacy (h-gate17)
	peace := "Elders of two herding communities met in South Sudan on Thursday to keep the peace, a year after fighting over grazing land cost many lives. " +
		"The two-day meeting set rules for the seasonal migration of cattle across the border. " +
		"Both communities agreed to pay compensation for stolen cattle. "
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"a peace process with no armed word", "", peace + filler(3), ""},
		{"guards against terror at home", "", guards + filler(2) + guardsLater + filler(2), news.NotNoConflict},
		{"a short brief on the guards", "", guards, ""},
		{"a memorial service at home", "", memorial + filler(2) + memorialLater + filler(2), news.NotNoConflict},
		{"a short brief on the memorial", "", memorial, ""},
		{"a protest's violence with no armed word", "", protest + filler(3), news.NotNoConflict},
		{"a short protest brief", "", protest, ""},
		{"the same with soldiers firing", "", protest + "Soldiers fired on the marchers, and rebels shelled an army post nearby. " + filler(3), ""},
		{"a veterans' charity", "Charity buys former summer estate for a retreat", veterans + filler(5), news.NotNoConflict},
		{"a war's report as long", "", report + strings.Repeat(report, 6) + filler(2), ""},
		{"an agency's report of a war's needs", "", agency + filler(5), ""},
		{"a film with no war's place or side", "", film + filler(3), news.NotNoConflict},
		{"a short brief", "", veterans, ""},
		{"a war in the headline", "Veterans of the war in Afghanistan find a retreat", veterans + filler(5), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}
