package digest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// embedRender renders one message per story, its embeds naming the story;
// even messages have no content, so the marker line is all of it.
func embedRender(seen *string) func(d *Digest) ([]Message, error) {
	return func(d *Digest) ([]Message, error) {
		*seen = d.ChartFile
		var out []Message
		for _, sec := range d.Sections {
			for _, it := range sec.Items {
				m := Message{Embeds: []news.Embed{{Title: it.Headline}}}
				if len(out)%2 == 1 {
					m.Content = "continued"
				}
				out = append(out, m)
			}
		}
		return out, nil
	}
}

func TestDeliverRenderHook(t *testing.T) {
	w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
	w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0})
	for i := int64(1); i <= 3; i++ {
		w.addStory(testStory(i, news.Violence, t0.Add(-time.Duration(i)*4*time.Hour), "S."), t0.Add(time.Minute))
	}
	d := newDeliverer(w, s, c)
	d.NoChart = false
	var chart string
	d.Render = embedRender(&chart)
	if out, err := d.Deliver(context.Background(), 1); err != nil || out != Delivered {
		t.Fatalf("deliver: %v %v, want delivered", out, err)
	}
	if chart != ChartFile {
		t.Errorf("the renderer saw ChartFile %q, want %q", chart, ChartFile)
	}
	msgs := s.messages("c1")
	if len(msgs) != 3 {
		t.Fatalf("messages = %d, want 3 (one per story)", len(msgs))
	}
	until := t0.Add(time.Hour - DefaultLag).Truncate(time.Minute)
	for i, m := range msgs {
		marker := Marker(1, until, i+1, 3)
		want := "-# " + marker
		if i%2 == 1 {
			want = "continued\n" + want
		}
		if m.content != want {
			t.Errorf("message %d content = %q, want %q", i+1, m.content, want)
		}
		if m.nonce != Nonce(1, until, i+1) {
			t.Errorf("message %d nonce = %q, want %q", i+1, m.nonce, Nonce(1, until, i+1))
		}
		if want := fmt.Sprintf("Story %d", i+1); m.embeds != want { // newest first
			t.Errorf("message %d embeds = %s, want %s", i+1, m.embeds, want)
		}
		if wantFiles := i == 0; (len(m.fileNames) == 1 && m.fileNames[0] == ChartFile) != wantFiles {
			t.Errorf("message %d files = %v; the chart goes with the first only", i+1, m.fileNames)
		}
	}
	if got := embedTitles(w.boxes()[0].Messages[2].Embeds); !strings.Contains(got, "Story 3") {
		t.Errorf("stored embeds of part 3 = %s, want Story 3", got)
	}
}

// TestDeliverRenderHookResumes: a digest stored with embeds and the chart,
// interrupted before its first message or after it, is finished with the
// same embeds, files, markers and nonces after a restart, without
// rendering again.
func TestDeliverRenderHookResumes(t *testing.T) {
	for _, tt := range []struct {
		step   string
		before int // messages sent before the crash
	}{{"before_send", 0}, {"after_mark", 1}} {
		t.Run(tt.step, func(t *testing.T) {
			w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
			w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0})
			for i := int64(1); i <= 2; i++ {
				w.addStory(testStory(i, news.Talks, t0.Add(-time.Duration(i)*4*time.Hour), "S."), t0.Add(time.Minute))
			}
			var chart string
			d := newDeliverer(w, s, c)
			d.NoChart, d.Render = false, embedRender(&chart)
			d.Crash = func(step string) {
				if step == tt.step {
					panic(crash{step})
				}
			}
			func() {
				defer func() { _ = recover() }()
				_, _ = d.Deliver(context.Background(), 1)
			}()
			if n := len(s.messages("c1")); n != tt.before {
				t.Fatalf("messages before the restart = %d, want %d", n, tt.before)
			}
			s.forgetNonces()
			c.t = c.t.Add(time.Minute)
			d2 := newDeliverer(w, s, c)
			d2.Render = func(*Digest) ([]Message, error) { return nil, errors.New("must not render again") }
			if out, err := d2.Deliver(context.Background(), 1); err != nil || out != Resumed {
				t.Fatalf("resume: %v %v, want resumed", out, err)
			}
			msgs := s.messages("c1")
			if len(msgs) != 2 || msgs[0].embeds != "Story 1" || msgs[1].embeds != "Story 2" ||
				!strings.HasSuffix(msgs[1].content, "· 2/2") {
				t.Fatalf("messages after the restart = %+v", msgs)
			}
			if len(msgs[0].fileNames) != 1 || msgs[0].fileNames[0] != ChartFile || msgs[1].files != 0 {
				t.Errorf("files %v and %d; the chart goes with the first", msgs[0].fileNames, msgs[1].files)
			}
		})
	}
}

func TestDeliverRenderHookRefused(t *testing.T) {
	tests := []struct {
		name   string
		render func(*Digest) ([]Message, error)
		want   string
	}{
		{"error", func(*Digest) ([]Message, error) { return nil, errors.New("boom") }, "render digest: boom"},
		{"none", func(*Digest) ([]Message, error) { return nil, nil }, "render digest: no message"},
		{"too long", func(*Digest) ([]Message, error) {
			return []Message{{Content: strings.Repeat("x", MaxMessage-10)}}, nil
		}, "over 2000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, s, c := newMemWorld(), newFakeSender(), &testClock{t0.Add(time.Hour)}
			w.addSub(news.Subscription{ID: 1, GuildID: "g", ChannelID: "c1", Schedule: "hourly", Created: t0})
			w.addStory(testStory(1, news.Violence, t0.Add(time.Minute), "S."), t0.Add(time.Minute))
			d := newDeliverer(w, s, c)
			d.Render = tt.render
			_, err := d.Deliver(context.Background(), 1)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			if len(w.boxes()) != 0 || len(s.messages("c1")) != 0 {
				t.Errorf("outboxes %d, messages %d; want nothing stored or sent", len(w.boxes()), len(s.messages("c1")))
			}
			if sub, _ := w.Subscription(context.Background(), 1); !sub.Cursor.IsZero() {
				t.Errorf("cursor moved to %v", sub.Cursor)
			}
		})
	}
}
