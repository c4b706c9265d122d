package story

import (
	"slices"
	"testing"
)

// Invented sentences: a standing state of repeated acts gives the lead to
// the day's event after it; a lead that tells the event, or a second
// sentence that points back, keeps its place.
func TestNewsBeforeStanding(t *testing.T) {
	c := func(s string, pos int) candidate { return candidate{text: s, member: 0, pos: pos} }
	for _, tc := range []struct {
		in   []string
		want []string
	}{
		{[]string{"Armed groups in Velm have repeatedly breached the truce since it took effect in March the agency reported.",
			"Three civilians were killed when shells hit a market in Velm on Monday local sources said."},
			[]string{"Three civilians were killed when shells hit a market in Velm on Monday local sources said.",
				"Armed groups in Velm have repeatedly breached the truce since it took effect in March the agency reported."}},
		{[]string{"The road has been frequently shelled by the army a monitor said.",
			"Two drivers were wounded on Sunday when a shell hit their lorry near Karn."},
			[]string{"Two drivers were wounded on Sunday when a shell hit their lorry near Karn.",
				"The road has been frequently shelled by the army a monitor said."}},
		// the lead tells the event: kept
		{[]string{"Three civilians were killed when shells hit a market in Velm on Monday.",
			"Armed groups have repeatedly breached the truce since March."},
			[]string{"Three civilians were killed when shells hit a market in Velm on Monday.",
				"Armed groups have repeatedly breached the truce since March."}},
		// the second points back: kept
		{[]string{"Armed groups have repeatedly breached the truce since March.",
			"Among the dead in the blast were two children."},
			[]string{"Armed groups have repeatedly breached the truce since March.",
				"Among the dead in the blast were two children."}},
		// a state of one act counts no repeats: kept
		{[]string{"Armed groups have breached the truce the agency said.",
			"Three civilians were killed in Velm on Monday."},
			[]string{"Armed groups have breached the truce the agency said.",
				"Three civilians were killed in Velm on Monday."}},
	} {
		var in []candidate
		for i, s := range tc.in {
			in = append(in, c(s, i+1))
		}
		var got []string
		for _, o := range newsBeforeStanding(in) {
			got = append(got, o.text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("newsBeforeStanding(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
