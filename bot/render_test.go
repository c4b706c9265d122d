package bot

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

func randText(r *rand.Rand, max int) string {
	n := r.IntN(max + 1)
	words := []string{"Aleppo", "ceasefire", "—", "killed", "\n", "UN", "ÄÖÜ", "aid"}
	var b strings.Builder
	for utf8.RuneCountInString(b.String()) < n {
		b.WriteString(words[r.IntN(len(words))] + " ")
	}
	return b.String()
}

func randEmbed(r *rand.Rand) news.Embed {
	e := news.Embed{Title: randText(r, 400), Description: randText(r, 6000)}
	if r.IntN(2) == 0 {
		e.Footer = randText(r, 2500)
	}
	for range r.IntN(40) {
		e.Fields = append(e.Fields, news.EmbedField{Name: randText(r, 300), Value: randText(r, 1200)})
	}
	return e
}

// TestSplitMessagesLimits checks, over random inputs, that every message is
// within every Discord limit and that every embed appears once, in order.
func TestSplitMessagesLimits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 40 {
		var embeds []news.Embed
		for range r.IntN(30) {
			embeds = append(embeds, randEmbed(r))
		}
		content := randText(r, 5000)
		msgs := SplitMessages(content, embeds)
		var got []string
		var text strings.Builder
		for _, m := range msgs {
			text.WriteString(m.Content)
			if n := utf8.RuneCountInString(m.Content); n > maxContent {
				t.Fatalf("case %d: content of %d characters", i, n)
			}
			if len(m.Embeds) > maxEmbeds {
				t.Fatalf("case %d: %d embeds in one message", i, len(m.Embeds))
			}
			total := 0
			for _, e := range m.Embeds {
				checkEmbed(t, e)
				total += embedLen(e)
				got = append(got, e.Title)
			}
			if total > maxEmbedTotal {
				t.Fatalf("case %d: %d embed characters in one message", i, total)
			}
		}
		if len(got) != len(embeds) {
			t.Fatalf("case %d: %d embeds out, %d in", i, len(got), len(embeds))
		}
		for j := range embeds {
			if !strings.HasPrefix(embeds[j].Title, strings.SplitN(got[j], "…", 2)[0]) {
				t.Fatalf("case %d: embed %d out of order", i, j)
			}
		}
		if content != "" && text.String() != content {
			t.Fatalf("case %d: content changed when split", i)
		}
	}
}

func checkEmbed(t *testing.T, e news.Embed) {
	t.Helper()
	n := utf8.RuneCountInString
	if n(e.Title) > maxTitle || n(e.Description) > maxDescription || len(e.Fields) > maxFields || embedLen(e) > maxEmbedTotal {
		t.Fatalf("embed over a limit: title %d, description %d, fields %d, total %d", n(e.Title), n(e.Description), len(e.Fields), embedLen(e))
	}
	if n(e.Footer) > maxFooter {
		t.Fatalf("footer of %d", n(e.Footer))
	}
	for _, f := range e.Fields {
		if n(f.Name) > maxFieldName || n(f.Value) > maxFieldValue {
			t.Fatalf("field %d/%d", n(f.Name), n(f.Value))
		}
	}
}

func TestCutSaysSo(t *testing.T) {
	got := cut(strings.Repeat("a", 300), maxTitle)
	if utf8.RuneCountInString(got) > maxTitle || !strings.Contains(got, "more]") {
		t.Fatalf("cut = %q, want a visible note within the limit", got)
	}
}

func BenchmarkSplitMessages(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	var embeds []news.Embed
	for range 30 {
		embeds = append(embeds, randEmbed(r))
	}
	content := randText(r, 3000)
	for b.Loop() {
		SplitMessages(content, embeds)
	}
}

// TestSourcesHealthShowsSafeMessages: /sources health shows what went wrong
// without internal addresses (issue 11: "refused to connect to
// 127.0.0.1"), and nothing in a source's name or error is Markdown.
func TestSourcesHealthShowsSafeMessages(t *testing.T) {
	tests := []struct {
		src  news.Source
		hide []string
		want string
	}{
		{news.Source{ID: 1, URL: "https://intranet.example/feed", Failures: 2,
			LastError: "refused to connect to 127.0.0.1: a loopback address (internal addresses are blocked; an operator can allow them)"},
			[]string{"127.0.0.1"}, "a loopback address"},
		{news.Source{ID: 2, URL: "https://corp.example/rss", Failures: 1, LastError: "refused to connect to [fd00::1234]: a private-network address"},
			[]string{"fd00::1234"}, "private-network"},
		{news.Source{ID: 3, URL: "https://x.example/", DisabledReason: "disabled after 10 consecutive failures; last: refused to connect to 10.1.2.3"},
			[]string{"10.1.2.3"}, "disabled"},
		{news.Source{ID: 4, Name: "[UN](https://evil.example) <@1>", URL: "https://x.example/", Failures: 1, LastError: "the site answered 404"},
			[]string{"[UN](", "<@1>"}, "404"},
	}
	for _, tt := range tests {
		line := sourceLine(&tt.src, true)
		for _, h := range tt.hide {
			if strings.Contains(line, h) {
				t.Errorf("source %d: %q shows %q", tt.src.ID, line, h)
			}
		}
		if !strings.Contains(line, tt.want) {
			t.Errorf("source %d: %q, want it to say %q", tt.src.ID, line, tt.want)
		}
		if leaks := markdownLeaks(line, nil); len(leaks) > 0 {
			t.Errorf("source %d: %q leaks %q", tt.src.ID, line, leaks)
		}
	}
}

// TestEmbedNamesDevelopmentOutlet: an item's development line in its embed
// names the outlet it was reported by, as the Markdown digest does (a
// development moved to another item is from none of its sources).
// Invented item.
func TestEmbedNamesDevelopmentOutlet(t *testing.T) {
	it := digest.Item{Headline: "Aid convoy hit near Tarn", Summary: "An aid convoy was struck near Tarn.",
		Development:       "UN resumes aid deliveries: a UN convoy reached Tarn on Thursday.",
		DevelopmentSource: "TRT World", Section: news.Humanitarian,
		Sources: []digest.ItemSource{{Name: "ahram", Title: "h", URL: "https://example.org/h"}}, SourceCount: 1}
	e := itemEmbed(&it)
	if want := "\nAlso reported: UN resumes aid deliveries: a UN convoy reached Tarn on Thursday. (TRT World)\n"; !strings.Contains(e.Description, want) {
		t.Errorf("embed description = %q, want %q", e.Description, want)
	}
}

// TestSourceLinksNameDevelopmentOutlet: an embed's sources line names the
// outlet of a development moved from another story's report, apart from
// the item's own count, as the Markdown's does (invented item).
func TestSourceLinksNameDevelopmentOutlet(t *testing.T) {
	it := &digest.Item{Headline: "Aid convoy hit near Tarn", SourceCount: 1,
		Development: "The agency resumed deliveries on Thursday.", DevelopmentSource: "TRT World",
		Sources: []digest.ItemSource{{Name: "ahram", DisplayName: "Ahram Online"}}}
	if got, want := sourceLinks(it), "*1 source:* Ahram Online; also reported: TRT World"; got != want {
		t.Errorf("sourceLinks = %q, want %q", got, want)
	}
	it.DevelopmentSource = "Ahram Online"
	if got, want := sourceLinks(it), "*1 source:* Ahram Online"; got != want {
		t.Errorf("own outlet: sourceLinks = %q, want %q", got, want)
	}
}

// TestEmbedMarksLateReport: an item whose every report came after the
// digest's period says so in its embed's line of days and place, as the
// Markdown digest does (invented item).
func TestEmbedMarksLateReport(t *testing.T) {
	late := time.Date(2016, 6, 16, 9, 0, 0, 0, time.UTC)
	it := digest.Item{Headline: "Strikes hit a border town", Section: news.Violence, Place: "Tarn", ReportedLater: &late,
		Sources: []digest.ItemSource{{Name: "ahram", Title: "h", URL: "https://example.org/h", Published: late}}, SourceCount: 1}
	if e, want := itemEmbed(&it), "\n*Tarn · reported later, on 16 Jun 2016*"; !strings.Contains(e.Description, want) {
		t.Errorf("embed description = %q, want %q", e.Description, want)
	}
	it.ReportedLater = nil
	if e := itemEmbed(&it); strings.Contains(e.Description, "reported later") {
		t.Errorf("embed of an item reported in its period = %q", e.Description)
	}
}
