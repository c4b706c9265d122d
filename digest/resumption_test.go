package digest

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// A development telling a process resumed in another place than its
// item's event goes to the item that tells the process halted, as its
// newest state (issue 16, 2016 window, finding 1: the UN's convoys near
// the capital resumed, shown under air strikes on another city, while the
// convoy attack's item said only that aid was suspended). With no such
// item, a halt or resumption of another section's process is left out;
// the item's own process's stays. Invented items.
func TestPlaceResumptions(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2031, 3, d, 12, 0, 0, 0, time.UTC) }
	resumed := "UN resumes aid deliveries: A UN convoy was due to deliver aid on Thursday to besieged areas near the capital after a 48-hour suspension following an attack on relief trucks near Velm."
	items := []Item{
		{Headline: "Heavy air strikes hit Velm", Summary: "Warplanes pounded rebel-held districts of Velm overnight.",
			Development: resumed, primary: news.Ceasefire, FirstSeen: day(4), LastSeen: day(4)},
		{Headline: "Aid convoy hit near Velm", Summary: "An aid convoy was struck near Velm. The United Nations has suspended aid distribution in the country.",
			primary: news.Humanitarian, FirstSeen: day(2), LastSeen: day(3)},
	}
	placeResumptions(items)
	if items[0].Development != "" {
		t.Errorf("strikes item keeps %q: another place's aid resumption, no part of the strikes", items[0].Development)
	}
	if items[1].Development != resumed {
		t.Errorf("convoy item development = %q, want the resumption that ends the suspension it tells", items[1].Development)
	}

	// No item tells the aid halted: the resumption is another story's news.
	alone := []Item{{Headline: "Heavy air strikes hit Velm", Summary: "Warplanes pounded Velm.", Development: resumed,
		primary: news.Ceasefire, FirstSeen: day(4), LastSeen: day(4)}}
	placeResumptions(alone)
	if alone[0].Development != "" {
		t.Errorf("lone strikes item keeps %q", alone[0].Development)
	}

	// An aid story's own convoys resumed: its own newest state, kept.
	own := []Item{{Headline: "Convoys reach besieged Tarn", Summary: "Twenty trucks reached Tarn.", Development: resumed,
		primary: news.Humanitarian, FirstSeen: day(4), LastSeen: day(4)}}
	placeResumptions(own)
	if own[0].Development != resumed {
		t.Errorf("aid item loses its own resumption")
	}

	// A halt told only after the resumption's report: no halt it ends.
	later := []Item{
		{Headline: "Strikes hit Velm", Summary: "Warplanes pounded Velm.", Development: resumed, primary: news.Humanitarian,
			FirstSeen: day(4), LastSeen: day(4)},
		{Headline: "Aid suspended after shelling", Summary: "The UN suspended aid deliveries to Tarn.", primary: news.Humanitarian,
			FirstSeen: day(6), LastSeen: day(6)},
	}
	placeResumptions(later)
	if later[0].Development != resumed || later[1].Development != "" {
		t.Errorf("resumption moved to a later halt: %q / %q", later[0].Development, later[1].Development)
	}
}
