package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Issue 14 (cf2 and cf3 fit, twenty-first session, h-hum3): aid that a
// truce or deal lets in, or that came under it, told in a paragraph past a
// ceasefire story's lead, is the labelling guide's deal that lets aid
// through (talks + humanitarian); a truce named "humanitarian" with no aid
// told is not (invented articles).
func TestTruceAid(t *testing.T) {
	lead := "Government and rebel commanders signed a ceasefire in the lakeside town of Mbeza on Tuesday after four days of talks hosted by the regional bloc.\n\n" +
		"The accord takes effect at dawn on Thursday, the mediators said.\n\n" +
		"Both delegations thanked the hosts and promised to meet again next month.\n\n" +
		"The rebel spokesman told reporters the movement would honour its word.\n\n" +
		"The army chief said his units had already been told of the accord.\n\n"
	cases := []struct {
		name, tail string
		want       bool
	}{
		{"term", "Under the agreement, aid convoys will be allowed to enter the northern districts without checks for the first time in a year.", true},
		{"under the truce", "Since the truce began, some 140 aid trucks have entered the northern districts each day, short of the 300 the deal promises.", true},
		{"called for", "Last year the council's members called for a truce and for aid to the besieged villages of the north.", false},
		{"named only", "The mediators called the accord a humanitarian truce and said it would be reviewed in a month.", false},
	}
	for _, c := range cases {
		a := news.Article{Title: "Rivals sign ceasefire in Mbeza", Text: lead + c.tail}
		an := Analyze(&a)
		if got := an.Has(news.Humanitarian); got != c.want {
			t.Errorf("%s: humanitarian %v, want %v (categories %v, scores %v)", c.name, got, c.want, an.Categories, an.Scores)
		}
	}
}
