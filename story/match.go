package story

import (
	"cmp"
	"hash/fnv"
	"math"
	"slices"

	"github.com/conflict-digest/conflict-digest/news"
)

// Score adjustments on the cosine scale, chosen on the tuning part of the
// labelled pairs (quality_test.go). Actors get no bonus of their own: the
// monitor or government quoted in most reports would lift every pair; they
// count as weighted terms instead (itemFeatures).
const (
	// placeBonus is added for a shared place as rare as minPlaceIDF+2
	// or rarer, in proportion below that: sharing "Khan Shaykhun" says
	// much, sharing "Aleppo", where many events happen each day, nothing.
	placeBonus   = 0.10
	minPlaceIDF  = 4.0
	placePenalty = 0.10 // both name places, none in common: likely two events
	spotPenalty  = 0.30 // both name towns or districts, none in common: two spots
	dayBonus     = 0.05 // the same event day
	nextDayCost  = 0.10 // event days one apart
)

// kindPenalty is taken when one title tells of a chemical attack and the
// other does not: the report of the next air strike that recalls the attack
// in its lead is not the attack; and when one report tells a truce's change
// and the other an attack or a toll of its own that its lead dates by the
// change ("hours after the army declared the truce over": truceAndEvent).
// It costs one tuning pair and guards the aftermath links (aftermath.go)
// against bridging to the week's other strikes in a dense stream.
const kindPenalty = 0.15

// vector is an article's terms as term hashes with their tf-idf weights,
// scaled to unit length, sorted by hash; interleaved, so that comparing two
// articles reads two arrays, not four.
type vector []termWeight

type termWeight struct {
	t uint32
	w float32
}

func newVector(counts map[string]float32) vector {
	list := make(vector, 0, len(counts))
	var sum float64
	for t, c := range counts {
		w := c * idf(t)
		list = append(list, termWeight{termHash(t), w})
		sum += float64(w) * float64(w)
	}
	slices.SortFunc(list, func(a, b termWeight) int { return cmp.Compare(a.t, b.t) })
	v := make(vector, 0, len(list))
	norm := float32(math.Sqrt(sum))
	for i, e := range list {
		if i > 0 && e.t == list[i-1].t { // two terms, one hash: they add up
			v[len(v)-1].w += e.w / norm
			continue
		}
		v = append(v, termWeight{e.t, e.w / norm})
	}
	return v
}

func termHash(t string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(t))
	return h.Sum32()
}

// dot is the dot product of two vectors: the cosine of unit ones.
func (a vector) dot(b vector) float64 {
	var dot float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].t == b[j].t:
			dot += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		case a[i].t < b[j].t:
			i++
		default:
			j++
		}
	}
	return dot
}

// termSet is a vector's terms as a set of bits (a term's bit is termBit of
// its hash), so that the cosine of a query and a candidate reads the
// candidate's terms once and looks up in the query only the few that may be
// shared, not merges two lists with a branch no processor predicts.
type termSet [64]uint64

// termBit is the bit of a term hash in a termSet: 12 bits of it, mixed.
func termBit(t uint32) uint32 { return (t * 0x9E3779B1) >> 20 }

func (s *termSet) fill(v vector) {
	clear(s[:])
	for _, e := range v {
		b := termBit(e.t)
		s[b>>6] |= 1 << (b & 63)
	}
}

// dotSet is v.dot(w) where s holds v's terms. It adds the same products in
// the same order (w's, ascending hash), so it is equal to dot bit for bit.
func (v vector) dotSet(s *termSet, w vector) float64 {
	var dot float64
	i := 0
	for _, e := range w {
		if b := termBit(e.t); s[b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		for i < len(v) && v[i].t < e.t {
			i++
		}
		if i == len(v) {
			break
		}
		if v[i].t == e.t {
			dot += float64(v[i].w) * float64(e.w)
			i++
		}
	}
	return dot
}

// linked reports whether two articles are linked. It is symmetric and looks
// at the two articles alone, which is what makes stories independent of
// arrival order (see the invariant in index.go). Two articles are linked
// when:
//   - their event days are at most DayReach apart, they share an index key
//     (a rare place or term), and either their texts
//     are near-duplicates, or the later one does not name a day of its own
//     (a report dated by its dateline may tell of the day before, one of a
//     night's event, "late Tuesday", of either day; one that says "on
//     Wednesday" tells of Wednesday) and they score Threshold or more; or
//   - both titles tell of a chemical attack, they share a lead place, and
//     their days are at most AftermathDays apart (see aftermath.go); or
//   - both tell of a ground offensive, they share a lead place, their days
//     are at most battleDays apart, the later names no later day of its
//     own unless its lead recalls one before the earlier's, and their
//     cosine is minBattleCos or more (aftermath.go); or
//   - one tells of a ground offensive and the other of it, of a toll or of
//     an attack, their leads name one spot in words of their own ("al-Malaah
//     region", "Mallah Farms", in any transliteration), their days are at
//     most DayReach apart and the later names no later day of its own
//     (fightAtSpot); or
//   - both tell of an attack on one event day (or the later of its
//     night), share a lead place, their cosine is minBattleCos or more,
//     and the main toll of one is a toll the other tells ("13 killed" as
//     one's news and the other's count of the day's strikes beside its
//     larger toll of days; sameDayToll); or
//   - their event days are DayReach+1 apart, the later dated only by its
//     writing and the earlier by a day it names, both tell of a toll or
//     an attack at one place with a killed count in common, and they
//     score Threshold or more as reports a day apart (writtenAfter); or
//   - both tell the same ceasefire's change of status as their own news,
//     in one conflict, their days at most DayReach apart and the later
//     naming no later day of its own (truce.go).
//
// as holds a's terms (termSet).
func (x *Index) linked(a, b *doc, as *termSet) bool {
	gap, ok := dayGap(a.day, b.day)
	if !ok || gap > x.reach() {
		return false
	}
	// A change of a truce is one event whoever tells it: the army's
	// statement, the envoys' failed talks (reactions of its day). A report
	// that names a later day of its own tells that day's change ("the truce
	// was violated again on Tuesday"): daily reports of a truce holding or
	// broken do not chain into one story of weeks.
	if gap <= x.cfg.DayReach && (gap == 0 || !later(a, b).named) && sameTruce(a, b) {
		return true
	}
	if !reactionJoins(a, b, gap, x.cfg.DayReach) {
		return false
	}
	chemical, name := x.aftermath(a, b, gap)
	if chemical {
		return true
	}
	battle := offensive(a, b, gap, x.cfg.DayReach)
	late := gap == x.cfg.DayReach+1 && writtenAfter(a, b)
	if gap > x.cfg.DayReach && !name && !battle && !late {
		return false
	}
	// The cosine reads the candidate's terms, most of the cost of a
	// candidate: once, and not at all for a near-duplicate.
	cos := math.NaN()
	if name || battle {
		cos = a.vec.dotSet(as, b.vec)
		if name && cos >= minNameCos || battle && cos >= minBattleCos && sharesKey(a.battleKeys, b.battleKeys) {
			return true
		}
	}
	if late {
		// scored as reports a day apart: the later's day is its
		// writing's, and its event was then or before
		if math.IsNaN(cos) {
			cos = a.vec.dotSet(as, b.vec)
		}
		return score(a, b, x.cfg.DayReach, cos) >= x.cfg.Threshold && sharesKey(a.keys, b.keys)
	}
	if gap > x.cfg.DayReach {
		return false
	}
	if fightAtSpot(a, b, gap) {
		return true
	}
	if sameDayToll(a, b, gap) {
		if math.IsNaN(cos) {
			cos = a.vec.dotSet(as, b.vec)
		}
		if cos >= minBattleCos {
			return true
		}
	}
	if !nearDuplicate(a.fp, b.fp, x.cfg.NearDupBits) {
		if a.day == NoDay || gap > 0 && later(a, b).named && !nightBefore(a, b, gap) {
			return false
		}
		if math.IsNaN(cos) {
			cos = a.vec.dotSet(as, b.vec)
		}
		g := gap
		if nightBefore(a, b, gap) {
			g = 0 // a night's event and the next day's report of it: one day
		}
		// Most candidates fail on the cosine alone, without reading
		// their places.
		if cos+maxGain(g)+1e-9 < x.cfg.Threshold || score(a, b, g, cos) < x.cfg.Threshold {
			return false
		}
	}
	// Last, as it is seldom needed: most candidates fail the score, and
	// one found through a key shares it but on a hash collision.
	return sharesKey(a.keys, b.keys)
}

// reach is the most days between two linked articles' event days.
func (x *Index) reach() int { return max(x.cfg.DayReach, x.cfg.AftermathDays) }

// nightBefore reports whether the earlier of two articles a day apart
// tells of a night's event ("late Tuesday"), which the later may tell by
// its own day ("on Wednesday").
func nightBefore(a, b *doc, gap int) bool {
	if gap != 1 {
		return false
	}
	if b.day < a.day {
		a = b
	}
	return a.night
}

// later returns the article of the later event day.
func later(a, b *doc) *doc {
	if b.day > a.day {
		return b
	}
	return a
}

// dayGap is the number of days between two event days; ok is false when one
// is unknown and the other not (two unknown days are no gap).
func dayGap(a, b int32) (int, bool) {
	switch {
	case a == NoDay && b == NoDay:
		return 0, true
	case a == NoDay || b == NoDay:
		return 0, false
	}
	d := int(a) - int(b)
	if d < 0 {
		d = -d
	}
	return d, true
}

// score rates how likely two articles tell one event: cos, the cosine of
// their terms, adjusted for places (placeBonus, placePenalty, spotPenalty)
// and for the days between their events (dayBonus, nextDayCost).
func score(a, b *doc, gap int, cos float64) float64 {
	sc := cos
	if len(a.places) > 0 && len(b.places) > 0 {
		if w, ok := sharedPlace(a, b); ok {
			sc += placeBonus * min(1, max(0, (float64(w)-minPlaceIDF)/2))
		} else {
			sc -= placePenalty
		}
	}
	if otherSpots(a, b) {
		sc -= spotPenalty
	}
	if a.chemical != b.chemical || truceAndEvent(a, b) || truceAndEvent(b, a) {
		sc -= kindPenalty
	}
	if gap == 0 {
		return sc + dayBonus
	}
	return sc - nextDayCost*float64(gap)
}

// maxGain is the most score adds to the cosine of two articles gap days
// apart: a shared rare place, and the day.
func maxGain(gap int) float64 {
	if gap == 0 {
		return placeBonus + dayBonus
	}
	return placeBonus - nextDayCost*float64(gap)
}

// sharedPlace returns the weight of the rarest place two articles share.
func sharedPlace(a, b *doc) (float32, bool) {
	var best float32
	found := false
	for i, j := 0, 0; i < len(a.places) && j < len(b.places); {
		switch {
		case a.places[i] == b.places[j]:
			best, found = max(best, a.placeIDF[i]), true
			i++
			j++
		case a.places[i] < b.places[j]:
			i++
		default:
			j++
		}
	}
	return best, found
}

// fightAtSpot reports whether two reports tell of one ground fight at one
// spot: one tells of an offensive, the other of it, of a toll or of an
// attack, both leads name the same spot (a farmland, a district, a village
// "north of" a city; spotKey meets its transliterations), and their event
// days are one or the later tells of the earlier's night or names no day
// of its own. Outlets of two camps tell one battle in words that share
// little ("40 terrorists killed in al-Malaah region", "at least 70 regime
// and rebel fighters killed around Al Maleh"), so the spot, not the
// cosine, joins them; strikes from the air at one spot on two days are not
// an offensive and are left to the score.
func fightAtSpot(a, b *doc, gap int) bool {
	if !a.battle && !b.battle || a.day == NoDay || len(a.spots) == 0 || len(b.spots) == 0 {
		return false
	}
	if !(a.battle || a.event || a.act) || !(b.battle || b.event || b.act) {
		return false
	}
	if gap > 0 && later(a, b).named && !nightBefore(a, b, gap) {
		return false
	}
	return sharesKey(a.spots, b.spots)
}

// writtenAfter reports whether the later of two reports of a toll, one
// day further apart than DayReach, may tell the earlier's event: the
// later names no day of its event (its day is the day it was written,
// its dateline's or its publication's: the event was then or before,
// over a weekend two days before), the earlier names its own, both tell
// of an event's toll or an attack (no reaction, no truce's change), their
// leads share a place and name no two spots, and a killed count of one
// is one of the other's (sameDayToll's counts: "25 children" in both).
// The caller scores them as a day apart. A Monday report of UNICEF's
// count of Saturday's strikes on a town, dated by its page, and Saturday's
// report of them are one story (issue 13, d32 S1).
func writtenAfter(a, b *doc) bool {
	l, e := later(a, b), a
	if e == l {
		e = b
	}
	if l.named || l.night || !e.named || e.day == NoDay || l.reaction || e.reaction || l.truce != 0 || e.truce != 0 {
		return false
	}
	if !(l.event || l.act) || !(e.event || e.act) || otherSpots(a, b) {
		return false
	}
	if _, ok := sharedPlace(a, b); !ok {
		return false
	}
	for _, v := range l.tolls {
		if _, ok := slices.BinarySearch(e.tolls, v); ok {
			return true
		}
	}
	return false
}

// minDayToll is the least toll sameDayToll reads: a count of one or two
// dead recurs in one city's reports of a day.
const minDayToll = 10

// killedCounts returns the main killed count of an article (0 when none or
// a round estimate) and, sorted, the killed counts it gives of its day:
// the main one, its parts and other sources' counts, not other events' or
// the war's.
func killedCounts(f *news.Facts) (main int64, all []int64) {
	if k := f.Killed; k != nil && k.Low == 0 && k.Value >= minDayToll {
		main = k.Value
		all = append(all, k.Value)
	}
	for _, g := range f.Figures {
		if g.Kind == news.FigureKilled && g.Low == 0 && g.Value >= minDayToll &&
			(g.Scope == news.ScopeMain || g.Scope == news.ScopePart || g.Scope == news.ScopeAlternative || g.Scope == "") {
			all = append(all, g.Value)
		}
	}
	slices.Sort(all)
	return main, slices.Compact(all)
}

// sameDayToll reports whether two reports of attacks tell one day's attack
// by its toll: one event day (or the later the day after the earlier's
// night), a shared lead place, a cosine of minBattleCos or more, and the
// main toll of one among the tolls the other gives of its day (the caller
// reads the cosine, once for this and the score). Outlets
// headline one day's strikes by different counts ("13 killed in air
// strikes" against "strikes kill over 80", which counts three days and
// gives the day's 13 below).
func sameDayToll(a, b *doc, gap int) bool {
	if !a.act || !b.act || a.day == NoDay || gap > 0 && !nightBefore(a, b, gap) {
		return false
	}
	if a.toll == 0 && b.toll == 0 || otherSpots(a, b) {
		return false
	}
	if _, ok := sharedPlace(a, b); !ok {
		return false
	}
	_, inB := slices.BinarySearch(b.tolls, a.toll)
	_, inA := slices.BinarySearch(a.tolls, b.toll)
	return a.toll != 0 && inB || b.toll != 0 && inA
}
