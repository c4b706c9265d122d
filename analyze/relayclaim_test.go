package analyze

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestRelayedOriginators: a count that "a monitoring group" or "the aid
// group" said is the body the next sentence names, not the outlet's; a
// party's count of the enemies it killed that media pass on is the news
// agency's the next sentence names, else the party's claim (invented
// sentences).
func TestRelayedOriginators(t *testing.T) {
	pub := time.Date(2017, 4, 16, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		name, title, text string
		value             int64
		q                 news.Qualifier
		orig              string
		party             bool
	}{
		{"a monitoring group named next", "Death toll from bus bombing rises to 112",
			"The death toll from a car bomb attack on buses carrying evacuees near Aleppo has risen to at least 112 a monitoring group said. " +
				"The Syrian Observatory for Human Rights said most of the dead were evacuees from the two towns.",
			112, news.AtLeast, "SOHR", false},
		{"the aid group named next", "Medics killed in strike on clinic",
			"Five staff were killed when an air strike hit a clinic near Aleppo late Tuesday the aid group that runs the clinic said. " +
				"The Union of Syrian Medical Relief Organisations said the four staff were in two ambulances.",
			5, news.Exact, "UOSSM", false},
		{"a party's claim that media pass on", "Kurdish-led forces kill 35 militants",
			"Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh militants in northern Syria in the last 24 hours media reported Sunday. " +
				"The fighting went on near the town of Tabqa on Saturday night.",
			35, news.Exact, "Syrian Democratic Forces", true},
		{"media reported, a news agency the table knows named next", "Kurdish-led forces kill 35 militants",
			"Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh militants in northern Syria in the last 24 hours media reported Sunday. " +
				"According to the Kurdish Firat News Agency 10 IS militants were killed during fights near the town of Tabqa on Saturday night.",
			35, news.Exact, "ANF News", false}, // a news agency, no party (issue 13, 2017)
		{"media said, a news agency named next as written", "Kurdish-led forces kill 35 militants",
			"Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh militants in northern Syria in the last 24 hours, media said on Sunday. " +
				"According to the Zagros News Agency, 10 IS militants were killed during fights near Tabqa on Saturday night.",
			35, news.Exact, "Zagros News Agency", false},
		{"media reported, a wire agency named next: its own count", "Kurdish-led forces kill 35 militants",
			"Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh militants in northern Syria in the last 24 hours media reported Sunday. " +
				"According to AFP 10 of them were killed near Tabqa on Saturday night.",
			35, news.Exact, "", false},
		{"reports said, the agency reported next", "Army kills 40 militants",
			"The Syrian army killed 40 militants near Palmyra over the past day reports said. " +
				"The Zagros news agency reported that the fighting went on into the night.",
			40, news.Exact, "Zagros news agency", false},
		{"media reported, the party the speaker next", "Kurdish-led forces kill 35 militants",
			"Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh militants in northern Syria in the last 24 hours media reported Sunday. " +
				"According to the SDF 10 of them were killed near the town of Tabqa on Saturday night.",
			35, news.Exact, "Syrian Democratic Forces", true},
		{"media reported, a monitor speaks next: the party's claim", "Kurdish-led forces kill 35 militants",
			"Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh militants in northern Syria in the last 24 hours media reported Sunday. " +
				"The Syrian Observatory for Human Rights said fighting went on near Tabqa on Saturday night.",
			35, news.Exact, "Syrian Democratic Forces", true},
		{"media reported, the party told the agency next", "Kurdish-led forces kill 35 militants",
			"Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh militants in northern Syria in the last 24 hours media reported Sunday. " +
				"An SDF spokesman told the Zagros News Agency the fighting went on near Tabqa on Saturday night.",
			35, news.Exact, "Syrian Democratic Forces", true},
		{"a party's kill that a monitor counts", "Kurdish-led forces kill 35 militants",
			"Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh militants in northern Syria in the last 24 hours the Syrian Observatory for Human Rights said.",
			35, news.Exact, "SOHR", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := Analyze(&news.Article{Title: c.title, Text: c.text, Published: pub, SourceName: "sputnik"})
			k := an.Facts.Killed
			if k == nil {
				t.Fatalf("no main toll; figures %+v", an.Facts.Figures)
			}
			if k.Value != c.value || k.Qualifier != c.q || k.Originator != c.orig || k.PartyClaim != c.party {
				t.Errorf("Killed = %d %s by %q (party %v), want %d %s by %q (party %v)",
					k.Value, k.Qualifier, k.Originator, k.PartyClaim, c.value, c.q, c.orig, c.party)
			}
		})
	}
}
