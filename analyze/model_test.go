package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestEmbeddedModelLoads checks that the embedded weights fit the features
// this analyser builds: a model of other dimensions is not used.
func TestEmbeddedModelLoads(t *testing.T) {
	if learned == nil {
		t.Fatalf("embedded weights (%d bytes) do not decode: run go run ./cmd/train", len(modelData))
	}
	data, err := learned.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != string(modelData) {
		t.Errorf("weights re-encoded differ from the embedded ones")
	}
}

// TestTrainSeparates trains on a handful of articles and checks that the
// model learns them: a talks article and a shelling article.
func TestTrainSeparates(t *testing.T) {
	talks := news.Article{Title: "Syria peace talks resume in Geneva", Text: "Government and opposition delegations met in Geneva on Monday for a new round of UN-led peace talks. The envoy said negotiations would continue."}
	shelling := news.Article{Title: "Shelling kills 12 in Aleppo", Text: "Shelling killed 12 civilians in eastern Aleppo on Monday, rescuers said. Air strikes hit a market."}
	var ss []Sample
	var ls []Label
	for range 3 {
		ss = append(ss, NewSample(&talks), NewSample(&shelling))
		ls = append(ls, Label{Categories: []news.Category{news.Talks}}, Label{Categories: []news.Category{news.Violence}})
	}
	m := Train(ss, ls, DefaultTrain)
	for i, want := range []news.Category{news.Talks, news.Violence} {
		got, _ := m.Predict(&ss[i])
		if len(got) != 1 || got[0] != want {
			t.Errorf("sample %d: categories %v, want [%s]", i, got, want)
		}
	}
}

func TestModelDecodeRejects(t *testing.T) {
	var m Model
	if err := m.UnmarshalBinary([]byte("cdlr1")); err == nil {
		t.Errorf("decoded a truncated model")
	}
}

// BenchmarkModelLayer measures what the learned layer would add to the
// analysis of an article: its features (n-grams, the gate's counts again)
// and the prediction of every head, over the development articles of
// BenchmarkAnalyze (about 2 KB each). Run it with a small count:
//
//	go test -run '^$' -bench 'BenchmarkModelLayer$' -benchtime 1000x ./analyze
func BenchmarkModelLayer(b *testing.B) {
	if learned == nil {
		b.Fatal("no embedded model")
	}
	type prepared struct {
		d  *doc
		rr ruleResult
		gi gateInput
		c  gateCounts
	}
	var ps []prepared
	for _, a := range benchArticles(b) {
		d := newDoc(a.Title, a.Text)
		places, actors := entities(d)
		gi := newGateInput(d, places, actors)
		ps = append(ps, prepared{d, applyRules(d, scoreSentences(d)), gi, countGate(gi)})
	}
	i := 0
	for b.Loop() {
		p := &ps[i%len(ps)]
		x := features(p.d, &p.rr, &p.gi, &p.c, true)
		pr := priorOf(&p.rr)
		learned.probs(&x, &pr)
		learned.statusOf(&x, &pr)
		i++
	}
}
