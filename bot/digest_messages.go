package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// continuedRoom is what the note that a digest continues may add to a
// message's content.
const continuedRoom = 64

// DigestMessages renders a digest for scheduled delivery: the messages of
// RenderDigest, split within every Discord limit, each message's content
// short enough for the marker line the digest.Deliverer appends. When the
// digest has more than one message, the first says how many follow and
// each follow-up says it continues the digest: nothing is cut silently.
// When d.ChartFile is set, the first message shows the chart attached to
// it, in an embed of its own ahead of the stories, titled with what it
// draws. The messages hold our own embeds (news.Embed); the Sender maps them
// to Discord's when it sends. It is a digest.Deliverer's Render hook.
func DigestMessages(d *digest.Digest) ([]digest.Message, error) {
	var chart *news.Embed
	if d.ChartFile != "" {
		chart = &news.Embed{Title: digest.Counted(d, d.Generated).Title, Image: d.ChartFile, Colour: chartColour}
	}
	msgs := fitContent(renderDigest(d, chart), digest.MaxMessage-digest.MarkerRoom-continuedRoom)
	out := make([]digest.Message, 0, len(msgs))
	for i, m := range msgs {
		dm := digest.Message{Content: m.Content, Embeds: m.Embeds}
		if len(msgs) > 1 {
			dm.Content = continuedNote(m.Content, i, len(msgs))
		}
		out = append(out, dm)
	}
	return out, nil
}

// fitContent splits each message's content at limit characters: the pieces
// before the last become messages of their own, the last keeps the embeds.
func fitContent(msgs []*Message, limit int) []*Message {
	var out []*Message
	for _, m := range msgs {
		if utf8.RuneCountInString(m.Content) <= limit {
			out = append(out, m)
			continue
		}
		parts := SplitText(m.Content, limit)
		for _, p := range parts[:len(parts)-1] {
			out = append(out, &Message{Content: p})
		}
		out = append(out, &Message{Content: parts[len(parts)-1], Embeds: m.Embeds})
	}
	return out
}

// chartColour is the chart embed's side colour: the chart's background.
const chartColour = 0x2b2d31

// continuedNote adds to the content of message i of n that the digest goes
// on in the following messages, or continues the earlier ones.
func continuedNote(content string, i, n int) string {
	note := fmt.Sprintf("-# Continued in the next %d messages.", n-1)
	if n == 2 {
		note = "-# Continued in the next message."
	}
	if i > 0 {
		note = fmt.Sprintf("-# Digest continued: part %d of %d.", i+1, n)
	}
	if content == "" {
		return note
	}
	return content + "\n" + note
}

// MessagesText renders digest messages as plain text, as a reader of the
// channel would take them in: each message's content, then each embed's
// title, link, text, fields, image and footer. For reviewing a digest
// outside Discord (`bot digest --format embeds`).
func MessagesText(msgs []digest.Message) string {
	var b strings.Builder
	for i, m := range msgs {
		fmt.Fprintf(&b, "=== message %d of %d\n", i+1, len(msgs))
		if m.Content != "" {
			b.WriteString(m.Content + "\n")
		}
		for _, e := range m.Embeds {
			b.WriteString("\n┃ " + e.Title + "\n")
			if e.URL != "" {
				b.WriteString("┃ <" + e.URL + ">\n")
			}
			if e.Image != "" {
				b.WriteString("┃ [image: " + e.Image + "]\n")
			}
			for _, line := range strings.Split(e.Description, "\n") {
				if line != "" {
					b.WriteString("┃ " + line + "\n")
				}
			}
			for _, f := range e.Fields {
				b.WriteString("┃ " + f.Name + ": " + strings.ReplaceAll(f.Value, "\n", "; ") + "\n")
			}
			if e.Footer != "" {
				b.WriteString("┃ — " + e.Footer + "\n")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}
