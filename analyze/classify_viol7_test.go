package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules of round h-viol7 (issue 14: violence on agency reports, the sealed
// set's weakest category), each checked on invented reports.

// TestViolenceDrivingNeeds: violence named as what worsens the needs, the
// access or the displacement an agency's report counts ("attacks by armed
// groups continue to deepen humanitarian needs", "armed group activity and
// roadside bombs have made access harder") is the report's background, as
// violence after "due to" is. An attack that kills, or one dated to its
// day, is news whatever it drives.
func TestViolenceDrivingNeeds(t *testing.T) {
	checkEvidence(t, fViolence, chronicCap, []evidenceCase{
		{"Worsening insecurity, including attacks by armed groups on villages and roads in the east, continues to exacerbate humanitarian needs and generate new displacement.", false},
		{"Armed group activity, military operations and roadside bombs have all made humanitarian access more difficult in the northern districts.", false},
		{"Fighting between the army and the militia continues to hamper the delivery of assistance in the valley.", false},
		{"Attacks by armed groups on three villages killed 14 people and continue to exacerbate humanitarian needs.", true},
		{"On 3 May, shelling of the market disrupted food distributions in the town.", true},
		{"The army shelled the town, disrupting services and cutting off access.", true},
	})
	checkCategory(t, []categoryCase{
		{"needs driven by attacks", "Country situation, key figures",
			"Some 4.1 million people will need humanitarian assistance this year. " +
				"Worsening insecurity, including attacks by armed groups on villages and roads in the east, continues to exacerbate humanitarian needs and generate new displacement. " +
				"Nearly 900,000 people are internally displaced, the authorities report.", false},
		{"an attack that killed", "Country situation, key figures",
			"Some 4.1 million people will need humanitarian assistance this year. " +
				"On 2 March, armed men attacked three villages in the east, killing 14 civilians and burning the market. " +
				"Nearly 900,000 people are internally displaced, the authorities report.", true},
	}, news.Violence)
}

// TestViolenceAsSpanBefore: the months or years of a war before the news,
// named after the news in an "after ... of" phrase ("needs remain vast
// after 14 months of constant bombardment", "the return comes after months
// of cross-border fire"), are its background, not an attack reported. A
// sentence that opens with the span ("After weeks of fighting, the army
// took the town") or tells an attack before it reports the attack.
func TestViolenceAsSpanBefore(t *testing.T) {
	checkEvidence(t, fViolence, chronicCap, []evidenceCase{
		{"Aid trucks kept arriving in the city on Tuesday while agencies warned that needs remain vast after 14 months of constant bombardment.", false},
		{"The return of the displaced comes after months of low-level exchanges of fire across the border that grew into open war in the autumn.", false},
		{"After months of fighting, the army captured the town.", true},
		{"The army captured the town after months of fighting.", true},
	})
	checkCategory(t, []categoryCase{
		{"needs after months of bombardment", "Aid keeps reaching the city as truce holds",
			"Aid trucks kept arriving in the city on Tuesday while agencies warned that needs remain vast after 14 months of constant bombardment. " +
				"Some 600 trucks a day have entered since the truce began, the agency said.", false},
		{"a capture after months of fighting", "Army takes the town",
			"The army captured the town after months of fighting, killing 20 militants on Sunday. " +
				"Some 600 families fled to the hills, the agency said.", true},
	}, news.Violence)
}
