package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Agency reports whose chief subject is not a war (round h-gate16); every
// sentence is invented.
func TestGateEpidemicAid(t *testing.T) {
	// a situation report's first page: its programmes, sector by sector
	// (epidemicAid reads reports of warlessWords words or more)
	programme := "UNICEF and partners treated 9,400 children for severe acute malnutrition in March, and 31,000 caregivers were counselled on infant and young child feeding. " +
		"Water trucking reached 61,000 people in rural districts, and 14,000 children received school supplies from the regional education offices. " +
		"Funding received covers 23 per cent of the 2021 appeal, and the nutrition and water sectors are the least funded. " +
		"Nutrition: Outpatient therapeutic programmes admitted 9,400 children aged 6 to 59 months, with a cure rate of 91 per cent. " +
		"Micronutrient powders were distributed to 22,000 children through mobile teams, and 180 health workers were trained on the new protocols. " +
		"Health: Routine immunization sessions reached 45,000 children under one year with the third dose of the pentavalent vaccine. " +
		"Community health workers conducted 70,000 household visits and referred 2,100 children to health facilities. " +
		"WASH: Partners rehabilitated 12 boreholes and built 300 latrines in schools and health centres, benefiting 38,000 people. " +
		"Hygiene promotion sessions reached 90,000 people, and 15,000 families received hygiene kits and water purification tablets. " +
		"Education: Some 14,000 children received learning materials, and 120 teachers were trained on psychosocial support and hygiene in schools. " +
		"Child protection: Case workers supported 1,300 children with specific needs, and 6,800 children took part in recreational activities in child-friendly spaces. " +
		"Social protection: Cash transfers reached 8,000 households headed by women in four regions, with 60 dollars a month for three months. " +
		"Supply: The country office received 400 cartons of ready-to-use therapeutic food and 2,000 hygiene kits this month, and prepositioned supplies in six warehouses. " +
		"Communication for development: Radio spots on hand-washing and breastfeeding were aired in three languages on eight stations. "
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"a sitrep of vaccines, cholera and a drought in a country at war",
			"UNICEF Somalia Humanitarian Situation Report No. 4",
			"In April, the first 200,000 doses of COVID-19 vaccine arrived in Somalia and health workers began vaccinations in Mogadishu. " +
				"Cholera cases rose to 1,100 this year, with 4 associated deaths. " +
				"Poor rains left water points dry, and 40,000 people were displaced by water shortages in Bay and Bakool. " +
				"Mass awareness sessions on COVID-19 prevention reached 300,000 people. " + programme, news.NotHealth},
		{"the same sitrep where fighting displaced people",
			"UNICEF Somalia Humanitarian Situation Report No. 4",
			"In April, the first 200,000 doses of COVID-19 vaccine arrived in Somalia and health workers began vaccinations in Mogadishu. " +
				"Cholera cases rose to 1,100 this year, with 4 associated deaths. " +
				"Clashes between government forces and al-Shabaab displaced 40,000 people from villages in Lower Shabelle. " +
				"Mass awareness sessions on COVID-19 prevention reached 300,000 people. " + programme, ""},
		{"an update of refugees who fled a war, its lead on COVID-19",
			"UNHCR South Sudan Operational Update",
			"COVID-19 testing began in the refugee camps of Upper Nile, where 3,000 tests were run in May. " +
				"The camps host 120,000 Sudanese refugees who fled the fighting in Blue Nile. " +
				"Hand-washing stations were installed at all food distribution points. " + programme, ""},
		{"a COVID-19 update of the Rohingya camps",
			"COVID-19 Weekly Update: Cox's Bazar",
			"COVID-19 testing in the Rohingya refugee camps rose to 1,200 tests a week. " +
				"Isolation and treatment centres in the camps have 400 beds. " +
				"Hand-washing stations were installed at all food distribution points. " + programme, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}

func TestGateArmsInPassing(t *testing.T) {
	// a country brief's first page: its numbers and programmes
	brief := "In Numbers: 2.1 million dollars in cash-based transfers made, and 98,000 people assisted this month. " +
		"Operational Updates: The state of emergency for human mobility was extended until the end of the year. " +
		"Some 64,000 people received food vouchers; most were migrants from the neighbouring country, and a tenth were host families. " +
		"Around 3,000 people were assisted at shelters and canteens run by partner organizations along the main highway. " +
		"Some 600 pregnant adolescents in the border provinces received a cash-based transfer to buy nutritious food. " +
		"Workshops on nutrition and reproductive health were held with the Ministry of Health and the Ministry of Social Inclusion. " +
		"The Resident Coordinator visited the operation in the coastal province to see how the vouchers are redeemed in local shops. " +
		"Strategic outcomes: complement the Government's social protection strategy with cash-based transfers to the most vulnerable families. " +
		"Link sustainable livelihoods to food security and nutrition activities, and support smallholder farmer organizations in local markets. " +
		"Strengthen emergency preparedness and early warning systems, and the adaptation of farming communities to drought and floods. " +
		"Provide technical assistance, research and assessments to improve programmes linked to food security and nutrition. " +
		"Challenges: The country's economic situation curbs access to work for locals and newly arrived migrants alike. " +
		"Irregular entries of migrants rose after a visa requirement came into force, which makes coordination at the checkpoints harder. " +
		"School feeding: Some 40,000 children in rural schools received a daily snack of fortified biscuits and fruit from local farmers. " +
		"Gender: Knowledge, attitude and practice surveys were collected among indigenous and Afro-descendant women in two provinces. " +
		"Donors: the European Union, the United States, Canada, Germany and private donors. "
	checkGateCases(t, []gateCase{
		{"a neighbour's rebels in one sentence of a country brief", "WFP Ecuador Country Brief",
			brief + "Two former commanders of the dissolved FARC rebel army in Colombia announced that they were taking up arms again with a new guerrilla group, which puts pressure on the northern border. ",
			news.NotNoConflict},
		{"the same brief whose lead names the fighting", "WFP Ecuador Country Brief",
			"Fighting between FARC dissidents and the army in Colombia displaced 4,000 people across the northern border this month. " + brief,
			""},
		{"a short report's one sentence of fighting", "Ministry statement",
			"The ministry issued a statement on Wednesday. It named the officers. It gave no details. Troops and militiamen exchanged fire in Lebanon overnight, it said.", ""},
	})
}
