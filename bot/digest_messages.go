package bot

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/digest"
)

// continuedRoom is what the note that a digest continues may add to a
// message's content.
const continuedRoom = 64

// chartTitle is the title of the embed that shows a digest's chart.
const chartTitle = "Events per category per day"

// DigestMessages renders a digest for scheduled delivery: the embeds of
// RenderDigest, split within every Discord limit, each message's content
// short enough for the marker line the digest.Deliverer appends. When the
// digest has more than one message, the first says how many follow and
// each follow-up says it continues the digest: nothing is cut silently.
// When d.ChartFile is set, the first message shows the chart attached to
// it through attachment://. It is a digest.Deliverer's Render hook.
func DigestMessages(d *digest.Digest) ([]digest.Message, error) {
	msgs := fitContent(RenderDigest(d), digest.MaxMessage-digest.MarkerRoom-continuedRoom)
	if d.ChartFile != "" {
		showChart(msgs[0], d.ChartFile)
	}
	out := make([]digest.Message, 0, len(msgs))
	for i, m := range msgs {
		dm := digest.Message{Content: m.Content}
		if len(msgs) > 1 {
			dm.Content = continuedNote(m.Content, i, len(msgs))
		}
		if len(m.Embeds) > 0 {
			b, err := json.Marshal(m.Embeds)
			if err != nil {
				return nil, fmt.Errorf("encode digest embeds: %w", err)
			}
			dm.Embeds = b
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

// showChart shows the attached chart in the message: in an embed of its
// own ahead of the stories when the message has room for one more, else
// as the first embed's image.
func showChart(m *Message, file string) {
	img := &discordgo.MessageEmbedImage{URL: "attachment://" + file}
	total := 0
	for _, e := range m.Embeds {
		total += embedLen(e)
	}
	if len(m.Embeds) < maxEmbeds && total+len(chartTitle) <= maxEmbedTotal {
		chart := &discordgo.MessageEmbed{Title: chartTitle, Image: img}
		m.Embeds = append([]*discordgo.MessageEmbed{chart}, m.Embeds...)
		return
	}
	first := *m.Embeds[0]
	first.Image = img
	m.Embeds[0] = &first
}

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
