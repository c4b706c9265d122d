package analyze

import "testing"

// TestPageLinesOrig11: a page's headline line takes its source, or the
// name its source is written as, from the lead below a photo's caption or
// credit, not from that line. Two texts shortened from eval/named's fit
// half (47d8ed510d, iraqinews.com, "Iraqi troops kill eight Islamic State
// suicide bombers in Kirkuk"; 0f179b5a34, IFP News, CC BY 4.0, "Israel
// confirms five soldiers killed in Gaza"; both readings: "security
// sources", "Israel's military"), the rest invented (issue 10, round
// h-orig11).
func TestPageLinesOrig11(t *testing.T) {
	runWrittenCases(t, []writtenCase{
		{"a caption between headline and lead (47d8ed510d)", "Iraqi troops kill eight Islamic State suicide bombers in Kirkuk\n\n" +
			"A picture shows Islamic State military doing a military exercise\n\n" +
			"Baghdad ( – Iraqi troops killed on Thursday eight Islamic State suicide bombers during a security operation in " +
			"Kirkuk, security sources were quoted as saying.",
			"killed", 8, "security sources", "officials"},
		{"a credit between headline and lead (0f179b5a34)", "Israel confirms five soldiers killed in Gaza\n\nIsrael Army\n\n" +
			"Five Israeli soldiers were killed in combat in the northern Gaza Strip, Israel's military announced on Tuesday.",
			"killed", 5, "Israel's military", "Israeli military"},
		{"a lead that names no source lends none", "Troops kill eight militants in Foo\n\nA picture shows troops on patrol\n\n" +
			"Troops attacked a hideout near Foo on Thursday in an operation that lasted hours.",
			"killed", 8, "", ""},
		{"a line that attributes is no caption: its source, as before", "Troops kill eight militants in Foo\n\n" +
			"Officials say the raid was planned for weeks\n\nTroops attacked a hideout near Foo on Thursday, security sources said.",
			"killed", 8, "officials", ""},
	})
}
