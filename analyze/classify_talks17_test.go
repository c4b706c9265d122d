package analyze

import (
	"strings"
	"testing"
)

// TestMarkLeadSituationSection checks the opening of an agency report's
// situation section read as a lead of its talks and its truce (issue 14,
// h-talks17): the first two sentences under the first heading of the
// report's situation, past the headings and the section's own headline,
// and a line a PDF broke at a comma counted as a sentence. Lines of the
// fit reports: the ReliefWeb 2017 development half's rw-2379279 (a GBV
// monthly report on north-east Nigeria) and rwp8 fit rwp7-aec75a5641 (a
// USAID fact sheet on Syria).
func TestMarkLeadSituationSection(t *testing.T) {
	intro := strings.Repeat("Extreme levels of violence have characterized the insurgency in North East Nigeria. ", 6)
	cases := []struct {
		name    string
		text    string
		section []string // the sentences marked section, in order
	}{
		{"a situational overview past an introduction",
			intro + "\n\n**Situational Overview**\n\nThe release of 82 Chibok girls: On 7th May 2017, the girls were released. This followed a long period of negotiation between the Boko Haram militants and the government. Of the 276 girls kidnapped, 57 escaped.",
			[]string{"The release of 82 Chibok girls: On 7th May 2017, the girls were released.", "This followed a long period of negotiation between the Boko Haram militants and the government."}},
		{"key developments under a section headline, a broken line",
			intro + "\n\nKEY DEVELOPMENTS\n\nUNSC Partially Renews UN Cross-Border Authorization for Syria\n\nOn July 11, the UN Security Council (UNSC) partially renewed the cross-border authorization. The resolution that passed,\n\nUNSC Resolution 2533, allows UN agencies to continue operating cross-border.",
			[]string{"On July 11, the UN Security Council (UNSC) partially renewed the cross-border authorization.", "The resolution that passed,"}},
		{"no situation heading", intro + "\n\n**Funding**\n\nDonors gave 4 million dollars. The appeal is 30 percent funded.", nil},
	}
	for _, c := range cases {
		d := newDoc("Monthly Report, May 2017", c.text)
		var got []string
		for _, s := range scoreSentences(d) {
			if s.section {
				got = append(got, strings.TrimSpace(s.text))
			}
			if s.section && s.lead {
				t.Errorf("%s: %q marked both lead and section", c.name, s.text)
			}
		}
		if strings.Join(got, "|") != strings.Join(c.section, "|") {
			t.Errorf("%s: section sentences %q, want %q", c.name, got, c.section)
		}
	}
}

// TestSectionHeading checks the headings of a report's situation section
// (sectionHeading) against headings of its other sections.
func TestSectionHeading(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"SITUATION OVERVIEW", true},       // rwp7-c603775813, OCHA Libya
		{"**Situational Overview**", true}, // rw-2379279
		{"**Situation Overview**", true},   // ReliefWeb 2017 development, OCHA north-east Syria
		{"KEY DEVELOPMENTS", true},         // rwp7-aec75a5641
		{"Key developments:", true},
		{"OPERATIONAL UPDATE", false},
		{"**Funding**", false},
		{"Situation overview of the humanitarian response plan in the region and beyond", false},
	} {
		if got := sectionHeading(c.line); got != c.want {
			t.Errorf("sectionHeading(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestTalksInSituationSection checks talks told in the opening of a
// report's situation section, past an introduction that frames the
// agency's programme, read as the report's talks (h-talks17), while talks
// told deeper in the section, past its opening, stay the body's passing
// mention they were. Invented reports of other wars.
func TestTalksInSituationSection(t *testing.T) {
	intro := "**Introduction**\n\nYears of conflict in the Kasai region have left women and girls exposed to violence. The crisis has displaced hundreds of thousands of people. Health facilities in many areas have been looted. Women and girls bear the heaviest burden of the crisis. Protection services remain scarce in rural areas. Partners need more funds to reach survivors.\n\n"
	checkTalks(t, []talksCase{
		{"talks opening the situation overview", "DR Congo: Protection Monthly Report, June 2018",
			intro + "**Situation Overview**\n\nRelease of 40 detained fighters: On 3 June, 40 fighters held by the army were freed. This followed months of negotiation between the Kamuina Nsapu militia and the provincial government, mediated by church leaders.\n\nOther news: partners distributed 2,000 dignity kits in Kananga.", true},
		{"no situation section", "DR Congo: Protection Monthly Report, June 2018",
			intro + "**Distributions**\n\nPartners distributed 2,000 dignity kits in Kananga. Mobile clinics reached 3,400 women in Tshikapa.", false},
	})
}
