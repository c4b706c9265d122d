package story

import "testing"

// TestToldNames: a headline keeps only the places and armed groups its
// report's body gives for its count (invented reports).
func TestToldNames(t *testing.T) {
	for _, c := range []struct {
		h, title string
		body     []string
		want     string
	}{
		// the body tells four killed in Aleppo and names no Idleb
		{"6 Civilians Killed in Shelling in Aleppo and Idleb", "6 Civilians Killed in Terrorist Shelling in Aleppo and Idleb",
			[]string{"12-03-2016 6 Civilians Killed in Terrorist Shelling in Aleppo and Idleb.",
				"Four civilians were killed when mortar shells hit two neighborhoods of Aleppo city.",
				"The source said the shells also damaged houses."},
			"6 Civilians Killed in Shelling in Aleppo"},
		// the count's sentence and the one before it name other groups
		{"Army Kills 31 ISIL Militants in Hama", "Army Kills 31 ISIL Terrorists in Hama",
			[]string{"Army units hit ISIL positions across the country.",
				"An army unit clashed with al-Nusra fighters in two villages north of Hama city a military source said.",
				"The attack was repelled and 31 militants were killed the source added."},
			"Army Kills 31 Militants in Hama"},
		// the group of the killers, not of the counted, stays
		{"Kurdish YPG Fighters Kill 13 ISIL Militants Near Raqqa", "",
			[]string{"Kurdish fighters of the Syrian Democratic Forces killed 13 Islamic State militants near Raqqa."},
			"Kurdish YPG Fighters Kill 13 ISIL Militants Near Raqqa"},
		// a place of a list the count's sentence does not name
		{"40 Fighters Killed in Battles of Homs, Aleppo", "",
			[]string{"Activists said at least 40 fighters were killed in three days of battles in Aleppo.",
				"In the Homs countryside the army shelled a village."},
			"40 Fighters Killed in Battles of Aleppo"},
		// the title run into the lead: the lead's own words give both places
		{"30 killed in Syria's Daraa, Aleppo: NGO", "30 killed in Syrias Daraa Aleppo NGO",
			[]string{"30 killed in Syrias Daraa Aleppo NGO Friday At least 20 people were killed when a car bomb exploded in Daraa province.",
				"In the north 10 people were killed by barrel bombs on Aleppo city."},
			"30 killed in Syria's Daraa, Aleppo: NGO"},
		// the only place goes nowhere cleanly: kept
		{"12 Killed in Idleb Strikes", "", []string{"At least 12 people were killed in air strikes on Aleppo on Sunday."}, "12 Killed in Idleb Strikes"},
		// both places of a list unnamed: neither goes (one would be left bare)
		{"9 Killed in Idleb and Latakia", "", []string{"Nine people were killed in shelling of Aleppo."}, "9 Killed in Idleb and Latakia"},
		// no number: nothing to hold the names to
		{"Army Advances in Hama and Idleb", "", []string{"The army took two villages in Aleppo."}, "Army Advances in Hama and Idleb"},
		// the body names no place at all: the title's stay
		{"7 Killed in Homs and Hama", "", []string{"Seven people were killed on Monday a monitor said."}, "7 Killed in Homs and Hama"},
	} {
		if got := toldNames(c.h, c.title, c.body); got != c.want {
			t.Errorf("toldNames(%q) = %q, want %q", c.h, got, c.want)
		}
	}
}
