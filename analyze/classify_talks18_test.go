package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestCalmedByTruce checks the sentences that tell a situation calm or
// better because of a truce (calmedByTruce; issue 14, h-talks18). The first
// three are the fit documents' lines: rwp7 fit rwp7-077c0ca43f and rwp8 fit
// rwp7-a02ed18d9e (IOM DTM flash updates on Tripoli, September 2018) and
// rwp8 fit rwp7-2aefa15a3b (UNHCR Yemen update, July 2018); the guards are
// invented.
func TestCalmedByTruce(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Following a ceasefire agreement between warring parties reached on 04 September, the overall security situation in Tripoli has been improving although tensions remain high.", true},
		{"Following a ceasefire agreement reached in the evening of 04 September, the overall security situation in Tripoli has been improving although pockets of tension remain.", true},
		{"During the reporting period, the situation in Hudaydah city was relatively calm owing to a pause in military operations.", true},
		{"Calm returned to the town thanks to the local truce agreed by the elders.", true},
		// the calm denied, the truce ended or broken, no truce the cause
		{"Following a ceasefire agreement reached on 04 September, the situation is no longer improving.", false},
		{"Since the end of the truce on 1 December, the situation has not been calm.", false},
		{"Following the collapse of the ceasefire, the situation was calm for a day before shelling resumed.", false},
		{"The situation in the city was relatively calm, while talks on a ceasefire went on.", false},
		{"Following heavy clashes, the situation has been improving and a ceasefire is expected next week.", false},
		{"Following ceasefire talks in Geneva, the situation has been improving.", false},
	} {
		ws := lang.Words(lang.Lower(c.text))
		var w weights
		var sp spans
		lex.matchHeads(ws, headsOf(ws), &w, &sp)
		if got := calmedByTruce(ws, &w); got != c.want {
			t.Errorf("calmedByTruce(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestCeasefireCalmInAgencyReport checks an agency report that tells its
// truce only by the calm it brought, past its lead or under a date before
// its own, as the truce in force (h-talks18): the lines of the fit
// documents of TestCalmedByTruce, around invented openings of the same
// kind; and the same reports with the calm denied as guards.
func TestCeasefireCalmInAgencyReport(t *testing.T) {
	tripoli := "Following clashes between armed groups in Tripoli between 27 August and 04 September, at least 2,840 families (approximately 14,200 individuals) have been displaced. " +
		"Displaced households originate mostly from conflict-affected neighbourhoods in southern Tripoli. " +
		"The majority of displaced households are staying with family in private accommodation. " +
		"Priority needs in schools included food, NFIs, health interventions and sanitation. " +
		"Delivery of humanitarian assistance commenced after reported displacement to schools. "
	hudaydah := "The Special Envoy has continued with his diplomatic efforts to find a solution to the conflict in Yemen. " +
		"Partners distributed core relief items to 2,274 displaced families in Hudaydah city. " +
		"UNHCR provided cash for rental subsidies to over 100 displaced families in Aden. " +
		"Shelter kits reached 1,146 families in Al Marawi'ah and Ad Durayhimi. "
	for _, c := range []struct {
		name, title, text string
		want              bool
	}{
		{"a truce's calm past the lead", "DTM Flash Update 2018-09-09",
			tripoli + "Following a ceasefire agreement reached in the evening of 04 September, the overall security situation in Tripoli has been improving although pockets of tension remain. DTM continues to monitor the situation.", true},
		{"a pause's calm past the lead", "Yemen Update 1-15 July 2018",
			hudaydah + "During the reporting period, the situation in Hudaydah city was relatively calm owing to a pause in military operations.", true},
		{"the calm denied", "DTM Flash Update 2018-09-09",
			tripoli + "Following a ceasefire agreement reached in the evening of 04 September, the overall security situation in Tripoli is no longer improving. DTM continues to monitor the situation.", false},
		{"a pause with no calm", "Yemen Update 1-15 July 2018",
			hudaydah + "During the reporting period, partners planned distributions for a pause in military operations.", false},
	} {
		an := classifyText(c.title, c.text)
		if got := an.Has(news.Ceasefire); got != c.want {
			t.Errorf("%s: ceasefire %v (categories %v), want %v", c.name, got, an.Categories, c.want)
			continue
		}
		if c.want && an.CeasefireStatus != news.CeasefireInEffect {
			t.Errorf("%s: status %q, want %q", c.name, an.CeasefireStatus, news.CeasefireInEffect)
		}
	}
}
