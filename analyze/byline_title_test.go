package analyze

import "testing"

// TestBylineThenHeadline: a page that prints its date, a byline and the
// headline before the lead ("Posted on ... by Jane Doe Headline Lead") has
// all three cut, whatever the byline's length (one to three authors) and
// though the headline's first word is capitalised like a name or the page
// put quotes around a word of it; a dateline of one or two places and a
// dash after it ("Beirut- ", "Beirut London- ", "Gaza - ") goes too. A
// sentence that opens with "By" and a place with a dash before a
// lower-case word keep their words. (Invented texts; the class of issue
// 13's d32 T1, five reports of one outlet.)
func TestBylineThenHeadline(t *testing.T) {
	for _, c := range []struct{ title, s, want string }{
		{"Rebels Open New Front in Northern City", "Posted on July 14 2016 by Jane Doe Rebels Open New Front in Northern City Beirut- Rebel factions in the north opened a new front against army positions at dawn.",
			"Rebel factions in the north opened a new front against army positions at dawn."},
		{"Massacre in Valley Town Shocks the World", `April 6 2017 by John Roe Ann Poe and Jim Coe "Massacre" in Valley Town Shocks the World Beirut London- Jets struck the valley town on Wednesday killing dozens of people.`,
			"Jets struck the valley town on Wednesday killing dozens of people."},
		{"Nine Killed in Market Blast", "Posted on May 3 2017 by City Desk English Nine Killed in Market Blast Nine people were killed in a blast at a crowded market on Tuesday.",
			"Nine people were killed in a blast at a crowded market on Tuesday."},
		{"Talks resume in Geneva", "Gaza - Israeli jets struck two targets in the south of the strip overnight, the army said.",
			"Israeli jets struck two targets in the south of the strip overnight, the army said."},
		{"Talks resume in Geneva", "By Tuesday the army had pushed the insurgents out of the two villages near the river.",
			"By Tuesday the army had pushed the insurgents out of the two villages near the river."},
		{"Talks resume in Geneva", "Aleppo - the country's largest city before the war - has been divided since 2012.",
			"Aleppo - the country's largest city before the war - has been divided since 2012."},
	} {
		if got, _ := CleanSentence(c.s, c.title); got != c.want {
			t.Errorf("CleanSentence(%q)\n = %q\nwant %q", c.s, got, c.want)
		}
	}
}

// TestTrimPlaceDash: the place and dash of a dateline go, wherever among
// the first three words the dash stands; a dash after those, or before a
// lower-case word, is the sentence's own. Invented sentences.
func TestTrimPlaceDash(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Beirut- Rebel factions opened a new front at dawn on Monday.", "Rebel factions opened a new front at dawn on Monday."},
		{"Beirut London- Jets struck the valley town killing dozens.", "Jets struck the valley town killing dozens."},
		{"Gaza – Israeli jets struck a camp in the north overnight.", "Israeli jets struck a camp in the north overnight."},
		{"Aleppo - the city was shelled again on Tuesday morning.", "Aleppo - the city was shelled again on Tuesday morning."},
		{"Rebels in the pro-government district said nine died.", "Rebels in the pro-government district said nine died."},
		{"Aleppo Homs Hama - Shelling went on for a third day there.", "Aleppo Homs Hama - Shelling went on for a third day there."},
	} {
		if got := trimPlaceDash(tt.in); got != tt.want {
			t.Errorf("trimPlaceDash(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
