package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules written on the fit half of the ReliefWeb pages of 2018 and later
// (eval/rwp, issue 14), each checked on invented sentences.

// TestGateReportsOfNoWar: a disaster of industry (a port's explosion, a
// fire in a firework store) and a flood report that places a town in "the
// conflict-affected north-east" are their topics', also in a place of a
// conflict; an explosion that an armed group set off, and a flood report
// that names the armed group, stay in.
func TestGateReportsOfNoWar(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"a port explosion", "Lebanon: Port Explosion Situation Report No. 3",
			"The number of people killed by the port explosion of 4 May reached 120, with 3,000 injured. The port is partly working again, and schools near it remain closed.", news.NotDisaster},
		{"explosions of a firework store", "Lebanon: Tyre harbour update",
			"Description of the disaster: on 4 May two explosions occurred at the harbour of Tyre. Initial reports say a fire in a firework storage area spread to other warehouses. 40 people were killed.", news.NotDisaster},
		{"an explosion an armed group set off", "Lebanon: explosion at the harbour of Tyre",
			"A car bomb exploded at the harbour of Tyre on 4 May, killing 12 people. Militants claimed the attack.", ""},
		{"a flood in a conflict-affected region", "Nigeria - Floods update (ECHO Daily Flash of 3 October)",
			"Heavy rain has caused widespread floods across several states of Nigeria. Since June, 120 people have been killed in flood-related incidents and 40,000 displaced. Crops were lost in 20 counties. In the conflict-affected north-east, cholera cases are rising.", news.NotDisaster},
		{"a flood report that names the armed group", "Nigeria - Floods update (ECHO Daily Flash of 3 October)",
			"Heavy rain has caused widespread floods across several states of Nigeria. Since June, 120 people have been killed in flood-related incidents and 40,000 displaced. In the north-east, Boko Haram attacked a camp of flood-displaced people.", ""},
		{"a complex emergency's fact sheet", "Sudan - Complex Emergency Fact Sheet #2, Fiscal Year (FY) 2020",
			"USAID provided $50 million for food assistance and emergency shelter to displaced families in Darfur. Humanitarian access remains limited in parts of the region.", ""},
		{"a fact sheet dated by its fiscal year", "South Sudan - Crisis Fact Sheet #8, Fiscal Year (FY) 2020",
			"Intercommunal violence and armed clashes displaced tens of thousands of people in Jonglei in May. Relief agencies suspended their work in two counties.", ""},
		{"violence in Cameroon's English-speaking regions", "Cameroon - Displacement (ECHO Daily Flash of 14 May)",
			"Over 400,000 people are internally displaced in the English-speaking regions due to the violence. The main needs are shelter and food.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

// TestCeasefireOtherNames: a local halt of fire under other names than a
// truce — windows of silence, a corridor agreed for civilians to leave,
// a non-aggression agreement, an agreement that ends a war's fighting — is
// ceasefire news; a corridor named as aid's way in is not.
func TestCeasefireOtherNames(t *testing.T) {
	tests := []categoryCase{
		{"windows of silence", "Donbas: aid update",
			"Agencies called on the sides to agree windows of silence so that water engineers can repair the pumping station. Shelling damaged the pipeline on Monday.", true},
		{"a corridor agreed and suspended", "Ukraine - Humanitarian situation",
			"Civilians in the besieged city have had no water for four days. On 5 March, the agreement on the humanitarian corridor for the city was suspended after renewed fighting.", true},
		{"a non-aggression agreement broken", "Mali - Displacement in the centre",
			"Despite the signing of a non-aggression agreement between the two communities, hostilities continue around the villages. Three people were killed on Sunday.", true},
		{"an agreement to end a war", "Conflict over the enclave",
			"On 9 November the two states and their mediator signed an agreement to end the military conflict over the disputed enclave. Some 90,000 civilians had fled the fighting.", true},
		{"a corridor of aid", "Logistics update",
			"The humanitarian corridor from the port carried 300 trucks of food this month. Fuel prices rose again.", false},
	}
	checkCategory(t, tests, news.Ceasefire)
}

// TestViolenceOfAgencyFlashes: an agency's flash that tells fighting as
// growing (escalating violence, an intense conflict, shelling that
// increased since a month), the "sub-national violence" of South Sudan's
// reports, or a paragraph of two sentences of fighting past a long lead
// reports violence; a war named as the cause of a displacement, and one
// sentence of fighting in passing, do not.
func TestViolenceOfAgencyFlashes(t *testing.T) {
	filler := strings.Repeat("Partners distributed food, water and shelter kits to the families in the camps. ", 5)
	tests := []categoryCase{
		{"violence escalating", "DR Congo - Displacement (ECHO Daily Flash)",
			"Violence is escalating further in the province of Ituri. Partners report new arrivals at the sites every day.", true},
		{"an intense conflict in the headline", "Yemen - Intense conflict and forced displacement (ECHO Daily Flash)",
			"Some 600 households arrived at the sites in the district last week, according to partners. Main needs are shelter and food.", true},
		{"shelling that increased since a month", "Northwest update",
			"Since late November, airstrikes and shelling gradually increased across the district. " + filler, true},
		{"shelling as the standing condition since a month", "Northwest update",
			"Since late November, airstrikes and shelling have hampered the work of partners in the district. " + filler, false},
		{"sub-national violence", "South Sudan - Jonglei update",
			"Sub-national violence in the county was reported on Monday, and 3,000 people reached the town. " + filler, true},
		{"a paragraph of fighting past the lead", "Situation Report #12",
			filler + "On the northern front, fighting between the government and the rebels continued in September. In the south, clashes between the two forces continued in the province. " + filler, true},
		{"a paragraph of fighting with an aid sentence inside", "Country Brief, January",
			filler + "The month was marked by a spike in attacks of armed groups. Partners gave food to the families of the two villages. On the same day, gunmen attacked a market in the district, killing nine. " + filler, true},
		{"one sentence of fighting in passing", "Situation Report #12",
			filler + "On the northern front, fighting between the government and the rebels continued in September. The fuel crisis continued throughout the month. " + filler, false},
		{"a list run on in one line", "Yemen - Update (ECHO Daily Flash of 26 October)",
			"Yemen - Fierce fighting continues across front lines in three governorates, resulting in casualties and massive displacement. - The ongoing conflict has displaced 600 households in the area in one week. - Partners provide emergency aid.", true},
	}
	checkCategory(t, tests, news.Violence)
}

// TestNoViolenceOfCalmOrDisease: calm reported ("no renewed reports of
// armed clashes") and an epidemic's dead counted with its cases are no
// violence; clashes reported beside the calm elsewhere are.
func TestNoViolenceOfCalmOrDisease(t *testing.T) {
	tests := []categoryCase{
		{"calm with no clashes", "Libya - Update (ECHO Daily Flash)",
			"The situation in the town has remained relatively calm with no renewed reports of armed clashes over the weekend. Partners distributed food to 900 families.", false},
		{"calm here, clashes there", "Libya - Update (ECHO Daily Flash)",
			"The situation in the town has remained calm, but armed clashes erupted in the south on Sunday, killing four. Partners distributed food to 900 families.", true},
		{"an epidemic's cases and deaths", "Yemen - Cholera (ECHO Daily Flash)",
			"The authorities declared a cholera outbreak on Monday, with 700 suspected cases and 39 deaths. The case fatality rate is above 2 per cent.", false},
	}
	checkCategory(t, tests, news.Violence)
}

// TestViolenceOfABulletPoint: an agency's highlights that make a killing a
// bullet point of its own ("• In May, 40 security incidents were
// registered, with 31 civilians killed") report violence past the lead; the
// same sentence inside a paragraph of aid, and a bullet point of aid, do not.
func TestViolenceOfABulletPoint(t *testing.T) {
	points := "• The number of people in need rose from 2.1 to 3.4 million this year.\n\n• 12,000 children were vaccinated against measles in the district.\n\n• 9,500 people gained access to safe drinking water.\n\n• Partners distributed shelter kits to 800 families.\n\n"
	tests := []categoryCase{
		{"a bullet point of killings", "Humanitarian Situation Report No. 3",
			points + "• In May, 40 security incidents were registered, with 31 civilians killed.\n\n• Schools reopened in two towns.", true},
		{"a dash point of an attack", "Humanitarian Situation Report No. 3",
			points + "- Gunmen attacked a village near the river, killing 12 people.\n\n- Schools reopened in two towns.", true},
		{"the same sentence inside a paragraph of aid", "Humanitarian Situation Report No. 3",
			points + "Partners reached 4,000 families with food. In May, 40 security incidents were registered, with 31 civilians killed. Schools reopened in two towns, and teachers were paid.", false},
		{"a bullet point of aid", "Humanitarian Situation Report No. 3",
			points + "• Partners distributed hygiene kits to 300 families displaced by floods.", false},
	}
	checkCategory(t, tests, news.Violence)
}

// TestGateOfAgencyNames: OCHA's name for Cameroon's war by its two regions
// ("North-West and South-West Crisis", "the NWSW regions") places a report
// in a conflict; a cluster's quarterly newsletter is no company's quarter;
// a company's quarterly results stay business.
func TestGateOfAgencyNames(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"the crisis of the two regions", "Cameroon: North-West and South-West Crisis Situation Report No. 4",
			"Partners delivered food to 30,000 people this month. A lockdown of three weeks delayed the distributions to the displaced.", ""},
		{"the NWSW regions", "Cameroon: Situation Report No. 4",
			"Some 80,000 displaced people in the NWSW regions received food and shelter this month. Partners also ran mobile clinics.", ""},
		{"a cluster's quarterly newsletter", "Ethiopia: Education Cluster Quarterly Newsletter #2",
			"Reporting Period: April - June. Tens of thousands of people displaced from Tigray by the fighting need schools and shelter.", ""},
		{"a company's quarterly results", "Quarterly profits rise at the brewer",
			"The brewer said its quarterly profit rose 12 per cent on strong sales of beer in Asia.", news.NotBusiness},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

// TestGateOfHumanitarianSituations: an agency's report of the humanitarian
// situation in a place of a conflict is the war's even when its first
// points are an epidemic's ("Humanitarian Situation and Cholera"); an
// epidemic's report is the epidemic's; a report whose headline names an
// economic crisis, with nothing armed in its headline and lead, is the
// economy's, and one that names fighting in its lead stays in.
func TestGateOfHumanitarianSituations(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"a humanitarian situation and cholera", "Haiti: Humanitarian Situation and Cholera - Flash Update #2",
			"Suspected cholera cases doubled in a week. Partners supported the authorities with treatment centres and water.", ""},
		{"an agency's humanitarian situation report", "UNICEF Yemen Humanitarian Situation Report (May)",
			"Some 40,000 suspected cholera cases were reported in May. UNICEF vaccinated 300,000 children against polio.", ""},
		{"an epidemic's report", "Yemen: Cholera outbreak update",
			"Some 40,000 suspected cholera cases were reported in May. Partners vaccinated 300,000 children.", news.NotHealth},
		{"an economic crisis's report", "UNICEF Sri Lanka Humanitarian Situation Report #3 (Economic Crisis)",
			"Food prices doubled and fuel shortages closed schools. UNICEF provided cash assistance to 20,000 families and treated children for malnutrition.", news.NotPolitics},
		{"an economic crisis beside fighting", "Humanitarian Situation Report #3 (Economic Crisis)",
			"Food prices doubled in Yemen while clashes between the army and rebels killed 30 people near the port. UNICEF provided cash assistance to 20,000 families.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

// categoryCase is an invented report and whether it should carry the
// category a test asks about.
type categoryCase struct {
	name, title, text string
	want              bool
}

// checkCategory classifies each case's title and text and checks that it
// carries category c exactly when the case wants it.
func checkCategory(t *testing.T, cases []categoryCase, c news.Category) {
	t.Helper()
	for _, tt := range cases {
		wantCategory(t, tt.name, classifyText(tt.title, tt.text), c, tt.want)
	}
}
