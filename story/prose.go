package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
)

// mendProse repairs the words of a story's summary and development line
// as mendWords repairs its headline: a possessive whose apostrophe a
// collection stripped ("Syrias central city" → "Syria's", "the countrys
// north" → "country's": mendProseApostrophes), and a party's words for its
// enemy and its dead told in the digest's own voice made neutral
// (neutralProse), so that a headline and the summary under it do not
// disagree in either.
func mendProse(s string) string {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return s
	}
	mendProseApostrophes(ws)
	ws = neutralProse(ws)
	return strings.Join(ws, " ")
}

// mendProseApostrophes puts back the apostrophe of a possessive inside a
// sentence: a place's ("Syrias central city", "Lebanons Hezbollah"), on
// mendLostApostrophe's terms but before a word of any case, and a common
// noun's ending in a consonant and "ys" ("countrys", "citys", "armys"),
// which no English plural or verb has (they end in "ies"). What it owns
// follows: a word that is no function word ("in Syrias." or "Syrias and"
// keep their words) and no mark between them.
func mendProseApostrophes(ws []string) {
	for i := 0; i+1 < len(ws); i++ {
		w, next := ws[i], ws[i+1]
		if lang.IsStop(strings.ToLower(next), lang.Function) || !ownedWord(next) {
			continue
		}
		if p, ok := placePossessive(w); ok {
			ws[i] = p
		} else if base, ok := strings.CutSuffix(w, "s"); ok && lostNounApostrophe(base) {
			ws[i] = base + "'s"
		}
	}
}

// ownedWord reports a word a possessive may stand before: it starts with a
// letter or a digit ("Syria's 2011 uprising"), not a mark.
func ownedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// lostNounApostrophe reports a lower-case noun base ending in a consonant
// and "y" that the reports' vocabulary knows ("country", "army"), whose
// plural would be "-ies": base+"s" is its possessive without the mark.
func lostNounApostrophe(base string) bool {
	n := len(base)
	if n < 3 || !lettersOnly(base) || base[n-1] != 'y' || strings.ContainsRune("aeiouy", rune(base[n-2])) || strings.ToLower(base) != base {
		return false
	}
	return known(term(base))
}

// neutralProse is neutralWords for the sentences of a summary: a party's
// "terrorists" and "martyred" told in the digest's voice become neutral
// words, while its quotations keep theirs — the words inside quotation
// marks, and those after a verb of saying in their sentence ("the ministry
// said terrorists fired ...": what the speaker says is the news, as in a
// headline). A sentence that tells the event and names its teller at the
// end ("... when terrorists fired shells, the agency reported") tells it
// in words the digest gives, so in neutral ones.
func neutralProse(ws []string) []string {
	out := make([]string, 0, len(ws))
	quoted, spoken, start := false, false, true
	for i, w := range ws {
		lead, trail := marksAround(w)
		if strings.ContainsAny(lead, "\"“") {
			quoted = true
		}
		core := w[len(lead) : len(w)-len(trail)]
		switch {
		case quoted || spoken:
		case speechVerb(strings.ToLower(core)):
			spoken = true
		default:
			nw, changed := neutralWord(ws, i, start)
			if changed && nw == "" {
				continue // "terrorist" before an attack: the attack's word opens now
			}
			w = nw
		}
		out = append(out, w)
		if strings.ContainsAny(trail, "\"”") {
			quoted = false
		}
		start = strings.ContainsAny(trail, ".!?") && !quoted
		if start {
			spoken = false // the sentence ends
		}
	}
	return out
}

// marksAround returns the marks before a word's first letter or digit and
// after its last.
func marksAround(w string) (lead, trail string) {
	i := strings.IndexFunc(w, wordRune)
	if i < 0 {
		return w, ""
	}
	j := strings.LastIndexFunc(w, wordRune)
	_, n := utf8.DecodeRuneInString(w[j:])
	return w[:i], w[j+n:]
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
