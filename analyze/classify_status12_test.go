package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusWelcomed keeps the class of issue 14's round h-status9
// (twenty-ninth session): a third party that welcomes a truce or an
// agreement tells the truce the parties agreed, not one sought
// (welcomesTruce). Fit items: rwp11's fit half, rwp11-4bf7c28a5e and
// rwp11-5bdab9e4bf (the UN Secretary-General on the Gaza ceasefire and
// hostage deal of October 2025; first reading in effect, read proposed
// before). Both cases of the fit items fail on main; the guards pass on both.
func TestStatusWelcomed(t *testing.T) {
	checkStates(t, []stateCase{
		// rwp11-4bf7c28a5e (UN News / ReliefWeb), its first four sentences.
		{"the announcement of an agreement welcomed", "",
			"UN Secretary-General Antonio Guterres has welcomed the announcement of an agreement to secure a ceasefire and hostage release in the Gaza Strip and vowed the full support of the United Nations in ending the bloodshed in the region and restoring vital humanitarian aid to the people of Gaza.\n" +
				"\"We have all waited far too long for this moment, now we must make it truly count. I urge all parties to fully abide by the terms of the agreement and to fully embrace the opportunities it presents. " +
				"All hostages must be released in a dignified manner, a permanent ceasefire must be secured, the bloodshed must stop once and for all, and the United Nations will provide its full support,\" he said at the UN headquarters in New York on Thursday.",
			news.CeasefireInEffect},
		// rwp11-5bdab9e4bf (Anadolu / ReliefWeb), its headline lines and
		// first two sentences.
		{"a ceasefire and deal welcomed", "",
			"UN chief welcomes Gaza ceasefire, hostage deal\n'I urge all concerned to abide fully by the terms of the agreement,' says Antonio Guterres\n\n" +
				"WASHINGTON\nUN Secretary-General Antonio Guterres on Wednesday welcomed the announcement of a ceasefire and hostage-release agreement in the Gaza Strip.\n" +
				"\"I welcome the announcement of an agreement to secure a ceasefire & hostage release in Gaza, based on the proposal put forward by @POTUS,\" Guterres said on the US social media company X's platform.",
			news.CeasefireInEffect},
		// guards: what is welcomed is a plan, a proposal or talks, or the
		// welcome is to come; the truce stays sought (pass on main too).
		{"a plan welcomed", "",
			"Foo welcomed the plan on Sunday and called for comprehensive monitoring of a future truce along the border.",
			news.CeasefireProposed},
		{"a truce proposal welcomed", "",
			"The Foo government welcomed the ceasefire proposal put forward by the UN envoy on Monday.",
			news.CeasefireProposed},
		{"a welcome to come", "",
			"The UN called for an immediate ceasefire in Bar but said it would welcome a pause in fighting to get more aid in.",
			news.CeasefireProposed},
	})
}

// TestWelcomesTruce holds welcomesTruce's reach: the object is a truce or
// an agreement within welcomeReach words, before a plan, a bid or a
// clause's turn.
func TestWelcomesTruce(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"un chief welcomes gaza ceasefire, hostage deal", true},
		{"guterres has welcomed the announcement of an agreement to secure a ceasefire", true},
		{"erdogan welcomed pkk's ceasefire declaration", true},
		{"iran welcomed the plan and called for monitoring of the truce", false},
		{"the government welcomed the ceasefire proposal", false},
		{"the envoy welcomed the truce talks", false},
		{"the commission welcomes yesterday's announcement made at the high level forum of a cessation of hostilities agreement", false},
		{"sassou nguesso welcomed the outcome", false},
	} {
		if got := welcomesTruce(lang.Words(tc.text)); got != tc.want {
			t.Errorf("welcomesTruce(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
