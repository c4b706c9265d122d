package bot

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
)

func TestValidateMessage(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("a", 2030)
	embed := func(mut func(e *discordgo.MessageEmbed)) *Message {
		e := &discordgo.MessageEmbed{Title: "t", Description: "d", URL: "https://example.org/a",
			Fields: []*discordgo.MessageEmbedField{{Name: "n", Value: "v"}}}
		mut(e)
		return &Message{Embeds: []*discordgo.MessageEmbed{e}}
	}
	tests := []struct {
		name  string
		m     *Message
		nonce string
		want  string // "" for valid
	}{
		{"plain", &Message{Content: "hello"}, "n1", ""},
		{"chart attachment", embed(func(e *discordgo.MessageEmbed) { e.Image = &discordgo.MessageEmbedImage{URL: "attachment://chart.png"} }), "", ""},
		{"url of 2,048", embed(func(e *discordgo.MessageEmbed) { e.URL = long[:2048] }), "", ""},
		{"empty", &Message{}, "", "empty"},
		{"content too long", &Message{Content: strings.Repeat("é", 2001)}, "", "content over 2000"},
		{"nonce too long", &Message{Content: "x"}, strings.Repeat("n", 26), "nonce"},
		{"url over 2,048", embed(func(e *discordgo.MessageEmbed) { e.URL = long + "aaaaaaaaaaaaaaaaaaaaaaaa" }), "", "url over 2048"},
		{"javascript url", embed(func(e *discordgo.MessageEmbed) { e.URL = "javascript:alert(1)" }), "", "not an http(s) link"},
		{"relative url", embed(func(e *discordgo.MessageEmbed) { e.URL = "/phish" }), "", "not an http(s) link"},
		{"attachment as link", embed(func(e *discordgo.MessageEmbed) { e.URL = "attachment://chart.png" }), "", "not an http(s) link"},
		{"author link", embed(func(e *discordgo.MessageEmbed) { e.Author = &discordgo.MessageEmbedAuthor{Name: "a", URL: "ftp://x"} }), "", "author url"},
		{"empty field", embed(func(e *discordgo.MessageEmbed) { e.Fields[0].Value = "" }), "", "field 1 empty"},
		{"field too long", embed(func(e *discordgo.MessageEmbed) { e.Fields[0].Value = strings.Repeat("v", 1025) }), "", "field 1 too long"},
		{"title too long", embed(func(e *discordgo.MessageEmbed) { e.Title = strings.Repeat("t", 257) }), "", "title"},
		{"too much text", &Message{Embeds: []*discordgo.MessageEmbed{{Description: strings.Repeat("d", 4000)}, {Description: strings.Repeat("d", 2001)}}}, "", "over 6000"},
		{"eleven embeds", &Message{Embeds: make([]*discordgo.MessageEmbed, 11)}, "", "more than 10 embeds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := validateMessage(tt.m, tt.nonce)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("refused a valid message: %v", err)
				}
				return
			}
			if news.ErrorCode(err) != news.EINVALID || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want EINVALID naming %q", err, tt.want)
			}
		})
	}
}
