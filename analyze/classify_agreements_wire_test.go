package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestAgreementsWireWording checks talks as 2004 wire copy words an
// agreement or negotiation (issue 14, second round; written from the fit
// half of testdata/labels/agnews-train-talks.jsonl), through the whole
// analysis, relevance gate included: snippets without a headline, as the
// AG News extracts give them, and headlines repeated in their text. Beside
// them, violence the new cues must not read as talks. Invented sentences.
func TestAgreementsWireWording(t *testing.T) {
	tests := []struct {
		name, title, text string
		talks             bool
	}{
		{"an end negotiated", "", "Tribal leaders travelled to the besieged town to negotiate an end to the fighting between troops and militiamen.", true},
		{"a peace delegation refused", "Rebel cleric refuses to meet peace delegation",
			"Rebel cleric refuses to meet peace delegation. The cleric turned away a delegation of religious leaders sent to Najaf on Tuesday.", true},
		{"a peace team sent", "", "A peace team of tribal chiefs is going to Kismayo to end the stand-off between the rival clans.", true},
		{"a plan to end a standoff", "", "Militia leaders studied a plan to end the standoff over the shrine in Najaf.", true},
		{"a vow to end a war", "", "The government and southern rebels vowed to end Sudan's long civil war by the end of the year.", true},
		{"a final accord", "", "Rebel leaders warned that any delay to a final accord would endanger the country, officials said in Darfur.", true},
		{"an accord to end a war", "", "The government and the rebels said an accord to end the war was within reach in Nairobi.", true},
		{"the UN asked to intervene", "Neighbours call for U.N. intervention in Iraq",
			"Neighbours call for U.N. intervention in Iraq. Two neighbouring states asked the United Nations to intervene to stop the fighting in Najaf.", true},
		{"rebels to give up weapons", "", "Rebels who seized a town in the Andes will give up weapons on Monday, their leader said.", true},
		{"a captive's release secured", "", "Both governments were making intensive efforts to secure the release of a reporter kidnapped by gunmen in Gaza.", true},
		{"a release negotiated", "", "Officials negotiated the release of two aid workers held hostage by militants in Iraq.", true},
		{"a ransom paid", "", "Relief at the return of two aid workers held hostage in Iraq turned to anger amid reports that Rome paid a ransom for them.", true},
		{"direct contacts with a party", "", "Hamas denied having direct contacts with European mediators over the conflict in Gaza.", true},
		{"a call to end an uprising rejected", "", "Militant groups in Gaza rejected the president's call to end the uprising against Israel.", true},
		{"a dispute's solution", "", "Pakistan said closer trade with India depends on a solution to the Kashmir dispute.", true},
		{"a dispute to resolve", "", "Pakistan and India pledged to resolve the Kashmir issue in their joint statement.", true},
		{"a war named by its sides", "", "A UN envoy urged leaders to continue efforts to negotiate an end to the Israeli-Palestinian conflict.", true},
		{"hostage talks", "", "Two envoys began hostage talks in Baghdad to secure the freedom of a kidnapped engineer.", true},
		{"hostages freed", "", "The last three hostages were freed in Iraq on Friday, Al Jazeera television said.", true},
		{"a release's conditions", "", "Kidnappers in Iraq set new conditions for the release of two French reporters, officials in Baghdad said.", true},
		{"talks between a dispute's sides", "", "The foreign minister said the mood was right for talks between India and Pakistan next month.", true},
		// what the new cues must leave alone
		{"a match between a dispute's sides", "", "India and Pakistan meet in the final of the hockey tournament in Lahore on Sunday.", false},
		{"hostages killed", "", "Militants in Iraq beheaded a hostage and threatened to kill two more.", false},
		{"hostages freed in a raid", "", "Troops freed the hostages in a raid on a farmhouse near Baghdad, killing two gunmen.", false},
		{"a rescue", "", "Commandos secured the release of three hostages in a raid on a farmhouse near Falluja, killing four kidnappers.", false},
		{"kidnappers' demands", "", "Kidnappers in Iraq threatened to behead a Turkish driver and set fire to his truck.", false},
		{"a plan of attack", "", "Insurgents fired mortars at the base near Najaf as troops battled militiamen in the old city.", false},
	}
	for _, tt := range tests {
		a := news.Article{Title: tt.title, Text: tt.text}
		an := Analyze(&a)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
	}
}
