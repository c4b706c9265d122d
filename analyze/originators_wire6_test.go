package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// The tests of this file hold invented wire-copy sentences of wars of any
// decade (the Gulf war of the 1980s, Afghanistan, Central America, Chad),
// one per rule of the session of 2026-12-04 (h-orig11): a state's own
// station or agency, a state named as the sayer, a military communique and
// "killed or wounded N" (testdata/figures/README.md, conventions). Written
// from wire style, not from any labelled item.

// TestOriginatorRulesWire6Organs: a state's broadcaster or news agency,
// named after the state or its capital or described as its own, is its
// organ: a party's claim when the state fights in the story.
func TestOriginatorRulesWire6Organs(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a capital's radio, the state attacked", "",
			"Tehran Radio said 15 civilians were killed in an Iraqi air raid on the Iranian city of Foo.",
			"killed", 15, "Tehran Radio", true},
		{"a capital's radio in lower case", "",
			"Tehran radio said Iranian forces killed 300 Iraqi soldiers in the marshes east of Basra.",
			"killed", 300, "Tehran radio", true},
		{"radio and the capital's name, its government's troops", "",
			"Radio Kabul said government troops killed 45 rebels in Paktia province.",
			"killed", 45, "Radio Kabul", true},
		{"a state-run radio, the army in its statement", "",
			"State-run Radio Managua said the army killed 14 Contra rebels near the border.",
			"killed", 14, "Radio Managua", true},
		{"a news agency named after the state", "",
			"The Iraqi News Agency said Iraqi jets killed 25 Iranian troops.",
			"killed", 25, "Iraqi News Agency", true},
		{"a news agency described as the state's", "",
			"The Iraqi news agency INA said Iraqi gunners killed 25 Iranian troops near Basra.",
			"killed", 25, "INA", true},
		{"an official news agency described, not named", "",
			"The official Iraqi news agency said Iraqi forces killed 300 Iranian troops.",
			"killed", 300, "state media", true},
		{"an official news agency named right after its description", "",
			"Iraq's official news agency INA said Iraqi warplanes killed 30 people in a raid on an Iranian port.",
			"killed", 30, "INA", true},
		{"the table's alias wins", "",
			"Iran's official news agency said 12 people were killed in an Iraqi missile attack on Tehran.",
			"killed", 12, "state media", true},
		{"a table outlet described as the state's agency", "",
			"The official Soviet news agency Tass said Soviet and Afghan troops killed 20 rebels.",
			"killed", 20, "TASS", true},
		{"a table outlet alone still carries", "",
			"Tass said 20 rebels were killed in the mountains.",
			"killed", 20, "", false},
		{"the table's organ keeps its name", "",
			"The Iranian news agency IRNA said Iranian troops killed 40 Iraqi soldiers.",
			"killed", 40, "IRNA", true},
		{"a station of a state that does not fight", "",
			"Radio Cairo said 30 people were killed in fighting between Iraqi and Iranian troops near Basra.",
			"killed", 30, "Radio Cairo", false},
		{"the radio said, after the station's name", "",
			"Tehran Radio said Iranian forces overran two Iraqi positions. The radio said 300 Iraqi soldiers were killed.",
			"killed", 300, "Tehran Radio", true},
		{"a station heard abroad, in an aside", "",
			"Tehran radio, monitored by the British Broadcasting Corporation, said 40 Iraqi soldiers were killed in an Iranian offensive.",
			"killed", 40, "Tehran radio", true},
		{"a station received in another capital", "",
			"Radio Kabul, heard in Islamabad, said Afghan troops killed 45 rebels.",
			"killed", 45, "Radio Kabul", true},
		{"an adjective's radio", "",
			"Two Libyan soldiers were killed in the clash, Chadian radio said, adding that Chadian forces captured the oasis.",
			"killed", 2, "Chadian radio", true},
	})
}

// TestOriginatorRulesWire6Sayers: a state named as the sayer by its name
// or capital is its government, written by the state's name; its
// ministries written out are its offices; a party's claim when the state
// fights in the story.
func TestOriginatorRulesWire6Sayers(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a state by its name, of its own forces", "",
			"Iraq said its warplanes killed 30 Iranian soldiers on the southern front.",
			"killed", 30, "Iraq", true},
		{"a state by its capital", "",
			"Baghdad said its forces killed 60 Iranians in the marshes.",
			"killed", 60, "Iraq", true},
		{"a capital's report that, the state attacked", "",
			"Tehran reported that Iraqi planes killed 22 people in a raid on the Iranian town of Foo.",
			"killed", 22, "Iran", true},
		{"a state's own deed", "",
			"Iraq said it killed 30 Iranian soldiers in the marshes.",
			"killed", 30, "Iraq", true},
		{"a state's claim", "",
			"Iran claimed its forces killed 500 Iraqi troops.",
			"killed", 500, "Iran", true},
		{"according to a state", "",
			"Thirty Iranian soldiers were killed in the Iraqi counter-attack, according to Iraq.",
			"killed", 30, "Iraq", true},
		{"a capital of two states: the one the article names", "",
			"Moscow said Soviet troops killed 20 rebels near Kandahar.",
			"killed", 20, "Soviet Union", true},
		{"a capital of two states: the first otherwise", "",
			"Moscow said Russian jets killed 20 militants near Idlib.",
			"killed", 20, "Russia", true},
		{"a state whose people are the counted does not fight", "",
			"Three Lebanese engineers were killed by gunmen near Mosul, Lebanon said.",
			"killed", 3, "Lebanon", false},
		{"a person's surname is no state", "",
			"Two people were killed in the riot, Vernon Jordan said.",
			"killed", 2, "", false},
		{"a state's ministry, the state attacked", "",
			"Iraq's Foreign Ministry said Iranian artillery killed 30 civilians in an attack on the Iraqi city of Basra.",
			"killed", 30, "Foreign Ministry", true},
		{"a ministry of a state that does not fight", "",
			"Two Jordanian truck drivers were shot dead near Falluja, the Jordanian Foreign Ministry said.",
			"killed", 2, "Jordanian Foreign Ministry", false},
		{"a state's defence ministry is the army", "",
			"Nicaragua's Defence Ministry said 14 Contra rebels were killed in clashes.",
			"killed", 14, "army", true},
		{"the table's name for a capital", "",
			"Washington said 12 sailors were killed when the frigate was hit.",
			"killed", 12, "United States", true},
	})
}

// TestOriginatorRulesWire6Communiques: a military or war communique, the
// high command and a military spokesman in a capital are the state's army:
// `army` (`Syrian army` in an article set in Syria), a named army of the
// table when the state's adjective names one.
func TestOriginatorRulesWire6Communiques(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a military communique", "",
			"A military communique said Iraqi forces killed 200 Iranian soldiers.",
			"killed", 200, "army", true},
		{"a war communique of a capital", "",
			"A Baghdad war communique said 40 Iranian soldiers were killed in the attack.",
			"killed", 40, "army", true},
		{"the high command's communique, then the communique", "",
			"A high command communique said Iraqi warplanes hit targets in Iran. The communique said 40 Iranian soldiers were killed.",
			"killed", 40, "army", true},
		{"a military spokesman in a capital", "",
			"A military spokesman in Baghdad said 50 Iranian soldiers were killed.",
			"killed", 50, "army", true},
		{"a state's military command", "",
			"The Iraqi military command said Iraqi jets killed 40 Iranian soldiers.",
			"killed", 40, "army", true},
		{"a communique of a named army of the table", "",
			"An Israeli military communique said four guerrillas were killed in south Lebanon.",
			"killed", 4, "Israeli military", true},
		{"a military communique in Syria", "",
			"A military communique said 17 militants were killed near Hama.",
			"killed", 17, "Syrian army", true},
	})
}

// TestKilledOrWoundedIsCasualties: "killed or wounded N", "N were killed
// or wounded" count casualties (killed and injured together), no killed or
// injured toll; a rate ("every day") is no count.
func TestKilledOrWoundedIsCasualties(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"killed or wounded before the count", "",
			"Iran said its forces killed or wounded 3,000 Iraqi troops in the offensive east of Basra.",
			"casualties", 3000, "Iran", true},
		{"killed or wounded after the count", "",
			"More than 500 Iraqi soldiers were killed or wounded in the fighting, Iran said.",
			"casualties", 500, "Iran", false},
		{"killed and wounded before the count", "",
			"The blast killed and wounded 40 people, police said.",
			"casualties", 40, "police", true},
	})
	tests := []struct{ name, text string }{
		{"no killed toll", "Iran said its forces killed or wounded 3,000 Iraqi troops in the offensive east of Basra."},
		{"a rate is no count", "Ten people are killed or wounded by mines every day in the province."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Text: tt.text}).Facts
			if f.Killed != nil || f.Injured != nil {
				t.Errorf("killed %+v, injured %+v, want none", f.Killed, f.Injured)
			}
			if tt.name == "a rate is no count" && f.Main("casualties") != nil {
				t.Errorf("casualties %+v, want none", f.Main("casualties"))
			}
		})
	}
	runOriginatorCases(t, []originatorCase{
		{"killed and wounded, each with its count", "",
			"The blast killed 12 people and wounded 40 others in the market, police said.",
			"injured", 40, "police", true},
	})
}
