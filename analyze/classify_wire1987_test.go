package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestOldWireCopy checks the categories of wire copy of another decade
// (issue 14: 1987 Reuters stories of the Gulf tanker war, Nicaragua's
// contras, Colombia's guerrillas): aid voted to an armed side, economic aid
// and a state of siege are no humanitarian news; a workers' strike, a
// warship's class, an oil company's name and arms sold are no attack; an
// armed group's suspension of its attacks is a halt in fighting; progress
// toward peace is talks. Invented sentences.
func TestOldWireCopy(t *testing.T) {
	tests := []struct {
		name        string
		title, text string
		cat         news.Category
		want        bool
	}{
		{"aid voted to the rebels", "Senate backs rebel aid",
			"The Senate voted to release 40 million dollars in aid to the rebels fighting the government. " +
				"The aid became available to the guerrillas last week.", news.Humanitarian, false},
		{"aid whose receivers are armed men", "Congress releases last instalment",
			"The aid became available to the guerrillas last week. More aid will reach the contras in May.",
			news.Humanitarian, false},
		{"aid to an armed side, one word between", "Parliament blocks contra aid",
			"Parliament voted to block new assistance to the Nicaraguan contras until the ministry accounts for past funds.",
			news.Humanitarian, false},
		{"aid that reaches civilians stays aid", "Rebels let aid convoy through",
			"Rebels allowed an aid convoy carrying food and medicine to reach 20,000 civilians in the besieged town on Tuesday.",
			news.Humanitarian, true},
		{"economic aid", "President seeks more economic aid for the region",
			"The president asked parliament for 300 million dollars in new economic aid for the region's democracies.",
			news.Humanitarian, false},
		{"a state of siege is emergency rule", "Government to seek state of siege",
			"The government will ask parliament to declare a state of siege after a mutiny by army officers, officials said.",
			news.Humanitarian, false},
		{"a convoy of tankers", "Navy begins new tanker convoy",
			"Warships began escorting a tanker convoy through the strait on Tuesday, the defence ministry said.",
			news.Humanitarian, false},
		{"a seamen's strike", "Seamen's strike enters third week",
			"The national seamen's strike entered its third week on Monday, leaving 120 ships strike-bound in the ports. " +
				"The threat of a strike by 40,000 oil industry employees receded.", news.Violence, false},
		{"a warship's class and an oil company", "Refinery reopens",
			"The refinery, owned jointly by the state and Royal Dutch Shell, reopened on Monday. " +
				"A guided missile frigate escorted the first two tankers out of the port.", news.Violence, false},
		{"missiles sold, not fired", "Minister denies missile deal",
			"The opposition said the minister approved the sale of anti-aircraft missiles to the rebels. " +
				"An aide had tried to obtain 20 shoulder-fired missiles from a company that manufactures the missiles.",
			news.Violence, false},
		{"missiles fired stay violence", "Missiles hit oil terminal",
			"Missiles fired from the coast hit an oil terminal on Friday, setting two tanks ablaze.", news.Violence, true},
		{"a guerrilla group suspends its attacks", "Guerrillas halt pipeline campaign",
			"The guerrilla group announced the suspension of its attacks on the oil pipeline pending a new tax on foreign oil companies.",
			news.Ceasefire, true},
		{"a pay dispute's talks", "Troops to leave refineries",
			"The company said it would meet union leaders for pay talks next Wednesday. The labour minister would act as a mediator. " +
				"Two shipping firms struck a pay accord with their crews on Tuesday.", news.Talks, false},
		{"arms control between powers at peace", "Leader admits mistake",
			"His remark seemed to refer to a new willingness to reach an agreement on eliminating medium-range nuclear missiles in Europe.",
			news.Talks, false},
		{"a halt to months of fighting", "World news highlights",
			"BEIRUT - The army intervened to halt months of fighting over the camps on the city's edge.", news.Ceasefire, true},
		{"a state's national security council and an appointee", "President admits mistake",
			"The president said his style did not match the National Security Council staff's record. " +
				"He announced that the former senator had agreed to serve on his intelligence advisory board.", news.Talks, false},
		{"missiles a treaty would eliminate", "Leader admits mistake",
			"His remark seemed to refer to a new willingness to reach an agreement on eliminating medium-range nuclear missiles in Europe.",
			news.Violence, false},
		{"progress toward peace in the headline", "Progress toward border war peace seen",
			"The foreign minister said important progress would come within months.", news.Talks, true},
	}
	for _, tt := range tests {
		an := classifyText(tt.title, tt.text)
		wantCategory(t, tt.name, an, tt.cat, tt.want)
	}
	an := classifyText("Guerrillas halt pipeline campaign",
		"The guerrilla group announced the suspension of its attacks on the oil pipeline pending a new tax on foreign oil companies.")
	if an.CeasefireStatus != news.CeasefireInEffect {
		t.Errorf("a suspension of attacks: status %q, want %q", an.CeasefireStatus, news.CeasefireInEffect)
	}
}

// TestGunboatsGate: armed boats in the lead are armed conflict's words,
// where the gazetteer names no place of a war ("two tankers attacked in
// the strait by gunboats"); gunboat diplomacy is power shown, not used.
// Invented sentences.
func TestGunboatsGate(t *testing.T) {
	a := news.Article{Title: "Tankers anchor after attacks",
		Text: "Two tankers attacked in the strait by gunboats on Saturday have anchored for inspection, shipping sources said."}
	an := Analyze(&a)
	if !an.RelevanceOf().Relevant || !an.Has(news.Violence) {
		t.Errorf("gunboats' attack: relevance %+v, categories %v; want relevant with violence", an.RelevanceOf(), an.Categories)
	}
	a = news.Article{Title: "Minister accuses rival of gunboat diplomacy",
		Text: "The minister accused the neighbouring government of gunboat diplomacy in a dispute over fishing rights."}
	if an := Analyze(&a); an.RelevanceOf().Relevant {
		t.Errorf("gunboat diplomacy: relevance %+v, want not relevant", an.RelevanceOf())
	}
}
