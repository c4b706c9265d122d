package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// doc is an article prepared once for every analysis step.
type doc struct {
	title string
	sents []sentence // of the text, in order; the title is not among them
}

// sentence is one sentence of the text with its position.
type sentence struct {
	text  string   // as written
	lower string   // lower-cased
	words []string // lower-cased word tokens (letters, digits, inner '-' and '\'')
	index int      // position in the article, from 0
	para  int      // paragraph number, from 0
}

func newDoc(title, text string) *doc {
	if len(text) > maxText {
		text = text[:maxText]
		for !utf8.ValidString(text) && len(text) > 0 {
			text = text[:len(text)-1]
		}
	}
	d := &doc{title: strings.TrimSpace(title)}
	for p, para := range splitParagraphs(text) {
		for _, s := range splitSentences(para) {
			low := strings.ToLower(s)
			d.sents = append(d.sents, sentence{text: s, lower: low, words: words(low), index: len(d.sents), para: p})
		}
	}
	return d
}

// texts returns the sentences of the text as written, in order: what the
// analysis carries (news.Analysis.Sentences) so that no later step splits
// the text again.
func (d *doc) texts() []string {
	out := make([]string, len(d.sents))
	for i, s := range d.sents {
		out[i] = s.text
	}
	return out
}

func splitParagraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "st": true, "jr": true, "sr": true, "prof": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "no": true, "vs": true, "etc": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "inc": true, "co": true, "corp": true, "ltd": true,
	"u.s": true, "u.n": true, "u.k": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
}

// splitSentences splits a paragraph at '.', '!' or '?' followed by space and
// an upper-case letter, digit or quote, unless the period ends an
// abbreviation or a single initial. Pages whose markup was stripped glue
// sentences together ("Syria.They", "values"."In", "Afghanistan?Stuck"): a
// mark followed directly by a capitalised word also ends a sentence.
func splitSentences(p string) []string {
	var out []string
	start := 0
	quotes, startQuotes := 0, 0 // '"' in p[:i] and in p[:start]
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '"' {
			quotes++
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end := closeQuotes(p, i+1, (quotes-startQuotes)%2 == 1)
		if end >= len(p) {
			continue
		}
		// only the last word matters below; a window keeps long runs linear
		before := p[max(start, i-lastWordWindow):i]
		if p[end] != ' ' {
			if !gluedBoundary(p, before, end) {
				continue
			}
		} else {
			next, _ := utf8.DecodeRuneInString(strings.TrimLeft(p[end:], " "))
			if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '"' && next != '“' && next != '\'' {
				continue
			}
		}
		if c == '.' && isAbbreviation(before) {
			continue
		}
		if s := strings.TrimSpace(p[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
		startQuotes = quotes + strings.Count(p[i+1:end], "\"")
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// lastWordWindow is how far back the splitter looks for the word before a
// sentence mark.
const lastWordWindow = 48

// closeQuotes moves end past the closing quotes and brackets after a
// sentence mark. A straight double quote closes only when the sentence so far
// has an odd number of them (open); otherwise it opens the next sentence.
func closeQuotes(p string, end int, open bool) int {
	for end < len(p) {
		switch {
		case p[end] == '"' && open:
			open = false
			end++
		case p[end] == '\'' || p[end] == ')':
			end++
		case strings.HasPrefix(p[end:], "”") || strings.HasPrefix(p[end:], "’"):
			end += len("”")
		default:
			return end
		}
	}
	return end
}

// gluedBoundary reports a sentence end with no space after it: the mark at i
// follows a word of two letters or more (or a closing quote) and
// is followed by a capitalised word ("Syria.They") or an opening quote and a
// capital ("."In").
func gluedBoundary(p, before string, end int) bool {
	rest := p[end:]
	if strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“") {
		_, n := utf8.DecodeRuneInString(rest)
		rest = rest[n:]
	}
	r1, n1 := utf8.DecodeRuneInString(rest)
	r2, _ := utf8.DecodeRuneInString(rest[n1:])
	if !unicode.IsUpper(r1) || !(unicode.IsLower(r2) || r2 == ' ' || r2 == '\'') {
		return false
	}
	w := before[strings.LastIndexAny(before, " (")+1:]
	if strings.ContainsAny(w, ".@/") {
		return false // an abbreviation or an address such as "bbc.co.uk"
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	if last == '"' || last == '”' || last == '\'' || last == ')' {
		return true
	}
	return unicode.IsLetter(last) && utf8.RuneCountInString(w) >= 2
}

// isAbbreviation reports whether the word before a period is an abbreviation
// or an initial ("J." in "John J. Smith").
func isAbbreviation(before string) bool {
	j := strings.LastIndexAny(before, " (\"“")
	w := strings.ToLower(before[j+1:])
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r)
	}
	return abbreviations[w]
}

// words returns the word tokens of a lower-cased string.
func words(low string) []string {
	var out []string
	start := -1
	for i, r := range low {
		inner := (r == '-' || r == '\'' || r == '’') && start >= 0
		if unicode.IsLetter(r) || unicode.IsDigit(r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, strings.TrimRight(low[start:i], "-'’"))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.TrimRight(low[start:], "-'’"))
	}
	return out
}
