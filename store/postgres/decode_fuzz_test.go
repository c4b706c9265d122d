package postgres

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// decodeKeptPlain is decodeKept as it was (every sentence decoded and
// compared), the reference the fuzz test checks the stepping one against.
func decodeKeptPlain(dst []int64, last int64, b []byte, f *keyFilter) ([]int64, error) {
	if f == nil {
		return decodeRefsPlain(dst, last, b)
	}
	j, _ := slices.BinarySearchFunc(f.refs, last, compareDesc)
	prev := last
	for len(b) > 0 {
		gap, n := uint64(b[0]), 1 // a gap within an article is one byte
		if gap >= 0x80 {
			gap, n = binary.Uvarint(b)
		}
		if n <= 0 {
			return dst, fmt.Errorf("decode postings of sentence %d: bad varint", last)
		}
		prev -= int64(gap)
		b = b[n:]
		if prev < f.floor {
			dst = append(dst, prev)
			continue
		}
		for j < len(f.refs) && f.refs[j] > prev {
			j++
		}
		if j < len(f.refs) && f.refs[j] == prev {
			dst = append(dst, prev)
		} else if j == len(f.refs) && f.floor == 0 {
			break // the rest is older than all f holds
		}
	}
	return dst, nil
}

func decodeRefsPlain(dst []int64, last int64, b []byte) ([]int64, error) {
	prev := last
	for len(b) > 0 {
		gap, n := binary.Uvarint(b)
		if n <= 0 {
			return dst, fmt.Errorf("bad varint")
		}
		prev -= int64(gap)
		dst = append(dst, prev)
		b = b[n:]
	}
	return dst, nil
}

// randKeys returns up to n distinct sentences newest first, within
// articles lo..hi, dense or sparse by the seed.
func randKeys(r *rand.Rand, n int, lo, hi int64) []int64 {
	seen := map[int64]bool{}
	var ks []int64
	for range n {
		k := sentenceKey(lo+r.Int64N(hi-lo+1), r.IntN(1+r.IntN(300)))
		if r.IntN(50) == 0 {
			k = sentenceKey(lo+r.Int64N(hi-lo+1), r.IntN(SentencesPerArticle))
		}
		if !seen[k] {
			seen[k] = true
			ks = append(ks, k)
		}
	}
	slices.SortFunc(ks, compareDesc)
	return ks
}

func FuzzDecodeKept(f *testing.F) {
	for seed := range 40 {
		f.Add(uint64(seed), uint8(seed), false)
	}
	f.Fuzz(func(t *testing.T, seed uint64, shape uint8, cut bool) {
		r := rand.New(rand.NewPCG(seed, uint64(shape)))
		block := randKeys(r, 1+r.IntN(400), 1+r.Int64N(50), 60+r.Int64N(5000))
		b := encodeRefs(block)
		if cut && len(b) > 1 {
			b = b[:len(b)-1] // a truncated varint, maybe
		}
		var fl *keyFilter
		if shape%5 != 0 {
			fl = &keyFilter{refs: randKeys(r, r.IntN(300), 1, 70+r.Int64N(6000))}
			if len(fl.refs) > 0 && shape%3 != 0 {
				// read down to one of its sentences' block: some refs are under it
				fl.floor = fl.refs[r.IntN(len(fl.refs))] - r.Int64N(3)
			}
			if shape%7 == 0 {
				fl.floor = block[r.IntN(len(block))] + r.Int64N(3) - 1
			}
			fl.floor = max(fl.floor, 0)
			if shape%11 == 0 {
				fl.refs = append(fl.refs, block[r.IntN(len(block))])
				slices.SortFunc(fl.refs, compareDesc)
				fl.refs = slices.Compact(fl.refs)
			}
		}
		pre := []int64{1 << 50}
		want, werr := decodeKeptPlain(slices.Clone(pre), block[0], b, fl)
		got, gerr := decodeKept(slices.Clone(pre), block[0], b, fl)
		// the stepping decoder may stop before a bad varint the plain one
		// read; it never errs on one the plain one did not read
		if gerr != nil && werr == nil {
			t.Fatalf("error %v, want none", gerr)
		}
		if werr == nil && gerr == nil && !slices.Equal(got, want) {
			t.Fatalf("decodeKept = %v\nwant %v", got, want)
		}
		wr, werr := decodeRefsPlain(nil, block[0], b)
		gr, gerr := decodeRefs(nil, block[0], b)
		if (werr != nil) != (gerr != nil) || werr == nil && !slices.Equal(gr, wr) {
			t.Fatalf("decodeRefs = %v, %v\nwant %v, %v", gr, gerr, wr, werr)
		}
	})
}
