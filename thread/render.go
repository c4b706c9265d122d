package thread

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/alert"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// MaxName is the longest thread name Discord takes.
const MaxName = 100

// maxText is what a post's text may take of a message: its marker line
// follows it.
const maxText = digest.MaxMessage - digest.MarkerRoom

// maxSources bounds the sources one post lists.
const maxSources = 10

// Name is a story's thread name: its headline on one line, without
// control or format characters (a name shows as plain text, markdown is
// not rendered and mentions do not ping), at most MaxName characters.
func Name(s *news.Story) string {
	name := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return ' '
		}
		return r
	}, s.Headline)
	name = clip(strings.Join(strings.Fields(name), " "), MaxName)
	if name == "" {
		return "Story " + strconv.FormatInt(s.ID, 10)
	}
	return name
}

// RenderOpen is the starter message of a story's thread, without its
// marker line: the story as it stands (headline, place, state, tolls by
// originator, dated) and its sources.
func RenderOpen(s *news.Story) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n", digest.EscapeMarkdown(oneLine(clip(s.Headline, 200))))
	if len(s.Places) > 0 {
		fmt.Fprintf(&b, "Where: %s\n", digest.EscapeMarkdown(s.Places[0].Name))
	}
	if st := stateWords[s.CeasefireStatus]; st != "" {
		b.WriteString("Ceasefire: " + st + "\n")
	}
	for _, l := range tollLines(s, nil) {
		b.WriteString(l + "\n")
	}
	fmt.Fprintf(&b, "Sources (%d):\n", len(s.Sources))
	writeSources(&b, s.Sources)
	return strings.TrimRight(b.String(), "\n")
}

// RenderUpdate is the message of a batch of new reports of a story,
// without its marker line: how many, the changes of state they report,
// the running tolls they moved, and their sources.
func RenderUpdate(s *news.Story, fresh []news.ArticleWithAnalysis) string {
	var b strings.Builder
	n := len(fresh)
	fmt.Fprintf(&b, "**%d new %s**\n", n, lang.Plural(n, "report", "reports"))
	for _, w := range changes(s, fresh) {
		b.WriteString("State: " + w + "\n")
	}
	refs := map[string]bool{}
	for i := range fresh {
		refs[articleRef(&fresh[i].Article)] = true
	}
	for _, l := range tollLines(s, refs) {
		b.WriteString(l + "\n")
	}
	var srcs []news.StorySource
	for i := range fresh {
		srcs = append(srcs, sourceOf(s, &fresh[i].Article))
	}
	writeSources(&b, srcs)
	return strings.TrimRight(b.String(), "\n")
}

var stateWords = map[news.CeasefireStatus]string{news.CeasefireProposed: "proposed",
	news.CeasefireInEffect: "in effect", news.CeasefireViolated: "violated", news.CeasefireCollapsed: "collapsed"}

// changes names the story's changes of state that the new reports report,
// as an alert names them ("Ceasefire: in effect → collapsed").
func changes(s *news.Story, fresh []news.ArticleWithAnalysis) []string {
	var out []string
	for _, c := range s.Changes {
		if c.Change == news.ChangeFirst {
			continue
		}
		reported := slices.ContainsFunc(fresh, func(a news.ArticleWithAnalysis) bool {
			return slices.ContainsFunc(a.Analysis.Changes, func(sc news.StateChange) bool { return sc.Change == c.Change })
		})
		if reported {
			out = append(out, alert.What(&alert.Alert{Story: *s, Change: c}))
		}
	}
	return out
}

// tollLines are the story's death tolls, worded and ordered as a
// digest's figure lines (digest.StoryFigureLines): one line per
// originator, each count with the day of its report and the group it
// counts ("Killed — SOHR: 58 civilians (12 Apr) → 86 civilians (14 Apr)",
// "Killed — according to a hospital: 45 (22 Sep)"); a day has no year
// when it is of the year of the story's newest report. With refs, only
// the lines a figure of those articles moved.
func tollLines(s *news.Story, refs map[string]bool) []string {
	var out []string
	day := digest.DayIn(s.LastSeen, s.LastSeen)
	for _, f := range s.Figures {
		if f.Kind != news.FigureKilled {
			continue
		}
		if refs != nil {
			f.Lines = slices.DeleteFunc(slices.Clone(f.Lines), func(l news.FigureLine) bool {
				return !slices.ContainsFunc(l.Steps, func(st news.FigureBy) bool { return refs[st.ArticleID] })
			})
			if len(f.Lines) == 0 {
				continue
			}
		}
		for _, l := range digest.StoryFigureLines(f, day) {
			out = append(out, "Killed — "+digest.EscapeMarkdown(shorten(oneLine(l), maxToll)))
		}
	}
	if len(out) > 5 {
		out = append(out[:5], fmt.Sprintf("and %d more tolls", len(out)-5))
	}
	return out
}

// maxToll bounds a toll line: five of them, the headline and the first
// sources fit a post.
const maxToll = 240

// shorten keeps a long line's giver, first count and latest counts,
// leaving out counts between ("SOHR: 10 (1 Jan) → … → 68 (3 Jan) → 69 (3
// Jan)"): the latest is what the line is read for. A line that is no
// rise is clipped.
func shorten(line string, n int) string {
	if utf8.RuneCountInString(line) <= n {
		return line
	}
	const arrow, gap = " → ", " → …"
	steps := strings.Split(line, arrow)
	if len(steps) < 3 {
		return clip(line, n)
	}
	tail := steps[len(steps)-1]
	for i := len(steps) - 2; i > 0; i-- {
		longer := steps[i] + arrow + tail
		if utf8.RuneCountInString(steps[0]+gap+arrow+longer) > n {
			break
		}
		tail = longer
	}
	out := steps[0] + gap + arrow + tail
	if utf8.RuneCountInString(out) > n {
		return clip(line, n)
	}
	return out
}

// writeSources lists sources, each linked when its link is safe, within
// the post's room.
func writeSources(b *strings.Builder, srcs []news.StorySource) {
	for i, src := range srcs {
		line := "• " + sourceLine(src) + "\n"
		if i == maxSources || utf8.RuneCountInString(b.String()+line) > maxText-len("and 9999 more sources") {
			fmt.Fprintf(b, "and %d more sources\n", len(srcs)-i)
			return
		}
		b.WriteString(line)
	}
}

func sourceLine(src news.StorySource) string {
	title := digest.EscapeMarkdown(oneLine(clip(src.Title, 120)))
	if title == "" {
		title = "(untitled)"
	}
	if link, ok := digest.LinkURL(src.URL); ok {
		title = "[" + title + "](<" + link + ">)"
	}
	return title + " — " + digest.EscapeMarkdown(alert.Outlet(src))
}

// sourceOf is an article as the story lists it, the story's own entry
// when it has one.
func sourceOf(s *news.Story, a *news.Article) news.StorySource {
	for _, src := range s.Sources {
		if src.ArticleID == a.ID {
			return src
		}
	}
	return news.StorySource{ArticleID: a.ID, ExternalID: a.ExternalID, Title: a.Title, SourceName: a.SourceName,
		URL: a.URL, Published: a.Published, GuildID: a.GuildID}
}

// articleRef is how a story's figures name their article.
func articleRef(a *news.Article) string {
	if a.ExternalID != "" {
		return a.ExternalID
	}
	return strconv.FormatInt(a.ID, 10)
}

// postKey names a post by what it reports, not by database ids: a round
// redone after a crash makes the same nonce and marker.
func postKey(followID, storyID int64, articles []int64) string {
	h := sha256.New()
	fmt.Fprintf(h, "%d/%d:", followID, storyID)
	for _, a := range articles {
		fmt.Fprintf(h, "%d;", a)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Nonce is a post's nonce (at most 25 characters, as Discord requires).
func Nonce(key string) string { return "th" + key }

// Marker is the line a post ends with, looked for after a crash.
func Marker(key string) string { return "thread " + key }

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
