package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// An event whose noun phrase names a year ("the 2010 Upper Big Branch Mine
// disaster", Wikinews' two Blankenship articles) or that "in" a month and
// year follows ("a major riot in July 2009", cnndm-g4t-930) is an earlier
// year's: its toll is background, as "the 2000 bombing of the ship, which
// killed 17" was already (earlierYear). The same nouns with no year, or
// with a weekday, stay the news (issue 10, round h-fig60; orig2 fit).
func TestFigureValuesFig60DatedEvent(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"year inside the event's name", "Blankenship ran for president. During his tenure, the 2010 Upper Big " +
			"Branch Mine disaster occurred, which resulted in the deaths of 29 miners.", news.FigureKilled, 0, ""},
		{"in a month and year after the noun", "Officials tightened security in the region. The provincial capital " +
			"Urumqi witnessed a major riot in July 2009, which involved at least 1,000 Uyghurs and left 197 dead, " +
			"according to Chinese media.", news.FigureKilled, 0, ""},
		{"no year: the news", "Officials tightened security in the region. The provincial capital Kaga witnessed a " +
			"major riot on Monday, which left 197 dead, according to state media.", news.FigureKilled, 197, news.Exact},
		{"a disaster with no year: the news", "Rescuers worked through the night. The mine disaster, which occurred " +
			"on Tuesday, resulted in the deaths of 29 miners.", news.FigureKilled, 29, news.Exact},
	})
}

// "A Taliban suicide fighter killed himself and wounded at least seven
// others" (Reuters via AG News, fresh8 agnews-test-4404) and "A care worker
// accidentally killed herself" (cnndm-cgv-834, orig2 fit): the one-person
// phrase before a verb turned back on it is the doer; readers write no
// number for the doer's own death ("bomber killed himself (no number)").
// "A soldier was killed" stays one killed.
func TestFigureValuesFig60Reflexive(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"suicide fighter killed himself", "KABUL, Afghanistan -- A Taliban suicide fighter killed himself and " +
			"wounded at least seven others in a grenade attack on a busy shopping street in central Kabul yesterday.",
			news.FigureKilled, 0, ""},
		{"his wounded stay", "KABUL, Afghanistan -- A Taliban suicide fighter killed himself and wounded at least " +
			"seven others in a grenade attack on a busy shopping street in central Kabul yesterday.",
			news.FigureInjured, 7, news.AtLeast},
		{"killed herself", "A care worker accidentally killed herself by overdosing on tablets, an inquest heard.",
			news.FigureKilled, 0, ""},
		{"a soldier killed stays one", "A soldier was killed and seven others were wounded when a bomb hit their " +
			"patrol near Kaga on Monday.", news.FigureKilled, 1, news.Exact},
	})
}
