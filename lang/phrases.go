package lang

import "strings"

// Noun phrases by their function words: a phrase opens with a determiner,
// a figure or a content word, runs over modifiers and its head noun, and
// over "of"-complements and coordinations ("the closure of the Nasib
// border crossing", "two children and a woman", "the lack of clean
// water"). Without parts of speech, the verbs it stops at are the
// auxiliaries and prepositions of the Function tier, the Reporting tier,
// and participles ("-ed", "-ing") that modify nothing after them.

// phraseDeterminers open a noun phrase (or stand in it after "of"/"and").
var phraseDeterminers = map[string]bool{}

// phraseLinks join two noun phrases into one.
var phraseLinks = map[string]bool{}

// phraseVerbs are common verbs of news that no suffix tells ("hit",
// "kills", "remain"): they end a phrase.
var phraseVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an this that these those its their his her our some any all each every
no both several many few more most other another such`) {
		phraseDeterminers[w] = true
	}
	for _, w := range strings.Fields(`of and or`) {
		phraseLinks[w] = true
	}
	for _, w := range strings.Fields(`hit hits kill kills said says say told make makes made take takes took lead leads led
remain remains remained become becomes became come comes came go goes went see sees saw give gives gave gets got
put puts keep keeps kept hold holds held run runs ran bring brings brought leave leaves left fall falls fell rise
rises rose meet meets met send sends sent need needs want wants seek seeks sought urge urges face faces
continue continues include includes called calls call cause causes receive receives provide provides
reach reaches begin begins began show shows shown warn warns allow allows`) {
		phraseVerbs[w] = true
	}
}

// IsDeterminer reports whether w (lower case) opens a noun phrase as an
// article, a demonstrative, a possessive or a quantifier.
func IsDeterminer(w string) bool { return phraseDeterminers[w] }

// participle reports whether w looks like a past or present participle.
func participle(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// phraseWord reports whether w may stand in a noun phrase as a modifier or
// head: not a function, reporting or common news verb.
func phraseWord(w string) bool {
	return w != "" && !IsStop(w, Function|Reporting) && !phraseVerbs[w]
}

// NounPhrases returns the maximal noun phrases of a sentence's words
// (lower case) as [from, to] index pairs, to inclusive. joined(i) reports
// whether only spaces separate words i and i+1 (a phrase does not run
// across punctuation). A phrase ends in a content word; a participle
// stands in it only before a content word ("displaced people") or after a
// determiner ("the shelling").
func NounPhrases(low []string, joined func(i int) bool) [][2]int {
	var out [][2]int
	for i := 0; i < len(low); {
		from, to := i, nounPhraseEnd(low, joined, i)
		if to < from {
			i++
			continue
		}
		out = append(out, [2]int{from, to})
		i = to + 1
	}
	return out
}

// nounPhraseEnd returns the last word of the noun phrase opening at i, or
// i-1 when none opens there.
func nounPhraseEnd(low []string, joined func(i int) bool, i int) int {
	end := i - 1
	k := i
	for k < len(low) {
		// one simple phrase: determiners, then content words
		for k < len(low) && IsDeterminer(low[k]) && k+1 < len(low) && joined(k) {
			k++
		}
		first := k
		for k < len(low) && inPhrase(low, joined, k, first) {
			end = k
			if k+1 >= len(low) || !joined(k) {
				return end
			}
			k++
		}
		if end < first || k >= len(low) || !phraseLinks[low[k]] || k+1 >= len(low) || !joined(k) {
			return end
		}
		// "of", "and", "or" followed by another phrase: join it
		if n := k + 1; !IsDeterminer(low[n]) && !inPhrase(low, joined, n, n) {
			return end
		}
		k++
	}
	return end
}

// inPhrase reports whether word k stands in a noun phrase whose content
// words began at first. A participle stands in it after a determiner ("the
// shelling"), before a content word that is no figure ("displaced
// families"), or, ending in "-ing", as the head after a modifier ("the
// border crossing"); else it is the verb after the phrase ("the shelling
// killed two boys").
func inPhrase(low []string, joined func(i int) bool, k, first int) bool {
	w := low[k]
	if !phraseWord(w) {
		return false
	}
	if !participle(w) {
		return true
	}
	if k > 0 && k == first && IsDeterminer(low[k-1]) {
		return true
	}
	if k+1 < len(low) && joined(k) && phraseWord(low[k+1]) && !participle(low[k+1]) && !figure(low[k+1]) {
		return true
	}
	return k > first && strings.HasSuffix(w, "ing") && (k+1 >= len(low) || !joined(k) || !phraseWord(low[k+1]) && !IsDeterminer(low[k+1]))
}

// figure reports whether w is a number, in digits or in words.
func figure(w string) bool {
	if _, ok := Cardinal(w); ok {
		return true
	}
	return w != "" && w[0] >= '0' && w[0] <= '9'
}
