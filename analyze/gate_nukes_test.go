package analyze

import "testing"

// A nuclear programme's bomb, sought, feared or counted, is a weapon, not
// violence (nuclearArms): a study that a state could build an atomic bomb,
// a censure over a nuclear programme whose aim is said to be a bomb, tell
// no war though the gazetteer knows a war of the state's. A bomb that
// falls, an armed group's bomb, a war beside the programme stay in.
func TestGateNuclearArms(t *testing.T) {
	tests := []relevantText{
		{"a study of a bomb to come", "A new study says Iran could build a nuclear bomb within five years and might then back terrorist groups more openly.", false},
		{"a censure over a programme", "Iran avoided a censure of its nuclear programme, but Washington, which says it wants an atomic bomb, kept the option of going to the Security Council.", false},
		{"enough for a bomb", "Experts told the committee that Iran could soon hold enough enriched uranium for a nuclear bomb.", false},
		{"a bomb dropped", "A bomb dropped by a warplane killed six people near the nuclear plant in Iran, witnesses said.", true},
		{"an armed group's bomb", "Police said militants of the Taliban had sought material for a nuclear bomb before their attack.", true},
		{"a war beside the programme", "Iran's nuclear programme was raised as the war with Iraq entered its seventh year and a bomb killed ten in Basra.", true},
	}
	wantRelevantTexts(t, tests)
}
