package ask

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestAnswerLines(t *testing.T) {
	in := `{"id": "q-1", "q": "In which town was the aid convoy hit near Aleppo?", "a": "Orum al-Kubra", "article_id": "conv-1"}

{"id": "q-2", "q": ""}
{"id": "q-3", "q": "Who won the football match in Madrid?"}
`
	var out bytes.Buffer
	if err := AnswerLines(context.Background(), newTestAsker(), strings.NewReader(in), &out, testNow); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), out.String())
	}
	var got []Answer
	for _, l := range lines {
		var a Answer
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		got = append(got, a)
	}
	if got[0].ID != "q-1" || !strings.Contains(got[0].Answer, "Orum al-Kubra") || got[0].Citations[0].ArticleID != "conv-1" {
		t.Errorf("line 1 = %+v", got[0])
	}
	if got[1].ID != "q-2" || got[1].Supported || got[1].Answer != msgEmpty {
		t.Errorf("line 2 = %+v, want the empty-question refusal", got[1])
	}
	if got[2].ID != "q-3" || got[2].Supported {
		t.Errorf("line 3 = %+v, want unsupported", got[2])
	}
}

func TestAnswerLinesBadLine(t *testing.T) {
	var out bytes.Buffer
	err := AnswerLines(context.Background(), newTestAsker(), strings.NewReader("{\"id\": \"q-1\", \"q\": \"x\"}\nnot json\n"), &out, testNow)
	if news.ErrorCode(err) != news.EINVALID || !strings.Contains(news.ErrorMessage(err), "line 2") {
		t.Errorf("error %v, want EINVALID naming line 2", err)
	}
}
