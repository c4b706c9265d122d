package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// writtenCase is a text, a figure of it and the originator and key its
// source is written as, exactly (not through CanonicalOriginator).
type writtenCase struct {
	name, text string
	kind       string
	value      int64
	orig, key  string
}

func runWrittenCases(t *testing.T, cases []writtenCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			f := findFigure(Analyze(&news.Article{Text: tt.text}).Facts, tt.kind, tt.value)
			if f == nil {
				t.Fatalf("no %s figure of %d", tt.kind, tt.value)
			}
			if f.Originator != tt.orig || f.OriginatorKey != tt.key {
				t.Errorf("originator %q key %q, want %q key %q", f.Originator, f.OriginatorKey, tt.orig, tt.key)
			}
		})
	}
}

// TestOneSourceOrig8: a source the text names in the singular ("an
// official said", "a medical source said") is one source, and a reader
// citing the count cites one: it is written so, its key the table's plural
// name; the plural stays the table's name. Invented texts (issue 10, round
// h-orig8; eval/named's fit half: "an official", "a local official", "a
// medical source", both readings).
func TestOneSourceOrig8(t *testing.T) {
	runWrittenCases(t, []writtenCase{
		{"an official", "A bomb near a checkpoint outside Foo killed three guards on Monday, an official said.",
			"killed", 3, "official", "officials"},
		{"a medical source", "At least nine people were wounded when shells hit a market in Bar, a medical source said.",
			"injured", 9, "medical source", "medical sources"},
		{"officials stay the table's name", "A bomb near a checkpoint outside Foo killed three guards on Monday, officials said.",
			"killed", 3, "officials", ""},
	})
}

// TestForcesAsWrittenOrig8: a state's forces that the table names ("Israeli
// military", "US-led coalition") are written as the text names them, its
// article dropped ("the Israel Defence Forces", "the Israeli army", "U.S.
// Central Command"), their key the table's name; an acronym stays the
// table's name. Invented texts (issue 10, round h-orig8; eval/named's fit
// half, both readings: 3f81a4e49a, 83cda55558, 2d79ea886d).
func TestForcesAsWrittenOrig8(t *testing.T) {
	runWrittenCases(t, []writtenCase{
		{"a force's own name", "Two soldiers were killed near the fence on Sunday, the Israel Defence Forces said.",
			"killed", 2, "Israel Defence Forces", "Israeli military"},
		{"the army of a state's adjective", "The Israeli army said six soldiers were wounded in a clash in the south.",
			"injured", 6, "Israeli army", "Israeli military"},
		{"a command with initials", "Two sailors were killed in a missile strike on a tanker off Foo, according to U.S. Central Command.",
			"killed", 2, "U.S. Central Command", "US-led coalition"},
		{"an acronym stays the table's name", "Two soldiers were killed near the fence on Sunday, the IDF said.",
			"killed", 2, "Israeli military", ""},
		{"a possessive that lost its apostrophe is the table's name", "Two soldiers were killed near the fence on Sunday, Israels military said.",
			"killed", 2, "Israeli military", ""},
	})
}
