package ask

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

// stallIndex stalls until the context ends on questions with the word
// "stalled", as a store would on one costly question.
type stallIndex struct{ *memIndex }

func (s stallIndex) TermDocs(ctx context.Context, terms []string) ([]int64, error) {
	if slices.Contains(terms, "stalled") {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return s.memIndex.TermDocs(ctx, terms)
}

// One question over its budget gets the timeout refusal line; the
// budget is generous so that the answered question fits it under -race
// on a loaded machine (the stalled one waits it out whatever its size);
// questions after it are still answered.
func TestAnswerLinesBudgetGoesOn(t *testing.T) {
	a := New(stallIndex{newMemIndex(testArticles...)}, Options{Budget: 2 * time.Second})
	in := `{"id": "q-1", "q": "Why was the stalled convoy hit?"}
{"id": "q-2", "q": "In which town was the aid convoy hit near Aleppo?"}
`
	var out bytes.Buffer
	if err := AnswerLines(context.Background(), a, strings.NewReader(in), &out, testNow); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), out.String())
	}
	var got [2]Answer
	for i, l := range lines {
		if err := json.Unmarshal([]byte(l), &got[i]); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
	}
	if got[0].ID != "q-1" || got[0].Answer != msgTimeout {
		t.Errorf("line 1 = %+v, want the timeout refusal", got[0])
	}
	if got[1].ID != "q-2" || !strings.Contains(got[1].Answer, "Orum al-Kubra") {
		t.Errorf("line 2 = %+v, want the answer", got[1])
	}
}

// A caller that gives up stops the run with its error.
func TestAnswerLinesCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out bytes.Buffer
	err := AnswerLines(ctx, newTestAsker(), strings.NewReader(`{"id": "q-1", "q": "Why was the convoy hit?"}`), &out, testNow)
	if err == nil {
		t.Errorf("got no error and %q, want the cancellation", out.String())
	}
}
