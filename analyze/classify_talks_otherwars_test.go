package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTalksOtherWars checks talks of wars other than Syria as wire copy
// tells them (issue 14, third round), through the whole analysis, the
// relevance gate included: a snippet of a headline run into its lead, as
// the AG News extracts give them. The wars' places, armed groups and
// leaders are the gazetteer's; a side named by its adjective anchors
// diplomacy as its place does; a war named as what the talks are to end is
// their object, not history; a pledge is aid's only when money is pledged.
// Beside them, violence of the same wars and diplomacy of no war, which
// must stay what they are. Invented sentences.
func TestTalksOtherWars(t *testing.T) {
	tests := []struct {
		name, text string
		talks      bool
	}{
		// the gazetteer's other wars
		{"Northern Ireland's talks", "Paisley, Sinn Fein talks fail Talks on restoring the Northern Ireland Assembly ended without agreement, British officials said.", true},
		{"the IRA's disarmament", "IRA agrees to disarm The Irish Republican Army said it would put its weapons beyond use under a deal to restore power-sharing in Northern Ireland.", true},
		{"Cyprus negotiations", "Cyprus leaders meet under UN auspices Greek Cypriot and Turkish Cypriot leaders met in Nicosia for UN-sponsored negotiations on reunifying the island.", true},
		{"Sri Lanka's table", "Sri Lanka Tigers say ready to return to table The Liberation Tigers of Tamil Eelam said they were ready to resume negotiations with Colombo without preconditions.", true},
		{"Kosovo status talks", "Kosovo status talks open in Vienna Serbian and Kosovo Albanian negotiators opened talks in Vienna on the future status of the province.", true},
		{"Ossetia's mediation", "Georgia, South Ossetia agree to talks Georgian and South Ossetian officials agreed to meet under international mediation to defuse tensions.", true},
		{"an Ivory Coast mediator", "Mbeki visits Abidjan South African President Thabo Mbeki arrived in Abidjan to mediate between the government and the New Forces.", true},
		{"a UN resolution on a war", "Ivory Coast faces UN sanctions France is pushing to win passage of a UN resolution on Ivory Coast and hopes for a vote next week.", true},
		// a war's leader or adjective anchors its diplomacy
		{"a leader ready to meet", "Zelensky open to talks Volodymyr Zelensky said he was ready for negotiations with Vladimir Putin to discuss ending the war.", true},
		{"a side's adjective", "Somali leaders agree on new parliament Somali faction leaders negotiating in Nairobi agreed on the make-up of a new transitional parliament.", true},
		{"a side's adjective beside talks", "Sharon predicts breakthrough with Palestinians Israel's prime minister said he would meet the new Palestinian leadership to negotiate a return to the road map.", true},
		{"a cleric agrees to end a revolt", "Iraq cleric to end Najaf revolt Shia cleric Moqtada Sadr reportedly agrees to end an uprising in the holy city of Najaf.", true},
		// the talks' object, a dispute's settlement, captives for hostages
		{"talks to end years of war", "Nepal hopes for talks KATHMANDU: Nepal's ruling coalition expressed hope yesterday for peace talks to end eight years of war after the rebels lifted their blockade.", true},
		{"a pledge to keep talking", "Kashmir talks end with hope Indian and Pakistani foreign secretaries ended two days of talks on Kashmir with a pledge to keep talking.", true},
		{"a dispute's settlement", "Musharraf hopeful on Kashmir The president hoped that debate on his options would bring Pakistan and India closer to the settlement of the decades-old Kashmir dispute.", true},
		{"guerrillas for hostages", "Colombia offers swap to FARC Colombia's president offered to free 50 guerrillas in exchange for hostages held by the FARC.", true},
		// a side meeting the armed party, a hostage negotiation, power shared
		{"a leader meets militants", "Abbas meets militants Palestinian leader Mahmoud Abbas met militant leaders in Gaza on Monday to persuade them to halt attacks on Israel.", true},
		{"a deadline extended as negotiations go on", "Kidnappers extend deadline Kidnappers holding three UN workers in Kabul extended their deadline as negotiations continued, officials said.", true},
		{"parties urged to share power", "Blair urges Sinn Fein, DUP to clinch deal Tony Blair urged Sinn Fein and the Democratic Unionists to seal a deal on sharing power in Northern Ireland.", true},
		// a deal signed with an armed party, a framework, captives for prisoners, a treaty
		{"a local accord with armed groups", "Burkina junta signs deal with militants Burkina Faso's military government signed a local accord with armed groups to lift a blockade on Djibo.", true},
		{"a framework for peace", "DR Congo and M23 sign framework in Doha Congo's government and the M23 rebels signed a framework for peace in Doha on Saturday.", true},
		{"hostages for a number of prisoners", "Hamas frees three hostages Hamas handed three Israeli hostages to the Red Cross in Gaza in exchange for 183 Palestinian prisoners.", true},
		{"a peace treaty initialled", "Armenia, Azerbaijan initial peace treaty The leaders of Armenia and Azerbaijan initialled a peace treaty at the White House.", true},
		// a step to build confidence, a UN plan, a political settlement sought
		{"a confidence-building step", "India, Pakistan agree on bus link for Kashmir India and Pakistan agreed to start a bus service across the Line of Control in Kashmir, a confidence-building step.", true},
		{"a UN plan rejected", "Cyprus rejects UN plan Greek Cypriots rejected a UN plan to reunify the island in a referendum.", true},
		{"a political settlement discussed", "Putin, Chechen leader discuss settlement Russian President Vladimir Putin met the Chechen president to discuss a political settlement in the region.", true},
		// what must stay as it was
		{"a side's adjective beside business words", "Israeli firm unveils security solution An Israeli software company unveiled a network security solution at a conference in London.", false},
		{"a UN plan of no war", "UN unveils plan on oceans The United Nations unveiled a plan to cut plastic waste in the oceans by half, officials said in Nairobi.", false},
		{"militants dealt with", "Army vows to deal with militants Pakistan's army said it would deal with militants firmly after an attack killed 12 soldiers in the tribal areas.", false},
		{"troops meet resistance", "Troops meet fierce resistance US troops met fierce resistance from rebels as they pushed into the old city of Najaf, killing 30 militants.", false},
		{"a bomb in Belfast", "Bomb blast in Belfast A bomb exploded outside a police station in Belfast on Monday, wounding three officers, police said.", false},
		{"Tamil Tigers attack", "Tamil Tiger rebels attack navy The Liberation Tigers of Tamil Eelam attacked a navy boat off Jaffna, killing 12 sailors.", false},
		{"clashes in Kosovo", "Violence flares in Kosovo Ethnic Albanians and Serbs clashed in the divided town of Mitrovica, leaving 19 dead.", false},
		{"Ivorian jets bomb a town", "Ivory Coast jets bomb rebel town Ivory Coast's air force bombed the rebel-held town of Bouake, killing nine French soldiers.", false},
		{"an old war as history", "Aid reaches the north Food aid reached the north of Sri Lanka, where years of war have left 300,000 people homeless, the agency said.", false},
		{"a senate's resolution", "Nigerian Senate backs claim on oil firm LAGOS - Nigeria's Senate has passed a resolution asking an oil company to pay compensation to oilfield communities for pollution.", false},
		{"donors' pledges", "Donors pledge aid for Nepal Donors pledged 40 million dollars at a conference in Kathmandu for schools and clinics.", false},
	}
	for _, tt := range tests {
		a := news.Article{Text: tt.text}
		an := Analyze(&a)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
	}
}
