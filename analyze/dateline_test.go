package analyze

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
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

// TestDatelineForms: the report's own date in each form a page prints it
// at its start — weekday, day, month and year after an agency credit;
// "Published" and month, day, year; ISO; "Last updated at" glued — and in
// a publication line past the opening ("Published: 21 September 2016"
// after a headline and a caption). A lower-case "published" is a
// sentence's, and a date after it no stamp. (Invented texts.)
func TestDatelineForms(t *testing.T) {
	long := strings.Repeat("Rescuers pulled people from the rubble of the market in the town. ", 5)
	for _, c := range []struct{ name, text, want string }{
		{"weekday day month year", "Strikes hit convoy AFP Tuesday 20 Sep 2016 The air raids that hit an aid convoy killed 20.", "2016-09-20"},
		{"published month day year", "Published September 21 2016 Airstrikes hit a clinic near Aleppo on Wednesday.", "2016-09-21"},
		{"iso", "2016-09-24 At least 25 civilians were killed on Saturday.", "2016-09-24"},
		{"updated glued", "Last updated at Apr 152017 A suicide car bomb hit buses on Saturday.", "2017-04-15"},
		{"publication line further in", long + "Published: 21 September 2016 Airstrikes hit a clinic.", "2016-09-21"},
		{"updated line further in", long + "Updated on Sep 22 2016 The toll rose.", "2016-09-22"},
		{"lower-case published is a sentence's", long + "Photos published on 10 July 2016 showed the market.", ""},
		{"a mark with no date", long + "Updated The toll rose to 12 on Sunday.", ""},
	} {
		d, ok := Dateline(c.text)
		got := ""
		if ok {
			got = d.Format(time.DateOnly)
		}
		if got != c.want {
			t.Errorf("%s: Dateline = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestAnalyzeCarriesPublicationLine: the analysis carries a publication
// line's date as the report's own date (Dateline), found once there, and
// counts the lead's days back from it; its version says so. (Invented
// text.)
func TestAnalyzeCarriesPublicationLine(t *testing.T) {
	text := strings.Repeat("Rescuers pulled people from the rubble of the market in the town. ", 5) +
		"Published: 21 September 2016 Airstrikes hit a clinic near Aleppo on Wednesday, killing four medics."
	an := Analyze(&news.Article{Title: "Airstrikes hit clinic near Aleppo", Text: text, Published: time.Date(2016, 9, 7, 0, 0, 0, 0, time.UTC)})
	if an.Dateline != "2016-09-21" || an.Version != 5 {
		t.Errorf("dateline %q version %d, want 2016-09-21 and 5", an.Dateline, an.Version)
	}
	// "on Wednesday" is counted back from the report's own date, not
	// from its feed's stamp of 7 Sep
	if an.EventDate != "2016-09-21" || an.EventDateBy != DatedByText {
		t.Errorf("event date %q by %q, want 2016-09-21 by text", an.EventDate, an.EventDateBy)
	}
}
