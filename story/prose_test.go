package story

import "testing"

// Invented summary sentences, as collections that strip punctuation and
// parties' outlets leave them.
func TestMendProse(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// a place's possessive before what it owns, of any case
		{"Jets struck a market in Syrias northern city of Idlib on Monday.", "Jets struck a market in Syria's northern city of Idlib on Monday."},
		{"Shelling hit Lebanons south and Iraqs Mosul overnight.", "Shelling hit Lebanon's south and Iraq's Mosul overnight."},
		// a noun in consonant and "y" whose "s" is no plural
		{"Rebels hold the countrys north and the citys old quarter.", "Rebels hold the country's north and the city's old quarter."},
		{"The armys shelling of Gaza went on.", "The army's shelling of Gaza went on."},
		// names and plurals the gazetteer knows, and words before no owned word, stay
		{"Rebels in Homs and Hamas fighters in Gaza held out.", "Rebels in Homs and Hamas fighters in Gaza held out."},
		{"Syrians and Iraqis fled the days of fighting.", "Syrians and Iraqis fled the days of fighting."},
		{"Aid reached Syrias, the agency said.", "Aid reached Syrias, the agency said."},
		{"The boys were killed in the strikes.", "The boys were killed in the strikes."},
		// a party's words in the digest's voice become neutral
		{"Four civilians were killed when terrorists fired mortar shells on Aleppo, the agency reported.", "Four civilians were killed when militants fired mortar shells on Aleppo, the agency reported."},
		{"Terrorist groups shelled Kirkuk overnight.", "Militant groups shelled Kirkuk overnight."},
		{"Two died in a terrorist car bomb attack in Homs.", "Two died in a car bomb attack in Homs."},
		{"Terrorist shelling killed 3 in Donetsk.", "Shelling killed 3 in Donetsk."},
		{"The blast left 30 martyrs and 90 wounded in Sadr City.", "The blast left 30 dead and 90 wounded in Sadr City."},
		{"Ten civilians were martyred in the raid on Khan Younis.", "Ten civilians were killed in the raid on Khan Younis."},
		// what a speaker says after the verb of saying, and quotations, keep their words
		{"The ministry said terrorists fired shells on Aleppo.", "The ministry said terrorists fired shells on Aleppo."},
		{"The army accused terrorists of shelling Donetsk. Terrorists shelled Luhansk too.", "The army accused terrorists of shelling Donetsk. Militants shelled Luhansk too."},
		{`Officials blamed the blast on "terrorists" backed abroad.`, `Officials blamed the blast on "terrorists" backed abroad.`},
		{`"Terrorists fired on the convoy" he said. Terrorists fired on Kabul.`, `"Terrorists fired on the convoy" he said. Militants fired on Kabul.`},
		{"The martyrs of the war were honoured.", "The martyrs of the war were honoured."},
	} {
		if got := mendProse(tc.in); got != tc.want {
			t.Errorf("mendProse(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
