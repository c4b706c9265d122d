package feed

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// allocated returns the bytes f allocates (all of them, not the peak: an
// upper bound of its memory that does not depend on when GC runs).
func allocated(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// hostileFeeds are 10 MB feeds built to exhaust a parser: deep nesting
// (which overflowed the goroutine stack, a fatal error, before the bound)
// and tens of thousands of items.
func hostileFeeds() map[string]string {
	const size = 10 << 20
	var deep, unclosed, many, js strings.Builder
	deep.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:x="u"><channel><title>x</title><item><title>a</title>`)
	n := 0
	for ; deep.Len() < size; n++ {
		deep.WriteString("<x:a>")
	}
	deep.WriteString(strings.Repeat("</x:a>", n) + `</item></channel></rss>`)
	unclosed.WriteString(`<rss version="2.0"><channel><item><description>`)
	for unclosed.Len() < size {
		unclosed.WriteString(`<x:a xmlns:x="u">`)
	}
	many.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>`)
	js.WriteString(`{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[`)
	for i := 0; many.Len() < size; i++ {
		fmt.Fprintf(&many, "<item><title>Item %d</title><link>https://example.org/%d</link><description>Shelling in Aleppo, report %d.</description></item>", i, i, i)
		if i > 0 {
			js.WriteString(",")
		}
		fmt.Fprintf(&js, `{"id":"%d","url":"https://example.org/%d","title":"Item %d","content_text":"Shelling in Aleppo, report %d."}`, i, i, i, i)
	}
	many.WriteString(`</channel></rss>`)
	js.WriteString(`]}`)
	return map[string]string{"deep": deep.String(), "unclosed": unclosed.String(), "many": many.String(), "json-many": js.String()}
}

func TestParseBoundsHostileFeeds(t *testing.T) {
	const limit = 64 << 20 // before: 230 MB, 1.8 GB, a stack overflow
	feeds := hostileFeeds()
	for _, tc := range []struct {
		name     string
		wantCode string
		wantN    int
	}{
		{"deep", news.EINVALID, 0},
		{"unclosed", news.EINVALID, 0},
		{"many", "", MaxFeedItems},
		{"json-many", "", MaxFeedItems},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var as []news.Article
			var err error
			n := allocated(func() { _, as, err = Parse([]byte(feeds[tc.name]), "https://example.org/feed") })
			if n > limit {
				t.Errorf("parse allocated %d MB, want at most %d MB", n>>20, limit>>20)
			}
			if news.ErrorCode(err) != tc.wantCode || len(as) != tc.wantN {
				t.Fatalf("got %d items, error %v; want %d items, code %q", len(as), err, tc.wantN, tc.wantCode)
			}
			if tc.wantN > 0 && (as[0].Title != "Item 0" || as[len(as)-1].Title != fmt.Sprintf("Item %d", MaxFeedItems-1)) {
				t.Errorf("kept %q to %q, want the document's first %d items", as[0].Title, as[len(as)-1].Title, MaxFeedItems)
			}
		})
	}
}

func TestBoundXMLKeepsSmallFeedsWhole(t *testing.T) {
	for _, doc := range []string{atomFeedDoc, `<rss><channel><item><title>a</title></item><item><title>b</title></item></channel></rss>`} {
		got, cut, err := boundXML([]byte(doc), 2)
		if err != nil || cut || string(got) != doc {
			t.Errorf("boundXML changed a feed within the limits: cut %v, err %v", cut, err)
		}
	}
	got, cut, err := boundXML([]byte(`<rdf:RDF><item><title>a</title></item><item><title>b</title></item></rdf:RDF>`), 1)
	if want := `<rdf:RDF><item><title>a</title></item></rdf:RDF>`; err != nil || !cut || string(got) != want {
		t.Errorf("got %q (cut %v, err %v), want %q", got, cut, err, want)
	}
}

const atomFeedDoc = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>a</title></entry><entry><title>b</title></entry></feed>`

func FuzzBoundFeed(f *testing.F) {
	f.Add([]byte(atomFeedDoc), 1)
	f.Add([]byte(`{"items":[{"id":"1"},{"id":"2"}],"title":"x"}`), 1)
	f.Add([]byte(`<rss><channel><item><a><b></b></a></item></channel></rss>`), 0)
	f.Fuzz(func(t *testing.T, data []byte, max int) {
		max = max&7 + 1
		if out, cut, err := boundXML(data, max); err == nil && !cut && string(out) != string(data) {
			t.Fatalf("boundXML changed an uncut document")
		}
		if out, cut := boundJSON(data, max); !cut && string(out) != string(data) {
			t.Fatalf("boundJSON changed an uncut document")
		}
		Parse(data, "") // must not panic
	})
}
