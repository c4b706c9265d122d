package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGenevaSeat: Geneva as an agency's seat, a dateline's city or the
// name of the Geneva Conventions is no venue of talks; talks in Geneva
// keep their weight. Invented sentences.
func TestGenevaSeat(t *testing.T) {
	tests := []struct {
		s    string
		seat bool
	}{
		{"Geneva/Aleppo (ICRC) – The Red Cross is alarmed by the fighting around the city.", true},
		{"For more information: Anna Weber, OCHA Geneva, +41 22 000 0000", true},
		{"GENEVA, 3 March 2017 – The agency warned of shortages.", true},
		{"The meeting was chaired by the head of the office in Geneva.", true},
		{"Both sides must respect the Geneva Conventions.", true},
		{"The government and the opposition will meet in Geneva next week.", false},
		{"The delegates who gathered in Geneva agreed on a timetable.", false},
	}
	for _, tt := range tests {
		ws := strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", "/", " ", "(", " ", ")", " ", ".", " ", "–", " ").Replace(tt.s)))
		if _, ok := genevaSeat(ws); ok != tt.seat {
			t.Errorf("%q: seat %v, want %v", tt.s, ok, tt.seat)
		}
	}
}

// TestTalksHintsOfLongReport: in a long agency report, the hints of talks
// past the lead (a director who met a family, a school's lessons in
// conflict resolution) do not add up to talks beside one sentence of
// diplomacy in its highlights; a paragraph of talks past the lead is still
// talks. Invented sentences.
func TestTalksHintsOfLongReport(t *testing.T) {
	report := "- On 4 May, the Secretary-General said the city's final status must be resolved through negotiations between the parties. " +
		"Power cuts in Gaza last up to 20 hours a day and families rely on generators for water pumps. Clinics postponed surgery for lack of fuel. " +
		"The agency distributed food parcels to 12,000 families in the camps. " +
		"The schools teach human rights, conflict resolution and tolerance in every grade. " +
		"Pupils of the school science programme held an open discussion with a visiting scientist. " +
		"During the visit to the camp, the director met with a family supported by the social safety net programme. " +
		"He later met with members of the school parliament and their teachers. " +
		"The visit ended with a meeting with the health programme's senior staff. " +
		"The job creation programme offered three-month contracts to 900 refugees. " +
		"Most of the money earned is spent on medicine, fresh food and clothes. " +
		"The agency appeals to donors to fund its emergency shelter programme. " +
		"About 7,000 families still wait for help to repair their homes. " +
		"Water desalination plants run at a third of their capacity. " +
		"The fishing zone was reduced to six nautical miles. " +
		"Exports of strawberries resumed through the southern crossing. " +
		"Unemployment stands at 46 per cent, one of the highest rates in the world. " +
		"A new school for the deaf opened in the north of the strip. " +
		"Volunteers cleaned the beach in the central camp. " +
		"The agency trained 200 teachers in psychosocial support. " +
		"The crossing was open for 12 days in the reporting period. "
	title := "Gaza Situation Report 12, 1 – 14 May"
	an := Analyze(&news.Article{Title: title, Text: report})
	if !an.RelevanceOf().Relevant || slices.Contains(an.Categories, news.Talks) {
		t.Errorf("hints of a long report read as talks: %v %v", an.Categories, an.Evidence[news.Talks])
	}
	talks := "The envoy opened a new round of peace talks between the government and the rebels on Monday. " +
		"The two delegations agreed to discuss a ceasefire and the exchange of prisoners. " +
		"The mediator said the negotiations would continue next week. "
	an = Analyze(&news.Article{Title: title, Text: report + talks})
	if !slices.Contains(an.Categories, news.Talks) {
		t.Errorf("a paragraph of talks in a long report not read as talks: %v", an.Categories)
	}
}

// TestTalksOfUNTheme: a report whose headline names one of the UN's themes
// (Women, Peace and Security) is the theme's policy: the peace processes
// it names as where women took part are no talks reported. Invented
// sentences.
func TestTalksOfUNTheme(t *testing.T) {
	title := "National Action Plan on Women, Peace and Security: report to parliament **The report sets out the action taken to tackle sexual violence in conflict and to protect women in conflict zones.**"
	text := "We are proud to deliver on our commitments under the plan through practical work in the countries we fund. " +
		"A key aspect has been promoting the participation of women in political processes and in mediation roles: we supported women's participation in the peace processes of Syria, Somalia and Colombia. " +
		"The special envoy for gender equality led the work across government. " +
		"We remain steadfast in our commitment to the resolution and to its successors. " +
		"Funding for women's organisations rose by a fifth."
	an := Analyze(&news.Article{Title: title, Text: text})
	if slices.Contains(an.Categories, news.Talks) {
		t.Errorf("a theme's report read as talks: %v", an.Evidence[news.Talks])
	}
}
