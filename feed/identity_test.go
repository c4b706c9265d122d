package feed

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://WWW.Example.COM:443/a/b?utm_source=x&b=2&a=1#frag", "https://www.example.com/a/b?a=1&b=2"},
		{"http://example.com:80", "http://example.com/"},
		{"http://example.com:8080/x?fbclid=1&gclid=2&mc_cid=3&ref=tw&id=7", "http://example.com:8080/x?id=7"},
		{"https://user:pw@example.com/p?UTM_Campaign=z", "https://example.com/p"},
		{"https://[2001:db8::1]:443/", "https://[2001:db8::1]/"},
		{"https://example.com/p?", "https://example.com/p"},
		{"ftp://example.com/x", ""},
		{"/relative/path", ""},
		{"not a url at all", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CanonicalURL(tt.in); got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestContentHash(t *testing.T) {
	a := ContentHash("Truce holds", "The “truce” held,  overnight.")
	if len(a) != 64 {
		t.Fatalf("hash %q is not 64 hex digits", a)
	}
	if b := ContentHash("TRUCE HOLDS", "The \"truce\" held overnight"); b != a {
		t.Errorf("case, quotes and spacing changed the hash: %s vs %s", a, b)
	}
	if c := ContentHash("Truce holds", "The truce failed overnight."); c == a {
		t.Error("different text, same hash")
	}
	if d := ContentHash("Truce", "holds The truce held overnight."); d == a {
		t.Error("moving a word from title to text kept the hash")
	}
}

func TestPrepare(t *testing.T) {
	a := news.Article{
		Title:     "  Truce   holds ",
		Text:      "Advertisement\n\nThe truce held.",
		URL:       "https://Example.com/a?utm_medium=rss",
		Published: time.Date(2016, 8, 26, 12, 0, 0, 0, time.FixedZone("EEST", 3*3600)),
	}
	Prepare(&a)
	if a.Title != "Truce holds" || a.Text != "The truce held." {
		t.Errorf("got title %q text %q", a.Title, a.Text)
	}
	if a.CanonicalURL != "https://example.com/a" {
		t.Errorf("CanonicalURL = %q", a.CanonicalURL)
	}
	if a.ContentHash != ContentHash("Truce holds", "The truce held.") {
		t.Error("ContentHash not of the cleaned text")
	}
	if a.Published.Location() != time.UTC || a.Published.Hour() != 9 {
		t.Errorf("Published = %v, want 09:00 UTC", a.Published)
	}
}

// normaliseRunes is normaliseForHash's Unicode path without NFKC (a no-op on
// ASCII): what normaliseASCII must equal.
func normaliseRunes(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

func FuzzNormaliseASCII(f *testing.F) {
	f.Add("Air strikes kill 12 in Aleppo -- \"SOHR\" (AFP)\n\n\t2016-09-19")
	f.Add("")
	f.Add("  ...  ")
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) {
			return
		}
		if got, want := normaliseASCII(s), normaliseRunes(s); got != want {
			t.Fatalf("normaliseASCII(%q) = %q, want %q", s, got, want)
		}
	})
}
