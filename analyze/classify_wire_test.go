package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// wireCases are invented wire items of wars the lexicon was not written
// on: a headline and a lead of a sentence or two, the whole report, read
// through the relevance gate as Analyze reads them.
var wireCases = []struct {
	title, text string
	want        []news.Category
}{
	// talks: the guide's diplomacy as headlines write it
	{"Peace talks resume in Doha after two-week break", "Delegations of the government and the armed opposition met again on Tuesday, a spokesman said.", snCats(snT)},
	{"Mindanao rebels agree to end their revolt", "The guerrilla leader reportedly agrees to end the uprising in the southern province.", snCats(snT)},
	{"UN council votes arms embargo on Somalia", "The U.N. Security Council on Friday imposed an arms embargo on Somalia's warring clans and threatened sanctions against their leaders.", snCats(snT)},
	{"Leaders hold mini-summit on Sahel insurgency", "The presidents of Niger, Mali and Chad met in Niamey on Sunday for a mini-summit on the insurgency.", snCats(snT)},
	{"Armenia and Azerbaijan wind up talks, no deal on Nagorno-Karabakh", "The two foreign ministers concluded two days of talks in Washington without agreement on the border.", snCats(snT)},
	{"Manila extends amnesty offer to rebels", "The government said it would widen its amnesty offer to guerrillas who hand in weapons before March.", snCats(snT)},
	{"Regional bloc brings Sudan's parties to the table", "The bloc will bring the army and the paramilitary force into talks with neighbouring states in Addis Ababa.", snCats(snT)},
	{"Rebels pull out of unity government in Congo", "The former rebel movement quit the power-sharing transitional government on Monday, a blow to the peace process.", snCats(snT)},
	// not talks: nuclear and trade diplomacy, a threat to a peace process,
	// violence alone
	{"Iran, EU negotiators meet over nuclear programme", "Negotiators from Tehran and three European capitals met in Geneva on Tehran's nuclear programme.", nil},
	{"Egypt and Jordan sign trade accord", "The two neighbours signed a trade accord on Sunday to cut tariffs on farm goods.", nil},
	{"Militants kill 12 at Kandahar checkpoint", "Gunmen attacked a police checkpoint outside Kandahar on Monday, killing 12 officers, officials said.", snCats(snV)},
}

func TestClassifyWireItems(t *testing.T) {
	for _, tt := range wireCases {
		t.Run(tt.title, func(t *testing.T) {
			an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
			if !slices.Equal(an.Categories, tt.want) && !(len(tt.want) == 0 && len(an.Categories) == 0) {
				t.Errorf("categories = %v, want %v (relevance %+v, scores %v)", an.Categories, tt.want, an.Relevance, an.Scores)
			}
		})
	}
}

// wireHumanitarian are invented wire items, read by the rules alone, for
// the humanitarian cues of other wars: the displaced's conditions and homes
// demolished are humanitarian; a hostage's story, a raid on a camp named as
// a place and money for the war itself are not. Then a bomb threat and a
// missile test, which are no violence, and talks and truce cues of leads.
var wireHumanitarian = []struct {
	title, text string
	want        []news.Category
}{
	{"Conditions worsen for displaced in Tigray, UN says", "Living conditions for 500,000 displaced people in camps around Mekelle continue to worsen, UN agencies said on Tuesday.", snCats(snH)},
	{"Army demolishes 20 homes near Hebron", "Troops demolished 20 Palestinian houses south of Hebron on Wednesday, leaving 120 people without shelter.", snCats(snH)},
	{"Family appeals for release of engineer", "The family of an engineer held in the Niger Delta issued a plea for his release on Sunday.", nil},
	{"Troops raid Balata refugee camp", "Soldiers backed by helicopters stormed the Balata refugee camp on Monday, killing four gunmen, witnesses said.", snCats(snV)},
	{"Government seeks more war funding", "The administration will ask Congress for $25 billion in war funding next year, officials said.", nil},
	// a bomb feared and a missile tested are no attack
	{"Jet diverted after bomb threat", "A passenger jet bound for New York made an emergency landing in Ireland after a bomb threat, police said.", nil},
	{"Pyongyang ready to test missile again", "The defence ministry said its missile test last week was a success and it was ready to repeat it.", nil},
	// talks opened or broken off, and a truce's first steps, as leads tell them
	{"No breakthrough on Western Sahara", "Morocco and the Polisario Front broke off their talks in Geneva on Friday after two days.", snCats(snT)},
	{"Army to scale back Tigray offensive", "The army said on Friday it would scale back its offensive in the north after weeks of heavy losses.", snCats(snC)},
}

func TestClassifyWireHumanitarian(t *testing.T) {
	for _, tt := range wireHumanitarian {
		t.Run(tt.title, func(t *testing.T) {
			an := classifyText(tt.title, tt.text)
			if !slices.Equal(an.Categories, tt.want) {
				t.Errorf("categories = %v, want %v (scores %v)", an.Categories, tt.want, an.Scores)
			}
		})
	}
}
