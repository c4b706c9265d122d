package story

import (
	"math"
	"slices"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// Config tunes story assignment. The zero value of a field takes its default;
// the defaults were measured on the labelled pairs in testdata (see
// quality_test.go).
type Config struct {
	// Window is how far apart in time the articles of one story may be
	// (default 72 h): an article joins a story only when it lies within
	// the window of each of the story's articles.
	Window time.Duration
	// NearDupBits is the largest SimHash distance at which two articles are
	// near-duplicates: copies of one text (default 13 of 64 bits).
	NearDupBits int
	// Threshold is the least score at which an article joins a story
	// (default 0.35). A score is the tf-idf cosine of title, lead, places
	// and actors against the story's, adjusted for shared and conflicting
	// places and for the time gap; near-duplicates score 1.
	Threshold float64
	// MaxPostings bounds the candidate search: terms found in more stories
	// than this are too common to find candidates by (default 1,000). They
	// still count in the score.
	MaxPostings int
	// Candidates is how many stories with the most weighted terms in common
	// are scored in full (default 24).
	Candidates int
}

func (c Config) withDefaults() Config {
	if c.Window <= 0 {
		c.Window = 72 * time.Hour
	}
	if c.NearDupBits <= 0 {
		c.NearDupBits = 13
	}
	if c.Threshold <= 0 {
		c.Threshold = 0.35
	}
	if c.MaxPostings <= 0 {
		c.MaxPostings = 1000
	}
	if c.Candidates <= 0 {
		c.Candidates = 24
	}
	return c
}

// Index finds the story an article belongs to among the stories of the time
// window. Document frequencies are learned online from the articles added
// and forgotten with evicted stories, so idf follows the current news: when
// a battle floods the feeds with "Aleppo", "Aleppo" stops telling its
// stories apart, which a shipped background table could not know.
//
// An Index is safe for concurrent use, but Match followed by Add is not one
// atomic step: the ingest pipeline must have one writer, or two reports of a
// new event arriving together may start two stories.
type Index struct {
	mu       sync.Mutex
	cfg      Config
	slots    []*entry
	free     []int32
	byID     map[int64]int32
	postings map[string][]int32
	bands    [fpBands]map[uint16][]int32
	df       map[string]int32
	docs     int32
	first    []int64   // by slot: unix seconds of the story's first article
	last     []int64   // by slot: of its latest article
	acc      []float32 // scratch of Match, by slot
	touched  []int32   // scratch of Match: slots with acc > 0
	seen     lastItem  // the item Match saw last
}

// lastItem keeps the features of the item Match saw last: the pipeline
// then adds that same item, which need not be tokenised twice.
type lastItem struct {
	title, text    string
	published      time.Time
	places, actors int
	f              features
}

func (l *lastItem) is(it *Item) bool {
	return l.f.terms != nil && l.title == it.Title && l.text == it.Text && l.published.Equal(it.Published) &&
		l.places == len(it.Places) && l.actors == len(it.Actors)
}

func (x *Index) remember(it *Item, f features) {
	x.seen = lastItem{it.Title, it.Text, it.Published, len(it.Places), len(it.Actors), f}
}

// fpBands is the number of 16-bit blocks of a fingerprint that are indexed:
// two fingerprints within 3 bits share at least one block (pigeonhole), and
// farther near-duplicates are found through their shared terms.
const fpBands = 4

// maxFingerprints bounds the member fingerprints kept for one story.
const maxFingerprints = 16

// entry is one story as the index knows it.
type entry struct {
	id      int64
	terms   map[string]termStat
	normSq  float64 // squared norm of the tf-idf centroid, see Add
	normAt  int32   // documents in the index when normSq was last computed in full
	fps     []news.Fingerprint
	places  map[string]bool
	days    []int32 // event days of the members, see eventDay
	first   time.Time
	last    time.Time
	members int32
}

// termStat is a term's count over a story's members and the number of
// members it occurs in (their contribution to document frequency).
type termStat struct {
	tf   float32
	docs int32
}

// NewIndex returns an empty index.
func NewIndex(cfg Config) *Index {
	x := &Index{
		cfg:      cfg.withDefaults(),
		byID:     map[int64]int32{},
		postings: map[string][]int32{},
		df:       map[string]int32{},
	}
	for i := range x.bands {
		x.bands[i] = map[uint16][]int32{}
	}
	return x
}

// Len returns the number of stories in the index.
func (x *Index) Len() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return len(x.byID)
}

// idf is the smoothed inverse document frequency of a term.
func (x *Index) idf(t string) float64 {
	return math.Log(float64(x.docs+1)/float64(x.df[t]+1)) + 1
}

// inWindow reports whether an article published at p (unix seconds) may
// belong to the story in slot s: within the window of every article of the
// story, so a story spans at most one window. Without that bound a story
// that keeps taking updates would drift for weeks and swallow each new
// event at the same place.
func (x *Index) inWindow(s int32, p int64) bool {
	w := int64(x.cfg.Window / time.Second)
	return p >= x.last[s]-w && p <= x.first[s]+w
}

// Add records that the item belongs to the story storyID, creating the
// story in the index when it is new. The story's norm is updated for the
// terms the item brings, with today's idf; the idf of its other terms may
// have drifted since, and score recomputes the whole norm once the index
// has grown enough for that to matter (see freshNorm).
func (x *Index) Add(storyID int64, it Item) {
	x.mu.Lock()
	defer x.mu.Unlock()
	f := x.seen.f
	if !x.seen.is(&it) {
		f = itemFeatures(&it)
	}
	x.seen = lastItem{}
	e := x.entry(storyID, it.Published)
	slot := x.byID[storyID]
	x.addTerms(e, slot, f.terms)
	e.members++
	if it.Published.Before(e.first) {
		e.first = it.Published
	}
	if it.Published.After(e.last) {
		e.last = it.Published
	}
	x.first[slot], x.last[slot] = e.first.Unix(), e.last.Unix()
	if len(e.fps) < maxFingerprints && it.Fingerprint != 0 {
		e.fps = append(e.fps, it.Fingerprint)
		for b, key := range bandKeys(it.Fingerprint) {
			x.bands[b][key] = append(x.bands[b][key], slot)
		}
	}
	addKeys(e.places, entityKeys(it.Places))
	if f.day != noDay && len(e.days) < maxFingerprints && !slices.Contains(e.days, f.day) {
		e.days = append(e.days, f.day)
	}
}

// addTerms adds one document's terms to the story in slot and to the
// document frequencies, updating the story's norm for those terms.
func (x *Index) addTerms(e *entry, slot int32, terms map[string]float32) {
	for t, c := range terms {
		st, ok := e.terms[t]
		if !ok {
			x.postings[t] = append(x.postings[t], slot)
		}
		x.df[t]++
		idf := x.idf(t)
		old := float64(st.tf) * idf
		st.tf += c
		st.docs++
		e.terms[t] = st
		w := float64(st.tf) * idf
		e.normSq += w*w - old*old
	}
	x.docs++
}

// entry returns the story's entry, making one in a free slot when needed.
func (x *Index) entry(storyID int64, published time.Time) *entry {
	if s, ok := x.byID[storyID]; ok {
		return x.slots[s]
	}
	e := &entry{
		id: storyID, terms: map[string]termStat{}, places: map[string]bool{}, first: published, last: published,
	}
	var s int32
	if n := len(x.free); n > 0 {
		s = x.free[n-1]
		x.free = x.free[:n-1]
		x.slots[s] = e
	} else {
		s = int32(len(x.slots))
		x.slots = append(x.slots, e)
		x.acc = append(x.acc, 0)
		x.first = append(x.first, 0)
		x.last = append(x.last, 0)
	}
	x.byID[storyID] = s
	return e
}

// freshNorm returns the norm of the story's centroid, recomputing it with
// today's idf when the index has grown by a fifth since it was last
// computed in full: early in a run idf changes fast, later hardly at all.
func (x *Index) freshNorm(e *entry) float64 {
	if x.docs > e.normAt+e.normAt/5+4 {
		var sum float64
		for t, st := range e.terms {
			w := float64(st.tf) * x.idf(t)
			sum += w * w
		}
		e.normSq, e.normAt = sum, x.docs
	}
	return math.Sqrt(e.normSq)
}

func addKeys(set map[string]bool, keys []string) {
	for _, k := range keys {
		set[k] = true
	}
}

// bandKeys splits a fingerprint into its indexed blocks.
func bandKeys(f news.Fingerprint) [fpBands]uint16 {
	var k [fpBands]uint16
	for i := range k {
		k[i] = uint16(uint64(f) >> (16 * i))
	}
	return k
}

// Evict forgets the stories whose latest article was published before the
// given time, with their share of the document frequencies, and returns how
// many it forgot. Posting lists are pruned once per term for the whole
// batch, so evicting many stories costs about one pass over the index.
func (x *Index) Evict(before time.Time) int {
	x.mu.Lock()
	defer x.mu.Unlock()
	gone := make([]bool, len(x.slots))
	terms := map[string]bool{}
	var keys [fpBands]map[uint16]bool
	for b := range keys {
		keys[b] = map[uint16]bool{}
	}
	n := 0
	for s, e := range x.slots {
		if e == nil || !e.last.Before(before) {
			continue
		}
		gone[s] = true
		n++
		for t, st := range e.terms {
			if x.df[t] -= st.docs; x.df[t] <= 0 {
				delete(x.df, t)
			}
			terms[t] = true
		}
		for _, f := range e.fps {
			for b, key := range bandKeys(f) {
				keys[b][key] = true
			}
		}
		x.docs -= e.members
		delete(x.byID, e.id)
		x.slots[s] = nil
		x.free = append(x.free, int32(s))
	}
	x.prune(gone, terms, keys)
	return n
}

// prune removes the gone slots from the postings of terms and from the
// fingerprint blocks keys.
func (x *Index) prune(gone []bool, terms map[string]bool, keys [fpBands]map[uint16]bool) {
	for t := range terms {
		if x.postings[t] = without(x.postings[t], gone); len(x.postings[t]) == 0 {
			delete(x.postings, t)
		}
	}
	for b := range keys {
		for key := range keys[b] {
			if x.bands[b][key] = without(x.bands[b][key], gone); len(x.bands[b][key]) == 0 {
				delete(x.bands[b], key)
			}
		}
	}
}

// without removes the gone slots from list, keeping the order of the rest.
func without(list []int32, gone []bool) []int32 {
	out := list[:0]
	for _, v := range list {
		if int(v) >= len(gone) || !gone[v] {
			out = append(out, v)
		}
	}
	return out
}

// distance is the smallest SimHash distance from f to a story member.
func distance(e *entry, f news.Fingerprint) int {
	best := 65
	if f == 0 {
		return best
	}
	for _, g := range e.fps {
		best = min(best, analyze.Distance(f, g))
	}
	return best
}
