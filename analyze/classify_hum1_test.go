package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestHumanitarianDealAid checks a truce's or a deal's aid terms told past
// the lead (dealAid; issue 14, h-hum1): the class of cf2 fit
// cf2-e35536fc97 (a cabinet approves a deal whose listed terms include the
// entry of aid), cf3 fit cf3-b5d10d2ccc (aid trucks short of what the
// agreement obliges) and cf3-f6cd96d0b7 (a ceasefire asked for to restore
// the flow of aid), told here in invented words. The first three have no
// humanitarian before the rule (the test fails on main 74fccb4b). The
// guards keep none: an aid body named beside the truce's end (cf3 fit
// cf3-b701b5d38a's Oxfam), an evacuation deal told in the body (FA-KES dev
// fakes-096, labelled without humanitarian), and aid beside a truce in an
// article the rules give neither talks nor ceasefire.
func TestHumanitarianDealAid(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              bool
	}{
		{"a deal's listed terms", "Foo cabinet approves ceasefire deal with Bar",
			"The cabinet of Foo approved on Friday a ceasefire and hostage release agreement with the Bar movement after negotiations mediated by Baz. " +
				"The ceasefire will take effect within 24 hours of the approval, the prime minister's office said. " +
				"Under the agreement, Bar will release all living hostages within 72 hours. " +
				"Foo will free 250 prisoners serving life sentences. " +
				"The main terms of the agreement are as follows. " +
				"- Withdrawal: Foo's troops will pull back to an agreed line. " +
				"- Humanitarian Aid: The deal will ensure the immediate, unimpeded entry of humanitarian supplies into the enclave, with five border crossings set to reopen. " +
				"Mediators said they would monitor its implementation.", true},
		{"aid trucks short of what the agreement obliges", "Foo intensifies strikes despite ceasefire",
			"Foo's forces intensified strikes on the southern city on Tuesday despite the ceasefire in force since October, residents said. " +
				"Artillery shells hit the eastern districts, witnesses said. " +
				"The Bar movement accused Foo of violating the ceasefire. " +
				"Foo's army said it had struck militants who crossed the line. " +
				"The local media office said the strikes killed three people. " +
				"Regarding the flow of humanitarian assistance, the media office noted that an average of 226 aid trucks entered daily, falling short of the minimum 600 trucks that Foo is obligated to permit under the agreement.", true},
		{"a ceasefire asked for to restore aid", "Bar rebels offer truce via UN",
			"The Bar rebels have offered a ceasefire through the United Nations, two weeks after fighting resumed, their spokesman said on Friday. " +
				"The rebels said they were ready to observe a truce. " +
				"The government of Foo has not responded to the offer. " +
				"Fighting resumed in August after months of calm. " +
				"The government offered the rebels peace if they disarmed, but instead the rebels asked the UN to enforce a ceasefire in order to restore the delivery of humanitarian aid to civilians in the region.", true},
		{"an aid body named beside the truce's end", "Clashes resume in Foo after truce expires",
			"Clashes erupted between government forces and rebels in Foo on Monday, after a nationwide ceasefire expired. " +
				"The rebels rejected a UN proposal for a truce extension. " +
				"The UN envoy said he regretted that no agreement had been reached. " +
				"Fighting was reported on three fronts. " +
				"Aid organization Oxfam said the end of the truce is terrible news.", false},
		{"an evacuation deal told in the body", "Air strikes kill 20 in Foo as talks go on",
			"Air strikes killed 20 people in the rebel-held town on Sunday, a monitor said, as envoys met in Baz for peace talks. " +
				"The talks between the government and the rebels resumed on Saturday. " +
				"The strikes hit a market and a school, the monitor said. " +
				"Rebels shelled government positions in reply. " +
				"Meanwhile a deal was reached for the evacuation of rebel fighters and their families from the suburb to the north.", false},
		{"aid beside a truce, no talks or ceasefire given", "Bomb kills 12 in Foo market",
			"A car bomb killed 12 people in a crowded market of the northern city on Monday, police said. " +
				"Dozens were wounded in the blast, which no group claimed. " +
				"The city had been calm for weeks. " +
				"Police sealed off the area. " +
				"Aid convoys have reached the city since the truce of last year.", false},
	} {
		an := classifyText(c.title, c.text)
		wantCategory(t, c.name, an, news.Humanitarian, c.want)
	}
}
