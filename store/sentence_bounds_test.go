package store

import (
	"strings"
	"testing"
)

func TestSentenceBoundsRoundTrip(t *testing.T) {
	text := "Shelling hit Aleppo.  Five were killed.\n\nAid arrived on Tuesday. Talks resume."
	sents := []string{"Shelling hit Aleppo.", "Five were killed.", "Aid arrived on Tuesday.", "Talks resume."}
	b := encodeBounds(text, sents)
	got, ok := decodeBounds(text, b)
	if !ok || strings.Join(got, "|") != strings.Join(sents, "|") {
		t.Fatalf("decoded %q (%v), want %q", got, ok, sents)
	}
	if len(b) > 2*len(sents) {
		t.Errorf("bounds take %d bytes for %d sentences, want at most two a sentence here", len(b), len(sents))
	}
	if encodeBounds(text, []string{"Not in the text."}) != nil {
		t.Error("a sentence not in the text got bounds")
	}
}

// FuzzSentenceBounds: bounds of any sentences cut from a text read them
// back; bounds that do not fit a text are refused, never a panic.
func FuzzSentenceBounds(f *testing.F) {
	f.Add("One. Two three. Four.", uint8(3), []byte{0x01, 0x02})
	f.Add("", uint8(1), []byte{0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, text string, cuts uint8, junk []byte) {
		var sents []string
		step := len(text)/(int(cuts)%8+1) + 1
		for i := 0; i < len(text); i += step {
			if s := text[i:min(i+step, len(text))]; s != "" {
				sents = append(sents, s)
			}
		}
		if b := encodeBounds(text, sents); len(sents) > 0 {
			got, ok := decodeBounds(text, b)
			if !ok || strings.Join(got, "\x00") != strings.Join(sents, "\x00") {
				t.Fatalf("decoded %q (%v), want %q", got, ok, sents)
			}
		}
		decodeBounds(text, junk) // must not panic
	})
}
