package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// snippetCase is one short event report of the kind wire alerts and event
// databases carry: a sentence or two, no headline.
type snippetCase struct {
	text   string
	want   []news.Category
	status news.CeasefireStatus // checked when want has ceasefire
}

const (
	T = news.Talks
	C = news.Ceasefire
	H = news.Humanitarian
	V = news.Violence
)

func cats(c ...news.Category) []news.Category { return c }

// snippetCases are written to read like the short reports of many wars, not
// like the labelled Syrian articles the lexicon was fitted on.
var snippetCases = []snippetCase{
	// talks
	{"Government and Houthi delegations opened a new round of UN-backed talks in Stockholm on Thursday.", cats(T), ""},
	{"The UN envoy met rebel leaders in Juba to discuss a power-sharing deal.", cats(T), ""},
	{"Sudan's army rejected an invitation to negotiations in Jeddah, a spokesman said.", cats(T), ""},
	{"Russia and Ukraine exchanged 95 prisoners each on Friday in a deal brokered by the United Arab Emirates.", cats(T), ""},
	{"The Security Council voted 13-0 to extend the peacekeeping mission in South Sudan.", cats(T), ""},
	{"Colombia's government and the ELN signed an agreement in Havana to resume peace negotiations.", cats(T), ""},
	{"Foreign ministers of Turkey and Russia spoke by phone about the situation in Idlib.", cats(T), ""},
	// ceasefire
	{"Government forces and rebels agreed a 72-hour truce in Aden on Sunday.", cats(C), news.CeasefireInEffect},
	{"A ceasefire between Israel and Hamas took effect at 2 a.m. local time.", cats(C), news.CeasefireInEffect},
	{"The UN Secretary-General called for an immediate humanitarian ceasefire in Gaza.", cats(C), news.CeasefireProposed},
	{"Rebels accused the army of violating the truce by shelling villages near Goma.", cats(C, V), news.CeasefireViolated},
	{"Fighting resumed in Khartoum on Saturday after a week-long ceasefire expired.", cats(C, V), news.CeasefireCollapsed},
	{"Fighting resumed after the truce took effect, with both sides blaming each other.", cats(C, V), news.CeasefireViolated},
	{"The truce in Tigray largely held overnight, residents said.", cats(C), news.CeasefireInEffect},
	{"Saudi Arabia announced a two-week extension of the ceasefire in Yemen.", cats(C), news.CeasefireInEffect},
	{"The ceasefire collapsed on Tuesday when militants fired rockets at Sderot.", cats(C, V), news.CeasefireCollapsed},
	{"Mediators proposed a 30-day cessation of hostilities in Sudan to allow aid in.", cats(T, C, H), news.CeasefireProposed},
	// humanitarian
	{"A UN convoy delivered food to 40,000 people in besieged Madaya.", cats(H), ""},
	{"More than 20,000 people fled their homes in Cabo Delgado after the attack, the UN said.", cats(H, V), ""},
	{"The WFP warned that 5 million people in Sudan face famine.", cats(H), ""},
	{"Cholera cases in Yemen passed 100,000, the World Health Organization said.", cats(H), ""},
	{"Aid trucks were blocked at the Rafah crossing for a third day.", cats(H), ""},
	{"The UN launched a $2.5 billion appeal for Afghanistan on Tuesday.", cats(H), ""},
	{"Hundreds of wounded civilians were evacuated from Mariupol in buses on Sunday.", cats(H), ""},
	{"Refugees from Nagorno-Karabakh streamed into Armenia for a third day.", cats(H), ""},
	{"An air strike hit a hospital in Marib, putting it out of service, medics said.", cats(H, V), ""},
	// violence
	{"Al-Shabaab fighters attacked a military base near Mogadishu, killing 12 soldiers.", cats(V), ""},
	{"A suicide bomber killed 23 people at a market in Maiduguri on Tuesday.", cats(V), ""},
	{"Russian missiles struck Kharkiv overnight, injuring nine people.", cats(V), ""},
	{"Clashes between army and RSF fighters erupted in El Fasher on Monday.", cats(V), ""},
	{"Taliban fighters captured the district centre of Ghormach after heavy fighting.", cats(V), ""},
	{"Gunmen ambushed a convoy of police in Zamfara, killing four.", cats(V), ""},
	{"On 14 March 2019, Boko Haram militants attacked Gajiram, killing seven civilians.", cats(V), ""},
	{"Israeli air strikes hit Rafah overnight, killing at least 20 people, health officials said.", cats(V), ""},
	// none
	{"The central bank raised interest rates by half a point on Wednesday.", nil, ""},
	{"Parliament elected a new speaker on Monday after months of deadlock.", nil, ""},
}

func TestClassifySnippets(t *testing.T) {
	for _, tt := range snippetCases {
		t.Run(tt.text, func(t *testing.T) {
			an := classifyText("", tt.text)
			if !slices.Equal(an.Categories, tt.want) {
				t.Errorf("categories = %v, want %v (scores %v)", an.Categories, tt.want, an.Scores)
			}
			if tt.status != "" && an.Has(news.Ceasefire) && an.CeasefireStatus != tt.status {
				t.Errorf("status = %q, want %q", an.CeasefireStatus, tt.status)
			}
		})
	}
}
