package testutil

import "testing"

// TestMarkdownLeaks: the checker the renderer's fuzz tests rely on finds
// each kind of leak, and passes escaped text and the allowed links.
func TestMarkdownLeaks(t *testing.T) {
	allowed := map[string]bool{"https://ok.example/a": true}
	leaky := []string{
		"[Official UN statement](https://evil.example/phish)",
		"[Evil](javascript:alert(1))",
		"[https://ok.example/a](https://ok.example/a)",
		"see https://evil.example/login",
		"<https://evil.example>", "<@123>", "<@&5>", "<#9>", "<:e:1>", "</cmd:1>", "@everyone", "@here",
		`\\[x](https://evil.example)`,
	}
	for _, s := range leaky {
		if len(MarkdownLeaks(s, allowed)) == 0 {
			t.Errorf("no leak found in %q", s)
		}
	}
	safe := []string{
		`\[Official UN statement\](https\://evil.example/phish)`,
		"[Reuters](https://ok.example/a)", "Last report <t:1700000000:R>",
		"@\u200beveryone", `\<@123\>`, "plain words",
	}
	for _, s := range safe {
		if l := MarkdownLeaks(s, allowed); len(l) > 0 {
			t.Errorf("%q: leaks %q found in safe text", s, l)
		}
	}
}
