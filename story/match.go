package story

import (
	"math"
	"time"
)

// Score adjustments for places and time, on the cosine scale. Actors get
// no bonus of their own: the monitor or government quoted in most reports
// would lift every pair; they count as weighted terms instead (itemTerms).
const (
	placeBonus    = 0.10 // the article and the story name the same place
	placePenalty  = 0.10 // both name places, none in common: likely two events
	gapDayPenalty = 0.15 // per day of gap beyond the first
)

// query is an item prepared for scoring.
type query struct {
	w      map[string]float64 // tf-idf weight by term
	norm   float64
	places []string
}

// Match returns the story in the window that the item most likely belongs
// to, its score, and whether the score reaches the threshold. With no
// candidate it returns (0, 0, false).
func (x *Index) Match(it Item) (storyID int64, score float64, ok bool) {
	tc := itemTerms(&it)
	x.mu.Lock()
	defer x.mu.Unlock()
	q := x.query(tc, it)
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

func (x *Index) query(tc map[string]float32, it Item) query {
	q := query{w: make(map[string]float64, len(tc)), places: entityKeys(it.Places)}
	var sum float64
	for t, c := range tc {
		w := float64(c) * x.idf(t)
		q.w[t] = w
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
	seen := map[int32]bool{}
	if it.Fingerprint != 0 {
		for b, key := range bandKeys(it.Fingerprint) {
			for _, s := range x.bands[b][key] {
				if !seen[s] && x.inWindow(x.slots[s], it.Published) {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
	}
	var touched []int32
	for t, w := range q.w {
		p := x.postings[t]
		if len(p) > x.cfg.MaxPostings {
			continue
		}
		for _, s := range p {
			if x.acc[s] == 0 {
				if !x.inWindow(x.slots[s], it.Published) {
					continue
				}
				touched = append(touched, s)
			}
			x.acc[s] += float32(w)
		}
	}
	for _, s := range x.top(touched) {
		if !seen[s] {
			out = append(out, s)
		}
	}
	for _, s := range touched {
		x.acc[s] = 0
	}
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
	if q.norm == 0 || e.norm == 0 {
		return 0
	}
	var dot float64
	for t, w := range q.w {
		if st, ok := e.terms[t]; ok {
			dot += w * float64(st.tf) * x.idf(t)
		}
	}
	sc := dot / (q.norm * e.norm)
	sc += entityAdjust(q.places, e.places, placeBonus, placePenalty)
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
