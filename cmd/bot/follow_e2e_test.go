package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

// TestFollowEndToEnd: /follow in a forum refuses while the forum requires
// a tag on each post, and while the bot lacks what threads need, and
// takes the channel once it has it; a story stored
// afterwards gets one forum post, a later report of it one message in the
// same post, also across a restart; /unfollow stops it.
func TestFollowEndToEnd(t *testing.T) {
	w := newWorld(t)
	w.env["CD_THREAD_INTERVAL"] = "1s"
	const forum = "420000000000000001"
	now := time.Now().UTC()
	first := rssItem{"Idlib ceasefire collapses as shelling resumes", "https://desk.example/idlib-truce",
		words("The ceasefire in Idlib collapsed on " + eventDay(now) + " after government shelling killed 40 civilians, a monitor said."), now.Add(-2 * time.Hour)}
	second := rssItem{"Idlib truce collapses as government shelling resumes", "https://desk.example/idlib-truce-2",
		words("The truce in Idlib collapsed on " + eventDay(now) + " as government shelling killed 40 civilians, the monitor said on " + now.Weekday().String() + "."), now.Add(-time.Hour)}
	var items atomic.Pointer[[]rssItem]
	items.Store(&[]rssItem{first})
	desk := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, _ *http.Request) {
		io.WriteString(rw, rss("Syria Desk", *items.Load()))
	}))
	defer desk.Close()
	w.fake.SetChannel(fakediscord.GuildChannel{ID: forum, GuildID: guildA, Name: "stories", Type: fakediscord.ChannelForum})
	w.fake.SetAppPermissions(forum, fakediscord.DefaultEveryone) // no Send Messages in Threads
	w.fake.SetChannel(fakediscord.GuildChannel{ID: forum, GuildID: guildA, Name: "stories", Type: fakediscord.ChannelForum, Flags: fakediscord.FlagRequireTag})
	w.start(0)

	if r, _ := w.command(guildA, forum, mallory, manageChannels, "follow"); !strings.Contains(r.Content, "The forum #stories requires a tag on each post") {
		t.Errorf("/follow in a forum that requires tags: %q", r.Content)
	}
	w.fake.SetChannel(fakediscord.GuildChannel{ID: forum, GuildID: guildA, Name: "stories", Type: fakediscord.ChannelForum})
	if r, _ := w.command(guildA, forum, mallory, manageChannels, "follow"); !strings.Contains(r.Content, "lacks Send Messages in Threads") {
		t.Errorf("/follow where the bot cannot post in threads: %q", r.Content)
	}
	w.fake.SetAppPermissions(forum, fakediscord.DefaultEveryone|fakediscord.PermSendMessagesInThreads)
	if r, _ := w.command(guildA, forum, mallory, manageChannels, "follow", fakediscord.Str("topics", "ceasefire")); !strings.Contains(r.Content, "gets a post of this forum") {
		t.Fatalf("/follow: %q", r.Content)
	}
	if r, _ := w.command(guildA, forum, mallory, manageChannels, "follow"); !strings.Contains(r.Content, "followed already") {
		t.Errorf("a second /follow: %q", r.Content)
	}

	if _, errOut, err := w.runCLI("ingest", "--db", w.dbPath, desk.URL+"/feed.xml"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	w.waitFor("the story's forum post", func() bool { return len(w.fake.Threads(forum)) > 0 })
	th := w.fake.Threads(forum)[0]
	if th.Name != first.title {
		t.Errorf("forum post named %q, want %q", th.Name, first.title)
	}
	if msgs := w.fake.Messages(th.ID); len(msgs) != 1 || !strings.Contains(str(msgs[0]["content"]), "(<https://desk.example/idlib-truce>)") {
		t.Fatalf("forum post messages %v, want the starter linking its source", msgs)
	}

	w.halt()
	items.Store(&[]rssItem{first, second})
	if _, errOut, err := w.runCLI("ingest", "--db", w.dbPath, desk.URL+"/feed.xml"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	w.start(0)
	w.waitFor("the later report in the post", func() bool { return len(w.fake.Messages(th.ID)) > 1 })
	time.Sleep(2500 * time.Millisecond) // more rounds post nothing more
	msgs := w.fake.Messages(th.ID)
	if len(msgs) != 2 || !strings.Contains(str(msgs[1]["content"]), "**1 new report**") ||
		!strings.Contains(str(msgs[1]["content"]), "idlib-truce-2") {
		t.Errorf("post messages after the later report: %v", msgs)
	}
	if n := len(w.fake.Threads(forum)); n != 1 {
		t.Errorf("%d forum posts, want 1", n)
	}
	if r, _ := w.command(guildA, forum, mallory, manageChannels, "unfollow"); !strings.Contains(r.Content, "Stopped") {
		t.Errorf("/unfollow: %q", r.Content)
	}
	if r, _ := w.command(guildA, forum, mallory, manageChannels, "unfollow"); !strings.Contains(r.Content, "not followed") {
		t.Errorf("a second /unfollow: %q", r.Content)
	}
}
