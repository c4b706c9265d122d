package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"strings"
)

// Sentence bounds: for each sentence of an article's text (positions 1 on
// of the sentence index), its start as the gap from the previous sentence's
// end and its length, as unsigned varints — about two bytes a sentence. The
// analysis's sentences are substrings of the text in order, so they are
// found by a forward scan; a sentence not found leaves the article without
// bounds (nil), and its text is split when read.

// encodeBounds returns the bounds of sentences in text, or nil.
func encodeBounds(text string, sentences []string) []byte {
	if len(sentences) == 0 {
		return nil
	}
	out := make([]byte, 0, 3*len(sentences))
	at := 0
	for _, s := range sentences {
		i := strings.Index(text[at:], s)
		if i < 0 || s == "" {
			return nil
		}
		out = binary.AppendUvarint(out, uint64(i))
		out = binary.AppendUvarint(out, uint64(len(s)))
		at += i + len(s)
	}
	return out
}

// decodeBounds returns the sentences of text that b bounds, or false when b
// does not fit text.
func decodeBounds(text string, b []byte) ([]string, bool) {
	var out []string
	at := 0
	for len(b) > 0 {
		gap, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, false
		}
		b = b[n:]
		size, m := binary.Uvarint(b)
		if m <= 0 {
			return nil, false
		}
		b = b[m:]
		start := uint64(at) + gap
		if start > uint64(len(text)) || size > uint64(len(text))-start {
			return nil, false
		}
		out = append(out, text[start:start+size])
		at = int(start + size)
	}
	return out, true
}

// ArticleSentences returns, for the stored articles among ids that have
// bounds, the sentences of their text as their analysis split them
// (position i+1 of the sentence index is the i-th). Articles without bounds
// are left out: the caller splits their text.
func (x *SentenceIndex) ArticleSentences(ctx context.Context, ids []int64) (map[int64][]string, error) {
	out := make(map[int64][]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := x.db.read.QueryContext(ctx, `SELECT a.id, a.text, s.bounds FROM articles a
		JOIN sentence_articles s ON s.article_id = a.id
		WHERE a.id IN (`+sentenceMarks(len(ids))+`) AND s.bounds IS NOT NULL`, sentenceArgs(ids)...)
	if err != nil {
		return nil, fmt.Errorf("read article sentences: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var text string
		var b []byte
		if err := rows.Scan(&id, &text, &b); err != nil {
			return nil, fmt.Errorf("read article sentences: %w", err)
		}
		if ss, ok := decodeBounds(text, b); ok {
			out[id] = ss
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read article sentences: %w", err)
	}
	return out, nil
}
