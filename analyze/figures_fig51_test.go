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
// (its heading names none of the first item's words) stays another item.
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
		{"a first section on another subject stays another item", highlights + floods + lead, news.FigureDisplaced, 0},
		{"its injured too", highlights + floods + lead, news.FigureInjured, 0},
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
