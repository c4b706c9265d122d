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
		if got := floorPick(&Question{}, cands, picks, p, floorCand(cands), floorMargin); got.cand != c.want {
			t.Errorf("%s: answered from candidate %d (%q), want %d", c.name, got.cand, got.text, c.want)
		}
	}
}

// TestFloorOverrideBacked: an answer of another report that stands in a
// sentence holding clearly more of the question overrides plain bm25's
// clear first only when its report holds as much of the question, or its
// sentence states a figure the question gives that bm25's does not; one
// that fits the type clearly better needs no backing.
func TestFloorOverrideBacked(t *testing.T) {
	q := Parse("How many families were sheltered in evacuation centres in Leyte, according to situation report 19 of 23 May?", testNow)
	for _, c := range []struct {
		name         string
		coverOther   float64
		other, first sentence
		bonusOther   float64
		want         int
	}{
		{"more words, less of the question", 0.7,
			scoredSentence("Situation report 14: 2,310 families were sheltered in 23,436 evacuation centres in Leyte.", 0.7),
			scoredSentence("A total of 4,120 families remain in evacuation centres.", 0.3), 0, 1},
		{"more words, as much of the question", 1,
			scoredSentence("Situation report 14: 2,310 families were sheltered in evacuation centres in Leyte.", 0.7),
			scoredSentence("A total of 4,120 families remain in evacuation centres.", 0.3), 0, 0},
		{"more words and the question's figures", 0.7,
			scoredSentence("Situation report 19 of 23 May: 2,310 families were sheltered in evacuation centres in Leyte.", 0.7),
			scoredSentence("A total of 4,120 families remain in evacuation centres on 20 May.", 0.3), 0, 0},
		{"a better fit in a weaker sentence", 0.7,
			scoredSentence("Some 2,310 families were sheltered, according to the provincial office.", 0.4),
			scoredSentence("Situation report 19: 4,120 families were sheltered in evacuation centres in Leyte.", 0.55), 0.7, 0},
	} {
		cands := []candidate{
			{art: news.Article{ExternalID: "other"}, cover: c.coverOther, bm25: 50, sents: []sentence{c.other}},
			{art: news.Article{ExternalID: "bm25"}, cover: 1, bm25: 100, sents: []sentence{c.first}},
		}
		p := pick{span: span{text: "2,310", typed: true, bonus: c.bonusOther}, cand: 0}
		picks := []pick{p, {span: span{text: "4,120", typed: true}, cand: 1}}
		if got := floorPick(&q, cands, picks, p, floorCand(cands), floorMargin); got.cand != c.want {
			t.Errorf("%s: answered from candidate %d (%q), want %d", c.name, got.cand, got.text, c.want)
		}
	}
}

// TestStatesFigure: a figure is stated whole, not as a part of a larger
// one ("23,436", "1.23").
func TestStatesFigure(t *testing.T) {
	for _, c := range []struct {
		text, n string
		want    bool
	}{
		{"Report 19 of 23 May", "23", true},
		{"a total of 23,436 persons", "23", false},
		{"a total of 12,023 persons", "023", false},
		{"a rate of 1.23 per cent", "23", false},
		{"on 23, 24 and 25 May", "23", true},
	} {
		s := sentence{text: c.text, toks: tokenize(c.text)}
		if got := statesFigure(&s, c.n); got != c.want {
			t.Errorf("%q states %s: %v, want %v", c.text, c.n, got, c.want)
		}
	}
}

// TestFloorOwnRanking: an answer of another report better than plain
// bm25's clear first's only by the words its sentence holds overrides it
// only when the answerer's own ranking also puts its report above bm25's
// first by ownMargin; ranked level with it, or below, bm25's first
// answers. An answer fitting the type clearly better needs no such rank.
func TestFloorOwnRanking(t *testing.T) {
	q := Parse("In which village near Tel Amar did shelling hit a school on 3 May?", testNow)
	for _, c := range []struct {
		name       string
		scoreOther float64
		bonusOther float64
		want       int
	}{
		{"ranked well above bm25's first", 90, 0.2, 0},
		{"ranked level with bm25's first", 80.5, 0.2, 1},
		{"ranked below bm25's first", 75, 0.2, 1},
		{"ranked below, fits the type clearly better", 75, 0.7, 0},
	} {
		cands := []candidate{
			{art: news.Article{ExternalID: "other"}, cover: 1, bm25: 50, score: c.scoreOther,
				sents: []sentence{scoredSentence("Shelling hit a school in Kfar Sita village near Tel Amar on 3 May.", 0.8)}},
			{art: news.Article{ExternalID: "bm25"}, cover: 1, bm25: 100, score: 80,
				sents: []sentence{scoredSentence("The school in Kfar Sita was hit, residents said.", 0.3)}},
		}
		p := pick{span: span{text: "Kfar Sita", typed: true, bonus: c.bonusOther}, cand: 0}
		picks := []pick{p, {span: span{text: "Kfar Sita", typed: true, bonus: 0.2}, cand: 1}}
		if got := floorPick(&q, cands, picks, p, floorCand(cands), floorMargin); got.cand != c.want {
			t.Errorf("%s: answered from candidate %d (%q), want %d", c.name, got.cand, got.text, c.want)
		}
	}
}

// scoredSentence is text tokenized as a candidate's sentence holding score
// of the question's weight.
func scoredSentence(text string, score float64) sentence {
	return sentence{text: text, toks: tokenize(text), score: score}
}

// TestFloorTieStoredFirst: of two reports plain bm25 scores alike, the
// floor is the one stored first, as the baseline's stable sort and the
// article floor take it, whatever the re-ranking's order: it answers a
// count no report writes as a figure (sentenceAnswer), cited first.
func TestFloorTieStoredFirst(t *testing.T) {
	q := Parse("How many hours did the convoy wait at the Kelvar checkpoint?", testNow)
	mk := func(id int64, ext, text string, score float64) candidate {
		s := scoredSentence(text, 0.8)
		s.hit = make([]bool, len(s.toks))
		return candidate{art: news.Article{ID: id, ExternalID: ext}, score: score, cover: 1, bm25: 12.5, sents: []sentence{s}}
	}
	cands := []candidate{
		mk(7, "later", "The convoy waited at the Kelvar checkpoint for most of the day, drivers said.", 10),
		mk(3, "stored-first", "The convoy waited at the Kelvar checkpoint until the evening, drivers said.", 9),
	}
	if fl := floorCand(cands); fl != 1 {
		t.Fatalf("floorCand = %d, want 1 (stored first)", fl)
	}
	ans := extract(&q, cands)
	if !ans.Supported || ans.Citations[0].ArticleID != "stored-first" {
		t.Errorf("answer %q cited %+v, want the stored-first report's sentence", ans.Answer, ans.Citations)
	}
}
