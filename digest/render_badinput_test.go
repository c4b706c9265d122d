package digest

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestMarkdownBadInput: the command line's standard Markdown of a period
// with nothing, of 5,000 stories, of one story of 300 sources, of
// headlines of 1,000 characters, of text that is all markup and of
// right-to-left scripts: every story is there once, every block is one of
// ours (no heading, list, quote, code fence, HTML or link of a feed's
// making), outside text is cut only at its caps and whole words, bidi
// overrides are gone and the scripts kept.
func TestMarkdownBadInput(t *testing.T) {
	at := day("2017-04-12")
	mk := func(id int64, headline, summary string, sources int) news.Story {
		s := testStory(id, news.Categories[id%4], at, summary)
		s.Headline = headline
		for k := 1; k < sources; k++ {
			s.Sources = append(s.Sources, news.StorySource{ExternalID: fmt.Sprintf("a%d-%d", id, k), SourceName: fmt.Sprint("outlet", k),
				URL: fmt.Sprintf("https://example.org/%d/%d", id, k), Published: at})
		}
		return s
	}
	markup := strings.Repeat("~~~\n```go\n<div><script>alert(1)</script></div> [x](https://evil.example) ![i](https://evil.example/i.png) **b** # h\n> q\n- l\n1. n\n---\n=== | t |\n", 20)
	rtl := "\u202eقتل عشرة مدنيين في غارات على إدلب، وفق المرصد السوري. הותקפו שיירות סיוע בעזה."
	tests := []struct {
		name    string
		stories memStories
	}{
		{"nothing", nil},
		{"5,000 stories", func() memStories {
			var out memStories
			for i := int64(1); i <= 5000; i++ {
				out = append(out, mk(i, fmt.Sprintf("Story %d", i), "Shelling hit the town.", 1))
			}
			return out
		}()},
		{"one story of 300 sources", memStories{mk(1, "Convoy hit near Aleppo", "An aid convoy was hit.", 300)}},
		{"headlines of 1,000 characters", memStories{mk(1, strings.Repeat("Headline word ", 72), strings.Repeat("Sentence of a summary. ", 60), 2),
			mk(2, strings.Repeat("ä", 1000), "Short.", 1)}},
		{"all markup", memStories{mk(1, markup, markup, 3), mk(2, "- 1. ~~~", "1) --- ===", 1)}},
		{"right-to-left", memStories{mk(1, rtl, rtl+" "+rtl, 2), mk(2, "\u200fמלחמה בעזה", rtl, 1)}},
	}
	// ours are the first lines of the blocks the renderer writes.
	ours := regexp.MustCompile(`^(# Conflict digest · |## (Key developments|By conflict|Talks|Ceasefire|Humanitarian|Violence)$|### |\*|- |\d+ sources?: |---$)`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Build(context.Background(), tt.stories, news.DigestFilter{Since: day("2017-04-10"), Until: day("2017-04-17")}, at.Add(time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := RenderMarkdown(&b, d); err != nil {
				t.Fatal(err)
			}
			md := b.String()
			if len(tt.stories) == 0 && !strings.Contains(md, "No new developments (10–16 Apr 2017).") {
				t.Errorf("an empty period says:\n%s", md)
			}
			if got := strings.Count(md, "\n### "); got != len(tt.stories) {
				t.Errorf("%d story headings for %d stories", got, len(tt.stories))
			}
			for _, block := range strings.Split(md, "\n\n") {
				first, _, _ := strings.Cut(block, "\n")
				if !ours.MatchString(first) && !isSummary(first) {
					t.Errorf("a block of the feed's making: %q", clip(first, 80))
				}
			}
			for _, leak := range []string{"<div", "<script", "](https://evil", "\u202e", "\n~~~", "\n```", "\n> ", "\n1. ", "\n="} {
				if unescaped(md, leak) {
					t.Errorf("the Markdown carries %q unescaped", leak)
				}
			}
			for _, line := range strings.Split(md, "\n") {
				if strings.HasPrefix(line, "### ") && utf8.RuneCountInString(line) > 4+2*maxHeadline {
					t.Errorf("a headline of %d characters", utf8.RuneCountInString(line))
				}
			}
			switch tt.name {
			case "one story of 300 sources":
				if !strings.Contains(md, "300 sources: ") || !strings.Contains(md, "and 290 more") {
					t.Errorf("the 300 sources are not named ten and counted:\n%s", md)
				}
			case "right-to-left":
				if !strings.Contains(md, "قتل عشرة مدنيين") || !strings.Contains(md, "מלחמה בעזה") {
					t.Errorf("the right-to-left text is lost:\n%s", md)
				}
			}
		})
	}
}

// isSummary reports whether a line is a paragraph of outside text: it
// starts with no block marker a Markdown reader would act on.
func isSummary(line string) bool {
	return line != "" && !strings.ContainsAny(line[:1], "#>-+=*`~<|[!") && !listNumber.MatchString(line) &&
		!strings.HasPrefix(line, "    ")
}

var listNumber = regexp.MustCompile(`^\d+[.)]`)

// unescaped reports whether md holds s with no backslash before it.
func unescaped(md, s string) bool {
	for i := 0; ; {
		j := strings.Index(md[i:], s)
		if j < 0 {
			return false
		}
		if i+j == 0 || md[i+j-1] != '\\' {
			return true
		}
		i += j + 1
	}
}
