package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTalksOfAidBusiness: the meetings, conferences, envoys and agreements
// of aid and development business, or of an article whose headline and
// lead name nothing of a war, are no peace talks; talks of a war's
// business stay talks. Invented sentences.
func TestTalksOfAidBusiness(t *testing.T) {
	filler := strings.Repeat("The report lists the activities of the partners in each district. ", 4)
	tests := []struct {
		name        string
		title, text string
		talks       bool
	}{
		{"donors agree at a conference", "Donors meet in the capital",
			"Donors meeting in the capital agreed to provide $50 million for rural schools. The conference was opened by the minister. " +
				"Delegations from twelve countries took part.", false},
		{"agreement on school meals", "Ministry and agency sign agreement",
			"The ministry and the agency signed an agreement to fund school meals for 50,000 children. " + filler, false},
		{"a conference's deadline, lead of other business", "Annual meeting reviews progress on clearing contaminated land",
			"The annual meeting of the national authorities reviewed progress in clearing contaminated farmland. " +
				"Delegates heard reports from 30 countries. More land was released than in any year before. " + filler +
				"The meeting agreed to extend the deadline of one country by five years. Two envoys attended.", false},
		{"an agency's special envoy visits refugees", "Agency's Special Envoy visits refugees in the camps",
			"UNHCR Special Envoy met refugee families in the camp on Tuesday. She listened to women who fled violence across the border. " +
				"The Special Envoy called for more support for the refugees and their hosts. " + filler, false},
		{"an envoy on youth", "UN Envoy on Youth visits the capital",
			"The UN Envoy on Youth met young people in the capital on Monday. The envoy said youth can rebuild the country after years of civil war. " +
				"The envoy also met the Minister of Youth. " + filler, false},
		{"peace talks in the lead", "Government and rebels to resume peace talks",
			"The government and the rebels agreed to resume peace talks next month, the mediator said. " + filler, true},
		{"a prisoner exchange agreed past a lead of war", "Sides agree on exchange",
			"The two sides in the war agreed on Tuesday to exchange prisoners before the new year. " + filler +
				"The meeting agreed to hold another round in January.", true},
	}
	for _, tt := range tests {
		an := classifyText(tt.title, tt.text)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
	}
}

// TestTreatyBusiness: an arms treaty's conference and its mine action
// reports hold no talks and no attack; a war's report that names a
// treaty only past its lead keeps both. Invented sentences.
func TestTreatyBusiness(t *testing.T) {
	tests := []struct {
		name            string
		title, text     string
		talks, violence bool
	}{
		{"states parties agree a deadline", "Treaty conference closes in the capital",
			"The meeting of the States Parties to the mine ban treaty closed on Friday. " +
				"The number of casualties from improvised mines rose for the second year, the report said. " +
				"Delegations from 90 countries took part, with the treaty's special envoy. " +
				"The conference agreed to extend the deadline of one country to 2025. " +
				"The conference agreed to meet again next year.", false, false},
		{"mine action", "Mine action in the north",
			"Mine action teams cleared 40 hectares near the villages this month. Two children were injured by an old mine in October. " +
				"Deminers found 300 unexploded shells.", false, false},
		{"a donor's support for humanitarian mine action", "Donor increases support for the mine ban treaty",
			"The donor announced additional funding for humanitarian mine action and assistance to victims. " +
				"Mines block the return of internally displaced persons and refugees to their homes, the minister said. " +
				"Landmine survivors need long-term medical care and rehabilitation.", false, false},
		{"a war's report naming a treaty late", "Air strikes kill 12 in the town",
			"Air strikes killed 12 civilians in the town on Monday, residents said. Rescuers searched the rubble for survivors. " +
				"The wounded were taken to a field hospital. Another strike hit a market nearby. " +
				"The country is not one of the states parties to the convention on cluster munitions.", false, true},
	}
	for _, tt := range tests {
		an := classifyText(tt.title, tt.text)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
		wantCategory(t, tt.name, an, news.Violence, tt.violence)
		if !tt.violence && slices.Contains(an.Categories, news.Humanitarian) {
			t.Errorf("%s: humanitarian, want none (categories %v)", tt.name, an.Categories)
		}
	}
}

// TestTalksOfTheCouncilsThemes: the Security Council's statements on the
// United Nations' work in general (conflict prevention, peacebuilding,
// peacekeeping) and the header of a meeting's coverage are no talks; the
// Council on one war's peace process is. Invented sentences.
func TestTalksOfTheCouncilsThemes(t *testing.T) {
	tests := []struct {
		name        string
		title, text string
		talks       bool
	}{
		{"a thematic statement", "Council statement stresses conflict prevention and sustaining peace",
			"SECURITY COUNCIL 9001ST MEETING (AM) " +
				"The Security Council today stressed the importance of conflict prevention at all stages, including mediation and the monitoring of ceasefires. " +
				"The Security Council stressed that peacekeeping operations monitor a ceasefire where the parties agree one. " +
				"The Security Council recognizes that sustaining peace requires humanitarian assistance and aid to refugees and internally displaced persons. " +
				"The Security Council recognizes that sustaining peace is a shared task of the whole system. " +
				"The Security Council welcomes the contribution of peacekeeping operations to peacebuilding. " +
				"The Security Council underlines the primacy of politics in the resolution of conflicts. " +
				"The Security Council recalls that peacekeeping operations, which primarily monitor ceasefires, contribute to sustaining peace. " +
				"The Security Council recognizes that peacebuilding must bring together humanitarian assistance, development and the protection of refugees and displaced persons.", false},
		{"one war's peace process", "Peace process stalls, envoy tells Security Council",
			"The peace process between the government and the rebels has stalled, the special envoy told the Security Council today. " +
				"She urged both parties to return to the negotiating table before the end of the year.", true},
	}
	for _, tt := range tests {
		an := classifyText(tt.title, tt.text)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
		if !tt.talks && (slices.Contains(an.Categories, news.Ceasefire) || slices.Contains(an.Categories, news.Humanitarian)) {
			t.Errorf("%s: categories %v (status %q), want none", tt.name, an.Categories, an.CeasefireStatus)
		}
	}
}

// TestViolenceOfStudiesAndAppeals: a study's statistics of violence
// suffered, an appeal that attacks stop and a war's damage counted over
// its years are no attack reported; an attack with a call to stop them
// is. Invented sentences.
func TestViolenceOfStudiesAndAppeals(t *testing.T) {
	tests := []struct {
		name        string
		title, text string
		violence    bool
	}{
		{"a study's findings", "A lifetime of violence: new study on women in the region",
			"The research shows that a third of the women surveyed experienced sexual violence from a non-partner. " +
				"Almost a quarter of women who experienced an assault reported more than one. " +
				"Most survivors of violence do not seek help after an assault.", false},
		{"an appeal", "Statement on the crisis by the relief coordinator",
			"I remain deeply concerned about the crisis, where millions need assistance. Attacks on civilians and civilian infrastructure have continued and must stop. " +
				"I call on all parties to cease hostilities.", false},
		{"damage over the years", "Health services for women in the north-east",
			"Over 40% of the health facilities have been destroyed by the conflict, the report says. Clinics offer services to women and girls. " +
				"Midwives were trained in four districts.", false},
		{"no one hurt", "Fire destroys 200 shelters in a camp",
			"A fire destroyed 200 shelters in a camp for displaced people on Tuesday. No one was killed, but 1,500 people lost their belongings. " +
				"The fire started from a cooking stove.", false},
		{"drowned at sea", "Boat sinks off the coast",
			"At least 90 migrants drowned when their boat sank off the coast, the agency said. Others died trying to reach the shore. " +
				"Survivors were brought to the port.", false},
		{"an attack and an appeal", "Air strike kills 20 at a market; attacks must stop, UN says",
			"An air strike killed 20 people at a market in the town on Monday. The United Nations said attacks on civilians must stop.", true},
	}
	for _, tt := range tests {
		an := classifyText(tt.title, tt.text)
		wantCategory(t, tt.name, an, news.Violence, tt.violence)
	}
}

// TestStatusDeclaredOver: a truce a party declares over or calls off has
// collapsed. Invented sentences.
func TestStatusDeclaredOver(t *testing.T) {
	for _, text := range []string{
		"The rebels declared the ceasefire over on Monday after the killing of their leader.",
		"The rebels called off their truce on Monday after the killing of their leader.",
	} {
		an := classifyText("Statement by the rebels", text)
		if !slices.Contains(an.Categories, news.Ceasefire) || an.CeasefireStatus != news.CeasefireCollapsed {
			t.Errorf("%q: categories %v status %q, want ceasefire collapsed", text, an.Categories, an.CeasefireStatus)
		}
	}
}
