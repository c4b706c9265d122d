package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestStatusProposalOffAim keeps the class of issue 14's round h-status8
// (twenty-sixth session): a readiness, a demand or a condition whose object
// is no halt, beside a truce told declared or feared for, is no truce
// sought (proposalOffAim). Fit items: the Reuters 1987 fit half's
// reuters-18332 (the ELN's suspension of pipeline bombings "pending" a
// tax; in effect, read proposed before) and the truce set's
// fignewsmt-B09-1898 (troops "ready for a possibility in which Hamas may
// violate the cease-fire"; its proposal cue goes, the state stays proposed
// for the talks weight of "my meetings with the fighters").
func TestStatusProposalOffAim(t *testing.T) {
	checkStates(t, []stateCase{
		// Reuters-21578 (reuters-18332, 2 June 1987), its headline and first
		// five sentences.
		{"a suspension announced pending a tax", "COLOMBIAN GROUP SUSPENDS BOMBINGS OF PIPELINES",
			"BOGOTA, June 2 - A Colombian group announced the suspension of its bombings of oil pipelines pending the government's levy of a social tax on foreign petroleum companies. " +
				"There was no indication the government would meet the conditions demanded by the leftist National Liberation Army (ELN). " +
				"According to the state oil firm, ECOPETROL, the ELN carried out 72 attacks on petroleum pipelines between 1984 and 1986. " +
				"The assaults, the most recent launched two months ago, have caused an estimated total of 50 mln dlrs in damage. " +
				"In a communique, the ELN said it would demand a tax of one dollar per barrel of crude oil pumped by foreign firms as a condition for maintaining its suspension of the assaults.",
			news.CeasefireInEffect},
		{"troops ready for a feared breach", "",
			"Foo troops on the front line are alert and ready for a possibility in which the Bar rebels may violate the ceasefire, the army said.",
			news.CeasefireInEffect},
		{"a truce declared, a demand for a tax", "",
			"The Bar rebels declared a ceasefire on Monday and demanded a tax on foreign oil firms, their statement said.",
			news.CeasefireInEffect},
		// guards: a cue whose object is the truce, its start or a halt
		// stays a proposal.
		// fignews fit half, fignews-B14-3660, its first, second and fourth
		// sentences: "expected to come
		// into effect" is a start to come.
		{"a truce confirmed, its start expected", "",
			"A Qatar-mediated agreement between Israel and Palestinian groups is expected to halt fighting for four days, allow for the entry of aid into war-ravaged Gaza and a limited prisoner swap. " +
				"The temporary truce, confirmed by Qatar, Israel and Hamas on Wednesday, is expected to come into effect on Thursday. " +
				"When the truce comes into effect, fighting between Israel and Palestinian groups in Gaza will come to a halt.",
			news.CeasefireProposed},
		{"a truce called for", "",
			"The Foo foreign minister called for an immediate and unconditional ceasefire in Bar on Monday.",
			news.CeasefireProposed},
		{"a call to stop fighting", "",
			"The UN envoy called on Foo and the Bar rebels to stop fighting and to return to talks.",
			news.CeasefireProposed},
	})
}
