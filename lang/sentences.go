package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits text into sentences: paragraphs at line breaks, then
// each paragraph at its sentence ends (see SplitSentences). It bounds no
// length: callers that read untrusted text cut it first.
func Sentences(text string) []string {
	var out []string
	for _, p := range Paragraphs(text) {
		out = append(out, SplitSentences(p)...)
	}
	return out
}

// Paragraphs returns the non-blank lines of text, trimmed, a line that
// goes on a sentence the line before left open joined to it: text wrapped
// at a fixed width (wire copy, e-mail, a plain-text file) breaks sentences
// ("... account for U.S. aid" | "to the rebels, officials said."), and a
// line that opens in lower case after one that ends in no stop, colon or
// closing quote is the same sentence.
func Paragraphs(text string) []string {
	var out, cur []string // cur: the lines of the paragraph being read
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if len(cur) > 0 && !wrapped(cur[len(cur)-1], p) {
			flush()
		}
		cur = append(cur, p)
	}
	flush()
	return out
}

// wrapped reports whether line goes on the sentence prev left open. A
// line that opens with a digit goes on a line that ends in a word asking
// for the number ("bringing the total to at least" | "16,460 families
// ...", "killing more than" | "40 people"): a PDF's or a wrapped page's
// break inside the count.
func wrapped(prev, line string) bool {
	first, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;\"'”’»)]", last) {
		return false
	}
	return unicode.IsLower(first) || unicode.IsDigit(first) && numberAsked(prev) ||
		(unicode.IsDigit(first) || monthOpens(line)) && dateAsked(prev)
}

// dateAsked reports a line that ends in a lower-case preposition a date
// follows ("which struck the country in" | "February 2000, claiming ...",
// "left Maputo on" | "16 March.").
func dateAsked(prev string) bool {
	switch prev[strings.LastIndexAny(prev, " \t")+1:] {
	case "in", "on", "since", "from", "by", "until", "between":
		return true
	}
	return false
}

// monthOpens reports a line that opens with a month's name.
func monthOpens(line string) bool {
	w, _, _ := strings.Cut(line, " ")
	_, ok := Month(strings.ToLower(strings.TrimRight(w, ",.")))
	return ok
}

// numberAsked reports a line that ends in a word a count must follow, in
// lower case: a qualifier ("at least", "more than", "approximately") or
// "to" ("brought the toll to"). A heading's "AT LEAST" over a key figure or
// a date is a label of its own.
func numberAsked(prev string) bool {
	switch prev[strings.LastIndexAny(prev, " \t")+1:] {
	case "least", "than", "to", "approximately", "nearly", "almost", "around", "about", "some":
		return true
	}
	return false
}

// SplitSentences splits a paragraph at '.', '!' or '?' followed by space
// and an upper-case letter, digit or quote, unless the period ends an
// abbreviation ("Col. Gen.", "U.S.", "No. 5"), a single initial ("J. K.
// Rowling") or a month's short name. Pages whose markup was stripped glue
// sentences together ("Syria.They", "values"."In", "Afghanistan?Stuck"): a
// mark followed directly by a capitalised word also ends a sentence, and
// so does one followed by a list's item mark and a capital ("... rations. -
// Large numbers ...": a list run on in one line). A period inside a number
// ("1.5") never does.
func SplitSentences(p string) []string { return AppendSentences(nil, p) }

// AppendSentences appends the sentences of paragraph p (SplitSentences) to
// out and returns the extended slice: for a caller that reads them one
// paragraph at a time into an array of its own.
func AppendSentences(out []string, p string) []string {
	start := 0
	quotes, startQuotes := 0, 0 // '"' in p[:i] and in p[:start]
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !sentenceByte[c] {
			continue // one load and a branch for most bytes
		}
		if c == '"' {
			quotes++
			continue
		}
		ellipsis := c == ellipsisLead && strings.HasPrefix(p[i:], "…")
		if ellipsis {
			i += len("…") - 1 // as "...": a sentence ends there when a capital follows
		} else if c != '.' && c != '!' && c != '?' {
			continue
		}
		end := closeQuotes(p, i+1, (quotes-startQuotes)%2 == 1)
		if end >= len(p) || ellipsis && p[end] != ' ' {
			continue
		}
		// only the last word matters below; a window keeps long runs linear
		before := p[max(start, i-lastWordWindow):i]
		var next rune
		if p[end] != ' ' {
			if !gluedBoundary(p, before, end) {
				continue
			}
		} else {
			next, _ = utf8.DecodeRuneInString(afterBullet(strings.TrimLeft(p[end:], " ")))
			if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '"' && next != '“' && next != '\'' {
				continue
			}
		}
		if c == '.' && !ellipsis && isAbbreviation(before, next) {
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

// sentenceByte marks the bytes AppendSentences stops at: a straight
// double quote (counted), a sentence mark, the first byte of "…".
var sentenceByte = [256]bool{'"': true, '.': true, '!': true, '?': true, ellipsisLead: true}

// ellipsisLead is the first byte of "…" in UTF-8.
const ellipsisLead = 0xE2

// afterBullet returns s after the mark of a list's item that opens it ("- ",
// "• ", "– "), s itself when none does. A page whose list lost its line
// breaks runs its items on in one line ("... casualties. - The ongoing
// conflict has displaced ..."): each item is a sentence of its own, as the
// lines of the list were.
func afterBullet(s string) string {
	for _, b := range [...]string{"- ", "• ", "– ", "* "} {
		if rest, ok := strings.CutPrefix(s, b); ok {
			return strings.TrimLeft(rest, " ")
		}
	}
	return s
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

// isAbbreviation reports whether the word before a period is an
// abbreviation, an initial ("J." in "John J. Smith") or letters joined by
// periods ("U.S", "U.A.E"); next is the first letter after the space, 0
// when none. "No." is a number's abbreviation only before one ("No. 5"):
// "he said no. The talks" ends a sentence.
func isAbbreviation(before string, next rune) bool {
	j := strings.LastIndexAny(before, " (\"“")
	var low [32]byte
	var w string // strings.ToLower(before[j+1:]), in a stack buffer when short and ASCII
	if l, ok := AppendLowerASCII(low[:0], before[j+1:]); ok {
		w = string(l)
	} else {
		w = strings.ToLower(before[j+1:])
	}
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r)
	}
	if w == "no" || w == "nos" {
		return unicode.IsDigit(next)
	}
	return abbreviations.Has(w) || isShortMonth(w) || isInitials(w)
}

// isInitials reports single letters joined by periods: "u.s", "e.g", "a.m".
func isInitials(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (i%2 == 1) != (w[i] == '.') || i%2 == 0 && (w[i] < 'a' || w[i] > 'z') {
			return false
		}
	}
	return true
}

// abbreviations end with a period that does not end a sentence: titles and
// ranks before a name, and the short words of addresses, companies and
// headlines ("Intl.", "Natl.", "Govt.").
// Months are known to isShortMonth, letters joined by periods to isInitials.
var abbreviations = WordSetOf(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms dr prof rev st jr sr gov sen rep pres amb
		gen lt col maj capt cpt sgt cpl pvt brig adm cmdr cdr insp supt gens messrs
		vs etc inc co corp ltd dept approx mt ft intl natl govt`) {
		m[w] = true
	}
	return m
}())

// titles are the abbreviated titles and ranks written before a person's
// name: "Lt. Col. Jane Doe", "Gov. John Roe".
var titles = WordSetOf(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms dr prof rev gov sen rep pres amb gen lt col maj capt cpt sgt
		cpl pvt brig adm cmdr cdr insp supt gens`) {
		m[w] = true
	}
	return m
}())

// spelledRanks are ranks written out, which stand before a person's name as
// the abbreviated titles do: "the pilot as Lieutenant Jane Roe".
var spelledRanks = WordSetOf(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`lieutenant colonel major captain sergeant general brigadier admiral corporal commander`) {
		m[w] = true
	}
	return m
}())

// Rank reports a title or rank (lower case, without its period), written
// out or abbreviated, that stands before a person's name: "lieutenant",
// "lt", "dr".
func Rank(w string) bool { return spelledRanks.Has(w) || titles.Has(w) }

// honorifics are the civil forms of address before a person's name,
// abbreviated or not: "Mr Guterres", "Sir Mark Lowcock".
var honorifics = WordSetOf(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms dr prof sir`) {
		m[w] = true
	}
	return m
}())

// Honorific reports a civil form of address (lower case, without its
// period) before a person's name: "mr", "dr", "sir"; no rank.
func Honorific(w string) bool { return honorifics.Has(w) }

// Title reports an abbreviated title or rank (lower case, without its
// period) that stands before a person's name: "lt", "col", "gov".
func Title(w string) bool {
	return titles.Has(w)
}

// leaningWords open sentences that lean on the one before ("It said",
// "But the monitor..."): out of their article they read as nonsense.
var leaningWords = WordSetOf(setOf(`he she it they this these those but however also and meanwhile its his her their there
	such yet still`))

// LeansOnBefore reports whether w, lower-case, opens a sentence that leans
// on the one before it (leaningWords).
func LeansOnBefore(w string) bool { return leaningWords.Has(w) }
