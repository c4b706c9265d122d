package story

import (
	"reflect"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestTextCacheBuildsWhatBuildDoes grows stories of the development
// articles member by member, as ingest does batch after batch, through one
// cache, with the members that arrive carrying their analysis's sentences
// and those read back from the store not: every aggregate is the one Build
// makes without the cache, and the cache is used (it holds members seen
// before).
func TestTextCacheBuildsWhatBuildDoes(t *testing.T) {
	recs := loadRecords(t, "testdata/articles.jsonl")
	c := NewTextCache()
	const size = 6
	for start := 0; start+size <= len(recs) && start < 120; start += size {
		var stored []Member
		for i, r := range recs[start : start+size] {
			a := r.article(int64(start + i + 1))
			a.Published = a.Published.Add(time.Duration(i) * time.Hour)
			an := analyze.Analyze(a)
			fresh := Member{Article: *a, Analysis: an}
			ms := append(stored[:len(stored):len(stored)], fresh)
			want, got := Build(ms), c.Build(ms)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("articles %d..%d: cached build\n%+v\nwant\n%+v", start, start+i, got, want)
			}
			an.Sentences = nil // as read back from the store
			stored = append(stored, Member{Article: *a, Analysis: an})
		}
	}
	if n := c.texts.len(); n == 0 {
		t.Fatal("cache holds nothing")
	}
}

// TestTextCacheKeyedByText: members that differ only in one field the text
// work reads have different keys; the same member has one key.
func TestTextCacheKeyedByText(t *testing.T) {
	c := NewTextCache()
	m := member(1, "reuters", "Bomber kills 16 in Hasakeh", bakeryText, t0, killed(16, news.AtLeast))
	key := func(m *Member) textKey {
		lead := textLead(m.Article.Text, m.Analysis.Sentences, sentencesPerDoc)
		return c.key([]string{m.Article.Title, m.Article.Text, m.Analysis.Summary, m.source()}, lead)
	}
	k := key(&m)
	if m2 := m; key(&m2) != k {
		t.Error("one member, two keys")
	}
	for name, edit := range map[string]func(*Member){
		"title":   func(m *Member) { m.Article.Title += "!" },
		"text":    func(m *Member) { m.Article.Text += " More." },
		"summary": func(m *Member) { m.Analysis.Summary = "At least 16 died." },
		"source":  func(m *Member) { m.Source = "afp" },
		"lead":    func(m *Member) { m.Analysis.Sentences = []string{"One.", "Two."} },
		"no lead": func(m *Member) { m.Analysis.Sentences = []string{} },
	} {
		m2 := m
		edit(&m2)
		if key(&m2) == k {
			t.Errorf("%s changed, key the same", name)
		}
	}
}
