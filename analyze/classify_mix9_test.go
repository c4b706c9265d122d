package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Issue 14 (mix9, seventeenth session): soldiers pulled out of a country are
// a force withdrawn, not civilians rescued; the civilians an army moves out
// stay an evacuation (invented sentences).
var troopsEvacuatedCases = []plightCase{
	{"The Pentagon has evacuated its last 80 special forces from the airbase in Yemen as the security situation worsened.", news.Humanitarian, false},
	{"Those being evacuated are the last US troops based in Yemen, where the war is spreading south.", news.Humanitarian, false},
	{"Britain is evacuating around 60 soldiers from its training mission in Iraq as the war closed in on Erbil, the defence ministry said.", news.Humanitarian, false},
	{"Soldiers evacuated hundreds of residents from the Lebanese border town as Hezbollah rockets fell.", news.Humanitarian, true},
	{"Troops helped evacuate families from villages near the front line in Donetsk.", news.Humanitarian, true},
	{"Thousands of civilians were evacuated from Mariupol on Sunday, the army said.", news.Humanitarian, true},
}

// Issue 14 (fignews and mix9, seventeenth session): how captives are
// treated in captivity is the detainees' conditions of the labelling guide,
// humanitarian news; a captive freed or a deal for captives is not
// (invented sentences).
var captivesTreatedCases = []plightCase{
	{"Freed hostages describe the abuse they endured during weeks of captivity in Gaza's tunnels.", news.Humanitarian, true},
	{"Former detainees say they were tortured and starved in Syria's Sednaya prison, where the regime held thousands of rebels during the war.", news.Humanitarian, true},
	{"The Red Cross said the prisoners held by the rebels in Yemen were mistreated and denied medicine.", news.Humanitarian, true},
	{"Hamas freed two more hostages on Monday as talks on a wider exchange went on in Doha.", news.Humanitarian, false},
}

// TestMix9Classes checks the classes of round h-mix9: soldiers evacuated,
// captives' treatment.
func TestMix9Classes(t *testing.T) {
	checkPlightCases(t, troopsEvacuatedCases)
	checkPlightCases(t, captivesTreatedCases)
}
