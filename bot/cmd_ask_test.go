package bot

import (
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// askStore is a real store holding two articles, with their sentences indexed.
func askStore(t *testing.T) *store.Services {
	t.Helper()
	ctx := context.Background()
	db, err := store.OpenServices(ctx, filepath.Join(t.TempDir(), "ask.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, a := range []*news.Article{
		{ExternalID: "conv-1", Title: "Air strikes hit aid convoy near Aleppo", URL: "https://news.example/convoy(1)", SourceName: "Example Wire",
			Published: time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC),
			Text:      "At least 20 civilians were killed in the town of Orum al-Kubra, the Red Cross said. The convoy of 31 trucks was carrying food."},
		{ExternalID: "other-1", Title: "Floods in Bangladesh", URL: "https://news.example/floods",
			Text: "Heavy rain flooded villages in Bangladesh. Thousands of families moved to higher ground."},
	} {
		if err := db.CreateArticle(ctx, &news.NewArticle{Article: a}); err != nil {
			t.Fatal(err)
		}
		err := db.WriteTx(ctx, func(tx *sql.Tx) error {
			return db.IndexSentences(ctx, tx, a.ID, ask.IndexedSentences(a.Title, a.Text))
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// TestAsk runs /ask end to end: the real asker over a real store, through
// the fake Discord.
func TestAsk(t *testing.T) {
	asker := ask.New(askStore(t).SentenceIndex(), ask.Options{Budget: 10 * time.Second})
	var calls atomic.Int32
	h := startBot(t, func(_ *Config, d *Deps) {
		d.Ask = func(ctx context.Context, _, q string) (ask.Answer, error) {
			calls.Add(1)
			return asker.Ask(ctx, q, time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC))
		}
	})
	h.ready(t)
	q := fakediscord.Str("question", "How many trucks were in the aid convoy near Aleppo?")
	r := h.command(t, testGuild, 0, "ask", q)
	if !r.Ephemeral() || !strings.Contains(r.Content, "31 trucks") {
		t.Fatalf("answer %q (ephemeral %v), want 31 trucks, ephemeral", r.Content, r.Ephemeral())
	}
	embeds := r.Embeds()
	if len(embeds) != 1 {
		t.Fatalf("%d embeds, want the sources", len(embeds))
	}
	desc, _ := embeds[0].(map[string]any)["description"].(string)
	if !strings.Contains(desc, "[Air strikes hit aid convoy near Aleppo](https://news.example/convoy%281%29)") || !strings.Contains(desc, "Example Wire") {
		t.Errorf("sources %q lack the linked title and source", desc)
	}
	if am, _ := r.Message["allowed_mentions"].(map[string]any); am == nil || len(am["parse"].([]any)) != 0 {
		t.Errorf("allowed_mentions = %v, want empty parse", r.Message["allowed_mentions"])
	}
	pub := h.command(t, "", 0, "ask", q, fakediscord.Option{Name: "public", Type: 5, Value: true})
	if pub.Ephemeral() || !strings.Contains(pub.Content, "31 trucks") {
		t.Errorf("public answer: ephemeral %v, %q", pub.Ephemeral(), pub.Content)
	}
	if r := h.command(t, testGuild, 0, "ask", fakediscord.Str("question", "What is the price of tea in Montevideo?")); !strings.Contains(r.Content, noAnswer) {
		t.Errorf("unsupported: %q, want %q", r.Content, noAnswer)
	}
	before := calls.Load()
	long := h.command(t, testGuild, 0, "ask", fakediscord.Str("question", strings.Repeat("convoy ", 600)))
	if !long.Ephemeral() || !strings.Contains(long.Content, "too long") || calls.Load() != before {
		t.Errorf("4,200-character question: %q (asked %d times), want an ephemeral refusal without asking", long.Content, calls.Load()-before)
	}
	if r := h.command(t, testGuild, 0, "ask", fakediscord.Str("question", strings.Repeat("convoy ", 100))); !strings.Contains(r.Content, "too long") {
		t.Errorf("700-character question: %q, want the asker's refusal", r.Content)
	}
}

func TestAskNotEnabled(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	if r := h.command(t, "", 0, "ask", fakediscord.Str("question", "who?")); !strings.Contains(r.Content, "not enabled") {
		t.Fatalf("without Deps.Ask: %q", r.Content)
	}
}

// renderAnswer stays within Discord's limits whatever the citations hold,
// and says when citations were left out.
func TestRenderAnswerLimits(t *testing.T) {
	long := strings.Repeat("ünïcode words ", 400)
	tests := []struct {
		name      string
		ans       ask.Answer
		wantShown int
		wantMore  bool
	}{
		{"unsupported", ask.Answer{Answer: "x", Supported: false}, 0, false},
		{"two short", ask.Answer{Answer: "31 trucks", Supported: true, Citations: []ask.Citation{
			{Title: "A", URL: "https://a.example/x", Source: "S", Sentence: "one"}, {Title: "B", URL: "javascript:alert(1)"}}}, 2, false},
		{"many long", ask.Answer{Answer: long, Supported: true, Citations: repeatCitation(ask.Citation{
			Title: long, URL: "https://a.example/" + strings.Repeat("p", 600), Source: long, Published: "2016-09-20", Sentence: long}, 12)}, askCitations, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := renderAnswer(long, tt.ans)
			if n := utf8.RuneCountInString(m.Content); n > maxContent {
				t.Fatalf("content %d characters", n)
			}
			if tt.wantShown == 0 {
				if len(m.Embeds) != 0 || !strings.Contains(m.Content, noAnswer) {
					t.Fatalf("unsupported rendered as %q with %d embeds", m.Content, len(m.Embeds))
				}
				return
			}
			e := m.Embeds[0]
			if n := utf8.RuneCountInString(e.Description); n > maxDescription || embedLen(e) > maxEmbedTotal {
				t.Fatalf("description %d characters, embed %d", n, embedLen(e))
			}
			if got := strings.Count(e.Description, "**") / 2; got != tt.wantShown {
				t.Errorf("%d citations shown, want %d", got, tt.wantShown)
			}
			if got := strings.Contains(e.Description, "not shown"); got != tt.wantMore {
				t.Errorf("overflow noted %v, want %v", got, tt.wantMore)
			}
			if strings.Contains(e.Description, "javascript:") {
				t.Error("a javascript: URL became a link")
			}
			b, _ := json.Marshal(m.Embeds)
			if !json.Valid(b) {
				t.Fatal("embeds do not encode")
			}
		})
	}
}

func repeatCitation(c ask.Citation, n int) []ask.Citation {
	out := make([]ask.Citation, n)
	for i := range out {
		out[i] = c
	}
	return out
}

// FuzzRenderAnswer: whatever the stored articles hold, the answer stays
// within Discord's limits, links only the citations' http(s) URLs, and
// nothing in the question or the articles becomes a link, a mention or a
// web address.
func FuzzRenderAnswer(f *testing.F) {
	f.Add("how many?", "31 trucks", "Convoy [hit]", "https://a.example/x(1)", "Wire", "The convoy of 31 trucks.")
	f.Add("", "", "", "javascript:alert(1)", "", "")
	f.Add("<@123> @everyone", "[Official UN statement](https://evil.example/phish)", "[Evil](javascript:alert(1))",
		"https://evil.example/a)[x](https://b.example", "Reuters](https://evil.example)", "see https://evil.example <#1> <@&2>")
	f.Add(strings.Repeat("q", 5000), strings.Repeat("a", 3000), strings.Repeat("t", 300), "http://"+strings.Repeat("h", 700), strings.Repeat("s", 200), strings.Repeat("ü", 2000))
	f.Fuzz(func(t *testing.T, q, answer, title, link, source, sentence string) {
		c := ask.Citation{Title: title, URL: link, Source: source, Sentence: sentence}
		m := renderAnswer(q, ask.Answer{Answer: answer, Supported: true, Citations: repeatCitation(c, 7)})
		if n := utf8.RuneCountInString(m.Content); n > maxContent {
			t.Fatalf("content %d characters", n)
		}
		for _, e := range m.Embeds {
			if utf8.RuneCountInString(e.Description) > maxDescription || embedLen(e) > maxEmbedTotal {
				t.Fatalf("embed over the limits: %d", embedLen(e))
			}
		}
		allowed := map[string]bool{}
		if u, ok := digest.LinkURL(link); ok {
			allowed[u] = true
		}
		if leaks := messageLeaks(m, allowed); len(leaks) > 0 {
			t.Fatalf("outside text leaked as Markdown: %q", leaks)
		}
	})
}

// TestLatestAbout: /latest with a subject in words goes through the same
// retrieval as /ask and shows the newest report with its sources.
func TestLatestAbout(t *testing.T) {
	asker := ask.New(askStore(t).SentenceIndex(), ask.Options{Budget: 10 * time.Second})
	var asked atomic.Value
	h := startBot(t, func(_ *Config, d *Deps) {
		d.Ask = func(ctx context.Context, _, q string) (ask.Answer, error) {
			asked.Store(q)
			return asker.Ask(ctx, q, time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC))
		}
	})
	h.ready(t)
	r := h.command(t, testGuild, 0, "latest", fakediscord.Str("about", "the aid convoy near Aleppo"))
	if q, _ := asked.Load().(string); q != "What is the latest on the aid convoy near Aleppo?" {
		t.Fatalf("asked %q", q)
	}
	if !strings.Contains(r.Content, "latest on the aid convoy near Aleppo") || len(r.Embeds()) != 1 {
		t.Fatalf("reply %q with %d embeds, want the answer with its sources", r.Content, len(r.Embeds()))
	}
	desc, _ := r.Embeds()[0].(map[string]any)["description"].(string)
	if !strings.Contains(desc, "Air strikes hit aid convoy near Aleppo") {
		t.Errorf("sources %q do not cite the convoy report", desc)
	}
}
