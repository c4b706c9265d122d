package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

func TestRenderDigestEmbeds(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	store := newMemStore()
	cats := []news.Category{news.Talks, news.Violence, news.Humanitarian}
	for i := range 30 {
		store.CreateStory(context.Background(), &news.Story{
			Headline: fmt.Sprintf("Story %d about Idlib", i), Summary: strings.Repeat("A long summary sentence. ", 40),
			Categories: []news.Category{cats[i%3]}, FirstSeen: now.Add(-3 * time.Hour), LastSeen: now.Add(-time.Hour), Updated: now,
			Figures: []news.StoryFigure{{Kind: "killed", Low: news.Figure{Value: 10, Qualifier: news.AtLeast}, High: news.Figure{Value: 12, Qualifier: news.Exact},
				Latest: news.Figure{Value: 12, Qualifier: news.Exact}, LowBy: "sana", HighBy: "sohr", By: "sohr", AsOf: now.Add(-time.Hour)}},
			Sources: []news.StorySource{{SourceName: "reuters", URL: fmt.Sprintf("https://example.org/%d", i), Published: now.Add(-2 * time.Hour)}},
		})
	}
	d, err := digest.Build(context.Background(), store, news.DigestFilter{Since: now.Add(-24 * time.Hour)}, now)
	if err != nil {
		t.Fatal(err)
	}
	msgs := RenderDigest(d)
	if len(msgs) < 2 {
		t.Fatalf("%d messages for 30 long stories, want a split", len(msgs))
	}
	var embeds int
	for _, m := range msgs {
		total := 0
		for _, e := range m.Embeds {
			embeds++
			total += embedLen(e)
			if e.Colour == 0 || len(e.Fields) == 0 || !strings.Contains(e.Description, "](https://example.org/") ||
				!startsWithSection(e.Description) {
				t.Fatalf("embed lacks colour, figures, section or links: %+v", e)
			}
			// Outlets by their display names, each figure's sources named
			// once, by the figure's own text.
			if !strings.Contains(e.Description, "[Reuters](https://example.org/") {
				t.Fatalf("source link not by its display name: %q", e.Description)
			}
			if v := e.Fields[0].Value; strings.Count(v, "SOHR") != 1 || strings.Contains(v, "(sohr)") {
				t.Fatalf("figure %q: want its sources named once, as displayed", v)
			}
		}
		if len(m.Embeds) > maxEmbeds || total > maxEmbedTotal {
			t.Fatalf("message over the limits: %d embeds, %d characters", len(m.Embeds), total)
		}
	}
	shown := len(d.StoryIDs())
	if embeds != shown {
		t.Fatalf("%d embeds for %d stories: something was dropped", embeds, shown)
	}
	last := msgs[len(msgs)-1].Embeds
	if f := last[len(last)-1].Footer; f != esc(d.Footer) {
		t.Fatalf("last embed footer %q, want the digest footer %q", f, d.Footer)
	}
	if !strings.HasPrefix(msgs[0].Content, "## Conflict digest · "+d.Period) {
		t.Errorf("the first message does not give the period: %q", msgs[0].Content)
	}
}

// startsWithSection reports a description that opens with its section.
func startsWithSection(desc string) bool {
	for _, title := range digest.SectionTitles {
		if strings.HasPrefix(desc, "**"+title+"**") {
			return true
		}
	}
	return false
}

// TestDigestMessagesTellOtherDays: the first message of a period's digest
// says how many stories reported in the period tell of other days' events,
// and which days; a figure no originator is named for is the outlet's
// report, not its source.
func TestDigestMessagesTellOtherDays(t *testing.T) {
	at := time.Date(2017, 4, 12, 9, 0, 0, 0, time.UTC)
	store := newMemStore()
	for i, day := range []time.Time{at, time.Date(2017, 4, 29, 0, 0, 0, 0, time.UTC)} {
		s := &news.Story{Headline: fmt.Sprint("Strike ", i), Summary: "Strikes hit the town.", Categories: []news.Category{news.Violence},
			FirstSeen: at, LastSeen: at, Updated: at, EventFirst: day.Truncate(24 * time.Hour), EventLast: day.Truncate(24 * time.Hour),
			Sources: []news.StorySource{{SourceName: "dailysabah", URL: fmt.Sprintf("https://example.org/%d", i), Published: at}},
			Figures: []news.StoryFigure{{Kind: news.FigureKilled, High: news.Figure{Value: 8}, Latest: news.Figure{Value: 8}, By: "dailysabah",
				Lines: []news.FigureLine{{Outlet: "dailysabah", Steps: []news.FigureBy{{Figure: news.Figure{Value: 8, Qualifier: news.Exact}}}}}}}}
		store.CreateStory(context.Background(), s)
	}
	d, err := digest.Build(context.Background(), store, news.DigestFilter{Since: at.Add(-9 * time.Hour), Until: at.Add(6 * 24 * time.Hour)}, at)
	if err != nil {
		t.Fatal(err)
	}
	msgs, err := DigestMessages(d)
	if err != nil {
		t.Fatal(err)
	}
	want := "1 more story reported in this period tells of events of other days (29 Apr 2017): the digest of those days shows it."
	if !strings.Contains(msgs[0].Content, want) {
		t.Errorf("first message %q, want it to say %q", msgs[0].Content, want)
	}
	if len(msgs[0].Embeds) != 1 || len(msgs[0].Embeds[0].Fields) != 1 || msgs[0].Embeds[0].Fields[0].Value != "reported by Daily Sabah: 8" {
		t.Errorf("embeds %+v, want one story whose toll is reported by Daily Sabah", msgs[0].Embeds)
	}
}

// TestFigureFieldKeepsWholeLines: dated counts make long lines; a figure's
// field holds as many whole lines as fit Discord's 1,024 characters and
// counts the rest, never cutting a count from its day.
func TestFigureFieldKeepsWholeLines(t *testing.T) {
	line := func(who string) string {
		var steps []string
		for d := 1; d <= 5; d++ {
			steps = append(steps, fmt.Sprintf("at least %d,2%02d civilians (%d Dec 2016)", d, d, 25+d%5))
		}
		return who + " (a party to the fighting): " + strings.Repeat(strings.Join(steps, " → ")+" · ", 2)
	}
	it := &digest.Item{Figures: []digest.ItemFigure{{Kind: "killed", Text: "x",
		Lines: []string{line("Northern Command"), line("Southern Command"), line("Eastern Command"), "UN: 12 (2 Jan)"}}}}
	fs := figureFields(it)
	if len(fs) != 1 {
		t.Fatalf("fields %d, want 1", len(fs))
	}
	v := fs[0].Value
	if n := utf8.RuneCountInString(v); n > maxFieldValue {
		t.Errorf("field of %d characters, over Discord's %d", n, maxFieldValue)
	}
	got := strings.Split(v, "\n")
	if len(got) < 2 || got[len(got)-1] != fmt.Sprintf("and %d more", 5-len(got)) {
		t.Errorf("field lines %q, want whole lines and the rest counted", got)
	}
	for _, l := range got[:len(got)-1] {
		if !strings.HasSuffix(l, "· ") {
			t.Errorf("line cut: %q", l)
		}
	}
	it.Figures[0].Lines = []string{"UN: 12 (2 Jan)", "SOHR: 58 (12 Apr) → 72 (13 Apr)"}
	if v := figureFields(it)[0].Value; v != "UN: 12 (2 Jan)\nSOHR: 58 (12 Apr) → 72 (13 Apr)" {
		t.Errorf("short lines: field %q, want both whole", v)
	}
}
