package digest

import "testing"

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
