package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// originatorCase is a short text and the originator and party mark the
// figure of a kind and value must carry.
type originatorCase struct {
	name, title, text string
	kind              string
	value             int64
	orig              string
	party             bool
}

// runOriginatorCases checks each case as a subtest.
func runOriginatorCases(t *testing.T, cases []originatorCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			checkOriginator(t, &news.Article{Title: tt.title, Text: tt.text}, tt.kind, tt.value, tt.orig, tt.party)
		})
	}
}

// TestOriginatorRules holds one short text per attribution rule of issue 10
// ("who says it"): the originator the figure of a kind and value carries.
func TestOriginatorRules(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"the Observatory's head by his hyphenated surname alone", "",
			"The shelling of the suburbs killed more than 40 people, Abdul-Rahman said, adding that the toll could reach 200.",
			"killed", 40, "SOHR", false},
		{"a monitor named in a sentence with no number", "",
			"At least 11 children were killed in Damascus, a monitoring group said. The attack hit a school. " +
				"The Syrian Observatory for Human Rights has documented such attacks for years.",
			"killed", 11, "SOHR", false},
		{"a body's officials", "",
			"At least 359 civilians have been killed in Aleppo according to civil defense officials and medical sources in the city.",
			"killed", 359, "civil defence", false},
		{"a possessive without its apostrophe", "", "ISISs statement said the attack left nearly 50 rebels dead.",
			"killed", 50, "Islamic State", true},
		{"the army of a Syrian lead", "", "The army said its strikes killed 17 militants near Hama.",
			"killed", 17, "Syrian army", true},
		{"the army elsewhere", "", "The army said its strikes killed 17 militants near Kandahar.",
			"killed", 17, "army", true},
		{"the army of the one army that speaks", "",
			"At least 60 soldiers were killed in the air strikes near Deir Ezzor, the Russian army said. " +
				"\"Sixty-two soldiers were killed and a hundred others were injured\" the army said in a statement.",
			"injured", 100, "Russian military", true},
		{"Syria army", "", "At least 28 militants were killed in the city, the Syria army said.",
			"killed", 28, "Syrian army", true},
		{"a research centre", "",
			"The Syrian Center for Policy Research has put the death toll from the conflict at more than 470000.",
			"killed", 470000, "Syrian Center for Policy Research", false},
		{"a medical office of its own", "",
			"The Unified Medical Office in Eastern Ghouta said that two people were killed in airstrikes on Douma.",
			"killed", 2, "Unified Medical Office", false},
		{"a coalition's short name", "", "The Syrian National said the regime killed 35 civilians in rural Aleppo.",
			"killed", 35, "Syrian Coalition", true},
		{"a report's source of information line", "Syria: Health Sector Flash Update #22",
			"**Impact:**\n\n- Two patients died and five were injured in the shelling.\n\n**Source of information:** WHO Focal Points",
			"killed", 2, "WHO", false},
		{"between two sentences of one source", "",
			"\"Rebels fired hundreds of rockets\" said Rami Abdel Rahman, head of the Syrian Observatory for Human Rights. " +
				"Two days of bombardment have killed 38 civilians. Fighting has also killed 30 fighters according to the Observatory.",
			"killed", 38, "SOHR", false},
		{"a quotation that goes on", "",
			"At least 60 soldiers were killed in strikes on the air base, the Russian army said. " +
				"\"Coalition jets struck the air base four times\" the army said in a statement. " +
				"\"Sixty-two soldiers were killed and a hundred others were injured in these strikes.\"",
			"injured", 100, "Russian military", true},
		{"the body after a quotation", "",
			"Some 120 fighters were killed in Russian air strikes in Syria, the defence ministry in Moscow said on Saturday. " +
				"\"Up to 80 fighters were destroyed in the area of Mayadeen\" the ministry said adding some 40 IS fighters were killed around the town of Albu Kamal.",
			"killed", 40, "Russian military", true},
		{"said the source", "",
			"A source at Hasaka Police Command told SANA that a suicide bomber blew himself up in Qamishli. " +
				"Reports confirmed that five civilians were killed and many others were injured said the source noting that the toll may rise.",
			"killed", 5, "police", true},
		{"the source that closes the sentence", "",
			"AFP Friday 3 Jun 2016 UN says Syria airdrops not imminent Regime bombing raids on Aleppo killed 31 civilians on Friday the civil defence said.",
			"killed", 31, "civil defence", false},
		{"a headline's part", "Strike on Idlib kills 18 including five children",
			"At least 18 civilians including five children were killed in an airstrike on Idlib on Saturday, the Syrian Observatory for Human Rights reported.",
			"killed", 5, "SOHR", false},
		{"a party's count beside a monitor's toll", "",
			"At least 20 civilians were killed in the strikes near Hama, the Observatory said, while the army said it had killed 50 militants.",
			"killed", 50, "Syrian army", true},
		{"the monitor's toll beside a party's count", "",
			"At least 20 civilians were killed in the strikes near Hama, the Observatory said, while the army said it had killed 50 militants.",
			"killed", 20, "SOHR", false},
		{"sources joined under one word", "",
			"A bombing killed more than 120 evacuees on Wednesday, state media and activists said.",
			"killed", 120, "state media", true},
		{"the Security Council counts no toll", "",
			"The UN Security Council said the attack that killed 30 people in Idlib must be investigated.",
			"killed", 30, "", false},
		{"who was told is no source", "", "The strikes killed 30 people, the UN Security Council was told on Monday.",
			"killed", 30, "", false},
		{"a press release names its own body", "61 IRCS teams help earthquake victims Iran/ Tehran/ IRCS _ December 24th _ Iranian Red Crescent Society (IRCS) sets up tents",
			"A magnitude 5.2 earthquake struck Kuhbanan district in Kerman province which left 42 injured.",
			"injured", 42, "Iranian Red Crescent Society", false},
		{"a body written out before a known name", "Philippine Red Cross appeals for aid for 500,000 people affected by storm",
			"The storm destroyed 3,000 homes.", "affected", 500000, "Philippine Red Cross", false},
		{"a person told an outlet", "",
			"At least 16 civilians were killed in Aleppo according to a pro-opposition civil defense source on the ground. " +
				"The missiles fired from a warplane also wounded 25 others Ibrahim Abu Leys told Anadolu Agency.",
			"injured", 25, "civil defence", false},
		{"a resident told an outlet", "", "A resident told AFP that 20 people were killed.", "killed", 20, "residents", false},
		{"a person with a post speaks for the body, not the outlet he told", "",
			"Omar Haddad, head of the Syrian National Council, told Al Arabiya that 900 people were killed in the shelling.",
			"killed", 900, "Syrian opposition", true},
		{"a person introduced with a post, later named by surname", "",
			"Omar Haddad, head of the Syrian National Council, visited the camp on Monday. Haddad said 900 people were killed.",
			"killed", 900, "Syrian opposition", true},
		{"a person introduced with a post, the comma lost, later named by surname", "",
			"Omar Haddad head of the Syrian National Council called for an inquiry. Haddad told Al Arabiya that 900 people were killed.",
			"killed", 900, "Syrian opposition", true},
		{"a person introduced as a member of a body, the comma lost", "",
			"Omar Haddad a senior member of the Syrian National Council called for an inquiry. Haddad told Al Arabiya that 900 people were killed.",
			"killed", 900, "Syrian opposition", true},
		{"\"He added\" is the speaker before, not the next sentence's source", "",
			"Jets struck the town on Sunday, the Syrian Observatory for Human Rights said. Its director Jane Doe also stated that ten raids hit the market. " +
				"He added that at least 12 fighters were killed in the town. Other reports from opposition sources gave different figures.",
			"killed", 12, "SOHR", false},
		{"\"He told\" an outlet after a person introduced with a post", "",
			"Opposition leader Omar Haddad called for an inquiry. He told Al Arabiya that 900 people were killed.",
			"killed", 900, "opposition", true},
		{"the next sentence's source tells the same figure again", "",
			"A car bomb killed 12 people and wounded 40 in Homs on Sunday, state media said. " +
				"In Damascus three women were wounded and two cars were burnt when a mortar shell hit the market. " +
				"A source at the Police Command told SANA that a mortar round hit the market wounding 3 women and burning two cars.",
			"injured", 3, "police", true},
		{"a lead's total the next sentence's source gives otherwise stays the outlet's", "",
			"Rockets killed 8 people and injured more than 58 others in Aleppo on Monday. " +
				"A source at Aleppo Police Command said rockets killed 8 people and injured more than 55 people in one street.",
			"injured", 58, "", false},
		{"\"the source earlier put\" the toll: the relayed source", "",
			"The toll of the rocket attack on the market in Homs rose to 11 civilians a source at Homs Police Command told SANA. " +
				"The source earlier put the death toll at 7 civilians.",
			"killed", 7, "police", true},
		{"\"according to the source\" closing a later report", "",
			"The toll of the rocket attack on the market in Homs rose to 11 civilians a source at Homs Police Command told SANA. " +
				"Terrorists also fired rocket shells on the old city injuring 4 civilians according to the source.",
			"injured", 4, "police", true},
		{"a first speaker's clause against a second's", "",
			"Jets struck schools in Idlib on Wednesday. UNICEF's director Jane Doe said that four teachers died in the strikes " +
				"while the Syrian Observatory for Human Rights said that 22 people in total had died.",
			"killed", 4, "UNICEF", false},
		{"a party's agency claims its fighters killed: a statement, not a claimed attack", "",
			"The Amaq news agency claimed Islamic State fighters killed 40 soldiers near Palmyra.",
			"killed", 40, "Amaq", true},
		{"a claimed attack is no source", "",
			"Islamic State claimed the suicide bombing that killed 30 people in the town, the Observatory said.",
			"killed", 30, "SOHR", false},
		{"sources listed under one attribution word: the first named", "",
			"Shelling killed at least 21 people in Douma on Monday, a war monitor, medics and emergency workers said. " +
				"The Syrian Observatory for Human Rights said the shelling came from army positions.",
			"killed", 21, "SOHR", false},
		{"a monitor first in a list whose commas were lost", "",
			"Shelling killed at least 21 people in Douma on Monday a war monitor medics and emergency workers said. " +
				"The Syrian Observatory for Human Rights said the shelling came from army positions.",
			"killed", 21, "SOHR", false},
		{"a body the table does not know, with a generic source in apposition", "",
			"The Idlib Media Office, an activist collective, said 14 people were killed in the raid.",
			"killed", 14, "Idlib Media Office", false},
		{"the same, the commas lost", "",
			"The Idlib Media Office an activist collective said 14 people were killed in the raid.",
			"killed", 14, "Idlib Media Office", false},
		{"the next sentence's source is not a war-wide total's", "",
			"Shelling killed 12 people in Douma on Monday, the Observatory said. " +
				"Close to 400,000 people have been killed since the conflict began in 2011. " +
				"State news agency SANA on Saturday reported that the government approved the deal.",
			"killed", 400000, "", false},
		{"a body as written starts after the day before it", "",
			"On Thursday the Idlib Relief Society said 18 civilians were killed in the raid.",
			"killed", 18, "Idlib Relief Society", false},
		{"generic sources at a body the table knows are the body's", "",
			"According to medical sources at the Directorate of Health in Homs hospitals received more than 40 wounded people.",
			"injured", 40, "health authority", false},
		{"the next sentence's source is not another event's", "",
			"Air raids killed 10 civilians in Atareb on Monday, the Syrian Observatory for Human Rights said. " +
				"Meanwhile six others were killed in barrel bombs in the east of the city. " +
				"The monitor said the toll was expected to rise.",
			"killed", 6, "", false},
		{"a person the article gives no post told an outlet: the person, as written", "",
			"Omar Haddad told Al Arabiya that 900 people were killed in the shelling.",
			"killed", 900, "Omar Haddad", false},
		{"a place before \"told\" is no person", "",
			"A deputy for Mideast and North Africa told the AP that 38 people were killed in the strike.",
			"killed", 38, "", false},
		{"a governor by his title, later by surname", "",
			"Governor Omar Haddad toured the district. The car bomb killed 14 people and wounded 30, Haddad said.",
			"injured", 30, "governor", true},
		{"a spokesman for a body, named after it", "",
			"A spokesman for the Taliban, Ahmad Karimi, denied the report. Karimi said 11 soldiers were killed at the post.",
			"killed", 11, "Taliban", true},
		{"said a person, a spokeswoman for a body", "",
			"At least 17 people were killed in the blast, said Leila Noor, a spokeswoman for the provincial governor.",
			"killed", 17, "governor", true},
		{"a doctor at a hospital", "", "The market bombing killed 23 people, said Samir Aziz, a doctor at the main hospital.",
			"killed", 23, "hospital", false},
		{"local sources are no media", "", "Shelling killed 13 civilians in the town, local sources said.",
			"killed", 13, "local sources", false},
		{"residents", "", "Air strikes killed eight people in the village, residents said.", "killed", 8, "residents", false},
		{"witnesses", "", "Gunmen killed 19 worshippers at the mosque, witnesses said.", "killed", 19, "witnesses", false},
		{"initials before a word: the U.S. military", "",
			"Four soldiers were killed and six wounded in two roadside bombings, the U.S. military said on Tuesday.",
			"injured", 6, "US-led coalition", true},
		{"the US command", "", "Roadside bombs killed five soldiers near Tikrit, the US command said Friday.",
			"killed", 5, "US-led coalition", true},
		{"a police building is no source", "",
			"Early reports said four people were killed in a blast at a police building, the Interfax news agency said.",
			"killed", 4, "", false},
		{"an outlet after a name in apposition", "",
			"Three soldiers were killed by a mine in an attack blamed on Kurdish rebels, the Anatolia news agency reported.",
			"killed", 3, "", false},
		{"a police officer on condition of anonymity", "",
			"A bomb killed 11 people at a bus station, a police officer said on condition of anonymity.",
			"killed", 11, "police", true},
		{"a hospital official not authorised to speak", "",
			"At least 26 people were killed, a hospital official said, speaking on condition of anonymity because he was not authorised to brief the media.",
			"killed", 26, "hospital", false},
		{"the military said in a statement", "", "The raids killed 32 insurgents, the military said in a statement.",
			"killed", 32, "army", true},
		{"according to the Interior Ministry", "", "A suicide bomber killed 21 people at a checkpoint, according to the Interior Ministry.",
			"killed", 21, "interior ministry", true},
		{"Palestinian medics", "", "Israeli air strikes killed nine people in Gaza, Palestinian medics said.",
			"killed", 9, "medical sources", false},
		{"the Israeli army", "", "The Israeli army said its troops killed two gunmen near the fence.",
			"killed", 2, "Israeli military", true},
		{"a Taliban spokesman", "", "A roadside bomb killed six soldiers in Kandahar, a Taliban spokesman said.",
			"killed", 6, "Taliban", true},
		{"a person introduced by an apposition without commas, later by surname", "",
			"Speaking to Reuters Omar el-Haddad a local activist said forces were shelling the district. Haddad said six civilians were wounded.",
			"injured", 6, "activists", false},
		{"according to a state agency before a noun", "",
			"According to SANA news agency militants fired rocket shells on the district and injured five people.",
			"injured", 5, "SANA", true},
		{"a rescue worker", "", "A strike on a fuel market killed 14 people, according to a local rescue worker.",
			"killed", 14, "civil defence", false},
		{"a written name spelt by its acronym, without the place before it", "",
			"Shelling killed 12 civilians in the old quarter of Mosul Nineveh Relief Network (NRN) reported.",
			"killed", 12, "Nineveh Relief Network", false},
		{"sources joined under one word, the first a group", "",
			"A blast killed 27 people in the town, a rebel group and residents said.",
			"killed", 27, "rebels", true},
		{"a watchdog", "", "The strikes killed 22 people, among them three ambulance workers, a watchdog said on Saturday.",
			"killed", 22, "a monitor", false},
		{"according to authorities", "", "A bomb killed four people inside the station, according to authorities.",
			"killed", 4, "officials", true},
		{"an armed group the table knows", "", "Hamas said its fighters killed three soldiers in the raid.",
			"killed", 3, "Hamas", true},
		{"a NATO spokesman", "", "Two soldiers were killed in the ambush, a NATO spokesman said.", "killed", 2, "NATO", true},
		{"a nationality between the article and the post", "", "The blast killed 23 people, a senior Afghan official said.",
			"killed", 23, "officials", true},
		{"an official spokesperson: official is an adjective", "",
			"According to an official army spokesperson troops killed 33 militants on Sunday.",
			"killed", 33, "army", true},
		{"a local official", "", "Gunmen killed 31 people in the market, a local official said.",
			"killed", 31, "local authorities", true},
		{"the Ukrainian military", "", "Shelling killed five people in the city, Ukraine's military said.",
			"killed", 5, "Ukrainian military", true},
		{"the government elsewhere", "", "The landslide killed 48 people in the province, the government said on Friday.",
			"killed", 48, "government", true},
		{"the government of a Syrian lead", "", "Rocket fire killed nine people in Aleppo, the government said on Friday.",
			"killed", 9, "Syrian government", true},
		{"government buildings are no source", "",
			"\"Shells killed four people near government buildings\" in the square, the Observatory said.",
			"killed", 4, "SOHR", false},
		{"a headline's sum takes the lead's source", "Six killed, 20 hurt in market bombing",
			"A suicide bomber struck a market in Kirkuk, killing five traders and a policeman and wounding 20 more, police said.",
			"killed", 6, "police", true},
		{"a headline's count takes the lead's source, not a background one's", "Troops kill 4 in Gaza raid",
			"Soldiers shot and killed a militant whom the army said was behind a rocket attack that killed two children last week.",
			"killed", 4, "", false},
		{"a written body's spokesman", "", "Clashes killed 14 fighters near the border, the KDP spokesman said.",
			"killed", 14, "KDP", false},
		{"an agency's acronym after a place", "", "Shelling killed eight civilians in the east of Northern Mosul NINA reported.",
			"killed", 8, "NINA", false},
		{"Russian state media", "", "US-led air strikes killed 17 civilians near Raqqa, according to the Arabic desk of Sputnik news agency.",
			"killed", 17, "Sputnik", true},
		{"a byline's agency before according to", "",
			"MOSCOW (Sputnik) According to SANA militants fired rocket shells on the district and killed four people.",
			"killed", 4, "SANA", true},
		{"who heads a body, before the cue", "", "Omar Haddad, who heads the civil defence in Idlib, told AFP that 15 people were killed.",
			"killed", 15, "civil defence", false},
		{"who heads a body, after an inverted cue", "", "At least 15 people were killed, said Omar Haddad, who heads the civil defence in Idlib.",
			"killed", 15, "civil defence", false},
		{"who works for a body", "", "Leila Noor, who works for the Syrian American Medical Society, said 15 people were killed.",
			"killed", 15, "Syrian American Medical Society", false},
		{"the Red Crescent of a Syrian lead", "", "Shelling killed 11 people in Douma, the Red Crescent said.",
			"killed", 11, "Syrian Arab Red Crescent", false},
		{"the Red Crescent elsewhere", "", "Air strikes killed 11 people in Rafah, the Red Crescent said.",
			"killed", 11, "Red Crescent", false},
		{"the Palestinian Red Crescent", "", "Israeli fire wounded 40 protesters near the fence, the Palestinian Red Crescent said.",
			"injured", 40, "Palestinian Red Crescent", false},
		{"according to a person introduced with a post", "",
			"Omar Haddad, head of the Syrian National Council, visited the camp on Monday. According to Haddad 900 people were killed.",
			"killed", 900, "Syrian opposition", true},
		{"a district police chief told an outlet", "", "Insurgents killed seven policemen in an ambush, the district police chief told Reuters.",
			"killed", 7, "police", true},
		{"a police source relayed by state media", "",
			"A source at Homs Police Command said in a statement to SANA that rocket shells killed three civilians in the city.",
			"killed", 3, "police", true},
		{"a source at a province relayed by state media", "",
			"Earlier on Monday a source at Homs province said that seven civilians were killed in a rocket attack.",
			"killed", 7, "local authorities", true},
		{"a source in the province, SANA reported", "",
			"Nine civilians were killed when rocket shells hit a market in Homs city a source in the central province said on Monday SANA reported.",
			"killed", 9, "local authorities", true},
		{"local media citing a military source", "",
			"The army killed 28 militants near Palmyra local media reported citing a military source.",
			"killed", 28, "Syrian army", true},
		{"an outlet citing a police source", "",
			"Rocket shells killed a child and injured five people in Homs SANA news agency reported citing a source at the police.",
			"injured", 5, "police", true},
		{"the source clarified", "",
			"A source at Homs Police Command told SANA that rocket attacks killed 12 civilians in the city on Monday. " +
				"The source clarified that five of the dead were killed in the old market which also left 25 others injured.",
			"injured", 25, "police", true},
		{"a state-media report's later sentences keep its source", "Rocket attacks kill 12 in Homs",
			"Homs, SANA - A source at Homs Police Command told SANA that rocket attacks killed 12 civilians in the city on Monday. " +
				"The source clarified that five of the dead were killed in the old market. " +
				"Another rocket shell that fell in the Waer neighborhood left 4 civilians dead and 17 others injured.",
			"injured", 17, "police", true},
		{"an earlier day's shelling is not the relayed source's", "",
			"Rocket shells killed 12 civilians in Homs on Saturday a source at Homs Police Command told SANA. " +
				"The source clarified that five of the dead were killed in the old market. " +
				"Shelling in the city on Friday killed two children and injured 27 other people.",
			"injured", 27, "", false},
		{"a sourceless report is not the relayed source's", "",
			"A source at Homs Police Command told SANA that rocket shells killed a woman in the city. " +
				"Later two more people were reported killed and 22 others were injured in a similar attack.",
			"injured", 22, "", false},
		{"initials with their dots", "",
			"The U.N. says 200000 people have been killed since 2011 in Syria's civil war.",
			"killed", 200000, "UN", false},
		{"media that claimed that forces killed", "",
			"Air strikes killed 20 people in Idlib, activists said. Syrian state media claimed that government forces had killed 50 militants in the area.",
			"killed", 50, "state media", true},
		{"media reports suggest", "",
			"Air strikes killed 20 people in Idlib, activists said. Other media reports suggest that at least 14 people were killed by the airstrike.",
			"killed", 14, "local media", false},
		{"a journalists' watchdog the table lists", "",
			"Air strikes killed 20 people in Idlib, activists said. According to a report by the New York-based Committee to Protect Journalists at least 84 journalists have been killed since 2011.",
			"killed", 84, "Committee to Protect Journalists", false},
		{"a sentence with its own closing source keeps it", "",
			"Shells hit western Aleppo killing five people and wounding dozens more observers said. " +
				"A U.N. spokeswoman said that the fighting has cut off the only road into the city.",
			"killed", 5, "observers", false},
		{"a place a statement was made at", "",
			"Air strikes killed 23 civilians in Aleppo, activists said. " +
				"At the U.N. the British foreign minister said an attack on an aid convoy claimed 20 lives on Monday.",
			"killed", 20, "", false},
		{"an account opened with according to goes on", "",
			"Sixteen civilians were killed in Idlib on Monday, a monitor said. " +
				"According to the Observatory heavy bombardment has battered the province in recent days. " +
				"Since Thursday bombardment has killed 44 civilians.",
			"killed", 44, "SOHR", false},
		{"of two monitors, the one named last before", "",
			"Air strikes killed 20 people in Mayadin, the Syrian Network for Human Rights tweeted. " +
				"The Syrian Observatory for Human Rights cited local sources saying most of the dead were civilians. " +
				"A spokesperson for the UK-based monitor said IS militants killed one of its activists.",
			"killed", 1, "SOHR", false},
		{"information handed over to one body by another", "",
			"Air strikes killed 20 people in Idlib, activists said. " +
				"According to information handed over to the Russian Reconciliation Center by the local council of Afrin the village suffered an air attack in which six people died and four more were injured.",
			"injured", 4, "local authorities", true},
		{"a further fact's source in the next sentence", "",
			"At least four people were killed and 11 others were injured in airstrikes in Idlib. " +
				"A mosque was also destroyed by airstrikes north of Hama local civil defense sources said Friday.",
			"injured", 11, "", false},
		{"the monitoring group named before", "",
			"Air strikes killed 20 people in Idlib, the Syrian Observatory for Human Rights said. " +
				"The monitoring group updated its earlier death toll of 15 for the strike on the market.",
			"killed", 15, "SOHR", false},
		{"the group said of the NGO named in its sentence", "",
			"Four staff of the Union of Syrian Medical Relief Organisations were killed in the strike on the hospital, the group said.",
			"killed", 4, "UOSSM", false},
		{"the charity said of the NGO named the sentence before", "",
			"The Syrian American Medical Society runs the clinic in the town. Three nurses were killed when it was shelled, the charity said.",
			"killed", 3, "Syrian American Medical Society", false},
		{"the organisation said of the last NGO named", "",
			"MSF and the Union of Syrian Medical Relief Organisations support the hospital. Five patients were killed in the raid, the organisation said.",
			"killed", 5, "UOSSM", false},
		{"as per a report", "", "As per the IOM-led tracking report, 12,000 people have been displaced from the district.",
			"displaced", 12000, "IOM", false},
		{"an acronym the table does not know, and where it sits", "",
			"According to the RRC in Juba town, about 3,400 IDPs have arrived from the border villages.",
			"displaced", 3400, "RRC", false},
		{"an agency's own story, named in the possessive in its title", "Inside UNICEF's new clinic in the camp",
			"Since June, health workers in the camp have treated 870 patients.",
			"treated", 870, "UNICEF", false},
		{"the UN relief chief's statement is OCHA's", "Emergency Relief Coordinator: Statement to the Security Council on Yemen",
			"Thank you, Mr. President. Last week 25 civilians were killed in air strikes on the market in Hodeidah.",
			"killed", 25, "OCHA", false},
		{"an agency's report after a dash in its title", "Chad - UNHCR Operational Update, May",
			"Some 4,500 people have been displaced by the clashes since May.",
			"displaced", 4500, "UNHCR", false},
		{"an agency's report named later in its title", "Mali Crisis Response: WFP Country Brief",
			"About 6,300 people fled the attacks on the villages in the week.",
			"displaced", 6300, "WFP", false},
		{"a statement by an agency's officer", "Statement by the UNICEF Representative on the attack in Borno",
			"Eight children were killed in the attack on the school on Monday.",
			"killed", 8, "UNICEF", false},
		{"an agency in the dateline's brackets", "Yemen: Fighting Worsens",
			"Aden (ICRC) – Fighting in the port has killed 14 civilians since Sunday.",
			"killed", 14, "ICRC", false},
		{"the UN as the place of a meeting, not in the opening words", "",
			"At the same meeting at the UN, the minister said 12 soldiers were killed in the raid.",
			"killed", 12, "", false},
		{"the displacement tracking matrix is IOM's", "",
			"The Displacement Tracking Matrix recorded 7,200 people displaced from the district in March.",
			"displaced", 7200, "IOM", false},
		{"a headline that runs on into the lead: a source of a later sentence is not the first's",
			"Inside the camp clinic Since May, 4,000 people have been displaced to the camp. According to the MSF report, at least 300 people died in the attacks.",
			"The clinic opened in June.",
			"displaced", 4000, "", false},
		{"a part of a group counted before takes that count's source", "",
			"At least 40 militants were killed near the dam, the Observatory said. It said the clashes went on overnight. " +
				"At least 15 of the militants were killed in an ambush on the road north of the town.",
			"killed", 15, "SOHR", false},
		{"an opening 'The group' whose noun phrase runs on to its 'said'", "",
			"Shelling killed 9 people in Homs, the Syrian Observatory for Human Rights said. The army shelled the district all night. " +
				"The group with a network of sources across the country said 14 rebels had been killed near the airport.",
			"killed", 14, "SOHR", false},
		{"a report's section headed by its sources in brackets", "Storm Flash Update #3",
			"2. The storm weakened overnight.\n\n3. Viet Nam, impact and response (VNDMA, IFRC)\n\n• 2,300 people were displaced in Ca Mau province.",
			"displaced", 2300, "VNDMA", false},
		{"a bracket that names no source heads nothing", "Storm Flash Update #3",
			"2. Rain may still increase flood risks in the south (figure above)\n\n• 2,300 people were displaced in Ca Mau province.",
			"displaced", 2300, "", false},
		{"a briefing's 'X tell us that' and the account that follows", "Daily Press Briefing",
			"Our colleagues from UNMISS tell us that a convoy was ambushed near Yei this morning. Three peacekeepers were wounded.",
			"injured", 3, "UNMISS", false},
		{"activists in a body the table does not know", "",
			"Activists in the Aleppo Revolutionary Council said 31 people were killed in the raids.",
			"killed", 31, "Aleppo Revolutionary Council", false},
		{"activists in a place", "", "Activists in Douma said 31 people were killed in the raids.",
			"killed", 31, "activists", false},
		{"the lead's count, the next sentence's source stating only numbers of other things", "",
			"Gunmen attacked an army post in the north and killed six soldiers. The Turkish government says it has closed two border crossings.",
			"killed", 6, "Turkish government", true},
		{"a later sentence's count keeps its own when the next states other numbers", "",
			"Gunmen attacked an army post in the north and killed six soldiers. The town was quiet on Monday. " +
				"Shelling killed three farmers near the river. The Turkish government says it has closed two border crossings.",
			"killed", 3, "", false},
		{"a statement of a body the table does not know", "Statement of the Chairperson of the West African Relief Commission on the attack in Gao",
			"The attack on the market killed 17 civilians and wounded dozens.",
			"killed", 17, "West African Relief Commission", false},
		{"the agency said of the outlet named the sentence before", "",
			"Reuters reported the raid on the market. Five people were killed, the agency said.",
			"killed", 5, "", false},
		{"a body the table does not know, an auxiliary before its attribution word", "",
			"The Joint Shelter Task Group (JSTG) has estimated that about 12,000 people were displaced by the fighting.",
			"displaced", 12000, "Joint Shelter Task Group", false},
		{"a regional government the table does not know", "",
			"The Puntland Regional Government (PRG) reported 14 deaths and over 40 people injured in the clashes.",
			"killed", 14, "Puntland Regional Government", true},
		{"a newspaper another outlet quotes", "",
			"A car bomb killed 12 people at a bus station in the capital, El Tiempo newspaper reported Sunday.",
			"killed", 12, "El Tiempo", false},
		{"a body's name closing the clause after an inverted attribution word", "",
			"Three soldiers were killed and 8 wounded in an ambush near the border, reports The Balochistan News.",
			"injured", 8, "The Balochistan News", false},
		{"a source whose second verb says", "",
			"KABUL, Afghanistan -- Police arrested two men near the stadium on Monday and said a bomb they planted had killed nine people.",
			"killed", 9, "police", true},
		{"a delegate in a meeting's coverage speaks for the state", "",
			"JANE DOE (Norway), speaking on behalf of the Nordic countries, said 40 aid workers had been killed this year.",
			"killed", 40, "Norway", false},
		{"the delegate's \"he noted\" after the opening of the speech", "",
			"JOHN Q ROE (Peru) welcomed the report. Voicing concern about the convoys, he noted that 12 drivers had been killed.",
			"killed", 12, "Peru", false},
		{"a militant commander allied with a named group speaks for himself", "",
			"A militant commander allied with the Taliban said his fighters had killed 6 soldiers in the ambush.",
			"killed", 6, "militants", true},
		{"an outlet named by its country only is no name", "",
			"At least 9 people were killed in the blast, a Turkish broadcaster reported.",
			"killed", 9, "", false},
		{"a figure linked to an agency's page", "",
			"Over [2 million refugees](https://data.unhcr.org/situations/foo) have fled the fighting since 2015.",
			"displaced", 2000000, "UNHCR", false},
		{"a figure linked to the page of an agency with the UN's prefix", "",
			"The clashes have displaced [300,000 people](https://www.unocha.org/foo/bar) in the north of the country.",
			"displaced", 300000, "OCHA", false},
		{"a figure linked to a page of no known body", "",
			"Fighting has displaced [40,000 people](https://www.example-news.com/story/1) in the region.",
			"displaced", 40000, "", false},
		{"the Humanitarian Coordinator's press release is OCHA's", "Humanitarian Coordinator alarmed by the killing of three aid workers in Ruritania",
			"(Zenda, 2 March 2018): The Humanitarian Coordinator for Ruritania, Jane Doe, has expressed alarm over the killing of three aid workers on the road to Strelsau.",
			"killed", 3, "OCHA", false},
		{"a person's rank abbreviated before his name and post", "",
			"The bombing killed 17 people, said Lt. Col. John Roe, a spokesman for the U.S. military.",
			"killed", 17, "US-led coalition", true},
		{"a person of a body the table knows after an inverted attribution word", "",
			"The bombing killed 20 people, said John Roe of the Red Cross.",
			"killed", 20, "Red Cross", false},
		{"a newspaper named by its title's word", "",
			"Gunmen killed 11 villagers overnight, the Zenda Post reported on Sunday.",
			"killed", 11, "Zenda Post", false},
		{"a wire dateline's capitals and brackets are no delegate", "",
			"SAN LORENZO (Foo Wire) - Gunmen killed 7 villagers in a night raid on Tuesday.",
			"killed", 7, "", false},
	})
	// rules that need the outlet the article came from (its SourceName)
	outletTests := []struct {
		name, outlet, text string
		kind               string
		value              int64
		orig               string
		party              bool
	}{
		{"the outlet's own reporter in its own report", "sana",
			"SANA reporter in Homs said that a rocket shell hit the market, killing 4 citizens.",
			"killed", 4, "", false},
		{"the outlet's correspondent, its name's possessive without apostrophe", "sana",
			"Meanwhile SANAs correspondent reported that 6 civilians were injured by mortar shells.",
			"injured", 6, "", false},
		{"the same reporter in another outlet's report", "manar",
			"SANA reporter in Homs said that a rocket shell hit the market, killing 4 citizens.",
			"killed", 4, "SANA", true},
		{"an outlet named with its Arabic article", "manar",
			"Al-Manar correspondent said 9 militants were killed in the raid.",
			"killed", 9, "", false},
	}
	for _, tt := range outletTests {
		t.Run(tt.name, func(t *testing.T) {
			checkOriginator(t, &news.Article{Text: tt.text, SourceName: tt.outlet}, tt.kind, tt.value, tt.orig, tt.party)
		})
	}
}

// checkOriginator analyses an article and checks the originator of its
// figure of a kind and value.
func checkOriginator(t *testing.T, a *news.Article, kind string, value int64, orig string, party bool) {
	t.Helper()
	f := findFigure(Analyze(a).Facts, kind, value)
	if f == nil {
		t.Fatalf("no %s figure of %d", kind, value)
	}
	if !sameOriginator(*f, orig) || f.PartyClaim != party {
		t.Errorf("originator %q (party %v), want %q (party %v)", f.Originator, f.PartyClaim, orig, party)
	}
}

// sameOriginator reports a figure's originator as a test written in the
// table's names wants it: as written, or by its table name
// (CanonicalOriginator: "Turkish security sources" is "officials").
func sameOriginator(f news.Figure, want string) bool {
	return f.Originator == want || CanonicalOriginator(f) == want
}

// TestCampRanges: a range is its source's, as the sentence attributes it,
// a camp's (the opposition, activists) as much as one body's: the
// digest shows it as a range with its originator beside that camp's other
// counts ("opposition: at least 1,300; between 1,000 and 1,800"); with no
// originator it went to an outlet's line that the item's bound and its
// spread leave out (issue 13, 2013 window). Invented sentences.
func TestCampRanges(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a camp's wide range in a recap", "",
			"Reports of the massacre emerged on Monday with the opposition accusing the army of killing between 400 and 900 people in the valley.",
			"killed", 900, "opposition", true},
		{"activists' wide range", "",
			"Activists said between 60 and 150 people were killed when rockets hit the market town on Tuesday.",
			"killed", 150, "activists", false},
		{"activists' narrow range", "",
			"Activists said between 20 and 25 people were killed when rockets hit the market town on Tuesday.",
			"killed", 25, "activists", false},
		{"a body's wide range", "",
			"The Syrian Observatory for Human Rights said between 60 and 150 people were killed when rockets hit the market town on Tuesday.",
			"killed", 150, "SOHR", false},
		{"a camp's single count", "",
			"The opposition accused the army of killing 900 people in the valley on Monday.",
			"killed", 900, "opposition", true},
	})
}
