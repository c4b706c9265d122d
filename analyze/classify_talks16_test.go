package analyze

import "testing"

// TestTalksTruceProposal checks a truce's proposal, initiative, bid or
// attempt read as the diplomacy it is (issue 14, h-talks16; the truce fit
// half's "Hamas received the ceasefire proposal in a positive atmosphere and
// we are awaiting their response" and "America's ceasefire attempt failed",
// both labelled talks and ceasefire), while a call or a demand for a truce
// stays a proposed truce (fignews fit: "pushing back against international
// cease-fire calls"). Invented sentences of other wars.
func TestTalksTruceProposal(t *testing.T) {
	checkTalks(t, []talksCase{
		{"a proposal received", "Rebels study ceasefire proposal", "The rebels in Sudan's Darfur said on Monday they had received the ceasefire proposal from the mediators and would answer within days.", true},
		{"an attempt failed", "Kenyan truce attempt fails in South Sudan", "", true},
		{"a bid by a mediator", "", "Turkey launched a new ceasefire bid between Moscow and Kyiv on Tuesday, its foreign minister said.", true},
		{"an initiative", "African leaders launch truce initiative for Libya", "", true},
		// what must stay no talks
		{"a call for a truce", "Pope calls for a ceasefire in Gaza", "Pope Francis on Sunday called for an immediate ceasefire in Gaza and the release of all hostages.", false},
		{"calls rejected", "", "The prime minister rejected international cease-fire calls and said the offensive in Rafah would go on for months.", false},
	})
}

// TestTalksTruceExtendedByTerm checks a truce told extended by a term, or
// continued by its keepers' efforts, read as talks (issue 14, h-talks16;
// fignews fit "Qatar says Israel-Hamas truce in Gaza extended by two days",
// truce fit "Egyptian and Qatari efforts ... to ensure the continuation of
// the temporary truce agreement"), while a truce told extended with no term
// beside an attack stays no talks (h-talks9). Invented sentences of other
// wars.
func TestTalksTruceExtendedByTerm(t *testing.T) {
	checkTalks(t, []talksCase{
		{"extended by a term", "Sudan truce extended by five days, Saudi Arabia says", "", true},
		{"extended for a term", "", "The ceasefire in Hodeidah was extended for another month, the UN mission said on Friday.", true},
		{"continuation sought", "", "Turkish and Ukrainian officials worked through the night to secure the continuation of the Easter ceasefire, a spokesman said.", true},
		// what must stay no talks
		{"an attack after the truce was extended", "Truce extended, then broken", "Gunmen killed six soldiers in an ambush in northern Mali on Monday, a day after the truce was extended, the army said.", false},
	})
}
