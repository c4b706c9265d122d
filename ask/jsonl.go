package ask

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// question is one line of SCHEMA.md's questions; other keys are ignored.
type question struct {
	ID string `json:"id"`
	Q  string `json:"q"`
}

// AnswerLines reads questions as JSON Lines (SCHEMA.md: {"id", "q", ...})
// from r and writes one answer line per question to w, in order, with the
// question's id. A question the asker refuses (empty, too long, over its
// time budget) gets its refusal line; a line that is not a question object is an EINVALID error
// naming the line; a failure of the store stops with its error.
func AnswerLines(ctx context.Context, a *Asker, r io.Reader, w io.Writer, now time.Time) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(trimSpace(line)) == 0 {
			continue
		}
		var q question
		if err := json.Unmarshal(line, &q); err != nil {
			return news.WrapError(news.EINVALID, fmt.Sprintf("line %d is not a question object", n), err)
		}
		ans, err := a.Ask(ctx, q.Q, now)
		if err != nil && !refused(ctx, err) {
			return fmt.Errorf("answer line %d: %w", n, err)
		}
		ans.ID = q.ID
		if err := enc.Encode(ans); err != nil {
			return fmt.Errorf("write answer: %w", err)
		}
	}
	if err := sc.Err(); err != nil {
		return news.WrapError(news.EINVALID, "read questions", err)
	}
	return nil
}

// refused reports whether err only refuses its question: one that cannot
// be asked, or one over the asker's budget while the caller still waits.
func refused(ctx context.Context, err error) bool {
	switch news.ErrorCode(err) {
	case news.EINVALID:
		return true
	case news.EUNAVAILABLE:
		return ctx.Err() == nil && news.ErrorMessage(err) == msgTimeout
	}
	return false
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}
