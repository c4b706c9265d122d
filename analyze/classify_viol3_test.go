package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules of round h-viol3 (issue 14: violence false alarms on every fit
// half), each checked on invented reports.

// TestViolenceOfCaptivesNamed: captives named by their seizure in a clause
// of their own ("the families of those abducted by Boko Haram", "the
// lives of four engineers kidnapped by gunmen", "Maya, who was
// abducted from her home by Boko Haram gunmen, was among the captives
// released")
// are who the sentence is about, not an attack it reports. The seizure
// told ("gunmen abducted four engineers on Monday", a headline's "Four
// engineers kidnapped in Borno state") and captives killed stay violence.
func TestViolenceOfCaptivesNamed(t *testing.T) {
	checkCategory(t, []categoryCase{
		{"the families of those abducted", "",
			"For the families of those abducted by Boko Haram, Friday marks six months of waiting. " +
				"They gathered outside the governor's office with photographs.", false},
		{"a company halts work for its kidnapped staff", "Engineering firm suspends work in Borno state",
			"A Dutch engineering firm said on Wednesday it was suspending work in Borno state to save the lives of four engineers kidnapped by gunmen. " +
				"The firm has 300 staff in the region.", false},
		{"a captive freed, named by her seizure", "",
			"Maya, who was abducted from her home in Kerewa, Borno state by Boko Haram gunmen, was among the second group of captives released as part of a deal between the government and the group. " +
				"Her parents said she was tired but well.", false},
		{"the seizure told", "Gunmen abduct four engineers in Borno state",
			"Gunmen abducted four engineers from a pumping station in Borno state on Monday, police said. " +
				"The firm has 300 staff in the region.", true},
		{"a headline's seizure", "Four engineers kidnapped in Borno state",
			"Four Dutch engineers were kidnapped from a pumping station in Borno state on Monday, police said. " +
				"The firm has 300 staff in the region.", true},
		{"captives killed", "",
			"The bodies of six men abducted by Boko Haram last week were found on Tuesday near Kerewa, Borno state, police said. " +
				"Their families had paid a ransom.", true},
	}, news.Violence)
}

// TestViolenceAsObjectOfOtherNews: an earlier attack named as what someone
// had a role in, knew or told of, or apologises for ("accused two guards of
// involvement in the March raid", "had no foreknowledge of the ambush",
// "apologised for the riots that killed 12") is the context of the news,
// not an attack reported; an attack told before such a phrase stays news.
func TestViolenceAsObjectOfOtherNews(t *testing.T) {
	checkCategory(t, []categoryCase{
		{"accused of involvement in", "Kenya to bar refugee agency from Dadaab camps after the war",
			"Kenya will seek to bar the refugee agency from the Dadaab camps after the war, its interior minister said, after Kenya accused several agency staff of involvement in al-Shabaab's March raid on Garissa.", false},
		{"no foreknowledge of", "",
			"Reuters said it had no foreknowledge of the al-Shabaab ambush, although its cameramen appeared beside the fighters from the first minutes they crossed the border near Mandera. " +
				"The agency published a statement on Thursday.", false},
		{"apologised for", "",
			"The junta's leader, Col. Amadou Sissoko, apologised for the mutiny and the five days of unrest that killed at least 12 people in Bamako. " +
				"Regional mediators proposed an election date.", false},
		{"the attack told before", "",
			"Al-Shabaab fighters attacked a police post near Mandera on Monday, killing four officers, and Kenya accused two guards of involvement in the raid. " +
				"The police chief visited the post.", true},
	}, news.Violence)
}

// TestViolenceToCome: violence promised, vowed or threatened ("we will
// resume the offensive in Darfur as soon as the truce expires", "the
// militia threatened 'crushing strikes'") is no attack reported, as violence
// feared is not; an attack told with its dead stays news whatever is
// promised beside it.
func TestViolenceToCome(t *testing.T) {
	checkCategory(t, []categoryCase{
		{"a commander's vow", "Breaking | RSF commander: \u201cWe will resume the offensive on El Fasher to free our prisoners as soon as the three-day truce expires.\u201d", "", false},
		{"a threat", "",
			"The RSF spokesman threatened 'crushing strikes' against the army in Darfur over the blockade of its supply lines. " +
				"Mediators in Jeddah said talks would go on.", false},
		{"a vow beside the dead", "",
			"The RSF vowed revenge after army shelling killed 14 of its fighters near El Fasher on Sunday. " +
				"Mediators in Jeddah said talks would go on.", true},
	}, news.Violence)
}
