package analyze

import "testing"

// TestTitledHolderOrig10: a post the table names, written in capitals as
// the title before a person's name ("Prime Minister David Cameron",
// "Commissioner James Rovella"), is written with the name it titles, its
// key the post's table name: readers name such a source by the person
// (eval/open's fit half, cep-56748: "David Cameron"; eval/orig2's second
// reading of the Connecticut crash: "James Rovella") or by the post, and
// the two as written say both. A post with no name after it stays the
// post. Two texts quoted from the fit halves (Wikipedia's current events
// portal, cep-56748; Wikinews, CC BY 2.5, "World War II era plane crashes
// in Connecticut, US, killing at least seven"), the rest invented (issue
// 10, round h-orig10).
func TestTitledHolderOrig10(t *testing.T) {
	runWrittenCases(t, []writtenCase{
		{"a prime minister named (cep-56748)", "U.K. Prime Minister David Cameron confirms that two ISIS militants, UK citizens, " +
			"Reyaad Khan and Ruhul Amin, were killed in Syria when a British drone attack hit their car on August 21, 2015.",
			"killed", 2, "Prime Minister David Cameron", "government"},
		{"a commissioner named (Wikinews)", "Fourteen people were injured in the crash, including all on board the plane, and one " +
			"airport worker on the ground, according to Commissioner James Rovella of the Connecticut Department of Emergency " +
			"Services and Public Protection.",
			"injured", 14, "Commissioner James Rovella", "governor"},
		{"the place before the title kept", "A car bomb killed ten people at a market in Foo on Monday, Bar Governor John Roe said.",
			"killed", 10, "Bar Governor John Roe", "governor"},
		{"a state's adjective and a name the gazetteer knows",
			"A car bomb killed ten people at a market in Foo on Monday, Israeli Prime Minister Benjamin Netanyahu said.",
			"killed", 10, "Israeli Prime Minister Benjamin Netanyahu", "Israeli government"},
		{"a surname alone", "A car bomb killed ten people at a market in Foo on Monday, Governor Roe told reporters.",
			"killed", 10, "Governor Roe", "governor"},
		{"no name: the post", "A car bomb killed ten people at a market in Foo on Monday, the prime minister said.",
			"killed", 10, "prime minister", "government"},
		{"no title: the post in lower case", "A car bomb killed ten people at a market in Foo on Monday, the governor said.",
			"killed", 10, "governor", ""},
	})
}
