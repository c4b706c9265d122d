package store_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
)

func TestZZDbg(t *testing.T) {
	db := openEval(t)
	qs := readJSONL[evalQuestion](t, filepath.Join(evalDir, "dev-questions.jsonl"))
	var buf bytes.Buffer
	a := ask.New(db.SentenceIndex(), ask.Options{Logger: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	re := regexp.MustCompile(`rank=(\d) article_id=(\S+) score=(\S+)`)
	for _, q := range qs {
		buf.Reset()
		ans, _ := a.Ask(context.Background(), q.Q, time.Now())
		if len(ans.Citations) > 0 && ans.Citations[0].ArticleID == q.ArticleID {
			continue
		}
		out := ""
		for _, m := range re.FindAllStringSubmatch(buf.String(), -1) {
			mark := ""
			if m[2] == q.ArticleID {
				mark = "*"
			}
			out += fmt.Sprintf(" %s%s:%.5s", mark, m[2], m[3])
		}
		first := ""
		if len(ans.Citations) > 0 {
			first = ans.Citations[0].ArticleID
		}
		fmt.Printf("%s cited %s |%s\n", q.ID, first, out)
	}
}
