package main

import "github.com/conflict-digest/conflict-digest/news"

// The scorer's near-copy line (issue 14.5: copies of one report are one
// source): news.ShinglesOf's rule, read pairwise over the whole store. On
// news one wire story is carried by several outlets with small edits,
// which the strict "copies as one" (byte-identical title and text,
// copyGroups) does not join: two reports are near copies when at least
// news.NearShare of the distinct news.NearShingle-word runs of the shorter
// text occur in the other (news.NearMinWords words at least; titles left
// out), pair by pair, never chained.
const (
	nearShingle = news.NearShingle
	nearShare   = news.NearShare
)

// nearCopies maps each article's id to the ids of its near copies (not
// itself).
func nearCopies(arts []news.Article) map[string][]string {
	sets := make([]news.Shingles, len(arts))
	post := map[uint64][]int32{}
	for i, a := range arts {
		sets[i] = news.ShinglesOf(a.Text)
		for _, h := range sets[i] {
			post[h] = append(post[h], int32(i))
		}
	}
	out := map[string][]string{}
	shared := make([]int, len(arts))
	for i := range arts {
		if len(sets[i]) == 0 {
			continue
		}
		var seen []int32
		for _, h := range sets[i] {
			for _, j := range post[h] {
				if int(j) == i {
					continue
				}
				if shared[j] == 0 {
					seen = append(seen, j)
				}
				shared[j]++
			}
		}
		for _, j := range seen {
			if news.NearShared(shared[j], len(sets[i]), len(sets[j])) && arts[i].ExternalID != arts[j].ExternalID {
				out[arts[i].ExternalID] = append(out[arts[i].ExternalID], arts[j].ExternalID)
			}
			shared[j] = 0
		}
	}
	return out
}
