package analyze

import (
	"testing"
)

// Rules of round h-talks15 (issue 14: agreements and negotiations in other
// wars), each checked on invented sentences.

// TestTalksOnWarStrife: a lead sentence that holds the classifier's
// decisive talks ("an urgent meeting to discuss") about a war's strife
// (a standoff, a crisis, the fighting) at a place of that war, named in
// the sentence's own words (not only its dateline), is the war's
// diplomacy, though none of the gate's own diplomacy words stands there.
// Talks that name no strife (a state's reconciliation with its neighbours,
// a deployment under an agreement with the UN), a place only in the
// dateline, or another business's talks stay out.
func TestTalksOnWarStrife(t *testing.T) {
	checkTalks(t, []talksCase{
		{"an urgent meeting on a standoff", "", "The Jordanian king on Monday urged Arab states to hold an urgent meeting to discuss the catastrophe in Yemen, particularly the standoff in the port of Hodeidah.", true},
		{"a meeting on a crisis", "", "Egypt's president asked Arab states to convene an urgent meeting to discuss the crisis in Darfur.", true},
		{"an exodus as leaders seek to end the crisis", "", "GOMA, Congo -- The exodus of families from Goma went on yesterday as regional leaders prepared to seek ways to end the crisis in eastern Congo.", true},
		// what must stay out
		{"a meeting only datelined at a war's place", "", "KABUL (Reuters) - Japan and Russia will hold an urgent meeting next month to discuss the crisis over four islands in the Pacific.", false},
		{"a dateline with a month", "", "Astana - Moscow, November 17 KAZINFORM - The two foreign ministers will hold an urgent meeting to discuss the islands crisis.", false},
		{"reconciliation with other states", "", "Meeting European leaders in Brussels, Iraq's prime minister called for reconciliation with the nations that opposed the invasion of Iraq.", false},
		{"a deployment under an agreement", "", "The government said it had sent 2,000 more policemen to Darfur under an agreement with the United Nations.", false},
	})
}

// TestStrifeTalksCue: the gate's reading of talks on a war's strife
// (strifeTalksCue) leaves out aid's own deals, whose place and crisis
// other evidence of the gate weighs.
func TestStrifeTalksCue(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Arab states will hold an urgent meeting to discuss the standoff in Najaf.", true},
		{"The UN and the government signed an agreement on humanitarian access to end the crisis in the camps of Darfur.", false},
		{"NAJAF (Reuters) - Arab states will hold an urgent meeting to discuss the standoff.", false},
	} {
		if got := strifeTalksCue(newDoc("", c.text)); got != c.want {
			t.Errorf("%q: strifeTalksCue %v, want %v", c.text, got, c.want)
		}
	}
}
