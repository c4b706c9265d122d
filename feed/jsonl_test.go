package feed

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a-1", "title": "T", "text": "Shelling hit Homs.", "published": "2016-11-20", "source": "sana", "url": "https://x.org/a?utm_source=1", "location": "homs"}`,
		`{"id": "a-2", "text": "Aid arrived.", "published": "2016-11-21T10:30:00+02:00"}`,
		`not json`,
		``,
		`{"title": "no id", "text": "x"}`,
		`{"id": "a-3", "text": "   "}`,
		`{"id": "a-4", "text": "x", "published": "yesterday"}`,
		`{"id": "a-5", "text": "Last line without newline."}`,
	}, "\n")
	var got []news.Article
	err := ReadJSONL(strings.NewReader(in), func(a news.Article) error { got = append(got, a); return nil })
	var bad LineErrors
	if !errors.As(err, &bad) || news.ErrorCode(err) != news.EINVALID {
		t.Fatalf("err = %v, want LineErrors with EINVALID", err)
	}
	var lines []int
	for _, le := range bad {
		lines = append(lines, le.Line)
	}
	if want := []int{3, 5, 6, 7}; !equalInts(lines, want) {
		t.Errorf("bad lines %v, want %v", lines, want)
	}
	if len(got) != 3 || got[0].ExternalID != "a-1" || got[1].ExternalID != "a-2" || got[2].ExternalID != "a-5" {
		t.Fatalf("got %+v", got)
	}
	a := got[0]
	if a.SourceName != "sana" || a.Location != "homs" || a.CanonicalURL != "https://x.org/a" || a.ContentHash == "" {
		t.Errorf("fields not mapped: %+v", a)
	}
	if want := time.Date(2016, 11, 20, 0, 0, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("published %v, want %v", a.Published, want)
	}
	if want := time.Date(2016, 11, 21, 8, 30, 0, 0, time.UTC); !got[1].Published.Equal(want) || got[1].Published.Location() != time.UTC {
		t.Errorf("published %v, want %v", got[1].Published, want)
	}
}

func TestReadJSONLLongLines(t *testing.T) {
	big := `{"id": "big", "text": "` + strings.Repeat("word ", 600_000) + `"}` // 3 MB: accepted
	huge := `{"id": "huge", "text": "` + strings.Repeat("x", MaxLineBytes) + `"}`
	in := big + "\n" + huge + "\n" + `{"id": "after", "text": "ok."}` + "\n"
	var ids []string
	err := ReadJSONL(strings.NewReader(in), func(a news.Article) error { ids = append(ids, a.ExternalID); return nil })
	var bad LineErrors
	if !errors.As(err, &bad) || len(bad) != 1 || bad[0].Line != 2 {
		t.Fatalf("err = %v, want line 2 too long", err)
	}
	if strings.Join(ids, ",") != "big,after" {
		t.Errorf("ids %v", ids)
	}
}

func TestReadJSONLCallbackErrorStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := ReadJSONL(strings.NewReader("{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n"), func(news.Article) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d calls", err, n)
	}
}

func TestReadJSONLFakesSample(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "fakes-sample.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []news.Article
	if err := ReadJSONL(f, func(a news.Article) error { got = append(got, a); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ExternalID != "fakes-000" || got[0].SourceName != "nna" || !strings.HasSuffix(got[0].Text, "- REUTERS") {
		t.Errorf("got %d articles, first %q %q", len(got), got[0].ExternalID, got[0].Text[len(got[0].Text)-20:])
	}
}

func TestReadPath(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	feed, err := os.ReadFile(filepath.Join("testdata", "rss-parser_uolNoticias.rss"))
	if err != nil {
		t.Fatal(err)
	}
	write("b/feed.rss", string(feed))
	write("a/story.txt", "Truce holds in Homs\n\nThe truce held overnight, residents said.\n\nAdvertisement\n")
	write("a/page.html", articlePage)
	write("c/articles.jsonl", `{"id": "j-1", "text": "From JSON Lines."}`+"\n")
	write(".hidden/x.txt", "ignored")
	got, err := ReadPath(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3+15 {
		t.Fatalf("got %d articles, want 18", len(got))
	}
	// sorted: a/page.html, a/story.txt, b/feed.rss, c/articles.jsonl
	if got[0].Title != "Convoy reaches Madaya" || !strings.Contains(got[0].Text, "forty trucks") || strings.Contains(got[0].Text, "Subscribe") {
		t.Errorf("page article: %q %q", got[0].Title, got[0].Text)
	}
	if got[1].Title != "Truce holds in Homs" || got[1].Text != "The truce held overnight, residents said." || !strings.HasPrefix(got[1].ExternalID, "file:///") {
		t.Errorf("text article: %+v", got[1])
	}
	if got[17].ExternalID != "j-1" {
		t.Errorf("last article %q, want j-1", got[17].ExternalID)
	}
	if _, err := ReadPath(context.Background(), filepath.Join(dir, "missing")); news.ErrorCode(err) != news.ENOTFOUND {
		t.Errorf("missing path: %v", err)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// articlePage is a small article page with navigation and clutter.
const articlePage = `<!DOCTYPE html><html><head><title>Convoy reaches Madaya | Example News</title>
<meta property="article:published_time" content="2016-01-11T10:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><h1>Convoy reaches Madaya</h1></header>
<article>
<p>An aid convoy of forty trucks reached the besieged Syrian town of Madaya on Monday, the International Committee of the Red Cross said, bringing food, medicine and blankets to some 40,000 people who have lived under siege for months.</p>
<p>Residents described people eating grass and boiled leaves as winter set in, and aid workers said several people had died of hunger in recent weeks, a claim the government disputed.</p>
<p>The United Nations said it had received permission from the Syrian government to deliver aid to Madaya, as well as to Foua and Kefraya, two villages besieged by rebels in Idlib province.</p>
<p>Further convoys are expected later this week if the local truce holds, officials said, adding that the sick would be evacuated first.</p>
</article>
<aside>Subscribe to our newsletter</aside>
<footer>Copyright Example News</footer>
</body></html>`
