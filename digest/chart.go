package digest

import (
	"bytes"
	"fmt"
	"image/color"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/conflict-digest/conflict-digest/news"
)

// chartDays bounds the days a chart shows: at least the last week, at most
// a month.
const (
	minChartDays = 7
	maxChartDays = 31
)

var categoryColours = map[news.Category]color.RGBA{
	news.Talks:        {R: 0x1f, G: 0x77, B: 0xb4, A: 0xff},
	news.Ceasefire:    {R: 0x2c, G: 0xa0, B: 0x2c, A: 0xff},
	news.Humanitarian: {R: 0xff, G: 0x7f, B: 0x0e, A: 0xff},
	news.Violence:     {R: 0xd6, G: 0x27, B: 0x28, A: 0xff},
}

// EventsPerDay counts the digest's stories per primary category per day:
// a story counts once on each day one of its articles was published. The
// days run from the digest's first day (at most a month back) or from a week
// before its last day, whichever is earlier, to its last day.
func EventsPerDay(d *Digest, now time.Time) (days []time.Time, counts map[news.Category][]int) {
	last := now.UTC()
	if d.Until != nil {
		last = d.Until.Add(-time.Nanosecond)
	}
	last = last.Truncate(24 * time.Hour)
	first := last.AddDate(0, 0, -(minChartDays - 1))
	if s := d.Since.UTC().Truncate(24 * time.Hour); !d.Since.IsZero() && s.Before(first) {
		first = s
		if floor := last.AddDate(0, 0, -(maxChartDays - 1)); first.Before(floor) {
			first = floor
		}
	}
	for t := first; !t.After(last); t = t.AddDate(0, 0, 1) {
		days = append(days, t)
	}
	counts = map[news.Category][]int{}
	for _, sec := range d.Sections {
		counts[sec.Category] = make([]int, len(days))
		for _, it := range sec.Items {
			for i := range storyDays(it, first, len(days)) {
				counts[sec.Category][i]++
			}
		}
	}
	return days, counts
}

// storyDays returns the indexes of the days (from first) with an article of it.
func storyDays(it Item, first time.Time, n int) map[int]bool {
	idx := map[int]bool{}
	add := func(t time.Time) {
		if i := int(t.UTC().Sub(first).Hours() / 24); !t.IsZero() && !t.Before(first) && i < n {
			idx[i] = true
		}
	}
	for _, s := range it.Sources {
		add(s.Published)
	}
	if len(idx) == 0 {
		add(it.LastSeen)
	}
	return idx
}

// Chart draws the events per category per day of d as a PNG bar chart.
func Chart(d *Digest, now time.Time) ([]byte, error) {
	days, counts := EventsPerDay(d, now)
	p := plot.New()
	p.Title.Text = "Events per day by category"
	p.Y.Label.Text = "stories"
	p.Y.Min = 0
	p.Legend.Top = true
	labels := make([]string, len(days))
	for i, t := range days {
		labels[i] = t.Format("2 Jan")
	}
	p.NominalX(labels...)
	width := vg.Points(float64(min(60, 400/len(days))) / 4)
	var present []news.Category
	for _, c := range news.Categories {
		if counts[c] != nil {
			present = append(present, c)
		}
	}
	for i, c := range present {
		bars, err := plotter.NewBarChart(intValues(counts[c]), width)
		if err != nil {
			return nil, fmt.Errorf("make bars: %w", err)
		}
		bars.Color = categoryColours[c]
		bars.LineStyle.Width = 0
		bars.Offset = width * vg.Length(float64(i)-float64(len(present)-1)/2)
		p.Add(bars)
		p.Legend.Add(string(c), bars)
	}
	wt, err := p.WriterTo(8*vg.Inch, 4*vg.Inch, "png")
	if err != nil {
		return nil, fmt.Errorf("render chart: %w", err)
	}
	var buf bytes.Buffer
	if _, err := wt.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("write chart: %w", err)
	}
	return buf.Bytes(), nil
}

func intValues(xs []int) plotter.Values {
	v := make(plotter.Values, len(xs))
	for i, x := range xs {
		v[i] = float64(x)
	}
	return v
}
