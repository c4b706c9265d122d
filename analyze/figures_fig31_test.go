package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Figures that are not the main event's, on invented sentences in several
// variants: counts of displaced people that aid or a programme serves (what
// they received, took part in or stand to benefit from; whom goods were
// distributed among or provided to); a sentence dated half a year or more
// before the article (an earlier period's or event's count); an event the
// sentence calls earlier, previous or prior. People who sought, take or find
// shelter, or are sheltering, are displaced (not vessels or tents). And a count that names its
// people as a list ("138 men, women and children") is one count.
func TestFigureValuesFig31(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		// aid served: not a displacement toll
		{"kits distributed among the displaced", "Partners distributed hygiene kits – with soap and jerrycans for a " +
			"week – among 4,314 displaced families.", news.FigureDisplaced, 0, ""},
		{"the displaced received food", "Some 4,000 displaced families received food kits in the district this week.",
			news.FigureDisplaced, 0, ""},
		{"the displaced participated", "Some 50 displaced women participated in a peace workshop in the town.",
			news.FigureDisplaced, 0, ""},
		{"households stand to benefit", "Some 18,000 households – whether displaced, returnee or host families – " +
			"stand to benefit from the project.", news.FigureDisplaced, 0, ""},
		{"shelter provided to IDPs", "The agency provided shelter to 900 IDPs in the camp.", news.FigureDisplaced, 0, ""},
		{"the displaced who then received aid", "Fighting in the town displaced 4,000 people, who received food from " +
			"the agency.", news.FigureDisplaced, 4000, news.Exact},
		{"displaced by fighting and received shelter", "More than 4,000 people were displaced by the fighting and " +
			"received shelter in schools.", news.FigureDisplaced, 4000, news.MoreThan},
		{"forced to flee", "Clashes forced 6,000 people to flee their homes.", news.FigureDisplaced, 6000, news.Exact},
		// a sentence dated half a year or more before the article
		{"an earlier storm's toll", "Cyclone Foo made landfall on 14 March 2019 and killed at least 84 people. The last " +
			"major storm was Cyclone Bar in February 2000, claiming at least 800 lives.", news.FigureKilled, 84, news.AtLeast},
		{"an earlier outbreak's toll", "On 18 February 2021 two new cases were confirmed. The previous outbreak lasted " +
			"from August 2018 until 25 June 2020 and resulted in 3,470 cases, including 2,287 deaths.",
			news.FigureKilled, 0, ""},
		{"an earlier bombing's day", "The ministry gave its report on 18 February 2021. On June 3, 2019, a bombing " +
			"killed 40 people in the market.", news.FigureKilled, 0, ""},
		{"a period that ends near the report", "The ministry gave its report on 7 March 2021. Between 8 March 2020 " +
			"and 4 March 2021, 9,266 deaths were reported.", news.FigureKilled, 9266, news.Exact},
		// an event called earlier, previous or prior
		{"an earlier killing", "The curfew is not in place following the earlier killing of one of the shop owners " +
			"and clashes with police.", news.FigureKilled, 0, ""},
		{"previous attacks", "Previous attacks that killed 12 people were blamed on the same group, police said.",
			news.FigureKilled, 0, ""},
		{"prior clashes", "In prior clashes, 30 fighters died near the border.", news.FigureKilled, 0, ""},
		{"an earlier bombing beside the news", "Gunmen killed five people on Monday, police said. The attack came hours " +
			"after an earlier bombing killed 12 people in the market.", news.FigureKilled, 5, news.Exact},
		// people who sought or are taking shelter are displaced; vessels or tents are no people
		{"sought shelter", "More than 20,000 people have sought shelter in schools around the city.",
			news.FigureDisplaced, 20000, news.MoreThan},
		{"are sheltering", "Approximately 47,000 people are sheltering in public buildings, the agency said.",
			news.FigureDisplaced, 47000, news.About},
		{"taking shelter", "About 1,200 families are taking shelter in the school after the shelling.",
			news.FigureDisplaced, 1200, news.About},
		{"vessels find shelter", "The province called for nearly 1,200 vessels operating offshore to find shelter.",
			news.FigureDisplaced, 0, ""},
		{"tents for sheltering", "The society set up 1,710 relief tents for emergency sheltering of families.",
			news.FigureDisplaced, 0, ""},
		{"shelter kits", "The agency distributed 500 shelter kits in the district.", news.FigureDisplaced, 0, ""},
		// a list of groups is one count
		{"men, women and children killed", "The period saw the deadliest attack since 2015, with 138 men, women and " +
			"children killed in the village.", news.FigureKilled, 138, news.Exact},
		{"soldiers, police and civilians killed", "At least 40 soldiers, police and civilians were killed in the raid.",
			news.FigureKilled, 40, news.AtLeast},
		{"women, children and elderly wounded", "Some 12 women, children and elderly people were wounded by the " +
			"shelling.", news.FigureInjured, 12, news.About},
		{"a comma that closes a clause", "The 20 men, who were arrested on Monday, were released on Friday.",
			news.FigureKilled, 0, ""},
	})
}
