package bot

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestValidateMessage(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("a", 2030)
	chart := []File{{Name: "chart.png", ContentType: "image/png", Data: []byte{1}}}
	embed := func(mut func(e *news.Embed)) *Message {
		e := news.Embed{Title: "t", Description: "d", URL: "https://example.org/a",
			Fields: []news.EmbedField{{Name: "n", Value: "v"}}}
		mut(&e)
		return &Message{Embeds: []news.Embed{e}}
	}
	withChart := embed(func(e *news.Embed) { e.Image = "chart.png" })
	withChart.Files = chart
	tests := []struct {
		name  string
		m     *Message
		nonce string
		want  string // "" for valid
	}{
		{"plain", &Message{Content: "hello"}, "n1", ""},
		{"chart attachment", withChart, "", ""},
		{"url of 2,048", embed(func(e *news.Embed) { e.URL = long[:2048] }), "", ""},
		{"empty", &Message{}, "", "empty"},
		{"content too long", &Message{Content: strings.Repeat("é", 2001)}, "", "content over 2000"},
		{"nonce too long", &Message{Content: "x"}, strings.Repeat("n", 26), "nonce"},
		{"url over 2,048", embed(func(e *news.Embed) { e.URL = long + "aaaaaaaaaaaaaaaaaaaaaaaa" }), "", "url over 2048"},
		{"javascript url", embed(func(e *news.Embed) { e.URL = "javascript:alert(1)" }), "", "not an http(s) link"},
		{"relative url", embed(func(e *news.Embed) { e.URL = "/phish" }), "", "not an http(s) link"},
		{"attachment as link", embed(func(e *news.Embed) { e.URL = "attachment://chart.png" }), "", "not an http(s) link"},
		{"image not attached", embed(func(e *news.Embed) { e.Image = "chart.png" }), "", "not attached"},
		{"empty field", embed(func(e *news.Embed) { e.Fields[0].Value = "" }), "", "field 1 empty"},
		{"field too long", embed(func(e *news.Embed) { e.Fields[0].Value = strings.Repeat("v", 1025) }), "", "field 1 too long"},
		{"title too long", embed(func(e *news.Embed) { e.Title = strings.Repeat("t", 257) }), "", "title"},
		{"empty embed", &Message{Embeds: []news.Embed{{}}}, "", "embed 1: empty"},
		{"too much text", &Message{Embeds: []news.Embed{{Description: strings.Repeat("d", 4000)}, {Description: strings.Repeat("d", 2001)}}}, "", "over 6000"},
		{"eleven embeds", &Message{Embeds: make([]news.Embed, 11)}, "", "more than 10 embeds"},
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
