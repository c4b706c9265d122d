package story

import (
	"testing"
	"time"
)

// Two camps' outlets tell one battle for a farmland in words that share
// little but the spot, spelled two ways; a report of fighting at another
// spot of the same city that day is not joined.
func TestFightAtSpot(t *testing.T) {
	day := time.Date(2019, 5, 8, 12, 0, 0, 0, time.UTC) // a Wednesday
	its := []Item{
		analysedItem(1, "Dozens killed in battle north of Homs, monitor says",
			"BEIRUT At least 45 government and opposition fighters have been killed in a day of clashes, a war monitor said. The monitor said the fighting raged around Al Rashid north of Homs after insurgents launched a counterattack.", day),
		analysedItem(2, "Army Kills 60 Terrorists in Rasheed Farms near Homs",
			"Army units and allied forces killed 60 terrorists who tried to storm the Rasheed Farms in Homs northern countryside. Military sources said the militants' vehicles were destroyed before reaching their targets.", day.AddDate(0, 0, 1)),
		analysedItem(3, "Clashes rage in Waer district of Homs",
			"Rebels and army troops clashed in the Waer district of Homs on Wednesday, activists said, after a night of heavy shelling in the city's west.", day),
	}
	for _, tt := range []struct {
		a, b int
		want bool
	}{{0, 1, true}, {0, 2, false}, {1, 2, false}} {
		x := NewIndex(Config{})
		a, b := x.docOf(&its[tt.a]), x.docOf(&its[tt.b])
		gap, _ := dayGap(a.day, b.day)
		if got := fightAtSpot(&a, &b, gap); got != tt.want {
			t.Errorf("%q and %q: fightAtSpot %v, want %v (spots %v, %v)", its[tt.a].Title, its[tt.b].Title, got, tt.want, a.spots, b.spots)
		}
	}
	x := NewIndex(Config{})
	k0 := assign(x, its[0], 1)
	if k1 := assign(x, its[1], 2); x.Find(k1) != x.Find(k0) {
		t.Errorf("the two camps' reports of one battle are two stories")
	}
	if k2 := assign(x, its[2], 3); x.Find(k2) == x.Find(k0) {
		t.Errorf("fighting in another district joined the battle's story")
	}
}
