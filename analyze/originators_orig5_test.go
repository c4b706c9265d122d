package analyze

import "testing"

// TestWrittenNameKeptOrig5: a generic source the text writes with its
// state's name before it ("according to Kenyan officials") keeps
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
