package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// An agency's update on an offensive counts its displaced from the onset of
// the fighting, dated to the day ("since the onset of clashes in X on 12
// March"): that running total is the offensive's figure, not a war's years,
// which a year alone or the start of "the war", even to the day, still date. A count of
// families held to a bound ("at least", "more than") holds the people its
// aside estimates from it to the same bound. The total an update brings its
// displaced to is the displacement's figure; the increment it adds ("an
// additional 420 families since the previous update") is a part of it. The
// deaths "including" among casualties (the dead and hurt together) are the
// toll, as an outbreak's among its cases are. A number glued to a closing
// bracket ("(1.6 million children)2") is a footnote's mark. The displaced
// who "have returned" are a count of returns. "Last" and "past" tell a
// time only before one ("last week", "the past two months"), not in "a last
// resort".
func TestFigureValuesFig34(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"since the dated onset of armed conflict", "Since the onset of armed conflict in the northern districts of Sirte " +
			"on 12 March 2020, at least 4,200 families (approximately 21,000 individuals) have fled their homes.",
			news.FigureDisplaced, 21000, news.AtLeast},
		{"following the dated start of the conflict", "Following the start of the conflict on 03 June 2018 in Marib, " +
			"more than 15,000 people have been displaced.", news.FigureDisplaced, 15000, news.MoreThan},
		{"the bound of the families", "At least 2,300 families (approximately 11,500 individuals) have been displaced " +
			"by fighting in Dikwa.", news.FigureDisplaced, 11500, news.AtLeast},
		{"since the start of the clashes on a day", "Some 12,000 people have been displaced in Tigray since the " +
			"start of the clashes on 4 November, the conflict's first weeks.", news.FigureDisplaced, 12000, news.About},
		{"an estimate of families stays an estimate", "Some 900 households (about 5,400 people) fled the shelling in " +
			"Idlib this week.", news.FigureDisplaced, 5400, news.About},
		// the total an update brings its count to, not the increment since the last one
		{"the total an increment brings", "Clashes went on in the east of the town. Field teams counted an additional " +
			"420 displaced families (approximately 2,100 individuals) since the previous update, bringing the total number " +
			"of internally displaced persons to at least 6,380 families (approximately 31,900 individuals).",
			news.FigureDisplaced, 31900, news.AtLeast},
		{"the total of refugees an influx brings", "Shelling continued near the border. Some 800 new refugees crossed " +
			"on Monday, bringing the total number of refugees to more than 12,500.", news.FigureDisplaced, 12500, news.MoreThan},
		{"a killed total stays a place's", "Shelling killed three people in Kidal on Monday. The deaths bring the total " +
			"number of people killed in the province to at least 48.", news.FigureKilled, 3, news.Exact},
		// the deaths among casualties are the toll, no part of one
		{"deaths among casualties", "Shelling of the market in Kharkiv caused 37 civilian casualties, including " +
			"nine deaths, officials said.", news.FigureKilled, 9, news.Exact},
		{"fatalities among casualties", "The clashes in Juba left at least 64 casualties, including 15 fatalities, " +
			"according to the hospital.", news.FigureKilled, 15, news.Exact},
		{"children among the dead stay a part", "The strike killed 22 people, including nine children.",
			news.FigureKilled, 22, news.Exact},
		// a footnote's mark glued to a bracket counts no one
		{"a footnote's mark after the event's count", "Shelling in the north displaced some 40,000 people " +
			"(18,000 children)3 in the past week.", news.FigureDisplaced, 40000, news.About},
		// returns are no displacement
		{"the displaced who have returned", "Most of the 3,000 families who were displaced in Aden by the " +
			"fighting have returned to their homes.", news.FigureDisplaced, 0, ""},
		{"the displaced who have since returned", "About 12,000 people displaced by the floods in Beledweyne have " +
			"since returned.", news.FigureDisplaced, 0, ""},
		{"the displaced who cannot return", "Shelling displaced some 4,000 people from Kobani on Monday; they say " +
			"they have nowhere to go.", news.FigureDisplaced, 4000, news.About},
		// "a last resort" tells no time: the IDPs a site hosts stay a population
		{"IDPs living in sites as a last resort", "Some 220,000 IDPs live in close to 900 sites, often as a last " +
			"resort, and are among the most vulnerable.", news.FigureDisplaced, 0, ""},
		{"IDPs in the school in the last hours", "Some 2,200 IDPs reached the school in Marawi in the last 48 hours.",
			news.FigureDisplaced, 2200, news.About},
		// a war's years stay its total
		{"since the start of the war in a year", "More than 200,000 people have been displaced since the start of " +
			"the conflict in 2011.", news.FigureDisplaced, 0, ""},
		{"since the start of the war on a day", "Some 3 million people have fled the country since the start of the " +
			"war on 24 February.", news.FigureDisplaced, 0, ""},
		{"following the onset of the war in a year", "Following the onset of the war in 2014, some 1.5 million " +
			"people have been displaced.", news.FigureDisplaced, 0, ""},
	})
}

// A number glued to a closing bracket is a footnote's mark, no count; a
// number a space sets after the bracket still counts.
func TestFootnoteMarkFig34(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Some 4.1 million people are internally displaced (1.6 million children)2 across the country.", true},
		{"The report lists the displaced [by district]7 in its annex.", true},
		{"Aid reached the camps (in the north) 2 days later.", false},
	} {
		s := factSentence{toks: ftokens(tt.text)}
		i := slices.IndexFunc(s.toks, func(k ftok) bool { return k.isNum && (k.num == 2 || k.num == 7) })
		if i < 0 {
			t.Fatalf("%q: no number", tt.text)
		}
		if got := notCount(&s, i); got != tt.want {
			t.Errorf("%q: notCount = %v, want %v", tt.text, got, tt.want)
		}
	}
	toks := ftokens("At least 760 families (approximately 3,800 individuals) have fled Murzuq.")
	i := slices.IndexFunc(toks, func(k ftok) bool { return k.num == 760 })
	if n, _, ok := peopleInAside(toks, i); !ok || n != 3800 {
		t.Errorf("peopleInAside = %d %v, want 3,800 individuals after the aside's qualifier", n, ok)
	}
}
