package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
)

// digestStories stores n stories of every category with long summaries,
// many sources and figures; the first has more figures than an embed may
// hold and a headline over the title limit.
func digestStories(t *testing.T, s *memStore, n int, now time.Time) {
	t.Helper()
	for i := range n {
		st := &news.Story{Headline: fmt.Sprintf("Story %d about Idlib", i+1), Summary: strings.Repeat("A long summary sentence. ", 30),
			Categories: []news.Category{news.Categories[i%len(news.Categories)]}, FirstSeen: now.Add(-20 * time.Hour),
			LastSeen: now.Add(-time.Hour), Updated: now}
		figures := 3
		if i == 0 {
			figures = 40
			st.Headline += strings.Repeat(" and the countryside around it", 10)
		}
		for k := range figures {
			v := news.Figure{Value: int64(10 + k), Qualifier: news.AtLeast}
			st.Figures = append(st.Figures, news.StoryFigure{Kind: fmt.Sprintf("killed in place %d", k), Low: v, High: v,
				Latest: v, By: "sohr", AsOf: now.Add(-time.Hour)})
		}
		for k := range 7 { // reports over the day: the chart has bars to draw
			st.Sources = append(st.Sources, news.StorySource{SourceName: fmt.Sprintf("outlet%d", k),
				URL: fmt.Sprintf("https://example.org/%d/%d", i, k), Published: now.Add(-time.Duration(2+3*k) * time.Hour)})
		}
		if err := s.CreateStory(context.Background(), st); err != nil {
			t.Fatal(err)
		}
	}
}

var markerLine = regexp.MustCompile(`\n?-# digest [0-9a-f]{12} · (\d+)/(\d+)$`)

// TestDigestMessagesDelivered delivers a digest of 40 stories as embeds
// through the Deliverer and the real sender to the fake Discord, which
// checks every body against Discord's OpenAPI description and limits.
func TestDigestMessagesDelivered(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	fake := fakediscord.New(fakediscord.Options{})
	defer fake.Close()
	store := newMemStore()
	digestStories(t, store, 40, now)
	sub := &news.Subscription{GuildID: "100000000000000001", ChannelID: "400000000000000001", Schedule: "hourly",
		Created: now.Add(-time.Hour), MaxStories: 40}
	if err := store.CreateSubscription(context.Background(), sub); err != nil {
		t.Fatal(err)
	}
	d := &digest.Deliverer{Stories: store, Subs: store, Outbox: store, Sender: newTestSender(fake, nil),
		Now: func() time.Time { return now }, Render: DigestMessages}
	if out, err := d.Deliver(context.Background(), sub.ID); err != nil || out != digest.Delivered {
		t.Fatalf("deliver: %v %v, want delivered", out, err)
	}
	reqs := fake.RequestsTo("POST", "/channels/{channel_id}/messages")
	if len(reqs) < 4 {
		t.Fatalf("%d messages for 40 stories, want at least 4 (10 embeds each at most)", len(reqs))
	}
	t.Logf("40 stories in %d messages", len(reqs))
	titles := map[string]int{}
	for i, r := range reqs {
		checkDigestRequest(t, i, len(reqs), r, titles)
	}
	for i := range 40 {
		if n := titles[fmt.Sprintf("Story %d about Idlib", i+1)]; n != 1 {
			t.Errorf("story %d shown %d times, want 1", i+1, n)
		}
	}
}

// checkDigestRequest checks message i of n as Discord accepted it and counts
// its story titles (a cut title counts under its uncut start).
func checkDigestRequest(t *testing.T, i, n int, r fakediscord.Request, titles map[string]int) {
	t.Helper()
	if r.Status != http.StatusOK {
		t.Fatalf("message %d refused: %d %s", i+1, r.Status, r.Response)
	}
	var body struct {
		Content         string                    `json:"content"`
		Embeds          []*discordgo.MessageEmbed `json:"embeds"`
		AllowedMentions *struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
		Nonce        string `json:"nonce"`
		EnforceNonce bool   `json:"enforce_nonce"`
	}
	if err := json.Unmarshal(r.Body, &body); err != nil {
		t.Fatal(err)
	}
	g := markerLine.FindStringSubmatch(body.Content)
	if g == nil || g[1] != fmt.Sprint(i+1) || g[2] != fmt.Sprint(n) {
		t.Errorf("message %d content %q lacks its marker %d/%d", i+1, body.Content, i+1, n)
	}
	if i > 0 && !strings.Contains(body.Content, fmt.Sprintf("Digest continued: part %d of %d.", i+1, n)) {
		t.Errorf("message %d does not say it continues the digest: %q", i+1, body.Content)
	}
	if body.AllowedMentions == nil || len(body.AllowedMentions.Parse) != 0 || body.Nonce == "" || !body.EnforceNonce {
		t.Errorf("message %d: allowed_mentions %+v nonce %q enforce %v", i+1, body.AllowedMentions, body.Nonce, body.EnforceNonce)
	}
	total := 0
	for _, e := range body.Embeds {
		total += discordEmbedLen(e)
		if len(e.Fields) > maxFields || utf8.RuneCountInString(e.Title) > maxTitle {
			t.Errorf("message %d: embed %q has %d fields", i+1, e.Title, len(e.Fields))
		}
		title, _, _ := strings.Cut(e.Title, " and the countryside")
		titles[title]++
	}
	if len(body.Embeds) > maxEmbeds || total > maxEmbedTotal || utf8.RuneCountInString(body.Content) > maxContent {
		t.Errorf("message %d over the limits: %d embeds, %d characters", i+1, len(body.Embeds), total)
	}
	chart := len(body.Embeds) > 0 && body.Embeds[0].Image != nil && body.Embeds[0].Image.URL == "attachment://"+digest.ChartFile
	attached := len(r.Files) == 1 && r.Files[0] == digest.ChartFile
	if (i == 0) != (chart && attached) || (i > 0 && len(r.Files) > 0) {
		t.Errorf("message %d: chart shown %v, files %v; the chart goes with the first only", i+1, chart, r.Files)
	}
}

// discordEmbedLen counts the characters of an embed as Discord received it.
func discordEmbedLen(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	return n
}

func TestDigestMessagesQuiet(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	until := now
	d := &digest.Digest{Since: now.Add(-time.Hour), Until: &until, Footer: "0 stories", Period: "28 Nov 2026"}
	msgs, err := DigestMessages(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 1 || msgs[0].Embeds != nil || !strings.Contains(msgs[0].Content, digest.QuietNote(d)) {
		t.Fatalf("messages = %+v, want one quiet note without embeds", msgs)
	}
	if strings.Contains(msgs[0].Content, "Continued") {
		t.Errorf("a single message says it continues: %q", msgs[0].Content)
	}
}

func TestFitContentLeavesRoomForTheMarker(t *testing.T) {
	embeds := []news.Embed{{Title: "a"}, {Title: "b"}}
	long := strings.Repeat("line of the header\n", 300) // 5,700 characters
	out := fitContent([]*Message{{Content: long, Embeds: embeds}, {Content: "short"}}, 1000)
	if len(out) != 7 {
		t.Fatalf("%d messages, want 6 for the content and 1 more", len(out))
	}
	var joined strings.Builder
	for i, m := range out[:6] {
		if n := utf8.RuneCountInString(m.Content); n > 1000 {
			t.Errorf("message %d has %d characters, over 1000", i+1, n)
		}
		if (len(m.Embeds) > 0) != (i == 5) {
			t.Errorf("message %d has %d embeds; they stay with the last piece", i+1, len(m.Embeds))
		}
		joined.WriteString(m.Content)
	}
	if joined.String() != long || out[6].Content != "short" {
		t.Errorf("content changed in the split")
	}
}

// TestChartInTheFirstMessage: the chart's embed leads the first message,
// titled with what it draws, even when the stories alone would fill it.
func TestChartInTheFirstMessage(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	store := newMemStore()
	digestStories(t, store, 12, now)
	d, err := digest.Build(context.Background(), store, news.DigestFilter{Since: now.Add(-48 * time.Hour)}, now)
	if err != nil {
		t.Fatal(err)
	}
	d.ChartFile = digest.ChartFile
	msgs, err := DigestMessages(d)
	if err != nil {
		t.Fatal(err)
	}
	var first []news.Embed // the embeds of the first message that has some
	for _, m := range msgs {
		if len(m.Embeds) > 0 {
			first = m.Embeds
			break
		}
	}
	var chart news.Embed
	for _, m := range msgs {
		for i, e := range m.Embeds {
			if e.Image != "" {
				if chart.Image != "" || i != 0 {
					t.Fatalf("the chart is not alone at the head of its message: %+v", m.Embeds)
				}
				chart = e
			}
		}
	}
	if chart.Image != digest.ChartFile || !strings.HasPrefix(chart.Title, "Stories ") || chart.Description != "" {
		t.Errorf("chart embed %+v, want the chart titled with what it draws", chart)
	}
	if len(first) == 0 || first[0].Image != digest.ChartFile {
		t.Errorf("the first message with embeds does not lead with the chart")
	}
}

// FuzzDigestMessages checks that any digest, however long its texts and
// however many its stories and figures, renders within every limit with
// room for the marker, every story once.
func FuzzDigestMessages(f *testing.F) {
	f.Add(uint8(40), uint8(3), "Story about Idlib", "A summary.", "reuters", true)
	f.Add(uint8(1), uint8(60), strings.Repeat("x", 300), strings.Repeat("long ", 1200), strings.Repeat("s", 300), false)
	f.Add(uint8(0), uint8(0), "", "", "", true)
	f.Add(uint8(11), uint8(30), "[a](b) <@everyone>", strings.Repeat("é", 3000), "[outlet]", true)
	f.Add(uint8(60), uint8(40), "h", strings.Repeat("long ", 800), "s", true)
	f.Fuzz(func(t *testing.T, n, figures uint8, headline, summary, source string, chart bool) {
		n, figures = n%61, figures%41 // a slot's digest, a story's figures: larger only slows the fuzzer
		now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
		d := &digest.Digest{Since: now.Add(-time.Hour), Until: &now, Footer: summary, Period: headline, Counts: digest.Counts{Stories: int(n)}}
		if chart {
			d.ChartFile = digest.ChartFile
		}
		sec := digest.Section{Category: news.Violence}
		for i := range int(n) {
			it := digest.Item{StoryID: int64(i), Headline: fmt.Sprintf("%d %s", i, headline), Summary: summary, LastSeen: now,
				Sources: []digest.ItemSource{{Name: source, URL: "https://example.org/" + fmt.Sprint(i)}}}
			for k := range int(figures) {
				it.Figures = append(it.Figures, digest.ItemFigure{Kind: fmt.Sprint(headline, k), Text: summary, AsOf: now})
			}
			sec.Items = append(sec.Items, it)
		}
		if n > 0 {
			d.Sections = []digest.Section{sec}
		}
		msgs, err := DigestMessages(d)
		if err != nil || len(msgs) == 0 {
			t.Fatalf("%d messages, %v", len(msgs), err)
		}
		stories := 0
		for i, m := range msgs {
			if c := utf8.RuneCountInString(m.Content); c > digest.MaxMessage-digest.MarkerRoom {
				t.Fatalf("message %d: %d characters of content leave no room for the marker", i+1, c)
			}
			stories += checkEmbedLimits(t, i, m.Embeds)
		}
		if stories != int(n) {
			t.Fatalf("%d story embeds for %d stories", stories, n)
		}
	})
}

// checkEmbedLimits fails on any embed limit broken in message i and
// returns how many story embeds (not the chart's) it holds.
func checkEmbedLimits(t *testing.T, i int, embeds []news.Embed) (stories int) {
	t.Helper()
	total := 0
	for _, e := range embeds {
		total += embedLen(e)
		if utf8.RuneCountInString(e.Title) > maxTitle || utf8.RuneCountInString(e.Description) > maxDescription || len(e.Fields) > maxFields {
			t.Fatalf("message %d: embed over its limits: %d title, %d description, %d fields", i+1,
				utf8.RuneCountInString(e.Title), utf8.RuneCountInString(e.Description), len(e.Fields))
		}
		for _, fl := range e.Fields {
			if utf8.RuneCountInString(fl.Name) > maxFieldName || utf8.RuneCountInString(fl.Value) > maxFieldValue {
				t.Fatalf("message %d: field over its limits", i+1)
			}
		}
		if utf8.RuneCountInString(e.Footer) > maxFooter {
			t.Fatalf("message %d: footer over its limit", i+1)
		}
		if e.Description != "" { // the chart's own embed has none
			stories++
		}
	}
	if len(embeds) > maxEmbeds || total > maxEmbedTotal {
		t.Fatalf("message %d: %d embeds, %d characters", i+1, len(embeds), total)
	}
	return stories
}
