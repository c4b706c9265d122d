package analyze

import "testing"

// TestPersonWithTablePostOrig7: a person whose post the table knows speaks
// for the post's body (analysis/testdata/figures/README.md: "a person with
// a post ... speaks for the post's body, also when a later sentence names
// the person alone"), also when the table's name of the post ends in
// "official" right before the person's name ("Foo region emergency
// official Jane Roe told local television") and when the table's alias
// holds the appositive's article ("Jane Roe, an official in Foo town, told
// AFP. ... Roe said ..."). Invented texts (issue 10, round h-orig7; news19
// and news18's fit half).
func TestPersonWithTablePostOrig7(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a region's emergency official before the name", "",
			"A missile struck a block of flats in Baz on Friday, killing 12 people, Foo region emergency official Jean Malu " +
				"told local television.",
			"killed", 12, "emergency workers", false},
		{"a police official before the name", "",
			"Gunmen stormed a checkpoint near Baz overnight, killing seven guards, police official Tomas Ardiles said.",
			"killed", 7, "police", true},
		{"an official in a town, named alone later", "",
			"Gunmen attacked Foo on Friday. \"We live in fear,\" Jean Malu, an official in the Baz town north of Foo, told AFP. " +
				"Malu said 12 civilians were killed in the neighbourhood.",
			"killed", 12, "officials", true},
		{"a senior official named alone later", "",
			"Rebels shelled Baz on Monday. Tomas Ardiles, a senior official in the district, spoke to reporters. " +
				"Ardiles said nine people died.",
			"killed", 9, "officials", true},
		// the adjective stays an adjective
		{"the official toll", "",
			"A blast hit a bus in Bar on Monday. The official toll is 14 dead, the army said.",
			"killed", 14, "army", true},
		{"a person of no post stays a person", "",
			"Gunmen attacked Foo on Friday. Jean Malu, a farmer in the Baz town, told AFP. " +
				"Malu said 12 civilians were killed in the neighbourhood.",
			"killed", 12, "Jean Malu", false},
	})
}
