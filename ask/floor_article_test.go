package ask

import (
	"context"
	"math"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// articleMemIndex is memIndex with an article index (ArticleSearcher)
// counted over its articles' titles and texts: a fake of the stores'.
type articleMemIndex struct{ *memIndex }

var refWordRE = regexp.MustCompile(`[a-z0-9]+`)

func refWords(a news.Article) []string {
	return refWordRE.FindAllString(strings.ToLower(a.Title+"\n"+a.Text), -1)
}

func (m articleMemIndex) ArticleTermDocs(_ context.Context, terms []string) (news.ArticleStats, error) {
	st := news.ArticleStats{Articles: int64(len(m.arts)), Docs: make([]int64, len(terms))}
	for _, a := range m.arts {
		st.MeanChars += float64(len([]rune(a.Title)) + len([]rune(a.Text)))
		have := map[string]bool{}
		for _, w := range refWords(a) {
			have[w] = true
		}
		for i, t := range terms {
			if have[t] {
				st.Docs[i]++
			}
		}
	}
	st.MeanChars /= float64(max(len(m.arts), 1))
	return st, nil
}

func (m articleMemIndex) ArticleHitsAny(_ context.Context, words []string, limit int) ([]int64, error) {
	var ids []int64
	for id, a := range m.arts {
		ws := refWords(a)
		for _, w := range words {
			if contains(ws, w) {
				ids = append(ids, id)
				break
			}
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] > ids[j] })
	return ids[:min(len(ids), limit)], nil
}

// refBM25 ranks arts for q as cmd/askbench's baseline does: Okapi bm25
// over whole articles, words as runs of a-z and 0-9, function words of the
// question left out; ties to the article stored first.
func refBM25(q string, arts []news.Article) []string {
	df, lens, total := map[string]int{}, make([]int, len(arts)), 0
	tfs := make([]map[string]int, len(arts))
	for i, a := range arts {
		tfs[i] = map[string]int{}
		for _, w := range refWords(a) {
			tfs[i][w]++
			lens[i]++
		}
		for w := range tfs[i] {
			df[w]++
		}
		total += lens[i]
	}
	avg := float64(total) / float64(len(arts))
	var qs []string
	plainWords(q, func(w string) {
		if !contains(qs, w) && !lang.IsStop(w, lang.Function) {
			qs = append(qs, w)
		}
	})
	score := make([]float64, len(arts))
	for i := range arts {
		norm := 1.2 * (1 - 0.75 + 0.75*float64(lens[i])/avg)
		for _, w := range qs {
			if tf := float64(tfs[i][w]); tf > 0 {
				n, d := float64(len(arts)), float64(df[w])
				score[i] += math.Log(1+(n-d+0.5)/(d+0.5)) * tf * 2.2 / (tf + norm)
			}
		}
	}
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	out := make([]string, len(arts))
	for i, k := range order {
		out[i] = arts[k].ExternalID
	}
	return out
}

// TestArticleFloor: where plain bm25 over whole articles (the baseline's)
// and over the candidates' sentences disagree on the first article, /ask
// with an article index cites the article bm25 ranks first over whole
// articles. The quarry report names the quarry in nearly every sentence:
// few articles hold the word, many sentences do. Weighed by the sentences
// holding it the word is common, and plain bm25 over sentences ranks the
// market report first by a clear lead (its headline holds more of the
// question); weighed by the articles holding it the word is rare, and
// plain bm25 over whole articles ranks the quarry report first.
func TestArticleFloor(t *testing.T) {
	arts, q, day := floorArts(), floorQ, floorDay
	want := refBM25(q, arts)[0]
	if want != "quarry" {
		t.Fatalf("the baseline ranks %q first, want the quarry report: the articles no longer test the floor", want)
	}
	first := func(a *Asker) string {
		t.Helper()
		ans, err := a.Ask(context.Background(), q, day.AddDate(0, 0, 3))
		if err != nil {
			t.Fatal(err)
		}
		if len(ans.Citations) == 0 {
			t.Fatalf("no citation: %+v", ans)
		}
		return ans.Citations[0].ArticleID
	}
	if got := first(New(newMemIndex(arts...), Options{})); got == want {
		t.Fatalf("without an article index the first citation is already %q: the articles do not tell the floors apart", got)
	}
	if got := first(New(articleMemIndex{newMemIndex(arts...)}, Options{})); got != want {
		t.Errorf("first citation %q, want %q (plain bm25's first over whole articles)", got, want)
	}
}

var floorDay = time.Date(2016, 5, 2, 0, 0, 0, 0, time.UTC)

const floorQ = "How many men died when the quarry in Halfaya was shelled?"

// floorArts are the articles of TestArticleFloor.
func floorArts() []news.Article {
	day := floorDay
	arts := []news.Article{
		{ExternalID: "quarry", Title: "Quarry gate hit in Halfaya", Published: day, Text: "Four men died at the quarry gate. " +
			"The quarry burned. The quarry closed. The quarry owners fled. Quarry trucks stopped. The quarry road was cut. " +
			"The quarry was quiet. Quarry dust rose. The quarry wall fell."},
		{ExternalID: "market", Title: "Men died in Halfaya shelling", Published: day, Text: "Shelling hit a quarry in Halfaya on Monday. " +
			"Twelve men died in Halfaya, a monitor said. The monitor counted the dead."},
	}
	for i, place := range []string{"Idlib", "Hama", "Homs", "Aleppo", "Daraa", "Raqqa"} {
		arts = append(arts, news.Article{ExternalID: "other-" + place, Published: day.AddDate(0, 0, -i-1),
			Title: "Shelling in " + place, Text: "Shelling hit " + place + " on Sunday. Two men died in Halfaya, a monitor said. " +
				"Residents left. Schools closed. Roads were cut. Bread ran short."})
	}
	return arts
}

// TestArticleFloorAddsFirst: plain bm25's first article joins the
// candidates when the ranking left it out, with its score, and every
// candidate carries its bm25 over the whole article.
func TestArticleFloorAddsFirst(t *testing.T) {
	arts := floorArts()
	idx := articleMemIndex{newMemIndex(arts...)}
	a := New(idx, Options{})
	q := Parse(floorQ, floorDay)
	gs, total, err := a.weigh(context.Background(), &q)
	if err != nil {
		t.Fatal(err)
	}
	var cands []candidate
	for id, art := range idx.arts {
		if art.ExternalID != "quarry" {
			art.ID = id
			cands = append(cands, a.rerank(&q, gs, total, art, IndexedSentences(art.Title, art.Text)[1:]))
		}
	}
	floor := start(func() (floorRead, error) { return a.readFloor(context.Background(), &q) })
	cands, err = a.articleFloor(context.Background(), &q, gs, total, cands, floor)
	if err != nil {
		t.Fatal(err)
	}
	last := cands[len(cands)-1]
	if len(cands) != len(arts) || last.art.ExternalID != "quarry" {
		t.Fatalf("%d candidates, the last %q: want the quarry report added", len(cands), last.art.ExternalID)
	}
	for _, c := range cands[:len(cands)-1] {
		if c.bm25 <= 0 || c.bm25*(1+articleFloorMargin) > last.bm25 {
			t.Errorf("%s: bm25 %v beside the quarry report's %v: want above zero and clearly below", c.art.ExternalID, c.bm25, last.bm25)
		}
	}
}

// TestPlainDoc: an article's words and the question's words' counts are
// the baseline's (lower-cased runs of a-z and 0-9).
func TestPlainDoc(t *testing.T) {
	art := news.Article{Title: "Al-Furqan SCHOOL hit, 12 killed", Text: "The al-Furqan school in Aleppo's Idleb/Düma road was hit at 10:30. Twelve (12) children; school's roof fell. Schoolbus."}
	idfs := map[string]float64{"school": 1, "furqan": 1, "12": 1, "aleppo": 1, "d": 1, "schoolbus": 1, "roof": 1}
	d, m := newPlainDoc(art, idfs)
	ws := refWords(art)
	want := map[string]int{}
	for _, w := range ws {
		if _, ok := idfs[w]; ok {
			want[w]++
		}
	}
	if d.words != len(ws) {
		t.Errorf("%d words, want %d", d.words, len(ws))
	}
	for w := range idfs {
		if got := m.tfOf(&d, w); got != want[w] {
			t.Errorf("%q counted %d, want %d", w, got, want[w])
		}
	}
}
