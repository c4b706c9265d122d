package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestTruceEndsQuietsItsPast: the fighting a truce ends or follows, told in
// the clause after it ("halting weeks of clashes", "days after fighting in
// the valley", "in his months-long battle"), is the truce's background, no
// attack reported; a truce broken by the fighting, fighting told before the
// truce in its own clause, and fighting after a clause turn ("but") keep
// their violence. Invented sentences (issue 14, the ceasefire pages' fit half).
func TestTruceEndsQuietsItsPast(t *testing.T) {
	checkViolent(t, 0, []violentCase{
		{"A truce between the two republics began on Sunday, halting weeks of deadly border clashes.", false},
		{"The governor announced a ceasefire with the rebels from Friday, days after fighting in the river valley.", false},
		{"The general announced a truce in his months-long battle to take the port city.", false},
		{"The two states agreed to a ceasefire in the province after clashes left dozens of soldiers dead in an escalation of violence.", false},
		{"The ceasefire came into force at dawn, ending nearly a year of shelling of the border towns.", false},
		{"The truce collapsed after shelling killed five people in the market.", true},
		{"Shelling killed five people in the market a day after the ceasefire took effect.", true},
		{"The ceasefire began at noon, but heavy clashes broke out in the hills an hour later.", true},
	})
}

// violentCase is an invented sentence and whether it reports violence.
type violentCase struct {
	sentence string
	violent  bool
}

// checkViolent scores each sentence at position index and checks that its
// violence evidence reaches 0.5 exactly when it reports violence.
func checkViolent(t *testing.T, index int, tests []violentCase) {
	t.Helper()
	for _, tt := range tests {
		sc := newScored(tt.sentence, lang.Words(tt.sentence), nil, index, 0)
		if got := sc.evidenceOf(fViolence) >= 0.5; got != tt.violent {
			t.Errorf("%q: violence evidence %.2f (cue %.2f), want violent=%v", tt.sentence, sc.evidenceOf(fViolence), sc.w[fViolence], tt.violent)
		}
	}
}

// TestSpansAndIdiomsAreNoAttack: a span of years summed up ("over the past
// few years", "in the first six months"), the war's toll on areas
// "affected by the hostilities", the "execution" of an agreement and an
// earthquake's dead are no attack of the day. Invented sentences (issue 14).
func TestSpansAndIdiomsAreNoAttack(t *testing.T) {
	checkViolent(t, leadSentences, []violentCase{
		{"Earlier skirmishes flared now and then over the past few years.", false},
		{"Bombings and clashes killed more than 900 civilians in the first six months of the year, the monitors said.", false},
		{"The militia has steadily widened its hold on the highlands in recent years.", false},
		{"Donors pledged aid for the districts affected by the hostilities.", false},
		{"Both parties have complained about the peace agreement’s execution in the north.", false},
		{"The mediators stressed the execution of the deal within a month.", false},
		{"Strong tremors from the quake killed at least 30 people in the border town.", false},
		{"Gunmen executed nine villagers on Monday, the army said.", true},
		{"Clashes killed 14 soldiers near the border on Tuesday.", true},
	})
}

// TestMonthOpensHistory: past the lead, a sentence that opens with a month
// ("In April, clashes broke out") tells history; the same sentence with a
// weekday is the week's news. Invented sentences (issue 14).
func TestMonthOpensHistory(t *testing.T) {
	history := "In April, heavy clashes broke out between the army and the rebel militia."
	news := "On Tuesday, heavy clashes broke out between the army and the rebel militia."
	h := newScored(history, lang.Words(history), nil, leadSentences+2, 0)
	n := newScored(news, lang.Words(news), nil, leadSentences+2, 0)
	if h.evidenceOf(fViolence) >= n.evidenceOf(fViolence) {
		t.Errorf("month-opened sentence evidence %.2f, weekday %.2f: want less", h.evidenceOf(fViolence), n.evidenceOf(fViolence))
	}
}

// TestTruceWithPastFightingIsNotViolence: an article whose lead tells a
// truce and the fighting it ends only in the truce's clauses gets
// ceasefire, not violence. Invented text (issue 14).
func TestTruceWithPastFightingIsNotViolence(t *testing.T) {
	an := classifyText("Truce takes hold on the northern border",
		"A ceasefire between the two neighbours took effect on Saturday, halting weeks of deadly clashes over the disputed hills. "+
			"Defence ministers signed the deal at a border post after talks hosted by a regional bloc. "+
			"The agreement freezes the current positions and lets displaced villagers go home. "+
			"Observers from both sides will meet weekly to review the truce.")
	wantCategory(t, "truce ending clashes", an, news.Ceasefire, true)
	wantCategory(t, "truce ending clashes", an, news.Violence, false)
}

// TestBrokenTruceCarriesItsAttacks: a headline that tells a truce broken
// makes the attack told past the lead the breach's substance (ceasefire +
// violence, as the labelling guide has it); the same attack under a
// headline of a truce that holds stays a passing mention. Fierce combat is
// fighting. Invented text (issue 14).
func TestBrokenTruceCarriesItsAttacks(t *testing.T) {
	body := "The truce between the army and the northern front began at midnight on Friday. " +
		"Both sides had agreed to it at talks in the capital on Wednesday. " +
		"The agreement was meant to open the road to the besieged towns. " +
		"Mediators said they would meet again next month. " +
		"Later on Saturday, a rebel spokesman said army units launched a heavy attack on the river town at dawn. " +
		"Monitors said they would travel to the region next week. " +
		"The mediators urged both sides to keep their word."
	broken := classifyText("Northern truce violated hours after taking effect", body)
	holds := classifyText("Northern truce takes effect at midnight", body)
	wantCategory(t, "truce violated", broken, news.Violence, true)
	wantCategory(t, "truce holds", holds, news.Violence, false)
	checkViolent(t, 0, []violentCase{
		{"The army confirmed talks with the alliance as fierce combat persists in the hills.", true},
		{"The ministers vowed to combat poverty in the hills.", false},
	})
}
