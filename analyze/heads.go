package analyze

import "strings"

// head is what the phrase tables hold for a word that may begin a phrase:
// the lexicon's cues (lex.exact), the gate's phrases (gateAll.exact), the
// gazetteer's names (gaz.root.child) and the disputes' names (the most
// words of one that begins with the word: disputes.first). A doc looks
// each of its words up once (doc.wordHeads), and the cue matcher, the
// gate and the gazetteer read a word's head instead of each hashing the
// word again.
type head struct {
	cues []int32
	gate []taggedPhrase
	gaz  *gazNode
	disp uint8
}

// heads holds the head of every word that begins a phrase of any of the
// four tables (read only once built). A word it does not hold begins no
// cue and no gate phrase, and a name only through gazKey or a plural (a
// word ending in s: gazChild).
var heads = func() map[string]*head {
	m := map[string]*head{}
	get := func(w string) *head {
		h := m[w]
		if h == nil {
			h = &head{}
			m[w] = h
		}
		return h
	}
	for w, ids := range lex.exact {
		get(w).cues = ids
	}
	for w, ps := range gateAll.exact {
		get(w).gate = ps
	}
	for w := range gaz.root.next {
		get(w)
	}
	for w, n := range disputes.first {
		get(w).disp = n
	}
	for w, h := range m {
		h.gaz = gaz.root.child(w)
	}
	return m
}()

// headsOf returns the heads of ws, nil for a word that has none.
func headsOf(ws []string) []*head {
	out := make([]*head, len(ws))
	for i, w := range ws {
		out[i] = heads[w]
	}
	return out
}

// cueIDs returns lex.exact of the word whose head h is.
func (h *head) cueIDs() []int32 {
	if h == nil {
		return nil
	}
	return h.cues
}

// gatePhrases returns gateAll.exact of the word whose head h is.
func (h *head) gatePhrases() []taggedPhrase {
	if h == nil {
		return nil
	}
	return h.gate
}

// gazChild returns gaz.root.child(w) for the word w whose head h is.
func (h *head) gazChild(w string) *gazNode {
	switch {
	case h != nil:
		return h.gaz
	case strings.HasSuffix(w, "s"):
		return gaz.root.child(w) // a possessive or a plural of a name (child's own reading)
	}
	return nil
}
