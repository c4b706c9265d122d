package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules of round h-prec1 (issue 14: violence and talks precision on items
// that are about a war), each checked on invented reports.

// TestViolenceOfPlightUnderFire: civilians' plight told with the fighting
// as its circumstance ("thousands of families escaping the air strikes on
// foot", "patients trapped in the clinic, under constant fire", "again
// besieged and bombarded, clinics cannot treat the patients") reports the
// plight, not an attack (the labelling guide: humanitarian, the toll as
// such). The attack told with its dead, or by its doer, stays violence.
func TestViolenceOfPlightUnderFire(t *testing.T) {
	checkCategory(t, []categoryCase{
		{"people escaping strikes", "",
			"Agency staff saw thousands of families escaping the air strikes on foot, on carts or in trucks.", false},
		{"trapped under fire", "",
			"Hundreds of patients and displaced families are trapped inside the clinic grounds, under constant fire from the hills. " +
				"The director said the generators had run out of fuel.", false},
		{"besieged and bombarded", "",
			"Again besieged and bombarded since the talks failed, clinics in the district cannot take in the thousands of people needing urgent care.", false},
		{"escaping strikes that killed", "",
			"Agency staff saw thousands of families escaping the air strikes, which killed 14 people in the market on Monday.", true},
		{"the fire's doers", "",
			"Snipers on the hills fired on the clinic on Monday, wounding three patients and a nurse. " +
				"The director said the generators had run out of fuel.", true},
	}, news.Violence)
}

// TestViolenceAsAntecedent: an earlier attack named as what the news
// comes after or what started the war ("the freeze comes soon after the
// militia attacked the border towns", "this conflict was triggered by a
// brutal attack in March") is the news's background, not an attack
// reported. An attack that comes after something ("the raid came a day
// after talks failed") is the news.
func TestViolenceAsAntecedent(t *testing.T) {
	checkCategory(t, []categoryCase{
		{"the freeze comes after", "Bank freezes accounts linked to the militia",
			"The central bank ordered accounts linked to the militia frozen, the finance ministry said. " +
				"The freeze comes soon after the militia attacked the border towns in March, killing 300 people and taking 40 hostage.", false},
		{"the war triggered by", "Can the region's bloc offer a way out?",
			"The regional bloc meets next week to discuss the crisis. " +
				"This conflict was triggered by a brutal attack in March, orchestrated by the militia and targeting the border towns.", false},
		{"the raid came after", "",
			"Troops raided the militia's camp near the border on Tuesday, killing 12 fighters. " +
				"The raid came a day after talks between the two sides failed.", true},
	}, news.Violence)
}

// TestViolenceOfWoundedHelped: the wounded named as the people a volunteer
// or a medic goes to help or treat ("on our way to help wounded people in
// the camps", "caring for wounded fighters") are patients, no attack
// reported, as the wounded evacuated are.
func TestViolenceOfWoundedHelped(t *testing.T) {
	checkCategory(t, []categoryCase{
		{"helping wounded", "Students leave home to work in the border hospitals",
			"Four medical students left their homes last month to work in hospitals near the border. " +
				"One wrote to her sister that they were on their way to volunteer helping wounded Syrian people. " +
				"Another said she wanted to help wounded children in the camps.", false},
		{"the wounding told", "",
			"Shelling wounded 14 people in the border town on Monday, the hospital said. " +
				"Medics treated the wounded in tents.", true},
	}, news.Violence)
}

// TestTalksOfOneCampMeeting: a summit or a meeting whose only parties
// named are of one camp of the war ("Hezbollah's leader met Hamas figures
// to discuss their aim", "Saudi Arabia's king told the summit the air
// campaign would go on") is allies' business, the labelling guide's "no";
// the two sides meeting, or a meeting on a truce, stays talks.
func TestTalksOfOneCampMeeting(t *testing.T) {
	checkCategory(t, []categoryCase{
		{"allies meet", "",
			"Hezbollah's leader has met senior Hamas figures in Beirut to discuss their aim of a real victory for the resistance, the group said.", false},
		{"one camp's summit", "Saudi Arabia's king tells regional summit the air campaign will go on",
			"At a regional summit in Cairo on Saturday, Saudi Arabia's king said the air campaign would go on until the capital was safe. " +
				"Hadi urged the army to protect state institutions.", false},
		{"the two sides meet", "",
			"Hadi met Houthi leaders in Muscat on Monday, officials said.", true},
		{"an international meeting to curb the fighting", "",
			"An international meeting headed by Russia is set to take place in Geneva on Saturday, aimed at curbing the fighting around the city, the ministry said.", true},
		{"a call for a Council meeting", "Opposition calls for urgent Security Council meeting",
			"The opposition coalition called for an urgent Security Council meeting after the attack on the town.", true},
		{"one side met by another", "",
			"The bloc's foreign policy chief met with Hamas leaders in Doha on Thursday to discuss the fighting in Gaza.", true},
		{"a summit to find a solution", "Regional ministers gather in Cairo over Darfur",
			"The Sudanese government and the rebel commanders must be pressed to find a solution to the fighting, foreign ministers said on Sunday ahead of a regional summit on the crisis.", true},
		{"a summit to resolve the war", "",
			"The Sudanese government's allies meet at a summit on Friday to resolve the war in Darfur, the host government said.", true},
		{"a meeting on a truce", "",
			"Hezbollah's leader met the Lebanese prime minister in Beirut to discuss the ceasefire on the border.", true},
	}, news.Talks)
}
