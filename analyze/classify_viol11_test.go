package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestViolenceWordsOfOtherWork: the words of battle told of other work —
// a fight against a disease or its spread, a document that "captures" its
// data, a person "struck by" a thought — and the on-going fighting named
// as what displaced the people a sentence is about, are no attack reported
// (issue 14, h-viol11: rwp7 and rwp8 fit halves, where such sentences held
// 0.6 to 0.8 of violence in reports their readers gave none). The same
// verbs of a war's deeds keep their weight.
func TestViolenceWordsOfOtherWork(t *testing.T) {
	checkEvidence(t, fViolence, chronicCap, []evidenceCase{
		{"Health teams are battling the outbreak in three districts of the province.", false},
		{"The ministry and its partners continue battling against the spread of the virus in the camps.", false},
		{"Volunteers joined the fight against cholera in the coastal towns.", false},
		{"The table below captures the number of households reached in each district.", false},
		{"The survey data captures every reported incident in the settlements.", false},
		{"The coordinator said she was struck by how many families had sold their livestock.", false},
		{"Food rations were handed out on 3 May to families displaced by the on-going fighting.", false},
		{"Families displaced by ongoing clashes received blankets in the camp.", false},
		{"Troops battled insurgents on the outskirts of the city on Monday.", true},
		{"The army captures the town after three days of fighting.", true},
		{"An air strike struck a market in the town, killing nine people.", true},
	})
	checkCategory(t, []categoryCase{
		{"health work in a war-torn country", "Health Cluster Bulletin, May",
			"Health partners are battling the cholera outbreak in four governorates. " +
				"The map below captures the districts with the most suspected cases. " +
				"Oral rehydration points were opened in 12 districts. " +
				"Partners call for more funding.", false},
		{"a battle reported", "Fighting in the north",
			"Government troops battled rebels near the airport on Sunday, killing 14 fighters. " +
				"The army captures the town after three days of fighting, a spokesman said.", true},
	}, news.Violence)
}

// TestViolenceOfProtectionAndWarTolls: violence in the home told as a
// protection subject — the abbreviations of gender-based violence, a killing
// whose doer is the victim's husband, partner or kin — and a toll counted in
// hundreds or tens of thousands (the whole war's) are no attack reported
// (issue 14, h-viol11: the classes agency overviews and protection updates
// write; rwp7 f22247486a's "killed by his relatives" the fit example). A
// killing by fighters, and a toll of a day, keep their weight.
func TestViolenceOfProtectionAndWarTolls(t *testing.T) {
	checkEvidence(t, fViolence, 0.3, []evidenceCase{
		{"GBV incidents including rape and physical assault were reported in three camps in June.", false},
		{"On 12 March a young woman was beaten and killed by her husband in the settlement.", false},
		{"A farmer was murdered by his brother after a dispute over land, police said.", false},
		{"The war has displaced 11 million people and killed hundreds of thousands.", false},
		{"Gunmen killed a woman and her husband in the settlement on 12 March.", true},
		{"An air strike killed 40 people in the market on Sunday.", true},
	})
	checkCategory(t, []categoryCase{
		{"a protection update", "Protection Cluster Update, June",
			"GBV incidents including rape and physical assault were reported in three camps in June. " +
				"A young woman was killed by her husband in the settlement. " +
				"Partners reached 4,000 women with psychosocial support. " +
				"Safe spaces were opened in two camps.", false},
		{"a regional overview", "Regional Crisis Overview, January",
			"The war has displaced 11 million people and killed hundreds of thousands. " +
				"An estimated 13 million people need humanitarian assistance. " +
				"The appeal seeks US$4 billion for the year.", false},
	}, news.Violence)
}

// TestViolenceOfCrimeAndPlaces: a crime weekly's contraband seized and its
// drug raids, the police's "unnatural deaths", fighting named as where people
// are ("in proximity to ongoing clashes", "areas with active fighting") and
// a war that impedes the ability to respond are no attack reported (issue
// 14, h-viol11: rwp7 f22247486a, rwp8 cba802c8b7, d12df54992, rwp7
// 1df74a9a6c). Arms fired, and a raid that kills, keep their weight.
func TestViolenceOfCrimeAndPlaces(t *testing.T) {
	checkEvidence(t, fViolence, chronicCap, []evidenceCase{
		{"Border guards seized 200,000 methamphetamine tablets and 30 kg of cannabis during the week.", false},
		{"Police arrested 40 people in 18 drug raids across the district.", false},
		{"Unnatural deaths rose to nine this week, most of them drownings.", false},
		{"Families sheltering in proximity to ongoing clashes remain at risk of harm.", false},
		{"Movement was restricted in areas with active fighting, the survey found.", false},
		{"The escalating conflict in the capital is impeding the authorities' ability to respond to the epidemic.", false},
		{"Gunmen raided the village at dawn, killing seven people, police said.", true},
		{"Clashes near the airport on Monday killed 11 fighters.", true},
	})
	checkCategory(t, []categoryCase{
		{"a district's crime weekly", "District Weekly Report 14",
			"Five patients with the virus died in the district this week. " +
				"The district recorded 210 new cases of the virus. " +
				"Markets stayed open under the health rules. " +
				"Schools remain closed. " +
				"Unnatural deaths. " +
				"Unnatural deaths rose to nine this week, from six the week before. " +
				"Most were drownings. " +
				"On 4 May, a farmer was killed by his brother after a dispute over land. " +
				"Drugs. " +
				"Police arrested 40 people in 18 drug raids across the district. " +
				"Border guards seized 200,000 methamphetamine tablets in two separate drives.", false},
	}, news.Violence)
}

// TestArmsStoredAndSuspectsCaptured: arms stored or made ("used the school
// as a weapons storage site and a rocket workshop") and a suspect named a
// terrorist captured are arms and an arrest, no attack (issue 14, h-viol11:
// mix9 fit B02-936, B01-690; cnndm g4t-348's chemical depot). Arms fired at
// a depot, and a town captured, keep their weight.
func TestArmsStoredAndSuspectsCaptured(t *testing.T) {
	checkEvidence(t, fViolence, chronicCap, []evidenceCase{
		{"The group used the school as a weapons storage site and a rocket workshop.", false},
		{"The captured terrorist told interrogators where the cell met.", false},
		{"Jets struck a rocket factory outside the city on Sunday, killing four guards.", true},
		{"Rebels captured the town and two villages after heavy fighting.", true},
	})
}
