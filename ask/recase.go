package ask

import (
	"context"
	"strings"
	"time"
	"unicode"

	"github.com/conflict-digest/conflict-digest/lang"
)

// maxRecaseWords is the longest run of the question's words looked up as
// one name ("the al-nusra front").
const maxRecaseWords = 4

// lowerCased reports whether a question is written without a capital: a
// reader's quick question ("how many were killed by al-nusra front in
// aleppo") whose names the parse cannot tell from common words.
func lowerCased(question string) bool {
	letters := false
	for _, r := range question {
		if unicode.IsUpper(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// recase writes a lower-case question's names as the candidate articles
// write them: each run of the question's words, longest first, takes the
// form the articles give it most often inside a sentence, so that
// "al-nusra front", "unmiss", "who bangladesh" are read as the names they
// are. A question word stays one unless a name follows it or "the" comes
// before it ("who bangladesh", "the who"): "who is supporting" is asked,
// whatever a report of WHO writes.
func recase(question string, texts []string) string {
	qt := tokenize(question)
	if len(qt) == 0 {
		return question
	}
	forms := nameForms(qt, texts)
	out := make([]string, len(qt))
	for i := range qt {
		out[i] = qt[i].text
	}
	for i := 0; i < len(qt); {
		n := maxRecaseWords
		for ; n > 0; n-- {
			if i+n > len(qt) {
				continue
			}
			if f, ok := forms[runKey(qt[i:i+n])]; ok {
				for k, w := range f {
					out[i+k] = w + possessive(qt[i+k].low)
				}
				break
			}
		}
		i += max(n, 1)
	}
	for i, t := range qt {
		if lang.QuestionWord(t.low) && out[i] != t.text && !nameContext(qt, out, i) {
			out[i] = t.text
		}
	}
	var b strings.Builder
	last := 0
	for i, t := range qt {
		b.WriteString(question[last:t.start])
		b.WriteString(out[i])
		last = t.end
	}
	b.WriteString(question[last:])
	return b.String()
}

// nameContext reports whether the question word at i, written as a name,
// stands in a name's place: "the" before it, or a capitalised word after
// it ("who bangladesh" as "WHO Bangladesh").
func nameContext(qt []token, out []string, i int) bool {
	if i > 0 && qt[i-1].low == "the" {
		return true
	}
	return i+1 < len(out) && isCapitalized(token{text: out[i+1], low: qt[i+1].low})
}

// runKey is the lookup key of a run of words, possessives left off ("unmiss's" is looked up as "unmiss").
func runKey(ts []token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSuffix(t.low, possessive(t.low)))
	}
	return b.String()
}

// possessive returns a word's closing "'s" ("’s"), or "".
func possessive(w string) string {
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, p) && len(w) > len(p) {
			return p
		}
	}
	return ""
}

// nameForms returns, for each run of up to maxRecaseWords of the question's
// words that the texts hold inside a sentence, the form written most often
// when it holds a capital; runs the texts write in lower case as often are
// left out. A run's first word must not open a sentence: there every word
// is capitalised.
func nameForms(qt []token, texts []string) map[string][]string {
	words := make(map[string]bool, len(qt))
	for _, t := range qt {
		words[strings.TrimSuffix(t.low, possessive(t.low))] = true
	}
	counts := map[string]map[string]int{}
	for _, text := range texts {
		tt := tokenize(text)
		heading := headingLines(text, tt)
		for i := range tt {
			if !words[strings.TrimSuffix(tt[i].low, possessive(tt[i].low))] || sentenceStart(text, tt, i) || heading(i) {
				continue
			}
			for n := 1; n <= maxRecaseWords && i+n <= len(tt); n++ {
				last := tt[i+n-1].low
				if !words[strings.TrimSuffix(last, possessive(last))] || n > 1 && !spaceBetween(text, tt[i+n-2], tt[i+n-1]) {
					break
				}
				key := runKey(tt[i : i+n])
				if counts[key] == nil {
					counts[key] = map[string]int{}
				}
				counts[key][formOf(tt[i:i+n])]++
			}
		}
	}
	out := map[string][]string{}
	for key, fs := range counts {
		best, bestN, lowN := "", 0, fs[key]
		for f, c := range fs {
			if f != key && (c > bestN || c == bestN && f < best) {
				best, bestN = f, c
			}
		}
		if bestN > lowN {
			out[key] = strings.Split(best, " ")
		}
	}
	return out
}

// headingLines returns whether token i stands on a heading's line: one
// with no lower-case word of four letters or more ("02 MAY 2019",
// "Displaced Families by Location"), where capitals are the layout's.
func headingLines(text string, tt []token) func(i int) bool {
	plain := map[int]bool{} // line starts holding a lower-case word
	for _, t := range tt {
		if len(t.text) >= 4 && !isCapitalized(t) && unicode.IsLower([]rune(t.text)[0]) {
			plain[strings.LastIndexByte(text[:t.start], '\n')] = true
		}
	}
	return func(i int) bool { return !plain[strings.LastIndexByte(text[:tt[i].start], '\n')] }
}

// formOf is a run's words as written, possessives left off.
func formOf(ts []token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text[:len(t.text)-len(possessive(t.low))])
	}
	return b.String()
}

// spaceBetween reports whether two tokens of a text stand beside each other in
// one phrase: spaces only between them.
func spaceBetween(text string, a, b token) bool {
	return strings.TrimSpace(text[a.end:b.start]) == "" && !strings.Contains(text[a.end:b.start], "\n")
}

// sentenceStart reports whether token i opens a sentence, a line or a
// quote, where a capital says nothing of a name.
func sentenceStart(text string, tt []token, i int) bool {
	before := strings.TrimRight(text[:tt[i].start], " \t")
	if before == "" {
		return true
	}
	switch before[len(before)-1] {
	case '.', '!', '?', ':', '\n', '"', '(', '-', ';':
		return true
	}
	return strings.HasSuffix(before, "“") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, "•")
}

// recasedQuestion is a lower-case question with its names written as the
// articles it first retrieves write them; the question itself when it
// holds a capital or nothing was found.
func (a *Asker) recasedQuestion(ctx context.Context, question string, now time.Time) (string, error) {
	if !lowerCased(question) {
		return question, nil
	}
	q := Parse(question, now)
	if len(q.Terms) == 0 {
		return question, nil
	}
	cands, err := a.retrieve(ctx, &q)
	if err != nil {
		return question, err
	}
	texts := make([]string, 0, len(cands))
	for _, c := range cands {
		texts = append(texts, c.art.Text)
	}
	recased := recase(question, texts)
	a.opts.Logger.Debug("ask recased", "question", recased)
	return recased, nil
}
