package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusTruceBid keeps the classes of round h-status4 (issue 14). A truce
// named as the object of a bid — "ceasefire talks", "a truce attempt", "a
// ceasefire bid" — is a truce sought, not one in force, and the bid's
// failure or end is no collapse of a truce (fit errors of the truce set, AG
// News World and the fitted short reports, told here in invented words).
// An end still to come (round h-status5's class of the fignews fit half) is
// told with "as soon as" too, as the truce set's fit half has it: the truce
// is in force until it ends, and a start told so is not in force yet.
func TestStatusTruceBid(t *testing.T) {
	checkStates(t, []stateCase{
		{"truce talks beside a hope of calm", "",
			"The transitional council is holding truce talks with clan elders in a bid to bring calm to the southern districts before the spring vote.",
			news.CeasefireProposed},
		{"a failed truce attempt is no collapse", "",
			"Norway's truce attempt failed, is a wider war in the Sahel now certain?",
			news.CeasefireProposed},
		{"a ceasefire bid that collapsed", "",
			"A French ceasefire bid for the border region collapsed on Thursday when neither delegation turned up.",
			news.CeasefireProposed},
		{"truce talks that ended without a deal", "",
			"The truce negotiations in Nairobi ended on Friday without a deal.",
			news.CeasefireProposed},
		{"a truce in force beside talks on a lasting one stays in force", "",
			"The truce in Foo has held since Monday, and ceasefire talks on a lasting deal opened in Geneva on Friday.",
			news.CeasefireInEffect},
		{"a truce that failed is still a collapse", "",
			"The truce in Foo failed within a week and fighting resumed across the province.",
			news.CeasefireCollapsed},
		{"an attack vowed as soon as the truce ends", "",
			"Breaking | Army commander: \"We will resume the offensive in Foo to free the captives as soon as the current pause ends.\"",
			news.CeasefireInEffect},
		{"a start as soon as it comes into effect is still to come", "",
			"Aid convoys will move into Foo as soon as the truce comes into effect, the agency said.",
			news.CeasefireProposed},
	})
}
