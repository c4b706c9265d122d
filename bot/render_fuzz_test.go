package bot

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// hostileStory is a story whose every text came from a hostile feed.
func hostileStory(headline, summary, name, link, title, by string, guild bool) news.Story {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	src := news.StorySource{SourceName: name, URL: link, Title: title, Published: now.Add(-time.Hour)}
	if guild {
		src.GuildID = "300000000000000007"
	}
	return news.Story{
		Headline: headline, Summary: summary, Categories: []news.Category{news.Violence},
		FirstSeen: now.Add(-2 * time.Hour), LastSeen: now.Add(-time.Hour), Updated: now,
		Figures: []news.StoryFigure{{Kind: "killed", Low: news.Figure{Value: 3, Qualifier: news.AtLeast},
			High: news.Figure{Value: 5}, Latest: news.Figure{Value: 5}, LowBy: by, HighBy: name, By: name, AsOf: now}},
		Sources: []news.StorySource{src, {SourceName: "reuters", URL: "https://www.reuters.com/world/x", Published: now.Add(-2 * time.Hour)}},
	}
}

// storyList is stories as a test gives them to the renderer, sources and
// all, with no store between: what a reader's view of a guild's story
// holds, without building the view.
type storyList []news.Story

func (l storyList) Stories(context.Context, news.DigestFilter) ([]news.Story, error) { return l, nil }

// renderHostile renders s the two ways the bot shows digests — as a
// /latest or preview reply and as scheduled messages — and returns every
// message, with the links the renderer may make.
func renderHostile(t *testing.T, s news.Story) ([]*Message, map[string]bool) {
	t.Helper()
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	d, err := digest.Build(context.Background(), storyList{s}, news.DigestFilter{Since: now.Add(-24 * time.Hour)}, now)
	if err != nil {
		t.Fatal(err)
	}
	msgs := RenderDigest(d)
	scheduled, err := DigestMessages(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range scheduled {
		msgs = append(msgs, &Message{Content: m.Content, Embeds: m.Embeds})
	}
	allowed := map[string]bool{}
	for _, src := range s.Sources {
		if u, ok := digest.LinkURL(src.URL); ok {
			allowed[u] = true
		}
	}
	return msgs, allowed
}

// FuzzRenderHostileFeed: whatever a feed puts in a story's headline,
// summary, outlet name, link, title and figures, no Markdown link, mention
// or web address of its making reaches a message, only http(s) URLs of at
// most 2,048 characters become links, and a guild's feed shows as the
// guild's (issue 11: masked links, javascript: URLs and mentions from one
// guild's feed were delivered as such to another).
func FuzzRenderHostileFeed(f *testing.F) {
	f.Add("Truce holds", "A truce began.", "reuters", "https://www.reuters.com/a", "Truce", "sohr", false)
	f.Add("[Official UN statement](https://evil.example/phish)", "[Evil](javascript:alert(1)) <@123> @everyone <#456> <@&789>",
		"Reuters](https://evil.example) [x", "javascript:alert(1)", "see https://evil.example", "<@1>", true)
	f.Add("# heading", "> quote\n-# small\n||spoiler|| `code` ***b*** ~~s~~ \\[esc](https://evil.example)", "@here",
		"https://evil.example/"+strings.Repeat("a", 2100), "https://bbc.co.uk", "[a](https://x.example)", true)
	f.Add("\u202eevil\u202c", "<t:1:R> <:emoji:1> </cmd:1> <https://evil.example> http://evil.example steam://run/1", "x",
		"https://ok.example/a)(b)[c]<d>\"e", "t", "b", false)
	f.Add("\\", "\\\\[a\\](https://evil.example)", "\\@everyone", "http://user:pass@ok.example/", "\\", "\\", false)
	f.Fuzz(func(t *testing.T, headline, summary, name, link, title, by string, guild bool) {
		s := hostileStory(headline, summary, name, link, title, by, guild)
		msgs, allowed := renderHostile(t, s)
		for _, m := range msgs {
			if leaks := messageLeaks(m, allowed); len(leaks) > 0 {
				t.Fatalf("feed text leaked as Markdown: %q\ncontent %q\nembeds %s", leaks, m.Content, mustJSON(m.Embeds))
			}
			for _, e := range m.Embeds {
				if len(e.URL) > digest.MaxLinkURL || (e.URL != "" && !strings.HasPrefix(e.URL, "http://") && !strings.HasPrefix(e.URL, "https://")) {
					t.Fatalf("embed URL %q", e.URL)
				}
				if guild && e.Image == "" && !strings.Contains(e.Description, "(server feed)") {
					t.Fatalf("a guild's feed is not shown as the server's: %q", e.Description)
				}
			}
		}
	})
}

func mustJSON(v any) string { b, _ := json.Marshal(v); return string(b) }
