package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestDigestBadInput: a period with nothing, with 5,000 stories, with one
// story of 300 sources, headlines of 1,000 characters, text that is all
// markup, right-to-left scripts: each digest renders within Discord's
// limits as a subscription gets it, says what it leaves out, and leaves
// nothing out unsaid; the left-out stories are all in the digest's list.
func TestDigestBadInput(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	story := func(i int, headline, summary string, sources int) *news.Story {
		s := &news.Story{Headline: headline, Summary: summary, Categories: []news.Category{news.Categories[i%4]},
			FirstSeen: now.Add(-time.Duration(i%20+1) * time.Hour), LastSeen: now.Add(-time.Hour), Updated: now,
			Places: []news.Entity{{Name: "حلب", Kind: "city", Conflict: "syria", Lead: true}}}
		for k := range sources {
			s.Sources = append(s.Sources, news.StorySource{SourceName: fmt.Sprint("outlet-", k),
				URL: fmt.Sprintf("https://example.org/%d/%d", i, k), Published: now.Add(-time.Duration(k%20+1) * time.Hour)})
		}
		return s
	}
	markup := strings.Repeat("<div><script>@everyone</script>**[x](https://evil.example)** `code` ||s|| # h\n> q\n", 40)
	rtl := "\u202eقتل عشرة مدنيين في غارات على إدلب، وفق المرصد السوري لحقوق الإنسان. " + "הותקפו שיירות סיוע בעזה."
	tests := []struct {
		name    string
		stories []*news.Story
	}{
		{"nothing", nil},
		{"5,000 stories", func() []*news.Story {
			var out []*news.Story
			for i := range 5000 {
				out = append(out, story(i, fmt.Sprintf("Story %d", i), "Shelling hit the town.", 1+i%3))
			}
			return out
		}()},
		{"one story of 300 sources", []*news.Story{story(1, "Convoy hit near Aleppo", "An aid convoy was hit.", 300)}},
		{"headlines of 1,000 characters", []*news.Story{story(1, strings.Repeat("Headline word ", 72), strings.Repeat("Sentence of a summary. ", 60), 2),
			story(2, strings.Repeat("ä", 1000), "Short.", 1)}},
		{"all markup", []*news.Story{story(1, markup, markup, 3)}},
		{"four acts of 1,000 characters", func() []*news.Story {
			s := story(2, strings.Repeat("Headline word ", 72), strings.Repeat("Sentence of a summary. ", 60), 4)
			s.Development = strings.Repeat("On Monday a convoy reached the town. ", 30)
			for k := range 4 {
				s.Acts = append(s.Acts, news.StoryAct{Day: now.AddDate(0, 0, k-4), Text: strings.Repeat("A minister said on Monday inspectors must get in. ", 20),
					Headline: strings.Repeat("Act ", 250), ArticleIDs: []string{fmt.Sprint("a", k)}, Sources: []string{"outlet-1", "outlet-2"}})
			}
			return []*news.Story{s}
		}()},
		{"right-to-left", []*news.Story{story(1, rtl, rtl+" "+rtl, 2), story(2, "\u200fמלחמה בעזה", rtl, 1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := newMemStore()
			for _, s := range tt.stories {
				store.CreateStory(context.Background(), s)
			}
			sub := &news.Subscription{ID: 1, GuildID: "g", Schedule: "hourly"}
			f := digest.SubscriptionFilter(sub, now.Add(-48*time.Hour), now)
			d, err := digest.Build(context.Background(), store, f, now)
			if err != nil {
				t.Fatal(err)
			}
			png, err := digest.Chart(d, now)
			if err != nil {
				t.Fatal(err)
			}
			if png != nil {
				d.ChartFile = digest.ChartFile
			}
			msgs, err := DigestMessages(d)
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) > 3 {
				t.Errorf("%d messages: a digest is one or two (three at most with its head)", len(msgs))
			}
			shown := checkBadInputMessages(t, msgs)
			if shown != len(d.StoryIDs()) {
				t.Errorf("%d story embeds for %d stories shown", shown, len(d.StoryIDs()))
			}
			if n := len(tt.stories) - len(d.StoryIDs()); n > 0 {
				all := msgs[0].Content
				if want := fmt.Sprintf("%d more", n); !strings.Contains(all, want) || d.OverLimit() != n {
					t.Errorf("%d stories left out, the first message says %q; want %q", n, all, want)
				}
			}
			if len(tt.stories) == 0 && !strings.Contains(msgs[0].Content, "No new developments") {
				t.Errorf("an empty period says %q", msgs[0].Content)
			}
		})
	}
}

// checkBadInputMessages fails on any limit broken or mention or bidi
// override left, and returns the story embeds.
func checkBadInputMessages(t *testing.T, msgs []digest.Message) (stories int) {
	t.Helper()
	for i, m := range msgs {
		if n := utf8.RuneCountInString(m.Content); n > digest.MaxMessage-digest.MarkerRoom {
			t.Errorf("message %d: %d characters", i+1, n)
		}
		stories += checkEmbedLimits(t, i, m.Embeds)
		msg := &Message{Content: m.Content, Embeds: m.Embeds}
		if m.Embeds != nil && len(m.Embeds) > 0 && m.Embeds[0].Image != "" {
			msg.Files = []File{{Name: m.Embeds[0].Image, Data: []byte{1}}}
		}
		if err := validateMessage(msg, "n"); err != nil {
			t.Errorf("message %d refused: %v", i+1, err)
		}
		all := m.Content
		for _, e := range m.Embeds {
			all += e.Title + e.Description + e.Footer
			for _, f := range e.Fields {
				all += f.Name + f.Value
			}
		}
		if strings.Contains(all, "@everyone") || strings.ContainsRune(all, '\u202e') || strings.Contains(all, "](https://evil") {
			t.Errorf("message %d carries a live mention, a bidi override or a link from the feed", i+1)
		}
	}
	return stories
}
