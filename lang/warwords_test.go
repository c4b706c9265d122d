package lang

import "testing"

func TestWarWords(t *testing.T) {
	sameWords(t, "WarName", WarWords(WarName), "war conflict uprising crisis revolution revolt insurgency unrest fighting")
	sameWords(t, "WholeWar", WarWords(WholeWar), "war wars invasion revolution uprising insurgency")
	sameWords(t, "WarScope", WarWords(WarScope), "war conflict insurgency uprising revolution")
	sameWords(t, "ConflictName", WarWords(ConflictName), "conflict hostilities clashes fighting")
	sameWords(t, "EventNoun", WarWords(EventNoun), "attack attacks strike strikes airstrike bombing bombings massacre assault raid raids offensive blast explosion shelling")
	sameWords(t, "PastEvent", WarWords(PastEvent), "killing killings clashes fighting violence incident incidents")
	sameWords(t, "FollowedEvent", WarWords(FollowedEvent), "attack attacks strike strikes airstrike bombing bombings massacre assault raid raids blast blasts explosion shelling killings siege ambush")
	sameWords(t, "ChargeWord", WarWords(ChargeWord), "charged charges convicted sentenced jailed arrested arrests arrest indicted questioning questioned suspects detained extradited extradition")
	sameWords(t, "InquiryWord", WarWords(InquiryWord), "investigation investigations investigating inquiry probe probing trial verdict involvement anniversary")
	sameWords(t, "ViolenceWord", WarWords(ViolenceWord), "fighting clashes battle battles violence deadly killings bloodshed raided stormed shelled bombed attacked pounded fired clashed battled incursion operation")
	sameWords(t, "StrikeVerb", WarWords(StrikeVerb), "strike strikes struck bomb bombs hit hits pound pounds shell shells raid raids attack attacks launch launches launched")
	sameWords(t, "BeganWord", WarWords(BeganWord), "began started erupted broke escalated")
	sameWords(t, "StartWord", WarWords(StartWord), "began begun started launched since erupted")
}
