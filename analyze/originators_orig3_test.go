package analyze

import "testing"

// TestNextSentenceDoingOrig3: a lead's count that names no source takes the
// next sentence's only when that sentence speaks of the event told; one
// whose source tells what someone or something was doing when it happened
// ("the plane was carrying supplies", "the victims were waiting in a
// queue, according to police") gives a circumstance of its own, not the
// count, which stays the outlet's. A next sentence that tells the deed or
// the toll itself keeps its source behind the count. Invented texts (issue
// 10, round h-orig3; eval/orig2's fit half).
func TestNextSentenceDoingOrig3(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"what a plane was doing, its source before", "",
			"Five people were killed when a small plane came down in the hills near Foo. " +
				"Officials said the plane was carrying medical supplies to a clinic when it lost contact.",
			"killed", 5, "", false},
		{"what the victims were doing, its source after", "",
			"A shooting at a petrol station in Foo early on Monday killed two. " +
				"The victims were waiting in a queue for fuel at the time, according to police.",
			"killed", 2, "", false},
		{"the deed told again keeps its source", "",
			"Three people were killed in a blast in Foo on Monday. Police said the bomb was hidden in a parked car.",
			"killed", 3, "police", true},
		{"a rising toll keeps its source", "",
			"Ten people were killed in a bombing in Foo on Monday. Officials said the toll was rising as rescuers searched the rubble.",
			"killed", 10, "officials", true},
	})
}

// TestCountToldAsKnownOrig3: a later sentence that tells a count the body
// gave before as already known ("all four deaths", "all three bodies")
// tells the cause or the finding of those counted: its source is not the
// count's, which stays the outlet's. The first statement of a count keeps
// its source however it is worded. Invented texts (issue 10, round
// h-orig3; eval/orig2's fit half).
func TestCountToldAsKnownOrig3(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"the cause of the deaths told later", "Boat fire kills four anglers on Lake Foo",
			"A fire on a fishing boat killed four anglers on Lake Foo on Saturday. The boat's owner was unhurt. " +
				"The Foo News Agency reported that all four deaths were caused by smoke from a faulty heater.",
			"killed", 4, "", false},
		{"the finder of the bodies told later", "",
			"Three hikers were found dead in a mountain hut near Foo on Monday. The hut had been snowed in for a week. " +
				"A ranger said a shepherd discovered all three bodies when he came to feed his sheep.",
			"killed", 3, "", false},
		{"a first statement so worded keeps its source", "Crash kills 37 near Foo",
			"A plane came down near Foo on Monday, killing all 37 passengers on board, the Foo Aviation Authority said.",
			"killed", 37, "Foo Aviation Authority", false},
	})
}
