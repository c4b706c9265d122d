package analyze

// hazardLed reports whether the article is a natural hazard's report: its
// lead tells a disaster (relevance.txt's [disaster]: an earthquake, a
// cyclone, a drought, floods), no armed party is named anywhere, the
// headline and lead tell no attack (no armed word but the soldiers of
// relief and the loose words of a war's setting, a siege suffered for
// years; no violence but a toll's dead, gender-based violence and violence
// named as crime's, peacetime.txt's [crimeviolence]: "ongoing gang
// violence"; no civilians) and the text names the hazard more often than
// anything armed, violent or of war. A country at war has earthquakes,
// cyclones and droughts too, and an agency's report of one names the war as
// the setting that makes its people vulnerable ("camps for those internally
// displaced by ongoing conflict", "challenges to food security from
// conflict", "already challenging to access due to ongoing insecurity"); the
// readers of the labels call it the hazard's, not the war's (GUIDE.md; issue
// 14, h-gate3: rwp11 and rwp10 fit, earthquakes in Haiti and in northwest
// Syria, a drought in Afghanistan, Cyclone Mocha in Rakhine).
//
// Fighting that is the news names its attack, its armed party or its
// civilians in the lead ("gangs who attack food convoys" in a storm-hit
// country), or outweighs the hazard in the text. A hazard named only in the
// headline, over a lead of gang violence that displaces people, is the
// violence's report (rwp5's Haiti outlook). A report of a people known as a
// persecution's refugees (the Rohingya and their camps: persecutedPeople)
// stays theirs, as in epidemicReport: the readers split on the camps'
// monsoon updates (rwp7).
func (c *gateCounts) hazardLed(in gateInput) bool {
	if in.party || c.lead[gateSections["disaster"]] == 0 || c.tl("wartoll") > 0 || persecutedPeople(in.title) || persecutedPeople(in.lead) {
		return false
	}
	if c.armedTL > c.tl("relief")+c.tl("loose") {
		return false
	}
	crime := peaceNeeds["crimeviolence"].count(in.title) + peaceNeeds["crimeviolence"].count(in.lead)
	if c.forceTL > c.tl("toll")+gbvIn(in.title, in.lead)+crime {
		return false
	}
	war := 0
	for _, s := range []string{"armed", "force", "war"} {
		war += c.title[gateSections[s]] + c.text[gateSections[s]]
	}
	return c.title[gateSections["disaster"]]+c.text[gateSections["disaster"]] > war
}
