package analyze

import "testing"

// TestTitledSayerOrig34: a person named after "according to" with a title
// or rank before the name ("according to Col. Naw Bu, the spokesperson of
// ...", "According to Mexican President Andrés Manuel López Obrador, six
// ... were killed") is the figure's sayer, as "according to Naw Bu" is and
// as "said Chief Superintendent John Roe" was already (rankAfter): the
// title (and a people's word before it) stays out of the name, and after a
// title the name may run to four words. Before, the title ended the reading
// and the figure had no originator. Two fit documents' sentences
// (orig4-abec5fdcbd, AP, its injured main figure; eval/orig2's fit
// wikinews El Paso page, its two subset figures), invented variants and
// controls (issue 10, round h-orig34). The first five fail on main.
func TestTitledSayerOrig34(t *testing.T) {
	kachin := "BANGKOK — A military airstrike this week on a village in Myanmar sheltering displaced people from " +
		"the northern township of Bhamo killed 21 people, an ethnic rebel group and local media said Friday.\n" +
		"The strike on Hteelin village, west of Bhamo in the state of Kachin, took place on Thursday afternoon, also " +
		"left 28 people wounded, according to Col. Naw Bu, the spokesperson of the ethnic Kachin Independence Army or KIA."
	elPaso := "According to Mexican President Andrés Manuel López Obrador, six Mexican nationals were killed in the " +
		"attack, and seven more were injured."
	runWrittenCases(t, []writtenCase{
		{"an abbreviated rank (orig4-abec5fdcbd)", kachin, "injured", 28, "Naw Bu", ""},
		{"a people's word and a post, a four-word name (orig2 El Paso)", elPaso, "killed", 6, "Andrés Manuel López Obrador", ""},
		{"its injured too (orig2 El Paso)", elPaso, "injured", 7, "Andrés Manuel López Obrador", ""},
		{"a rank written out", "Shelling left 12 people wounded in the town, according to Colonel Jane Roe.",
			"injured", 12, "Jane Roe", ""},
		{"two abbreviated ranks", "Shelling killed four people in the town, according to Lt. Col. Jane Roe.",
			"killed", 4, "Jane Roe", ""},
		{"no title: as before", "Shelling left 12 people wounded in the town, according to Jane Roe.",
			"injured", 12, "Jane Roe", ""},
		{"a post for a body the table knows: its body, as without the title", "Shelling left 12 people wounded in the " +
			"town, according to Colonel Jane Roe, a spokeswoman for the rebels.", "injured", 12, "rebels", ""},
		{"a title before a body's name: as before", "Shelling killed 40 soldiers in the town, according to General Staff data.",
			"killed", 40, "", ""},
	})
}
