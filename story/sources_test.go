package story

import (
	"slices"
	"testing"
)

// TestSourcesIntroduced: sources a summary gives as a sayer by "the"
// before any sentence of it speaks of sources are introduced ("military
// sources said"); once named, "the sources" points back rightly (issue 13,
// text audit "dangling": an opening quote closed by "the military sources
// said"). Invented sentences.
func TestSourcesIntroduced(t *testing.T) {
	for _, tt := range []struct{ in, want []string }{
		{[]string{"\"The army inflicted heavy losses on the militants in the farms\" the military sources said.", "The troops took two hills."},
			[]string{"\"The army inflicted heavy losses on the militants in the farms\" military sources said.", "The troops took two hills."}},
		{[]string{"The local sources said six shells hit the market.", "Two children were hurt."},
			[]string{"Local sources said six shells hit the market.", "Two children were hurt."}},
		{[]string{"Medical sources in Velm said nine people died.", "The sources said the toll may rise."},
			[]string{"Medical sources in Velm said nine people died.", "The sources said the toll may rise."}},
		{[]string{"Rockets hit the market on Friday.", "The town's water sources were cut."},
			[]string{"Rockets hit the market on Friday.", "The town's water sources were cut."}},
		{[]string{"The rebels lost the sources of their supplies said to come from the north."},
			[]string{"The rebels lost the sources of their supplies said to come from the north."}},
	} {
		got := slices.Clone(tt.in)
		sourcesIntroduced(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("sourcesIntroduced(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
