package digest

import (
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// FigureHistory is one line of a figure as data (ItemFigure.History): who
// gives its counts and each count with the time of the report it comes
// from, for a consumer that dates or compares them itself.
type FigureHistory struct {
	// By is the originator ("SOHR", "hospital"), "" when the reports name
	// none; ReportedBy is then the outlet whose own count it is.
	By         string `json:"by"`
	ReportedBy string `json:"reported_by,omitempty"`
	PartyClaim bool   `json:"party_claim,omitempty"`
	// Counts are in the line's order (a toll's rise).
	Counts []HistoryCount `json:"counts"`
}

// HistoryCount is one count of a figure line.
type HistoryCount struct {
	Text      string         `json:"text"` // "at least 86", "1,000 to 1,800"
	Value     int64          `json:"value"`
	Low       int64          `json:"low,omitempty"` // a range's lower bound
	Qualifier news.Qualifier `json:"qualifier"`
	Who       string         `json:"who,omitempty"`  // the group counted, when the report names one
	From      string         `json:"from,omitempty"` // the place the people counted moved out of (news.Figure.From)
	// Reported is the publication of the report the count comes from;
	// absent when not known.
	Reported  *time.Time `json:"reported,omitempty"`
	ArticleID string     `json:"article_id,omitempty"`
}

// figureHistory is f's lines as data; none for a figure stored without
// lines.
func figureHistory(f news.StoryFigure) []FigureHistory {
	var out []FigureHistory
	for _, l := range f.Lines {
		if len(l.Steps) == 0 {
			continue
		}
		h := FigureHistory{By: l.Originator, PartyClaim: l.PartyClaim, Counts: []HistoryCount{}}
		if l.Originator == "" {
			h.ReportedBy = story.DisplaySource(l.Outlet)
		}
		for _, st := range l.Steps {
			c := HistoryCount{Text: story.FigureText(st.Figure), Value: st.Value, Low: st.Low, Qualifier: st.Qualifier,
				Who: st.Who, From: st.From, ArticleID: st.ArticleID}
			if !st.Published.IsZero() {
				p := st.Published.UTC()
				c.Reported = &p
			}
			h.Counts = append(h.Counts, c)
		}
		out = append(out, h)
	}
	return out
}

// figureLines are f's lines for reading, each count with the day of the
// report it comes from (see the package doc, "Figure lines"); day writes
// a day, nil for "2 Jan 2006". Days are given even when the item's
// counts were all reported on one day: a reader who copies one line
// copies when it was reported.
func figureLines(f news.StoryFigure, span bool, day func(time.Time) string) []string {
	if day == nil {
		day = func(t time.Time) string { return FormatDate(t) }
	}
	parts := story.FormatLineParts(f, story.LineStyle{ItemSpans: span, Always: true, Day: day, Groups: true})
	if parts == nil {
		return nil
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = lineText(p)
	}
	return out
}

// StoryFigureLines are a story's figure's lines as a digest words and
// orders them (see the package doc, "Figure lines"), for text outside a
// digest (a story's thread); day writes a report's day (DayIn), nil for
// "2 Jan 2006".
func StoryFigureLines(f news.StoryFigure, day func(time.Time) string) []string {
	f.Lines = orderedLines(f, nil)
	return figureLines(f, false, day)
}

// lineText words one figure line, every line its giver first and its
// counts after a colon: "SOHR: 58 (12 Apr) → 86 (14 Apr)"; an outlet's own
// count as the one who reported it, not its source ("reported by Daily
// Sabah: 92 (22 Sep)"); a giver named by what it is as a reader would say
// it ("according to a hospital: 45 (22 Sep)"). Lines of one item read
// alike: the counts after the giver in some and before it in others (the
// 2013 window's "SOHR: more than 40" beside "at least 213, according to
// activists") made a reader look twice for who gave what.
func lineText(p story.LinePart) string {
	switch {
	case p.Outlet:
		return reportedBy(p.Name) + ": " + p.Counts
	case p.Generic:
		return "according to " + withArticle(p.Name) + ": " + p.Counts
	}
	return p.Name + ": " + p.Counts
}

// partySuffix is what story marks a party's claim with.
const partySuffix = " (a party to the fighting)"

// withArticle gives a giver named by what it is the article a reader
// expects: none for a plural or a mass noun ("officials", "local
// sources", "state media", "police"); "the" for a body a conflict has one
// of ("the army", "the civil defence", "the health ministry"); else "a"
// or "an" — one of several, unnamed ("a hospital", "an official"). A name
// that has an article keeps it.
func withArticle(name string) string {
	if base, ok := strings.CutSuffix(name, partySuffix); ok {
		return withArticle(base) + partySuffix
	}
	if giver, via, ok := strings.Cut(name, " via "); ok {
		return withArticle(giver) + " via " + via // "a source via SANA"
	}
	base := name
	words := strings.Fields(base)
	if len(words) == 0 {
		return name
	}
	first, last := words[0], words[len(words)-1]
	switch {
	case lang.IsArticle(first):
		return base
	case massNouns[last] || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss"):
		return base
	case definiteNouns[last]:
		return "the " + base
	case strings.ContainsRune("aeiou", rune(first[0])):
		return "an " + base
	}
	return "a " + base
}

// massNouns take no article ("according to police").
var massNouns = setOf("media", "police", "staff", "personnel", "people", "press", "intelligence")

// definiteNouns are bodies a conflict has one of: "the army".
var definiteNouns = setOf("army", "military", "defence", "defense", "government", "ministry", "regime",
	"coalition", "navy", "agency", "presidency", "command", "authority", "council", "administration", "opposition")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// dayFormat writes a report's day as the digest's reader needs it: "12
// Apr" in a period of one year, with the year ("30 Dec 2016") when the
// day is of another year or the period spans years.
func (d *Digest) dayFormat() func(time.Time) string {
	return DayIn(d.periodDays())
}

// DayIn writes a report's day for a reader of what was reported from
// first to last: "12 Apr" when both are of one year and the day is of
// it, else with the year ("30 Dec 2016").
func DayIn(first, last time.Time) func(time.Time) string {
	return func(t time.Time) string {
		t = t.UTC()
		if first.Year() == last.Year() && t.Year() == first.Year() {
			return t.Format("2 Jan")
		}
		return FormatDate(t)
	}
}

// periodDays are the first and last moments of the digest's period, as
// period says it.
func (d *Digest) periodDays() (first, last time.Time) {
	switch {
	case d.ByStored && d.Reported != nil:
		return d.Reported.First, d.Reported.Last
	case d.Until != nil && !d.Since.IsZero():
		return d.Since, d.Until.Add(-time.Nanosecond)
	case d.Reported != nil:
		return d.Reported.First, d.Reported.Last
	case d.Until != nil:
		end := d.Until.Add(-time.Nanosecond)
		return end, end
	case !d.Since.IsZero():
		return d.Since, d.Generated
	}
	return d.Generated, d.Generated
}

// dateFigures writes the items' figure lines, spreads and notes of what
// changed since the last digest with the days of their reports in the
// digest's year (dayFormat), and has their lead counts dated so
// (figureShort). Items may be shared with other digests of
// a Builder: their figures are copied first.
func (d *Digest) dateFigures(items []Item) {
	day := d.dayFormat()
	for i := range items {
		it := &items[i]
		it.Since = it.Since.dated(day)
		it.Figures = slices.Clone(it.Figures)
		for j := range it.Figures {
			f := &it.Figures[j]
			f.day = day
			if f.src != nil {
				f.Lines = figureLines(*f.src, f.span, day)
			}
			if f.spread != nil {
				f.Spread = f.spread.text(day)
			}
		}
	}
}
