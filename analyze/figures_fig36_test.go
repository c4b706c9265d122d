package analyze

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// An update's running total of the displaced is its figure however a PDF
// breaks it: the line "to at least" goes on with the line that opens with
// the count (lang.Paragraphs), and the place the displaced came from may
// stand between the total's words and its "to". A "since" after that total
// naming a month of no year ("since the beginning of March") dates the
// update's own count, not a war's years; a total of a country's displaced
// stays background, and so does a month before the total (it dates the
// increment). People trapped in "conflict-affected areas" beside a count
// name where it is, no war's total; "the conflict" that displaced them, or
// a "war-battered country" a total stands in, still do.
func TestFigureValuesFig36(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"a total broken across a PDF's lines", "Clashes went on in Sebha. DTM identified an additional 120 displaced " +
			"families (approximately 600 individuals), bringing the total number of internally displaced persons to at least\n\n" +
			"910 families (approximately 4,550 individuals) who have been forced to leave their homes since the start of " +
			"hostilities on 12 March 2019.", news.FigureDisplaced, 4550, news.AtLeast},
		{"a total from a place, since a month", "Clashes went on in Sebha. The Displacement Tracking Matrix identified an " +
			"additional 120 displaced families (approximately 600 individuals) since the previous report, bringing the " +
			"total number of internally displaced persons from Sebha to at least 910 families (approximately 4,550 " +
			"individuals) who have been forced to leave their homes since the beginning of March.",
			news.FigureDisplaced, 4550, news.AtLeast},
		{"a country's total stays background", "Clashes went on in Sebha. Some 52,000 people have been displaced since " +
			"March, bringing the total number of IDPs in the country to 410,000.", news.FigureDisplaced, 0, ""},
		{"deaths since a month stay background", "Airstrikes hit Sebha on Monday. Since the beginning of March, 52,000 " +
			"people have been killed.", news.FigureKilled, 0, ""},
		{"conflict-affected areas", "Fighting went on south of Kadugli on Sunday. Some 21,300 people have been forced " +
			"to flee their homes, while others remain trapped in conflict-affected areas.", news.FigureDisplaced, 21300, news.About},
		{"the conflict's displaced stay background", "Fighting went on south of Kadugli on Sunday. The conflict has " +
			"forced some 21,300 people to flee their homes.", news.FigureDisplaced, 0, ""},
		{"a war-battered country's total", "Shelling hit a school in Kadugli on Sunday. Since then more than 12 million " +
			"people have been displaced across the war-battered country.", news.FigureDisplaced, 0, ""},
	})
}

// A count since a clause that dates the fighting's start to the day ("since
// the offensive officially began on 13 June", "since clashes broke out on 2
// May") is the running total of the offensive an update follows, as "since
// the onset of ... on 13 June" is, however long before the update; a war's
// start ("since the war began on ...") stays the war's total.
func TestFigureValuesFig36Began(t *testing.T) {
	published := time.Date(2019, 7, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, text string
		want       int64
	}{
		{"the offensive began on a day", "Airstrikes went on near Zinjibar. As of 18 July, partners have verified 21,000 " +
			"displaced households from Abyan governorate since the offensive officially began on 13 June.", 21000},
		{"clashes broke out on a day", "Airstrikes went on near Zinjibar. At least 9,400 people have fled their homes " +
			"since clashes broke out on 2 May.", 9400},
		{"the war began on a day", "Airstrikes went on near Zinjibar. More than 40,000 people have been displaced " +
			"since the war began on 13 June.", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkAgencyMain(t, &news.Article{Text: c.text, Published: published}, news.FigureDisplaced, c.want, "")
		})
	}
}

// An evacuated count its clause splits in brackets among the countries the
// people were taken to ("(1,020 to Niger, 312 to Italy and 10 to Romania)")
// is an evacuation programme's tally over its months; one evacuation's
// count, or one destination named, is the event's.
func TestFigureValuesFig36Tally(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"a programme's tally by destination", "As of 20 March, the agency evacuated 1,455 individuals out of Yemen " +
			"(1,200 to Djibouti, 210 to Somalia and 45 to Oman).", news.FigureEvacuated, 0, ""},
		{"a key figure's tally", "930 refugees reached with solutions: 410 resettlement submissions and 520 individuals " +
			"evacuated from Yemen (300 to Djibouti and 220 to Oman)", news.FigureEvacuated, 0, ""},
		{"one evacuation, its people in brackets", "The agency evacuated 140 refugees (120 men, 12 women and eight " +
			"children) from Aden to Djibouti on Sunday.", news.FigureEvacuated, 140, news.Exact},
		{"one destination", "Some 300 civilians were evacuated from the besieged quarter (all to Hodeidah city) on Monday.",
			news.FigureEvacuated, 300, news.About},
	})
}

// A qualifier before a count of the displaced does not reach the toll
// coordinated after it ("more than 13,000 displaced and four suspected
// deaths" is four deaths); between tolls it does ("at least 12 dead and 55
// wounded").
func TestFigureQualifierFig36(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"displaced, then deaths", "The number of people affected by the floods in Hiraan has risen to about 60,000, " +
			"including more than 11,000 displaced and three suspected deaths.", news.FigureKilled, 3, news.Exact},
		{"the displaced keep theirs", "The number of people affected by the floods in Hiraan has risen to about 60,000, " +
			"including more than 11,000 displaced and three suspected deaths.", news.FigureDisplaced, 11000, news.MoreThan},
		{"dead, then wounded", "Shelling hit the market in Hiraan on Monday, leaving at least 12 dead and 55 wounded.",
			news.FigureInjured, 55, news.AtLeast},
	})
}

// The deaths "including" after a clause that counts casualties or cases,
// its verb and agent between ("112 civilian casualties have been verified
// by the health cluster, including 31 civilian deaths"), are the toll, as
// they are right after the count; the children among the killed stay a
// part.
func TestFigureValuesFig36Including(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"deaths after the casualties' clause", "Clashes went on south of Gharyan. To date, 112 civilian casualties have " +
			"been verified by the health cluster, including 31 civilian deaths.", news.FigureKilled, 31, news.Exact},
		{"deaths after a longer clause", "Shelling went on near Baidoa. Some 140 casualties were recorded by partners " +
			"in the camps of Baidoa, including 22 deaths.", news.FigureKilled, 22, news.Exact},
		{"children among the killed", "Shelling hit the market of Gharyan on Monday, killing 14 people, including " +
			"five children.", news.FigureKilled, 14, news.Exact},
	})
}

// The Displacement Tracking Matrix named beside a population of IDPs is a
// source's name, no flight told: "13,000 IDPs ... currently living in" a
// town stay a stock; IDPs it counts as newly fled are the event's.
func TestFigureValuesFig36Matrix(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"the matrix's stock", "Clashes went on near Sirte. The Displacement Tracking Matrix (DTM) reports that a total " +
			"of 12,700 IDPs and 51,300 returnees are currently living in Bani Walid.", news.FigureDisplaced, 0, ""},
		{"the matrix's new flight", "Clashes went on near Sirte. The Displacement Tracking Matrix (DTM) reports that " +
			"2,100 IDPs fled Bani Walid this week.", news.FigureDisplaced, 2100, news.Exact},
	})
}

// A count in the relative clause of the event a superlative's "since"
// names ("the strongest cyclone since Cyclone Foo, which struck in 2000,
// claiming 800 lives", "the deadliest attack since a bombing that killed
// 587") is the earlier event's toll; the deadliest attack "since 2015,
// which killed 138" is this one's.
func TestFigureValuesFig36Benchmark(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"a cyclone measured by an earlier one", "It is the strongest cyclone to hit the coast since Cyclone Gloria, " +
			"which struck the country in March 2001, claiming at least 700 lives.", news.FigureKilled, 0, ""},
		{"an attack measured by an earlier one", "The attack was the deadliest since a truck bombing in the capital " +
			"that killed 310 people.", news.FigureKilled, 0, ""},
		{"the deadliest since a year", "It was the deadliest attack since 2015, which killed 93 people in the village.",
			news.FigureKilled, 93, news.Exact},
	})
}

// A footnote's mark glued after a lower-case word ("including 31 civilian
// deaths1.") leaves the word; a name's digits ("M23", "G20") stay its own.
func TestFigureValuesFig36Footnote(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"deaths with a footnote mark", "Clashes went on south of Gharyan. To date, 112 civilian casualties have " +
			"been verified by the health cluster, including 31 civilian deaths1.", news.FigureKilled, 31, news.Exact},
		{"displaced with a footnote mark", "Fighting went on near Bunia on Monday. Some 4,300 people were displaced12, " +
			"most of them women and children.", news.FigureDisplaced, 4300, news.About},
	})
	if toks := ftokens("the M23 and deaths1."); toks[1].w != "m23" || toks[3].w != "deaths" || len(toks) != 5 {
		t.Errorf("tokens %+v, want m23, deaths and no mark", toks)
	}
}
