package analyze

import (
	"os"
	"path/filepath"
	"testing"
)

// newsPart is 144 English news pages of 2018–2022 reporting a violent event
// of an armed conflict with a casualty figure (Ukraine, Gaza, Afghanistan,
// Sudan, Yemen, Nigeria, Pakistan, the DRC, the Sahel, Myanmar, … — 140
// outlets), their figures labelled by four readers who saw no code
// (testdata/figures/README.md, "news18"). HELD OUT since it was labelled on
// 2026-12-04: scored as totals only (scoreHeldOut), never its errors.
var newsPart = filepath.Join("testdata", "figures", "news18.jsonl")

// newsPages is where the pages' texts are kept, git-ignored (the pages
// are their publishers'): the beginning of each page, as the tool
// library's stored copy of it gave it.
var newsPages = filepath.Join("testdata", "gate", "news", "pages.jsonl")

// TestNewsFiguresHeldOut scores the held-out news part when its texts are
// in place: the totals only, whatever -figerrs says.
func TestNewsFiguresHeldOut(t *testing.T) {
	if _, err := os.Stat(newsPages); err != nil {
		t.Skipf("news18 not scored: no texts at %s (testdata/figures/README.md says where they come from)", newsPages)
	}
	arts := map[string]ownArticle{}
	for _, a := range readJSONLines[ownArticle](t, newsPages) {
		arts[a.ID] = a
	}
	if s := scoreHeldOut(t, arts, newsPart); s == nil {
		t.Fatal("no score")
	}
}
