package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

func TestLeansBack(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The purpose of these moves is to provoke a new round of air raids.", true},
		{"We condemn such reckless steps the ministry said.", true},
		{"This move follows the shelling of the port on Sunday.", true},
		{"This is the first attack on the port since 2015.", false},
		{"This week the army shelled the eastern districts.", false},
		{"This morning three mortar rounds hit the market.", false},
		{"Aid groups such as the Red Crescent sent trucks.", false},
		{"Rebels shelled the old town on Monday a monitor said.", false},
	}
	for _, tt := range tests {
		if got := leansBack(lang.Words(lang.Lower(tt.s))); got != tt.want {
			t.Errorf("leansBack(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestLeansBackToBody: a sentence whose opening points back to a body
// named before ("a volunteer with the group") does not stand on its own
// (issue 13, 2016 window); nor does one that points back by a
// demonstrative; a closing sayer ("the group added") points back too when
// the sentence names no body. Invented sentences.
func TestLeansBackToBody(t *testing.T) {
	for _, tt := range []struct {
		s     string
		leans bool
		body  string
	}{
		{"John Roe a volunteer with the group said residents could not flee the shelling.", true, "group"},
		{"A spokeswoman for the organisation, Jane Roe, said the clinic was hit twice.", true, "organisation"},
		{"The head of the monitor said the toll would rise.", true, "monitor"},
		{"A spokesman for the agency said two of its warehouses had burned.", true, "agency"},
		{"The purpose of these moves is to provoke a new round of air raids.", true, ""},
		{"Air strikes killed 30 civilians in the east of the city, a monitor said.", false, ""},
		{"John Roe of the group Foo Lawyers said 12 detainees had died.", false, ""},
		{"The group said its fighters had withdrawn from the town on Sunday.", false, ""},
		{"Members of the armed forces entered the town after a long siege by the rebels of the group.", false, ""},
		{"The UN refugee agency said 3,000 people had crossed the border.", false, ""},
		{"The clinic in the village was levelled and more dead were feared under the rubble the group added.", false, "group"},
		{"Two nurses of the Foo Medical Union were in the ambulance when it was hit the group said on Tuesday.", false, ""},
		{"The convoy reached the town on Sunday and unloaded food for 5,000 people the agency said.", false, "agency"},
	} {
		if got := LeansBack(tt.s); got != tt.leans {
			t.Errorf("LeansBack(%q) = %v, want %v", tt.s, got, tt.leans)
		}
		if got := BodyBack(tt.s); got != tt.body {
			t.Errorf("BodyBack(%q) = %q, want %q", tt.s, got, tt.body)
		}
	}
}

// TestSummaryKeepsAntecedent: a sentence that points back at the one before
// it enters a summary only with it.
func TestSummaryKeepsAntecedent(t *testing.T) {
	text := "The defence ministry of Ruritania cautioned on Monday against new air raids on the northern valley a spokesman told reporters. " +
		"Armed groups are moving rockets into three villages of the valley the ministry said. " +
		"The purpose of these moves is to provoke new air raids on the valley and to blame the army for them. " +
		"The ministry demanded an inquiry into last week's shelling of the valley's main market."
	an := Analyze(&news.Article{Title: "Ruritania cautions against new air raids", Text: text})
	if strings.Contains(an.Summary, "these moves") && !strings.Contains(an.Summary, "Armed groups are moving rockets") {
		t.Errorf("summary %q has a sentence that points back without the one it points at", an.Summary)
	}
}

// TestWarnedAgainstIsNoAttack: strikes warned against, or sought a pretext
// for, are violence feared (fHypo at its full weight), not reported.
func TestWarnedAgainstIsNoAttack(t *testing.T) {
	for _, s := range []string{
		"The ministry warns against new missile strikes on the capital.",
		"The aim is to create a pretext for new air strikes on the city.",
	} {
		ws := lang.Words(lang.Lower(s))
		sc := newScored(s, ws, nil, 1, 2020)
		if sc.w[fHypo] < 1 {
			t.Errorf("%q: hypothetical = %.2f, want 1", s, sc.w[fHypo])
		}
	}
	ws := lang.Words(lang.Lower("Air strikes hit the market on Monday, killing 12, a monitor said."))
	if sc := newScored("", ws, nil, 1, 2020); sc.w[fHypo] != 0 {
		t.Errorf("a strike reported: hypothetical = %.2f, want 0", sc.w[fHypo])
	}
}
