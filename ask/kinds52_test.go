package ask

import (
	"context"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask52 (issue 14.5, agency reports): a
// question opening with a preposition ("through which partner", "through
// which border crossing") asks what that preposition takes beside the
// question's verb, which a report writes before the verb ("UNHCR through
// ORVA assisted") or as a name set off after the kind it names ("through one
// border crossing, Bab Al-Kareem"); a plain "where" answered by a named
// facility gives the facility with its town.
var prepAgencyReports = []news.Article{
	{ExternalID: "shelter-kelmar", Title: "Kelmar: Shelter/NFI Cluster weekly update, 3-9 May 2022",
		Text: "In Tarsk hub, UNHCR through ORVA assisted a total of 512 families with NFIs in Dunel district and provided 7 schools that are hosting IDPs with gas cylinders for cooking also NFIs were provided to 40 families in two schools that are hosting IDPs in Brell governorate and through KRCS (Kelmar Red Crescent Society) 48 families were assisted in Amrad. " +
			"In Oran hub, UNHCR through SHL completed the distribution of blankets and kitchen sets to 1,100 IDP families in Ostmark governorate."},
	{ExternalID: "xb-veloria", Title: "Veloria: cross-border operation factsheet, January 2021",
		Text: "In 2021, in coordination with its partners, UNHCR continues to provide basic assistance and protection services to IDPs in north-west Veloria under the cross-border operation from Harran, Tarsia. " +
			"On 11 July 2020, the Security Council resolution that enables the cross-border humanitarian response was renewed again for twelve months, although this time trans-shipments are allowed only through one border crossing, Bab Al-Kareem. " +
			"Core relief items were trans-shipped across the border from Tarsia to north-west Veloria this month."},
	{ExternalID: "covid-ostmark", Title: "Ostmark COVID-19 situation report, week 30",
		Text: "Ostmark State recorded 12 new confirmed cases this week. " +
			"Samples have been taken to the Central Reference Laboratory in Dunel. " +
			"Contact tracing teams were deployed in Brell, Amrad and Oran."},
}

func TestAnswerKinds52Prep(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(prepAgencyReports...)}, Options{})
	for _, c := range []askCase{
		{"Through which partner did UNHCR assist 512 families with NFIs in Dunel district in the Tarsk hub, according to the Kelmar Shelter/NFI Cluster?", "ORVA", "shelter-kelmar"},
		{"Through which single border crossing are UN cross-border trans-shipments into north-west Veloria allowed after the July 2020 Security Council renewal?", "Bab Al-Kareem", "xb-veloria"},
		{"Where were Ostmark State's COVID-19 samples taken for testing in week 30?", "Central Reference Laboratory in Dunel", "covid-ostmark"},
	} {
		ans, err := a.Ask(context.Background(), c.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Answer != c.want || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != c.article {
			t.Errorf("%q: answered %q, want %q from %s", c.q, ans.Answer, c.want, c.article)
		}
	}
}
