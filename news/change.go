package news

import "time"

// Change is a change of state an article reports as news: a truce
// collapsed, talks opened, a siege lifted. The analysis decides it from the
// article's headline and lead, stories carry it, digests rank and show it,
// and alerts may fire on it; nothing downstream reads the text again.
type Change string

// Changes of state. The ceasefire changes are the states of
// CeasefireStatus reached as the news of the day.
const (
	ChangeCeasefireProposed  Change = "ceasefire_proposed"
	ChangeCeasefireInEffect  Change = "ceasefire_in_effect"
	ChangeCeasefireViolated  Change = "ceasefire_violated"
	ChangeCeasefireCollapsed Change = "ceasefire_collapsed"
	ChangeTalksOpened        Change = "talks_opened"
	ChangeTalksSuspended     Change = "talks_suspended"
	ChangeTalksConcluded     Change = "talks_concluded" // an agreement reached or signed
	ChangeSiegeImposed       Change = "siege_imposed"
	ChangeSiegeLifted        Change = "siege_lifted"
	ChangeEvacuationBegun    Change = "evacuation_begun"
	// ChangeEmergencyDeclared is an authority declaring a disaster area, a
	// state of emergency or a famine: the plight's state, told as a change.
	ChangeEmergencyDeclared Change = "emergency_declared"
	ChangeFirst             Change = "first" // a first-of-its-kind event ("the first US strike on ...")
	// ChangeInterstateStrike is a strike by a state's forces on another
	// state's government forces ("US cruise missiles struck a Syrian
	// regime airbase"): a new party to the war, or a war between states.
	ChangeInterstateStrike Change = "interstate_strike"
	// ChangeOffensiveLaunched is a new offensive begun ("insurgents began a
	// major offensive to take the city", "the widest offensive since
	// 2012"): the fighting's state changed for the worse.
	ChangeOffensiveLaunched Change = "offensive_launched"
)

// Changes lists every change in a stable order.
var Changes = []Change{ChangeCeasefireProposed, ChangeCeasefireInEffect, ChangeCeasefireViolated,
	ChangeCeasefireCollapsed, ChangeTalksOpened, ChangeTalksSuspended, ChangeTalksConcluded,
	ChangeSiegeImposed, ChangeSiegeLifted, ChangeEvacuationBegun, ChangeEmergencyDeclared, ChangeFirst, ChangeInterstateStrike, ChangeOffensiveLaunched}

// CeasefireChange returns the change of reaching ceasefire state st, or ""
// for no state.
func CeasefireChange(st CeasefireStatus) Change {
	if st == CeasefireNone {
		return ""
	}
	return Change("ceasefire_" + string(st))
}

// Category returns the category a change is news of.
func (c Change) Category() Category {
	switch c {
	case ChangeCeasefireProposed, ChangeCeasefireInEffect, ChangeCeasefireViolated, ChangeCeasefireCollapsed:
		return Ceasefire
	case ChangeTalksOpened, ChangeTalksSuspended, ChangeTalksConcluded:
		return Talks
	case ChangeSiegeImposed, ChangeSiegeLifted, ChangeEvacuationBegun, ChangeEmergencyDeclared:
		return Humanitarian
	case ChangeInterstateStrike, ChangeOffensiveLaunched:
		return Violence
	}
	return ""
}

// Worse reports whether a change is for the worse (a truce violated or
// collapsed, talks suspended, a siege imposed, an emergency declared, a
// state striking another's forces, a new offensive begun), Better whether it is for
// the better; a first-of-its-kind event is neither.
func (c Change) Worse() bool {
	switch c {
	case ChangeCeasefireViolated, ChangeCeasefireCollapsed, ChangeTalksSuspended, ChangeSiegeImposed,
		ChangeEmergencyDeclared, ChangeInterstateStrike, ChangeOffensiveLaunched:
		return true
	}
	return false
}

// Better reports whether a change is for the better; see Worse.
func (c Change) Better() bool {
	switch c {
	case ChangeCeasefireProposed, ChangeCeasefireInEffect, ChangeTalksOpened, ChangeTalksConcluded,
		ChangeSiegeLifted, ChangeEvacuationBegun:
		return true
	}
	return false
}

// StateChange is one change an article reports, with the sentence (the
// headline or a lead sentence) that reports it.
type StateChange struct {
	Change   Change `json:"change"`
	Sentence string `json:"sentence,omitempty"`
}

// StoryChange is a change a story reports: the first report of it, and for
// a ceasefire the state before when the story saw it change.
type StoryChange struct {
	Change Change          `json:"change"`
	From   CeasefireStatus `json:"from,omitempty"` // for a ceasefire change the story saw happen
	At     time.Time       `json:"at"`             // published time of the first report
	Source string          `json:"source,omitempty"`
}
