package analyze

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// The earlier day a report's lead recalls: a report of a call on Saturday
// about Wednesday's attack recalls Wednesday, however far into the lead it
// names it; a report of its own day's event recalls none.
func TestRecalledDate(t *testing.T) {
	sun := time.Date(2015, 3, 8, 9, 0, 0, 0, time.UTC)                         // a Sunday
	filler := strings.Repeat("the minister stressed the need for access ", 10) // 70 words
	tests := []struct {
		name, title, text string
		want              string // RecallsDate; "" for none
	}{
		{"a call on Saturday recalls the attack's date past the lead's day words", "Minister discusses gas attack in call",
			"8 March 2015 The minister told his counterpart in a call on Saturday that inspectors must reach the site. " + filler +
				"Opposition groups say government forces dropped toxic gas near Hama on March 4 and killed 85 people.", "2015-03-04"},
		{"a date with its year", "Minister discusses gas attack in call",
			"8 March 2015 The minister told his counterpart in a call on Saturday that inspectors must reach the site of the attack of 4 March 2015 near Hama.", "2015-03-04"},
		{"a weekday after the lead's own day", "Ministers urge inspectors be let in",
			"8 March 2015 Ministers urged Damascus on Saturday to let inspectors reach the site of Wednesday's toxic gas attack near Hama.", "2015-03-04"},
		{"a reaction moved to its day of writing recalls nothing earlier than the attack", "Iran says Syria to let inspectors visit",
			"8 March 2015 Iran's minister said Syria would let inspectors visit, state television reported on Sunday. The opposition says 85 were killed by toxic gas on Wednesday.", ""},
		{"its own day's event", "Soldiers gassed near Hama, state TV says",
			"7 March 2015 Soldiers were gassed on Saturday as they stormed a town near Hama, state television said.", ""},
		{"a day after a reporting verb dates the report", "Toll rises",
			"8 March 2015 Rescuers dug through the rubble on Saturday, a monitor said on Friday.", ""},
		{"a weekday far into the text may be a day to come", "Ministers to meet",
			"8 March 2015 Ministers agreed on Saturday to meet again. " + filler + "They will meet on Thursday in Geneva.", ""},
		{"a date more than a week before is background", "Minister discusses gas attack in call",
			"8 March 2015 The minister said in a call on Saturday that the war began on 15 February.", ""},
		{"past the reach", "Minister discusses gas attack in call",
			"8 March 2015 The minister told his counterpart in a call on Saturday. " + strings.Repeat(filler, 3) + "The attack was on March 4.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(&news.Article{Title: tt.title, Text: tt.text, Published: sun})
			if an.RecallsDate != tt.want {
				t.Errorf("RecallsDate = %q, want %q (event date %s by %s)", an.RecallsDate, tt.want, an.EventDate, an.EventDateBy)
			}
			if an.Version < 4 {
				t.Errorf("version %d, want 4 or later (4 carries the recalled day)", an.Version)
			}
		})
	}
}
