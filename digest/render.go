package digest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// maxLinks caps the source links shown per item; the count says how many more.
const maxLinks = 5

var sectionTitles = map[news.Category]string{
	news.Talks:        "Talks",
	news.Ceasefire:    "Ceasefire",
	news.Humanitarian: "Humanitarian",
	news.Violence:     "Violence",
}

var arrows = map[Direction]string{Better: "↑ better", Worse: "↓ worse", Unchanged: "→ unchanged"}

// RenderJSON writes d in the stable JSON format the package doc describes.
func RenderJSON(w io.Writer, d *Digest) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		return fmt.Errorf("write digest json: %w", err)
	}
	return nil
}

// RenderMarkdown writes d as Discord-flavoured Markdown: a title, a section
// per category, the items, and the footer.
func RenderMarkdown(w io.Writer, d *Digest) error {
	parts := []string{title(d)}
	if d.Empty() {
		parts = append(parts, QuietNote(d))
	}
	for _, sec := range d.Sections {
		parts = append(parts, sectionHeader(sec.Category))
		for i := range sec.Items {
			parts = append(parts, itemMarkdown(&sec.Items[i]))
		}
	}
	if n := overLimit(d); n > 0 {
		parts = append(parts, fmt.Sprintf("_%d more %s not shown: over the digest's limit._", n, plural(n, "story", "stories")))
	}
	parts = append(parts, "-# "+d.Footer)
	if _, err := io.WriteString(w, strings.Join(parts, "\n\n")+"\n"); err != nil {
		return fmt.Errorf("write digest markdown: %w", err)
	}
	return nil
}

// RenderLeftOut writes the stories the digest leaves out and why, for a
// preview; nothing when none is left out.
func RenderLeftOut(w io.Writer, d *Digest) error {
	if len(d.LeftOut) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("\n**Left out**\n")
	for _, l := range d.LeftOut {
		fmt.Fprintf(&b, "- %s: %s\n", escape(l.Headline), l.Reason)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write left out: %w", err)
	}
	return nil
}

// QuietNote is the short note posted instead of a digest with nothing new,
// for subscriptions that ask for one.
func QuietNote(d *Digest) string {
	return "No new developments (" + period(d) + ")."
}

func title(d *Digest) string { return "# Conflict digest · " + period(d) }

func sectionHeader(c news.Category) string { return "## " + sectionTitles[c] }

func itemMarkdown(it *Item) string {
	var b strings.Builder
	b.WriteString("**" + escape(it.Headline) + "**")
	if a := arrows[it.Direction]; a != "" {
		b.WriteString(" " + a)
		if it.Change != "" {
			b.WriteString(": " + it.Change)
		}
	}
	b.WriteString("\n")
	if it.Summary != "" {
		b.WriteString(escape(it.Summary) + "\n")
	}
	for _, f := range it.Figures {
		b.WriteString("- " + capitalise(f.Kind) + ": " + escape(f.Text) + "\n")
		for _, l := range f.Running() {
			b.WriteString("  - " + escape(l) + "\n")
		}
	}
	var meta []string
	if it.CeasefireStatus != news.CeasefireNone {
		meta = append(meta, "Ceasefire: "+strings.ReplaceAll(string(it.CeasefireStatus), "_", " "))
	}
	meta = append(meta, fmt.Sprintf("%d %s: %s", it.SourceCount, plural(it.SourceCount, "source", "sources"), links(it.Sources)))
	b.WriteString("-# " + strings.Join(meta, " · "))
	return b.String()
}

// links names each outlet once, linking its newest article.
func links(srcs []ItemSource) string {
	var parts []string
	seen := map[string]bool{}
	for _, s := range srcs {
		key := s.outlet()
		if seen[key] {
			continue
		}
		seen[key] = true
		if len(parts) == maxLinks {
			parts = append(parts, "…")
			break
		}
		name := s.DisplayName
		if name == "" && s.GuildID == "" {
			name = story.DisplaySource(s.Name)
		}
		if name == "" {
			name = hostOf(s.URL)
		}
		if name == "" {
			name = "not named"
		}
		if link, ok := LinkURL(s.URL); ok {
			parts = append(parts, fmt.Sprintf("[%s](<%s>)", escape(name), link))
		} else {
			parts = append(parts, escape(name))
		}
	}
	return strings.Join(parts, ", ")
}

// hostOf is the host of u without "www.", or "".
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// escape keeps outside text from being read as Markdown or as a mention.
func escape(s string) string { return EscapeMarkdown(s) }

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func overLimit(d *Digest) int {
	n := 0
	for _, l := range d.LeftOut {
		if strings.HasPrefix(l.Reason, "over the limit") {
			n++
		}
	}
	return n
}

// footer gives the counts and the period: "14 stories from 37 articles,
// 9 sources · 1–8 Apr 2017".
func footer(d *Digest) string {
	c := d.Counts
	return fmt.Sprintf("%d %s from %d %s, %d %s · %s",
		c.Stories, plural(c.Stories, "story", "stories"),
		c.Articles, plural(c.Articles, "article", "articles"),
		c.Sources, plural(c.Sources, "source", "sources"), period(d))
}

// period renders the window in days, the end day inclusive.
func period(d *Digest) string {
	since := d.Since
	if d.Until == nil {
		if since.IsZero() {
			return reported(d)
		}
		return "since " + FormatDate(since)
	}
	last := d.Until.Add(-time.Nanosecond)
	if since.IsZero() {
		return "up to " + FormatDate(last)
	}
	return dayRange(since, last)
}

// reported is the period of a digest of all stories: the days its stories
// were reported on ("26 Aug – 30 Sep 2016"), for "up to" the day it was made
// would tell a reader of an archive nothing of when its news happened; "up
// to" that day when no story has a date.
func reported(d *Digest) string {
	var first, last time.Time
	for _, sec := range d.Sections {
		for _, it := range sec.Items {
			if !it.FirstSeen.IsZero() && (first.IsZero() || it.FirstSeen.Before(first)) {
				first = it.FirstSeen
			}
			if it.LastSeen.After(last) {
				last = it.LastSeen
			}
		}
	}
	if first.IsZero() || last.IsZero() {
		return "up to " + FormatDate(d.Generated)
	}
	return dayRange(first, last)
}

func dayRange(a, b time.Time) string {
	a, b = a.UTC(), b.UTC()
	switch {
	case a.Format("2006-01-02") == b.Format("2006-01-02"):
		return FormatDate(a)
	case a.Year() == b.Year() && a.Month() == b.Month():
		return fmt.Sprintf("%d–%s", a.Day(), FormatDate(b))
	case a.Year() == b.Year():
		return a.Format("2 Jan") + " – " + FormatDate(b)
	}
	return FormatDate(a) + " – " + FormatDate(b)
}
