package story

import (
	"math"
	"slices"
	"time"
)

// Score adjustments for places and time, on the cosine scale, chosen on the
// labelled pairs (quality_test.go) and checked on each half of them. Actors
// get no bonus of their own: the monitor or government quoted in most
// reports would lift every pair; they count as weighted terms instead
// (itemFeatures).
const (
	placeBonus    = 0.10 // the article and the story name the same place
	placePenalty  = 0.10 // both name places, none in common: likely two events
	gapDayPenalty = 0.15 // per day of gap beyond the first
	dayBonus      = 0.10 // the leads give the same day for the event
	dayPenalty    = 0.20 // they give different days: Tuesday's strike is not Wednesday's
)

// query is an item prepared for scoring.
type query struct {
	terms  []qterm
	norm   float64
	at     int64 // published, unix seconds
	day    int32 // event day, see eventDay
	places []string
}

// qterm is one term of a query with its idf and tf-idf weight.
type qterm struct {
	t      string
	idf, w float64
}

// Match returns the story in the window that the item most likely belongs
// to, its score, and whether the score reaches the threshold. With no
// candidate it returns (0, 0, false).
func (x *Index) Match(it Item) (storyID int64, score float64, ok bool) {
	f := itemFeatures(&it)
	x.mu.Lock()
	defer x.mu.Unlock()
	x.remember(&it, f)
	q := x.query(f, it)
	best, bestScore := int32(-1), 0.0
	for _, s := range x.candidates(q, it) {
		if sc := x.score(q, it, x.slots[s]); sc > bestScore {
			best, bestScore = s, sc
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	return x.slots[best].id, bestScore, bestScore >= x.cfg.Threshold
}

func (x *Index) query(f features, it Item) query {
	q := query{terms: make([]qterm, 0, len(f.terms)), at: it.Published.Unix(),
		day: f.day, places: entityKeys(it.Places)}
	var sum float64
	for t, c := range f.terms {
		idf := x.idf(t)
		w := float64(c) * idf
		q.terms = append(q.terms, qterm{t, idf, w})
		sum += w * w
	}
	q.norm = math.Sqrt(sum)
	return q
}

// candidates returns the slots of the stories in the window that share a
// fingerprint block with the item, and of those with the most weighted
// terms in common.
func (x *Index) candidates(q query, it Item) []int32 {
	var out []int32
	if it.Fingerprint != 0 {
		for b, key := range bandKeys(it.Fingerprint) {
			for _, s := range x.bands[b][key] {
				if !slices.Contains(out, s) && x.inWindow(s, q.at) {
					out = append(out, s)
				}
			}
		}
	}
	touched := x.touched[:0]
	for _, qt := range q.terms {
		p := x.postings[qt.t]
		if len(p) > x.cfg.MaxPostings {
			continue
		}
		for _, s := range p {
			if x.acc[s] == 0 {
				if !x.inWindow(s, q.at) {
					continue
				}
				touched = append(touched, s)
			}
			x.acc[s] += float32(qt.w)
		}
	}
	for _, s := range x.top(touched) {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, s := range touched {
		x.acc[s] = 0
	}
	x.touched = touched
	return out
}

// top returns the configured number of touched slots with the highest
// accumulated weight, best first.
func (x *Index) top(touched []int32) []int32 {
	k := x.cfg.Candidates
	best := make([]int32, 0, k)
	for _, s := range touched {
		if len(best) == k && x.acc[s] <= x.acc[best[k-1]] {
			continue
		}
		i := len(best)
		if i < k {
			best = append(best, s)
		} else {
			i = k - 1
		}
		for ; i > 0 && x.acc[best[i-1]] < x.acc[s]; i-- {
			best[i] = best[i-1]
		}
		best[i] = s
	}
	return best
}

// score rates how well the item fits the story: 1 for a near-duplicate of a
// member, else the tf-idf cosine adjusted for entities and time.
func (x *Index) score(q query, it Item, e *entry) float64 {
	if distance(e, it.Fingerprint) <= x.cfg.NearDupBits {
		return 1
	}
	norm := x.freshNorm(e)
	if q.norm == 0 || norm == 0 {
		return 0
	}
	var dot float64
	for _, qt := range q.terms {
		if st, ok := e.terms[qt.t]; ok {
			dot += qt.w * float64(st.tf) * qt.idf
		}
	}
	sc := dot / (q.norm * norm)
	sc += entityAdjust(q.places, e.places, placeBonus, placePenalty)
	sc += dayAdjust(q.day, e.days)
	if gap := timeGap(it.Published, e); gap > 24*time.Hour {
		sc -= gapDayPenalty * (gap.Hours() - 24) / 24
	}
	return sc
}

// entityAdjust is bonus when the item shares an entity with the story,
// -penalty when both have entities and share none, else 0.
func entityAdjust(keys []string, set map[string]bool, bonus, penalty float64) float64 {
	if len(keys) == 0 || len(set) == 0 {
		return 0
	}
	for _, k := range keys {
		if set[k] {
			return bonus
		}
	}
	return -penalty
}

// dayAdjust is dayBonus when the item's event day is one of the story's,
// -dayPenalty when both have days and none is the item's, else 0.
func dayAdjust(day int32, days []int32) float64 {
	switch {
	case day == noDay || len(days) == 0:
		return 0
	case slices.Contains(days, day):
		return dayBonus
	}
	return -dayPenalty
}

// timeGap is how far p lies outside the span of the story's articles.
func timeGap(p time.Time, e *entry) time.Duration {
	switch {
	case p.Before(e.first):
		return e.first.Sub(p)
	case p.After(e.last):
		return p.Sub(e.last)
	}
	return 0
}
