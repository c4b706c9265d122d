package digest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// memWorld is an in-memory store for delivery tests: subscriptions, stories
// with the time they were stored, and outboxes. Each method is atomic, as
// each store method is one transaction.
type memWorld struct {
	mu      sync.Mutex
	subs    map[int64]*news.Subscription
	stories []storedStory
	boxes   []*news.Outbox
	nextBox int64
	told    map[int64]map[int64]news.DeliveredStory // by subscription, story: what finished digests told
}

type storedStory struct {
	news.Story
	stored time.Time
}

func newMemWorld() *memWorld { return &memWorld{subs: map[int64]*news.Subscription{}} }

func (w *memWorld) addSub(s news.Subscription) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.subs[s.ID] = &s
}

func (w *memWorld) addStory(s news.Story, stored time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.stories = append(w.stories, storedStory{s, stored})
}

func (w *memWorld) Stories(_ context.Context, f news.DigestFilter) ([]news.Story, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []news.Story
	for _, s := range w.stories {
		t := s.stored
		if !f.ByStored {
			t = s.LastSeen
		}
		if t.Before(f.Since) || (!f.Until.IsZero() && !t.Before(f.Until)) {
			continue
		}
		if len(f.Topics) > 0 && !anyTopic(s.Story, f.Topics) {
			continue
		}
		out = append(out, s.Story)
	}
	return out, nil
}

func (w *memWorld) Subscription(_ context.Context, id int64) (*news.Subscription, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	s, ok := w.subs[id]
	if !ok {
		return nil, news.Errorf(news.ENOTFOUND, "no subscription %d", id)
	}
	c := *s
	return &c, nil
}

func (w *memWorld) UpdateSubscription(_ context.Context, s *news.Subscription) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, ok := w.subs[s.ID]; !ok {
		return news.Errorf(news.ENOTFOUND, "no subscription %d", s.ID)
	}
	c := *s
	w.subs[s.ID] = &c
	return nil
}

func (w *memWorld) CreateOutbox(_ context.Context, o *news.Outbox) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, b := range w.boxes {
		if b.SubscriptionID == o.SubscriptionID && (!b.Done() || b.Until.Equal(o.Until)) {
			return news.Errorf(news.ECONFLICT, "the subscription has an unfinished digest")
		}
	}
	w.nextBox++
	o.ID = w.nextBox
	c := *o
	c.Messages = append([]news.OutboxMessage{}, o.Messages...)
	w.boxes = append(w.boxes, &c)
	return nil
}

func (w *memWorld) PendingOutboxes(_ context.Context, sub int64) ([]news.Outbox, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []news.Outbox
	for _, b := range w.boxes {
		if !b.Done() && (sub == 0 || b.SubscriptionID == sub) {
			c := *b
			c.Messages = append([]news.OutboxMessage{}, b.Messages...)
			out = append(out, c)
		}
	}
	return out, nil
}

func (w *memWorld) MarkSent(_ context.Context, id int64, part int, msgID string, at time.Time) (bool, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, b := range w.boxes {
		if b.ID != id {
			continue
		}
		for i := range b.Messages {
			if m := &b.Messages[i]; m.Part == part && m.Pending() {
				m.Sent, m.MessageID = at, msgID
				return w.finish(b), nil
			}
		}
	}
	return false, news.Errorf(news.ENOTFOUND, "no unsent message %d of digest %d", part, id)
}

func (w *memWorld) ParkMessage(_ context.Context, id int64, part int, reason string) (bool, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, b := range w.boxes {
		for i := range b.Messages {
			if m := &b.Messages[i]; b.ID == id && m.Part == part && m.Pending() {
				m.Parked = reason
				return w.finish(b), nil
			}
		}
	}
	return false, news.Errorf(news.ENOTFOUND, "no unsent message %d of digest %d", part, id)
}

// finish moves the cursor when b is done; the caller holds w.mu.
func (w *memWorld) finish(b *news.Outbox) bool {
	if !b.Done() {
		return false
	}
	if s := w.subs[b.SubscriptionID]; s != nil && b.Until.After(s.Cursor) {
		s.Cursor = b.Until
	}
	if w.told == nil {
		w.told = map[int64]map[int64]news.DeliveredStory{}
	}
	if w.told[b.SubscriptionID] == nil {
		w.told[b.SubscriptionID] = map[int64]news.DeliveredStory{}
	}
	for _, d := range b.Delivered {
		d.At = b.Until
		w.told[b.SubscriptionID][d.StoryID] = d
	}
	return true
}

// DeliveredStories is the memory of finished digests (news.DeliveryMemory).
func (w *memWorld) DeliveredStories(_ context.Context, sub int64, ids []int64) (map[int64]news.DeliveredStory, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := map[int64]news.DeliveredStory{}
	for _, id := range ids {
		if d, ok := w.told[sub][id]; ok {
			out[id] = d
		}
	}
	return out, nil
}

func (w *memWorld) AdvanceCursor(_ context.Context, id int64, t time.Time) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	s, ok := w.subs[id]
	if !ok {
		return news.Errorf(news.ENOTFOUND, "no subscription %d", id)
	}
	if t.After(s.Cursor) {
		s.Cursor = t
	}
	return nil
}

// fakeSender is Discord as the delivery sees it: channels of messages,
// nonces that return the first message of a retry, and per-channel errors.
type fakeSender struct {
	mu       sync.Mutex
	channels map[string][]fakeMsg
	nonces   map[string]string
	fail     map[string]error
	dms      map[string]string
	nextID   int
	sends    int
}

type fakeMsg struct {
	id, content, nonce string
	files              int
	embeds             string   // the embeds' titles joined by "|", "" for none
	fileNames          []string // names of the attached files
}

func newFakeSender() *fakeSender {
	return &fakeSender{channels: map[string][]fakeMsg{}, nonces: map[string]string{},
		fail: map[string]error{}, dms: map[string]string{}}
}

func (f *fakeSender) Send(_ context.Context, ch string, msg Message, nonce string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sends++
	if err := f.fail[ch]; err != nil {
		return "", err
	}
	if id, ok := f.nonces[ch+"|"+nonce]; ok {
		return id, nil // enforce_nonce: the first message comes back
	}
	f.nextID++
	id := fmt.Sprint(f.nextID)
	f.nonces[ch+"|"+nonce] = id
	m := fakeMsg{id: id, content: msg.Content, nonce: nonce, files: len(msg.Files), embeds: embedTitles(msg.Embeds)}
	for _, file := range msg.Files {
		m.fileNames = append(m.fileNames, file.Name)
	}
	f.channels[ch] = append(f.channels[ch], m)
	return id, nil
}

func (f *fakeSender) RecentHasMarker(_ context.Context, ch, marker string) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	msgs := f.channels[ch]
	for i := len(msgs) - 1; i >= 0 && i >= len(msgs)-50; i-- {
		if strings.Contains(msgs[i].content, marker) {
			return true, nil
		}
	}
	return false, nil
}

func (f *fakeSender) OpenDM(_ context.Context, user string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail["dm:"+user]; err != nil {
		return "", err
	}
	ch := "dm-" + user
	f.dms[user] = ch
	return ch, nil
}

// forgetNonces models Discord's nonce window passing: a retry after it
// posts again unless the marker check catches it.
func (f *fakeSender) forgetNonces() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nonces = map[string]string{}
}

func (f *fakeSender) messages(ch string) []fakeMsg {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakeMsg{}, f.channels[ch]...)
}

// markers returns how many times each digest marker appears in a channel.
func (f *fakeSender) markers(ch string) map[string]int {
	out := map[string]int{}
	for _, m := range f.messages(ch) {
		if i := strings.LastIndex(m.content, "-# digest "); i >= 0 {
			out[m.content[i+3:]]++
		}
	}
	return out
}

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// embedTitles names a message's embeds by their titles.
func embedTitles(es []news.Embed) string {
	var ts []string
	for _, e := range es {
		ts = append(ts, e.Title)
	}
	return strings.Join(ts, "|")
}
