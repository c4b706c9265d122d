package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/lang"
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

// categoryColours give each digest section its colour: the Okabe–Ito
// colours of the chart, which readers with colour blindness tell apart.
var categoryColours = map[news.Category]int{
	news.Talks:        0x56b4e9,
	news.Ceasefire:    0x009e73,
	news.Humanitarian: 0xf0e442,
	news.Violence:     0xd55e00,
}

// RenderDigest renders a digest as Discord messages. The first message's
// text gives the period, the key developments, a line per conflict and,
// when the digest keeps to its limit, how many stories it leaves out and
// where to read them. Each story is an embed in its section's colour:
// its section and change of state (or its ceasefire's state), the days it
// was reported on and its place, what is new since the reader's last
// digest, its summary, its figures one line per originator, and its
// sources, each outlet once, linked where there is a link. The digest's
// footer closes the last embed. Nothing is dropped: what does not fit one
// message goes into the next.
func RenderDigest(d *digest.Digest) []*Message { return renderDigest(d, nil) }

// renderDigest is RenderDigest with lead (the chart's embed) before the
// stories, packed with them so that it stays in the first message.
func renderDigest(d *digest.Digest, lead *news.Embed) []*Message {
	var embeds []news.Embed
	if lead != nil {
		embeds = append(embeds, *lead)
	}
	for _, sec := range d.Sections {
		for i := range sec.Items {
			embeds = append(embeds, itemEmbed(&sec.Items[i]))
		}
	}
	head := digestHead(d)
	if len(embeds) > 0 && (lead == nil || len(embeds) > 1) {
		embeds[len(embeds)-1].Footer = esc(d.Footer)
	} else {
		head += "\n-# " + esc(d.Footer)
	}
	return SplitMessages(head, embeds)
}

// digestHead is the text the first message opens with.
func digestHead(d *digest.Digest) string {
	var b strings.Builder
	b.WriteString("## Conflict digest · " + esc(d.Period))
	if d.Empty() {
		b.WriteString("\n" + esc(digest.QuietNote(d)))
	}
	if len(d.Key) > 0 {
		b.WriteString("\n**Key developments**")
		for i, k := range d.Key {
			fmt.Fprintf(&b, "\n%d. %s", i+1, esc(k.Text))
		}
	}
	if len(d.Trends) > 0 {
		b.WriteString("\n**By conflict**")
		for _, t := range d.Trends {
			b.WriteString("\n- " + esc(digest.TrendLine(t)))
		}
	}
	if n := d.OverLimit(); n > 0 {
		b.WriteString("\n-# " + esc(digest.MoreLine(d, n)))
	}
	if line := digest.OutsideLine(d); line != "" {
		b.WriteString("\n-# " + esc(line))
	}
	return b.String()
}

// itemEmbed renders one story. Everything from a feed (headline, summary,
// outlet names, figure texts) is escaped Markdown; only http(s) URLs of at
// most 2,048 characters become links, and none is taken from text.
func itemEmbed(it *digest.Item) news.Embed {
	e := news.Embed{Title: esc(it.Headline), Colour: categoryColours[it.Section]}
	if it.Track != 0 {
		e.Title = "↳ " + e.Title // a development of the item above it (its truce, its talks)
	}
	var b strings.Builder
	b.WriteString("**" + digest.SectionTitles[string(it.Section)] + "**")
	if t := digest.TrackText(it); t != "" {
		b.WriteString(" · " + t)
	}
	switch {
	case it.Change != "":
		b.WriteString(" · " + digest.Arrow(it.Direction) + " " + esc(it.Change))
	case it.ShowsTruce():
		b.WriteString(" · " + esc(digest.TruceText(it)))
	}
	var when []string
	if dates := it.Dates(); dates != "" {
		when = append(when, dates)
	}
	if it.Place != "" {
		when = append(when, esc(it.Place))
	}
	if h := digest.HistoryText(it); h != "" {
		when = append(when, h)
	}
	if l := digest.LateText(it); l != "" {
		when = append(when, l)
	}
	if len(when) > 0 {
		b.WriteString("\n*" + strings.Join(when, " · ") + "*")
	}
	if s := digest.SinceText(it); s != "" {
		b.WriteString("\n**" + esc(s) + "**")
	}
	if acts := digest.ActLines(it); len(acts) > 0 {
		for _, a := range acts {
			b.WriteString("\n• " + esc(a))
		}
	} else if it.Summary != "" {
		b.WriteString("\n" + esc(it.Summary))
	}
	if d := digest.DevelopmentText(it); d != "" {
		b.WriteString("\n" + esc(d))
	}
	if o := digest.OtherEventText(it); o != "" {
		b.WriteString("\n" + esc(o))
	}
	b.WriteString("\n" + sourceLinks(it))
	e.Description = b.String()
	if src := it.OutletSources(); len(src) > 0 {
		if link, ok := digest.LinkURL(src[0].URL); ok {
			e.URL = link
		}
	}
	e.Fields = figureFields(it)
	return e
}

// figureFields are an item's figures, a field per kind with a line per
// originator ("SOHR: 58 → 72 → at least 86"), or the figure's range and
// date when no originator's line says more.
func figureFields(it *digest.Item) []news.EmbedField {
	var out []news.EmbedField
	for _, f := range it.Figures {
		v := esc(f.Text)
		if len(f.Lines) > 0 {
			v = fieldLines(f.Lines)
		}
		out = append(out, news.EmbedField{Name: strings.ToUpper(f.Kind[:1]) + f.Kind[1:], Value: v, Inline: true})
	}
	return out
}

// fieldLines joins a figure's lines, escaped, as many whole lines as fit a
// field's 1,024 characters (dated counts make lines long), the rest
// counted: a line is never cut in the middle of a count or its day.
func fieldLines(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		line := esc(l)
		if i > 0 {
			line = "\n" + line
		}
		reserve := 0 // room for the count of the lines after it, should they not fit
		if i < len(lines)-1 {
			reserve = len(fmt.Sprintf("\nand %d more", len(lines)-i-1))
		}
		if utf8.RuneCountInString(b.String())+utf8.RuneCountInString(line)+reserve > maxFieldValue {
			if i == 0 {
				return cut(esc(l), maxFieldValue)
			}
			fmt.Fprintf(&b, "\nand %d more", len(lines)-i)
			break
		}
		b.WriteString(line)
	}
	return b.String()
}

// maxLinkedOutlets is how many outlets an embed names; the rest are
// counted.
const maxLinkedOutlets = 5

// sourceLinks names each outlet once, linking its newest article where
// there is a link and naming the outlet where there is none, while they
// fit the description's budget; the rest are counted. The reports dated
// before the events follow apart, each with its outlet and date
// (digest.MisdatedText).
func sourceLinks(it *digest.Item) string {
	outlets, misdated := it.ToldOutlets()
	var b strings.Builder
	fmt.Fprintf(&b, "*%s:* ", digest.SourceCount(it))
	for i, s := range outlets {
		piece := esc(s.Outlet())
		if link, ok := digest.LinkURL(s.URL); ok {
			piece = "[" + piece + "](" + link + ")"
		}
		if note := digest.EarlierNote(it, &s); note != "" {
			piece += " (" + esc(note) + ")"
		}
		if i == maxLinkedOutlets || utf8.RuneCountInString(b.String())+utf8.RuneCountInString(piece) > descriptionBudget/2 {
			fmt.Fprintf(&b, " and %d more", len(outlets)-i)
			break
		}
		if i > 0 {
			b.WriteString(" · ")
		}
		b.WriteString(piece)
	}
	if len(misdated) > 0 {
		fmt.Fprintf(&b, "; %s: ", esc(digest.MisdatedText(it)))
		for i, s := range misdated {
			if i == maxLinkedOutlets {
				fmt.Fprintf(&b, " and %d more", len(misdated)-i)
				break
			}
			if i > 0 {
				b.WriteString(" · ")
			}
			b.WriteString(esc(s.Outlet()) + " (" + esc(digest.FormatDate(s.Published)) + ")")
		}
	}
	if o := digest.DevelopmentOutlet(it); o != "" {
		b.WriteString("; also reported: " + esc(o))
	}
	return b.String()
}

// descriptionBudget is what an item's description may take of Discord's
// 4,096: the links are added whole while they fit, so that no cut ever
// falls inside one (a cut link's address would become a different one).
const descriptionBudget = 3500

// esc is digest.EscapeMarkdown: outside text is text.
func esc(s string) string { return digest.EscapeMarkdown(s) }

// SplitMessages packs embeds into messages within Discord's limits: at most
// 10 embeds and 6,000 embed characters per message, each embed within its
// own limits (see FitEmbed). content goes first, split at 2,000 characters.
// Every embed appears once, in order.
func SplitMessages(content string, embeds []news.Embed) []*Message {
	var out []*Message
	for _, t := range SplitText(content, maxContent) {
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
func FitEmbed(e news.Embed) news.Embed {
	c := e
	c.Title = cut(c.Title, maxTitle)
	c.Description = cut(c.Description, maxDescription)
	c.Footer = cut(c.Footer, maxFooter)
	c.Fields = nil
	for i, f := range e.Fields {
		if i == maxFields-1 && len(e.Fields) > maxFields {
			c.Fields = append(c.Fields, news.EmbedField{Name: "More",
				Value: fmt.Sprintf("%d more %s not shown: over Discord's 25 fields.", len(e.Fields)-i, lang.Plural(len(e.Fields)-i, "figure", "figures"))})
			break
		}
		name, value := cut(f.Name, maxFieldName), cut(f.Value, maxFieldValue)
		if name == "" {
			name = "·"
		}
		if value == "" {
			value = "·"
		}
		c.Fields = append(c.Fields, news.EmbedField{Name: name, Value: value, Inline: f.Inline})
	}
	shrinkToTotal(&c)
	return c
}

// shrinkToTotal brings an embed under 6,000 characters: fields go first
// (a last field says how many), then the description and the footer are cut
// with a visible note.
func shrinkToTotal(c *news.Embed) {
	dropped := 0
	for embedLen(*c) > maxEmbedTotal-80 && len(c.Fields) > 0 {
		c.Fields = c.Fields[:len(c.Fields)-1]
		dropped++
	}
	if dropped > 0 {
		c.Fields = append(c.Fields, news.EmbedField{Name: "More",
			Value: fmt.Sprintf("%d more %s not shown: over Discord's 6,000 characters.", dropped, lang.Plural(dropped, "field", "fields"))})
	}
	if over := embedLen(*c) - maxEmbedTotal; over > 0 {
		c.Description = cut(c.Description, max(utf8.RuneCountInString(c.Description)-over, 40))
	}
	if over := embedLen(*c) - maxEmbedTotal; over > 0 && c.Footer != "" {
		c.Footer = cut(c.Footer, max(utf8.RuneCountInString(c.Footer)-over, 40))
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
func embedLen(e news.Embed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description) + utf8.RuneCountInString(e.Footer)
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
