package bot

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
)

// discordEmbeds maps our embeds to Discord's: the one place the bot's
// messages meet Discord's wire format. An embed's image names an
// attachment of the message, which Discord reads as attachment://NAME.
func discordEmbeds(es []news.Embed) []*discordgo.MessageEmbed {
	if len(es) == 0 {
		return nil
	}
	out := make([]*discordgo.MessageEmbed, 0, len(es))
	for _, e := range es {
		d := &discordgo.MessageEmbed{Title: e.Title, URL: e.URL, Description: e.Description, Color: e.Colour}
		for _, f := range e.Fields {
			d.Fields = append(d.Fields, &discordgo.MessageEmbedField{Name: f.Name, Value: f.Value, Inline: f.Inline})
		}
		if e.Footer != "" {
			d.Footer = &discordgo.MessageEmbedFooter{Text: e.Footer}
		}
		if e.Image != "" {
			d.Image = &discordgo.MessageEmbedImage{URL: "attachment://" + e.Image}
		}
		out = append(out, d)
	}
	return out
}

// legacyEmbeds reads the Discord JSON an older version stored in the
// outbox into our embeds. Those versions wrote titles, links, texts,
// colours, fields, footers and the chart as an attachment image, all of
// which our embeds hold; an image at an address (which they never wrote)
// is refused rather than sent as something else.
func legacyEmbeds(raw json.RawMessage) ([]news.Embed, error) {
	var es []*discordgo.MessageEmbed
	if err := json.Unmarshal(raw, &es); err != nil {
		return nil, news.WrapError(news.EINVALID, "The stored digest message has embeds that cannot be read.",
			fmt.Errorf("decode stored embeds: %w", err))
	}
	out := make([]news.Embed, 0, len(es))
	for i, e := range es {
		if e == nil {
			return nil, news.Errorf(news.EINVALID, "The stored digest message has an empty embed (%d).", i+1)
		}
		t := news.Embed{Title: e.Title, URL: e.URL, Description: e.Description, Colour: e.Color}
		for _, f := range e.Fields {
			if f != nil {
				t.Fields = append(t.Fields, news.EmbedField{Name: f.Name, Value: f.Value, Inline: f.Inline})
			}
		}
		if e.Footer != nil {
			t.Footer = e.Footer.Text
		}
		if e.Image != nil {
			name, ok := strings.CutPrefix(e.Image.URL, "attachment://")
			if !ok {
				return nil, news.Errorf(news.EINVALID, "The stored digest message shows an image that is not its attachment.")
			}
			t.Image = name
		}
		out = append(out, t)
	}
	return out, nil
}
