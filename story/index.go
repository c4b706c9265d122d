package story

import (
	"cmp"
	"hash/fnv"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// The invariant of story assignment: the partition of a set of articles into
// stories is a function of the set, not of the order the articles arrived in.
//
// It holds by construction. Two articles are linked when Linked says so, and
// Linked looks at those two articles only: their event days (from their own
// text or dates, see EventDay), their terms weighed by a fixed idf table
// (idf.go), their places and fingerprints. A story is a connected component
// of the links. Components are a function of the set of links, which is a
// function of the set of articles; whatever the order, an article that links
// two stories merges them, and no link is ever missed, because every link
// needs a shared index key on event days at most DayReach apart, and Links
// looks up all of them. The ingest pipeline keeps the index complete for the
// days it matches (it loads a day's stored articles before an article of a
// nearby day is matched), so the components it stores are those of every
// article stored.
//
// Precision against chaining, where A links B and B links C although A and C
// are different events, comes from the strictness of a link: the same event
// day or the next, a shared specific key, and a similarity that two reports of
// one place on one day reach only when they tell the same event.

// Config tunes story assignment. The zero value of a field takes its default;
// the defaults were chosen on the tuning part of the labelled pairs in
// testdata (quality_test.go) and checked on the held-out part.
type Config struct {
	// NearDupBits is the largest SimHash distance at which two articles are
	// near-duplicates, copies of one text, linked whatever their words
	// score (default 13 of 64 bits).
	NearDupBits int
	// Threshold is the least score at which two articles are linked
	// (default 0.35): the tf-idf cosine of title, lead, places and actors,
	// adjusted for shared and conflicting places and for the days between
	// their events (see Score).
	Threshold float64
	// DayReach is the most days between the event days of two linked
	// articles (default 1): reports of one attack give its day, give or
	// take a time zone or a late dateline. A story lasts longer than that
	// through chains of reports, each near the one before.
	DayReach int
	// AftermathDays is the most days between the event days of two
	// reports linked as one story that lasts: a chemical attack and its
	// aftermath, a storm named in both titles (default 5; see
	// aftermath.go).
	AftermathDays int
	// MaxKeys bounds the rare terms of an article that are index keys
	// (default 8: the rarest). Its rare places are keys too. Fewer keys
	// find fewer of a story's reports, more find more candidates to score.
	MaxKeys int
}

func (c Config) withDefaults() Config {
	if c.NearDupBits <= 0 {
		c.NearDupBits = 13
	}
	if c.Threshold <= 0 {
		c.Threshold = 0.35
	}
	if c.DayReach <= 0 {
		c.DayReach = 1
	}
	if c.AftermathDays <= 0 {
		c.AftermathDays = 5
	}
	if c.MaxKeys <= 0 {
		c.MaxKeys = 8
	}
	return c
}

// Index finds the stories an article links to among the articles it holds.
// It holds articles, not story summaries, so that whether two articles are
// linked never depends on what else a story had gathered when one of them
// arrived. Stories are named by keys the caller chooses (Add); Merge records
// that one story was merged into another, and Find resolves a key to the
// story it now belongs to.
//
// An Index is safe for concurrent use, but Links followed by Add is not one
// atomic step: the ingest pipeline has one writer.
type Index struct {
	mu       sync.Mutex
	cfg      Config
	docs     []doc
	free     []int32
	postings map[uint64][]int32 // bucket(key, day) -> slots
	byDay    map[int32][]int32  // event day -> slots
	parent   map[int64]int64    // a merged story -> the story it was merged into
	stamp    []uint32           // scratch of Links: the epoch a slot was last seen in
	cands    []int32            // scratch of Links: the slots it tests
	sink     uint32             // what warm read, kept so that its reads are not left out
	qterms   termSet            // scratch of Links: the terms of the item it links
	epoch    uint32
	seen     lastItem
	size     int
	scored   int64 // candidates Links has examined, for benchmarks
}

// doc is one article as the index knows it. What every candidate's test
// reads comes first, to share its cache line: most candidates fail on the
// day, the name mask and the cosine.
type doc struct {
	day      int32
	named    bool // the text names the event's day (Item.DayNamed)
	night    bool // the text dates it at a night's turn of two days (Item.Night)
	chemical bool // the title tells of a chemical attack (see aftermath)
	battle   bool // the title or first sentence tells of a ground offensive (aftermath)
	reaction bool // the title tells of a statement or a diplomatic act (news.TitleReaction)
	event    bool // the title tells of an event's toll or victims (news.TitleEvent)
	act      bool // the title tells of an attack or fighting (news.TitleAct)
	// political: the title tells no event of its own, no act, toll,
	// victims, attack or fighting (politicalReport)
	political bool
	recalls   int32 // the earlier day the lead recalls (Item.Recalls)
	// accusation: a reaction whose title accuses a party (news.TitleAccusation);
	// session: one whose title tells of a meeting (news.TitleSession)
	accusation, session bool
	// spotsNamed and spotsFound: fine holds towns or districts the gazetteer
	// named, spots the lead's words found (otherSpots)
	spotsNamed, spotsFound bool
	names                  uint64 // a bit per name key (maskOf): which nameKeys may be shared
	truce                  uint64 // the key of a truce change told as the report's news, 0 none (truce.go)
	titled                 uint64 // a bit per key of places whose place the title names (truce.go)
	fp                     news.Fingerprint
	vec                    vector
	keys                   []uint64  // sorted, distinct: rare lead places and rare terms
	chemKeys               []uint64  // sorted: a chemical attack's lead places (aftermath.go)
	battleKeys             []uint64  // sorted: an offensive's lead places (aftermath.go)
	nameKeys               []uint64  // sorted, distinct: the rare words of the title (aftermath.go)
	places                 []uint64  // sorted, distinct: the places of the lead (see leadPlaces)
	placeIDF               []float32 // by places: the weight of each
	fine                   []uint64  // sorted, distinct: the spots of the lead, towns and below (spots.go)
	spots                  []uint64  // sorted, distinct: the spots the lead's words found (spots.go)
	toll                   int64     // the main killed count, 0 none (sameDayToll)
	tolls                  []int64   // sorted: every killed count of the day's events, the main one's and its parts (sameDayToll)
	story                  int64     // the story key given to Add; resolve it with find
	live                   bool
}

// maskOf returns a bit per key: two lists whose masks share no bit share no
// key, which a test reads without reading the lists.
func maskOf(keys []uint64) uint64 {
	var m uint64
	for _, k := range keys {
		m |= 1 << (k >> 58)
	}
	return m
}

// lastItem keeps the doc Links built last: the pipeline then adds that same
// item, which need not be tokenised twice.
type lastItem struct {
	title, text string
	day         int32
	d           doc
	ok          bool
}

func (l *lastItem) is(it *Item) bool {
	return l.ok && l.title == it.Title && l.text == it.Text && l.day == it.EventDay
}

// NewIndex returns an empty index.
func NewIndex(cfg Config) *Index {
	return &Index{
		cfg:      cfg.withDefaults(),
		postings: map[uint64][]int32{},
		byDay:    map[int32][]int32{},
		parent:   map[int64]int64{},
	}
}

// Len returns the number of articles in the index.
func (x *Index) Len() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.size
}

// Links returns the stories the item is linked to, resolved through merges,
// in ascending order of key, each once. None means the item starts a story
// of its own; more than one means it bridges stories that are one.
func (x *Index) Links(it Item) []int64 {
	x.mu.Lock()
	defer x.mu.Unlock()
	q := x.docOf(&it)
	x.seen = lastItem{it.Title, it.Text, it.EventDay, q, true}
	x.qterms.fill(q.vec)
	x.epoch++
	if x.epoch == 0 { // wrapped: clear the stamps once
		clear(x.stamp)
		x.epoch = 1
	}
	reach := int64(x.reach())
	if q.day == NoDay {
		reach = 0
	}
	c := x.gather(q.day, q.keys, min(reach, int64(x.cfg.DayReach)), x.cands[:0])
	c = x.gather(q.day, q.chemKeys, reach, c)
	c = x.gather(q.day, q.battleKeys, min(reach, battleDays), c)
	c = x.gather(q.day, q.nameKeys, reach, c)
	c = x.gather(q.day, q.truceKeys(), min(reach, int64(x.cfg.DayReach)), c)
	if late := int64(x.cfg.DayReach) + 1; reach >= late && !q.night {
		// reports one day further (writtenAfter): a report dated by
		// its writing looks back to one that names its day, and one
		// that names its day forward to one dated by its writing
		d := int64(q.day) - late
		if q.named {
			d = int64(q.day) + late
		}
		if d >= math.MinInt32 && d <= math.MaxInt32 {
			c = x.gatherOn(int32(d), q.keys, c)
		}
	}
	x.cands = c
	x.scored += int64(len(c))
	x.warm(c)
	var out []int64
	for _, s := range c {
		if x.linked(&q, &x.docs[s], &x.qterms) {
			out = append(out, x.find(x.docs[s].story))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// gather adds to c the slots filed under keys on the days within reach of
// day, each once a call of Links.
func (x *Index) gather(day int32, keys []uint64, reach int64, c []int32) []int32 {
	for _, k := range keys {
		// int64: a day near the ends of int32 must not wrap around.
		for d := int64(day) - reach; d <= int64(day)+reach; d++ {
			if d < math.MinInt32 || d > math.MaxInt32 {
				continue
			}
			for _, s := range x.postings[bucket(k, int32(d))] {
				if x.stamp[s] != x.epoch {
					x.stamp[s] = x.epoch
					c = append(c, s)
				}
			}
		}
	}
	return c
}

// gatherOn adds to c the slots filed under keys on day d, each once a
// call of Links.
func (x *Index) gatherOn(d int32, keys []uint64, c []int32) []int32 {
	for _, k := range keys {
		for _, s := range x.postings[bucket(k, d)] {
			if x.stamp[s] != x.epoch {
				x.stamp[s] = x.epoch
				c = append(c, s)
			}
		}
	}
	return c
}

// warm reads each candidate and every cache line of its vector before any
// is tested. Candidates lie anywhere in a large index, so each read misses
// the cache; issued by a loop that does nothing else, the reads overlap,
// where the tests, one candidate after another, would wait for each in turn.
func (x *Index) warm(c []int32) {
	var sum uint32
	for _, s := range c {
		sum += uint32(x.docs[s].day)
	}
	for _, s := range c {
		v := x.docs[s].vec
		for i := 0; i < len(v); i += 8 { // 8 terms a cache line of 64 bytes
			sum += v[i].t
		}
	}
	x.sink = sum
}

// Add records that the item belongs to the story key.
func (x *Index) Add(key int64, it Item) {
	x.mu.Lock()
	defer x.mu.Unlock()
	d := x.seen.d
	if !x.seen.is(&it) {
		d = x.docOf(&it)
	}
	x.seen = lastItem{}
	d.story, d.live = key, true
	var s int32
	if n := len(x.free); n > 0 {
		s = x.free[n-1]
		x.free = x.free[:n-1]
		x.docs[s] = d
	} else {
		s = int32(len(x.docs))
		x.docs = append(x.docs, d)
		x.stamp = append(x.stamp, 0)
	}
	for _, k := range d.keys {
		b := bucket(k, d.day)
		x.postings[b] = append(x.postings[b], s)
	}
	for _, k := range slices.Concat(d.chemKeys, d.nameKeys, d.battleKeys, d.truceKeys()) {
		b := bucket(k, d.day)
		x.postings[b] = append(x.postings[b], s)
	}
	x.byDay[d.day] = append(x.byDay[d.day], s)
	x.size++
}

// Merge records that story from is now part of story into.
func (x *Index) Merge(from, into int64) {
	x.mu.Lock()
	defer x.mu.Unlock()
	from, into = x.find(from), x.find(into)
	if from != into {
		x.parent[from] = into
	}
}

// Find returns the story key that key now belongs to.
func (x *Index) Find(key int64) int64 {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.find(key)
}

// find follows merges, shortening the path it walked.
func (x *Index) find(key int64) int64 {
	root := key
	for {
		p, ok := x.parent[root]
		if !ok {
			break
		}
		root = p
	}
	for key != root {
		next := x.parent[key]
		x.parent[key] = root
		key = next
	}
	return root
}

// Reach returns the most days between the event days of two linked
// articles: the days around an article's own that must be in the index
// before it is matched.
func (x *Index) Reach() int { return x.reach() }

// EvictDays forgets the articles of the given event days and returns how
// many it forgot. The index is a cache of the store: the caller reloads a
// day before it matches an article near it again.
func (x *Index) EvictDays(days []int32) int {
	x.mu.Lock()
	defer x.mu.Unlock()
	n := 0
	for _, day := range days {
		for _, s := range x.byDay[day] {
			for _, k := range slices.Concat(x.docs[s].keys, x.docs[s].chemKeys, x.docs[s].nameKeys, x.docs[s].battleKeys, x.docs[s].truceKeys()) {
				b := bucket(k, day)
				if x.postings[b] = x.without(x.postings[b], day); len(x.postings[b]) == 0 {
					delete(x.postings, b)
				}
			}
		}
		for _, s := range x.byDay[day] {
			x.docs[s] = doc{}
			x.free = append(x.free, s)
			n++
		}
		delete(x.byDay, day)
	}
	x.size -= n
	return n
}

// without removes from a posting list the slots of the given day (a bucket
// may hold another key's day on a hash collision, which stays).
func (x *Index) without(list []int32, day int32) []int32 {
	out := list[:0]
	for _, s := range list {
		if x.docs[s].live && x.docs[s].day != day {
			out = append(out, s)
		}
	}
	return out
}

// docOf computes what the index keeps of an item.
func (x *Index) docOf(it *Item) doc {
	f := itemFeatures(it)
	lead := textLead(it.Text, it.Sentences, leadSentences)
	d := doc{vec: newVector(f.terms), day: it.EventDay, named: it.DayNamed, night: it.Night, recalls: it.Recalls, fp: it.Fingerprint,
		chemical: it.TitleMarks.Has(news.TitleChemical), reaction: it.TitleMarks.Has(news.TitleReaction) || it.CouncilMeets,
		event: it.TitleMarks.Has(news.TitleEvent), act: it.TitleMarks.Has(news.TitleAct)}
	d.accusation = d.reaction && it.TitleMarks.Has(news.TitleAccusation)
	d.session = d.reaction && it.TitleMarks.Has(news.TitleSession) || it.CouncilMeets
	if d.recalls == 0 {
		d.recalls = NoDay
	}
	places := leadPlaces(it.Places)
	d.places, d.placeIDF = placeKeys(places)
	for i, k := range d.places {
		if d.placeIDF[i] >= minPlaceKeyIDF {
			d.keys = append(d.keys, k)
		}
	}
	spots := leadSpots(lead, places)
	d.fine, d.spotsNamed, d.spotsFound = fineKeys(places, spots)
	for _, n := range spots {
		d.keys = append(d.keys, spotKey(n))
		d.spots = append(d.spots, spotKey(n))
	}
	slices.Sort(d.spots)
	d.spots = slices.Compact(d.spots)
	d.toll, d.tolls = killedCounts(&it.Facts)
	if d.act {
		for _, v := range d.tolls {
			d.keys = append(d.keys, keyHash("k", strconv.FormatInt(v, 10)))
		}
	}
	d.chemKeys, d.nameKeys = chemicalKeys(d.chemical, d.places), nameKeys(it.Title)
	d.battle = battleReport(it.Title, lead)
	d.political = politicalReport(&d, it.Categories)
	d.battleKeys = battleKeys(d.battle, d.places)
	d.names = maskOf(d.nameKeys)
	d.truce, d.titled = truceKey(it, places, d.places)
	for _, t := range rareTerms(f.terms, x.cfg.MaxKeys) {
		d.keys = append(d.keys, keyHash("t", t))
	}
	slices.Sort(d.keys)
	d.keys = slices.Compact(d.keys)
	return d
}

// placeKeys returns the sorted, distinct keys of specific places with their
// weights.
func placeKeys(es []news.Entity) (keys []uint64, weights []float32) {
	w := map[uint64]float32{}
	for _, e := range es {
		if e.Kind == "country" || e.Name == "" {
			continue
		}
		name := strings.ToLower(e.Name)
		w[keyHash("p", name)] = idf("@" + name)
	}
	for k := range w {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		weights = append(weights, w[k])
	}
	return keys, weights
}

// finePlaces are the kinds of place below a city: two reports that name
// different ones tell of different spots.
var finePlaces = lang.PlaceWords(lang.FinePlace)

// minPlaceKeyIDF is the least weight of a place that is an index key: a
// town named in a handful of documents. A city is named in a tenth of a
// day's reports from a war, which would make every article a candidate of
// every other; places still count in the score, and a report of the same
// event shares rarer terms.
const minPlaceKeyIDF = 6

// minKeyIDF is the least weight of a term that is an index key: a term in
// more than about one document in twenty finds too many articles to find a
// story by. Common terms still count in the score.
const minKeyIDF = 4.0

// rareTerms returns up to n terms of weight minKeyIDF or more, the rarest
// first, ties by spelling: a function of the terms alone.
func rareTerms(terms map[string]float32, n int) []string {
	type tw struct {
		t string
		w float32
	}
	var rare []tw
	for t := range terms {
		if w := idf(t); w >= minKeyIDF && !numeric(t) {
			rare = append(rare, tw{t, w})
		}
	}
	slices.SortFunc(rare, func(a, b tw) int { return cmp.Or(cmp.Compare(b.w, a.w), strings.Compare(a.t, b.t)) })
	out := make([]string, 0, min(n, len(rare)))
	for _, r := range rare[:min(n, len(rare))] {
		out = append(out, r.t)
	}
	return out
}

// numeric reports whether a term is a number or holds digits ("780",
// "2017-12"): a figure is rare in the idf table and common in a day's
// reports, and two reports of one event often give different figures (a
// toll rising, a sitrep's new count), so figures would crowd the words two
// reports share out of the keys. They still count in the score.
func numeric(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			return true
		}
	}
	return false
}

// keyHash names an index key of a kind ("p" place, "t" term).
func keyHash(kind, s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write([]byte(s))
	return h.Sum64()
}

// bucket is the posting list of a key on one event day.
func bucket(key uint64, day int32) uint64 {
	z := key ^ (uint64(uint32(day)) * 0x9E3779B97F4A7C15)
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// sharesKey reports whether two sorted key lists have a key in common.
func sharesKey(a, b []uint64) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// nearDuplicate reports whether two fingerprints are within bits.
func nearDuplicate(a, b news.Fingerprint, bits int) bool {
	return a != 0 && b != 0 && analyze.Distance(a, b) <= bits
}
