package analyze

import "testing"

// TestViolenceOutOfNews: whether one sentence holds violence evidence of a
// cue (0.5) or more (issue 14, held-out precision: AG News and the
// ceasefire pages read an earlier attack named as the object of today's
// other business, a word out of its sense, arms found and a photograph's
// caption as violence reported). Invented sentences.
func TestViolenceOutOfNews(t *testing.T) {
	tests := []violenceCase{
		// An earlier attack named as the object of an arrest, a trial,
		// an inquiry, prayers, a funeral or an anniversary is the
		// context of that news; an attack told before the arrest, in a
		// clause of its own, is news.
		{"arrests of bombers", "Police arrested four men accused of planning the bombing of a hotel that killed 20 people.", false},
		{"arrests headline", "Police Arrest Alleged Hotel Bombers", false},
		{"prays for the dead", "The bishop prayed for the dead of the school siege at a mass in the capital.", false},
		{"funeral of victims", "Thousands attended the funerals of the worshippers killed in the mosque bombing.", false},
		{"flowers at a grave", "The president laid flowers at the grave of the assassinated governor.", false},
		{"inquiry into a massacre", "Parliament will open a second inquiry into the massacre at the school.", false},
		{"massacre probe", "Parliament to launch new school massacre probe", false},
		{"trial of torturers", "The trial of three soldiers accused of torturing prisoners resumed on Monday.", false},
		{"anniversary", "Crowds marked the anniversary of the bombing that killed 191 commuters.", false},
		{"attack then arrests", "A car bomb exploded near a police station on Monday, killing 12 people, and police arrested two men.", true},
		{"shelling then arrests", "Rebels shelled the town on Monday, killing five civilians before troops arrested their commander.", true},
		// Fighting named as the setting of other news ("amid") is its
		// background; fighting told before it is news.
		{"amid attacks", "Conditions for the displaced continue to worsen amid violent attacks and heavy rains, agencies said.", false},
		{"talks amid an offensive", "The group has asked for negotiations amid the military offensive of the army.", false},
		{"recapture after amid", "Amid fierce fighting, the army recaptured the town of Kafr on Monday.", true},
		{"clashes amid protests", "Clashes erupted between police and protesters amid a general strike on Monday.", true},
		{"attack with no aftermath", "Gunmen attacked a police post on Monday, killing three officers.", true},
		// A word out of its sense: a bill killed is defeated.
		{"kill a bill", "A referendum bid to kill the rights bill failed for lack of turnout.", false},
		{"killing a deal", "Hardliners in parliament are trying to kill the deal.", false},
		{"killed in the vote", "Two protesters were killed in clashes after the vote on the bill.", true},
		// Arms found, seized, missing or carried are no attack; arms
		// used are.
		{"explosives found", "Police found explosives, detonators and a gun hidden in a closed cinema.", false},
		{"explosives missing", "Tons of explosives have gone missing from a former military site.", false},
		{"holding a launcher", "A fighter stood on the dune holding a grenade launcher.", false},
		{"grenade thrown", "A man threw a grenade into the market on Friday, wounding six people.", true},
		{"seized weapons after storming", "Rebels stormed the army base and seized weapons and ammunition.", true},
		// A photograph's caption dates its picture: no news of the
		// article's own. A sentence that ends with a weekday is news.
		{"caption", "Children collect metal parts from the site of a car bomb explosion in Baghdad, Iraq, October 4.", false},
		{"caption with year", "A man walks past a burnt car after a bombing in Kabul, Oct. 4, 2004.", false},
		{"news ending with a day", "A car bomb exploded near a checkpoint in Baghdad on Monday.", true},
	}
	checkViolenceNews(t, tests)
}

// TestViolenceCaptivesAndPlots: a plot foiled, a leader captured and
// captives named by their seizure in a relative clause are no attack
// reported; ground captured and a seizure told are. Invented sentences.
func TestViolenceCaptivesAndPlots(t *testing.T) {
	tests := []violenceCase{
		{"plot to assassinate", "Rebels plotted to assassinate the president during his visit to the port.", false},
		{"plot foiled", "Police said they had foiled a plot to bomb the embassy.", false},
		{"leader captured", "Troops captured two top leaders of the rebel movement in the south.", false},
		{"aide captured", "A senior aide of the rebel chief was captured this week.", false},
		{"town captured", "Rebels captured the town of Kafr after heavy fighting on Monday.", true},
		{"town captured, a leader said", "Rebels captured the strategic town, their leader said.", true},
		{"captives named", "The minister promised to do everything for the return of the three drivers who were taken hostage in the north.", false},
		{"seizure told", "Gunmen took three drivers hostage on the highway on Monday.", true},
	}
	checkViolenceNews(t, tests)
}
