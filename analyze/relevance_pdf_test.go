package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestPDFFurniture: an agency's PDF first page opens with its file
// number, page markers, a photo's credit, its kind and its period; those
// lines are no lead, and neither are the lines that say who produced it,
// the period it covers and when the next comes. A post that closes on "LIVE updates", or a report
// whose first line is a sentence, has no furniture. Invented texts.
func TestPDFFurniture(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"48213\n\n(Photo: Agency/Jane Doe)\n\nPage | 1\n\nThe agency assisted 12,000 people in the east. Rations were cut.", 3},
		{"30917\n\nNORTH REGION OPERATIONAL UPDATE\n\n1-30 June 2020\n\nClashes displaced 4,000 people. Aid reached half of them.", 3},
		{"********* [PAGE 1 START] *********\n\nHumanitarian Bulletin Issue N°7 | May 2019\n\nFood prices rose again. Markets stayed open.", 2},
		{"20417\n\nThis report is produced by OCHA in collaboration with humanitarian partners. It covers 1 - 31 May 2019. The next report will be issued in July 2019.\n\nAttacks on schools continued in the two regions. Teachers were abducted.", 4},
		{"This report is about the schools of the region. Attacks on schools continued.", 0},
		{"Troops shelled the town overnight, killing four. LIVE updates", 0},
		{"Aid workers reached the town on Monday. Situation update\n\nMore convoys are planned.", 0},
	} {
		if got := furnitureLead(newDoc("", c.text)); got != c.want {
			t.Errorf("furnitureLead(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// TestGateAgencyDocuments: an agency's document read past its PDF
// furniture (its colophon too) — aid in a war's regions, refugees held in a place of a war, refugees the lead names as
// fleeing persecution or violence where the article shows a war (a place
// of one, or a people the lexicon knows as a persecution's refugees),
// whatever of their needs it tells, the pandemic too — is the war's
// humanitarian news; a COVID-19 response in a
// place of a war is the epidemic's, and the exodus of an economic collapse
// hosted in a country the gazetteer knows a war of is not a war's. Invented
// texts.
func TestGateAgencyDocuments(t *testing.T) {
	checkGateCases(t, []gateCase{
		{"refugees held in a war's place, past the furniture", "",
			"30211\n\nFLASH UPDATE\n\n3 - 9 May 2019\n\nThe agency is assisting 600 refugees held in a detention centre near Tripoli. Its staff delivered blankets and medicine on Tuesday.", ""},
		{"aid in a war's regions, past the sitrep's colophon", "",
			"30211\n\nThis report is produced by OCHA in collaboration with humanitarian partners. It covers 1 - 30 June 2020. The next report will be issued in August 2020.\n\nJUNE 2020 HIGHLIGHTS\n\n120,000 people in the North-West and South-West (NWSW) regions received food assistance during June. 300 new arrivals were registered in the two regions.", ""},
		{"a persecution's refugees named, an epidemic in their camps", "",
			"The agency opened two isolation wards for Rohingya refugees who fled persecution and live in the crowded camps. Hand-washing stations were installed near the water points.", ""},
		{"refugees who fled violence in a place of a war, an epidemic in their camps", "",
			"The agency opened two isolation wards for refugees who fled violence in Darfur and live in the crowded camps. Hand-washing stations were installed near the water points.", ""},
		{"a COVID-19 response in a place of a war", "",
			"20914\n\nCOVID-19 RESPONSE UPDATE\n\n1-7 June 2020\n\nThe ministry confirmed 240 new COVID-19 cases in Juba this week. Testing for COVID-19 was expanded to three more towns.", news.NotHealth},
		{"the pandemic among a persecution's refugees", "COVID-19 update",
			"The first COVID-19 cases were confirmed among Rohingya refugees who fled persecution and live in the border camps. Two isolation wards for COVID-19 patients opened.", ""},
		{"the exodus of an economic collapse", "",
			"The regional platform assisted 20,000 Venezuelan refugees and migrants in Colombia in June. Many lost their jobs and were evicted during the lockdown.", news.NotNoConflict},
	})
}

// TestEpidemicDeathsNoToll: the deaths an epidemic's running total states
// (counted cases beside deaths, the recovered beside the dead) are no
// toll beside other deaths the text tells; where they are the only toll,
// the outbreak is the event and they are its toll; an outbreak's dead told
// as its news, and an attack's dead in an epidemic's report, are tolls.
// Invented texts.
func TestEpidemicDeathsNoToll(t *testing.T) {
	an := Analyze(&news.Article{Title: "Cholera spreads in the camps", Text: "Some 1,200 cases of cholera were recorded in the camps this week, with 45 deaths reported. Water trucking continues."})
	if an.Facts.Killed == nil || an.Facts.Killed.Value != 45 {
		t.Errorf("an outbreak's only toll lost: %+v", an.Facts.Killed)
	}
	an = Analyze(&news.Article{Text: "Shelling killed 9 civilians in the market on Monday, the agency said. Since March, 1,200 confirmed cases of cholera and 45 deaths were recorded in the camps."})
	if an.Facts.Killed == nil || an.Facts.Killed.Value != 9 {
		t.Errorf("an epidemic's running total beside the shelling's toll: %+v", an.Facts.Killed)
	}
	an = Analyze(&news.Article{Title: "Seven die of the fever in the capital", Text: "Seven people died of the fever in the capital on Monday, the ministry said. Hospitals asked for more beds."})
	if an.Facts.Killed == nil || an.Facts.Killed.Value != 7 {
		t.Errorf("an outbreak's dead told as its news lost: %+v", an.Facts.Killed)
	}
	an = Analyze(&news.Article{Text: "Since March, 46,000 people have recovered and 2,300 have died of the disease. Testing continues in the camps."})
	if an.Facts.Killed != nil {
		t.Errorf("a running total beside the recovered read as a toll: %+v", *an.Facts.Killed)
	}
	an = Analyze(&news.Article{Text: "An air strike killed 12 civilians in the market on Monday, the agency said. New COVID-19 cases were confirmed in the camps."})
	if an.Facts.Killed == nil || an.Facts.Killed.Value != 12 {
		t.Errorf("an air strike's toll lost: %+v", an.Facts.Killed)
	}
}

// TestGateAgencyNoWarShown (issue 14, h-agency2): people who flee
// "violence, persecution and insecurity" where the article names no place
// of a conflict, no armed party and no persecuted people are not shown to
// be a war's (gangs and crime drive such flight); a drought's brief whose
// lead tells violence at home and gender-based violence is the drought's,
// in a country at war too; an agency's report of rations from a place of a
// war that tells insecurity or fighting delaying its work is the war's
// humanitarian news, but not where the delay is only possible or the rains'.
// Invented texts.
func TestGateAgencyNoWarShown(t *testing.T) {
	checkGateCases(t, []gateCase{
		{"flight from violence, persecution and insecurity, no war shown", "",
			"41207\n\nFUNDING UPDATE\n\nMAY 2019\n\nThe number of refugees and asylum seekers forced to flee the region has soared. Faced with violence, persecution and insecurity, families had no choice but to leave. The agency registered 3,000 new asylum claims in May.", news.NotNoConflict},
		{"gender-based violence in a drought's lead, a country at war", "Drought deepens risks for women and girls in Somalia",
			"Women and girls in drought-hit villages of Somalia face increased risks of domestic violence. Families marry off their daughters early as their livestock die. Safe spaces for women opened in two districts.", news.NotDisaster},
		{"insecurity delaying an agency's rations in a place of a war", "",
			"20914\n\nSITUATION REPORT\n\nThe agency distributed 2,000 tonnes of food to 150,000 people in three counties of South Sudan in January. Insecurity delayed distributions in two counties. Cash transfers reached 40,000 people in the capital.", ""},
		{"clashes suspending convoys in a place of a war", "",
			"The agency delivered seed kits to 12,000 farming households in Yemen in March. Convoys to two districts were suspended after clashes on the main road. School meals reached 80,000 children.", ""},
		{"a delay only possible", "",
			"The agency distributed 2,000 tonnes of food to 150,000 people in three counties of South Sudan in January. Insecurity could delay distributions in the coming months. Cash transfers reached 40,000 people in the capital.", news.NotNoConflict},
		{"the rains delaying rations", "",
			"The agency distributed 2,000 tonnes of food to 150,000 people in three counties of South Sudan in January. Cash transfers reached 40,000 people in the capital. School meals reached 8,000 children. Heavy rains delayed distributions in two counties.", news.NotNoConflict},
	})
}
