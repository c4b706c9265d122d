package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestStateChanges: the headline or lead that reports a change as news
// gives it; one that tells it as background, or only mentions the state,
// does not.
func TestStateChanges(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []news.Change
	}{
		{"truce collapses", "Syria truce collapses as air strikes pound Aleppo",
			"The week-old ceasefire brokered by Russia and the United States collapsed on Monday as air strikes hit rebel-held districts of Aleppo, killing dozens.",
			[]news.Change{news.ChangeCeasefireCollapsed}},
		{"truce takes effect", "Syria ceasefire takes effect at sundown",
			"A nationwide ceasefire brokered by Russia and the United States took effect at sundown on Monday, the first day of Eid al-Adha.",
			[]news.Change{news.ChangeCeasefireInEffect}},
		{"truce as background", "Deadly convoy attack near Aleppo",
			"An aid convoy was hit near Aleppo on Monday, a day after the army declared the truce over and a week after the ceasefire took effect.",
			nil},
		{"talks open", "Syria peace talks open in Geneva",
			"UN-brokered peace talks between the Syrian government and the opposition opened in Geneva on Friday, the UN envoy said.",
			[]news.Change{news.ChangeTalksOpened}},
		{"talks suspended", "UN envoy suspends Syria peace talks",
			"The UN envoy suspended the Geneva peace talks on Wednesday until the end of the month as fighting raged around Aleppo.",
			[]news.Change{news.ChangeTalksSuspended}},
		{"evacuation begins", "Evacuation begins from besieged Syrian towns",
			"The evacuation of thousands of people from four besieged Syrian towns began on Friday under a deal between the government and rebels, a monitor said.",
			[]news.Change{news.ChangeEvacuationBegun}},
		{"first strike", "US launches first direct strike on Syrian government forces",
			"The United States fired 59 cruise missiles at a Syrian air base on Friday in response to a chemical attack, the Pentagon said.",
			[]news.Change{news.ChangeFirst, news.ChangeInterstateStrike}},
		// A state's forces striking another state's government forces
		// is a change of state; a party's strikes on the groups it
		// fights, or a strike told as background, are not.
		{"interstate strike, active", "Cruise missiles hit Syrian airfield",
			"Dozens of US cruise missiles struck a Syrian regime airbase near Homs early on Friday, officials said.",
			[]news.Change{news.ChangeInterstateStrike}},
		{"interstate strike, passive", "Syrian army positions struck by Israeli jets",
			"Warplanes hit positions on the Golan Heights overnight, the army said.",
			[]news.Change{news.ChangeInterstateStrike}},
		{"interstate strike, verb", "Israel strikes Syrian army positions near Quneitra",
			"Israeli aircraft hit two artillery posts overnight after shells landed in the Golan, the military said.",
			[]news.Change{news.ChangeInterstateStrike}},
		{"party's strikes on rebels", "Russian air strikes pound rebels in Idlib",
			"Russian warplanes struck rebel-held towns in Idlib province on Saturday, killing 12 civilians, a monitor said.", nil},
		{"strikes beside the army", "Russian strikes on rebels backing Syrian government forces kill 9",
			"Russian jets hit rebel positions near Hama on Sunday in support of an army offensive, a monitor said.", nil},
		{"coalition strikes on IS", "US-led coalition strikes kill 15 near Raqqa",
			"Air strikes by the US-led coalition hit Islamic State positions west of Raqqa on Saturday, a monitor said.", nil},
		{"interstate strike as background", "Regime jets bomb Idlib town",
			"Regime warplanes bombed a town in Idlib on Sunday, days after the US strike on a Syrian airbase, a monitor said.", nil},
		{"states already at war", "Russian missiles strike Ukrainian army positions",
			"Russian missiles struck Ukrainian army positions near the front line overnight, killing four soldiers, officials said.", nil},
		{"no deal reached", "United States and Russian Federation report progress but no deal reached on Syria",
			"Russian Foreign Minister Sergey Lavrov told reporters that the peace talks had been excellent, but no agreement was reached.", nil},
		// An authority declaring a disaster area, a state of emergency or
		// a famine is a change of the plight's state (issue 13, 2016-05-30
		// window); a call to declare one is not.
		{"disaster area declared", "Opposition declares Hama province disaster area amid air raids",
			"The opposition council declared the whole of Hama province a disaster area on Tuesday and urged aid agencies to send medical teams to the thousands displaced by the bombing.",
			[]news.Change{news.ChangeEmergencyDeclared}},
		{"state of emergency declared", "Governor declares state of emergency as refugees flood border town",
			"The governor declared a state of emergency in the border town on Monday as thousands of refugees fleeing the fighting arrived without food or shelter, aid agencies said.",
			[]news.Change{news.ChangeEmergencyDeclared}},
		{"a call to declare one", "Aid groups urge state of emergency for displaced",
			"Aid groups urged the government to declare a state of emergency for the thousands displaced by the fighting, who lack food and shelter in camps near the border.", nil},
		// A new offensive begun is a change of the fighting's state,
		// for the worse (issue 13, 2015-06-29 window: a new alliance's
		// offensive on a city was no key development); one threatened,
		// denied or told as background is not.
		{"offensive begun", "Rebels open new front in the north",
			"An alliance of rebel factions began a major offensive on Tuesday to seize the government-held half of the provincial capital, a monitor said.",
			[]news.Change{news.ChangeOffensiveLaunched}},
		{"battle launched", "Insurgents launch battle to take southern city",
			"Insurgents shelled government districts of the city on Sunday, residents said.",
			[]news.Change{news.ChangeOffensiveLaunched}},
		{"the widest offensive since", "Heavy clashes on the city's western front",
			"Fighters stormed army posts along the western edge of the city on Monday. It was the widest rebel offensive on the city since the insurgents took its eastern districts three years ago, the monitor's head said.",
			[]news.Change{news.ChangeOffensiveLaunched}},
		{"an offensive threatened", "Army warns rebels to leave the valley",
			"The army threatened to launch an offensive on the valley unless the fighters left by Friday, state media said.", nil},
		{"an offensive as background", "Shelling kills four in border town",
			"Shelling killed four people in the border town on Thursday, a week after the army launched an offensive in the area, a monitor said.", nil},
		{"anniversary is no first", "Syrians mark first anniversary of Aleppo siege",
			"Residents of Aleppo marked the first anniversary of the siege with protests, activists said.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
			var got []news.Change
			for _, c := range an.Changes {
				got = append(got, c.Change)
				if c.Sentence == "" {
					t.Errorf("change %s without its sentence", c.Change)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("changes %v (categories %v, ceasefire %q), want %v", got, an.Categories, an.CeasefireStatus, tt.want)
			}
		})
	}
}

// TestOpensWithChangeAsBackground: a sentence that opens with a clause
// telling a change as what came before ("After the army declared the
// ceasefire over, ...") with or without its comma; not one whose change
// closes it, nor a truce as the setting ("Under a truce ...").
func TestOpensWithChangeAsBackground(t *testing.T) {
	for s, want := range map[string]bool{
		"After the army declared the ceasefire over, troops began a wide assault on the northern districts of the city on Friday.": true,
		"After the army declared the ceasefire over troops began a wide assault on the northern districts of the city on Friday.":  true,
		"Following the collapse of the truce, jets bombed the villages west of the town for hours without pause.":                  true,
		"Jets bombed the villages west of the town for hours, days after a truce brokered by the powers collapsed.":                false,
		"Under a truce agreed on Monday, 120 fighters left the district for the north by bus.":                                     false,
		"After the strikes, rescue workers pulled bodies from the rubble of three buildings in the east of the city.":              false,
		"After the ceasefire collapsed.": false,
	} {
		if got := OpensWithChangeAsBackground(s); got != want {
			t.Errorf("OpensWithChangeAsBackground(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestInterstateStrike: the words of a strike by a state's forces on
// another state's government forces, read without the article's categories.
func TestInterstateStrike(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"The United States fired 59 cruise missiles at a Syrian air base on Friday", true},
		{"U.S. missile strike on Syria's Shayrat airbase", true},
		{"Turkish artillery shelled Syrian government forces near Saraqeb", true},
		{"Russian missiles struck Ukrainian army positions", false},  // at war
		{"Russian missiles struck Syrian army positions", true},      // the words alone; no ally's strike says so
		{"Iraqi jets struck Iraqi army positions by mistake", false}, // one state
		{"US strikes on Islamic State positions near Raqqa", false},  // no government's forces
		{"Syrian government forces backed by Russian air strikes", false},
	} {
		if got := interstateStrike(lang.Words(tt.s)); got != tt.want {
			t.Errorf("interstateStrike(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
