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

// IsArticle reports whether w (lower case) is an article: "the", "a",
// "an".
func IsArticle(w string) bool { return w == "the" || w == "a" || w == "an" }

// auxiliaries are the forms of "be" and "have" that stand before a
// participle: "were killed", "has been", "had fled".
var auxiliaries = WordSetOf(map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "has": true, "had": true, "have": true, "been": true,
})

// Auxiliary reports whether the lower-case word w is a form of "be" or
// "have" that stands before a participle in a passive or a perfect: "was",
// "were", "is", "are", "has", "had", "have", "been" ("were killed", "have
// been displaced"). "be", "being" and "am" are not listed.
func Auxiliary(w string) bool { return auxiliaries.Has(w) }

// PassiveBe reports whether the lower-case word w is a form of "be" that
// makes a participle after it passive: "was", "were", "is", "are", "been",
// "be", "being" ("was told", "will be reported"). "am" is not listed (it
// is also the "am" of a time).
func PassiveBe(w string) bool {
	switch w {
	case "was", "were", "is", "are", "been", "be", "being":
		return true
	}
	return false
}

// FiniteBe reports whether the lower-case word w is a finite present or
// past form of "be" that links a question's subject: "is", "was", "are",
// "were" ("how long is the border", "what was the range of ...").
func FiniteBe(w string) bool {
	switch w {
	case "is", "was", "are", "were":
		return true
	}
	return false
}

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
// (lower case) as [from, to] index pairs, to inclusive. gap(i) tells what
// separates words i and i+1: ' ' for spaces (or a hyphen), ',' for a
// comma, any other rune for other punctuation. A phrase runs over spaces,
// and over commas only in a list closed by "and" or "or" ("food, water and
// shelter"); it ends in a content word; a participle stands in it only
// before a content word ("displaced people") or after a determiner ("the
// shelling").
func NounPhrases(low []string, gap func(i int) rune) [][2]int {
	var out [][2]int
	for i := 0; i < len(low); {
		from, to := i, nounPhraseEnd(low, gap, i)
		if to < from {
			i++
			continue
		}
		out = append(out, [2]int{from, to})
		i = to + 1
	}
	return out
}

// Gap tells what the text between two words (sep) is, as NounPhrases
// reads it: ' ' for spaces, a hyphen or a figure's separator ("4,000"),
// ',' for a comma, '.' for other punctuation.
func Gap(sep string) rune {
	if sep == "," || sep == "." {
		return ' ' // "4,000", "3.5"
	}
	switch strings.Trim(sep, " -") {
	case "":
		return ' '
	case ",":
		return ','
	}
	return '.'
}

// maxListItem is the most words an item of a list written with commas holds.
const maxListItem = 4

// nounPhraseEnd returns the last word of the noun phrase opening at i, or
// i-1 when none opens there.
func nounPhraseEnd(low []string, gap func(i int) rune, i int) int {
	joined := func(k int) bool { return gap(k) == ' ' }
	end := simplePhraseEnd(low, joined, i)
	for end >= i && end+2 < len(low) {
		k := end + 1
		switch {
		case gap(end) == ' ' && phraseLinks[low[k]] && joined(k):
			// "of", "and", "or" followed by another phrase: join it
		case gap(end) == ',':
			if l := listEnd(low, gap, k); l > end {
				end = l
				continue
			}
			return end
		default:
			return end
		}
		next := simplePhraseEnd(low, joined, k+1)
		if next <= k {
			return end
		}
		end = next
	}
	return end
}

// listEnd returns the last word of a list's remaining items opening at k
// after a comma ("water, shelter and blankets"): short phrases parted by
// commas, the last after "and" or "or" (", and" too); else k-1.
func listEnd(low []string, gap func(i int) rune, k int) int {
	joined := func(i int) bool { return gap(i) == ' ' }
	none := k - 1
	for k < len(low) {
		if phraseLinks[low[k]] && low[k] != "of" && joined(k) {
			last := simplePhraseEnd(low, joined, k+1)
			if last > k && last-k <= maxListItem {
				return last
			}
			return none
		}
		end := simplePhraseEnd(low, joined, k)
		if end < k || end-k >= maxListItem || end+2 >= len(low) {
			return none
		}
		switch {
		case gap(end) == ' ' && (low[end+1] == "and" || low[end+1] == "or"):
			k = end + 1
		case gap(end) == ',':
			k = end + 1
		default:
			return none
		}
	}
	return none
}

// simplePhraseEnd returns the last word of the simple phrase (determiners,
// then content words) opening at k, or k-1.
func simplePhraseEnd(low []string, joined func(i int) bool, k int) int {
	none := k - 1
	for k < len(low) && IsDeterminer(low[k]) && k+1 < len(low) && joined(k) {
		k++
	}
	first, end := k, k-1
	for k < len(low) && inPhrase(low, joined, k, first) {
		end = k
		if k+1 >= len(low) || !joined(k) {
			break
		}
		k++
	}
	if end < first {
		return none
	}
	return end
}

// inPhrase reports whether word k stands in a noun phrase whose content
// words began at first. A participle stands in it after a determiner ("the
// shelling"), first or after an adverb before a content word that is no
// figure ("displaced families", "internally displaced persons"), or,
// ending in "-ing", as the head after a modifier ("the border crossing");
// else it is the verb after the phrase ("the shelling killed two boys",
// "the agency delivered food").
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
	// after a noun it is the verb ("the agency delivered food"); first or
	// after an adverb it modifies ("displaced families", "internally displaced persons")
	afterNoun := k > 0 && joined(k-1) && phraseWord(low[k-1]) && !strings.HasSuffix(low[k-1], "ly")
	if !afterNoun && k+1 < len(low) && joined(k) && phraseWord(low[k+1]) && !participle(low[k+1]) && !figure(low[k+1]) {
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
