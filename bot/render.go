package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// Discord's message and embed limits, in characters.
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxAuthor      = 256
	maxEmbedTotal  = 6000
	maxEmbeds      = 10
)

// categoryColours give each digest section its colour.
var categoryColours = map[news.Category]int{
	news.Talks:        0x3498db,
	news.Ceasefire:    0x2ecc71,
	news.Humanitarian: 0xe67e22,
	news.Violence:     0xe74c3c,
}

var directionMarks = map[digest.Direction]string{digest.Better: "↑ better", digest.Worse: "↓ worse", digest.Unchanged: "→ unchanged"}

// RenderDigest renders a digest as messages of embeds: one embed per story,
// coloured by its section, its figures as fields and its sources as links;
// the digest's footer closes the last embed. Nothing is dropped: what does
// not fit one message goes into the next.
func RenderDigest(d *digest.Digest) []*Message {
	var embeds []*discordgo.MessageEmbed
	for _, sec := range d.Sections {
		for i := range sec.Items {
			embeds = append(embeds, itemEmbed(sec.Category, &sec.Items[i]))
		}
	}
	header := "**Conflict digest**"
	if d.Empty() {
		header += "\n" + digest.QuietNote(d)
	}
	if len(embeds) > 0 {
		last := embeds[len(embeds)-1]
		last.Footer = &discordgo.MessageEmbedFooter{Text: d.Footer}
	} else if d.Footer != "" {
		header += "\n-# " + d.Footer
	}
	return SplitMessages(header, embeds)
}

// descriptionBudget is what an item's description may take of Discord's
// 4,096: the links are added whole while they fit, so that no cut ever
// falls inside one (a cut link's address would become a different one).
const descriptionBudget = 3500

// itemEmbed renders one story. Everything from a feed (headline, summary,
// outlet names, figure texts) is escaped Markdown; only http(s) URLs of at
// most 2,048 characters become links, and none is taken from text.
func itemEmbed(cat news.Category, it *digest.Item) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: esc(it.Headline), Color: categoryColours[cat]}
	var b strings.Builder
	if m := directionMarks[it.Direction]; m != "" {
		b.WriteString("**" + m + "**")
		if it.Change != "" {
			b.WriteString(": " + esc(it.Change))
		}
		b.WriteString("\n")
	}
	if it.Summary != "" {
		b.WriteString(esc(it.Summary) + "\n")
	}
	if !it.LastSeen.IsZero() {
		fmt.Fprintf(&b, "Last report <t:%d:R>\n", it.LastSeen.Unix())
	}
	writeSourceLinks(&b, it.Sources)
	e.Description = strings.TrimSpace(b.String())
	if len(it.Sources) > 0 {
		if link, ok := digest.LinkURL(it.Sources[0].URL); ok {
			e.URL = link
		}
	}
	for _, f := range it.Figures {
		// The text names its sources and its "as of" date already
		// (story.FormatFigure): "at least 112 (Reuters) to 126 (SOHR)".
		v := esc(f.Text)
		if lines := f.Running(); len(lines) > 0 {
			v += "\n" + esc(strings.Join(lines, "\n")) // one running toll per originator
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: f.Kind, Value: v, Inline: true})
	}
	return e
}

// writeSourceLinks adds up to five sources, each a link when its URL may
// be one, while they fit the description's budget; the rest are counted.
func writeSourceLinks(b *strings.Builder, srcs []digest.ItemSource) {
	for i, s := range srcs {
		name := s.DisplayName
		if name == "" {
			name = "source not named"
		}
		piece := esc(name) + " · "
		if link, ok := digest.LinkURL(s.URL); ok {
			piece = "[" + esc(name) + "](" + link + ") "
		}
		if i == 5 || utf8.RuneCountInString(b.String())+utf8.RuneCountInString(piece) > descriptionBudget {
			fmt.Fprintf(b, "and %d more sources\n", len(srcs)-i)
			return
		}
		b.WriteString(piece)
	}
}

// esc is digest.EscapeMarkdown: outside text is text.
func esc(s string) string { return digest.EscapeMarkdown(s) }

// SplitMessages packs embeds into messages within Discord's limits: at most
// 10 embeds and 6,000 embed characters per message, each embed within its
// own limits (see FitEmbed). content goes first, split at 2,000 characters.
// Every embed appears once, in order.
func SplitMessages(content string, embeds []*discordgo.MessageEmbed) []*Message {
	var out []*Message
	texts := SplitText(content, maxContent)
	for _, t := range texts {
		out = append(out, &Message{Content: t})
	}
	var cur *Message
	total := 0
	for _, e := range embeds {
		e = FitEmbed(e)
		n := embedLen(e)
		if cur == nil || len(cur.Embeds) == maxEmbeds || total+n > maxEmbedTotal {
			if len(out) > 0 && cur == nil && len(out[len(out)-1].Embeds) == 0 {
				cur = out[len(out)-1]
			} else {
				cur = &Message{}
				out = append(out, cur)
			}
			total = 0
		}
		cur.Embeds = append(cur.Embeds, e)
		total += n
	}
	if len(out) == 0 {
		out = append(out, &Message{Content: "(empty)"})
	}
	return out
}

// FitEmbed returns e within every per-embed limit. What is cut is replaced
// by a visible note, never dropped silently; fields past 25 are merged
// into the last field's note.
func FitEmbed(e *discordgo.MessageEmbed) *discordgo.MessageEmbed {
	c := *e
	c.Title = cut(c.Title, maxTitle)
	c.Description = cut(c.Description, maxDescription)
	if c.Footer != nil {
		f := *c.Footer
		f.Text = cut(f.Text, maxFooter)
		c.Footer = &f
	}
	if c.Author != nil {
		a := *c.Author
		a.Name = cut(a.Name, maxAuthor)
		c.Author = &a
	}
	c.Fields = nil
	for i, f := range e.Fields {
		if i == maxFields-1 && len(e.Fields) > maxFields {
			c.Fields = append(c.Fields, &discordgo.MessageEmbedField{Name: "More",
				Value: fmt.Sprintf("%d more figures not shown: over Discord's 25 fields.", len(e.Fields)-i)})
			break
		}
		c.Fields = append(c.Fields, &discordgo.MessageEmbedField{Name: cut(f.Name, maxFieldName), Value: cut(f.Value, maxFieldValue), Inline: f.Inline})
	}
	shrinkToTotal(&c)
	return &c
}

// shrinkToTotal brings an embed under 6,000 characters: fields go first
// (a last field says how many), then the description and the footer are cut
// with a visible note.
func shrinkToTotal(c *discordgo.MessageEmbed) {
	dropped := 0
	for embedLen(c) > maxEmbedTotal-80 && len(c.Fields) > 0 {
		c.Fields = c.Fields[:len(c.Fields)-1]
		dropped++
	}
	if dropped > 0 {
		c.Fields = append(c.Fields, &discordgo.MessageEmbedField{Name: "More",
			Value: fmt.Sprintf("%d more fields not shown: over Discord's 6,000 characters.", dropped)})
	}
	if over := embedLen(c) - maxEmbedTotal; over > 0 {
		c.Description = cut(c.Description, max(utf8.RuneCountInString(c.Description)-over, 40))
	}
	if over := embedLen(c) - maxEmbedTotal; over > 0 && c.Footer != nil {
		c.Footer.Text = cut(c.Footer.Text, max(utf8.RuneCountInString(c.Footer.Text)-over, 40))
	}
}

// cut shortens s to at most n characters, saying how much was cut.
func cut(s string, n int) string {
	l := utf8.RuneCountInString(s)
	if l <= n {
		return s
	}
	for k := n - 10; k > 0; k-- {
		note := fmt.Sprintf("… [%d more]", l-k)
		if k+utf8.RuneCountInString(note) <= n {
			return string([]rune(s)[:k]) + note
		}
	}
	return string([]rune(s)[:n])
}

// embedLen counts the characters Discord counts toward 6,000.
func embedLen(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	return n
}

// SplitText splits s into pieces of at most limit characters, at line
// breaks where it can; nothing is lost.
func SplitText(s string, limit int) []string {
	var out []string
	for utf8.RuneCountInString(s) > limit {
		r := []rune(s)
		at := limit
		if i := strings.LastIndex(string(r[:limit]), "\n"); i > 0 {
			at = utf8.RuneCountInString(string(r[:limit])[:i]) + 1
		}
		out = append(out, string(r[:at]))
		s = string(r[at:])
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}
