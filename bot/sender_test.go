package bot

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
)

func newTestSender(fake *fakediscord.Server, onUnauth func(error)) *Sender {
	return NewSender(SenderConfig{Token: fake.Token(), APIBase: apiBase(fake.URL()), OnUnauthorized: onUnauth,
		Backoff: 20 * time.Millisecond})
}

// TestSenderFanOutWithinLimits delivers to 100 channels (two messages each,
// and eight to one channel) and checks from the fake's records that no
// channel ever got more than 5 messages in 5 s and the bot never made more
// than 50 requests in any second.
func TestSenderFanOutWithinLimits(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{})
	defer fake.Close()
	s := newTestSender(fake, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	var failed atomic.Int32
	send := func(ch string, n int) {
		defer wg.Done()
		for i := range n {
			if _, err := s.Post(ctx, ch, &Message{Content: fmt.Sprintf("digest %d", i)}, fmt.Sprintf("n-%s-%d", ch[len(ch)-4:], i)); err != nil {
				t.Errorf("send to %s: %v", ch, err)
				failed.Add(1)
			}
		}
	}
	for c := range 100 {
		wg.Add(1)
		go send(fmt.Sprintf("6000000000000%05d", c), 2)
	}
	wg.Add(1)
	go send("700000000000000001", 8)
	wg.Wait()
	reqs := fake.RequestsTo("POST", "/channels/{channel_id}/messages")
	if len(reqs) < 208 {
		t.Fatalf("%d requests, want at least 208", len(reqs))
	}
	perChannel := map[string][]time.Time{}
	var all []time.Time
	for _, r := range reqs {
		if r.Status == 429 {
			t.Errorf("a 429 at %v", r.At)
		}
		if r.Status == 200 {
			perChannel[r.Params["channel_id"]] = append(perChannel[r.Params["channel_id"]], r.At)
			all = append(all, r.At)
		}
	}
	t.Logf("%d messages; busiest second %d, busiest channel window %d",
		len(all), maxInWindow(all, time.Second), maxInWindow(perChannel["700000000000000001"], 5*time.Second))
	if got := maxInWindow(all, time.Second); got > 50 {
		t.Errorf("%d requests in one second, want ≤ 50", got)
	}
	for ch, ts := range perChannel {
		if got := maxInWindow(ts, 5*time.Second); got > 5 {
			t.Errorf("channel %s: %d messages in 5 s, want ≤ 5", ch, got)
		}
	}
	if n := len(fake.Messages("700000000000000001")); n != 8 {
		t.Errorf("busy channel has %d messages, want 8", n)
	}
}

// maxInWindow is the largest number of times within any window.
func maxInWindow(ts []time.Time, w time.Duration) int {
	best, j := 0, 0
	for i := range ts {
		for ts[i].Sub(ts[j]) >= w {
			j++
		}
		best = max(best, i-j+1)
	}
	return best
}

func TestSenderErrorCodes(t *testing.T) {
	tests := []struct {
		name      string
		fault     fakediscord.Fault
		wantCode  string
		wantPause bool
		wantStop  bool
		wantTries int
	}{
		{"unknown channel", fakediscord.Fault{Code: 10003}, news.ENOTFOUND, true, false, 1},
		{"missing access", fakediscord.Fault{Code: 50001}, news.EFORBIDDEN, true, false, 1},
		{"missing permissions", fakediscord.Fault{Code: 50013}, news.EFORBIDDEN, true, false, 1},
		{"cannot dm", fakediscord.Fault{Code: 50007}, news.EFORBIDDEN, true, false, 1},
		{"unauthorized", fakediscord.Fault{Status: 401}, news.EUNAUTHORIZED, false, true, 1},
		{"5xx recovers", fakediscord.Fault{Status: 502, Times: 2}, "", false, false, 3},
		{"5xx persists", fakediscord.Fault{Status: 503}, news.EUNAVAILABLE, false, false, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := fakediscord.New(fakediscord.Options{})
			defer fake.Close()
			tt.fault.Route = "/channels/{channel_id}/messages"
			fake.AddFault(tt.fault)
			var stopped error
			s := newTestSender(fake, func(err error) { stopped = err })
			_, err := s.Post(context.Background(), "800000000000000001", &Message{Content: "hello"}, "")
			if got := news.ErrorCode(err); got != tt.wantCode {
				t.Fatalf("error %v has code %q, want %q", err, got, tt.wantCode)
			}
			if _, paused := PauseReason(err); paused != tt.wantPause {
				t.Errorf("PauseReason = %v, want %v", paused, tt.wantPause)
			}
			if (stopped != nil) != tt.wantStop || (stopped != nil && !errors.Is(stopped, ErrStopped)) {
				t.Errorf("OnUnauthorized got %v, want called=%v", stopped, tt.wantStop)
			}
			reqs := fake.RequestsTo("POST", "/channels/{channel_id}/messages")
			if len(reqs) != tt.wantTries {
				t.Errorf("%d attempts, want %d", len(reqs), tt.wantTries)
			}
			for i := 1; i < len(reqs); i++ {
				if gap, want := reqs[i].At.Sub(reqs[i-1].At), 20*time.Millisecond<<(i-1); gap < want {
					t.Errorf("retry %d after %v, want a back-off of at least %v", i, gap, want)
				}
			}
		})
	}
}

func TestSenderHonoursRetryAfterOn429(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{ChannelLimit: 1, ChannelPeriod: 300 * time.Millisecond})
	defer fake.Close()
	// A second sender shares the channel's bucket on Discord's side but
	// not our side, so the first one meets a 429 it did not predict.
	other := newTestSender(fake, nil)
	s := newTestSender(fake, nil)
	ch := "800000000000000002"
	if _, err := other.Post(context.Background(), ch, &Message{Content: "a"}, ""); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := s.Post(context.Background(), ch, &Message{Content: "b"}, ""); err != nil {
		t.Fatalf("send after 429: %v", err)
	}
	statuses := []int{}
	for _, r := range fake.RequestsTo("POST", "/channels/{channel_id}/messages") {
		statuses = append(statuses, r.Status)
	}
	if fmt.Sprint(statuses) != "[200 429 200]" || time.Since(start) < 200*time.Millisecond {
		t.Fatalf("statuses %v after %v, want [200 429 200] after waiting retry_after", statuses, time.Since(start))
	}
}

func TestSendNonceIsIdempotentAndMarkerFound(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{})
	defer fake.Close()
	s := newTestSender(fake, nil)
	ctx := context.Background()
	ch := "800000000000000003"
	m := &Message{Content: "digest #42 marker:d42", Files: []File{{Name: "chart.png", ContentType: "image/png", Data: []byte{0x89, 'P', 'N', 'G'}}}}
	id1, err1 := s.Post(ctx, ch, m, "d42-1")
	id2, err2 := s.Post(ctx, ch, m, "d42-1")
	if err1 != nil || err2 != nil || id1 != id2 || len(fake.Messages(ch)) != 1 {
		t.Fatalf("ids %s %s, errors %v %v, %d messages; want one message", id1, id2, err1, err2, len(fake.Messages(ch)))
	}
	if atts, _ := fake.Messages(ch)[0]["attachments"].([]any); len(atts) != 1 {
		t.Fatalf("attachments %v, want the chart", atts)
	}
	for marker, want := range map[string]bool{"marker:d42": true, "marker:d43": false} {
		got, err := s.RecentHasMarker(ctx, ch, marker)
		if err != nil || got != want {
			t.Fatalf("RecentHasMarker(%s) = %v, %v; want %v", marker, got, err, want)
		}
	}
}

func TestPauseOnErrorTellsCreator(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	sub := &news.Subscription{GuildID: testGuild, ChannelID: "900000000000000001", UserID: alice.ID, Schedule: "0 * * * *", TimeZone: "UTC"}
	h.store.CreateSubscription(context.Background(), sub)
	h.fake.AddFault(fakediscord.Fault{Route: "/channels/{channel_id}/messages", ChannelID: sub.ChannelID, Code: 50013})
	_, err := h.bot.Sender().Post(context.Background(), sub.ChannelID, &Message{Content: "x"}, "")
	paused, perr := h.bot.PauseOnError(context.Background(), sub, err)
	if !paused || perr != nil {
		t.Fatalf("PauseOnError = %v, %v", paused, perr)
	}
	saved, _ := h.store.Subscription(context.Background(), sub.ID)
	if !saved.Paused() {
		t.Fatalf("subscription not paused: %+v", saved)
	}
	dm := h.fake.DMChannel(alice.ID)
	if msgs := h.fake.Messages(dm); dm == "" || len(msgs) != 1 {
		t.Fatalf("creator was not told: dm %q, %d messages", dm, len(msgs))
	}
}

// BenchmarkFanOut measures one message to each of 500 channels through the
// sender against the fake's real limits; it reports messages per second and
// the 429s met (want ≥ 45/s and 0).
func BenchmarkFanOut(b *testing.B) {
	for b.Loop() {
		fake := fakediscord.New(fakediscord.Options{})
		s := newTestSender(fake, nil)
		var wg sync.WaitGroup
		start := time.Now()
		for c := range 500 {
			wg.Go(func() {
				if _, err := s.Post(context.Background(), fmt.Sprintf("61%016d", c), &Message{Content: "digest"}, ""); err != nil {
					b.Error(err)
				}
			})
		}
		wg.Wait()
		elapsed := time.Since(start)
		n429 := 0
		for _, r := range fake.Requests() {
			if r.Status == 429 {
				n429++
			}
		}
		b.ReportMetric(500/elapsed.Seconds(), "msgs/s")
		b.ReportMetric(float64(n429), "429s")
		fake.Close()
	}
}
