package analyze

import (
	"fmt"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestCountedNotWrittenNamed6: the people a number counts ("killed five Foo
// security officials") are not where the text names the count's source,
// even when they share its table entry ("regional authorities said"): the
// source is written as its attribution writes it. Invented texts (issue 10,
// round h-orig6; eval/named's fit half).
func TestCountedNotWrittenNamed6(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"the counted with a state's adjectives between", "",
			"A roadside bomb killed four Foo Barian security officials near Baz on Monday, provincial authorities said.",
			"killed", 4, "authorities", true},
		{"the counted right after the number", "",
			"At least 12 security officials were killed in an attack on a checkpoint in Foo province on Friday, " +
				"regional authorities said.",
			"killed", 12, "authorities", true},
		{"a source counted by its number stays the source", "",
			"Two security officials said nine militants were killed in the raid on Baz.",
			"killed", 9, "security officials", true},
	})
}

// TestListedFirstNamed6: sources listed under one attribution word give the
// first named, also when the table does not know it: a name as written
// ("according to Foonet and the army"), a state's office described with
// its seat ("the Danish embassy in Bar and the Foo government said").
// Invented texts (issue 10, round h-orig6; eval/named's fit half).
func TestListedFirstNamed6(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a name as written before the table's", "",
			"Six soldiers were wounded in the blast near the border, according to Foonet and the army.",
			"injured", 6, "Foonet", false},
		{"an embassy and its seat before the table's", "",
			"Two sailors were killed when a missile hit the tanker off Bar on Tuesday, the Danish embassy in Baz " +
				"and the Foo government said on Wednesday.",
			"killed", 2, "Danish embassy in Baz", false},
		{"the table's name first stays first", "",
			"Six soldiers were wounded in the blast near the border, according to the UN and the army.",
			"injured", 6, "UN", false},
	})
}

// TestLabelSpellingsNamed6: the originator table holds the spellings news
// readers write of a body the analysis names by its table name, so that
// the scorers' table line (eval/sealed/originator.py reads the table's
// aliases) counts one body as one: an apostrophe of either shape, a place's
// possessive and "agency" with the civil defence, a source's article.
// A table fix (issue 10, round h-orig6; eval/named's fit half), names as
// the labels write them.
func TestLabelSpellingsNamed6(t *testing.T) {
	for _, tt := range []struct{ text, name string }{
		{"Yemen's Houthis", "Houthis"},
		{"Yemen’s Houthis", "Houthis"},
		{"Gaza's civil defense agency", "civil defence"},
		{"Gaza's civil defence agency", "civil defence"},
		{"a medical source", "medical sources"},
	} {
		ms := origs.find(tt.text, ftokens(tt.text))
		if len(ms) != 1 || ms[0].start != 0 || ms[0].end != len(ftokens(tt.text)) || origs.list[ms[0].id].name != tt.name {
			got := ""
			for _, m := range ms {
				got += fmt.Sprintf(" %s[%d:%d]", origs.list[m.id].name, m.start, m.end)
			}
			t.Errorf("%q: matches%s, want all of it as %s", tt.text, got, tt.name)
		}
	}
}

// TestAttributionWrittenNamed6: a generic source is written as the words
// that attribute the count write it, not as a name of the same kind nearer
// the number that tells of those the count is about ("... says Kenyan
// police were overwhelmed"). The originator as written is compared (the
// table's name of both is "police"). Invented texts (issue 10, round
// h-orig6; eval/named's fit half).
func TestAttributionWrittenNamed6(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"the attribution's words, not the story's",
			"A national police spokesman says Kenyan police were overwhelmed by gang attacks across the capital " +
				"in which four officers were killed.", "police"},
		{"the story's words when they attribute",
			"Kenyan police said four officers were killed in gang attacks across the capital.", "Kenyan police"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := findFigure(Analyze(&news.Article{Text: tt.text}).Facts, "killed", 4)
			if f == nil {
				t.Fatal("no killed figure of 4")
			}
			if f.Originator != tt.want {
				t.Errorf("originator %q, want %q", f.Originator, tt.want)
			}
		})
	}
}
