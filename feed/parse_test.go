package feed

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflict-digest/conflict-digest/news"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseRealFeeds(t *testing.T) {
	tests := []struct {
		file, feedTitle string
		n               int
		title           string // of the first item
		published       time.Time
	}{
		{"rss-parser_guardian.rss", "The Guardian", 55,
			"Trump State of the Union address promised unity but emphasized discord",
			time.Date(2018, 1, 31, 7, 26, 5, 0, time.UTC)},
		{"miniflux_bbc_urdu_UTF8.xml", "BBC News اردو - پاکستان کے لیے امریکی امداد کی بہار و خزاں", 26,
			"امریکی عسکری امداد کی بندش کی وجوہات: انڈیا سے جنگ، جوہری پروگرام اور اب دہشت گردوں کی پشت پناہی",
			time.Date(2018, 1, 5, 16, 51, 0, 0, time.UTC)},
		// ISO-8859-1 bytes with no declaration, and Portuguese dates.
		{"rss-parser_uolNoticias.rss", "UOL Noticias", 15,
			"Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno",
			time.Date(2018, 9, 24, 22, 42, 40, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, as, err := Parse(readTestdata(t, tt.file), "")
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.feedTitle || f.Type != "rss" {
				t.Errorf("feed title %q type %q, want %q rss", f.Title, f.Type, tt.feedTitle)
			}
			if len(as) != tt.n {
				t.Fatalf("got %d articles, want %d", len(as), tt.n)
			}
			a := as[0]
			if a.Title != tt.title || !a.Published.Equal(tt.published) || a.Published.Location() != time.UTC {
				t.Errorf("first item: %q %v, want %q %v", a.Title, a.Published, tt.title, tt.published)
			}
			for i, a := range as {
				if a.ExternalID == "" || a.ContentHash == "" || !utf8.ValidString(a.Text) || strings.ContainsRune(a.Text+a.Title, '\uFFFD') {
					t.Errorf("item %d: id %q hash %q text %q", i, a.ExternalID, a.ContentHash, a.Text)
				}
				if strings.Contains(a.Text, "<") && strings.Contains(a.Text, ">") {
					t.Errorf("item %d: markup left in %q", i, a.Text)
				}
			}
		})
	}
}

func TestParseGuardianItem(t *testing.T) {
	_, as, err := Parse(readTestdata(t, "rss-parser_guardian.rss"), "")
	if err != nil {
		t.Fatal(err)
	}
	a := as[0]
	if want := "https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord"; a.URL != want || a.ExternalID != want || a.CanonicalURL != want {
		t.Errorf("url %q id %q canonical %q", a.URL, a.ExternalID, a.CanonicalURL)
	}
	if !strings.HasPrefix(a.Text, "The president’s ‘new American moment’ speech stirred Republican applause") {
		t.Errorf("text %.80q", a.Text)
	}
}

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>UN News</title><link href="https://news.un.org/"/>
<updated>2024-05-01T10:00:00Z</updated>
<entry><title>Gaza: aid &amp; access</title><id>tag:un.org,2024:1</id><link href="/en/story/2024/05/1"/>
<published>2024-05-01T09:00:00+03:00</published><content type="html">&lt;p&gt;Aid trucks entered.&lt;/p&gt;</content></entry>
<entry><title>No id</title><link href="https://news.un.org/en/story/2024/05/2"/><updated>2024-05-02T09:00:00Z</updated><summary>Short.</summary></entry>
</feed>`

const rdfFeed = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rss.dw.com/"><title>DW</title><link>https://www.dw.com</link><description>d</description></channel>
<item rdf:about="https://www.dw.com/a-1"><title>Truce in Idlib</title><link>https://www.dw.com/a-1</link><description>A truce began.</description><dc:date>2020-03-06T00:01:00+00:00</dc:date></item>
</rdf:RDF>`

const jsonFeed = `{"version": "https://jsonfeed.org/version/1.1", "title": "Relief", "home_page_url": "https://relief.example/",
"items": [{"id": "r-1", "url": "https://relief.example/r-1", "title": "Appeal", "content_text": "UN appeals for $1bn.", "date_published": "2023-02-10T12:00:00Z"},
{"content_html": "<p>No id, no url.</p>"}]}`

func TestParseFormats(t *testing.T) {
	_, as, err := Parse([]byte(atomFeed), "https://news.un.org/feed/atom.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 || as[0].ExternalID != "tag:un.org,2024:1" || as[0].URL != "https://news.un.org/en/story/2024/05/1" ||
		as[0].Title != "Gaza: aid & access" || as[0].Text != "Aid trucks entered." || !as[0].Published.Equal(time.Date(2024, 5, 1, 6, 0, 0, 0, time.UTC)) {
		t.Errorf("atom: %+v", as)
	}
	if as[1].ExternalID != "https://news.un.org/en/story/2024/05/2" || as[1].Published.IsZero() {
		t.Errorf("atom id falls back to the link and date to updated: %+v", as[1])
	}
	f, as, err := Parse([]byte(rdfFeed), "")
	if err != nil || len(as) != 1 || as[0].Title != "Truce in Idlib" || as[0].Published.Year() != 2020 || f.Title != "DW" {
		t.Errorf("rdf: %v %+v", err, as)
	}
	f, as, err = Parse([]byte(jsonFeed), "")
	if err != nil || f.Type != "json" || len(as) != 2 || as[0].ExternalID != "r-1" || as[0].Text != "UN appeals for $1bn." {
		t.Fatalf("json: %v %+v", err, as)
	}
	if !strings.HasPrefix(as[1].ExternalID, "sha256:") || as[1].Text != "No id, no url." {
		t.Errorf("json hash id: %+v", as[1])
	}
}

func TestParseBroken(t *testing.T) {
	guardian := readTestdata(t, "rss-parser_guardian.rss")
	tests := []struct {
		name string
		data []byte
		code string
	}{
		{"truncated XML", guardian[:len(guardian)/2], news.EINVALID},
		{"empty", nil, news.EUNSUPPORTED},
		{"json that is not a feed", []byte(`{"a": [1, 2`), news.EINVALID},
		{"plain text", []byte("hello world"), news.EUNSUPPORTED},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Parse(tt.data, "")
			if got := news.ErrorCode(err); got != tt.code {
				t.Errorf("code %q (%v), want %q", got, err, tt.code)
			}
		})
	}
}

func TestParseHTMLServedAsFeed(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>News</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">
<link rel="alternate" type="application/atom+xml" href="https://cdn.example.org/atom">
<link rel="stylesheet" href="/s.css"></head><body><p>Hi</p></body></html>`
	_, _, err := Parse([]byte(page), "https://example.org/news/")
	if news.ErrorCode(err) != news.EUNSUPPORTED {
		t.Fatalf("code %q, want %q", news.ErrorCode(err), news.EUNSUPPORTED)
	}
	var ue *UnsupportedError
	if !errors.As(err, &ue) || strings.Join(ue.Feeds, " ") != "https://example.org/rss.xml https://cdn.example.org/atom" {
		t.Errorf("discovered %v", ue)
	}
	if !strings.Contains(err.Error(), "https://example.org/rss.xml") {
		t.Errorf("error %q does not name the feed", err)
	}
}

func TestParseWrongCharset(t *testing.T) {
	// Declared UTF-8, written in ISO-8859-1: read as Windows-1252.
	body := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Actualités</title>
<item><title>Trêve à Alep</title><guid>1</guid><description>Les évacuations ont repris.</description></item></channel></rss>`
	latin, err := charmap.ISO8859_1.NewEncoder().String(body)
	if err != nil {
		t.Fatal(err)
	}
	f, as, err := Parse([]byte(latin), "")
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Actualités" || as[0].Title != "Trêve à Alep" || as[0].Text != "Les évacuations ont repris." {
		t.Errorf("got %q %q %q", f.Title, as[0].Title, as[0].Text)
	}
	// Declared ISO-8859-1 and so written: decoded once, not twice.
	declared := strings.Replace(body, "UTF-8", "ISO-8859-1", 1)
	latin, _ = charmap.ISO8859_1.NewEncoder().String(declared)
	if _, as, err = Parse([]byte(latin), ""); err != nil || as[0].Title != "Trêve à Alep" {
		t.Errorf("declared latin-1: %v %+v", err, as)
	}
	// Declared ISO-8859-1 but written in UTF-8: the bytes win.
	if _, as, err = Parse([]byte(declared), ""); err != nil || as[0].Title != "Trêve à Alep" {
		t.Errorf("mislabelled UTF-8: %v %+v", err, as)
	}
}

func TestParseUTF16(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-16"?>` + rdfFeed[len(`<?xml version="1.0"?>`):]
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(doc)
	if err != nil {
		t.Fatal(err)
	}
	if _, as, err := Parse([]byte(u16), ""); err != nil || len(as) != 1 || as[0].Title != "Truce in Idlib" {
		t.Errorf("UTF-16 feed: %v %+v", err, as)
	}
}

func TestToUTF8FromHeader(t *testing.T) {
	win, _ := charmap.Windows1256.NewEncoder().String("<p>سوريا</p>")
	if got := string(ToUTF8([]byte(win), "text/html; charset=windows-1256")); got != "<p>سوريا</p>" {
		t.Errorf("got %q", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss-parser_uolNoticias.rss", "miniflux_bbc_urdu_UTF8.xml"} {
		f.Add(readTestdata(f, name))
	}
	f.Add([]byte(atomFeed))
	f.Add([]byte(rdfFeed))
	f.Add([]byte(jsonFeed))
	f.Add([]byte(`<html><link rel=alternate type=application/rss+xml href=x>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, as, err := Parse(data, "https://example.org/feed")
		if err != nil {
			if code := news.ErrorCode(err); code != news.EINVALID && code != news.EUNSUPPORTED {
				t.Fatalf("error code %q: %v", code, err)
			}
			return
		}
		if feed == nil {
			t.Fatal("nil feed without error")
		}
		for _, a := range as {
			if a.ExternalID == "" || len(a.ContentHash) != 64 || !utf8.ValidString(a.Text) {
				t.Fatalf("bad article %+v", a)
			}
		}
	})
}
