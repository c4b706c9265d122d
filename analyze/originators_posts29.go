package analyze

import "strings"

// postHolderCue returns the attribution word after a body that is the
// object of a post ("an official spokesman of the Ministry of Health",
// "the spokesperson for the interior ministry", "a senior official at the
// health ministry") when only the body's place ("in Gaza", "in the Gaza
// Strip") and the holder's name set off by commas (", Jane al-Roe,") stand
// between: "An official spokesman of the Ministry of Health in Gaza, Jane
// al-Roe, said 45 people were killed" is the ministry's count, however
// long the place and the name run. -1 when the sentence is not so built.
func postHolderCue(text string, toks []ftok, m origMatch) int {
	if postStart(text, toks, m.start) < 0 || !postBefore(toks, m.start) {
		return -1
	}
	k := m.end
	if k < len(toks) && (toks[k].w == "in" || toks[k].w == "at") {
		k++ // the body's place: capitalised words, "the" before them
		if k < len(toks) && toks[k].w == "the" {
			k++
		}
		b := k
		for k < len(toks) && k-b < maxPersonWords && nameWord(text, toks, k) {
			k++
		}
		if k == b {
			return -1
		}
	}
	if k >= len(toks) || toks[k].w != "," {
		return -1
	}
	k++
	b := k
	for k < len(toks) && k-b <= maxPersonWords && nameWord(text, toks, k) {
		k++ // "Jane al-Roe", "Dr. Jane Roe"
	}
	if k == b || k+1 >= len(toks) || toks[k].w != "," || !isCue(toks, k+1) || toks[k+1].is(wcAhead) {
		return -1
	}
	return k + 1
}

// postBefore reports a post noun and its preposition right before the body
// named at toks[start] ("spokesman of the", "official at the"): the body is
// whom the post holder speaks for, not a phrase of a person's own name.
func postBefore(toks []ftok, start int) bool {
	j := start - 1
	if j >= 0 && toks[j].w == "the" {
		j--
	}
	return j >= 1 && postPreps.Has(toks[j].w) && toks[j].w != "in" && toks[j].w != "with" && postNouns.Has(toks[j-1].w)
}

// possessedPost returns the body a sentence's sayer speaks for when the
// sayer is a post the body's anaphor owns ("The ministry's spokesman Jane
// Roe said ...", "..., the group's spokesman said", "according to the
// agency's director"): the body named before, as "the ministry said"
// stands for it (antecedent).
func possessedPost(sents []factSentence, si int) (int, bool) {
	s := &sents[si]
	toks := s.toks
	for j := 0; j+2 < len(toks); j++ {
		if toks[j].w != "the" {
			continue
		}
		a, ok := strings.CutSuffix(toks[j+1].w, "'s")
		if !ok {
			a, ok = strings.CutSuffix(toks[j+1].w, "’s")
		}
		if !ok || !backAnaphors.Has(a) || a == "statement" {
			continue
		}
		k := j + 2
		for n := 0; k < len(toks) && n < postModifiers && !postNouns.Has(toks[k].w) && !toks[k].punct && !toks[k].isNum; n, k = n+1, k+1 {
		}
		if k >= len(toks) || !postNouns.Has(toks[k].w) {
			continue
		}
		k++
		if k < len(toks) && toks[k].w == "," {
			k++
		}
		for n := 0; k < len(toks) && n < maxPersonWords+1 && nameWord(s.text, toks, k); n, k = n+1, k+1 {
		}
		if k < len(toks) && toks[k].w == "," {
			k++
		}
		before := j >= 2 && toks[j-2].w == "according" && toks[j-1].w == "to"
		if before || k < len(toks) && isCue(toks, k) && !toks[k].is(wcAhead) {
			return antecedent(sents, si, a)
		}
	}
	return -1, false
}

// paragraphCiteReach bounds how many sentences on, within the figure's
// paragraph, the bracketed citation of its paragraph may come.
const paragraphCiteReach = 8

// paragraphCited reports sentence j in the paragraph of sentence si and
// within paragraphCiteReach of it: a citation that closes a sentence there
// ("... (OCHA, 12/05/2021).") cites the paragraph's counts before it that
// no source of their own claims (citedAfter).
func paragraphCited(sents []factSentence, si, j int) bool {
	return j-si <= paragraphCiteReach && sents[j].para == sents[si].para && sents[si].index >= 0
}

// ownSourced reports a sentence that names its own source: a source the
// table knows or one written out ("the Foo Council said").
func ownSourced(c *factSentence) bool {
	if _, ok := attribution(c); ok {
		return true
	}
	_, _, ok := writtenSource(c)
	return ok
}

// footnoteMark returns the number of a footnote mark glued to the end of a
// word in text ("reported missing1.", "killed2 in"), as text taken from an
// agency's PDF keeps them: one or two digits after two lower-case letters,
// then the text's end, a space or a mark; 0 for none.
func footnoteMark(text string) int {
	for i := 2; i < len(text); i++ {
		c := text[i]
		if c < '1' || c > '9' || !lowerASCII(text[i-1]) || !lowerASCII(text[i-2]) {
			continue
		}
		n, e := int(c-'0'), i+1
		if e < len(text) && text[e] >= '0' && text[e] <= '9' {
			n, e = n*10+int(text[e]-'0'), e+1
		}
		if e == len(text) || strings.IndexByte(" .,;:)", text[e]) >= 0 {
			return n
		}
	}
	return 0
}

func lowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

// footnoteSource returns the source the footnote marked in sentence si
// points to ("... have been reported missing1." and, in the block of
// footnotes at the end, "Source: FOOREL, Sitrep #2, May 26, 2021"): the
// name a "Source:" line of that block gives, when the footnote's number
// matches its line — the block's first line for footnote 1, else the
// n-th when the text's marks (1, 2, ... in order) are as many as the
// block's "Source:" lines; "" otherwise (no guess).
func footnoteSource(sents []factSentence, si int) string {
	n := footnoteMark(sents[si].text)
	if n == 0 {
		return ""
	}
	marks, last := 0, si
	for j := range sents {
		if sents[j].index < 0 {
			continue
		}
		if m := footnoteMark(sents[j].text); m == marks+1 {
			marks, last = m, j // the marks in order
		}
	}
	if n > marks {
		return ""
	}
	var lines []string // the names of the block's "Source:" lines, after the last mark
	first := true      // the block opens with a "Source:" line
	for j := last + 1; j < len(sents); j++ {
		t := sents[j].text
		for {
			k := strings.Index(t, "Source:")
			if k < 0 {
				break
			}
			if len(lines) == 0 && k > 0 && strings.TrimSpace(t[:k]) != "" {
				first = false
			}
			t = t[k+len("Source:"):]
			lines = append(lines, footnoteLineName(t))
		}
	}
	switch {
	case n == 1 && first && len(lines) > 0:
		return lines[0]
	case len(lines) == marks:
		return lines[n-1]
	}
	return ""
}

// footnoteLineName returns the name a "Source:" line opens with: its words
// up to a comma, a lower-case word or a mark ("OCHA, Sitrep #2" is OCHA's,
// "WHO/MoPH daily report" WHO/MoPH's).
func footnoteLineName(t string) string {
	t = strings.TrimLeft(t, " ")
	e := 0
	for _, w := range strings.Fields(t) {
		if w[0] < 'A' || w[0] > 'Z' || w == "Source:" || w == "Sources:" {
			break
		}
		e = strings.Index(t[e:], w) + e + len(w)
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") {
			e--
			break
		}
	}
	return t[:e]
}

// gluedSources returns the name of a "Sources:" (or "Source:") line that a
// PDF's text glued into the middle of a sentence ("... including 1,529
// Sources: FOOREL daily report ... recoveries and 68 deaths"): the page's
// sources, which cite the counts of its paragraph; "" for none. A bracketed
// "(Source: Foo)" closing a text is its outlet's tag, no such line.
func gluedSources(text string) string {
	for _, w := range []string{"Sources:", "Source:"} {
		if k := strings.Index(text, w); k > 0 && strings.TrimSpace(text[:k]) != "" && !strings.HasSuffix(strings.TrimSpace(text[:k]), "(") {
			return footnoteLineName(text[k+len(w):])
		}
	}
	return ""
}

// holderNamed reports a person's name at toks[e] right after a post the
// table names ("police official Jane Roe said", "Foo region emergency
// official Jane Roe told local television"): two or three capitalised
// words, none of them a body's, and the attribution word after them. The
// post is the source, not an adjective of what follows ("the official
// Foo news agency said").
func holderNamed(text string, toks []ftok, e int) bool {
	if e < 1 || toks[e-1].w != "official" {
		return false
	}
	k := e
	for k < len(toks) && k-e < maxPersonWords && nameWord(text, toks, k) && !orgWords.Has(toks[k].w) && !partyWords.Has(toks[k].w) {
		k++
	}
	return k-e >= 2 && k < len(toks) && isCue(toks, k) && !toks[k].is(wcAhead)
}
