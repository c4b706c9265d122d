package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// statusCase is a short report of a truce in one of many wars and the
// state the guide gives it.
type statusCase struct {
	s  string
	st news.CeasefireStatus
}

const (
	stP = news.CeasefireProposed
	stE = news.CeasefireInEffect
	stV = news.CeasefireViolated
	stC = news.CeasefireCollapsed
)

// statusFitted were read while writing the state cues of a truce agreed to
// start later, strained or broken within hours, not extended, or named
// "despite" with no violence beside it (main at 9729afe: 23 of 32 right;
// after: 30). A truce agreed to start at a set hour was proposed then and
// is in effect since h-status (the labelling guide's "declared", as the
// cf-status readers gave it).
var statusFitted = []statusCase{
	{"The warring parties in Sudan agreed to a seven-day ceasefire starting Monday evening.", stE},
	{"A truce between the army and the RSF came into force at 9:45 p.m. on Monday.", stE},
	{"Shelling was heard in Khartoum hours into the truce, residents said.", stV},
	{"The Jeddah ceasefire ended on Saturday and fighting flared across the capital.", stC},
	{"Mediators are pushing for a 72-hour humanitarian truce in El Fasher.", stP},
	{"The ceasefire in Gaza has largely held for a second week.", stE},
	{"Israel accused Hamas of violating the ceasefire after a rocket was fired from Gaza.", stV},
	{"Israel resumed its offensive in Gaza after the truce broke down.", stC},
	{"The UN urged Russia and Ukraine to agree an Easter truce.", stP},
	{"Both sides reported dozens of ceasefire violations in Donbas overnight.", stV},
	{"The Houthis said they would not extend the UN-brokered truce, which expired on Sunday.", stC},
	{"The two-month truce in Yemen was renewed for another two months.", stE},
	{"The Karabakh ceasefire, brokered by Moscow, came under strain as both sides traded fire.", stV},
	{"A ceasefire agreed in Doha is due to take effect on Sunday.", stE},
	{"The M23 rebels withdrew from the ceasefire, saying the army had attacked their positions.", stC},
	{"The ceasefire between Israel and Hezbollah went into effect at 4 a.m.", stE},
	{"Despite the ceasefire, Israeli strikes killed five people in southern Lebanon.", stV},
	{"The junta declared a unilateral ceasefire to allow earthquake relief.", stE},
	{"Rebels rejected the junta's ceasefire offer and continued their offensive.", stP},
	{"The ceasefire talks in Cairo ended without agreement.", stP},
	{"Clashes erupted along the border despite a ceasefire declared last week.", stV},
	{"Tigray forces said the ceasefire was over after Eritrean troops crossed the border.", stC},
	{"The fragile truce in Tripoli was holding on Tuesday after a night of calm.", stE},
	{"The Security Council demanded an immediate ceasefire in Sudan.", stP},
	{"Azerbaijan said Armenia had broken the truce within minutes of it taking effect.", stV},
	{"A humanitarian pause to allow polio vaccinations began in central Gaza.", stE},
	{"Hamas said the ceasefire was in danger after Israel killed three of its fighters.", stV},
	{"Israel ended the ceasefire and launched a wave of airstrikes on Gaza.", stC},
	{"Ukraine proposed a 30-day ceasefire on energy infrastructure.", stP},
	{"A local truce in Idlib brokered by Turkey has been respected since Friday, monitors said.", stE},
	{"The envoy regretted the lack of progress on access despite the de-escalation zones in force since May.", stE},
	{"The latest violence comes despite a truce declared last week for the holiday.", stV},
}

// statusHeldOut were written before they were first scored and their
// misses not read: 22 of 25 right on main at 9729afe and after.
var statusHeldOut = []statusCase{
	{"Egypt and Qatar proposed a two-day truce in Gaza in exchange for four hostages.", stP},
	{"A nationwide ceasefire took effect in Yemen at 7 p.m. on Saturday.", stE},
	{"Artillery fire broke a three-day lull in Donetsk, in breach of the ceasefire.", stV},
	{"The truce between the army and the rebels collapsed after a week.", stC},
	{"The African Union called on the warring parties to observe a Ramadan ceasefire.", stP},
	{"The ceasefire in Nagorno-Karabakh was holding on Monday, Russian peacekeepers said.", stE},
	{"The ceasefire was violated 40 times overnight, the ministry said.", stV},
	{"Rebels announced they were abandoning the ceasefire and resumed attacks.", stC},
	{"Washington is working on a ceasefire proposal for Lebanon.", stP},
	{"A three-day ceasefire announced by Putin for Victory Day began at midnight.", stE},
	{"Drone attacks continued despite the truce, both sides said.", stV},
	{"The ceasefire collapsed within days as fighting resumed in Tripoli.", stC},
	{"The warring sides are expected to sign a ceasefire deal next week.", stP},
	{"The ceasefire, which began on 19 January, has been largely respected.", stE},
	{"Three people were killed in shelling in violation of the Easter truce.", stV},
	{"The government declared the truce over and ordered troops to resume operations.", stC},
	{"Ethiopia's government rejected calls for a ceasefire in Amhara.", stP},
	{"The truce was extended by 48 hours under Qatari mediation.", stE},
	{"The army accused the rebels of repeatedly breaching the truce in Masisi.", stV},
	{"The unilateral ceasefire ended on Sunday night with no extension.", stC},
	{"Diplomats are drafting a Security Council resolution calling for a truce in Sudan.", stP},
	{"Calm returned to the streets of Aden as the truce took hold.", stE},
	{"Sniper fire killed two civilians despite the truce in Khartoum.", stV},
	{"The Houthis declared the truce dead after coalition airstrikes on Sanaa.", stC},
	{"Hamas said it was studying a new ceasefire offer from the mediators.", stP},
}

func statusRight(cases []statusCase) int {
	n := 0
	for _, c := range cases {
		an := classifyText("", c.s)
		if an.Has(news.Ceasefire) && an.CeasefireStatus == c.st {
			n++
		}
	}
	return n
}

// TestStatusOtherWars keeps the states of both sets where they were
// measured: the fitted set misses a truce "which expired" after a refusal
// to extend it told as "would not" (read as a possibility); "the ceasefire
// talks ... ended without agreement", read as a collapse before, is a bid
// that ended since h-status4 (truceBidOnly).
func TestStatusOtherWars(t *testing.T) {
	t.Logf("status right: fitted %d/%d, held-out %d/%d", statusRight(statusFitted), len(statusFitted), statusRight(statusHeldOut), len(statusHeldOut))
	if n := statusRight(statusFitted); n < 31 {
		t.Errorf("status right in %d of %d fitted reports, want at least 31", n, len(statusFitted))
	}
	if n := statusRight(statusHeldOut); n < 22 {
		t.Errorf("status right in %d of %d held-out reports, want at least 22", n, len(statusHeldOut))
	}
}

// TestStatusCauses keeps the readings of the status causes found in the
// alert replay's misread development articles, each told in new words.
func TestStatusCauses(t *testing.T) {
	checkStates(t, []stateCase{
		{"a collapse told outright outranks the breaches that led to it", "Shelling kills 12 in Hama",
			"Shelling killed 12 people in Hama on Monday, medics said. The dead included four children. Rescue workers searched the rubble. " +
				"Rebels said government forces violated the truce more than 100 times since it took effect. " +
				"The group accused the army of breaching the ceasefire daily. " +
				"Those repeated violations have effectively ended the truce, the group said.",
			news.CeasefireCollapsed},
		{"breaches outweigh a collapse cue that is not one", "Air strikes hit Idlib",
			"Air strikes killed five people in Idlib on Sunday. " +
				"Rebels said the truce was violated by the strikes. " +
				"They said the guarantors have failed to make the ceasefire hold.",
			news.CeasefireViolated},
		{"attacks even though a zone forbids them are a breach", "Strikes kill 9 in Ghouta",
			"Strikes killed nine civilians in Eastern Ghouta on Tuesday, a monitor said. Rescue workers pulled bodies from the rubble. " +
				"The strikes hit houses and a market. Medics said the toll could rise. " +
				"The army has stepped up its attacks even though the district lies in a de-escalation zone.",
			news.CeasefireViolated},
		{"holding attackers to account is no truce holding", "Opposition letter on Aleppo",
			"The opposition has a plan for a truce in Aleppo. " +
				"Its letter speaks of a truce and of holding those who attack civilians to account.",
			news.CeasefireProposed},
		{"violations of rights a demand condemns are no breach of the truce", "Opposition writes to the Security Council",
			"The opposition wrote to the Security Council on Sunday. " +
				"It urged the council to compel the army to abide by a cessation of hostilities and to prevent such gross violations.",
			news.CeasefireProposed},
		{"human rights violations beside a truce in force are no breach", "Truce holds in Daraa",
			"The ceasefire in Daraa was holding on Monday, monitors said. " +
				"A UN report listed human rights violations committed in the province last year.",
			news.CeasefireInEffect},
		{"a violation of the truce is still a breach", "Shelling in Daraa",
			"Shelling hit Daraa on Monday in a gross violation of the truce, monitors said.",
			news.CeasefireViolated},
		{"a broader truce named as context is not the state of the local one", "Shelling kills 20 in rebel town",
			"Shelling killed 20 people in a rebel town near Homs on Saturday, a monitor said. Two medics were among the dead. " +
				"The army said rebels had shot down a helicopter. Residents fled to nearby farms. " +
				"Elders said on Sunday they had reached an agreement with the army in exchange for a halt to the shelling. " +
				"A local truce had kept the town calm for years. " +
				"But a broader ceasefire brokered by Russia and Turkey in December has been repeatedly violated.",
			news.CeasefireInEffect},
		{"a daily halt of fighting announced to start later is in effect", "Aid convoys wait outside Aleppo",
			"Convoys waited outside Aleppo on Wednesday. Rockets hit two districts. Medics treated the wounded. Food ran short. " +
				"Russia's military announced a three-hour daily halt of fighting starting on Thursday to let convoys in. " +
				"The UN has called for weekly pauses of 48 hours for aid deliveries.",
			news.CeasefireInEffect},
	})
}

// TestFurnitureBeforeDateline keeps a related headline that a page glued in
// front of an agency's dateline out of the sentence's news.
func TestFurnitureBeforeDateline(t *testing.T) {
	an := classifyText("Shelling kills 4 in Aleppo",
		"Shelling killed four people in Aleppo and Quneitra on Saturday, local media reported. "+
			"Sputnik Ilya Pitalev Number of Towns Joining Syrian Ceasefire Deal Reaches 207 MOSCOW (Sputnik) In the west of the city a rocket killed a child and injured five people, SANA reported. "+
			"In Quneitra a shell hit a family of five.")
	if an.Has(news.Ceasefire) || !an.Has(news.Violence) {
		t.Errorf("categories %v, want violence without ceasefire", an.Categories)
	}
}

// TestPassingTruce keeps a truce named only past the lead, in sentences
// that tell nothing of what became of it, out of the ceasefire category
// (the labelling guide's passing mention), and one whose breach such a
// sentence reports in it.
func TestPassingTruce(t *testing.T) {
	if rules[ceasefireRule].cat != news.Ceasefire {
		t.Fatalf("rules[ceasefireRule] is %s", rules[ceasefireRule].cat)
	}
	lead := "A gas attack killed at least 80 people in a rebel-held town in Idlib on Tuesday, a monitor said. " +
		"Dozens of children were among the dead. Rescue workers hosed down the victims. " +
		"Doctors said the symptoms pointed to a nerve agent. "
	tests := []struct {
		name, text string
		want       news.CeasefireStatus
	}{
		{"named as something to keep and to bolster", lead +
			"Turkey's president condemned the attack, stressing the importance of maintaining the fragile ceasefire. " +
			"He spoke to his Russian counterpart by phone. Talks in Astana aim to bolster the truce.", ""},
		{"its breaches told", lead +
			"Turkey remains committed to the ceasefire, its foreign minister said on Sunday. " +
			"He said Moscow had done nothing about breaches of the ceasefire.", news.CeasefireViolated},
		{"a deal reached past the lead", lead +
			"Elders said they had reached an agreement with the army for a halt to the shelling. " +
			"The truce covers the town and two villages nearby.", news.CeasefireInEffect},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := classifyText("Gas attack kills 80 in Idlib", tc.text)
			if an.Has(news.Ceasefire) != (tc.want != "") || an.CeasefireStatus != tc.want {
				t.Errorf("categories %v status %q, want status %q", an.Categories, an.CeasefireStatus, tc.want)
			}
		})
	}
}

// TestStatusClasses keeps the classes of issue 14's ceasefire-state round
// on pages nobody tuned on (cf-status and tv-talks fit halves), each told
// in invented words.
func TestStatusClasses(t *testing.T) {
	checkStates(t, []stateCase{
		// a resumption breaches a truce only beside violence ("shelling resumed"); negotiations for
		// a truce that resumed are a truce still sought (issue 14, tv-talks fit half: talks resumed
		// read as a breach).
		{"talks for a truce resumed", "Truce talks to resume in Nairobi",
			"Negotiations on a temporary truce in Foo province have resumed in Nairobi between envoys of both sides, the mediators said on Monday. " +
				"The delegations will discuss the length of a possible pause in the fighting.",
			news.CeasefireProposed},
		{"shelling resumed under a truce", "Shelling resumes in Foo despite truce",
			"Shelling resumed in Foo province on Monday, three days after the truce took effect, residents said. " +
				"Two houses were hit by mortar rounds.",
			news.CeasefireViolated},
		// breaches of an earlier truce, dated years back, are its past; the truce the lead tells
		// agreed is in effect (issue 14, cf-status fit half).
		{"breaches of a truce signed years ago", "",
			"Foo and Bar signed a ceasefire agreement in 2004, but it has been violated often over the years. " +
				"The two armies on Monday agreed to strictly observe the ceasefire along the border from midnight. " +
				"Commanders of both sides met at the crossing.",
			news.CeasefireInEffect},
		{"a breach told in the lead", "",
			"Foo and Bar accused each other on Monday of violating the ceasefire along the border. " +
				"Shelling hit two villages, officials said.",
			news.CeasefireViolated},
		// attacks "despite the truce" that the sentence dates before it began are the fighting it
		// ended, no breach of it (issue 14, cf-status fit half); attacks despite it after it began
		// are.
		{"attacks until the truce began", "",
			"A truce between the army and the Foo militia took effect at midnight, ending weeks of heavy fighting. " +
				"Despite the truce, both sides kept shelling each other's positions right up until the moment the ceasefire started. " +
				"Residents were told to wait before going home.",
			news.CeasefireInEffect},
		{"attacks after the truce began", "",
			"A truce between the army and the Foo militia took effect at midnight. " +
				"Despite the truce, both sides kept shelling each other's positions on Tuesday morning. " +
				"Residents were told to wait before going home.",
			news.CeasefireViolated},
		// a truce only potential is a proposal, and the end of the talks on it no end of a truce
		// (issue 14, tv-talks fit half).
		{"talks on a potential truce ended", "",
			"The Foo delegation left Nairobi on Monday after talks on a potential truce and a prisoner exchange ended in the capital. " +
				"It will return for further consultations next week.",
			news.CeasefireProposed},
		// a truce declared for relief efforts is in effect; the efforts are the aid's, no efforts
		// towards a truce (issue 14, cf-status fit half). Efforts to broker one are a proposal.
		{"a truce declared for relief efforts", "",
			"Foo floods: army declares ceasefire for relief efforts\n\nFoo floods: the army of Foo declared a temporary ceasefire in favour of humanitarian efforts after the floods of last week. " +
				"The ceasefire is to last until May 2, state television said. " +
				"The floods killed more than 900 people. Roads and bridges were swept away. Aid agencies sent food and tents. " +
				"A rebel alliance also called for a ceasefire on Tuesday to support the relief operations.",
			news.CeasefireInEffect},
		{"efforts to broker a truce", "",
			"Mediators stepped up efforts to broker a truce between the army of Foo and the rebels on Sunday. " +
				"Envoys met both delegations in the capital.",
			news.CeasefireProposed},
		// a truce the talks failed to reach is still sought, no collapse (issue 14, cf-status fit
		// half); "to end the conflict" is the end a truce brings, as "to end the war".
		{"talks failed to achieve a truce", "",
			"Talks between the army of Foo and the rebels in Nairobi closed on Friday. " +
				"The mediators regretted the failure to achieve a lasting cessation of hostilities and urged both sides to negotiate to end the conflict.",
			news.CeasefireProposed},
		// talks or a press conference held are no truce holding, and a threat in the clause a truce
		// follows ("after clashes threatened to plunge the region into war") neither makes the truce
		// a possibility nor threatens it (issue 14, tv-talks fit half).
		{"a press conference held beside truce talks", "",
			"The envoy held a short press conference in Foo on Monday, saying an end to the border clashes is linked to the success of the truce talks in Nairobi. " +
				"Urgent discussions must resume, he said.",
			news.CeasefireProposed},
		{"a truce agreed after a threat", "Foo rebels agree to ceasefire after talks",
			"The rebels of Foo have agreed to a ceasefire, three days after clashes with the army threatened to plunge the region back into war. " +
				"The government called for an immediate ceasefire last week. " +
				"The rebels freed 40 prisoners held in the north.",
			news.CeasefireInEffect},
		// issue 14, fifth round (h-status3): talks "focused on achieving" a truce seek one (cf and
		// tv fit halves); attacks "threatening the fragile ceasefire" breach it while it holds (tv
		// fit half, FA-KES); a mediation's "under the auspices of" is no truce's terms (cf fit
		// half); "the signing of" or "the establishment of" a truce is the deed done (rw-dev); a
		// truce holding "except in" a place where shelling goes on is breached there (a report's
		// opening line); talks for a new truce after violations of earlier ones seek a truce (cf
		// and tv fit halves), while a breach the lead tells still decides.
		{"talks focused on achieving a truce", "Foo talks continue in Nairobi",
			"Envoys of the army and the Foo militia met in Nairobi on Monday for talks focused on achieving a ceasefire, mediators said. " +
				"The delegations will meet again next week.",
			news.CeasefireProposed},
		{"attacks threatening the fragile truce", "",
			"The Foo army on Tuesday accused the militia of repeated attacks on its positions in the north, threatening the fragile ceasefire. " +
				"The militia denied the charge.",
			news.CeasefireViolated},
		{"talks under a mediator's auspices", "",
			"The army and the Foo militia resumed indirect talks in Nairobi under the auspices of the regional bloc, aimed at a ceasefire. " +
				"The mediators called on both sides to agree to a truce and implement it quickly.",
			news.CeasefireProposed},
		{"the signing of a truce welcomed", "Statement on the Foo agreement",
			"The chairperson of the regional commission welcomes the signing of a cessation of hostilities agreement between the government and the Foo militia today. " +
				"He congratulates the parties on this step.",
			news.CeasefireInEffect},
		{"a truce holding except in a district", "Foo: Flash Update No. 7",
			"The ceasefire agreed on 3 March continues to hold, except in parts of Bar district, where sporadic shelling was reported on Tuesday. " +
				"Partners delivered food to 12,000 people in Baz.",
			news.CeasefireViolated},
		{"a truce holding everywhere", "Foo: Flash Update No. 8",
			"The ceasefire agreed on 3 March continues to hold across the province, partners said on Tuesday. " +
				"Partners delivered food to 12,000 people in Baz.",
			news.CeasefireInEffect},
		{"new talks after an earlier truce was violated", "",
			"The army and the Foo militia resumed talks in Nairobi on Monday aimed at a new ceasefire. " +
				"The mediators urged both sides to agree to a lasting truce. " +
				"The delegations met separately with the mediators on Tuesday. " +
				"No new agenda was put forward, a delegate said. " +
				"Last month the mediators cited repeated violations of an earlier truce by both sides.",
			news.CeasefireProposed},
		{"violations of a truce told in the lead beside a call", "",
			"Shelling hit two villages in Foo on Monday in violation of the ceasefire, officials said. " +
				"The mediators urged both sides to respect the truce and called for talks.",
			news.CeasefireViolated},
	})
}
