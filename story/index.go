package story

import (
	"math"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// Config tunes story assignment. The zero value of a field takes its default;
// the defaults were measured on the labelled pairs in testdata (see
// quality_test.go).
type Config struct {
	// Window is how far apart in time an article and a story may be and
	// still be one event (default 72 h).
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
	// than this are too common to find candidates by (default 2,000). They
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
		c.MaxPostings = 2000
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
	acc      []float32 // scratch of Match, by slot
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
	norm    float64 // of the tf-idf centroid, as of the last Add
	fps     []news.Fingerprint
	places  map[string]bool
	first   time.Time
	last    time.Time
	members int32
	alive   bool
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

// inWindow reports whether an article published at p may belong to e.
func (x *Index) inWindow(e *entry, p time.Time) bool {
	return !p.Before(e.first.Add(-x.cfg.Window)) && !p.After(e.last.Add(x.cfg.Window))
}

// Add records that the item belongs to the story storyID, creating the
// story in the index when it is new.
func (x *Index) Add(storyID int64, it Item) {
	tc := itemTerms(&it)
	x.mu.Lock()
	defer x.mu.Unlock()
	e := x.entry(storyID, it.Published)
	for t, c := range tc {
		st, ok := e.terms[t]
		if !ok {
			x.postings[t] = append(x.postings[t], x.byID[storyID])
		}
		st.tf += c
		st.docs++
		e.terms[t] = st
		x.df[t]++
	}
	x.docs++
	e.members++
	if it.Published.Before(e.first) {
		e.first = it.Published
	}
	if it.Published.After(e.last) {
		e.last = it.Published
	}
	if len(e.fps) < maxFingerprints && it.Fingerprint != 0 {
		e.fps = append(e.fps, it.Fingerprint)
		for b, key := range bandKeys(it.Fingerprint) {
			x.bands[b][key] = append(x.bands[b][key], x.byID[storyID])
		}
	}
	addKeys(e.places, entityKeys(it.Places))
	e.norm = x.norm(e)
}

// entry returns the story's entry, making one in a free slot when needed.
func (x *Index) entry(storyID int64, published time.Time) *entry {
	if s, ok := x.byID[storyID]; ok {
		return x.slots[s]
	}
	e := &entry{
		id: storyID, terms: map[string]termStat{}, places: map[string]bool{}, first: published, last: published, alive: true,
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
	}
	x.byID[storyID] = s
	return e
}

func (x *Index) norm(e *entry) float64 {
	var sum float64
	for t, st := range e.terms {
		w := float64(st.tf) * x.idf(t)
		sum += w * w
	}
	return math.Sqrt(sum)
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
// many it forgot.
func (x *Index) Evict(before time.Time) int {
	x.mu.Lock()
	defer x.mu.Unlock()
	n := 0
	for s, e := range x.slots {
		if e == nil || !e.alive || !e.last.Before(before) {
			continue
		}
		x.remove(int32(s), e)
		n++
	}
	return n
}

func (x *Index) remove(s int32, e *entry) {
	for t, st := range e.terms {
		if x.df[t] -= st.docs; x.df[t] <= 0 {
			delete(x.df, t)
		}
		x.postings[t] = without(x.postings[t], s)
		if len(x.postings[t]) == 0 {
			delete(x.postings, t)
		}
	}
	for _, f := range e.fps {
		for b, key := range bandKeys(f) {
			x.bands[b][key] = without(x.bands[b][key], s)
			if len(x.bands[b][key]) == 0 {
				delete(x.bands[b], key)
			}
		}
	}
	x.docs -= e.members
	delete(x.byID, e.id)
	x.slots[s] = nil
	x.free = append(x.free, s)
}

// without removes every s from list, keeping the order of the rest.
func without(list []int32, s int32) []int32 {
	out := list[:0]
	for _, v := range list {
		if v != s {
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
