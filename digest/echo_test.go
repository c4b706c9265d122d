package digest

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/story"
)

// A development that another item of the digest tells already (a copy of
// the same sentence, edited by another outlet) is dropped; one that no
// other item tells stays, and so does the development an item ranked
// after it echoes (the later one goes).
func TestDropEchoes(t *testing.T) {
	call := "Britain said on Wednesday it would raise the gas attack on Kafr Zita at the United Nations Security Council and called on Damascus to give inspectors access."
	items := []Item{
		{Headline: "Dozens killed in gas attack on Kafr Zita", Summary: "At least 60 people were killed when warplanes dropped toxic gas on Kafr Zita.",
			Development: call},
		{Headline: "Security Council meets on Kafr Zita attack", Summary: "The Security Council met in emergency session on Wednesday. " +
			"Britain said Wednesday it would raise the gas attack in Kafr Zita at the U.N. Security Council and called on Damascus to give inspectors access, Reuters reported."},
		{Headline: "Truce holds in Homs", Summary: "A local truce held in Homs for a third day.",
			Development: "On Thursday 300 people were evacuated from the Waer district under a local deal."},
		{Headline: "Strikes hit Idlib", Summary: "Air strikes hit Idlib.",
			Development: "On Thursday 300 people were evacuated from the Waer district under the local deal."},
	}
	dropEchoes(items)
	for i, want := range []bool{false, false, true, false} {
		if got := items[i].Development != ""; got != want {
			t.Errorf("item %d %q: development kept %v, want %v", i, items[i].Headline, got, want)
		}
	}
}

// TestDropOtherEvents: an item's event of another town (OtherEvent) is
// dropped when another item of the digest is of that town or tells it,
// kept otherwise, and shown with its town, day and outlet (invented).
func TestDropOtherEvents(t *testing.T) {
	ev := "On Thursday about 80 fighters were evacuated from the last besieged quarter of Riverton under a local deal."
	day := time.Date(2031, 5, 8, 0, 0, 0, 0, time.UTC)
	with := func(others ...Item) []Item {
		return append([]Item{{Headline: "Shelling kills nine in Lakeside", Summary: "Shelling killed nine people in Lakeside.",
			OtherEvent: ev, OtherEventPlace: "Riverton", OtherEventSource: "Example Wire", OtherEventDay: &day}}, others...)
	}
	items := with(Item{Headline: "Strikes hit Hillview", Summary: "Air strikes hit Hillview."})
	dropEchoes(items)
	want := "Also in this report (Riverton, 8 May): " + ev + " (Example Wire)"
	if got := OtherEventText(&items[0]); got != want {
		t.Errorf("OtherEventText = %q, want %q", got, want)
	}
	items = with(Item{Headline: "Fighters leave Riverton", Summary: "Fighters left a quarter of the city.", Place: "Riverton",
		places: map[string]bool{story.PlaceKey("Riverton"): true}})
	dropEchoes(items)
	if items[0].OtherEvent != "" || items[0].OtherEventDay != nil {
		t.Errorf("other event %q kept beside an item of Riverton", items[0].OtherEvent)
	}
	// An item of another town that names Riverton in passing does not tell
	// the evacuation.
	items = with(Item{Headline: "Aid convoy hit near Hillview", Summary: "Strikes hit an aid convoy near Hillview. Clashes broke out last week in Riverton.", Place: "Hillview",
		places: map[string]bool{story.PlaceKey("Hillview"): true, story.PlaceKey("Riverton"): true}})
	dropEchoes(items)
	if items[0].OtherEvent == "" {
		t.Error("other event dropped beside an item that only names Riverton in passing")
	}
	items = with(Item{Headline: "Evacuation under local deal", Summary: "On Thursday about 80 fighters were evacuated from the besieged quarter of Riverton under the local deal, a monitor said."})
	dropEchoes(items)
	if items[0].OtherEvent != "" {
		t.Errorf("other event %q kept beside an item that tells it", items[0].OtherEvent)
	}
}

// A development told by another item in other words is the same act when
// its sayer, its day and most of what it does are that item's: Britain's
// call for inspectors, reworded in the talks item of France and Britain's
// demand, goes; Britain's other act of the same day stays, and so does the
// same words of another sayer or another day.
func TestDropEchoesSameAct(t *testing.T) {
	talks := Item{Headline: "Norland and Britain say U.N. must reach Kafr Zita attack site",
		Summary: "Norland and Britain said on Wednesday that United Nations inspectors already in the country should be allowed immediate access to the site of the alleged gas attack. The council met behind closed doors."}
	for _, tt := range []struct {
		name, dev string
		drop      bool
	}{
		{"reworded call", "Britain said on Wednesday it would raise the reported gas attack by government forces at the United Nations Security Council and called on the capital to give U.N. inspectors access to the site.", true},
		{"another act of the sayer", "Britain said on Wednesday it would expel two diplomats and freeze the assets of three ministers.", false},
		{"another sayer", "Estavia said on Wednesday it would raise the reported gas attack at the United Nations and asked that U.N. inspectors get access to the site.", false},
		{"another day", "Britain said on Friday it would raise the reported gas attack at the United Nations Security Council and called for U.N. inspectors to get access to the site.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			items := []Item{
				{Headline: "Hundreds killed in gas attack on Kafr Zita", Summary: "Activists said at least 300 people were killed when rockets carrying toxic gas hit Kafr Zita on Wednesday.", Development: tt.dev},
				talks,
			}
			dropEchoes(items)
			if got := items[0].Development == ""; got != tt.drop {
				t.Errorf("development dropped %v, want %v", got, tt.drop)
			}
		})
	}
}
