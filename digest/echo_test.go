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
