package digest

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Truce holds in Idlib", "Truce holds in Idlib"},
		{"[Official UN statement](https://evil.example/phish)", `\[Official UN statement\](https\://evil.example/phish)`},
		{"@everyone <@123>", "@\u200beveryone \\<@\u200b123\\>"},
		{"# big\n> quote", "\\# big\n\\> quote"},
		{`\[x]`, `\\\[x\]`},
		{"a\u202eb\u200dc\td", "abc d"},
		{"||spoiler|| `code` *b* _i_ ~~s~~", "\\|\\|spoiler\\|\\| \\`code\\` \\*b\\* \\_i\\_ \\~\\~s\\~\\~"},
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLinkURL(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("a", 2101-len("https://example.org/"))
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"https://www.reuters.com/world/a", "https://www.reuters.com/world/a", true},
		{" http://example.org/a b ", "http://example.org/a%20b", true},
		{"https://example.org/a)(b)[c]<d>", "https://example.org/a%29%28b%29%5Bc%5D%3Cd%3E", true},
		{"javascript:alert(1)", "", false},
		{"data:text/html,<b>", "", false},
		{"//example.org/x", "", false},
		{"https://bank.example@evil.example/", "", false},
		{"https:evil.example", "", false},
		{"https://example.org/\nx", "", false},
		{long, "", false},
		{long[:2048], long[:2048], true},
	}
	for _, tt := range tests {
		got, ok := LinkURL(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("LinkURL(%.60q) = %.60q, %v; want %.60q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// The JSON tells an item's text as the Markdown does: the replacement
// characters a broken encoding left for quotation marks are gone (text
// audit, fakes-576: "\ufffd\ufffdAround 15 young Assyrians ...").
func TestItemJSONDropsReplacementCharacters(t *testing.T) {
	it := Item{Headline: "Shelling hits Velm", Summary: "A monitor said. \ufffd\ufffdAround 12 fighters were killed he said.",
		Development: "\ufffd\ufffdTalks resume"}
	b, err := json.Marshal(it)
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Headline, Summary, Development string }
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Summary != "A monitor said. Around 12 fighters were killed he said." || got.Development != "Talks resume" || got.Headline != "Shelling hits Velm" {
		t.Errorf("json text = %+v", got)
	}
}
