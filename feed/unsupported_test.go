package feed

import (
	"fmt"
	"strings"
	"testing"
)

// A hostile page may announce any number of feeds; the error, which is
// saved as a source's last error and shown in /sources, names a few.
func TestUnsupportedErrorNamesAFew(t *testing.T) {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head>")
	for i := range 1000 {
		fmt.Fprintf(&b, `<link rel="alternate" type="application/rss+xml" href="/f%d.xml">`, i)
	}
	b.WriteString("</head><body>home</body></html>")
	_, _, err := Parse([]byte(b.String()), "https://example.org/")
	if err == nil {
		t.Fatal("a page parsed as a feed")
	}
	msg := err.Error()
	if len(msg) > 400 || !strings.Contains(msg, "https://example.org/f0.xml") || !strings.Contains(msg, "997 more") {
		t.Errorf("error of %d bytes: %.300q; want the first feeds and a count of the rest", len(msg), msg)
	}
}
