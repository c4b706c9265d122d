package digest

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"slices"
	"strconv"
	"sync"
	"time"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/conflict-digest/conflict-digest/news"
)

// The chart is seen in a Discord embed, which shows an image at most 400
// pixels wide on a dark background. It is drawn at twice that (800 × 420)
// so that it stays sharp on dense screens, with text of 26 pixels — 13 as
// shown — in a sans face (Go Regular, embedded, BSD licence), on Discord's
// dark embed colour, in the Okabe–Ito palette, which readers with any
// common colour blindness tell apart. The y axis counts whole stories.
// One bar chart needs no plotting library: image/draw and a font face do.
const (
	chartW, chartH = 800, 420
	textSize       = 26
	titleSize      = 30
	marginL        = 64
	marginR        = 24
	marginT        = 104 // title and legend
	marginB        = 52  // x labels
)

var (
	chartBackground = color.RGBA{0x2b, 0x2d, 0x31, 0xff} // Discord's dark embed
	chartText       = color.RGBA{0xdb, 0xde, 0xe1, 0xff}
	chartMuted      = color.RGBA{0x94, 0x9b, 0xa4, 0xff}
	chartGrid       = color.RGBA{0x3f, 0x41, 0x47, 0xff}
	// Okabe–Ito: sky blue, bluish green, yellow, vermillion.
	categoryColours = map[news.Category]color.RGBA{
		news.Talks:        {0x56, 0xb4, 0xe9, 0xff},
		news.Ceasefire:    {0x00, 0x9e, 0x73, 0xff},
		news.Humanitarian: {0xf0, 0xe4, 0x42, 0xff},
		news.Violence:     {0xd5, 0x5e, 0x00, 0xff},
	}
)

// Chart limits: a period of up to a day and a half is drawn by hours, in
// blocks of hourBlock; a longer one by days, at most maxChartDays of them
// (the last ones).
const (
	hourlyUpTo   = 36 * time.Hour
	hourBlock    = 3 * time.Hour
	maxChartDays = 31
)

// ChartCounts are a digest's stories per category per stretch of its period:
// the bars of its chart.
type ChartCounts struct {
	Start  time.Time // of the first bucket
	Step   time.Duration
	Hourly bool
	Title  string
	Labels []string
	Bars   map[news.Category][]int
}

// Counted returns the digest's stories counted per category per day of its
// own period (per three hours for a period of a day or so): a story counts
// once in each bucket one of its reports was published in. The period is
// the digest's window for a digest of published times, else the span its
// stories were reported in.
func Counted(d *Digest, now time.Time) ChartCounts {
	from, to := chartSpan(d, now)
	c := ChartCounts{Step: 24 * time.Hour, Bars: map[news.Category][]int{}}
	if to.Sub(from) <= hourlyUpTo {
		c.Hourly, c.Step = true, hourBlock
		from = from.Truncate(hourBlock)
	} else {
		from = from.Truncate(24 * time.Hour)
		if floor := to.Add(-maxChartDays * 24 * time.Hour).Truncate(24 * time.Hour); from.Before(floor) {
			from = floor.Add(24 * time.Hour)
		}
	}
	c.Start = from
	n := int((to.Sub(from) + c.Step - 1) / c.Step)
	for i := range n {
		t := from.Add(time.Duration(i) * c.Step)
		if c.Hourly {
			c.Labels = append(c.Labels, t.Format("15"))
		} else {
			c.Labels = append(c.Labels, t.Format("2 Jan"))
		}
	}
	for _, sec := range d.Sections {
		bars := make([]int, n)
		for _, it := range sec.Items {
			for i := range c.buckets(it, n) {
				bars[i]++
			}
		}
		c.Bars[sec.Category] = bars
	}
	c.Title = chartTitle(c, from, to)
	return c
}

// chartSpan is the period a digest's chart draws.
func chartSpan(d *Digest, now time.Time) (from, to time.Time) {
	switch {
	case !d.ByStored && d.Until != nil && !d.Since.IsZero():
		return d.Since.UTC(), d.Until.UTC()
	case d.Reported != nil:
		return d.Reported.First.UTC(), d.Reported.Last.UTC().Add(time.Second)
	}
	return now.UTC().Add(-24 * time.Hour), now.UTC()
}

func chartTitle(c ChartCounts, from, to time.Time) string {
	if c.Hourly {
		return "Stories by hour (UTC), " + dayRange(from, to.Add(-time.Second))
	}
	return "Stories per day, " + dayRange(from, to.Add(-time.Second))
}

// buckets returns the indexes of the buckets an item's reports fall in.
func (c ChartCounts) buckets(it Item, n int) map[int]bool {
	idx := map[int]bool{}
	add := func(t time.Time) {
		if t.IsZero() || t.Before(c.Start) {
			return
		}
		if i := int(t.Sub(c.Start) / c.Step); i < n {
			idx[i] = true
		}
	}
	if it.Events != nil && !c.Hourly { // the days of the events, where the articles date them
		for d := it.Events.First; !d.After(it.Events.Last); d = d.Add(24 * time.Hour) {
			add(d)
		}
		if len(idx) > 0 {
			return idx
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

// Worth reports whether the chart tells more than the text: at least two
// buckets with stories.
func (c ChartCounts) Worth() bool {
	used := 0
	for i := range c.Labels {
		for _, bars := range c.Bars {
			if bars[i] > 0 {
				used++
				break
			}
		}
	}
	return used >= 2
}

// key identifies the drawing, for sharing it between digests.
func (c ChartCounts) key() string {
	return fmt.Sprint(c.Start.Unix(), c.Step, c.Title, c.Bars)
}

// Chart draws d's stories per category over its period as a PNG, or
// returns nil when there is too little to draw (see Counts.Worth).
func Chart(d *Digest, now time.Time) ([]byte, error) {
	c := Counted(d, now)
	if !c.Worth() {
		return nil, nil
	}
	return c.PNG()
}

// PNG draws the counts as stacked bars, one colour per category.
func (c ChartCounts) PNG() ([]byte, error) {
	faces, err := chartFaces()
	if err != nil {
		return nil, err
	}
	img := image.NewRGBA(image.Rect(0, 0, chartW, chartH))
	draw.Draw(img, img.Bounds(), image.NewUniform(chartBackground), image.Point{}, draw.Src)
	top := c.maxStack()
	step := axisStep(top)
	top = ((top + step - 1) / step) * step
	plot := image.Rect(marginL, marginT, chartW-marginR, chartH-marginB)
	writeText(img, faces.title, chartText, 16, 40, c.Title)
	c.drawLegend(img, faces.text)
	drawAxis(img, faces.text, plot, top, step)
	c.drawBars(img, faces.text, plot, top)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode chart: %w", err)
	}
	return buf.Bytes(), nil
}

// maxStack is the tallest bar: the most stories of any bucket.
func (c ChartCounts) maxStack() int {
	top := 1
	for i := range c.Labels {
		sum := 0
		for _, bars := range c.Bars {
			sum += bars[i]
		}
		top = max(top, sum)
	}
	return top
}

// axisStep is a whole step for the y axis that makes at most five ticks.
func axisStep(top int) int {
	for _, s := range []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000} {
		if (top+s-1)/s <= 5 {
			return s
		}
	}
	return (top + 4) / 5
}

func drawAxis(img *image.RGBA, face font.Face, plot image.Rectangle, top, step int) {
	for v := 0; v <= top; v += step {
		y := plot.Max.Y - v*plot.Dy()/top
		fill(img, image.Rect(plot.Min.X, y, plot.Max.X, y+2), chartGrid)
		label := strconv.Itoa(v)
		w := font.MeasureString(face, label).Ceil()
		writeText(img, face, chartMuted, plot.Min.X-12-w, y+textSize/3, label)
	}
}

// drawBars stacks each bucket's categories, in digest order from the
// bottom, and labels the buckets below, as many as fit.
func (c ChartCounts) drawBars(img *image.RGBA, face font.Face, plot image.Rectangle, top int) {
	n := len(c.Labels)
	slot := float64(plot.Dx()) / float64(n)
	barW := max(int(slot*0.7), 2)
	labelEvery := 1
	for labelEvery*int(slot) < font.MeasureString(face, c.Labels[0]).Ceil()+12 {
		labelEvery++
	}
	for i := range n {
		x := plot.Min.X + int(slot*float64(i)+(slot-float64(barW))/2)
		y := plot.Max.Y
		for _, cat := range news.Categories {
			v := c.Bars[cat]
			if v == nil || v[i] == 0 {
				continue
			}
			h := v[i] * plot.Dy() / top
			fill(img, image.Rect(x, y-h+1, x+barW, y), categoryColours[cat])
			y -= h
		}
		if i%labelEvery == 0 {
			w := font.MeasureString(face, c.Labels[i]).Ceil()
			writeText(img, face, chartMuted, x+barW/2-w/2, plot.Max.Y+textSize+10, c.Labels[i])
		}
	}
}

// drawLegend names the colours of the categories the chart shows.
func (c ChartCounts) drawLegend(img *image.RGBA, face font.Face) {
	x := 16
	for _, cat := range news.Categories {
		if !slices.ContainsFunc(c.Bars[cat], func(n int) bool { return n > 0 }) {
			continue
		}
		fill(img, image.Rect(x, 62, x+22, 84), categoryColours[cat])
		label := SectionTitles[string(cat)]
		writeText(img, face, chartText, x+30, 82, label)
		x += 30 + font.MeasureString(face, label).Ceil() + 28
	}
}

func fill(img *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Src)
}

func writeText(img *image.RGBA, face font.Face, c color.Color, x, y int, s string) {
	d := &font.Drawer{Dst: img, Src: image.NewUniform(c), Face: face, Dot: fixed.P(x, y)}
	d.DrawString(s)
}

type faces struct{ text, title font.Face }

var (
	fontsOnce           sync.Once
	regularFont, boldFt *opentype.Font
	fontsErr            error
)

// chartFaces returns faces of the embedded fonts, parsed once. A face
// keeps caches and is not safe for concurrent use, so each drawing gets
// its own.
func chartFaces() (faces, error) {
	fontsOnce.Do(func() {
		if regularFont, fontsErr = opentype.Parse(goregular.TTF); fontsErr == nil {
			boldFt, fontsErr = opentype.Parse(gobold.TTF)
		}
	})
	if fontsErr != nil {
		return faces{}, fmt.Errorf("parse chart font: %w", fontsErr)
	}
	opts := func(size float64) *opentype.FaceOptions {
		return &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull}
	}
	text, err := opentype.NewFace(regularFont, opts(textSize))
	if err != nil {
		return faces{}, fmt.Errorf("make chart face: %w", err)
	}
	title, err := opentype.NewFace(boldFt, opts(titleSize))
	if err != nil {
		return faces{}, fmt.Errorf("make chart face: %w", err)
	}
	return faces{text: text, title: title}, nil
}
