package story

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestOwnClause: of a title of two headlines joined by a semicolon the
// story shows the one its report's lead tells, whichever comes first; a
// source the title ends with stays; a tie, a short clause or a quotation
// keeps the title as it is.
func TestOwnClause(t *testing.T) {
	cases := []struct{ h, lead, want string }{
		{"12 Killed in Blast in Homs; Army Retakes Hills near Hama",
			"Army units retook the hills around Tall Ward on Tuesday after heavy clashes, a military source said. The troops cleared mines on the slopes.",
			"Army Retakes Hills near Hama"},
		{"Warplanes Pound Rebel Posts in Wadi Sarj; 30 Fighters Killed in Raqqa",
			"Warplanes carried out a series of sorties on rebel posts in the Wadi Sarj valley on Saturday, destroying vehicles and depots.",
			"Warplanes Pound Rebel Posts in Wadi Sarj"},
		{"Convoy reaches besieged Kafr Rumi; talks resume in Geneva: UN",
			"An aid convoy of 40 trucks reached the besieged town of Kafr Rumi on Monday, the UN said. The trucks carried flour and medicine.",
			"Convoy reaches besieged Kafr Rumi: UN"},
		{"Shelling kills 4 in Homs; rebel group seizes checkpoint",
			"Shelling kills 4 in Homs; rebel group seizes checkpoint. The rebel group seized a government checkpoint on the edge of the town on Friday, activists said.",
			"rebel group seizes checkpoint"}, // the title repeated as the first line tells nothing
		{"Shelling kills 4 in Homs; rebel group seizes checkpoint", "The weather was cold.", "Shelling kills 4 in Homs"},
		{"Truce holds; Kafr Rumi", "Residents of Kafr Rumi said the night was quiet.", "Truce holds; Kafr Rumi"},
		{"\"We will return\"; refugees wait at border", "Refugees waited at the border.", "\"We will return\"; refugees wait at border"},
		{"Air raids kill 20 in Qasr", "Air raids killed 20 people in Qasr.", "Air raids kill 20 in Qasr"},
		// one event: a toll and nothing else is the other clause's outcome
		{"Centre of Qasr Shelled; 2 Civilians Killed, 7 Injured", "Shells fell on the centre of Qasr on Monday.", "Centre of Qasr Shelled; 2 Civilians Killed, 7 Injured"},
		{"Group claims bombings near Qasr; at least 20 dead", "The group claimed the bombings near Qasr in a statement.", "Group claims bombings near Qasr; at least 20 dead"},
		{"Warplanes Pound Posts in Wadi Sarj; 30 Fighters Killed", "Warplanes pounded posts in Wadi Sarj on Saturday.", "Warplanes Pound Posts in Wadi Sarj; 30 Fighters Killed"},
		// a clause that lost its verb is no headline of its own
		{"Senior Rebel Leader in Tall Ward; 8 More Killed in Army Offensive", "A senior rebel leader was killed in Tall Ward.", "Senior Rebel Leader in Tall Ward; 8 More Killed in Army Offensive"},
	}
	for _, c := range cases {
		if got := ownClause(c.h, splitLead(c.lead)); got != c.want {
			t.Errorf("ownClause(%q) = %q, want %q", c.h, got, c.want)
		}
	}
}

func splitLead(s string) []string { return textLead(s, nil, clauseLead) }

// TestNeutralWords: a party's "terrorists" in a headline are militants; the
// word before an attack goes; what someone is reported to say, and a
// quotation, keep their words; other words are left alone.
func TestNeutralWords(t *testing.T) {
	for h, want := range map[string]string{
		"Army Kills 28 ISIL Terrorists in Tall Ward":             "Army Kills 28 ISIL Militants in Tall Ward",
		"30 terrorists killed as troops advance on Wadi Sarj":    "30 militants killed as troops advance on Wadi Sarj",
		"5 Civilians Killed in Terrorist Rocket Attacks in Qasr": "5 Civilians Killed in Rocket Attacks in Qasr",
		"Terrorist attack kills two in Kafr Rumi":                "Attack kills two in Kafr Rumi",
		"Dozens Dead in Terrorist Battle for Base 12":            "Dozens Dead in Battle for Base 12",
		"Terrorist Groups Shell Kafr Rumi":                       "Militant Groups Shell Kafr Rumi",
		"TERRORISTS SHELL KAFR RUMI":                             "MILITANTS SHELL KAFR RUMI",
		"Troops Kill Terrorists, Seize Arms Depot":               "Troops Kill Militants, Seize Arms Depot",
		"Minister says terrorists must leave Qasr":               "Minister says terrorists must leave Qasr",
		"Government calls rebels terrorists":                     "Government calls rebels terrorists",
		"\"Terrorists\" shelled the town, army says":             "\"Terrorists\" shelled the town, army says",
		"Anti-terrorist law passed in Kafr Rumi":                 "Anti-terrorist law passed in Kafr Rumi",
		"Air raids kill 40 militants in Qasr":                    "Air raids kill 40 militants in Qasr",
		"Court hears case of terrorism suspect from Tall Ward":   "Court hears case of terrorism suspect from Tall Ward",
		"Blast Leaves 12 Martyrs in Sadr City":                   "Blast Leaves 12 Dead in Sadr City",
		"Families of Martyrs Mourn in Gaza":                      "Families of Martyrs Mourn in Gaza",
		"Army accused terrorists of shelling Donetsk":            "Army accused terrorists of shelling Donetsk",
		"Toll of a terrorist attack in Qasr rises to 40":         "Toll of an attack in Qasr rises to 40",
		"A Terrorist Assault on Tall Ward Kills 12":              "An Assault on Tall Ward Kills 12",
		"A terrorist bombing in Kafr Rumi kills 12":              "A bombing in Kafr Rumi kills 12",
	} {
		if got := neutralWords(h); got != want {
			t.Errorf("neutralWords(%q) = %q, want %q", h, got, want)
		}
	}
}

// TestHeadlineOneClause: a one-report story whose title runs two
// headlines together, stripped of its punctuation, is headed by the one
// its lead tells, in neutral words.
func TestHeadlineOneClause(t *testing.T) {
	day := time.Date(2015, 3, 9, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct{ title, text, want string }{
		{"30 Terrorists Killed in Idleb Syrian Army Regains Several Hills in Hama",
			"Army units regained several hills in the Hama countryside on Monday after clashes, a military source said. The troops dismantled mines left on the hills.",
			"Syrian Army Regains Several Hills in Hama"},
		{"Air Force Pounds Militant Posts in Raqqa 25 Terrorists Killed",
			"Air force jets pounded militant posts near two villages in the Raqqa countryside on Monday, destroying their vehicles. The posts burned through the night.",
			"Air Force Pounds Militant Posts in Raqqa; 25 Militants Killed"}, // the toll of its raids: one event
	} {
		an := news.Analysis{EventDate: "2015-03-09"}
		got := Build([]Member{member(1, "manar", c.title, c.text, day, an)}).Headline
		if got != c.want {
			t.Errorf("Headline of %q = %q, want %q", c.title, got, c.want)
		}
	}
}
