package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Issue 14 (h-open3): one-line items and short posts of the wars the
// default feeds cover, each given as its own headline and text as events
// digests and posts come. The plight a post tells of a war's place in its
// daily words (aid trucks, hospitals out of fuel, famine, civilians
// evacuated, a blockade) lets it past the relevance gate; places and armed
// groups of other wars (gazetteer) stand beside the violence a present-tense
// verb tells (armed men storming a base, a bridge blown up, drones hitting a
// depot, tanks pushing into a town); refugees named by a war's side in the
// opening sentence of an item with no headline are that war's, as in a
// headline ("blow up" is read in its third person only: the base form
// follows a threat too often). Not: a threat to blow something up, a freight list's flour, a
// children's hospital supported by staff, tanks sold under a contract.
var otherWars3Cases = []plightCase{
	{"Lorries of aid trucks roll into Gaza through the southern crossing after a week's halt.", news.Humanitarian, true},
	{"Hospitals across North Darfur have run out of fuel and medicines, a doctors' union says.", news.Humanitarian, true},
	{"Famine is spreading through camps in South Kordofan, relief workers warn.", news.Humanitarian, true},
	{"Malnutrition among children in Tigray has doubled since the spring, nurses say.", news.Humanitarian, true},
	{"Hundreds of civilians are evacuated from Chasiv Yar by volunteers as the front nears.", news.Humanitarian, true},
	{"Israel halts aid deliveries to the north of the Gaza Strip for a third day.", news.Humanitarian, true},
	{"The blockade of Taiz has left families without water for a month.", news.Humanitarian, true},
	{"Airdrops of food begin over the besieged districts of El Fasher.", news.Humanitarian, true},
	{"Fighters storm an army post in Lower Shabelle before dawn, residents say.", news.Violence, true},
	{"ISWAP fighters storm a military base in Yobe and set it ablaze.", news.Violence, true},
	{"Fano militiamen seize the town of Lalibela after a night of fighting.", news.Violence, true},
	{"A rebel unit blows up a bridge on the road to Bunia.", news.Violence, true},
	{"Russian troops say Ukrainian drones hit a fuel depot in Kursk overnight.", news.Violence, true},
	{"Israeli tanks push into al-Mawasi after strikes on the coastal strip.", news.Violence, true},
	{"The army moves to capture Marawi from the Maute group.", news.Violence, true},
	{"A Syrian boy drowns and several other refugees are missing after their dinghy capsizes off a Greek island. The coast guard rescued nine people.", news.Humanitarian, true},
	{"A retired soldier threatens to blow up an arms depot, and villagers nearby are moved out.", news.Violence, false},
	{"Staff of the UN mission in Juba support a local orphanage and a children's hospital.", news.Humanitarian, false},
}

func TestOtherWarsShortPosts3(t *testing.T) {
	checkPlightCases(t, otherWars3Cases)
}

// A wire item's freight list and a defence maker's contract name a war's
// country and a word the gate reads as a war's plight or violence (flour
// for Libya, tanks for Turkey) and stay out.
func TestOtherWars3Trade(t *testing.T) {
	for _, c := range []news.Article{
		{Title: "GRAIN FREIGHT ENQUIRIES", Text: "Rotterdam/Libya 6,000 mt bagged flour 12 days 20-25/5."},
		{Title: "ARMS MAKER WINS ARMY CONTRACT", Text: "The company has won a 7.2 mln dlr contract to build missiles for the Navy. It also won a contract to upgrade tanks for Turkey, the Army said."},
	} {
		if an := Analyze(&c); len(an.Categories) > 0 {
			t.Errorf("%q: categories %v, want none (relevance %+v)", c.Title, an.Categories, an.Relevance)
		}
	}
}
