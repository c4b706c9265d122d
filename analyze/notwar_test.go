package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateHazardOpening: pages with no headline whose first sentence tells
// a natural hazard (round h-gate27). The four openings are the fit
// documents' own, shortened (rwp11-4b03a43bdd, rwp11-546071c95f,
// rwp11-80651224a0, rwp10-51c6e20cc8: both readings not about war, each
// given humanitarian before the rule); the counter-cases are invented.
func TestGateHazardOpening(t *testing.T) {
	for _, tc := range []struct{ name, text, reason string }{
		{"drought before conflict (rwp11-4b03a43bdd)", ` date 2018-05-15 Istanbul, May 15 (DHA) - The evolving drought situation in Afghanistan exacerbates underlying challenges to food security from conflict and weak labour markets. World Food Programme (WFP) is preparing for a possible drought response to up to 1 million people.

La Niña has had a devastating effect on this year’s planting season, with a rain, snow and sleet deficit of 70 per cent prevailing across most of the country.

Nearly 10,000 people in Hirat Province were verified as recently displaced due to the ongoing drought and assisted with essential household items by IOM, food by WFP, hygiene kits by the United Nations Children's Fund (UNICEF) and tents by the International Rescue Committee (IRC).`, news.NotDisaster},
		{"earthquake, insecurity after it (rwp11-546071c95f)", `NGOs are rushing to respond to a 7.2 magnitude earthquake that hit Haiti on Saturday as tropical depression Grace begins dumping rain Monday on affected areas, which were already challenging to access due to ongoing insecurity.
The destruction of roads, remoteness of some affected communities, and ongoing gang violence all prevent swift distribution of aid. Even with the approaching tropical cyclone, NGOS are working to get staffers in place to conduct needs assessments of the population.
The earthquake’s epicenter was in the southwest part of the country and is primarily affecting the departments of Sud, Grand'Anse, and Nippes. Nearly 1,300 people have been reported dead, with the count expected to grow as response operations and the possibility of additional aftershocks continue.`, news.NotDisaster},
		{"cyclone over Cox's Bazar (rwp11-80651224a0)", `Bangladesh is preparing for the arrival of Cyclone Mocha (pronounced as ‘Mokha’), a powerful storm packing winds of up to 175 kph (109 mph), headed towards the coasts of eastern Bangladesh and Myanmar.
Thousands of people in both countries have already fled to safer areas ahead of the storm.
As meteorologists warned that the cyclonic storm Mocha’s path looks set to affect Bangladesh’s southeastern border district of Cox’s Bazar, authorities in Bangladesh were quick to jump into action.
Over a million Rohingya refugees live in Cox’s Bazar.`, news.NotDisaster},
		{"cyclone over camps of a war's displaced (rwp10-51c6e20cc8)", `“On 14th May, Cyclone Mocha made landfall onto the coast of Rakhine State, where early reports from the State's capital, Sittwe, indicate destruction across the city. Humanitarian organizations are working to understand the full extent of the damage after the extreme wind estimated at 250 kmph speed damaged roads, power lines, communication infrastructure and houses, including makeshift shelters in camps for those internally displaced by ongoing conflict.

“Myanmar's geography, with its low-lying areas, puts many communities, including people who are internally displaced, at high risk of flooding and mudslides.

“The arrival of Cyclone Mocha worsens an already dire situation in Rakhine State. Currently, there are over 250,000 people, including Rohingya and others who were displaced due to conflict, residing in displacement camps.`, news.NotDisaster},
		// invented: the war's displacement told first, the flood after it
		{"fighting first", `Fighting between the army and armed groups displaced 12,000 people from villages near Sittwe in Rakhine State this week, the UN said. Families fled to camps already crowded with people displaced by the conflict. Floods later damaged some of the camps' shelters.`, ""},
		// invented: a flood's opening, then a text of war
		{"a flood's opening, a war's text", `Floods damaged shelters in three camps near Idlib on Monday, the UN said. Airstrikes and shelling killed 14 civilians in the city the same day, and clashes between government forces and armed groups displaced 9,000 people. The fighting has displaced more than 900,000 people since December.`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) { checkRelevance(t, "", tc.text, tc.reason) })
	}
}

// TestGateMigrantsAbused: reports of migrants held and abused by
// traffickers in a country at war (round h-gate27). The two are the fit
// documents' own openings, shortened (rwp11-508a8a958d, rwp11-84292a0ef7:
// both readings not about war; humanitarian, and ceasefire and talks, before
// the rule); the counter-cases are invented.
func TestGateMigrantsAbused(t *testing.T) {
	for _, tc := range []struct{ name, title, text, reason string }{
		{"armed groups among the abusers (rwp11-508a8a958d)", "", `A U.N. report documents a litany of violations and abuses committed against migrants and refugees in Libya.
The U.N. human rights office says state officials, armed groups, smugglers and traffickers have been known to subject the migrants and refugees to "unimaginable horrors." These include unlawful killings, torture, arbitrary detention, gang rape, slavery, forced labor and extortion.
U.N. monitors visited 11 official, government-run detention centers where thousands of migrants and refugees are being held. They documented cases of torture, beatings, and forced labor.
U.N. human rights spokesman Rupert Colville tells VOA that conditions for people held by armed groups and criminal gangs in unofficial detention centers are even worse.
"They will sell migrants either for labor, for sort of forced labor or slavery, or women for sex and they will pass them from gang to gang and so on."`, news.NotNoConflict},
		{"the war as background (rwp11-84292a0ef7)", "", `Feb 17 (Reuters) - Migrants in Libya, including young girls, are at risk of being killed, tortured, raped or put into domestic slavery, according to a U.N. report that called for a moratorium on the return of migrant boats to the country until human rights are ensured.
Libya has become a transit route for migrants fleeing conflict and poverty to Europe across the Mediterranean since the fall in 2011 of dictator Muammar Gaddafi to a NATO-backed uprising. Factional conflict has split the country into western and eastern factions since 2014.
In recent years, the EU and EU member states have supported and trained the Libyan coastguard, which returns migrants stopped at sea to detention centres.
A report published on Tuesday by the U.N. Human Rights Office and the U.N. Support Mission said migrants are rounded up and abducted by criminal trafficking networks, often with ties to the Libyan authorities and criminal networks abroad.`, news.NotNoConflict},
		// invented: migrants caught in the war's fighting
		{"a detention centre struck", "", `Migrants held in a detention centre in Tajoura, Libya, were killed when an airstrike hit the centre on Tuesday, the UN said. Smugglers had brought many of them to Libya. Clashes between rival forces continued in southern Tripoli.`, ""},
		// invented: a headline of the war's fighting over a migrants' text
		{"a headline of fighting", "Clashes trap migrants in Tripoli", `Migrants held by traffickers in Tripoli were trapped as clashes between armed groups spread through the city, the UN said. Migrants said smugglers had abandoned them.`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) { checkRelevance(t, tc.title, tc.text, tc.reason) })
	}
}

// TestGateHazardTold: agency pages with no headline on a volcano's eruption
// in a place of a war (round h-gate28). The two texts are the fit
// documents' own, shortened (rwp7-1f5d1ef24c, UNICEF DRC; rwp7-f60a4e3edb,
// OCHA DRC: Nyiragongo's eruption over Goma in May 2021, both readings not
// about war, each given humanitarian on main when read with no headline);
// the counter-cases are invented. The first two fail on main.
func TestGateHazardTold(t *testing.T) {
	for _, tc := range []struct{ name, text, reason string }{
		{"lava flows in the opening (rwp7-1f5d1ef24c)", `The eruption of Mount Nyiragongo on the evening of 22 May 2021, and the two lava flows have affected Kibumba park as well as Buhene and Kibati in the North-East of Goma, DRC. More than 20,000 people from Goma have fled Saké, 25 km north- west of Goma on the day of eruption. 32 people have died as a direct result of the eruption (either burned by the lava or asphyxiated by fumes), including three children, while 40 have been reported missing.

As of 26 May, it is estimated that the eruption directly affected 20 villages within the groupements of Kibati, Munigi and Mutaho, representing 3,629 burned houses. This results in around more than 20,000 displaced population.

It has also been reported that 38 health centers have been affected by the volcanic eruption.

As of May 25 2021 four primary schools and equipment have been destroyed by the lava flows while one is occupied by IDPs.`, news.NotDisaster},
		{"an opening of furniture (rwp7-f60a4e3edb)", `The report is produced by OCHA DRC in collaboration with humanitarian partners. It covers the period of 31 May 2021, until 4pm (Goma time).

More than 232,400 displaced persons in Sake, Rutshuru, Lubero, Minova and Bukavu

1,361 unaccompanied children as a result of the volcanic eruption, including 858 children who have already been reunited

SITUATION OVERVIEW

The Goma Volcano Observatory (OVG) announced on 31 May that the possibility of an eruption on land or under the lake has not been ruled out and recommended that the population stay away from lava flows.

Following the Nyiragongo volcano eruption, 1,361 unaccompanied children have been identified by UNICEF.

Food assistance to displaced people is underway in Sake and Minova.`, news.NotDisaster},
		// invented: violence in the lead of a report that names floods often
		{"violence in the lead", `More than 5,800 people were displaced in Goma this week as violence escalates, the UN said. Families fled to schools and churches. Floods had already damaged shelters in the area, and heavy rains and further floods are forecast; flood response teams are stretched.`, ""},
		// invented: a war's report that names a flood twice
		{"a flood named twice", `The report is produced by OCHA DRC in collaboration with humanitarian partners. It covers the period of 1 to 7 June 2021.

Clashes between armed groups displaced 14,000 people from villages near Rutshuru. No flood-related displacement was reported, and registration of flood-affected households will start in the rainy season. Aid agencies are assisting the displaced in Rutshuru.`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) { checkRelevance(t, "", tc.text, tc.reason) })
	}
}
