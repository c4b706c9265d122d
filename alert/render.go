package alert

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// maxLinks bounds the sources one alert links.
const maxLinks = 5

// changeWords names a change as a reader says it.
var changeWords = map[news.Change]string{
	news.ChangeCeasefireProposed: "ceasefire proposed", news.ChangeCeasefireInEffect: "ceasefire in effect",
	news.ChangeCeasefireViolated: "ceasefire violated", news.ChangeCeasefireCollapsed: "ceasefire collapsed",
	news.ChangeTalksOpened: "talks opened", news.ChangeTalksSuspended: "talks suspended",
	news.ChangeTalksConcluded: "talks concluded", news.ChangeSiegeImposed: "siege imposed",
	news.ChangeSiegeLifted: "siege lifted", news.ChangeEvacuationBegun: "evacuation begun",
	news.ChangeEmergencyDeclared: "emergency declared",
	news.ChangeInterstateStrike:  "a foreign state struck government forces",
	news.ChangeOffensiveLaunched: "offensive launched",
}

// statusWords names a ceasefire state.
var statusWords = map[news.CeasefireStatus]string{news.CeasefireProposed: "proposed",
	news.CeasefireInEffect: "in effect", news.CeasefireViolated: "violated", news.CeasefireCollapsed: "collapsed"}

// What says what changed, from what to what: "Ceasefire: in effect →
// collapsed", "Talks: suspended → opened", "Death toll passed 100".
func What(a *Alert) string {
	if a.Toll != nil {
		return fmt.Sprintf("Death toll passed %d", a.Toll.Threshold)
	}
	c := a.Change
	if c.Change.Category() == news.Ceasefire {
		to := statusWords[news.CeasefireStatus(strings.TrimPrefix(string(c.Change), "ceasefire_"))]
		if from := statusWords[c.From]; from != "" {
			return "Ceasefire: " + from + " → " + to
		}
		return "Ceasefire: " + to
	}
	words := changeWords[c.Change]
	if words == "" {
		words = strings.ReplaceAll(string(c.Change), "_", " ")
	}
	if prev := previousOf(&a.Story, c); prev != "" {
		_, state, _ := strings.Cut(words, " ") // "talks opened": "opened"
		return upper(prev) + " → " + state
	}
	return upper(words)
}

// previousOf is the story's change of the same category before c, as words.
func previousOf(s *news.Story, c news.StoryChange) string {
	i := slices.IndexFunc(s.Changes, func(x news.StoryChange) bool { return x.Change == c.Change })
	for j := i - 1; j >= 0; j-- {
		if p := s.Changes[j].Change; p.Category() == c.Change.Category() && p != c.Change {
			return changeWords[p]
		}
	}
	return ""
}

func upper(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
}

// Render is an alert's post, without its marker line: the role mention,
// what changed, the story, who reports it and links to its sources, every
// outside text escaped.
func Render(a *Alert, roleID string) string {
	var b strings.Builder
	if roleID != "" {
		b.WriteString("<@&" + roleID + "> ")
	}
	fmt.Fprintf(&b, "**%s** — %s\n", What(a), digest.EscapeMarkdown(oneLine(clip(a.Story.Headline, 200))))
	if len(a.Story.Places) > 0 {
		fmt.Fprintf(&b, "Where: %s\n", digest.EscapeMarkdown(a.Story.Places[0].Name))
	}
	who := reporters(a)
	if len(who) > maxReporters {
		who = append(who[:maxReporters], fmt.Sprintf("%d more", len(who)-maxReporters))
	}
	b.WriteString("Reported by: " + strings.Join(who, ", ") + "\n")
	for i, src := range a.Reports {
		line := "• " + sourceLine(src) + "\n"
		if i == maxLinks || utf8.RuneCountInString(b.String()+line) > maxPost-len("and 99 more sources") {
			fmt.Fprintf(&b, "and %d more sources\n", len(a.Reports)-i)
			break
		}
		b.WriteString(line)
	}
	return strings.TrimRight(b.String(), "\n")
}

// maxPost is what an alert's text may take of a message: the marker line
// follows it.
const maxPost = digest.MaxMessage - digest.MarkerRoom

// maxReporters bounds the names an alert lists as reporting it.
const maxReporters = 8

// reporters names who reports the alert, each once, escaped: for a toll
// the originators with their figures, else the outlets of its reports.
func reporters(a *Alert) []string {
	var out []string
	if a.Toll != nil {
		for _, r := range a.Toll.By {
			fig := digest.EscapeMarkdown(r.Text)
			if r.Before != "" {
				fig = digest.EscapeMarkdown(r.Before) + " → " + fig
			}
			out = append(out, digest.EscapeMarkdown(r.Originator)+" ("+fig+")")
		}
		return out
	}
	for _, src := range a.Reports {
		name := outletName(src)
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

func outletName(src news.StorySource) string { return digest.EscapeMarkdown(Outlet(src)) }

// Outlet is the name readers know an article's outlet by, as a digest
// names it: the outlet's known name, a guild's feed under the guild's
// label, else the host of its link.
func Outlet(src news.StorySource) string {
	it := digest.ItemSource{Name: src.SourceName, URL: src.URL, GuildID: src.GuildID}
	if src.GuildID != "" {
		it.DisplayName = news.GuildLabel(src.SourceName)
	}
	return it.Outlet()
}

// sourceLine is one source: its title linked when the link is safe, and
// its outlet.
func sourceLine(src news.StorySource) string {
	title := digest.EscapeMarkdown(oneLine(clip(src.Title, 120)))
	if title == "" {
		title = "(untitled)"
	}
	if link, ok := digest.LinkURL(src.URL); ok {
		title = "[" + title + "](<" + link + ">)"
	}
	return title + " — " + outletName(src)
}

// RenderFold is the post that folds alerts over the hour's limit: how many,
// and what each is, in one line apiece.
func RenderFold(as []Alert, roleID string) string {
	var b strings.Builder
	if roleID != "" {
		b.WriteString("<@&" + roleID + "> ")
	}
	fmt.Fprintf(&b, "**and %d more** (this channel's alert limit for the hour is reached):\n", len(as))
	for i := range as {
		line := "• " + What(&as[i]) + " — " + digest.EscapeMarkdown(oneLine(clip(as[i].Story.Headline, 120))) + "\n"
		if utf8.RuneCountInString(b.String()+line) > maxPost-len("… and 9999 others") {
			fmt.Fprintf(&b, "… and %d others\n", len(as)-i)
			break
		}
		b.WriteString(line)
	}
	return strings.TrimRight(b.String(), "\n")
}

// postKey names a post by the alerts it tells, not by database ids: a
// round redone after a crash makes the same nonce and marker.
func postKey(keys []news.AlertKey) string {
	h := sha256.New()
	for _, k := range keys {
		fmt.Fprintf(h, "%d/%d/%s;", k.RuleID, k.StoryID, k.What)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Nonce is a post's nonce (at most 25 characters, as Discord requires).
func Nonce(keys []news.AlertKey) string { return "al" + postKey(keys) }

// Marker is the line a post ends with, looked for after a crash.
func Marker(keys []news.AlertKey) string { return "alert " + postKey(keys) }

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
