package analyze

import "testing"

// TestWrittenNameKeptOrig5: a generic source the text writes with its
// state's or body's name before it ("according to Kenyan officials") keeps
// that name on the headline's count too, which takes its source from the
// lead past a dateline between them.
// Invented texts (issue 10, round h-orig5; eval/orig2's fit half).
func TestWrittenNameKeptOrig5(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a headline's count past a dateline", "Storm injures 14 people in western Kenya",
			"Tuesday, March 3, 2020\n\nA storm struck Foo county, Kenya, on Monday, injuring at least 14 people and damaging " +
				"schools, according to Kenyan officials.\n\nThe schools will stay shut this week.",
			"injured", 14, "Kenyan officials", true},
		{"a headline's count, the lead right after it", "Storm injures 14 people in western Kenya",
			"A storm struck Foo county, Kenya, on Monday, injuring at least 14 people and damaging " +
				"schools, according to Kenyan officials.",
			"injured", 14, "Kenyan officials", true},
		{"a body's name of two words before officials", "",
			"Foo Cadet College officials confirm that a stampede at the college's open day on Friday left 12 cadets injured.",
			"injured", 12, "Foo Cadet College officials", true},
		{"a body's name before officials, cue after", "",
			"A fire at a dormitory in Foo killed seven students on Sunday, Bar State University officials said.",
			"killed", 7, "Bar State University officials", true},
		{"a body's name with a state and a generic word before officials", "",
			"Kenyan Naval Training School officials confirm that 11 recruits were injured when a boat capsized on Friday.",
			"injured", 11, "Kenyan Naval Training School officials", true},
		{"a headline in headline case writes no name", "Bomb Kills Nine At Foo Market, Bar City Police Officials Say",
			"A bomb killed nine people at a market in Foo on Sunday.",
			"killed", 9, "police officials", true},
		{"a one-word name before officials stays the table's", "",
			"A bomb killed nine people at a market in Foo on Sunday, Hospital officials said.",
			"killed", 9, "hospital officials", false},
	})
}

// TestLocalAndMediaSourcesOrig5: "local and media sources" (two kinds of
// sources joined before one noun) are the local media, as "local media
// sources" are. Invented texts (issue 10, round h-orig5; TestOwnFigures'
// fresh and fresh2 parts).
func TestLocalAndMediaSourcesOrig5(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"cue before", "",
			"Local and media sources said that an airstrike on a farm near Foo killed four workers on Monday.",
			"killed", 4, "local media", false},
		{"cue after", "",
			"Shelling on a market in Foo killed six people on Monday, according to local and media sources.",
			"killed", 6, "local media", false},
	})
}
