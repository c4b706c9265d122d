package story

import "testing"

// Invented headlines, as an outlet or a collection that strips punctuation
// leaves them.
func TestCleanHeadlineMendsWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// two letters swapped in a staple of war reporting
		{"Shelling kills 6 civilains in Foo town", "Shelling kills 6 civilians in Foo town"},
		{"Raid kills 7 Inculding two Children near Aleppo", "Raid kills 7 Including two Children near Aleppo"},
		// a word the reports do not use is no misspelling of one
		{"Minister praises aid workers in Aleppo", "Minister praises aid workers in Aleppo"},
		// a plural attack noun takes a plural verb, after a short phrase too
		{"Heavy Clashes Rages in Northern Hama", "Heavy Clashes Rage in Northern Hama"},
		{"Coalition Airstrikes on ISIS Kills 12 in Raqqa", "Coalition Airstrikes on ISIS Kill 12 in Raqqa"},
		{"Rocket attacks intensifies on Aleppo", "Rocket attacks intensify on Aleppo"},
		// a noun that is a verb itself keeps its verb; a singular subject its own
		{"Russia strikes targets near Homs", "Russia strikes targets near Homs"},
		{"Army battles rebels in Idlib", "Army battles rebels in Idlib"},
		{"Shelling of villages kills 4 in Daraa", "Shelling of villages kills 4 in Daraa"},
		// a possessive at the end lost what it owned
		{"Rebels shell army posts in Syrias", "Rebels shell army posts in Syria"},
		{"Rebels shell army posts in Syria's", "Rebels shell army posts in Syria"},
		{"Talks on prisoners with Hamas", "Talks on prisoners with Hamas"},
		{"Army retakes villages near Homs", "Army retakes villages near Homs"},
		// a count above one counts a plural group
		{"Army Says 12 Militant Killed in Hama", "Army Says 12 Militants Killed in Hama"},
		{"1 Civilian Killed 3 Soldier Wounded in Daraa", "1 Civilian Killed, 3 Soldiers Wounded in Daraa"},
		{"12 Nusra Killed in Hama", "12 Nusra Killed in Hama"},
		// two headlines run together after a place
		{"12 Militants Killed in Hama Syrian Army Takes Two Villages in Idlib", "12 Militants Killed in Hama; Syrian Army Takes Two Villages in Idlib"},
		{"Jets Pound Rebel Posts in Daraa 14 Fighters Killed", "Jets Pound Rebel Posts in Daraa; 14 Fighters Killed"},
		{"Jets Pound Rebel Posts in Deir Ezzor 14 Fighters Killed", "Jets Pound Rebel Posts in Deir Ezzor; 14 Fighters Killed"},
		// a count after a place of any preposition, a part of a place, an attack told in the passive, a number
		{"Rebels claim blasts near Homs at least 12 dead", "Rebels claim blasts near Homs; at least 12 dead"},
		{"Kurds Repel Attack in Northern Raqqa 40 Militants Killed", "Kurds Repel Attack in Northern Raqqa; 40 Militants Killed"},
		{"Market in Hama Shelled 4 Civilians Killed", "Market in Hama Shelled; 4 Civilians Killed"},
		{"Toll of Car Bomb in Homs Rises to 14 30 Wounded", "Toll of Car Bomb in Homs Rises to 14; 30 Wounded"},
		// a person and a relative before a count of the dead
		{"Rebel Spokesman Son 12 Fighters Killed in Hama Raids", "Rebel Spokesman, Son, 12 Fighters Killed in Hama Raids"},
		{"Army Says Commander Brother Killed in Homs", "Army Says Commander Brother Killed in Homs"},
		// a count that is the verb's object, or a place's number, runs on
		{"Jets Bombed 3 Villages in Hama", "Jets Bombed 3 Villages in Hama"},
		{"Shelling near Homs Kills 5 Children", "Shelling near Homs Kills 5 Children"},
		{"Talks on Syria to Resume in Geneva on 14 March", "Talks on Syria to Resume in Geneva on 14 March"},
		// a place followed by more of the same clause, or by its teller, stays whole
		{"14 Fighters Killed in Daraa Countryside Clashes", "14 Fighters Killed in Daraa Countryside Clashes"},
		{"Bomb kills 9 in Homs Syrian Army says", "Bomb kills 9 in Homs Syrian Army says"},
		// two counts run together once their comma was lost
		{"12 Villagers 4 Children Killed in Shelling of Hama", "12 Villagers, 4 Children Killed in Shelling of Hama"},
		{"20 Dead Dozens Wounded in Car Bomb in Homs", "20 Dead, Dozens Wounded in Car Bomb in Homs"},
		// a smaller count of children after one of civilians is among them
		{"14 Civilians 5 Children Killed in Raqqa by Jets: Monitor", "14 Civilians, Including 5 Children, Killed in Raqqa by Jets: Monitor"},
		{"9 civilians 2 women dead in Homs shelling", "9 civilians, including 2 women, dead in Homs shelling"},
		{"21 Civilians 4 Children Killed in Idlib", "21 Civilians, Including 4 Children, Killed in Idlib"},
		{"3 Civilians 6 Children Wounded in Hama", "3 Civilians, 6 Children Wounded in Hama"},
		// a second verb of the attack after its target, the comma lost
		{"Car Bomb Hits Market in Homs Kills 9", "Car Bomb Hits Market in Homs, Kills 9"},
		{"Shelling Targets Hospital in Idlib Claims 7 Lives", "Shelling Targets Hospital in Idlib, Claims 7 Lives"},
		{"Two Rocket Attacks Target Aleppo Districts Kill 12", "Two Rocket Attacks Target Aleppo Districts, Kill 12"},
		{"Shelling Targets Hospital in Idlib, Kills 7", "Shelling Targets Hospital in Idlib, Kills 7"},
		{"Army Hits Back as Rebels Kill 5 in Hama", "Army Hits Back as Rebels Kill 5 in Hama"},
		{"Airstrikes Kill 10 in Raqqa", "Airstrikes Kill 10 in Raqqa"},
		{"Jets Pound Rebel Posts and Kill 14 in Daraa", "Jets Pound Rebel Posts and Kill 14 in Daraa"},
		{"Army Kills 14 Militants in Hama", "Army Kills 14 Militants in Hama"},
		{"Shelling kills 5 in Hama 3 in Homs", "Shelling kills 5 in Hama 3 in Homs"},
		// two places run together once their comma was lost
		{"Clashes Rage in Fighting of Homs Aleppo", "Clashes Rage in Fighting of Homs, Aleppo"},
		{"17 killed in Daraa Idlib: Monitor", "17 killed in Daraa, Idlib: Monitor"},
		{"Shells kill 6 in Damascus Aleppo and Idlib", "Shells kill 6 in Damascus, Aleppo and Idlib"},
		{"Attack on Council Offices in Azaz Aleppo", "Attack on Council Offices in Azaz, Aleppo"},
		{"Rebels cut the Aleppo Homs highway", "Rebels cut the Aleppo Homs highway"},
		{"Jets strike Deir Ezzor", "Jets strike Deir Ezzor"},
		// a place spelled as a broken encoding left it takes the gazetteer's name
		{"Street Battles Rage in Kobni", "Street Battles Rage in Kobani"},
		{"Army shells Idleb villages", "Army shells Idleb villages"},
		{"Army Regains Towns in Hamah", "Army Regains Towns in Hamah"},
	} {
		if got := CleanHeadline(tc.in, ""); got != tc.want {
			t.Errorf("CleanHeadline(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := CleanHeadline(tc.want, ""); got != tc.want {
			t.Errorf("CleanHeadline(%q) = %q, want it unchanged", tc.want, got)
		}
	}
}

func TestTellsCasualties(t *testing.T) {
	for h, want := range map[string]bool{
		"150 Fighters Killed Injured in Clashes South of Aleppo": true,
		"40 dead and wounded in market blast":                    true,
		"Car bomb leaves 30 casualties in Homs":                  true,
		"Car bomb kills 30 in Homs":                              false,
		"12 killed as wounded are moved to Turkey":               false,
	} {
		if got := tellsCasualties(h); got != want {
			t.Errorf("tellsCasualties(%q) = %v, want %v", h, got, want)
		}
	}
	if statesFigure("150 Fighters Killed Injured in Clashes South of Aleppo", []string{"150"}) {
		t.Error("a count of the killed and the injured together states the story's death toll")
	}
	if !statesFigure("150 Fighters Killed in Clashes South of Aleppo", []string{"150"}) {
		t.Error("a death toll is not stated")
	}
}

// Invented headlines of three classes a title stripped of its punctuation
// leaves: two predicates of one subject, a place before the count that
// opens the headline, a place's possessive without its apostrophe.
func TestCleanHeadlineMendsStrippedMarks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// two predicates of one subject, both singular or both plural
		{"Army Kills Rebel Leader in Hama Advances in Idlib", "Army Kills Rebel Leader in Hama, Advances in Idlib"},
		{"Kurdish Forces Seize Village near Raqqa Take Two Hills", "Kurdish Forces Seize Village near Raqqa, Take Two Hills"},
		{"Navy destroys smuggling boats kills 9 gunmen", "Navy destroys smuggling boats, kills 9 gunmen"},
		{"Jets destroy fuel depots kill 40 militants in a week", "Jets destroy fuel depots, kill 40 militants in a week"},
		{"Troops Retake Town Repel Attack on Checkpoint", "Troops Retake Town, Repel Attack on Checkpoint"},
		{"Jets kill 6 in Idlib destroy bakery in Hama", "Jets kill 6 in Idlib, destroy bakery in Hama"},
		{"Jets kill 6 in raids destroy bakery", "Jets kill 6 in raids destroy bakery"},
		// two verbs in a row share one object, a count or a name
		{"Gunmen Kill Crucify 5 Men in Raqqa", "Gunmen Kill, Crucify 5 Men in Raqqa"},
		{"Militia Abducts Executes Three Farmers", "Militia Abducts, Executes Three Farmers"},
		{"Group Abducts Kills Aid Worker", "Group Abducts, Kills Aid Worker"},
		{"Rebels Seize Capture Point", "Rebels Seize Capture Point"},
		{"Army Kill Injures 12 in Hama", "Army Kill Injures 12 in Hama"},
		// one predicate, or two told with their conjunction, mark or own subject, keep their words
		{"Army Kills Rebel Leader in Hama, Advances in Idlib", "Army Kills Rebel Leader in Hama, Advances in Idlib"},
		{"Army Kills 20 in Hama and Advances in Idlib", "Army Kills 20 in Hama and Advances in Idlib"},
		// "&" is a headline's "and"
		{"Jets Kill 35 & Destroy Hospital in Idlib", "Jets Kill 35 & Destroy Hospital in Idlib"},
		{"Army Kills 20 in Hama & Advances in Idlib", "Army Kills 20 in Hama & Advances in Idlib"},
		{"Shells kill 6 in Damascus Aleppo & Idlib", "Shells kill 6 in Damascus, Aleppo & Idlib"},
		{"Regime & Allies Pound Homs & Its Countryside", "Regime & Allies Pound Homs & Its Countryside"},
		{"Rebels Kill 5 Soldiers in Army Advance on Homs", "Rebels Kill 5 Soldiers in Army Advance on Homs"},
		{"Army Kills 20 in Hama Advances", "Army Kills 20 in Hama Advances"},
		{"Army says rebels kill 12 civilians", "Army says rebels kill 12 civilians"},
		{"Militants who seize towns kill 10 villagers", "Militants who seize towns kill 10 villagers"},
		{"Jets destroy fuel depots as rebels kill 40 soldiers", "Jets destroy fuel depots as rebels kill 40 soldiers"},
		// a place before the count that opens the headline
		{"Syria Five Civilians Killed in Car Bomb Attack", "Syria: Five Civilians Killed in Car Bomb Attack"},
		{"Iraq 12 Soldiers Wounded in Roadside Blast", "Iraq: 12 Soldiers Wounded in Roadside Blast"},
		{"Deir Ezzor 30 Militants Killed in Airstrikes", "Deir Ezzor: 30 Militants Killed in Airstrikes"},
		{"Syria: Five Civilians Killed in Car Bomb Attack", "Syria: Five Civilians Killed in Car Bomb Attack"},
		{"Syria 2015 budget approved by parliament", "Syria 2015 budget approved by parliament"},
		{"Syria army kills 20 rebels", "Syria army kills 20 rebels"},
		{"Geneva 2 Talks Open with Rebels Absent", "Geneva 2 Talks Open with Rebels Absent"},
		{"Aleppo 40 Dead in Market Blast", "Aleppo: 40 Dead in Market Blast"},
		// a place's possessive without its apostrophe, before what it owns
		{"32 killed in Syrias Daraa Aleppo: NGO", "32 killed in Syria's Daraa, Aleppo: NGO"},
		{"Jets pound Iraqs Mosul at dawn", "Jets pound Iraq's Mosul at dawn"},
		{"Rebels shell Homs Old City", "Rebels shell Homs Old City"},
		{"Hamas Leaders meet in Doha", "Hamas Leaders meet in Doha"},
		{"Syrians Flee Fighting in Aleppo", "Syrians Flee Fighting in Aleppo"},
		{"Iraqis Mourn Dead of Mosul Blast", "Iraqis Mourn Dead of Mosul Blast"},
	} {
		if got := CleanHeadline(tc.in, ""); got != tc.want {
			t.Errorf("CleanHeadline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
