package digest

import (
	"fmt"
	"io"
	"strings"
)

// RenderDiscord writes d in Discord's flavour of Markdown: headings, bold
// key lines, subtext (-#) for the facts of each story, and links in angle
// brackets so that Discord shows no preview of them. Outside text is
// escaped (EscapeMarkdown): nothing in it can format, link or mention.
// Messages cuts it into Discord-sized messages.
func RenderDiscord(w io.Writer, d *Digest) error {
	parts := []string{"# Conflict digest · " + EscapeMarkdown(d.Period)}
	if d.Empty() {
		parts = append(parts, EscapeMarkdown(QuietNote(d)))
	}
	if len(d.Key) > 0 {
		var b strings.Builder
		b.WriteString("**Key developments**")
		for _, k := range d.Key {
			b.WriteString("\n- " + EscapeMarkdown(k.Text))
		}
		parts = append(parts, b.String())
	}
	if len(d.Trends) > 0 {
		var b strings.Builder
		b.WriteString("**By conflict**")
		for _, t := range d.Trends {
			b.WriteString("\n- " + EscapeMarkdown(TrendLine(t)))
		}
		parts = append(parts, b.String())
	}
	for _, sec := range d.Sections {
		parts = append(parts, "## "+SectionTitles[string(sec.Category)])
		for i := range sec.Items {
			parts = append(parts, itemDiscord(&sec.Items[i]))
		}
	}
	if n := d.OverLimit(); n > 0 {
		parts = append(parts, "_"+EscapeMarkdown(MoreLine(d, n))+"_")
	}
	parts = append(parts, "-# "+EscapeMarkdown(d.Footer))
	if _, err := io.WriteString(w, strings.Join(parts, "\n\n")+"\n"); err != nil {
		return fmt.Errorf("write digest: %w", err)
	}
	return nil
}

// itemDiscord is one story in Discord's flavour.
func itemDiscord(it *Item) string {
	var b strings.Builder
	b.WriteString("**" + EscapeMarkdown(it.Headline) + "**\n")
	b.WriteString("-# " + EscapeMarkdown(ItemMeta(it)) + "\n")
	if s := SinceText(it); s != "" {
		b.WriteString("_" + EscapeMarkdown(s) + "_\n")
	}
	if it.Summary != "" {
		b.WriteString(EscapeMarkdown(it.Summary) + "\n")
	}
	for _, l := range FigureLines(it) {
		b.WriteString("- " + EscapeMarkdown(l) + "\n")
	}
	b.WriteString("-# " + SourcesLine(it, maxLinks))
	return b.String()
}

// maxLinks caps the outlets an item names; the count says how many more.
const maxLinks = 5

// SourcesLine names each outlet of an item once, linking its newest
// article where there is a link and naming it where there is none: "3
// sources: [Reuters](<url>), AFP, SANA". Past max outlets, the rest are
// counted.
func SourcesLine(it *Item, max int) string {
	outlets := it.OutletSources()
	var parts []string
	for i, s := range outlets {
		if i == max {
			parts = append(parts, fmt.Sprintf("and %d more", len(outlets)-max))
			break
		}
		name := EscapeMarkdown(s.Outlet())
		if link, ok := LinkURL(s.URL); ok {
			parts = append(parts, "["+name+"](<"+link+">)")
		} else {
			parts = append(parts, name)
		}
	}
	return fmt.Sprintf("%d %s: %s", it.SourceCount, plural(it.SourceCount, "source", "sources"), strings.Join(parts, ", "))
}
