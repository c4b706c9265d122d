package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Issue 14, the sealed ReliefWeb scores (talks 0.636, violence 0.441,
// reports not about war given a category 12.4 %): the genres of agencies'
// reports whose words look like talks or violence and are not. Each case
// is an invented report; the cases that must keep their category stand
// beside those that must lose it.

// rwFiller is the body of an agency's report: its business, no war's.
var rwFiller = strings.Repeat("The report lists the activities of the partners in each district. ", 4)

// TestTalksAgencyBusiness: the General Assembly's business (unless its
// sentence names a war's), conflict
// resolution taught as a skill, the women, peace and security resolution
// cited by an action plan, a resolution cited by its number as the law an
// operation runs under, a UN mission's mandate and "a great deal" are
// no talks; a vote of the Assembly on a war and a mission's envoy
// mediating between the parties stay talks.
func TestTalksAgencyBusiness(t *testing.T) {
	tests := []struct {
		name        string
		title, text string
		talks       bool
	}{
		{"the Assembly endorses a fund's target", "Member States briefed on the emergency fund",
			"The fund's director briefed Member States on Tuesday. He recalled the endorsement of the General Assembly to expand the fund. " +
				"Delegates asked questions about allocations. " + rwFiller + "The floor was opened for discussion.", false},
		{"an Assembly committee debates an agency's budget", "Delegates warn of shortfall as committee debate continues",
			"General Assembly. Delegates warned today that the agency serving the refugees of the conflict could be forced to cut its services as the committee's debate continued. " +
				"Several representatives discussed new ways to finance it. " + rwFiller, false},
		{"conflict resolution at school", "Agency marks Human Rights Day in its schools",
			"Students took part in a ceremony on Human Rights Day. For ten years the agency has taught human rights, conflict resolution and tolerance in its schools. " +
				"Its teachers follow conflict resolution training each year. " + rwFiller, false},
		{"an action plan cites resolution 1325", "Government reports on its national action plan",
			"The government reported to parliament on its action plan for gender equality. The promise of Security Council resolution 1325 remains unfulfilled. " +
				"There is still a great deal to do. " + rwFiller, false},
		{"a mission's mandate", "Leaders discuss the welfare of women in the province",
			"Community leaders discussed the welfare of women at a symposium in the provincial capital. " + rwFiller +
				"The mission is mandated to support the government; it provides good offices and assists the process of peace and reconciliation.", false},
		{"an urgent Assembly meeting on a war", "League moves to stop the attacks",
			"The League asked its group at the UN to call for an urgent meeting of the General Assembly or the Security Council to halt the war on the people.", true},
		{"cross-border aid under a numbered resolution", "Fact Sheet: cross-border operations (as of 30 November) **UN Security Council Resolution 2165/2191**",
			"Resolution 2191 authorizes UN agencies and their partners to use routes across conflict lines and four border crossings to deliver humanitarian assistance. " +
				"The government is notified in advance of each shipment. " + rwFiller, false},
		{"the Council adopts a numbered resolution", "Security Council adopts resolution 2401",
			"The Security Council unanimously adopted resolution 2401 on Saturday, demanding that the parties to the war cease hostilities for thirty days. " + rwFiller, true},
		{"talks based on a numbered resolution", "Envoy invites the parties to a new round",
			"The UN envoy invited the government and the opposition to a new round of peace talks based on resolution 2254. " + rwFiller, true},
		{"the Assembly votes on a war", "General Assembly adopts resolution on the war",
			"The General Assembly adopted a resolution on Thursday demanding that the parties to the war agree a ceasefire and return to negotiations. " + rwFiller, true},
		{"a mission's envoy mediates", "UN envoy brings the parties together",
			"The head of the UN mission met the government and the rebels on Monday to mediate talks on a peace agreement. " + rwFiller, true},
	}
	for _, tt := range tests {
		wantCategory(t, tt.name, classifyText(tt.title, tt.text), news.Talks, tt.talks)
	}
}

// TestViolenceOfWarsLegacy: the war's leftovers killing after the fighting,
// the onset of the war as a time clause of someone's story, violence named
// as the cause of a displacement (with no day of its own: "led to",
// "triggering", "resulted in") and the wounded
// brought out for treatment are no attack reported; an attack of a day
// stays violence.
func TestViolenceOfWarsLegacy(t *testing.T) {
	tests := []struct {
		name        string
		title, text string
		violence    bool
	}{
		{"explosive hazards in a retaken city", "North East Dashboard - October",
			"The situation of civilians returning to the city remains of high concern, particularly explosive remnants of war contamination. " +
				"Between 20 October and 13 December, 209 civilians were reportedly killed and hundreds injured by explosive hazards in the city. " + rwFiller, false},
		{"an unexploded shell", "Situation report 12",
			"On 11 December an unexploded shell exploded in a field, killing two boys. " + rwFiller, false},
		{"a refugee's story", "Regional response - November",
			"Suad was living in her village with her six children. All that changed when the war happened and fighting started in her village. " +
				"She and her family fled to the north. " + rwFiller, false},
		{"wounded brought for treatment", "Country wants to bring wounded from besieged suburb for treatment",
			"The president said on Sunday his country was working to evacuate about 500 people from the besieged suburb. " + rwFiller, false},
		{"an offensive as the cause of displacement", "Emergencies in the region in 2017: the year in review",
			"The region carries the largest burden of people in need of aid. In the north, a military offensive on the city led to the displacement of almost one million people. " +
				"Displacement from the eastern province continued due to heavy fighting and airstrikes. " + rwFiller, false},
		{"clashes that triggered a displacement", "Child protection update, quarterly",
			"The programme reached 40,000 children with psychosocial support. Fighting between two armed groups resulted in shelling of villages in the west, triggering the displacement of more than 8,000 residents. " + rwFiller, false},
		{"shelling that triggered flight, on a day", "Villages shelled in the west",
			"Shelling on the western villages on Sunday killed four people and triggered the flight of 3,000 residents, local officials said. " + rwFiller, true},
		{"an attack that forced people to flee, on a day", "Airstrikes hit the town",
			"Airstrikes killed twelve people in the town on Monday and forced thousands to flee, residents said. " + rwFiller, true},
		{"renewed fighting that displaced people", "Humanitarian bulletin, November",
			"Renewed fighting between two armed groups at the end of November led to another wave of displacement, forcing thousands from their villages. " +
				"Intense fighting erupted in the district in mid-October, displacing 40,000 people. " + rwFiller, true},
		{"a record month since a date", "Humanitarian Access Snapshot (November)",
			"November was the most dangerous month for aid workers in the whole country since December 2013, with nine killed in three counties. " + rwFiller +
				"Fighting forced the relocation of 47 aid workers in six incidents. Armed groups looted a warehouse during the attack. " +
				rwFiller + "Fighting in the south forced the suspension of food assistance.", true},
		{"inclusion advances security", "Women's participation in peace processes",
			"The series offers case studies of how women take part in peace processes and why their inclusion advances security interests. " +
				"The conflict caused more than 200,000 deaths. " + rwFiller, false},
		{"an attack of a day", "Shelling kills five in the city",
			"Shelling killed five civilians and wounded twelve in the city on Monday, the agency said. " + rwFiller, true},
		{"mines laid in a battle", "Fighting rages near the border",
			"Fierce fighting between the army and the rebels killed 20 fighters near the border on Tuesday. " + rwFiller, true},
	}
	for _, tt := range tests {
		wantCategory(t, tt.name, classifyText(tt.title, tt.text), news.Violence, tt.violence)
	}
}

// TestGateMosulCamps: aid to displaced families in the camps and towns of
// the Mosul offensive (places the gazetteer now knows) is a war's
// humanitarian news though the report names neither Iraq's war nor an
// armed party; the same aid in a place of no war stays out. Invented
// reports.
func TestGateMosulCamps(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              bool
	}{
		{"a camp of the offensive", "Red Crescent distributes food to displaced families in Hamam Alalil camp",
			"The society's teams distributed 375 food parcels and blankets to the displaced families received in the camp. " +
				"Its health teams take emergency cases to medical centres in Qayarah district.", true},
		{"a place of no war", "Red Crescent distributes food to families in the valley",
			"The society's teams distributed 375 food parcels and blankets to families in the valley. " +
				"Its health teams take emergency cases to medical centres in the district.", false},
	}
	for _, tt := range tests {
		an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
		wantCategory(t, tt.name, an, news.Humanitarian, tt.want)
	}
}
