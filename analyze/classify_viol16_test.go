package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
)

// TestRecordedToll: civilian casualties an agency or its partners
// confirmed or verified are its own record of the attacks (issue 14,
// h-viol16; the first three are short quotes of rwp8 fit rwp7-80bb3b257c,
// rwp7-c603775813 and ReliefWeb 2017 development rw-2388004). A count
// the sentence says none of, an unconfirmed one, or casualties of no one
// named are no record.
func TestRecordedToll(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"126 civilian casualties, including 29 civilian deaths have been confirmed.", true},
		{"people internally displaced by ongoing civilian casualties confirmed, including 18 civilian deaths people assisted with some form of humanitarian assistance", true},
		{"The SMM confirmed civilian casualties from Novoluhanske on 19 December.", true},
		{"To date, 111 civilian casualties have been verified by the Health Sector, including 23 civilian deaths.", true},
		{"No new civilian casualties were verified during the past 48 hours.", false},
		{"Also, an unconfirmed number of civilian casualties were reported across the north-east.", false},
		{"The number of casualties is expected to increase as the authorities verify information.", false},
		{"The ministry confirmed that 12 schools had reopened.", false},
	} {
		if got := recordedToll(lang.Words(lang.Lower(tt.text))); got != tt.want {
			t.Errorf("recordedToll(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestRecordedTollIsTheReportsViolence: an agency's flash update whose lead
// tells an evacuation and whose key figures give the civilian casualties
// it confirmed (OCHA's Libya flash update of 18 April 2019, rwp8 fit
// rwp7-c603775813), and a bulletin whose opening paragraph under "Context
// and Methodology" gives them (WFP's Tripoli mVAM bulletin, rwp7-80bb3b257c):
// both readers' reports of violence, missed before (issue 14, h-viol16).
// The same reports with fighting told only as the setting of the work, or
// with no casualties verified, stay without it.
func TestRecordedTollIsTheReportsViolence(t *testing.T) {
	flash := func(figures string) string {
		return "This report is produced by the agency in collaboration with humanitarian partners. " +
			"A significant number of civilians were able to exit the southern areas on 17 April, accompanied by local evacuation teams. " +
			"This development came after interventions by the UN, advocating for safe passage of civilians. " +
			"Through this corridor, first responder teams also assisted people who decided to remain. " +
			"Nearly 27,000 individuals have been displaced per partners' data. " +
			"Push factors driving people to leave the affected areas include fighting, shelling, airstrikes as well as the lack of key services. " +
			"On 18 April the humanitarian community launched a Flash Appeal to assist some 100,000 people. " +
			"Humanitarian partners appeal for US$10.2 million to respond in a timely and effective manner. " +
			"The Emergency Relief Coordinator allocated US$2 million to respond to the current emergency. " +
			figures + " " +
			"Families were able to leave accompanied by three evacuation teams. " +
			"Road blockages were removed for a period of time for the families to move."
	}
	bulletin := func(third string) string {
		return "13772\n\nContext and Methodology\n\n" +
			"Starting on 04 April 2019, as a result of rapid military advances from the south, the city's southern suburbs experienced high levels of conflict. " +
			"The deteriorating security situation has displaced over 78,225 people as of 19 May and damaged water supply and electricity lines. " +
			third + " " +
			"3,371 migrants remain in detention centres in and near the city. " +
			"This bulletin is based on data collected via live telephone interviews conducted between 16 April and 06 May 2019. " +
			"27% of respondents expressed an intention to move from their home if conflict continues. " +
			"Bread price is stable in all monitored municipalities."
	}
	cases := []struct {
		name, title, text string
		want              bool
	}{
		{"key figures with the casualties confirmed", "SitRep Libya EN 18 April",
			flash("people internally displaced by ongoing civilian casualties confirmed, including 18 civilian deaths people assisted with some form of humanitarian assistance since onset of"), true},
		{"key figures with no casualties verified", "SitRep Libya EN 18 April",
			flash("No new civilian casualties were verified during the past 48 hours."), false},
		{"the context paragraph's confirmed casualties", "",
			bulletin("126 civilian casualties, including 29 civilian deaths have been confirmed."), true},
		{"the context paragraph's attacks", "",
			bulletin("Armed groups attacked army posts south of the city during the month."), false},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := rulesDecideViolence(tt.title, tt.text); got != tt.want {
				t.Errorf("violence %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRecentSurgeOfViolence: a surge, spike or escalation of violence told
// as recent or the latest is the period's news, even as the cause of a
// displacement ("A recent upsurge in violence starting on 10 April has
// displaced at least 13,500 people in Wau", WFP South Sudan Situation
// Report #173, ReliefWeb 2017 development rw-2356799; issue 14, h-viol16);
// the same nouns told with no time, a displacement's cause or history,
// stay out ("The surge in violence between armed groups and government
// forces has resulted to over 3 million internally displaced persons",
// rw-2392884).
func TestRecentSurgeOfViolence(t *testing.T) {
	checkEvidence(t, fViolence, 0.5, []evidenceCase{
		{"A recent upsurge in violence starting on 10 April has displaced at least 13,500 people in Wau, according to IOM.", true},
		{"UNHCR is dismayed by the recent escalation of hostilities in the governorate.", true},
		{"The latest spike in fighting has closed two schools.", true},
		{"The surge in violence between armed groups and government forces has resulted to over 3 million internally displaced persons across Iraq.", false},
		{"Authorities must remain vigilant to prevent a resurgence of cases.", false},
	})
}
