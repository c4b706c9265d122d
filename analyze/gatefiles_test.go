package analyze

import (
	"slices"
	"testing"
)

// TestGateWordFiles: the word files read beside relevance.txt hold exactly
// the sections their code reads, each with phrases; a section renamed in a
// file would otherwise be a nil set at the first article.
func TestGateWordFiles(t *testing.T) {
	for _, f := range []struct {
		file     string
		sets     map[string]*phraseSet
		sections []string
	}{
		{"homefront.txt", homeFronts, []string{"cause", "front", "party", "spark"}},
		{"displacement.txt", displaceCauses, []string{"cause", "condition", "hamper"}},
		{"peacetime.txt", peaceNeeds, []string{"asylum", "ceremony", "explosion", "gangs", "gbv", "memory", "mines", "needs", "notice", "nukes", "nutrition", "plight", "remnants", "trial"}},
		{"trucesigns.txt", truceSigns, []string{"ceasefire", "state"}},
	} {
		if got := sortedKeys(f.sets); !slices.Equal(got, f.sections) {
			t.Errorf("%s: sections %v, want %v", f.file, got, f.sections)
		}
		for name, s := range f.sets {
			if len(s.exact)+len(s.prefix) == 0 {
				t.Errorf("%s: [%s] holds no phrase", f.file, name)
			}
		}
	}
}
