package analyze

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestDisputesTable checks gazetteer/disputes.tsv as data: every dispute
// has two sides (or a side and a mediator), a name stands in one camp of a
// dispute only, and a dispute's years are in order.
func TestDisputesTable(t *testing.T) {
	if len(disputes.disputes) < 30 {
		t.Fatalf("%d disputes loaded, want the table's", len(disputes.disputes))
	}
	sides := make([]uint16, len(disputes.disputes))
	mediators := make([]uint16, len(disputes.disputes))
	for name, refs := range disputes.names {
		camps := map[uint16]uint8{}
		for _, r := range refs {
			switch r.role {
			case roleSide:
				sides[r.dispute] |= 1 << r.camp
				if c, ok := camps[r.dispute]; ok && c != r.camp {
					t.Errorf("%q stands in two camps of %s", name, disputes.disputes[r.dispute].name)
				}
				camps[r.dispute] = r.camp
			case roleMediator:
				mediators[r.dispute] |= 1 << r.camp
			}
		}
	}
	for i, d := range disputes.disputes {
		if countBits(sides[i]) < 2 && (countBits(sides[i]) < 1 || mediators[i] == 0) {
			t.Errorf("dispute %s: sides %b, mediators %b: want two sides", d.name, sides[i], mediators[i])
		}
		if d.from < 1900 || d.to != 0 && d.to < d.from {
			t.Errorf("dispute %s: years %d-%d", d.name, d.from, d.to)
		}
	}
}

func countBits(x uint16) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// TestDisputePairs checks what makes a pair of one dispute in a sentence:
// two camps, a side beside a mediator or the disputed land, a process; not
// allies, not two mediators alone, not a city written as a wire dateline,
// not a dispute outside its years.
func TestDisputePairs(t *testing.T) {
	tests := []struct {
		name, text string
		year       int
		want       bool
	}{
		{"two states", "India and Pakistan", 2004, true},
		{"two leaders", "Aliyev told Pashinyan", 2023, true},
		{"a movement and its government", "the Tamil Tigers and Colombo", 2003, true},
		{"a hyphenated pair", "the Israeli-Palestinian conflict", 2004, true},
		{"a side and the disputed land", "Musharraf on Kashmir", 2004, true},
		{"a side and a mediator", "Blair told Sinn Fein", 2005, true},
		{"two mediators and the land", "Ahern and Blair on Northern Ireland", 2004, true},
		{"a process", "the Good Friday Agreement", 2004, true},
		{"allies", "the Afghan government and Washington", 2010, false},
		{"two mediators alone", "Ahern and Blair in Brussels", 2004, false},
		{"one side", "Pakistan and its army", 2004, false},
		{"a dateline", "KHARTOUM (Reuters) - Darfur rebels said", 2004, false},
		{"a capital named", "Khartoum and Darfur rebels", 2004, true},
		{"a hyphen with a prefix", "pro-Palestinian and Israeli", 2004, false},
		{"before the war", "Putin and Kuchma", 2004, false},
		{"in the war", "Putin and Zelensky", 2022, true},
		{"undated", "Putin and Zelensky", 0, true},
		{"after the peace", "Abiy and Isaias", 2021, false},
		{"at the peace", "Abiy and Isaias", 2018, true},
		{"a possessive", "Pakistan's talks with India", 2004, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ws := lang.Words(tc.text)
			if got := pairIn(ws, headsOf(ws), tc.text, tc.year); got != tc.want {
				t.Errorf("pairIn(%q, %d) = %v, want %v", tc.text, tc.year, got, tc.want)
			}
			if got := pairIn(ws, nil, tc.text, tc.year); got != tc.want {
				t.Errorf("pairIn(%q, %d) with no heads = %v, want %v", tc.text, tc.year, got, tc.want)
			}
		})
	}
}

// TestTalksBetweenSides checks the diplomacy of wars told with no place of
// the war, only its sides (leaders, envoys, governments, armed movements)
// dealing with each other, through the whole analysis: the relevance gate
// lets it in and talks is its category, with the sentence as evidence.
// Wars of today and of the past, beyond the development rows; beside them
// what must stay as it was: the sides fighting, the sides' weaker words of
// relations beside violence or a truce, allies meeting, trade between two
// sides of a war, two mediators on other business, and a dispute outside
// its years. Invented sentences.
func TestTalksBetweenSides(t *testing.T) {
	y2004 := time.Date(2004, 10, 1, 0, 0, 0, 0, time.UTC)
	y2023 := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text string
		published         time.Time
		talks, relevant   bool
	}{
		{"Kashmir leaders' dialogue", "Musharraf upbeat after Singh meeting", "Pervez Musharraf said he was optimistic after a constructive dialogue with Manmohan Singh in New York.", y2004, true, true},
		{"Karabakh leaders meet", "Aliyev, Pashinyan to meet", "Ilham Aliyev and Nikol Pashinyan will meet next week, their offices said.", y2023, true, true},
		{"Sudan's generals", "Burhan, Hemedti envoys meet", "Envoys of Abdel Fattah al-Burhan and Hemedti met for indirect negotiations, mediators said.", y2023, true, true},
		{"Yemen's sides", "Houthi delegation in Riyadh", "A Houthi delegation held negotiations with Saudi officials in Riyadh on a road map.", y2023, true, true},
		{"Ukraine's sides", "Umerov to lead delegation", "Rustem Umerov will lead the delegation at negotiations with Russia, Zelensky said.", y2023, true, true},
		{"Northern Ireland's sides", "Paisley and McGuinness meet", "Ian Paisley and Martin McGuinness held their first meeting on Monday, officials said.", time.Date(2007, 3, 26, 0, 0, 0, 0, time.UTC), true, true},
		{"Myanmar's sides", "Junta meets ethnic armies", "The Myanmar junta met the Arakan Army and the TNLA for talks in Kunming.", y2023, true, true},
		{"Mali's sides", "Bamako, Tuareg rebels resume dialogue", "Mali's government and the Coordination of Azawad Movements resumed their dialogue under Algerian mediation.", time.Date(2015, 3, 1, 0, 0, 0, 0, time.UTC), true, true},
		{"Colombia's sides", "Petro's envoys meet ELN", "Gustavo Petro's negotiators and the ELN opened a new round of negotiations.", y2023, true, true},
		{"a process moving", "Minsk agreements revived", "The Normandy format met in Paris to revive the Minsk agreements.", time.Date(2019, 12, 9, 0, 0, 0, 0, time.UTC), true, true},
		{"warlords join the cabinet", "Warlords join Somali cabinet", "Three faction leaders joined the cabinet of Abdullahi Yusuf on Monday.", y2004, true, true},
		{"India's Maoists", "Andhra Maoists agree to talks", "Naxalite leaders and the Andhra Pradesh government will hold their first round of direct negotiations next week.", y2004, true, true},
		{"Naga talks", "Muivah in Delhi", "Thuingaleng Muivah met Manmohan Singh in New Delhi for talks on a settlement.", y2004, true, true},
		{"a mediator meets a side", "Grundberg in Sanaa", "UN envoy Hans Grundberg met Houthi leaders to discuss extending the road map.", y2023, true, true},
		{"a plan to calm tensions", "UN plan to ease Congo-Rwanda tensions", "The United Nations offered a plan to ease tensions between Kinshasa and Kigali.", y2004, true, true},
		// what must stay as it was
		{"the sides fighting", "Indian troops kill Pakistani intruders", "Indian troops killed three Pakistani intruders, the army said.", y2004, false, true},
		{"peace beside violence", "Israel bombs Hamas base", "Israeli jets bombed a Hamas base in Gaza, killing five, as Palestinians spoke of peace.", y2004, false, true},
		{"trade between the sides", "India, Pakistan sign trade deal", "India and Pakistan signed a trade deal to cut tariffs on tea.", y2004, false, false},
		{"allies meeting", "Karzai meets Bush", "Hamid Karzai met officials in Washington to discuss aid.", y2004, false, false},
		{"mediators on other business", "Ahern and Blair meet", "Bertie Ahern and Tony Blair met in Brussels to discuss the EU budget.", y2004, false, false},
		{"before the war", "Putin and Kuchma meet", "Vladimir Putin and Leonid Kuchma met in Sochi to discuss gas supplies.", y2004, false, false},
		{"aid between a host and refugees", "UNHCR welcomes UK funding", "UNHCR's representative in Sudan welcomed the multi-year agreement to assist refugees from South Sudan.", time.Date(2017, 12, 21, 0, 0, 0, 0, time.UTC), false, true},
		{"a process cited as a yardstick", "Shelling near Donetsk", "Shelling hit two villages near Donetsk, monitors said; the hardware they saw is not proscribed by the provisions of the Minsk agreements.", time.Date(2017, 12, 21, 0, 0, 0, 0, time.UTC), false, true},
		{"resistance met", "Israeli troops meet resistance", "Israeli troops met fierce resistance from Hamas gunmen in Rafah.", y2004, false, true},
		{"demands met", "Taliban set deadline", "The Taliban said the captive would die unless the Afghan government saw its demands met.", y2004, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := news.Article{Title: tc.title, Text: tc.text, Published: tc.published}
			an := Analyze(&a)
			if got := an.Has(news.Talks); got != tc.talks {
				t.Errorf("talks = %v, want %v (categories %v, relevance %+v)", got, tc.talks, an.Categories, an.RelevanceOf())
			}
			if got := an.IsRelevant(); got != tc.relevant {
				t.Errorf("relevant = %v, want %v (%+v)", got, tc.relevant, an.RelevanceOf())
			}
			if tc.talks && !slices.ContainsFunc(an.Evidence[news.Talks], func(e string) bool { return strings.Contains(tc.title+" "+tc.text, e) }) {
				t.Errorf("talks evidence %q: want a sentence of the article", an.Evidence[news.Talks])
			}
		})
	}
}
