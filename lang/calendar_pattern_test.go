package lang

import "testing"

// TestMonthPatterns pins the month alternations ask's date rewriting reads
// (round h-ask58's dates): the short names only, longest first, and the full
// names capitalised.
func TestMonthPatterns(t *testing.T) {
	if got, want := ShortMonthPattern(), "sept|apr|aug|dec|feb|jan|jul|jun|mar|nov|oct|sep"; got != want {
		t.Errorf("ShortMonthPattern() = %q, want %q", got, want)
	}
	if got, want := FullMonthPattern(), "September|December|February|November|January|October|August|April|March|July|June|May"; got != want {
		t.Errorf("FullMonthPattern() = %q, want %q", got, want)
	}
}
