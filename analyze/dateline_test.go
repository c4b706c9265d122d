package analyze

import (
	"testing"
	"time"
)

// TestDateline: the date a text opens with is its dateline, also after a
// repeated headline and an agency credit; a date the text mentions ("the
// attack on 21 August 2013") is none.
func TestDateline(t *testing.T) {
	for text, want := range map[string]string{
		"Tue 12 Sep 2017 Rescuers said on Monday that 12 people died.":                          "2017-09-12",
		"Shelling kills 12 in town AFP Tuesday 20 Sep 2016 The shelling killed 12 people.":      "2016-09-20",
		"2016-09-20 Shelling killed 12 people in the town.":                                     "2016-09-20",
		"A month after the attack on 21 August 2013 the coalition said 1,400 people had died.":  "",
		"The coalition has documented the killings since 5 May 2016 in the besieged districts.": "",
		"Rescuers said 12 people died in the shelling of the town.":                             "",
	} {
		d, ok := Dateline(text)
		got := ""
		if ok {
			got = d.Format(time.DateOnly)
		}
		if got != want {
			t.Errorf("Dateline(%q) = %q, want %q", text, got, want)
		}
	}
}
