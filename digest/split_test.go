package digest

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

func digestOf(t testing.TB, stories memStories) *Digest {
	t.Helper()
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: t0}, t0.Add(48*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestMessagesKeepEverything(t *testing.T) {
	var stories memStories
	for i := int64(1); i <= 12; i++ {
		stories = append(stories, testStory(i, news.Categories[i%4], t0.Add(time.Duration(i)*time.Hour),
			strings.Repeat(fmt.Sprintf("Sentence %d of the story. ", i), 10)))
	}
	d := digestOf(t, stories)
	var full bytes.Buffer
	if err := RenderMarkdown(&full, d); err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{300, 700, MaxMessage} {
		msgs := Messages(d, limit)
		joined := strings.Join(msgs, "\n\n")
		for i, m := range msgs {
			if n := utf8.RuneCountInString(m); n > limit {
				t.Errorf("limit %d: message %d has %d characters", limit, i, n)
			}
		}
		for i := 1; i <= 12; i++ {
			if n := strings.Count(joined, fmt.Sprintf("**Story %d**", i)); n != 1 {
				t.Errorf("limit %d: story %d appears %d times", limit, i, n)
			}
		}
		if !strings.HasSuffix(msgs[len(msgs)-1], d.Footer) {
			t.Errorf("limit %d: the footer is not at the end", limit)
		}
		if len(msgs) > 1 && !strings.Contains(joined, "(continued)") {
			t.Errorf("limit %d: a split section is not marked continued", limit)
		}
	}
	if msgs := Messages(d, MaxMessage); len(msgs) != 1 && full.Len() < MaxMessage {
		t.Errorf("a digest that fits is split in %d", len(msgs))
	}
}

func FuzzMessages(f *testing.F) {
	f.Add("Air strike kills 12 in *Idlib*", "At least 12 people were killed. The toll may rise.", 3, 400)
	f.Add(strings.Repeat("x", 3000), strings.Repeat("word ", 900), 2, 100)
	f.Add("@everyone [link](http://x)", "```code``` <@123> # heading\n\n## not a header", 1, MaxMessage)
	f.Fuzz(func(t *testing.T, headline, summary string, n, limit int) {
		n = 1 + abs(n)%20
		limit = 80 + abs(limit)%MaxMessage
		var stories memStories
		for i := range n {
			s := testStory(int64(i+1), news.Categories[i%4], t0.Add(time.Hour), summary)
			s.Headline = headline
			stories = append(stories, s)
		}
		msgs := Messages(digestOf(t, stories), limit)
		if len(msgs) == 0 {
			t.Fatal("no messages")
		}
		for i, m := range msgs {
			if c := utf8.RuneCountInString(m); c > limit {
				t.Fatalf("message %d has %d characters, limit %d", i, c, limit)
			}
			if strings.Contains(m, "@everyone") {
				t.Fatalf("message %d carries a live mention", i)
			}
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// TestMessagesBadInput: without a limit (the command line's digest), a
// period of 5,000 stories, a story of 300 sources, a headline of 1,000
// characters and right-to-left text are cut into Discord-sized messages
// with every story once and nothing but the marks Discord needs changed.
func TestMessagesBadInput(t *testing.T) {
	var stories memStories
	for i := int64(1); i <= 5000; i++ {
		stories = append(stories, testStory(i, news.Categories[i%4], t0.Add(time.Duration(i)*time.Minute), "Shelling hit the town."))
	}
	big := testStory(5001, news.Humanitarian, t0.Add(time.Hour), "\u202eقتل عشرة مدنيين في غارات على إدلب. "+strings.Repeat("ä", 1000))
	big.Headline = "Story 5001 " + strings.Repeat("word ", 200)
	for k := range 300 {
		big.Sources = append(big.Sources, news.StorySource{SourceName: fmt.Sprint("outlet", k), URL: fmt.Sprintf("https://example.org/x/%d", k), Published: t0})
	}
	stories = append(stories, big)
	d := digestOf(t, stories)
	msgs := Messages(d, MaxMessage)
	joined := strings.Join(msgs, "\n")
	for i, m := range msgs {
		if n := utf8.RuneCountInString(m); n > MaxMessage {
			t.Fatalf("message %d has %d characters", i, n)
		}
	}
	for _, s := range []string{"**Story 1**", "**Story 2500**", "**Story 5000**", "**Story 5001 word"} {
		if n := strings.Count(joined, s); n != 1 {
			t.Errorf("%s appears %d times", s, n)
		}
	}
	if strings.ContainsRune(joined, '\u202e') {
		t.Error("a bidi override is left")
	}
	if !strings.Contains(joined, "301 sources") || !strings.Contains(joined, "and 296 more") {
		i := strings.Index(joined, "**Story 5001")
		t.Errorf("the story of 300 sources is not named as such: %q", joined[i:min(len(joined), i+3000)])
	}
}
