package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestDiscussesRemedy checks the discussions whose object is a response
// or durable solutions (discussesRemedy; issue 14, h-talks19). The first
// two are the fit documents' lines: rwp9 fit rwp9-8bc2754542 (UNHCR DRC
// operational update, October 2019) and FA-KES dev fakes-553 (Al-Arabiya,
// August 2013); the rest are invented.
func TestDiscussesRemedy(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"From 22 to 24 October, UNHCR and the International Committee of the Red Cross (ICRC) organised an international conference in Kinshasa, the capital of DRC, to discuss durable solutions for situations of displacement.", true},
		{"In a parallel effort Secretary of State John Kerry is working the diplomatic track and has placed calls to his French Russian and Turkish counterparts to discuss potential response.", true},
		{"Cluster partners met on Tuesday to discuss the humanitarian response in the north-east.", true},
		{"The discussions focused on the needs of the displaced and on the response to the outbreak.", false}, // the object past remedyReach
		{"The two delegations met in Geneva to discuss a ceasefire.", false},
		{"The government responded to the proposal and the parties discussed the prisoner exchange.", false},
		{"Aid agencies scaled up their response after the floods.", false},
	} {
		if got := discussesRemedy(lang.Words(lang.Lower(c.text))); got != c.want {
			t.Errorf("discussesRemedy(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTalksDiscussRemedy checks two fit documents whose diplomacy beyond a
// hint is a meeting or a call over a response or durable solutions
// (h-talks19): no talks, as their readers give none. Both had talks before
// the rule. The guards: a Security Council meeting on a response, and two
// sides' envoys discussing a truce, are a war's business and keep their
// talks.
func TestTalksDiscussRemedy(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              bool
	}{
		{"rwp9-8bc2754542: an agency conference on durable solutions", "", "OPERATIONAL UPDATE\n\nDemocratic Republic of the Congo\n\n1 – 31 October 2019\n\nThe first organised convoy of 4,127 Central African refugees The construction of the new Bele voluntary repatriation of Congolese confirmed their intention to settlement for South Sudanese refugees from Angola left Lòvua voluntarily return to the Central refugees is ongoing in Haut Uele settlement for DRC on 9 October. African Republic (CAR) from Sud Province. As of 15 October, all 14 As of 31 October, 844 persons were Ubangi Province. Among them, planned communal latrine blocks and voluntarily repatriated to DRC in 3,444 wished to return shower blocks were completed, as three convoys to Tshikapa and immediately. UNHCR will start well as 331 family latrines and\n\nKamonia, Kasai Province. repatriations in November. shower blocks out of 500 planned.\n\nFrom 22 to 24 October, UNHCR and the International Committee of the Red Cross (ICRC) organised an international conference in Kinshasa, the capital of DRC, to discuss durable solutions for situations of displacement, including internal displacement, refugee situations, and persons at risk of statelessness. The conference gathered experts and victims of displacement, and the final communiqué is available online here.", false},
		{"fakes-553: an allies' call on a response to an attack", "Syria: have the Chemical Weapons gloves come off?", "Friday 23 August 2013 Syria: have the Chemical Weapons gloves come off? As the international community tries to wrap its head around the recent allegations of chemical weapons attack in Syria numerous unanswered questions remain on the type of agent used and the party who carried it leaving the door open on the repercussions of such an attack on the diplomatic and military levels. News of the Ghoutta Massacre have surfaced on Wednesday with the opposition accusing the Syrian government of launching a Chemical attack and killing between 1000 and 1800 people. Understanding the attack Based on videos of responders that surfaced after the attack and the nature of casualties Gwyn Winfield editor of CBRNe World a publication that specializes in unconventional weapons tells Al-Arabiya that they suggest that it might be chemical biological or radiological device. The symptoms which included shortage of breath pinpoint pupils mucus secretions that it was a chemical attack but exactly which chemical it is is difficult to decide says the expert. Verifying the kind of agent used and getting specifics on the attack would require according to Winfield a sample of the agent itself or a blood or hair sample from a victim or casualty. The least value evidence would be water or soil from the area where the rockets landed. While lot of fingers have been pinpointed in different directions after the attack with the Assad regime denying the attack altogether and the opposition implicating the government three indications are mandatory to know in order to identify the source says Winfield. They are: the agent itself the delivery system (rocket/shell/mortar and the device that fires it) and the skill needed to bring the three together (personnel). The most difficult part in this is identifying the agent as Syria has the delivery system and skill in abundance. Winfield notes that the Assad regime has stated that they have a close hold on the agent a statement that is designed to assure Western powers as much as allies that the regime has control over these weapons. But the risk of the regime losing control over such material has long been a concern of Washington and neighbors of Syria. Winfield says that all the rebels would need is overrun an ammunition dump with a small supply of agent to stage such an attack. Repercussions The concern in Washington and in many Western capitals is that regardless of who staged the attack the turn of events towards chemical weapons use in Syria or these weapons falling in the wrong hands is a red line and a major security threat. Andrew Tabler a senior fellow at the Washington Institute for Near East Policy tells Al-Arabiya that if the chemical weapons use is confirmed on such a massive scale it will be much harder for the Barack Obama administration not to respond warning that this might be a sign of more systematic use in the future if we are not there already. The Wall Street Journal quoting Pentagon officials said yesterday that the U.S. began refining its military options for possible strikes in Syria. In a parallel effort Secretary of State John Kerry is working the diplomatic track and has placed calls to his French Russian and Turkish counterparts to discuss potential response. Obama told CNN today that core national interests are now at stake if Chemical weapons use is verified both in terms of us making sure that weapons of mass destruction are not proliferating as well as needing to protect our allies our bases in the region. Tabler does not expect an immediate military action however due to the time needed to plan militarily and for diplomacy and coalition building a priority for the Obama administration. Still he warns that Washington can not afford waiting too long. But even military action in the form of airstrikes would not resolve the Chemicals weapons threat. Winfield points out that it is very difficult to protect these weapons and the chances of killing everyone that knows how to operate these systems is slim as is the chance of destroying every mortar howitzer and rocket battery. He says that destroying a chemical agent is very difficult to do safely and it would require special forces on the ground something that the U.S. has been very reluctant about doing in Syria.", false},
		{"a Council meeting on a response (invented)", "Security Council to meet on Idlib attack",
			"The UN Security Council will hold an emergency meeting on Wednesday to discuss a response to the chemical attack on Khan Sheikhoun. Diplomats said a draft resolution was being circulated.", true},
		{"envoys discussing a truce (invented)", "Envoys meet in Geneva",
			"Government and rebel envoys met in Geneva on Monday to discuss a ceasefire and the response of both sides to the UN proposal.", true},
	} {
		an := classifyText(c.title, c.text)
		wantCategory(t, c.name, an, news.Talks, c.want)
	}
}
