package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateHomeFront: a war's echo in the civic life of a country it is not
// fought in (a campaign rally interrupted by protesters, a sermon that
// praises an attack, a lawmaker's row, an official's post on social media,
// the police's watch at home) names a side of the war and its attack, but
// reports no act of the war: it is not about armed conflict (eval/open
// fignews: the readers call such posts not about war). What protesters
// chant or a lawmaker says in quotation marks is theirs. Violence told as
// news, an attack on a rally, hostages, aid or a truce outside quotation
// marks keep an article in. Invented posts, headline and text alike as
// posts come.
func TestGateHomeFront(t *testing.T) {
	tests := []struct {
		name, item string
		reason     string // "" : relevant
	}{
		{"a rally interrupted", "The governor held a campaign rally in Ohio on Monday, but was interrupted several times by protesters angry at his support for Israel in its war with Hamas. They chanted \"ceasefire now\" until security led them out.", news.NotPolitics},
		{"a sermon praising an attack", "A student at a state university gave a sermon on campus praising the Hamas attack on Israel.", news.NotPolitics},
		{"a lawmaker's row", "Several lawmakers distanced themselves from a pro-Palestinian rally held days after Hamas militants' attacks on Israeli towns. One said she \"condemns the killing of civilians on both sides\".", news.NotPolitics},
		{"a post on social media", "A senior city official shared a pro-Israel image on Facebook a week after the attack by Hamas, prompting a backlash among colleagues.", news.NotPolitics},
		{"the police's watch", "State law enforcement agencies are stepping up patrols at places of worship in the wake of Hamas' attack on Israel.", news.NotPolitics},
		{"a campaign's argument", "A Senate candidate said the attack on Israel by Hamas militants was the fruit of a weak policy towards Iran, a line that has split the party's voters.", news.NotPolitics},
		{"a voter's change of heart", "A comedian who raised money for the president's first campaign says she will not vote for him again after watching his handling of the war with Hamas.", news.NotPolitics},
		{"students' statement", "A law firm withdrew job offers to university students who signed a statement blaming Israel for the Hamas attack.", news.NotPolitics},
		{"a car-bombing's victim", "Israel accuses Syria of harbouring militants after the car-bombing death of a Hamas student leader in Damascus.", ""},
		{"militants attack a rally", "Taliban militants attack an election rally in the east.", ""},
		{"an attack on protesters", "Hamas militants opened fire on protesters in Gaza City, killing three people.", ""},
		{"a rally for the hostages", "Thousands rally in Tel Aviv to demand the release of the hostages held by Hamas.", ""},
		{"protesters beside a truce", "Protesters gathered outside parliament as the truce between Israel and Hamas entered its second day.", ""},
		{"lawmakers vote aid", "Lawmakers approve humanitarian aid for civilians in Gaza as the war with Hamas goes on.", ""},
		// round h-gate22: what the protesters stand with, and what set the
		// protests off, is their cause, not news of the war
		{"a rally in solidarity", "A protest was held outside the embassy in Madrid in solidarity with the civilians caught in the hostilities between the government and the rebels.", news.NotPolitics},
		{"protests set off", "The militants' raid and the air campaign that followed sparked a wave of rallies in capitals around the world, a map of them shows.", news.NotPolitics},
		{"a rally beside a killing", "Hundreds rallied in solidarity with the families of 40 people killed by air strikes on the town on Monday.", ""},
		{"strikes kill and spark protests", "Air strikes killed 40 people in the town on Monday and sparked protests in the capital.", ""},
		{"a rally in support as shelling goes on", "Thousands rallied in the capital in support of the army, as shelling killed 12 people in the east.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.item, tt.item, tt.reason) })
	}
}

// TestGateCrowdCrush: the dead of a stampede are the crush's, whatever
// state of a war's region asks for their bodies back (eval/open cep: a
// pilgrimage's stampede); shelling that sets off a stampede is the war's.
func TestGateCrowdCrush(t *testing.T) {
	tests := []struct {
		name, item string
		reason     string
	}{
		{"a row over a stampede's dead", "Iran's president demands that Saudi Arabia return the bodies of 120 pilgrims killed in last week's stampede.", news.NotDisaster},
		{"a stampede at a shrine", "A stampede at a shrine in Baghdad kills 40 people and injures 120.", news.NotDisaster},
		{"shelling sets off a stampede", "Shelling of a crowded market in Aleppo sets off a stampede, killing 12 people.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.item, tt.item, tt.reason) })
	}
}

// TestGateDenseBackground: a text dense with armed words speaks for a war
// when the article names a place of one or its headline or lead tells
// violence or war; a state's measure at home whose headline and lead name
// none of it, and whose attacks (told further down) struck a country the
// gazetteer knows no war of, is that measure's news (eval/open Wikinews: a
// ban on face veils after suicide bombings claimed by the Islamic State).
func TestGateDenseBackground(t *testing.T) {
	lead := "The prime minister signed a decree on Friday barring anyone with a covered face from entering government offices. " +
		"The ban applies to schools, hospitals and ministries. An official said the measure was taken for security reasons. "
	past := func(where string) string {
		return "The decision follows two suicide bombings in " + where + " last month. A suicide bomber wearing a face veil killed two police officers. " +
			"The Islamic State claimed both suicide attacks. Militants have carried out three bombings in the capital since 2015."
	}
	tests := []struct {
		name, title, text string
		reason            string
	}{
		{"a ban after attacks at no war", "Prime minister bans face veils in public offices", lead + past("the capital, Tunis"), news.NotNoConflict},
		{"a ban after attacks in a war's country", "Prime minister bans face veils in public offices", lead + past("the capital, Kabul"), ""},
		{"the attacks in the lead", "Prime minister bans face veils in public offices",
			"Two suicide bombings struck the capital last month, killing two police officers. " + lead + past("the capital, Tunis"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.title, tt.text, tt.reason) })
	}
}
