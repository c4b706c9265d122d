package story

import (
	"testing"
	"time"
)

// TestSpotSpellings: reports of one battle for a farmland whose Arabic name
// two outlets spell apart ("Hawwar farms", "the al-Hawar region"), a day
// apart and in few other common words, are one story; a report of the next
// day's shelling of a checkpoint of other consonants is not, nor one that
// names the farmland's consonants in a word it does not call a place.
// Before, the two spellings shared no term, and the first two reports
// scored as two events. Invented reports.
func TestSpotSpellings(t *testing.T) {
	day := time.Date(2031, 6, 26, 12, 0, 0, 0, time.UTC)
	its := []Item{
		analysedItem(1, "Army allies kill 80 jihadists at Hawwar farms north of Hama",
			"Over 80 militants were killed when the army and its allies repelled a major attack on Hawwar farms north of Hama. "+
				"The army detonated two booby-trapped vehicles before they reached Hawwar farms.", day),
		analysedItem(2, "40 militants killed in latest army offensive near Hama",
			"About 40 more militants were killed in the al-Hawar region, which has become a death trap for the jihadist groups, military sources said. "+
				"Troops have pushed the militants back from nearly all of the al-Hawar farms.", day.Add(24*time.Hour)),
		analysedItem(3, "Rebels shell army posts near Hama",
			"Rebels shelled army posts at the Qutaynah checkpoint south of Hama, killing several soldiers, a monitor said. "+
				"Jihadist groups said they had hit the Qutaynah checkpoint with rockets.", day.Add(24*time.Hour)),
	}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}} {
		got := clusterItems(its, order)
		if got[0] != got[1] {
			t.Errorf("order %v: Hawwar farms and the al-Hawar region in stories %d and %d, want one", order, got[0], got[1])
		}
		if got[2] == got[0] {
			t.Errorf("order %v: the Qutaynah report joined the Hawwar farms' story", order)
		}
	}
}

// TestRespelled: two texts that call one place by names of one skeleton
// and spell it apart are respelled; two that spell it alike are not (the
// term itself is shared), nor one that calls it a place against one that
// names it in passing.
func TestRespelled(t *testing.T) {
	day := time.Date(2031, 6, 26, 12, 0, 0, 0, time.UTC)
	x := NewIndex(Config{})
	docOf := func(text string) doc {
		it := analysedItem(1, "Fighting north of Hama", text, day)
		return x.docOf(&it)
	}
	farms := docOf("Troops repelled an attack on Hawwar farms north of Hama.")
	region := docOf("Troops advanced in the al-Hawar region north of Hama.")
	farmsAgain := docOf("Jihadists attacked Hawwar farms north of Hama at dawn.")
	passing := docOf("Troops advanced towards al-Hawar north of Hama.")
	for _, tt := range []struct {
		name string
		a, b *doc
		want bool
	}{
		{"spelled apart", &farms, &region, true},
		{"spelled alike", &farms, &farmsAgain, false},
		{"named in passing", &farms, &passing, false},
	} {
		if got := respelled(tt.a, tt.b); got != tt.want || respelled(tt.b, tt.a) != got {
			t.Errorf("%s: respelled %v, want %v both ways", tt.name, got, tt.want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	for _, tt := range []struct{ w, want string }{
		{"maleh", "ml"},
		{"mallah", "ml"},
		{"malaah", "ml"},
		{"hawwar", "hr"},
		{"idlib", "idlb"}, // a first vowel stays
	} {
		if got := skeleton(tt.w); got != tt.want {
			t.Errorf("skeleton(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
