package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// "Since 04 December 2018, approximately 53,400 people ... have arrived in
// Al-Hol camp" (rwp9 fit 84b99ff304) dates a crisis to the day as "since 4
// December 2018" does: the zero-padded day (as eval/rwp8's DTM updates write
// "on 04 April 2019") is a day, so the flow is the news, not a war's total.
// A "since" of a year alone stays a running total (issue 10, round h-fig61).
func TestFigureValuesFig61PaddedDay(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"zero-padded day", "There is an unfolding humanitarian crisis in Al-Hol, Al-Hasakah Governorate, North-East " +
			"Syria. Since 04 December 2018, approximately 53,400 people, mainly women and children fleeing hostilities " +
			"in rural areas of neighboring Deir-ez-Zor, have arrived in Al-Hol camp.", news.FigureDisplaced, 53400, news.About},
		{"plain day", "There is an unfolding humanitarian crisis in Al-Hol. Since 4 December 2018, approximately 53,400 " +
			"people fleeing hostilities have arrived in Al-Hol camp.", news.FigureDisplaced, 53400, news.About},
		{"a year alone stays a total", "There is an unfolding humanitarian crisis in Al-Hol. Since 2018, approximately " +
			"53,400 people fleeing hostilities have arrived in Al-Hol camp.", news.FigureDisplaced, 0, ""},
	})
}

// A key-figure panel labels a crisis's flight with no verb: "55,500
// Refugees in Sudan since 7 November" (rwp9 fit 71f04a3893, an OCHA Tigray
// update) and "655,000* Estimated new arrivals in Bangladesh since 25 August
// 2017" (ReliefWeb development report rw-2387859, a UNHCR operational
// update): refugees or arrivals counted since a day and month are the
// flight the report follows ("Estimated": about). A verb after the noun,
// or "since" a year alone, tells none (issue 10, round h-fig61).
func TestFigureValuesFig61SinceDatedFlow(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"refugees since a day", "The security situation in Tigray remains volatile.\n\n950,000 People in need of aid " +
			"before the conflict\n\n55,500 Refugees in Sudan since 7 November\n\n$63.4M Needed for Preparedness Plan",
			news.FigureDisplaced, 55500, news.Exact},
		{"estimated new arrivals", "POPULATION FIGURES\n\n655,000 Estimated new arrivals in Bangladesh since 25 August " +
			"2017 307,500 Estimated refugee population before 25 August 2017", news.FigureDisplaced, 655000, news.About},
		{"since a year alone", "The situation remains volatile.\n\n55,500 Refugees in Sudan since 2015\n\n$63.4M Needed " +
			"for Preparedness Plan", news.FigureDisplaced, 0, ""},
		{"a verb after the noun", "The situation remains volatile. 55,500 refugees have returned to Sudan since 7 " +
			"November.", news.FigureDisplaced, 0, ""},
	})
}
