package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestSubscriptionLabelInWords: an autocomplete label names the channel
// by its name and the schedule in words, never by ids or cron.
func TestSubscriptionLabelInWords(t *testing.T) {
	b := &Bot{guilds: NewGuildDirectory()}
	b.guilds.setChannels([]*discordgo.Channel{{ID: "400000000000000001", Name: "syria-news"}})
	sub := &news.Subscription{ID: 3, ChannelID: "400000000000000001", Schedule: "30 7 * * *", TimeZone: "Europe/Berlin",
		Topics: []news.Category{news.Talks}}
	got := b.subscriptionLabel(sub)
	if want := "#3 #syria-news · talks · every day at 07:30 (Berlin)"; got != want {
		t.Errorf("label = %q, want %q", got, want)
	}
	sub.ChannelID = "400000000000000002" // not seen by the gateway
	if got := b.subscriptionLabel(sub); strings.Contains(got, "400000000000000002") || strings.Contains(got, "30 7") {
		t.Errorf("label %q shows an id or cron", got)
	}
}

// TestSourcesLanguages: /sources health counts what the bot could not
// read, by language; /sources add tells at once when a feed's items are in
// a language the bot does not read, and says so when the feed cannot be
// read now.
func TestSourcesLanguages(t *testing.T) {
	if got, want := unreadNote([]news.LanguageCount{{Language: "ur", Items: 26}, {Language: "pt", Items: 1}}),
		"; 26 items in Urdu, 1 item in Portuguese: not analysed (the bot reads English)"; got != want {
		t.Errorf("health note = %q, want %q", got, want)
	}
	if got := unreadNote(nil); got != "" {
		t.Errorf("health note with nothing unread = %q", got)
	}
	b := &Bot{deps: Deps{ProbeFeed: func(_ context.Context, guild, u string) (FeedProbe, error) {
		switch u {
		case "https://feeds.bbci.co.uk/urdu/rss.xml":
			return FeedProbe{Items: 26, Languages: map[string]int{"ur": 26}}, nil
		case "https://www.reuters.com/world/rss":
			return FeedProbe{Items: 20, Languages: map[string]int{"en": 19, "": 1}}, nil
		}
		return FeedProbe{}, news.Errorf(news.EUNAVAILABLE, "the site answered 503")
	}}}
	ctx := context.Background()
	if got := b.probeNote(ctx, "g", "https://feeds.bbci.co.uk/urdu/rss.xml"); !strings.Contains(got, "26 of its 26 latest items are in Urdu") {
		t.Errorf("Urdu feed: %q", got)
	}
	if got := b.probeNote(ctx, "g", "https://www.reuters.com/world/rss"); got != "" {
		t.Errorf("English feed: %q, want nothing to say", got)
	}
	if got := b.probeNote(ctx, "g", "https://down.example/feed"); !strings.Contains(got, "could not be read just now (the site answered 503)") {
		t.Errorf("feed down: %q", got)
	}
}
