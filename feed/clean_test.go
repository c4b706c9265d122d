package feed

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// readSeed returns seed-000 of ../shared/eval/articles.jsonl (copied in testdata).
func readSeed(t *testing.T) news.Article {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "seed-000.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var raw news.Article
	if err := ReadJSONL(f, func(a news.Article) error { raw = a; return nil }); err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestCleanTextSeed000Golden(t *testing.T) {
	a := readSeed(t) // ReadJSONL has already run Prepare, hence CleanText
	golden := filepath.Join("testdata", "seed-000.golden.txt")
	if *update {
		if err := os.WriteFile(golden, []byte(a.Text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Text + "\n"; got != string(want) {
		t.Errorf("CleanText(seed-000) differs from %s:\ngot:\n%s", golden, got)
	}
	for _, bad := range []string{"Advertisement", "Kerry, Lavrov kick off Syria talks in Geneva"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("clean seed-000 still contains %q", bad)
		}
	}
	if n := strings.Count(a.Text, "\n\n") + 1; n != 12 {
		t.Errorf("got %d paragraphs, want 12", n)
	}
}

// TestCleanTextSeed000KeepsSentences checks that every paragraph of the raw
// page that is not clutter survives unchanged.
func TestCleanTextSeed000KeepsSentences(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "seed-000.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	raw := jsonField(t, data, "text")
	clean := CleanText("", raw)
	for _, p := range strings.Split(raw, "\n\n") {
		p = strings.TrimSpace(p)
		if p == "Advertisement" || p == "Kerry, Lavrov kick off Syria talks in Geneva" {
			continue
		}
		if !strings.Contains(clean, p) {
			t.Errorf("lost paragraph %q", p)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, title, in, want string
	}{
		{"share buttons", "", "Share this article\n\nFirst sentence here.\n\nFacebook Twitter Email\n\nSecond sentence.", "First sentence here.\n\nSecond sentence."},
		{"advertisement", "", "One.\n\nADVERTISEMENT\n\nTwo.", "One.\n\nTwo."},
		{"byline with agency", "", "By John Smith, Reuters\n\nShelling hit the town on Monday.", "Shelling hit the town on Monday."},
		{"byline two names", "", "By Ann Lee and Bo Li in Beirut\nShelling hit the town.", "Shelling hit the town."},
		{"sentence starting with By kept", "", "By Monday, the ceasefire had collapsed.", "By Monday, the ceasefire had collapsed."},
		{"by lower-case words kept", "", "By reaching a deal with Russia, Washington hopes for talks.", "By reaching a deal with Russia, Washington hopes for talks."},
		{"photo credit line", "", "Photo: Reuters/Omar Sanadiki\n\nAid arrived in Douma.", "Aid arrived in Douma."},
		{"inline AFP photo", "", "Aid arrived in Douma (AFP Photo).", "Aid arrived in Douma."},
		// a caption run into the lead by its credit (Daily Sabah: "(Reuters Photo)", "(IHA Photo)")
		{"caption glued to its credit", "", "Men search the rubble of a bakery in Douma May 2 2016(Reuters Photo) Twelve people were killed on Monday.", "Twelve people were killed on Monday."},
		{"caption ended before its credit", "", "Shelling hit Kobani on Monday. This photo taken from the border shows smoke over the town. (IHA Photo) The town is held by Kurdish forces.", "Shelling hit Kobani on Monday. The town is held by Kurdish forces."},
		{"credit after a sentence, lower case after it", "", "Aid arrived in Douma (AFP Photo) on Monday.", "Aid arrived in Douma on Monday."},
		{"getty", "", "Smoke rises over Aleppo. Getty Images\n\nAid arrived.", "Aid arrived."},
		{"getty in a sentence kept", "", "Getty Images said it withdrew the photo.", "Getty Images said it withdrew the photo."},
		{"credit ending a caption", "", "Smoke rises over Idlib. Omar Haj Kadour/AFP via Getty Images\n\nAid arrived.", "Aid arrived."},
		{"agency word inside a word kept", "", "One.\n\nThey studied the map\n\nTwo.", "One.\n\nThey studied the map\n\nTwo."},
		{"read more and related", "", "One.\n\nRead more: Syria talks stall\n\nRelated: Aleppo siege\n\nTwo.", "One.\n\nTwo."},
		{"repeated title", "Truce holds in Homs", "Truce holds in Homs\n\nThe truce held overnight.", "The truce held overnight."},
		{"trailing related headlines", "", "The truce held.\n\nAid convoy reaches Madaya\n\nUN envoy meets rebels", "The truce held."},
		{"single short paragraph kept", "", "Truce holds in Homs", "Truce holds in Homs"},
		{"trailing quote kept", "", "He spoke.\n\n“We want peace”", "He spoke.\n\n“We want peace”"},
		{"teaser tail", "", "Clashes erupted near Idlib on Tuesday... Read more", "Clashes erupted near Idlib on Tuesday..."},
		{"wrapped lines joined", "", "A long\nwrapped sentence.\r\n\r\nNext.", "A long wrapped sentence.\n\nNext."},
		{"empty", "", "  \n\n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CleanText(tt.title, tt.in); got != tt.want {
				t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHTMLToText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One &amp; two.</p><p>Three</p>", "One & two.\n\nThree"},
		{"<div>a<script>alert(1)</script> b<style>p{}</style></div>", "a b"},
		{"<p>x<br>y</p><nav>Home</nav><aside>Ads</aside>", "x\n\ny"},
		{`<p>seen</p><p style="display: none">hidden</p><p aria-hidden="true">also</p>`, "seen"},
		{"plain   text\n\nwith paragraphs", "plain text\n\nwith paragraphs"},
		{"<img src=x>  Caption-less text", "Caption-less text"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := HTMLToText(tt.in); got != tt.want {
			t.Errorf("HTMLToText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzClean(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "seed-000.jsonl"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add("", string(data))
	f.Add("Title", "Title\n\nBy A B, AFP\n\nText (AFP Photo).\n\nRead more\n\nHeadline")
	f.Add("", "\xff\xfe broken \n\n\n utf8")
	f.Add("x", "<p>html</p>")
	f.Fuzz(func(t *testing.T, title, text string) {
		got := CleanText(title, text)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 out: %q", got)
		}
		if strings.Contains(got, "\n\n\n") || strings.TrimSpace(got) != got {
			t.Fatalf("bad paragraph layout: %q", got)
		}
		if valid := strings.ToValidUTF8(text, "\uFFFD"); len(got) > len(valid) {
			t.Fatalf("output grew from %d to %d bytes", len(valid), len(got))
		}
		if again := CleanText(title, got); again != got {
			t.Fatalf("not idempotent:\n%q\n%q", got, again)
		}
	})
}

// jsonField returns a string field of one JSON object.
func jsonField(t *testing.T, data []byte, key string) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	s, _ := m[key].(string)
	return s
}

func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }

// TestCleanTextOutletPatterns: a line of page furniture as real outlets in
// the corpus write it is removed, the article's sentences around it kept:
// ReliefWeb's bylines in Markdown and with the day of writing, its notes
// that photos are on offer, Sputnik's share widget with its counters, and
// photo credits (the "Flickr U.S. Department of Defense").
func TestCleanTextOutletPatterns(t *testing.T) {
	const lead = "At least 18 people were killed on Tuesday, the monitor said."
	const next = "Rescue workers were still searching the rubble."
	tests := []struct{ name, clutter string }{
		{"ReliefWeb byline in Markdown (rw-2384524)", "**By Elias Gebreselassie**"},
		{"byline with the day of writing (rw-2391264)", "By Lara Cooper on December 22, 2017"},
		{"photos on offer (rw-2371999)", "Photos are available upon request."},
		{"photo and video assets (rw-2384239)", "Photo and video assets available here: [http://weshare.unicef.org/Package/2AM4080HW02Z](http://weshare.unicef.org/Package/2AM4080HW02Z)"},
		{"Sputnik share widget", "Get short URL 0 85 12"},
		{"Daily Sabah share button", "SEND"},
		{"photo credit on Flickr", "Flickr U.S. Department of Defense"},
		{"agency photographer", "© AP Photo/ Hassan Ammar"},
		{"agency photo credit", "AFP Photo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CleanText("Strike kills 18", lead+"\n\n"+tt.clutter+"\n\n"+next)
			if want := lead + "\n\n" + next; got != want {
				t.Errorf("CleanText = %q, want %q", got, want)
			}
		})
	}
	// A sentence that starts like furniture stays.
	for _, keep := range []string{"By June this year the programme was running at 17 sites.", "Photos of the damage were shared widely on Tuesday."} {
		if got := CleanText("t", lead+"\n\n"+keep); !strings.Contains(got, keep) {
			t.Errorf("CleanText dropped the sentence %q: %q", keep, got)
		}
	}
}
