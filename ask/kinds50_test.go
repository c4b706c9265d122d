package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask50 (issue 14.5, news of other wars): a
// range written as its two bounds is the answer whole — "between 3,000 to
// 5,500" (not "000 to 5,500", cut inside the first figure), "from June 3
// to 5" and "midnight of March 11/12" (not the first day alone).
var rangeReports = []news.Article{
	{ExternalID: "front-strength", Title: "Kessel Front ends its truce with Varonia", Published: date("2021-11-29"),
		Text: "The Kessel Front said on Monday it was ending the truce it agreed with the government of Varonia in June. " +
			"According to monitors of the Dorvik commission, the group has between 3,000 to 5,500 fighters in the eastern hills."},
	{ExternalID: "holiday-truce", Title: "Varonia's leader proposes a holiday truce", Published: date("2022-05-20"),
		Text: "The president of Varonia proposed a truce from June 3 to 5 for the harvest festival, which the Kessel Front called a stunt. " +
			"The front's spokesman said fighting would go on around Amsel."},
	{ExternalID: "border-statement", Title: "Orlen and Tessia agree to observe border truce", Published: date("2020-03-12"),
		Text: "The armies of Orlen and Tessia agreed to strictly observe their truce along the Tarn line. " +
			"\"Both sides agreed to halt all firing along the Tarn line with effect from midnight of March 11/12,\" their joint statement said."},
}

func TestAnswerKinds50Ranges(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(rangeReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many fighters does the Kessel Front have according to the Dorvik commission's monitors?", "3,000 to 5,500", "front-strength"},
		{"On which dates was the harvest festival truce the president of Varonia proposed?", "June 3 to 5", "holiday-truce"},
		{"From midnight of which dates did Orlen and Tessia agree to halt firing along the Tarn line?", "March 11/12", "border-statement"},
	})
}

// Invented reports of round h-ask50: the outlet that relays a report at
// the end of its sentence (", reported Dorvik News.", ", Orlen Television
// reported.") is no answer to which body or alliance, unless an outlet is
// asked.
var relayReports = []news.Article{
	{ExternalID: "port-firing", Title: "Truce ends in Amsel as fighting resumes", Published: date("2023-12-01"),
		Text: "The truce around Amsel ended on Friday morning and the Kessel army said it had resumed combat. " +
			"Kessel armoured vehicles were firing in northwest Amsel, according to the Front-run Ministry of Security in Amsel. " +
			"In a statement, the ministry also said Kessel drones were in the skies above the area, reported Dorvik News."},
	{ExternalID: "tarn-relief", Title: "Militia leader offers help after Tarn floods", Published: date("2021-08-23"),
		Text: "Floods tore through the Tarn valley last week, leaving thousands homeless. " +
			"The Red Hand Union, a militia alliance led by Arno Vell, promised on Sunday to help villages in the Tarn valley recover, Orlen Television reported."},
}

func TestAnswerKinds50RelayingOutlet(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(relayReports...)}, Options{})
	askWant(t, a, []askCase{
		{"Which Front-run body reported Kessel armoured vehicles firing in northwest Amsel when the truce ended on 1 December 2023?", "Ministry of Security", "port-firing"},
		{"Which militia alliance did Arno Vell say would help flood relief in the Tarn valley?", "Red Hand Union", "tarn-relief"},
		{"Which broadcaster reported that Arno Vell promised to help villages in the Tarn valley recover?", "Orlen Television", "tarn-relief"},
	})
}

// Invented reports of round h-ask50: of two figures in one sentence, the
// one whose own clause writes the question's predicate answers it — past a
// plain noun of people or a relative pronoun before the auxiliary ("more
// than 215,000 people have become refugees", "180,000 who have fled") —
// not the one written before the question's counted noun with another
// predicate ("612,000 Amberlanders are displaced").
var figureClauseReports = []news.Article{
	{ExternalID: "amber-truce", Title: "Amberland rivals sign truce in Dorvik", Published: date("2014-05-10"),
		Text: "The leaders of Amberland's two factions signed a truce in Dorvik on Friday. " +
			"In all, 612,000 Amberlanders are displaced within their own country, while more than 215,000 people have become refugees in neighbouring countries, such as Orlen and Tessia."},
	{ExternalID: "tessia-week", Title: "Tessia truce in its third day", Published: date("2023-05-25"),
		Text: "The week-long truce in Tessia held into its third day on Wednesday. " +
			"More than a million Tessians have been displaced, including 180,000 who have fled to safety in neighbouring countries, according to the United Nations."},
}

func TestAnswerKinds50FigureOfTheClause(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(figureClauseReports...)}, Options{})
	askWant(t, a, []askCase{
		{"How many Amberlanders had become refugees in neighbouring countries when the truce was signed in Dorvik in May 2014?", "215,000", "amber-truce"},
		{"How many Tessians had fled to neighbouring countries, according to the UN, when the week-long truce was in its third day?", "180,000", "tessia-week"},
		{"How many Tessians have been displaced, according to the UN, in the week-long truce's third day?", "million", "tessia-week"},
	})
}
