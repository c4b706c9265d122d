package analyze

import (
	"bytes"
	"slices"
	"strings"
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
		learned.probs(&x, nil, &pr)
		learned.statusOf(&x, &pr)
		i++
	}
}

// modelArticles are a few articles of each kind for the model's tests.
var modelArticles = []news.Article{
	{Title: "Syria peace talks resume in Geneva", Text: "Government and opposition delegations met in Geneva on Monday for a new round of UN-led peace talks. The envoy said negotiations would continue."},
	{Title: "Shelling kills 12 in Aleppo", Text: "Shelling killed 12 civilians in eastern Aleppo on Monday, rescuers said. Air strikes hit a market."},
	{Title: "Truce violated as rockets hit Ghouta", Text: "The ceasefire agreed last week was violated on Tuesday when rockets hit eastern Ghouta, monitors said. Aid convoys were unable to enter the besieged area."},
	{Title: "Stocks rise as oil prices climb", Text: "Shares rose on Monday as oil prices climbed to a three-month high. Analysts expect further gains."},
	{Title: "", Text: ""},
}

// TestZeroModelIsTheRules checks the model's starting point: with every
// weight zero it decides as the rules do, categories and ceasefire state.
func TestZeroModelIsTheRules(t *testing.T) {
	m := Model{line: [len(rules)]float32{0.5, 0.5, 0.5, 0.5}}
	for _, w := range m.heads() {
		*w = make([]float32, modelDims)
	}
	want := []struct {
		cats   []news.Category
		status news.CeasefireStatus
	}{
		{[]news.Category{news.Talks}, ""},
		{[]news.Category{news.Violence}, ""},
		{[]news.Category{news.Ceasefire, news.Violence}, news.CeasefireViolated},
		{nil, ""}, // turned away by the gate
		{nil, ""},
	}
	for i := range modelArticles {
		s := NewSample(&modelArticles[i])
		if !slices.Equal(s.Rules, want[i].cats) || s.RuleStatus != want[i].status {
			t.Errorf("article %d: rules give %v %q, want %v %q", i, s.Rules, s.RuleStatus, want[i].cats, want[i].status)
		}
		cats, st := m.Predict(&s)
		if !slices.Equal(cats, s.Rules) || st != s.RuleStatus {
			t.Errorf("article %d: zero model gives %v %q, rules %v %q", i, cats, st, s.Rules, s.RuleStatus)
		}
	}
}

// modelSamples are the samples of modelArticles, labelled as the rules
// read them.
func modelSamples() ([]Sample, []Label) {
	var ss []Sample
	var ls []Label
	for i := range modelArticles {
		ss = append(ss, NewSample(&modelArticles[i]))
		ls = append(ls, Label{Categories: ss[i].Rules, Status: ss[i].RuleStatus})
	}
	return ss, ls
}

// TestTrainDeterministic trains twice on the same samples and checks that
// the weights are the same bit for bit.
func TestTrainDeterministic(t *testing.T) {
	ss, ls := modelSamples()
	cfg := TrainConfig{L2: 1, StatusL2: 1, Rate: 0.2, Steps: 50}
	a, _ := Train(ss, ls, cfg).MarshalBinary()
	b, _ := Train(ss, ls, cfg).MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Errorf("two trainings on the same data differ")
	}
}

// TestTrainUntold: a head learns nothing from an article whose label does
// not tell its category (the AG talks parts' partial labels): its weights
// are those of a training without that article, the other heads' are not.
func TestTrainUntold(t *testing.T) {
	ss, ls := modelSamples()
	last := len(ss) - 1
	ls[last].Categories = []news.Category{news.Talks, news.Violence}
	cfg := TrainConfig{L2: 1, StatusL2: 1, Rate: 0.2, Steps: 50}
	told := Train(ss, ls, cfg)
	ls[last].Untold = []news.Category{news.Talks}
	untold := Train(ss, ls, cfg)
	without := Train(ss[:last], ls[:last], cfg)
	if !slices.Equal(untold.cat[talksRule], without.cat[talksRule]) {
		t.Errorf("talks head learned from an article whose label does not tell talks")
	}
	if slices.Equal(told.cat[talksRule], without.cat[talksRule]) {
		t.Errorf("talks head learned nothing from a told article: the test shows nothing")
	}
	if !slices.Equal(untold.cat[3], told.cat[3]) {
		t.Errorf("violence head changed with talks untold")
	}
}

// FuzzModelPredict reads any input through the learned layer: the model
// gives known categories in the rules' order, a state only with the
// ceasefire category, and its features stay in range and ascending.
func FuzzModelPredict(f *testing.F) {
	f.Add("", "")
	f.Add("Truce collapses", "The ceasefire collapsed on Monday. Air strikes killed 12 people.")
	f.Add("\xff\xfe", "\x00\xc3\x28 invalid utf-8 \xed\xa0\x80")
	f.Add("x", strings.Repeat("peace talks ", 500))
	f.Fuzz(func(t *testing.T, title, text string) {
		s := NewSample(&news.Article{Title: title, Text: text})
		for k, i := range s.x.idx {
			if i < 0 || i >= modelDims || (k > 0 && i <= s.x.idx[k-1]) {
				t.Fatalf("feature index %d at %d: out of range or not ascending", i, k)
			}
		}
		cats, st := learned.Predict(&s)
		last := -1
		for _, c := range cats {
			i := slices.Index(news.Categories, c)
			if i <= last {
				t.Fatalf("categories %v: unknown, repeated or out of order", cats)
			}
			last = i
		}
		if st != news.CeasefireNone && !slices.Contains(cats, news.Ceasefire) {
			t.Errorf("state %q without the ceasefire category", st)
		}
	})
}

// TestReportLength: the genre a gate of the learned layer reads is the
// sentence count of a text that does not open with a wire dateline, and
// its paragraphs are counted apart. Invented texts.
func TestReportLength(t *testing.T) {
	report := "The agency delivered food to 12,000 people this week.\n" +
		"The World Food Programme (WFP) - with its partners - reached two districts. Access remains difficult.\n" +
		"Funding covers half of the needs."
	tests := []struct {
		name, title, text string
		length, paras     int
	}{
		{"a report in paragraphs", "Situation report", report, 4, 3},
		{"an acronym in brackets is no dateline", "", "The World Food Programme (WFP) said stocks run low. Prices rose.", 2, 1},
		{"a wire dateline, dash apart", "Air strikes kill 12", "BEIRUT (Reuters) - Air strikes killed 12 people on Monday. Rescuers searched the rubble.", 0, 1},
		{"a wire dateline, dash glued", "", "ALEPPO, Syria (AFP)— Shelling hit the old city. Two died.\nThe army said nothing.", 0, 2},
		{"a dateline past the first words is text", "", "One two three four five six seven eight nine (AP) - ten. Eleven.", 2, 1},
		{"no text", "Headline only", "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.title, tt.text)
			if got := reportLength(d); got != tt.length {
				t.Errorf("reportLength = %d, want %d", got, tt.length)
			}
			if got := paragraphs(d); got != tt.paras {
				t.Errorf("paragraphs = %d, want %d", got, tt.paras)
			}
		})
	}
}
