package feed

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

func FuzzReadJSONL(f *testing.F) {
	f.Add(readTestdata(f, "fakes-sample.jsonl"))
	f.Add([]byte("{\"id\":\"a\",\"text\":\"b\",\"published\":\"2016-01-02\"}\nnot json\n{\"id\":1}"))
	f.Add([]byte("\n\n\r\n{\"id\":\"\\u0000\",\"text\":\"\\ud800\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		n := 0
		err := ReadJSONL(bytes.NewReader(data), func(a news.Article) error {
			n++
			if a.ExternalID == "" || strings.TrimSpace(a.Text) == "" && a.Text != "" {
				t.Fatalf("article without id: %+v", a)
			}
			if !a.Published.IsZero() && a.Published.Location().String() != "UTC" {
				t.Fatalf("published not in UTC: %v", a.Published)
			}
			return nil
		})
		if n > lines {
			t.Fatalf("%d articles from %d lines", n, lines)
		}
		if err != nil && news.ErrorCode(err) != news.EINVALID {
			t.Fatalf("unexpected error %v", err)
		}
	})
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{"HTTPS://Example.COM:443/a?utm_source=x&b=2#f", "http://[::1]:80/", "http://a.b/?ref=1&ref=2", "%", "http://x/%zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c := CanonicalURL(raw)
		if c == "" {
			return
		}
		if again := CanonicalURL(c); again != c {
			t.Fatalf("not idempotent: %q -> %q -> %q", raw, c, again)
		}
		if !strings.HasPrefix(c, "http://") && !strings.HasPrefix(c, "https://") {
			t.Fatalf("CanonicalURL(%q) = %q", raw, c)
		}
		_ = CheckURL(raw) // must not panic
	})
}

func FuzzHTMLToText(f *testing.F) {
	f.Add(articlePage)
	f.Add("<p>a<br>b</p><script>x</script>&amp;&#0;")
	f.Fuzz(func(t *testing.T, s string) {
		got := HTMLToText(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from valid input: %q", got)
		}
		if strings.Contains(got, "\n\n\n") {
			t.Fatalf("bad layout %q", got)
		}
		_ = DiscoverFeeds([]byte(s), "https://example.org/")
	})
}
