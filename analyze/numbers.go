package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// ftok is a token of a sentence as the fact extractor sees it: a lower-cased
// word, a number (digits with their separators, or number words already
// folded into one value), or a punctuation mark.
type ftok struct {
	w     string // lower-cased word, or the punctuation mark
	num   int64  // value when isNum
	isNum bool   //
	punct bool   //
	hyph  bool   // joined to the previous token by a hyphen ("48-hour")
	year  bool   // a bare four-digit number that reads as a year
	// amount marks a word for an amount without a number ("dozens",
	// "hundreds of thousands"): isNum with num 0. (With the other flags,
	// so that they share one word of the struct.)
	amount bool
	off    int      // byte offsets of the token in its sentence
	end    int      //
	lo     int64    // a range's lower bound ("between 500 and 1,300"); num is the upper
	info   wordInfo // the word's classes (wordclass.go), once marked
}

// maxCount bounds the figures we believe: larger numbers are not head counts
// (and cannot overflow).
const maxCount = 1_000_000_000_000

// ftokens splits s into fact tokens and folds number words into numbers.
func ftokens(s string) []ftok {
	return ftokensLower(s, asciiLower(s))
}

// ftokensLower is ftokens of s given low, s lower-cased (or "").
func ftokensLower(s, low string) []ftok { return ftokensIn(nil, s, low) }

// ftokensIn is ftokensLower with the tokens cut from arena (or allocated
// when it is nil).
func ftokensIn(arena *tokArena, s, low string) []ftok {
	raw := scanTokens(arena.take(len(s)/4+1), s, low) // a word and its space are about six bytes, a mark one
	toks := foldAmounts(foldRanges(foldNumberWords(raw)))
	markWords(toks)
	return toks
}

// foldAmounts marks amount words as numbers of value 0, "tens of thousands"
// as one.
func foldAmounts(in []ftok) []ftok {
	out := in[:0]
	for i := 0; i < len(in); i++ {
		if !isAmount(in[i].w) || (i > 0 && in[i-1].w == "by") { // "by the thousands" is a manner
			out = keepTok(out, in, i)
			continue
		}
		t := in[i]
		if i+2 < len(in) && in[i+1].w == "of" && (in[i+2].w == "thousands" || in[i+2].w == "millions") {
			t.end = in[i+2].end
			i += 2
		}
		t.isNum, t.amount, t.num = true, true, 0
		out = append(out, t)
	}
	return out
}

// foldRanges turns "between 500 and 1,300", "2,000-3,000" and "42 000 to
// 60 000" into one number, the upper bound, so that its parts are never added; qualifierBefore
// reads "between" as up_to, and so does findMentions a range with no word.
func foldRanges(in []ftok) []ftok {
	out := in[:0]
	for i := 0; i < len(in); i++ {
		if !in[i].isNum && in[i].w != "between" {
			out = keepTok(out, in, i) // every range below begins with a number or "between"
			continue
		}
		if toRange(in, i) {
			hi := in[i+2]
			hi.off, hi.lo, hi.hyph = in[i].off, in[i].num, in[i].hyph
			out = append(out, hi)
			i += 2
			continue
		}
		if hyphenRange(in, i) {
			hi := in[i+1]
			hi.off, hi.lo, hi.hyph = in[i].off, in[i].num, in[i].hyph
			out = append(out, hi)
			i++
			continue
		}
		if in[i].w == "between" && i+3 < len(in) && in[i+1].isNum && in[i+2].w == "and" && in[i+3].isNum &&
			!in[i+1].year && !in[i+3].year {
			hi := in[i+3]
			hi.off, hi.lo = in[i+1].off, in[i+1].num
			out = append(out, in[i], hi)
			i += 3
			continue
		}
		out = keepTok(out, in, i)
	}
	return out
}

// hyphenRange reports "2,000-3,000" at in[i]: two counts joined by a hyphen,
// the second larger (not "2016-2017", a span of years).
func hyphenRange(in []ftok, i int) bool {
	if i+1 >= len(in) {
		return false
	}
	a, b := in[i], in[i+1]
	return a.isNum && b.isNum && b.hyph && !a.year && !b.year && !a.amount && !b.amount && a.num > 0 && b.num > a.num
}

// rangeBreakers before "N to M" make it a change, not a range: "rose from 58
// to 72", "increased by 5 to 30".
var rangeBreakers = lang.WordSetOf(lang.CountingWords(lang.RangeBreaker))

// toRange reports "42 000 to 60 000" at in[i]: two counts joined by "to",
// the second larger but within ten times the first, not after a word of
// change.
func toRange(in []ftok, i int) bool {
	if i+2 >= len(in) || in[i+1].w != "to" || (i > 0 && rangeBreakers.Has(in[i-1].w)) {
		return false
	}
	a, b := in[i], in[i+2]
	return a.isNum && b.isNum && !a.year && !b.year && !a.amount && !b.amount && a.num > 0 && b.num > a.num &&
		b.num <= a.num*10
}

// scanTokens is the lexical pass: words, digit groups and punctuation,
// appended to out. low is s lower-cased, or "": an ASCII sentence's words
// are cut from it at their offsets (lower-casing keeps every ASCII
// offset), any other's lower-cased one by one.
func scanTokens(out []ftok, s, low string) []ftok {
	if len(low) != len(s) || !isASCII(s) {
		low = ""
	}
	hyph := false
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			// the commonest byte, the last case below, told first (it is
			// none of the others)
			i, hyph = i+1, false
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			t, j := scanNumber(s, i)
			t.hyph, t.off, t.end = hyph, i, j
			out = append(out, t)
			i, hyph = j, false
		case (r == 'h' || r == 'w') && urlAt(s, i):
			i, hyph = urlEnd(s, i), false // a link's address states no figure: "(http://...?id=122)"
		case unicode.IsLetter(r):
			j := wordEnd(s, i+n)
			e := j
			if k := footnoteGlued(s, i, j); k > 0 {
				e = k // "including 23 civilian deaths1.": the word, its footnote's mark dropped
			}
			var w string
			if low != "" {
				w = low[i:e]
			} else {
				w = strings.ToLower(s[i:e])
			}
			out = append(out, ftok{w: w, hyph: hyph, off: i, end: e})
			i, hyph = j, false
		case r == '-' || r == '–':
			hyph = len(out) > 0 && i > 0 && s[i-1] != ' '
			i += n
		case r == ' ' || unicode.IsSpace(r):
			hyph = false
			i += n
		default:
			// a link's brackets ("[1 million Syrians](...)") are no punctuation
			if strings.ContainsRune(",.;:()\"“”!?%$€£•", r) { // "•": a bullet ends a list item
				out = append(out, ftok{w: s[i : i+n], punct: true, off: i, end: i + n}) // string(r), not allocated
			}
			i, hyph = i+n, false
		}
	}
	return out
}

// footnoteGlued returns where the letters of the word s[i:j] end when one
// or two digits glued after four or more lower-case letters close it (an
// agency PDF's footnote mark: "deaths1", "displaced12"), else 0
// (lang.FootnoteMark).
func footnoteGlued(s string, i, j int) int {
	if j == i || !isDigit(s[j-1]) {
		return 0 // a mark is digits at the word's end: most words end in a letter
	}
	if k := lang.FootnoteMark(s[i:j], 4); k > 0 {
		return i + k
	}
	return 0
}

// wordEnd returns where the word going on at s[j] ends: after its letters,
// digits and inner apostrophes. (ASCII bytes are read as bytes: most words
// are ASCII.)
func wordEnd(s string, j int) int {
	if j+8 <= len(s) {
		j += lang.LowerLetters8(s[j : j+8]) // a word's lower-case letters, eight bytes at once
	}
	for j < len(s) {
		c := s[j]
		if alnumByte[c] {
			j++ // most bytes of a word: one load and a branch
			continue
		}
		if c < utf8.RuneSelf {
			if c == '\'' && j+1 < len(s) && isLetterAt(s, j+1) {
				j++
				continue
			}
			return j
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '’' && j+n < len(s) && isLetterAt(s, j+n)) {
			j += n
			continue
		}
		return j
	}
	return j
}

// alnumByte marks the bytes asciiAlnum reports, for wordEnd.
var alnumByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiAlnum(byte(c))
	}
	return t
}()

// asciiAlnum reports an ASCII letter or digit, as unicode.IsLetter and
// unicode.IsDigit do.
func asciiAlnum(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// asciiLower returns s lower-cased when s is ASCII, for scanTokens; ""
// when s has other runes, whose lower case may be longer or shorter.
func asciiLower(s string) string {
	if !isASCII(s) {
		return ""
	}
	return strings.ToLower(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// urlAt reports a web address starting at s[i].
func urlAt(s string, i int) bool {
	rest := s[i:]
	return strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "www.")
}

// urlEnd returns where the address at s[i] ends: at a space, a closing
// bracket or the end.
func urlEnd(s string, i int) int {
	for i < len(s) && s[i] != ' ' && s[i] != ')' && s[i] != ']' && s[i] != '\n' && s[i] != '\t' {
		i++
	}
	return i
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// scanNumber reads a number starting at s[i]: "112", "1,200", "1.5" (kept as
// its integer part unless a multiplier follows), FA-KES's stripped "1 000",
// and marks bare years and zero-led clock times.
func scanNumber(s string, i int) (ftok, int) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	digits := s[i:j]
	// thousands separators: ",ddd" repeated
	for j+4 <= len(s) && s[j] == ',' && lang.AllDigits(s[j+1:j+4]) && (j+4 == len(s) || !isDigit(s[j+4])) {
		digits += s[j+1 : j+4]
		j += 4
	}
	frac := ""
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) && len(digits) <= 3 {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		frac, j = s[j+1:k], k
	}
	// "200 000", "(9 266)", "1 204 530": a space (or a thin or no-break
	// space) as thousands separator between groups of exactly three digits
	// after one to three, not after a date's word ("on 12 500 ...") nor
	// before another number (a table's cells)
	if frac == "" && len(digits) <= 3 && digits[0] != '0' && !dayWordBefore(s, i) && !digitRunBefore(s, i) {
		for len(digits) <= 13 {
			g, ok := spaceGroup(s, j)
			if !ok {
				break
			}
			digits += s[g : g+3]
			j = g + 3
		}
	}
	t := ftok{w: s[i:j]}
	if len(digits) > 13 || (len(digits) > 1 && digits[0] == '0') {
		return t, j // too long to be a count, or a clock time such as "0914"
	}
	v := parseDigits(digits)
	if k, ok := lang.MillionMark(s, j); ok {
		m, _ := lang.Scale("million")
		return ftok{w: s[i:k], num: scaleFrac(v, frac, m), isNum: true}, k // "1.2M people", "6.7 M"
	}
	if frac != "" {
		if m, k, ok := multiplierAfter(s, j); ok {
			return ftok{w: s[i:k], num: scaleFrac(v, frac, m), isNum: true}, k
		}
		return t, j // a decimal such as "1.9" is not a head count
	}
	if v > maxCount {
		return t, j
	}
	t.num, t.isNum = v, true
	t.year = j-i == len(digits) && lang.IsYear(digits) // "2,000" is no year
	return t, j
}

// spaceGroup reads a thousands group after a space at s[j]: where its
// three digits start. The group ends the number, or another group follows;
// a group followed by ",ddd" or ".d" (a number of its own), by a fourth
// digit or by a lone number is none.
func spaceGroup(s string, j int) (int, bool) {
	g := j + groupSpace(s, j)
	if g == j || g+3 > len(s) || !lang.AllDigits(s[g:g+3]) {
		return 0, false
	}
	k := g + 3
	if k == len(s) {
		return g, true
	}
	if isDigit(s[k]) || (s[k] == ',' || s[k] == '.') && k+1 < len(s) && isDigit(s[k+1]) {
		return 0, false
	}
	if listGoesOnAt(s, k) {
		return 0, false // "the 101 102 and 103 fields": a list of numbers
	}
	if n := groupSpace(s, k); n > 0 && k+n < len(s) && isDigit(s[k+n]) {
		h := k + n // "12 500 300": one number; "12 500 3": cells of a table
		return g, h+3 <= len(s) && lang.AllDigits(s[h:h+3]) && (h+3 == len(s) || !isDigit(s[h+3]))
	}
	return g, true
}

// listGoesOnAt reports ", 7", " and 7" or " or 7" at s[k]: the number
// before it is an item of a list of numbers, no thousands group.
func listGoesOnAt(s string, k int) bool {
	r := s[k:]
	switch {
	case strings.HasPrefix(r, ", "):
		r = r[2:]
	case strings.HasPrefix(r, ","):
		r = r[1:]
	case strings.HasPrefix(r, " and "):
		r = r[5:]
	case strings.HasPrefix(r, " or "):
		r = r[4:]
	default:
		return false
	}
	return r != "" && isDigit(r[0])
}

// digitRunBefore reports digits right before the number at s[i], but for
// a year: the number goes on a run of digits ("call 0933 123 456", a
// table's row), and its spaces part cells, not thousands.
func digitRunBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i || j == 0 || !isDigit(s[j-1]) {
		return false
	}
	k := j
	for k > 0 && isDigit(s[k-1]) {
		k--
	}
	return !(j-k == 4 && lang.IsYear(s[k:j]))
}

// groupSpace returns the length of a space, a no-break space or a thin
// space at s[j] (0 when none).
func groupSpace(s string, j int) int {
	switch {
	case j < len(s) && s[j] == ' ':
		return 1
	case strings.HasPrefix(s[j:], "\u00a0"):
		return 2
	case strings.HasPrefix(s[j:], "\u2009"), strings.HasPrefix(s[j:], "\u202f"):
		return 3
	}
	return 0
}

// dayWordBefore reports a word before the number at s[i] that makes it a
// day of a date ("on 12 500 ...", "March 12 500 ..."): its space is no
// thousands separator.
func dayWordBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && s[k-1] < utf8.RuneSelf && 'a' <= s[k-1]|0x20 && s[k-1]|0x20 <= 'z' {
		k--
	}
	if k == j || j == i {
		return false
	}
	w := strings.ToLower(s[k:j])
	_, month := lang.Month(w)
	return month || w == "on"
}

// multiplierAfter reads a scale word of a thousand or more after a decimal
// ("1.5 million"): its value and where the word ends. A longer word
// ("millionaire") is none.
func multiplierAfter(s string, j int) (int64, int, bool) {
	if j >= len(s) || s[j] != ' ' {
		return 0, j, false
	}
	k := j + 1
	for k < len(s) && s[k]|0x20 >= 'a' && s[k]|0x20 <= 'z' {
		k++
	}
	if m, ok := lang.Scale(strings.ToLower(s[j+1 : k])); ok && m >= 1000 {
		return m, k, true
	}
	return 0, j, false
}

func scaleFrac(v int64, frac string, m int64) int64 {
	f := int64(0)
	scale := m
	for i := 0; i < len(frac) && scale >= 10; i++ {
		scale /= 10
		f += int64(frac[i]-'0') * scale
	}
	return v*m + f
}

func parseDigits(d string) int64 {
	var v int64
	for i := 0; i < len(d); i++ {
		v = v*10 + int64(d[i]-'0')
	}
	return v
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// hasDigit reports whether s holds an ASCII digit (isDigit), eight bytes
// at a time as lang's lowerRun reads them: below 0x80, a byte plus 0x50
// reaches 0x80 from '0' up, plus 0x46 from past '9' up, and neither sum
// carries into the next byte. Eight bytes with one past ASCII are read one
// by one.
func hasDigit(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if x&highs != 0 {
			for k := 0; k < 8; k++ {
				if isDigit(w[k]) {
					return true
				}
			}
			continue
		}
		if (x+0x50*ones)&^(x+0x46*ones)&highs != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// foldNumberWords turns runs of number words ("twenty five", "one hundred
// and twelve", "a dozen", "3 million") into single number tokens.
func foldNumberWords(in []ftok) []ftok {
	// In place, as foldRanges and foldAmounts: out never passes i, and the
	// word before in[i] that numberWordsAt reads ("half") is still in[i-1]'s:
	// a run of one keeps its word, a longer run leaves in[i-1] unwritten.
	out := in[:0]
	for i := 0; i < len(in); {
		if t := &in[i]; !t.isNum && t.w != "a" && t.w != "half" && !isCardinal(t.w) {
			out = keepTok(out, in, i) // numberWordsAt reads none here: told without a call
			i++
			continue
		}
		if v, n := numberWordsAt(in, i); n > 0 {
			out = append(out, ftok{w: in[i].w, num: v, isNum: true, hyph: in[i].hyph, off: in[i].off, end: in[i+n-1].end})
			i += n
			continue
		}
		out = keepTok(out, in, i)
		i++
	}
	return out
}

// keepTok appends in[i] to out, a fold's output written over in (out never
// passes i): while nothing is folded out is in[:i], and in[i] is kept where
// it stands instead of being copied onto itself.
func keepTok(out, in []ftok, i int) []ftok {
	if len(out) == i {
		return in[:i+1]
	}
	return append(out, in[i])
}

// numberWordsAt reads a number made of words (and a digit number followed by
// a multiplier word) at in[i]; n is the tokens used, 0 when none.
func numberWordsAt(in []ftok, i int) (v int64, n int) {
	t := in[i]
	if t.w == "half" && i+2 < len(in) && in[i+1].w == "a" && in[i+2].w == "dozen" {
		return 6, 3
	}
	if t.w == "a" && i+1 < len(in) && in[i+1].w == "dozen" && (i == 0 || in[i-1].w != "half") {
		return 12, 2
	}
	if t.w == "half" && i+2 < len(in) && in[i+1].w == "a" && bigScale(in[i+2].w) {
		m, _ := lang.Scale(in[i+2].w)
		return m / 2, 3 // "half a million"
	}
	var cur, total int64
	j := i
	switch {
	case t.w == "a" && i+1 < len(in) && bigScale(in[i+1].w) && (i == 0 || in[i-1].w != "half"):
		cur, j = 1, i+1 // "more than a thousand"
	case t.isNum && !t.year:
		cur, j = t.num, i+1
		if j >= len(in) || (!isScale(in[j].w) && in[j].w != "dozen") {
			return 0, 0 // a plain digit number stays as it is
		}
	case isCardinal(t.w):
	default:
		return 0, 0
	}
	for ; j < len(in); j++ {
		w := in[j].w
		if s, ok := lang.Cardinal(w); ok {
			cur += s
			continue
		}
		if w == "dozen" && cur > 0 && cur < 100 {
			cur *= lang.Dozen
			continue
		}
		if m, ok := lang.Scale(w); ok && cur > 0 {
			if m >= 1000 {
				total, cur = total+cur*m, 0
			} else {
				cur *= m
			}
			continue
		}
		if w == "and" && j+1 < len(in) && isCardinal(in[j+1].w) && (cur+total) >= 100 {
			continue
		}
		if w == "," && cur == 0 && total >= 1000 && j+1 < len(in) && isCardinal(in[j+1].w) && commaSpelled(in, j+1) {
			continue // "nine thousand, two hundred sixty-six (9 266)"
		}
		break
	}
	v = total + cur
	if v <= 0 || v > maxCount {
		return 0, 0
	}
	return v, j - i
}

// qualifierBefore reads the qualifier that ends just before in[i] ("at least",
// "more than", "nearly", "up to"...; lang's one list): its value and the
// tokens it uses.
func qualifierBefore(in []ftok, i int) (news.Qualifier, int) {
	q, n := lang.QualifierBefore(func(k int) string { return in[k].w }, i, lang.Plain|lang.Loose)
	return newsQualifier[q.Hedge], n
}

// newsQualifier is the figure's qualifier of each of lang's hedges.
var newsQualifier = [...]news.Qualifier{
	lang.NoHedge: news.Exact, lang.AtLeast: news.AtLeast, lang.MoreThan: news.MoreThan,
	lang.UpTo: news.UpTo, lang.About: news.About,
}

// commaSpelled reports the words at in[j] after a scale's comma as the
// rest of the spelled number: number words alone up to a bracketed number
// in digits ("..., two hundred sixty-six (9 266)").
func commaSpelled(in []ftok, j int) bool {
	for ; j < len(in) && (isCardinal(in[j].w) || isScale(in[j].w) || in[j].w == "and"); j++ {
	}
	return j+1 < len(in) && in[j].w == "(" && in[j+1].isNum
}

func isCardinal(w string) bool { return lang.IsCardinal(w) }

// bigScale reports "hundred", "thousand", "million" and the like: a scale
// that "a" may count one of.
func bigScale(w string) bool {
	m, ok := lang.Scale(w)
	return ok && m >= 100
}

func isScale(w string) bool { return lang.IsScale(w) }

// isAmount reports a word for an amount without a number: the story may say
// "dozens", a figure never does.
func isAmount(w string) bool { return lang.IsAmount(w) }
