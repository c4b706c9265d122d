package digest

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestChartGolden pins the chart of the fixed week, drawn as Discord shows
// it (800 × 420, shown at 400 pixels wide on the dark theme); regenerate
// with -update and look at testdata/chart-week.png before committing.
func TestChartGolden(t *testing.T) {
	d, err := Build(context.Background(), loadStories(t),
		news.DigestFilter{Since: day("2017-04-04"), Until: day("2017-04-11")}, day("2017-04-11"))
	if err != nil {
		t.Fatal(err)
	}
	c := Counted(d, d.Generated)
	if c.Hourly || len(c.Labels) != 7 || c.Labels[0] != "4 Apr" || c.Title != "Stories per day, 4–10 Apr 2017" {
		t.Fatalf("counts %+v, want the seven days of the week", c)
	}
	// Violence: the Deir ez-Zor strikes on the 5th, the airbase strike on the
	// 7th, the Idlib strike on the 8th, the Hama strike on the 10th. The gas
	// attack (4th to 6th), the Idlib strikes of the 9th and the Babeska raid (10th)
	// are the ceasefire's: their reports tell of the truce broken.
	if got, want := fmt.Sprint(c.Bars[news.Violence]), "[0 1 0 1 1 0 1]"; got != want {
		t.Errorf("violence per day = %s, want %s", got, want)
	}
	if got, want := fmt.Sprint(c.Bars[news.Ceasefire]), "[1 1 1 0 0 1 1]"; got != want {
		t.Errorf("ceasefire per day = %s, want %s", got, want)
	}
	png1, err := Chart(d, d.Generated)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(png1))
	if err != nil || img.Bounds().Dx() != chartW || img.Bounds().Dy() != chartH {
		t.Fatalf("chart: %v, %v; want an %d × %d PNG", img.Bounds(), err, chartW, chartH)
	}
	if r, g, b, _ := img.At(2, 2).RGBA(); r>>8 != 0x2b || g>>8 != 0x2d || b>>8 != 0x31 {
		t.Errorf("background %02x%02x%02x, want Discord's dark 2b2d31", r>>8, g>>8, b>>8)
	}
	golden(t, "chart-week.png", png1)
}

// TestChartOwnPeriod: a digest of a day is drawn by hours of that day,
// not as a week of which six days are empty; a digest with too little to
// draw has no chart.
func TestChartOwnPeriod(t *testing.T) {
	at := day("2017-04-10")
	var stories memStories
	for i := range 6 {
		stories = append(stories, testStory(int64(i+1), news.Categories[i%4], at.Add(time.Duration(3*i+1)*time.Hour), "S."))
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: at, Until: at.Add(24 * time.Hour)}, at.Add(25*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	c := Counted(d, d.Generated)
	if !c.Hourly || len(c.Labels) != 8 || c.Title != "Stories by hour (UTC), 10 Apr 2017" {
		t.Errorf("a day's digest: %d buckets, hourly %v, %q; want eight of three hours", len(c.Labels), c.Hourly, c.Title)
	}
	one, err := Build(context.Background(), stories[:1], news.DigestFilter{Since: at, Until: at.Add(24 * time.Hour)}, at.Add(25*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if png, err := Chart(one, one.Generated); err != nil || png != nil {
		t.Errorf("one story: chart of %d bytes (%v), want none", len(png), err)
	}
}

func TestAxisStepWhole(t *testing.T) {
	for top, want := range map[int]int{1: 1, 5: 1, 6: 2, 10: 2, 11: 5, 23: 5, 26: 10, 240: 50, 5000: 1000} {
		if got := axisStep(top); got != want {
			t.Errorf("axisStep(%d) = %d, want %d", top, got, want)
		}
	}
}
