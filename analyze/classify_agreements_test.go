package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Agreements and negotiations of other wars, as short reports write them
// (the guide's talks: surrender and prisoner deals, dialogues, mediators,
// signed declarations), beside violence-only reports that must not read as
// talks. Two sets: the fitted one was read while writing the talks lexicon's
// agreement cues; the held-out one was written before it was first scored
// (main at 9729afe: 18 of 30; after the agreement cues: 22 of 30, no false
// alarm; 21 once "new round of" was narrowed to consultations, for "a new
// round of fighting" or of vaccinations is no talks; 26 after issue 14's
// cues, written from AG News and ReliefWeb fit halves and invented cases,
// scored twice: 26 mid-way, 26 at the end, no false alarm); its misses were
// not read. (Issue 14's writer saw the held-out sentences when the file was
// first opened, not which of them fail.)

// agreementsFitted are the cases the agreement cues were written from (a
// truce signed or agreed is left out: the labels give it ceasefire alone).
var agreementsFitted = []string{
	"About 200 Boko Haram fighters surrendered to the army in Borno state on Monday.",
	"Forty members of the ELN laid down their arms in Choco under a government programme.",
	"The Taliban freed 20 Afghan soldiers in exchange for the release of 50 prisoners.",
	"Houthi rebels released 290 detainees under a UN-brokered deal.",
	"Leaders of the two communities signed a peace accord in Bangui on Saturday.",
	"The army and the Karen National Union agreed to resume dialogue next month.",
	"Elders brokered a reconciliation between the Dinka and Nuer clans in Jonglei.",
	"The government handed over 12 bodies of fighters to the rebels in a swap.",
	"Rebels freed three kidnapped aid workers after negotiations with local chiefs.",
	"The M23 and Kinshasa held direct talks in Luanda.",
	"Militants handed over their weapons to the authorities in Mindanao.",
	"The two warring factions signed a memorandum of understanding to end hostilities.",
	"The junta and ethnic armed groups met in Naypyitaw for a peace dialogue.",
	"Tribal leaders and the army reached an understanding to end the siege of the town.",
	"Ukraine and Russia swapped 100 prisoners of war on Sunday.",
	"A group of 30 Anglophone separatists turned themselves in to the army in Bamenda.",
	"Israel released 39 Palestinian prisoners in return for 13 hostages freed by Hamas.",
	"Mediators from the African Union opened a dialogue between the army and the rebels.",
	"Representatives of Fatah and Hamas agreed in Cairo to form a unity government.",
	"Sudan's army and the RSF signed a declaration of principles in Jeddah on Thursday.",
	"Armenian and Azerbaijani foreign ministers met in Washington to finalise a peace text.",
	"The Philippine government and the MILF concluded a new round of negotiations in Kuala Lumpur.",
	"Some 120 al-Shabaab militants defected to the government in Hiraan region, officials said.",
	"Qatar mediated the return of four Ukrainian children from Russia.",
	"The rival Libyan parliaments agreed on a roadmap to elections after talks in Bouznika.",
	"Myanmar's military released 7,000 prisoners in an amnesty, including political detainees.",
	"The two sides exchanged the bodies of 50 soldiers killed in the fighting.",
	"Colombia and the ELN resumed peace negotiations in Mexico City.",
	"Kenyan President Ruto hosted South Sudan's rival factions for talks in Nairobi.",
	"The Yemeni government and the Houthis agreed to release 887 detainees.",
	"Sahel junta leaders met ECOWAS mediators in Niamey to discuss a transition timetable.",
	"DRC and Rwanda signed a peace agreement in Washington on Friday.",
	"The Polisario Front and Morocco were invited to a new round of UN consultations in Geneva.",
	"Tribal elders negotiated the handover of the town to government troops without a fight.",
	"Hundreds of FDLR fighters gave up their weapons at a demobilisation camp in North Kivu.",
	"The Taliban and the US signed a deal in Doha setting out the withdrawal of foreign troops.",
	"Mozambique's government and Renamo reached a deal on the disarmament of its fighters.",
	"The Arab League's envoy held consultations with both camps in Beirut.",
	// issue 14: agreements as other outlets word them (invented, modelled
	// on the AG News World and ReliefWeb fit halves and on wire styles)
	"A senior commander of the ADF gave himself up to Ugandan troops on Tuesday.",
	"Dozens of NPA guerrillas gave themselves up to the army in Mindanao.",
	"Hundreds of militiamen handed in their rifles at cantonment sites under the accord.",
	"Repentant insurgents surrender arms to troops in Borno.",
	"Former combatants entered a disarmament, demobilisation and reintegration programme in Bangui.",
	"The separatist fighters began decommissioning their weapons in the presence of monitors.",
	"Government forces accepted the surrender of 400 militants in the desert town.",
	"Armenia handed over the remains of 30 soldiers in exchange for prisoners.",
	"Kyiv and Moscow exchange bodies of fallen soldiers.",
	"The Red Cross facilitated the release of 40 detainees held by the two parties.",
	"Hundreds of detainees were set free under the agreement between the government and the rebels.",
	"Israel freed 90 Palestinian detainees as part of the deal.",
	"The rebels freed 15 captured soldiers as a goodwill gesture.",
	"Kinshasa and the rebel alliance initialled a preliminary accord in Doha.",
	"Rival factions struck an agreement to share power after weeks of negotiations.",
	"The warring communities signed a peace pact in Jonglei after decades of feuding.",
	"The government and the rebels concluded an agreement on the integration of fighters into the army.",
	"The junta agreed a timetable for a return to civilian rule with regional mediators.",
	"The rebels and the government met face to face in Kampala.",
	"The two delegations resumed discussions on the outstanding points in Addis Ababa.",
	"The government pulled out of the talks, accusing the rebels of bad faith.",
	"Chadian rebel groups boycotted the signing of the Doha accord.",
	"Rebel forces handed control of the border crossing to the army under the terms of the deal.",
	"The president signed a decree granting amnesty to fighters who lay down their weapons.",
	"The separatists rejected the government's offer of talks.",
	"The president received a delegation of the rebel movement at the palace.",
	"Russia returns 500 bodies of Ukrainian soldiers; Kyiv repatriates the remains of 40.",
	"The two countries signed a Qatar-brokered deal on the release of detained soldiers.",
	"The AU-led talks between the rival generals resumed in Addis Ababa.",
	"Pakistan's president set out proposals to solve the Kashmir dispute with India.",
	"The government and the opposition signed a power sharing accord in Juba.",
	"The ICRC oversaw the transfer of 72 detainees released by both parties.",
	"Peace envoys from the region arrived in the capital to meet the rival generals.",
	// headline style: present tense, commas for "and"
	"Russia, Ukraine swap prisoners ahead of talks.",
	"Houthis, government exchange hundreds of detainees.",
	"Senior ISWAP commander surrenders to troops in Borno.",
	"Militia commander defects to government with 40 fighters.",
	"Rival Libyan factions sign accords in Morocco.",
	"Both sides signed the document in the presence of the AU chairperson.",
	"The army walked out of the Jeddah talks on Monday.",
}

// violenceOnlyFitted are violence reports read with agreementsFitted.
var violenceOnlyFitted = []string{
	"Gunmen killed 15 villagers in an attack on Plateau state overnight.",
	"Russian drones struck energy facilities in Odesa, cutting power to thousands.",
	"Government troops recaptured the town of Kidal after two days of fighting.",
	"A car bomb exploded near a checkpoint in Mogadishu, killing six soldiers.",
	"Jihadists ambushed a military convoy near Djibo, killing 30 soldiers.",
	"Israeli strikes on Khan Younis killed at least 40 people, medics said.",
	"Clashes between rival militias in Tripoli killed 55 people.",
	"The army shelled rebel positions near Goma overnight.",
	"RSF fighters stormed El Geneina, killing hundreds of Masalit civilians.",
	"A landmine exploded under a bus in Kandahar, killing nine passengers.",
	// issue 14: what the agreement cues must not read as talks
	"A new round of fighting erupted in Khartoum on Tuesday.",
	"Soldiers exchanged fire with militants in a forest outside Maiduguri.",
	"The arrested gunmen were handed over to the police for prosecution.",
	"The police said the suspects handed themselves over after the shootout.",
	"The army surrendered territory to the rebels after a three-day battle.",
	"Ukrainian forces surrendered ground near the town under heavy assault.",
	"Rebels seized the base after its defenders surrendered.",
	"Gunmen freed 200 prisoners in a raid on the central jail.",
	"The rebels handed over the town to allied militias after a week of fighting.",
	"Relatives collected the bodies of victims returned by the army after the massacre.",
	"The two sides traded artillery fire across the river overnight.",
	"Fighters loyal to the general defected to the rival faction and attacked the base.",
	"Saudi-led coalition air strikes hit a Houthi-held market, killing 14.",
	"The militants handed over captured weapons to their commanders.",
	"The rebel commander held a secret meeting with his fighters before the assault.",
	"The bodies of the dead were handed over to the ICRC after the airstrike.",
	"Dozens of prisoners released from the jail by the attackers were recaptured.",
	"Both sides agreed that at least 40 people were killed in the clashes.",
	"The two sides met on the battlefield near the river, leaving dozens dead.",
	"Accusing each other of breaking the Turkish-brokered truce, the two sides shelled the border villages.",
}

// agreementsHeldOut and violenceOnlyHeldOut were written before scoring.
var agreementsHeldOut = []string{
	"Representatives of Juba and the SPLM-IO opened talks in Addis Ababa on a revitalised peace deal.",
	"The government of Mali and Tuareg rebel groups signed the Algiers accord.",
	"Negotiators from Kyiv and Moscow met in Istanbul for a second day.",
	"Fifty members of a Mai-Mai militia surrendered with their weapons in Beni territory.",
	"Hamas handed over the bodies of four hostages to the Red Cross under the agreement.",
	"The UN special envoy for Yemen briefed the Security Council on his contacts with the parties.",
	"The Colombian government and FARC dissidents set up a negotiating table in Caracas.",
	"Saudi and Houthi delegations held secret talks in Muscat, sources said.",
	"Kachin rebels and the Myanmar army agreed to hold a further round of talks in China.",
	"Turkey and Russia agreed on joint patrols under a memorandum signed in Sochi.",
	"The Nigerian government announced an amnesty programme for repentant militants.",
	"About 300 prisoners were freed as part of an exchange between Kyiv and Moscow.",
	"The Libyan factions signed a deal in Skhirat to form a unity government.",
	"The mediation team of IGAD met the rival generals in Khartoum.",
	"Israel and Hamas began indirect negotiations through Egyptian and Qatari mediators.",
	"Eritrea and Ethiopia signed a joint declaration of peace and friendship in Asmara.",
	"The Sudanese army agreed to send a delegation to the Jeddah talks.",
	"Georgia and Russia held a new round of the Geneva International Discussions.",
	"The Bangsamoro rebels began decommissioning their weapons under the peace agreement.",
	"The president of Chad met rebel leaders in Doha to sign a peace pact.",
	"Talks between the Afghan government and the Taliban collapsed in Doha.",
	"The Security Council adopted a resolution on the withdrawal of foreign fighters from Libya.",
	"Azerbaijan and Armenia initialled a peace agreement at the White House.",
	"The ELN released two kidnapped soldiers to a humanitarian commission as a goodwill gesture before talks.",
	"The junta invited armed groups to peace talks in Naypyitaw; three accepted.",
	"Prisoners were swapped between Houthi forces and the government at Sanaa airport.",
	"The rebels handed over control of the town to the army under a local deal brokered by elders.",
	"Macron spoke to Putin by telephone about the war in Ukraine.",
	"The AU Peace and Security Council met in Addis Ababa to discuss the crisis in Sudan.",
	"Somalia's government held reconciliation talks with clan elders in Galmudug.",
}

var violenceOnlyHeldOut = []string{
	"Suicide bombers attacked a mosque in Konduga, killing 18 worshippers.",
	"Ukrainian forces shot down 30 drones over Kyiv region overnight.",
	"Fighting between the army and Fano militia spread to Gondar.",
	"Rebels raided a village in Ituri, burning houses and killing 22 people.",
	"A mortar round hit a school in Donetsk, wounding three children.",
	"Islamic State claimed an attack on a Shia shrine in Kerman.",
	"Troops killed 12 militants in a raid on a hideout in North Waziristan.",
	"Israeli forces demolished the homes of two Palestinian attackers near Hebron.",
	"Unknown gunmen abducted 40 passengers from a bus in Zamfara.",
	"The Houthis fired a missile at a commercial ship in the Red Sea.",
	"Heavy artillery fire was reported in the outskirts of El Obeid on Wednesday.",
	"Government warplanes bombed a market in Tigray, killing more than 50 people.",
	"Armed men set fire to a church in Plateau state overnight.",
	"Myanmar's army burned down three villages in Sagaing region.",
	"Clashes broke out between Kurdish fighters and Turkish-backed groups near Manbij.",
	"Al-Shabaab fighters overran a military base in Middle Shabelle.",
	"A police officer was killed when an IED exploded in Balochistan.",
	"Sniper fire killed two civilians in Khartoum's Omdurman district.",
	"JNIM fighters killed dozens of soldiers in an attack on Barsalogho.",
	"Rockets hit an oil field in Kurdistan, causing a fire.",
}

// talksCount returns how many of texts the analysis gives talks.
func talksCount(texts []string) (n int, which []string) {
	for _, s := range texts {
		if slices.Contains(classifyText("", s).Categories, news.Talks) {
			n++
			which = append(which, s)
		}
	}
	return n, which
}

// TestAgreementsFitted: every fitted agreement reads as talks (two may
// miss; none does since issue 14's cues), and no violence-only report does.
func TestAgreementsFitted(t *testing.T) {
	n, _ := talksCount(agreementsFitted)
	v, _ := talksCount(violenceOnlyFitted)
	t.Logf("talks in %d/%d fitted agreements, %d/%d violence-only", n, len(agreementsFitted), v, len(violenceOnlyFitted))
	if n, _ := talksCount(agreementsFitted); n < len(agreementsFitted)-2 {
		t.Errorf("talks in %d of %d fitted agreements, want at least %d", n, len(agreementsFitted), len(agreementsFitted)-2)
	}
	if n, which := talksCount(violenceOnlyFitted); n > 0 {
		t.Errorf("talks in %d violence-only reports: %q", n, which)
	}
}

// TestAgreementsHeldOut keeps the held-out recall where it was last
// measured (26 of 30) and its false alarms at none of 20.
func TestAgreementsHeldOut(t *testing.T) {
	n, _ := talksCount(agreementsHeldOut)
	v, _ := talksCount(violenceOnlyHeldOut)
	t.Logf("talks in %d/%d held-out agreements, %d/%d violence-only", n, len(agreementsHeldOut), v, len(violenceOnlyHeldOut))
	if n, _ := talksCount(agreementsHeldOut); n < 26 {
		t.Errorf("talks in %d of %d held-out agreements, want at least 26", n, len(agreementsHeldOut))
	}
	if n, which := talksCount(violenceOnlyHeldOut); n > 0 {
		t.Errorf("talks in %d held-out violence-only reports: %q", n, which)
	}
}
