package ask

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestFloorPick: plain bm25's first article (clear lead) answers unless the
// other article's answer is typed where its is not, fits the type clearly
// better or stands in a sentence holding clearly more of the question; a
// report of the time asked about is no exception.
func TestFloorPick(t *testing.T) {
	mk := func(bm25Other, scoreOther float64, published time.Time) []candidate {
		return []candidate{
			{art: news.Article{ExternalID: "ranked", Published: published}, cover: 1, bm25: bm25Other,
				sents: []sentence{{text: "ranked first", score: scoreOther}}},
			{art: news.Article{ExternalID: "bm25", Published: time.Date(2013, 1, 1, 0, 0, 0, 0, time.UTC)}, cover: 1, bm25: 100,
				sents: []sentence{{text: "bm25 first", score: 0.6}}},
		}
	}
	inWindow := time.Date(2016, 8, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name      string
		bm25Other float64
		score     float64
		p, f      span
		want      int
	}{
		{"same fit: bm25's first", 50, 0.6, span{text: "33", typed: true, bonus: 0.2}, span{text: "12", typed: true, bonus: 0.2}, 1},
		{"no clear lead", 96, 0.6, span{text: "33", typed: true}, span{text: "12", typed: true}, 0},
		{"typed where bm25's is not", 50, 0.6, span{text: "33", typed: true}, span{text: "Homs"}, 0},
		{"fits the type clearly better", 50, 0.6, span{text: "33", typed: true, bonus: 0.5}, span{text: "12", typed: true, bonus: 0.2}, 0},
		{"sentence holds clearly more", 50, 0.8, span{text: "33", typed: true}, span{text: "12", typed: true}, 0},
		{"sentence holds a little more", 50, 0.7, span{text: "33", typed: true}, span{text: "12", typed: true}, 1},
	} {
		cands := mk(c.bm25Other, c.score, inWindow)
		p := pick{span: c.p, cand: 0}
		picks := []pick{p, {span: c.f, cand: 1}}
		if got := floorPick(cands, picks, p, floorCand(cands), floorMargin); got.cand != c.want {
			t.Errorf("%s: answered from candidate %d (%q), want %d", c.name, got.cand, got.text, c.want)
		}
	}
}
