package ask

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of round h-ask35 (issue 14 item 5, agency reports): a
// state ministry's sitrep lists its districts by their counts ("Kora East
// has 512 cases ...; Dilmo has 204 cases"), and the reader asks which
// district had the most: the list names every district once, so only the
// figures tell the answer.

// A camp profile whose title is its file's name ("... March-2021 FINAL"):
// the file's mark is no sub-district.

func TestFileMarkedName(t *testing.T) {
	q := Parse("From which sub-district does the main share of the camp's population originate?", time.Time{})
	s := testSentence(&q, "Dumra camp-profile March-2021 FINAL")
	for _, sp := range nameSpans(&q, s) {
		if strings.Contains(sp.text, "FINAL") {
			t.Errorf("span %q of a file's name", sp.text)
		}
	}
}

var mostReports = []news.Article{
	{ExternalID: "sitrep-kora", Title: "Measles outbreak situation report Veloria State Ministry of Health",
		Text: "The total number of measles cases reported as at 4th May, 2022 stands at 830 with 6 deaths (CFR=0.72%). " +
			"Dilmo has 204 cases with 2 deaths (CFR= 0.98%); Kora East has 512 cases with 3 deaths (CFR= 0.59 %) and Parem has 114 cases with 1 death. " +
			"Vaccination teams reached 12,000 children in Parem ward."},
}

func TestAnswerKinds35Most(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(mostReports...)}, Options{})
	askWant(t, a, []askCase{
		{"Which district of Veloria State had the most measles cases in the May 2022 outbreak?", "Kora East", "sitrep-kora"},
		{"Which district of Veloria State had the highest number of measles cases, with 512 cases?", "Kora East", "sitrep-kora"},
	})
}

// A seasonal monitor writes the climate's cause after "due to" in the
// sentence whose subject is what it brings ("Below-average rainfall and
// above-average temperatures are expected due to El Tarro conditions"):
// the question asks which conditions bring it, not what is expected.
var causedReports = []news.Article{
	{ExternalID: "seasonal-monitor", Title: "Veloria Seasonal Monitor January 2023",
		Text: "Below-average rainfall and above-average temperatures are expected due to El Tarro conditions through the end of April 2023. " +
			"Overall, the southern maize belt may be stressed by reduced water availability during the 2023 season."},
}

func TestAnswerKinds35Cause(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(causedReports...)}, Options{})
	askWant(t, a, []askCase{
		{"According to the Veloria Seasonal Monitor, which climate conditions were expected to bring below-average rainfall through the end of April 2023?", "El Tarro conditions", "seasonal-monitor"},
	})
}
