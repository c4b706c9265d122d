package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestTalksRound4 checks the fourth talks round's rules (issue 14) as wire
// copy tells them, the relevance gate included: prisoners swapped or freed
// as a side's gesture beside a war's place (a captive's conviction says who
// is freed, it is no past event), peacemaking, an armed party's fighters to
// disarm; and beside them a bid for a Security Council seat and nuclear
// disarmament, which are no war's diplomacy. Invented sentences.
func TestTalksRound4(t *testing.T) {
	tests := []struct {
		name, text string
		talks      bool
	}{
		{"a prisoner swap", "Israel, Jordan agree prisoner swap A jailed Jordanian fighter will be freed by Israel in exchange for two detained Israeli hikers, officials in Amman said.", true},
		{"a convicted captive freed in a deal", "Israel weighs freeing Palestinian prisoners Israel is weighing freeing dozens of Palestinian prisoners under a deal in which Jordan released a man convicted of smuggling.", true},
		{"prisoners freed as a gesture", "Israel to free prisoners in gesture to Abbas The Israeli cabinet voted to release 400 Palestinian prisoners as a gesture to the new Palestinian leadership.", true},
		{"peacemaking revived", "Rice revives Mideast peacemaking JERUSALEM - Secretary of State Condoleezza Rice met Israeli and Palestinian leaders on Sunday in a bid to restart peacemaking.", true},
		{"fighters to disarm", "Congo militia fighters to disarm Hundreds of militia fighters in Ituri began handing in weapons at UN camps on Monday.", true},
		{"a soldier's plea deal", "Marine makes plea deal over prisoner abuse FORT BRAGG - Prosecutors agreed to drop two charges after a Marine accused of abusing Iraqi detainees agreed to plead guilty, in a plea deal reached on Monday.", false},
		{"a Council seat", "France backs Brazil's UN bid France said it supports Brazil's bid for a permanent Security Council seat, speaking in Kabul.", false},
		{"nuclear disarmament", "Rice urges Iran back to nuclear disarmament talks Secretary of State Condoleezza Rice said Iran must return to nuclear disarmament talks without conditions.", false},
		{"prisoners of a crime", "Prison riot in Bogota Prisoners set fire to a wing of a jail in Bogota after a fight between gangs, police said.", false},
	}
	for _, tt := range tests {
		a := news.Article{Text: tt.text}
		an := Analyze(&a)
		wantCategory(t, tt.name, an, news.Talks, tt.talks)
	}
}

// TestViolenceRound4 checks the violence cues of wire copy the fourth talks
// round found missing (issue 14): positions pounded, a pipeline blown up,
// an operation launched against an armed party, forces under fire.
// Invented sentences.
func TestViolenceRound4(t *testing.T) {
	tests := []struct {
		name, text string
		violence   bool
	}{
		{"positions pounded", "Jets hit rebel areas in Ramadi U.S. jets pounded rebel positions in Ramadi for a third day on Thursday, witnesses said.", true},
		{"a pipeline blown up", "Rebels blow up gas pipeline in Manipur Separatist guerrillas blew up a gas pipeline in India's Manipur state overnight, police said.", true},
		{"an operation launched", "Troops launch operation against Taliban KANDAHAR: Afghan troops launched a large operation against Taliban fighters in Helmand on Sunday.", true},
		{"police under fire", "Afghan police under Taliban fire Taliban fighters are targeting Afghan police posts in Helmand, officials said on Tuesday.", true},
		{"a record blown up", "Old stadium blown up to make way for new arena The old football stadium in Leeds was blown up on Sunday to make way for a new arena.", false},
	}
	for _, tt := range tests {
		a := news.Article{Text: tt.text}
		an := Analyze(&a)
		wantCategory(t, tt.name, an, news.Violence, tt.violence)
	}
}
