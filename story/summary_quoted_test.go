package story

import (
	"strings"
	"testing"
	"time"
)

// TestSummaryQuoteRepeatsTheLeadToll: a governor's quoted words that give
// again the counts the lead gives ("five people were killed in the attack
// and seven others injured") tell the fact twice, whichever count the
// report's analysis took as its main toll, and a TV channel named after a
// town ("Al Mayadeen TV") is no place the quote adds: the summary's second
// sentence is another report's word of what happened (the missiles
// launched at the airfield), not the counts again (window 0403, the US
// strike item).
func TestSummaryQuoteRepeatsTheLeadToll(t *testing.T) {
	lead := "A missile strike on a military airfield in Syria near Homs killed five people and injured seven Governor Tarik Nasri said Friday. " +
		"\"According to first data five people were killed in the attack and seven others injured\" Nasri was quoted as saying by Al Mayadeen TV channel."
	other := "The Freedonian navy launched 40 cruise missiles at the Syrian military airfield in Shayrat near Homs late Thursday. " +
		"Officials in the capital called the strike an aggression."
	ms := []Member{
		member(1, "sputnik", "Missile strike on airfield kills five, injures seven - governor", lead, t0, killedWith(4, "four children")),
		member(2, "alaraby", "Syrian airbase struck by missiles", other, t0.Add(time.Hour), killedWith(6, "six")),
	}
	s := Build(ms).Summary
	if strings.Contains(s, "According to first data") {
		t.Errorf("summary retells the lead's counts in the governor's quote:\n%s", s)
	}
	if !strings.Contains(s, "launched 40 cruise missiles") {
		t.Errorf("summary lacks what was launched at the airfield:\n%s", s)
	}
	if got := placeNames("Nasri was quoted as saying by Al Mayadeen TV channel in Homs."); len(got) != 1 || got[0] != "Homs" {
		t.Errorf("placeNames = %q, want only Homs (Al Mayadeen TV is a channel)", got)
	}
	for _, tt := range []struct {
		c, d string
		want bool
	}{
		{"\"Five were killed and seven injured\" the governor told a channel.", "A strike killed five people and injured seven the governor said.", true},
		{"\"Five were killed\" the governor said.", "A strike killed five people the governor said.", false},                                  // one count: sameToll's to judge
		{"\"Five were killed and 12 injured\" the governor said.", "A strike killed five people and injured seven the governor said.", false}, // a count of its own
		{"\"Five were killed and seven injured in Palmyra\" he said.", "A strike near Homs killed five people and injured seven.", false},     // a place of its own
		{"Five were killed and seven injured the governor said.", "A strike killed five people and injured seven the governor said.", false},  // no quote
	} {
		if got := quotedRecount(candidate{text: tt.c}, candidate{text: tt.d}); got != tt.want {
			t.Errorf("quotedRecount(%q, %q) = %v, want %v", tt.c, tt.d, got, tt.want)
		}
	}
}
