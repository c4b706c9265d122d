package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A periodic bulletin that opens with its highlights ("Humanitarian
// Bulletin Issue 7 ... **HIGHLIGHTS**", bulleted items) leads with its
// first item, and its first section after the list, under a heading that
// restates that item ("**Thirty killed in attack on Barville**"), tells
// the same story in full: the injured and displaced it adds there are the
// lead story's, not another item's. A first section on another subject
// (its heading names none of the first item's words) stays another item;
// the lead story retold after it (a sentence restating the first item) is
// the lead's again.
func TestBulletinLeadSection(t *testing.T) {
	const title = "Lakeland Humanitarian Bulletin Issue 7 | 3 - 16 May 2026 **HIGHLIGHTS**"
	highlights := "• At least 30 people were killed in an attack by gunmen on Barville village, Lakeland State.\n\n" +
		"• Flooding damaged farmland in the southern districts.\n\n" +
		"• Partners scaled up nutrition screening in the camps.\n\n"
	lead := "**Thirty killed in attack on Barville village**\n\n" +
		"At least 30 people were killed when gunmen attacked Barville village on 5 May. Another 12 people were " +
		"injured, according to the county health office. The attack displaced about 1,500 people to the nearby " +
		"town of Quxton, according to local authorities.\n\n"
	floods := "**Floods in the south**\n\n" +
		"Floods displaced about 4,000 people in Southdale district, and 9 people were injured by collapsing walls.\n\n"
	tests := []struct {
		name, text string
		kind       string
		want       int64
	}{
		{"the lead item's killed", highlights + lead + floods, news.FigureKilled, 30},
		{"its injured told in the section below", highlights + lead + floods, news.FigureInjured, 12},
		{"its displaced told in the section below", highlights + lead + floods, news.FigureDisplaced, 1500},
		{"a first section on another subject stays another item", highlights + floods, news.FigureDisplaced, 0},
		{"its injured too", highlights + floods, news.FigureInjured, 0},
		{"the lead story retold after it", highlights + floods + lead, news.FigureInjured, 12},
		{"a heading that names only the item's field", "• Partners met only 14 per cent of the humanitarian funding " +
			"needs in the camps.\n\n• Flooding damaged farmland in the southern districts.\n\n" +
			"**Situation Overview and Humanitarian Needs**\n\nFighting in Barville displaced about 2,500 people.\n\n",
			news.FigureDisplaced, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAgencyMain(t, &news.Article{Title: title, Text: tt.text}, tt.kind, tt.want, "")
		})
	}
}

// A monthly report whose first highlight is an event it tells in full
// further on, in a sentence that restates that highlight ("On 3 May,
// eastern Lakeland was struck by an earthquake of magnitude 6.8 ...")
// rather than under a heading of its own: the toll told from that sentence
// to its paragraph's end is the lead story's; the paragraph's earlier
// sentences and the later sections stay other items'.
func TestBulletinLeadRestated(t *testing.T) {
	const title = "Agency Lakeland Monthly Humanitarian Situation Report, May 2026 **Highlights**"
	text := "- An earthquake in eastern Lakeland on 3 May reached 6.8 on the Richter scale. Partners supported the " +
		"needs assessments.\n\n- Water trucking continued in 12 neighbourhoods of Kelo.\n\n- Winter clothing reached " +
		"5,000 children.\n\n**Situation Overview**\n\nMilitary operations in the west ended. Around 2,000 people were " +
		"newly displaced by the fighting in Tobo. On 3 May, eastern Lakeland was struck by an earthquake of magnitude " +
		"6.8 on the Richter scale, per the seismological service. The provincial authorities reported 14 fatalities " +
		"and over 300 people injured.\n\n**Health**\n\nIn Barville, 5 people died of cholera and 20 were injured in a fire."
	tests := []struct {
		name string
		kind string
		want int64
	}{
		{"the restated event's dead", news.FigureKilled, 14},
		{"its injured", news.FigureInjured, 300},
		{"the paragraph's earlier displaced stay another item's", news.FigureDisplaced, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAgencyMain(t, &news.Article{Title: title, Text: text}, tt.kind, tt.want, "")
		})
	}
}
