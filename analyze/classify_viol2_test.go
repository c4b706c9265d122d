package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules of round h-viol2 (issue 14: violence in agency reports), each
// checked on invented reports.

// TestViolenceOfTheReportsPeriod: an agency's update dates its period's
// incidents by their day ("On 9 July, airstrikes hit a market"), and a
// monthly brief lists the month's incidents under their dates: under a
// headline that names that month, they are the report's news, not earlier
// events or a timeline. The same sentences under a headline that names no
// period, or dated in months the headline does not name, stay what news
// style makes them (an earlier event, a chronology).
func TestViolenceOfTheReportsPeriod(t *testing.T) {
	aid := "Partners delivered food rations to 12,000 displaced people in the camps around Eastville. " +
		"Water trucking continued in the two largest sites. " +
		"Mobile clinics saw 3,400 patients during the period. " +
		"The cluster distributed hygiene kits to 900 families. " +
		"School feeding resumed in 40 schools. "
	attacks := "On 9 July, airstrikes hit a market in Eastville, killing seven civilians. " +
		"On 12 July, heavy shelling struck two villages near Westport, wounding 15 people. " +
		"Partners continue to monitor the situation."
	entries := func(month string, year string) string {
		return "This brief lists incidents affecting aid workers and health care that the media reported. " +
			"It is compiled from open sources. " +
			"Incidents are listed by country. " +
			"The information has not been verified. " +
			"4 " + month + " " + year + ": In Bria, Central African Republic, gunmen attacked a clinic run by an aid group, killing a nurse. " +
			"Source: a local radio station. " +
			"12 " + month + " " + year + ": In Bangassou, Central African Republic, armed men ambushed a food convoy, wounding two drivers. " +
			"Source: the aid group. " +
			"20 " + month + " " + year + ": Near Kaga-Bandoro, Central African Republic, unidentified gunmen shot dead a vaccinator. " +
			"Source: a local newspaper."
	}
	for _, tt := range []struct {
		name, title, text string
		violence          bool
	}{
		{"an update's incidents of its month", "Northland: Humanitarian Update, 1-15 July 2019", aid + attacks, true},
		{"an update in digits", "20190716 Northland Humanitarian Update", aid + attacks, true},
		{"the same sentences in news style", "Aid reaches camps around Eastville", aid + attacks, false},
		{"an update of another month", "Northland: Humanitarian Update, 1-15 October 2019", aid + attacks, false},
		{"a monthly brief's incidents", "Aid Worker Security Monthly Brief - September 2019", entries("September", "2019"), true},
		{"a timeline of earlier years", "Aid Worker Security Monthly Brief - September 2019", entries("March", "2015"), false},
	} {
		an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
		if got := an.Has(news.Violence); got != tt.violence {
			t.Errorf("%s: violence %v, want %v (%v; scores %v; evidence %s)", tt.name, got, tt.violence, an.Categories, an.Scores,
				strings.Join(an.Evidence[news.Violence], " | "))
		}
	}
}

// TestViolenceOfTheSick: the dead of an illness told by its sick or its
// patients ("the sick just suffered and died", "COVID-infected patients
// died") are the illness's, as an epidemic's are, not an attack's; patients
// killed by an airstrike stay the attack's.
func TestViolenceOfTheSick(t *testing.T) {
	for _, tt := range []struct {
		name, title, text string
		violence          bool
	}{
		{"the sick who died", "Mobile clinics reach villages in the north of South Sudan",
			"\"Before the clinic came, the sick just suffered and died,\" says a village elder. " +
				"Many of the ill died on the long walk to the county hospital. Nurses now test and treat people in their homes.", false},
		{"infected patients who died", "Northland district weekly update",
			"Seven COVID-infected patients died in the district's hospitals during the week, the health office said. " +
				"Four more patients died at home. " +
				"The office opened two more isolation wards in the camps for refugees from South Sudan.", false},
		{"patients an airstrike killed", "Airstrike hits hospital in the north of South Sudan",
			"Three patients died when an airstrike hit the hospital in the north on Monday, the health office said. " +
				"The hospital was the only one in the county.", true},
	} {
		an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
		if got := an.Has(news.Violence); got != tt.violence {
			t.Errorf("%s: violence %v, want %v (%v; scores %v)", tt.name, got, tt.violence, an.Categories, an.Scores)
		}
	}
}
