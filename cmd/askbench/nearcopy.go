package main

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"github.com/conflict-digest/conflict-digest/news"
)

// The scorer's near-copy rule (issue 14.5: copies of one report are one
// source). On news one wire story is carried by several outlets with small
// edits — a headline of their own, a sentence cut, a paragraph added, a
// word changed — which the strict "copies as one" (byte-identical title and
// text, copyGroups) does not join. Two reports are near copies when at
// least nearShare of the distinct nearShingle-word shingles of the shorter
// text (words: runs of letters and digits, lower case; titles left out, as
// outlets write their own) occur in the longer, and the shorter holds at
// least nearMinWords words. The relation is a pair's, never chained: two
// briefs that a long round-up both holds are not near copies of each
// other through it. An edit every 20 words keeps about three quarters of
// the shingles; two outlets' own reports of one event share few runs of
// five words.
const (
	nearShingle  = 5
	nearShare    = 0.5
	nearMinWords = 25
)

// nearCopies maps each article's id to the ids of its near copies (not
// itself).
func nearCopies(arts []news.Article) map[string][]string {
	sets := make([][]uint64, len(arts))
	post := map[uint64][]int32{}
	for i, a := range arts {
		sets[i] = shingles(a.Text)
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
			if near(shared[j], len(sets[i]), len(sets[j])) && arts[i].ExternalID != arts[j].ExternalID {
				out[arts[i].ExternalID] = append(out[arts[i].ExternalID], arts[j].ExternalID)
			}
			shared[j] = 0
		}
	}
	return out
}

// near reports whether two texts of a and b distinct shingles, shared of
// them common, are near copies: shared is at least nearShare of the
// shorter's.
func near(shared, a, b int) bool {
	s := min(a, b)
	return s > 0 && float64(shared) >= nearShare*float64(s)
}

// shingles returns the distinct hashed nearShingle-word runs of text, none
// when it holds fewer than nearMinWords words.
func shingles(text string) []uint64 {
	var words []string
	for f := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words = append(words, strings.ToLower(f))
	}
	if len(words) < nearMinWords {
		return nil
	}
	var hs []uint64
	for i := 0; i+nearShingle <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+nearShingle], " ")))
		hs = append(hs, h.Sum64())
	}
	slices.Sort(hs)
	return slices.Compact(hs)
}
