package fold

import (
	"slices"
	"strings"
	"testing"
)

func TestPhrasePairs(t *testing.T) {
	for _, c := range []struct {
		phrase      string
		pairs, rest []string
	}{
		{"syria s idlib", []string{"syria s", "s idlib"}, nil},
		{"aleppo s castello road", []string{"aleppo s", "s castello"}, []string{"road"}},
		{"khan sheikhoun", nil, []string{"khan", "sheikhoun"}},
		{"a", nil, []string{"a"}},
		{"u s army", []string{"u s", "s army"}, nil},
		{"free syrian army", nil, []string{"free", "syrian", "army"}},
	} {
		pairs, rest := PhrasePairs(strings.Fields(c.phrase))
		if !slices.Equal(pairs, c.pairs) || !slices.Equal(rest, c.rest) {
			t.Errorf("PhrasePairs(%q) = %q, %q; want %q, %q", c.phrase, pairs, rest, c.pairs, c.rest)
		}
	}
}
