package analyze

import "testing"

// TestWorkMakerOrig12: a count credited to a work ("according to a new
// analysis ... carried out by Foo", "according to a recent Foo
// assessment") is its maker's: the name after the work's "by", or a
// capitalised name before the work's noun. Read as a source by kind, the
// work's own words were written as the source ("new analysis of open
// source data2 carried out", "recent REACH assessment"). Two fit documents'
// sentences (rwp9-4380a15123, Save the Children's press release of 24 March
// 2019, "Every Month 37 Yemeni Children are Killed or Injured by Foreign
// Bombs"; rwp7-c603775813, rwp8's fit half, a Libya flash update), the rest
// invented (issue 10, round h-orig12).
func TestWorkMakerOrig12(t *testing.T) {
	runWrittenCases(t, []writtenCase{
		{"an analysis carried out by a body of the table (rwp9-4380a15123)", "FAIRFIELD, Conn. (March 24, 2019) -- At least " +
			"226 Yemeni children have been killed and 217 injured in air raids carried out by the Saudi-led coalition in the " +
			"last twelve months1- or 37 a month, according to a new analysis of open source data2 carried out by Save the Children.",
			"killed", 226, "Save the Children", ""},
		{"its injured too (rwp9-4380a15123)", "FAIRFIELD, Conn. (March 24, 2019) -- At least " +
			"226 Yemeni children have been killed and 217 injured in air raids carried out by the Saudi-led coalition in the " +
			"last twelve months1- or 37 a month, according to a new analysis of open source data2 carried out by Save the Children.",
			"injured", 217, "Save the Children", ""},
		{"a name before the work's noun (rwp7-c603775813)", "According to a recent REACH assessment in five affected " +
			"baladiyas, damage to the electrical grid was particularly severe in Al Aziziya and Swani bin Adam.",
			"affected", 5, "REACH", ""},
		{"a survey conducted by a name as written", "Some 12,000 people have fled their homes in the district since March, " +
			"according to a survey conducted by the Foo Relief Group.",
			"displaced", 12000, "Foo Relief Group", ""},
		{"a people's word is no maker: as before", "Shelling killed nine people in the town on Monday, according to a " +
			"Honduran newspaper report.", "killed", 9, "", ""},
		{"a by after the event the work tells of is the event's doer: as before", "At least 40 civilians were killed in " +
			"the last month, according to a report on air raids carried out by the coalition.", "killed", 40, "", ""},
	})
}
