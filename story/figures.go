package story

import (
	"slices"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// figureKinds are the figures merged across sources, in digest order.
var figureKinds = []string{"killed", "injured", "displaced", "evacuated"}

func figureOf(f *news.Facts, kind string) *news.Figure {
	switch kind {
	case "killed":
		return f.Killed
	case "injured":
		return f.Injured
	case "displaced":
		return f.Displaced
	case "evacuated":
		return f.Evacuated
	}
	return nil
}

// mergeFigures gives, for each kind of figure that a member states, the
// lowest and highest figure with their sources and the latest. Figures of
// different sources count the same people, so they are never added up.
// Members must be in order of publication.
func mergeFigures(ms []Member) []news.StoryFigure {
	var out []news.StoryFigure
	for _, kind := range figureKinds {
		var refs []news.FigureBy
		for i := range ms {
			f := figureOf(&ms[i].Analysis.Facts, kind)
			if f == nil || f.Value <= 0 {
				continue
			}
			refs = append(refs, news.FigureBy{Figure: *f, Source: ms[i].source(),
				ArticleID: articleRef(&ms[i].Article), Published: ms[i].published()})
		}
		if len(refs) > 0 {
			out = append(out, storyFigure(kind, refs))
		}
	}
	return out
}

// storyFigure summarises refs, in order of publication. Ties go to the
// earliest source for the range, to the later one for the latest.
func storyFigure(kind string, refs []news.FigureBy) news.StoryFigure {
	lo, hi := refs[0], refs[0]
	for _, r := range refs[1:] {
		if r.Value < lo.Value {
			lo = r
		}
		if r.Value > hi.Value {
			hi = r
		}
	}
	last := refs[len(refs)-1]
	return news.StoryFigure{
		Kind: kind, Low: lo.Figure, LowBy: lo.Source, High: hi.Figure, HighBy: hi.Source,
		Latest: last.Figure, By: last.Source, AsOf: last.Published, Refs: refs,
	}
}

func articleRef(a *news.Article) string {
	if a.ExternalID != "" {
		return a.ExternalID
	}
	return strconv.FormatInt(a.ID, 10)
}

// FormatFigure renders a story figure for a digest: one value with its
// sources ("at least 16 (AFP, SOHR)"), or the range with the source of each
// end ("at least 112 (Reuters) to 126 (SOHR)", "90 to 270 (Reuters)" when
// one source gave both), then the latest figure when it is neither end, and
// the date of the latest ("as of 5 Jul 2016"). A source that is not named
// is never guessed: its parenthesis is left out, or reads "source not
// named" where another end of the range is named. The kind is the caller's
// to name.
func FormatFigure(f news.StoryFigure) string {
	var b strings.Builder
	lo, hi := DisplaySource(f.LowBy), DisplaySource(f.HighBy)
	switch {
	case f.Low.Value == f.High.Value:
		b.WriteString(figureText(f.High) + paren(strings.Join(sourcesOf(f), ", "), false))
	case lo == hi:
		b.WriteString(figureText(f.Low) + " to " + figureText(f.High) + paren(hi, false))
	default:
		b.WriteString(figureText(f.Low) + paren(lo, true) + " to " + figureText(f.High) + paren(hi, true))
	}
	if f.Low.Value != f.High.Value && figureText(f.Latest) != figureText(f.Low) && figureText(f.Latest) != figureText(f.High) {
		b.WriteString("; latest " + figureText(f.Latest) + paren(DisplaySource(f.By), lo != "" || hi != ""))
	}
	if !f.AsOf.IsZero() {
		b.WriteString(", as of " + f.AsOf.UTC().Format("2 Jan 2006"))
	}
	return b.String()
}

// paren is " (name)"; for no name, " (source not named)" when the reader
// must tell it from a named source beside it, else nothing.
func paren(name string, contrast bool) string {
	switch {
	case name != "":
		return " (" + name + ")"
	case contrast:
		return " (source not named)"
	}
	return ""
}

// sourcesOf lists the named sources that gave the figure's single value,
// at most three, in order of publication; the high's source when no ref
// says more; none when no source is named.
func sourcesOf(f news.StoryFigure) []string {
	var out []string
	for _, r := range f.Refs {
		name := DisplaySource(r.Source)
		if name != "" && r.Value == f.High.Value && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	if len(out) == 0 && DisplaySource(f.HighBy) != "" {
		out = append(out, DisplaySource(f.HighBy))
	}
	if len(out) > 3 {
		out = append(out[:3], "others")
	}
	return out
}

var qualifierWords = map[news.Qualifier]string{
	news.AtLeast: "at least ", news.About: "about ", news.MoreThan: "more than ", news.UpTo: "up to ",
}

// figureText is a figure's qualifier and value: "at least 1,200".
func figureText(f news.Figure) string {
	return qualifierWords[f.Qualifier] + groupThousands(f.Value)
}

func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s
}
