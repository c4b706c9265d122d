package digest

import (
	"io"
)

// RenderDiscord writes d in Discord's flavour of Markdown: headings, bold
// key lines, subtext (-#) for the facts of each story, and links in angle
// brackets so that Discord shows no preview of them. Outside text is
// escaped (EscapeMarkdown): nothing in it can format, link or mention.
// Messages cuts it into Discord-sized messages.
func RenderDiscord(w io.Writer, d *Digest) error {
	return render(w, d, discordFlavour)
}

var discordFlavour = flavour{
	escape:   EscapeMarkdown,
	listHead: "**%s**\n", headline: "**%s**", devHeadline: "↳ **%s**", meta: "-# %s", since: "_%s_", sources: "-# %s", more: "_%s_", footer: "-# %s",
	itemSep:  "\n",
	maxLinks: 5,
	link:     func(name, url string) string { return "[" + name + "](<" + url + ">)" },
}

// SourcesLine is an item's line of sources as Discord's flavour writes it:
// "3 sources: [Reuters](<url>), AFP, SANA".
func SourcesLine(it *Item) string { return discordFlavour.sourcesLine(it) }
