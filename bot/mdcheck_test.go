package bot

import (
	"github.com/conflict-digest/conflict-digest/internal/testutil"
	"github.com/conflict-digest/conflict-digest/news"
)

// markdownLeaks is testutil.MarkdownLeaks: what in md would be a link, a
// mention or a web address of outside text's making.
func markdownLeaks(md string, allowed map[string]bool) []string {
	return testutil.MarkdownLeaks(md, allowed)
}

// messageLeaks checks a whole message: its content and every embed text
// Discord reads as Markdown; an embed's URL must be an allowed link.
func messageLeaks(m *Message, allowed map[string]bool) []string {
	leaks := markdownLeaks(m.Content, allowed)
	for _, e := range m.Embeds {
		leaks = append(leaks, embedLeaks(e, allowed)...)
	}
	return leaks
}

func embedLeaks(e news.Embed, allowed map[string]bool) []string {
	leaks := append(markdownLeaks(e.Title, allowed), markdownLeaks(e.Description, allowed)...)
	leaks = append(leaks, markdownLeaks(e.Footer, allowed)...)
	for _, f := range e.Fields {
		leaks = append(leaks, markdownLeaks(f.Name, allowed)...)
		leaks = append(leaks, markdownLeaks(f.Value, allowed)...)
	}
	if e.URL != "" && !allowed[e.URL] {
		leaks = append(leaks, "embed URL "+e.URL)
	}
	return leaks
}
