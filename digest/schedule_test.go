package digest

import (
	"context"
	"io"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/internal/testutil"
	"github.com/conflict-digest/conflict-digest/news"
)

func TestNormalizeSchedule(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"hourly", "0 * * * *", ""},
		{"Daily 07:30", "30 7 * * *", ""},
		{"weekly Mon 18:05", "5 18 * * 1", ""},
		{"weekly sunday 00:00", "0 0 * * 0", ""},
		{"0 */6 * * *", "0 */6 * * *", ""},
		{"@daily", "@daily", ""},
		{"", "", "empty schedule"},
		{"daily 25:00", "", "24-hour clock"},
		{"daily 7:5", "", "24-hour clock"},
		{"daily", "", "daily HH:MM"},
		{"weekly funday 07:00", "", "not a day of the week"},
		{"weekly sat 06:00", "0 6 * * 6", ""},
		{"weekly tues 07:00", "", "not a day of the week"}, // cron's three letters or the full name only
		{"* * *", "", "5-field cron expression"},
		{"CRON_TZ=Europe/Berlin 0 7 * * *", "", "time zone separately"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := NormalizeSchedule(tt.in)
			if tt.err != "" {
				if news.ErrorCode(err) != news.EINVALID || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want EINVALID containing %q", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestNextRunTimeZone(t *testing.T) {
	after := time.Date(2026, 3, 28, 12, 0, 0, 0, time.UTC) // a Saturday; Berlin moves to CEST on the 29th
	tests := []struct {
		spec, tz string
		want     time.Time
	}{
		{"daily 07:30", "", time.Date(2026, 3, 29, 7, 30, 0, 0, time.UTC)},
		{"daily 07:30", "Europe/Berlin", time.Date(2026, 3, 29, 5, 30, 0, 0, time.UTC)},
		{"daily 07:30", "Asia/Kolkata", time.Date(2026, 3, 29, 2, 0, 0, 0, time.UTC)},
		{"weekly mon 09:00", "America/New_York", time.Date(2026, 3, 30, 13, 0, 0, 0, time.UTC)},
		{"hourly", "Asia/Kolkata", time.Date(2026, 3, 28, 12, 30, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.spec+" "+tt.tz, func(t *testing.T) {
			got, err := NextRun(tt.spec, tt.tz, after)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("got %v, want %v", got.UTC(), tt.want)
			}
		})
	}
	for _, spec := range []string{"*/30 * * * *", "@every 1s", "0,30 9 * * *"} {
		if _, err := ParseSchedule(spec, ""); news.ErrorCode(err) != news.EINVALID || !strings.Contains(err.Error(), "hourly") {
			t.Errorf("%s: err = %v, want EINVALID: at most hourly", spec, err)
		}
	}
	if _, err := NextRun("daily 07:00", "Mars/Olympus", after); news.ErrorCode(err) != news.EINVALID {
		t.Errorf("unknown zone: err = %v, want EINVALID", err)
	}
}

func FuzzParseSchedule(f *testing.F) {
	for _, s := range []string{"hourly", "daily 07:30", "weekly mon 07:30", "0 7 * * 1-5", "@weekly", "daily 99:99", "weekly", "*/0 * * * *", "@every 1h"} {
		f.Add(s, "Europe/Berlin")
	}
	f.Fuzz(func(t *testing.T, spec, tz string) {
		s, err := ParseSchedule(spec, tz)
		if err != nil {
			if news.ErrorCode(err) != news.EINVALID {
				t.Fatalf("ParseSchedule(%q, %q): code %q, want EINVALID", spec, tz, news.ErrorCode(err))
			}
			return
		}
		s.Next(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	})
}

// countingRunner records deliveries and can block them.
type countingRunner struct {
	mu    sync.Mutex
	runs  map[int64]int
	block chan struct{}
}

func (r *countingRunner) Deliver(ctx context.Context, id int64) (Outcome, error) {
	r.mu.Lock()
	r.runs[id]++
	r.mu.Unlock()
	if r.block != nil {
		<-r.block
	}
	return Delivered, nil
}

func (r *countingRunner) count(id int64) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.runs[id]
}

func testLogger(buf io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func TestSchedulerCatchUpOnce(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	r := &countingRunner{runs: map[int64]int{}}
	var logs syncBuffer
	s := NewScheduler(r, slog.New(slog.NewTextHandler(&logs, nil)), func() time.Time { return now })
	subs := []news.Subscription{
		{ID: 1, Schedule: "hourly", Cursor: now.Add(-30 * time.Hour)},                      // 30 slots missed: one catch-up
		{ID: 2, Schedule: "daily 18:00", Cursor: now.Add(-2 * time.Hour)},                  // no slot missed
		{ID: 3, Schedule: "hourly", Cursor: now.Add(-5 * time.Hour), PausedReason: "gone"}, // paused
		{ID: 4, Schedule: "daily 18:00", Cursor: now.Add(-time.Hour)},                      // unfinished digest
	}
	if err := s.Start(subs, []int64{4}); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[int64]int{1: 1, 2: 0, 3: 0, 4: 1} {
		if got := r.count(id); got != want {
			t.Errorf("subscription %d ran %d times, want %d", id, got, want)
		}
	}
	if !strings.Contains(logs.String(), "subscription_id=1") {
		t.Errorf("no delivery logged: %s", logs.String())
	}
}

func TestSchedulerUpsertRemove(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 10, 0, 0, time.UTC)
	s := NewScheduler(&countingRunner{runs: map[int64]int{}}, slog.New(slog.DiscardHandler), func() time.Time { return now })
	sub := news.Subscription{ID: 9, Schedule: "daily 18:00", TimeZone: "Europe/Berlin"}
	if err := s.Upsert(&sub); err != nil {
		t.Fatal(err)
	}
	if got, want := s.Next(9), time.Date(2026, 11, 29, 17, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("next = %v, want %v", got, want)
	}
	sub.Schedule = "hourly"
	if err := s.Upsert(&sub); err != nil {
		t.Fatal(err)
	}
	if got, want := s.Next(9), time.Date(2026, 11, 29, 13, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("next after change = %v, want %v", got, want)
	}
	if n := len(s.cron.Entries()); n != 1 {
		t.Errorf("cron entries = %d, want 1", n)
	}
	s.Remove(9)
	if got := s.Next(9); !got.IsZero() || len(s.cron.Entries()) != 0 {
		t.Errorf("after remove: next %v, %d entries", got, len(s.cron.Entries()))
	}
	sub.Schedule = "daily 31:00"
	if err := s.Upsert(&sub); news.ErrorCode(err) != news.EINVALID {
		t.Errorf("bad schedule: err = %v, want EINVALID", err)
	}
}

func TestSchedulerSkipsWhileRunningAndRecovers(t *testing.T) {
	r := &countingRunner{runs: map[int64]int{}, block: make(chan struct{})}
	var logs syncBuffer
	s := NewScheduler(r, testLogger(&logs), nil)
	if err := s.Upsert(&news.Subscription{ID: 5, Schedule: "hourly"}); err != nil {
		t.Fatal(err)
	}
	s.RunNow(5)
	for r.count(5) == 0 {
		time.Sleep(time.Millisecond)
	}
	s.RunNow(5) // skipped: the first is still running
	for !strings.Contains(logs.String(), "cron: skip") {
		time.Sleep(time.Millisecond)
	}
	close(r.block)
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := r.count(5); got != 1 {
		t.Errorf("ran %d times, want 1 (the second skipped)", got)
	}
	p := NewScheduler(panicRunner{}, testLogger(&logs), nil)
	if err := p.Upsert(&news.Subscription{ID: 6, Schedule: "hourly"}); err != nil {
		t.Fatal(err)
	}
	p.RunNow(6)
	if err := p.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "cron: panic") {
		t.Errorf("panic not recovered and logged: %s", logs.String())
	}
}

type panicRunner struct{}

func (panicRunner) Deliver(context.Context, int64) (Outcome, error) { panic("boom") }

type syncBuffer = testutil.SyncBuffer

func TestWindowStart(t *testing.T) {
	created := time.Date(2026, 3, 10, 6, 0, 0, 0, time.UTC)
	cursor := time.Date(2026, 3, 9, 7, 30, 0, 0, time.UTC)
	tests := []struct {
		name string
		sub  news.Subscription
		want time.Time
	}{
		{"cursor wins", news.Subscription{Schedule: "hourly", Cursor: cursor, Created: created}, cursor},
		{"first hourly digest covers an hour", news.Subscription{Schedule: "0 * * * *", TimeZone: "UTC", Created: created}, created.Add(-time.Hour)},
		{"first daily digest covers a day", news.Subscription{Schedule: "30 7 * * *", TimeZone: "Europe/Berlin", Created: created}, created.Add(-24 * time.Hour)},
		{"first weekly digest covers a week", news.Subscription{Schedule: "0 8 * * 1", TimeZone: "UTC", Created: created}, created.Add(-7 * 24 * time.Hour)},
		{"unreadable schedule", news.Subscription{Schedule: "whenever", Created: created}, created},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WindowStart(&tt.sub); !got.Equal(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// A stored subscription whose schedule no longer parses (a rule tightened
// since it was saved) is logged and left out: it must not stop the start.
func TestSchedulerStartSkipsBadSchedule(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	var logs syncBuffer
	s := NewScheduler(&countingRunner{runs: map[int64]int{}}, slog.New(slog.NewTextHandler(&logs, nil)), func() time.Time { return now })
	subs := []news.Subscription{
		{ID: 1, Schedule: "*/5 * * * *", Cursor: now},
		{ID: 2, Schedule: "daily 18:00", Cursor: now},
	}
	if err := s.Start(subs, nil); err != nil {
		t.Fatalf("start: %v", err)
	}
	defer s.Stop(context.Background())
	if !s.Next(1).IsZero() || s.Next(2).IsZero() {
		t.Errorf("next = %v, %v; want subscription 1 unscheduled, 2 scheduled", s.Next(1), s.Next(2))
	}
	if !strings.Contains(logs.String(), "subscription_id=1") {
		t.Errorf("bad schedule not logged: %s", logs.String())
	}
}

// A digest delivered at its slot leaves the cursor a little before the slot
// (the lag, cut to the minute): a restart later in the period has missed
// nothing and must not send an extra digest.
func TestSchedulerNoCatchUpAfterDeliveredSlot(t *testing.T) {
	now := time.Date(2026, 11, 29, 15, 0, 0, 0, time.UTC)
	r := &countingRunner{runs: map[int64]int{}}
	s := NewScheduler(r, slog.New(slog.DiscardHandler), func() time.Time { return now })
	slot := time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC)
	cursor := slot.Add(-DefaultLag).Truncate(time.Minute) // what the 08:00 delivery left
	subs := []news.Subscription{
		{ID: 1, Schedule: "daily 08:00", Cursor: cursor},                      // delivered at 08:00
		{ID: 2, Schedule: "daily 08:00", Cursor: cursor.Add(-24 * time.Hour)}, // missed today's
	}
	if err := s.Start(subs, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := r.count(1); got != 0 {
		t.Errorf("delivered subscription ran %d times at restart, want 0", got)
	}
	if got := r.count(2); got != 1 {
		t.Errorf("subscription that missed its slot ran %d times, want 1", got)
	}
}

func TestDescribeSchedule(t *testing.T) {
	tests := []struct{ spec, tz, want string }{
		{"daily 07:30", "Europe/Berlin", "every day at 07:30 (Berlin)"},
		{"30 7 * * *", "Europe/Berlin", "every day at 07:30 (Berlin)"},
		{"weekly mon 08:00", "", "every Monday at 08:00 (UTC)"},
		{"hourly", "UTC", "every hour"},
		{"15 * * * *", "UTC", "every hour at :15"},
		{"0 6 * * 1-5", "Europe/Kyiv", "every weekday at 06:00 (Kyiv)"},
		{"0 9 * * 1,4", "America/New_York", "every Monday and Thursday at 09:00 (New York)"},
		{"0 9 * * SUN,wed", "UTC", "every Sunday and Wednesday at 09:00 (UTC)"},
		{"@daily", "Asia/Damascus", "every day at 00:00 (Damascus)"},
		{"0 8 1 * *", "UTC", "on a custom schedule (UTC)"},
		{"nonsense", "UTC", "on a schedule that cannot be read"},
	}
	for _, tt := range tests {
		if got := DescribeSchedule(tt.spec, tt.tz); got != tt.want {
			t.Errorf("DescribeSchedule(%q, %q) = %q, want %q", tt.spec, tt.tz, got, tt.want)
		}
	}
}

// TestSchedulerSync: Sync schedules what another instance added, follows a
// changed schedule, forgets a removed or paused subscription, leaves an
// unchanged one's entry alone, and runs the due and the unfinished.
func TestSchedulerSync(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 10, 0, 0, time.UTC)
	r := &countingRunner{runs: map[int64]int{}}
	s := NewScheduler(r, slog.New(slog.DiscardHandler), func() time.Time { return now })
	start := []news.Subscription{
		{ID: 1, Schedule: "daily 18:00", Cursor: now.Add(-time.Hour)}, // changed to hourly below: due
		{ID: 2, Schedule: "daily 18:00", Cursor: now.Add(-time.Hour)}, // unchanged
		{ID: 3, Schedule: "daily 18:00", Cursor: now.Add(-time.Hour)}, // removed elsewhere
		{ID: 4, Schedule: "daily 18:00", Cursor: now.Add(-time.Hour)}, // paused elsewhere
	}
	if err := s.Start(start, nil); err != nil {
		t.Fatal(err)
	}
	unchanged := s.entries[2].id
	s.Sync([]news.Subscription{
		{ID: 1, Schedule: "hourly", Cursor: now.Add(-time.Hour)},
		{ID: 2, Schedule: "daily 18:00", Cursor: now.Add(-time.Hour)},
		{ID: 4, Schedule: "daily 18:00", Cursor: now.Add(-time.Hour), PausedReason: "gone"},
		{ID: 5, Schedule: "daily 18:00", Cursor: now.Add(-time.Hour)}, // added elsewhere, its digest unfinished
		{ID: 6, Schedule: "daily 18:00", Cursor: now.Add(-time.Hour)}, // added elsewhere, not due
	}, []int64{5})
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[int64]int{1: 1, 2: 0, 3: 0, 4: 0, 5: 1, 6: 0} {
		if got := r.count(id); got != want {
			t.Errorf("subscription %d ran %d times, want %d", id, got, want)
		}
	}
	var ids []int64
	for id := range s.entries {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if want := []int64{1, 2, 5, 6}; !slices.Equal(ids, want) {
		t.Errorf("scheduled %v, want %v", ids, want)
	}
	if got, want := s.Next(1), time.Date(2026, 11, 29, 13, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("subscription 1's next slot %v, want %v (hourly)", got, want)
	}
	if s.entries[2].id != unchanged {
		t.Errorf("an unchanged subscription was scheduled again")
	}
}

// peakRunner counts deliveries per subscription and the most running at
// once; each takes a little while.
type peakRunner struct {
	mu            sync.Mutex
	runs          map[int64]int
	running, peak int
	hold          chan struct{} // when set, a delivery ends only once it is closed
}

func (r *peakRunner) Deliver(ctx context.Context, id int64) (Outcome, error) {
	r.mu.Lock()
	r.runs[id]++
	r.running++
	r.peak = max(r.peak, r.running)
	r.mu.Unlock()
	if r.hold != nil {
		<-r.hold
	}
	time.Sleep(time.Millisecond)
	r.mu.Lock()
	r.running--
	r.mu.Unlock()
	return Delivered, nil
}

// TestSchedulerWorkers: with Workers, a slot's due subscriptions wait in
// a queue for the workers: every one is delivered once, never more than
// Workers at once; a second RunNow of a queued one adds nothing, and Sync
// drops from the queue those no longer due.
func TestSchedulerWorkers(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 10, 0, 0, time.UTC)
	// No delivery ends before every RunNow below is made: a RunNow after a
	// delivery ended would rightly run it again (the test once failed so,
	// under load), and it must add nothing while queued or running.
	r := &peakRunner{runs: map[int64]int{}, hold: make(chan struct{})}
	s := NewScheduler(r, slog.New(slog.DiscardHandler), func() time.Time { return now })
	s.Workers = 4
	var subs []news.Subscription
	for id := int64(1); id <= 200; id++ {
		subs = append(subs, news.Subscription{ID: id, Schedule: "hourly", Created: now.Add(-2 * time.Hour)})
	}
	if err := s.Start(subs, nil); err != nil {
		t.Fatal(err)
	}
	for id := int64(1); id <= 200; id++ {
		s.RunNow(id) // queued or running already: nothing more
	}
	close(r.hold)
	deadline := time.Now().Add(10 * time.Second)
	for {
		r.mu.Lock()
		n := len(r.runs)
		r.mu.Unlock()
		if n == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of 200 delivered", n)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for id, n := range r.runs {
		if n != 1 {
			t.Errorf("subscription %d delivered %d times, want once", id, n)
		}
	}
	if r.peak > 4 || r.peak < 1 {
		t.Errorf("at most %d deliveries ran at once, want 1 to 4", r.peak)
	}
}

// TestSchedulerPrune: Sync drops from the queue what is no longer due.
func TestSchedulerPrune(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 10, 0, 0, time.UTC)
	s := NewScheduler(&countingRunner{runs: map[int64]int{}}, slog.New(slog.DiscardHandler), func() time.Time { return now })
	s.Workers = 1 // never started: the queue stays as filled
	due := news.Subscription{ID: 1, Schedule: "hourly", Created: now.Add(-2 * time.Hour)}
	done := news.Subscription{ID: 2, Schedule: "hourly", Created: now.Add(-2 * time.Hour)}
	for _, sub := range []*news.Subscription{&due, &done} {
		if err := s.Upsert(sub); err != nil {
			t.Fatal(err)
		}
		s.RunNow(sub.ID)
	}
	done.Cursor = now.Add(-time.Minute) // delivered by another instance
	s.Sync([]news.Subscription{due, done}, nil)
	if got := slices.Sorted(maps.Keys(s.queued)); !slices.Equal(got, []int64{1}) {
		t.Errorf("queued after sync: %v, want [1]", got)
	}
}
