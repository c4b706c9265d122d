package digest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/memory"
)

// memWorld is the store as delivery tests use it: the in-memory store
// (package store/memory, which keeps the stores' contract), its clock set
// to when each test's subscription was created and each story stored.
type memWorld struct {
	*memory.Services
	mu  sync.Mutex
	now time.Time // the store's clock
}

func newMemWorld() *memWorld {
	w := &memWorld{}
	w.Services = memory.NewServices(memory.New(memory.WithNow(func() time.Time {
		w.mu.Lock()
		defer w.mu.Unlock()
		return w.now
	})))
	return w
}

func (w *memWorld) setClock(t time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.now = t
}

// addSub stores s as created at s.Created; the store numbers
// subscriptions from 1, so tests add them in the order of their ids.
func (w *memWorld) addSub(s news.Subscription) {
	w.setClock(s.Created)
	want := s.ID
	if err := w.CreateSubscription(context.Background(), &s); err != nil || s.ID != want {
		panic(fmt.Sprintf("add subscription %d: stored as %d, %v", want, s.ID, err))
	}
}

// addStory stores s as ingest would have at stored (memory.SeedStory);
// the store numbers stories from 1, so tests add new stories in the order
// of their ids.
func (w *memWorld) addStory(s news.Story, stored time.Time) {
	want := s.ID
	if err := w.SeedStory(context.Background(), &s, stored); err != nil || s.ID != want {
		panic(fmt.Sprintf("add story %d: stored as %d, %v", want, s.ID, err))
	}
}

// boxes returns every stored outbox, oldest first.
func (w *memWorld) boxes() []news.Outbox {
	bs, err := w.Outboxes(context.Background())
	if err != nil {
		panic(err)
	}
	return bs
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
