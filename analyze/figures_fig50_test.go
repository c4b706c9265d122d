package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A count of refugees or displaced people a sentence tells as registered
// ("12,400 refugees have been registered", "new registrations at camps
// estimated at 8,210 people" after fresh displacement) is the count of
// those who fled, as "12,400 refugees have fled" is. Registered cases,
// voters or children are none.
func TestFigureValuesFig50Registered(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"refugees registered", "Fighting in Kaga drove families across the border this week. As of 3 May, 12,400 " +
			"refugees have been registered at the border post.", news.FigureDisplaced, 12400, news.Exact},
		{"registrations after fresh displacement", "Clashes in Kaga on 2 May resulted in fresh displacement, with new " +
			"registrations at camps in the district estimated at 8,210 people.", news.FigureDisplaced, 8210, news.About},
		{"registered cases are none", "Fighting in Kaga closed the clinic this week. Health workers have registered " +
			"1,200 cases of cholera in the district.", news.FigureDisplaced, 0, ""},
		{"a registered stock in the present is none", "Fighting in Kaga drove families across the border this week. " +
			"There are 55,100 refugees registered with the agency in the country.", news.FigureDisplaced, 0, ""},
		{"refugees who are registered are none", "Fighting in Kaga drove families across the border this week. " +
			"Some 812,000 refugees are registered under the national registration exercise.", news.FigureDisplaced, 0, ""},
		{"registered voters are none", "Fighting in Kaga delayed the vote this week. Some 41,000 voters were " +
			"registered in the district.", news.FigureDisplaced, 0, ""},
	})
}
