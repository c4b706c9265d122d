package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
)

// Why a first citation is not plain bm25's first (-floorcauses), read off
// the answerer's debug log of its candidates.
const (
	causeDeclined = "declined"
	causeState    = "state of a story"
	causeUnread   = "bm25's first not read"
	causeMayNot   = "bm25's first may not answer" // lacks a name the question gives, or enough of it
	causeNearTie  = "near tie at bm25's top"
	causeOverride = "answer of another report" // a typed answer, a clearly better fit or sentence; or none in bm25's first
)

// loggedCand is one "ask candidate" line of the answerer's debug log.
type loggedCand struct {
	id          string
	floor, lead bool
}

// candLog is a slog.Handler keeping the candidates and the best scored
// spans the answerer logs for one question.
type candLog struct {
	cands []loggedCand
	spans []loggedSpan
}

func (h *candLog) Enabled(context.Context, slog.Level) bool { return true }
func (h *candLog) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *candLog) WithGroup(string) slog.Handler            { return h }

func (h *candLog) Handle(_ context.Context, r slog.Record) error {
	if r.Message == "ask span" {
		h.spans = append(h.spans, spanOf(r))
		return nil
	}
	if r.Message != "ask candidate" {
		return nil
	}
	a := attrsOf(r)
	h.cands = append(h.cands, loggedCand{id: strOf(a["article_id"]), floor: boolOf(a["floor"]), lead: boolOf(a["clear_lead"])})
	return nil
}

// attrsOf is a record's attributes by key.
func attrsOf(r slog.Record) map[string]slog.Value {
	m := make(map[string]slog.Value, r.NumAttrs())
	r.Attrs(func(a slog.Attr) bool {
		m[a.Key] = a.Value
		return true
	})
	return m
}

// strOf is a logged string, "" when the attribute is absent.
func strOf(v slog.Value) string {
	if v.Kind() == slog.KindString {
		return v.String()
	}
	return ""
}

// boolOf is a logged bool, false when the attribute is absent.
func boolOf(v slog.Value) bool { return v.Kind() == slog.KindBool && v.Bool() }

// floatOf is a logged number, 0 when the attribute is absent.
func floatOf(v slog.Value) float64 {
	if v.Kind() == slog.KindFloat64 {
		return v.Float64()
	}
	return 0
}

// spanOf reads one "ask span" record.
func spanOf(r slog.Record) loggedSpan {
	a := attrsOf(r)
	return loggedSpan{id: strOf(a["article_id"]), sentence: strOf(a["sentence"]), text: strOf(a["text"]), score: floatOf(a["score"])}
}

// floorCause returns why the first citation ids[0] is not plain bm25's
// first bids[0] ("" when it is, or bm25 gives none), from the candidates
// the answerer logged.
func floorCause(q string, now time.Time, ids, bids []string, cands []loggedCand) string {
	switch {
	case len(bids) == 0 || len(ids) > 0 && ids[0] == bids[0]:
		return ""
	case len(ids) == 0:
		return causeDeclined
	case ask.Parse(q, now).Type == ask.TypeState:
		return causeState
	}
	i := slices.IndexFunc(cands, func(c loggedCand) bool { return c.id == bids[0] })
	switch {
	case i < 0:
		return causeUnread
	case !cands[i].floor:
		return causeMayNot
	case !cands[i].lead:
		return causeNearTie
	}
	return causeOverride
}

// causeCounts counts, for each cause, the questions whose first citation
// is right where bm25's is wrong (ahead), wrong where bm25's is right
// (behind), and the others.
type causeCounts map[string]*[3]int

func (cc causeCounts) add(cause string, right, bmRight bool) {
	if cause == "" {
		return
	}
	if cc[cause] == nil {
		cc[cause] = &[3]int{}
	}
	switch {
	case right && !bmRight:
		cc[cause][0]++
	case bmRight && !right:
		cc[cause][1]++
	default:
		cc[cause][2]++
	}
}

// print writes one line of totals.
func (cc causeCounts) print(out io.Writer, name string) {
	var parts []string
	for _, c := range []string{causeDeclined, causeState, causeUnread, causeMayNot, causeNearTie, causeOverride} {
		if n := cc[c]; n != nil {
			parts = append(parts, fmt.Sprintf("%s %d ahead / %d behind / %d other", c, n[0], n[1], n[2]))
		}
	}
	if len(parts) == 0 {
		parts = []string{"none"}
	}
	fmt.Fprintf(out, "  %-6s first citation not bm25's first: %s\n", name, strings.Join(parts, "; "))
}
