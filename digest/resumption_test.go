package digest

import (
	"bytes"
	"encoding/json"
	"strings"
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

// A development moved to another item names its outlet, which that item's
// sources line does not (a reader checking it looks at the report it is
// from); JSON carries it as development_source. Invented items.
func TestMovedDevelopmentNamesItsOutlet(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2031, 3, d, 12, 0, 0, 0, time.UTC) }
	resumed := "UN resumes aid deliveries: A UN convoy was due to deliver aid on Thursday to besieged areas near the capital after a 48-hour suspension."
	strikes := news.Story{ID: 1, Headline: "Heavy air strikes hit Velm", Summary: "Warplanes pounded Velm overnight.",
		Categories: []news.Category{news.Violence}, Development: resumed, DevelopmentSource: "trt",
		Sources: []news.StorySource{{SourceName: "alaraby", Title: "a", URL: "https://example.org/a"},
			{SourceName: "trt", Title: "t", URL: "https://example.org/t"}},
		FirstSeen: day(4), LastSeen: day(4)}
	convoy := news.Story{ID: 2, Headline: "Aid convoy hit near Tarn", Summary: "An aid convoy was struck near Tarn. The United Nations has suspended aid distribution.",
		Categories: []news.Category{news.Humanitarian}, Sources: []news.StorySource{{SourceName: "ahram", Title: "h", URL: "https://example.org/h"}},
		FirstSeen: day(2), LastSeen: day(3)}
	items := []Item{newItem(&strikes, day(5)), newItem(&convoy, day(5))}
	if items[0].DevelopmentSource != "TRT World" {
		t.Fatalf("development source %q, want TRT World", items[0].DevelopmentSource)
	}
	placeResumptions(items)
	if items[1].Development != resumed || items[1].DevelopmentSource != "TRT World" || items[0].DevelopmentSource != "" {
		t.Fatalf("moved: %q (%q); left %q", items[1].Development, items[1].DevelopmentSource, items[0].DevelopmentSource)
	}
	if got, want := DevelopmentText(&items[1]), "Also reported: "+resumed+" (TRT World)"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
	var b bytes.Buffer
	d := &Digest{Sections: []Section{{Category: news.Humanitarian, Items: items[1:]}}, Counts: Counts{Stories: 1}}
	if err := RenderMarkdown(&b, d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), " (TRT World)\n") {
		t.Errorf("markdown = %q, want the development's outlet named", b.String())
	}
	// Its sources line names that outlet too, apart from the count of the
	// item's own reports: every outlet a line credits is in the footer.
	if got, want := SourcesLine(&items[1]), "1 source: [Ahram Online](<https://example.org/h>); also reported: TRT World"; got != want {
		t.Errorf("sources line = %q, want %q", got, want)
	}
	if !strings.Contains(b.String(), "; also reported: TRT World\n") {
		t.Errorf("markdown = %q, want the development's outlet in the sources line", b.String())
	}
	// A development of the item's own outlet adds nothing to the line.
	own := items[1]
	own.DevelopmentSource = "Ahram Online"
	if got := DevelopmentOutlet(&own); got != "" {
		t.Errorf("own outlet's development: DevelopmentOutlet = %q, want none", got)
	}
	js, err := json.Marshal(items[1])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"development_source":"TRT World"`) || !strings.Contains(string(js), `"development":`) {
		t.Errorf("json = %s, want development and development_source", js)
	}

	// Unknown outlet (a story read from the store): the item's only outlet
	// when it has one, else none.
	convoy.Development = resumed
	if it := newItem(&convoy, day(5)); it.DevelopmentSource != "Ahram Online" {
		t.Errorf("single outlet: development source %q", it.DevelopmentSource)
	}
	strikes.DevelopmentSource = ""
	if it := newItem(&strikes, day(5)); it.DevelopmentSource != "" || DevelopmentText(&it) != "Also reported: "+resumed {
		t.Errorf("two outlets, unknown: development source %q", it.DevelopmentSource)
	}
}
