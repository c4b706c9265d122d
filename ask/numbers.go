package ask

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// readNumber reads the figure starting at token i: digits ("250,000" is two
// tokens joined by a comma), number words ("Thirty-five", "fifty nine",
// "two hundred"), and a scale word after either ("3 million"). It returns
// the value and the last token.
func readNumber(s *sentence, i int) (float64, int, bool) {
	t := s.toks[i]
	var v float64
	j := i
	switch {
	case isNumber(t):
		n, _ := strconv.ParseFloat(t.low, 64)
		v = n
		for j+1 < len(s.toks) && len(s.toks[j+1].low) == 3 && isNumber(s.toks[j+1]) &&
			s.text[s.toks[j].end:s.toks[j+1].start] == "," {
			n, _ := strconv.ParseFloat(s.toks[j+1].low, 64)
			v = v*1000 + n
			j++
		}
		v, j = decimals(s, i, j, v)
	case gluedFigureOK(t.low):
		// "$300M", "600m", "4km": a scale or a unit written onto the figure
		d, suffix, _ := gluedFigure(t.low)
		v, _ = strconv.ParseFloat(d, 64)
		v *= gluedScale(s, i, i, suffix)
	case codeAmount(t.low) > 0:
		v = codeAmount(t.low) // "USD154 billion": the code written onto the figure
		v, j = decimals(s, i, j, v)
	case wordValue(t.low) > 0:
		v, j = numberWords(s, i)
	default:
		return 0, i, false
	}
	if j+1 < len(s.toks) {
		if end, ok := lang.MillionMark(s.text, s.toks[j].end); ok && end == s.toks[j+1].end {
			return v * 1e6, j + 1, true // "$222 M": an agency panel's million
		}
		if m, ok := lang.Scale(s.toks[j+1].low); ok && m >= 1000 { // "3 million"
			v *= float64(m)
			j++
		} else if s.toks[j+1].low == "trillion" { // "USD 60 trillion": an amount, never a toll
			v *= 1e12
			j++
		}
	}
	return v, j, true
}

// numberWords reads a number written in words from token i ("two hundred
// and fifty", "five hundred thousand seven hundred thirteen"): a scale of a
// thousand or more closes the group before it, "hundred" multiplies the
// group, and other words (also "nine-hundred") add to it. It returns the
// value and the last token read.
func numberWords(s *sentence, i int) (float64, int) {
	total, group, j := 0.0, wordValue(s.toks[i].low), i
	for j+1 < len(s.toks) && (plainGap(s, j) || scaleComma(s, j)) {
		k := j + 1
		if s.toks[k].low == "and" && k+1 < len(s.toks) && plainGap(s, k) && hundreds(s.toks[j].low) {
			k++ // "two hundred and fifty", "Nine-hundred and eighteen"
		}
		n := wordValue(s.toks[k].low)
		if n == 0 {
			break
		}
		switch m, scale := lang.Scale(s.toks[k].low); {
		case scale && m >= 1000:
			total, group = total+max(group, 1)*n, 0
		case scale:
			group = max(group, 1) * n
		default:
			group += n // also a written compound ("nine-hundred")
		}
		j = k
	}
	return total + group, j
}

// scaleComma reports whether a comma after token j, a scale of a thousand
// or more, goes on with the number's smaller groups ("nine thousand, two
// hundred sixty-six"): the next word is a number below a thousand not
// itself scaled by a thousand or more ("one thousand, two thousand" is a
// list).
func scaleComma(s *sentence, j int) bool {
	if j+1 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[j].end:s.toks[j+1].start]) != "," {
		return false
	}
	if m, ok := lang.Scale(s.toks[j].low); !ok || m < 1000 {
		return false
	}
	if n := wordValue(s.toks[j+1].low); n == 0 || n >= 1000 {
		return false
	}
	k := j + 2
	for ; k < len(s.toks) && plainGap(s, k-1) && wordValue(s.toks[k].low) > 0; k++ {
		if m, ok := lang.Scale(s.toks[k].low); ok && m >= 1000 {
			return false
		}
	}
	return true
}

// bracketDigits reads the figure a report writes in digits in brackets
// right after the same figure in words, ending at token j ("five hundred
// thousand seven hundred thirteen (500,713)", "nine thousand, two hundred
// sixty-six (9 266)": groups of three also set apart by spaces): one
// figure, not two. It returns the digits' value and their last token.
func bracketDigits(s *sentence, j int) (float64, int, bool) {
	k := j + 1
	if k >= len(s.toks) || !isNumber(s.toks[k]) || strings.TrimSpace(s.text[s.toks[j].end:s.toks[k].start]) != "(" {
		return 0, j, false
	}
	v, e, ok := readNumber(s, k)
	if !ok {
		return 0, j, false
	}
	for e == k && len(s.toks[k].low) <= 3 && e+1 < len(s.toks) && len(s.toks[e+1].low) == 3 && isNumber(s.toks[e+1]) &&
		s.text[s.toks[e].end:s.toks[e+1].start] == " " {
		n, _ := strconv.ParseFloat(s.toks[e+1].low, 64)
		v, k, e = v*1000+n, e+1, e+1
	}
	if !strings.HasPrefix(s.text[s.toks[e].end:], ")") {
		return 0, j, false
	}
	return v, e, true
}

// closedGap reports whether only a closing bracket and spaces separate
// tokens i and i+1.
func closedGap(s *sentence, i int) bool {
	gap := strings.TrimSpace(s.text[s.toks[i].end:s.toks[i+1].start])
	return gap == ")"
}

// decimals adds to v, the figure read up to token j, the decimals after
// its point ("3.2 million": the tokenizer splits at the point), with a
// scale written onto them ("1.5bn", "EUR1.5bn").
func decimals(s *sentence, i, j int, v float64) (float64, int) {
	if decimalComma(s, i, j) {
		n, _ := strconv.ParseFloat("0."+s.toks[j+1].low, 64)
		return v + n, j + 1
	}
	if j+1 >= len(s.toks) || s.text[s.toks[j].end:s.toks[j+1].start] != "." {
		return v, j
	}
	d, suffix, ok := gluedFigure(s.toks[j+1].low)
	if !ok {
		if !isNumber(s.toks[j+1]) {
			return v, j
		}
		d = s.toks[j+1].low
	}
	n, _ := strconv.ParseFloat("0."+d, 64)
	return (v + n) * gluedScale(s, i, j+1, suffix), j + 1
}

// decimalComma reports whether a comma after token j, the figure's only
// group, is a decimal one: one or two digits follow it, then a scale of a
// million or more ("EUR 2,4 million", "USD 1,1 million"), where a
// thousands comma would be followed by three.
func decimalComma(s *sentence, i, j int) bool {
	k := j + 1
	if j != i || k+1 >= len(s.toks) || s.text[s.toks[j].end:s.toks[k].start] != "," || !plainGap(s, k) {
		return false
	}
	if d := s.toks[k].low; len(d) > 2 || !isNumber(s.toks[k]) {
		return false
	}
	m, ok := lang.Scale(s.toks[k+1].low)
	return ok && m >= 1e6
}

// gluedSuffixes are the scales and units written onto a figure with no
// space ("$300M", "EUR1.5bn", "600m", "4km", "20k").
var gluedSuffixes = []string{"bn", "mn", "km", "m", "k"}

// gluedFigure splits a token of digits and a scale or unit written onto
// them ("300m": "300", "m").
func gluedFigure(w string) (digits, suffix string, ok bool) {
	for _, suf := range gluedSuffixes {
		if d, found := strings.CutSuffix(w, suf); found && d != "" && isNumber(token{low: d}) {
			return d, suf, true
		}
	}
	return "", "", false
}

func gluedFigureOK(w string) bool { _, _, ok := gluedFigure(w); return ok }

// gluedScale is what a glued suffix multiplies the figure starting at
// token i by, written onto token k: "bn" a billion, "mn" a million, "k" a
// thousand; "m" a million written as a capital ("4.3M people", an agency
// panel's) or after a currency ("$300M", "USD 4m"), else metres ("600m")
// as "km" is kilometres.
func gluedScale(s *sentence, i, k int, suffix string) float64 {
	switch suffix {
	case "bn":
		return 1e9
	case "mn":
		return 1e6
	case "k":
		return 1e3
	case "m":
		if t := s.toks[k].text; strings.HasSuffix(t, "M") {
			return 1e6 // "$222M", "4.3M people": a capital M is a million
		}
		if _, ok := lang.CurrencySymbolEnding(strings.TrimSpace(s.text[:s.toks[i].start])); ok {
			return 1e6
		}
		if i > 0 && lang.CurrencyPrefix(s.toks[i-1].low) {
			return 1e6
		}
	}
	return 1
}

// gluedUnit is the unit written onto the figure at token j ("m" of
// "600m", "km" of "4km"), or "": a distance's unit, not a scale.
func gluedUnit(s *sentence, i, j int) string {
	_, suffix, ok := gluedFigure(s.toks[j].low)
	if !ok || gluedScale(s, i, j, suffix) != 1 {
		return ""
	}
	return suffix
}

// codeAmount is the value of a figure written after a currency's code with
// no space ("USD154", "EUR7.5" is split at its point), or 0.
func codeAmount(w string) float64 {
	k := strings.IndexAny(w, "0123456789")
	if k <= 0 || !lang.CurrencyPrefix(w[:k]) || !isNumber(token{low: w[k:]}) {
		return 0
	}
	v, _ := strconv.ParseFloat(w[k:], 64)
	return v
}

// wordValue is the value of a number word, also hyphenated ("thirty-five",
// "nine-hundred").
func wordValue(w string) float64 {
	total := 0.0
	for _, p := range strings.Split(w, "-") {
		n, ok := numberWord(p)
		if !ok {
			return 0
		}
		if n >= 100 && total > 0 {
			total *= float64(n)
		} else {
			total += float64(n)
		}
	}
	return total
}

// hundreds reports whether a number word ends in a scale of a hundred or
// more ("hundred", "nine-hundred"): "and" may join the rest to it.
func hundreds(w string) bool {
	parts := strings.Split(w, "-")
	n, ok := numberWord(parts[len(parts)-1])
	return ok && n >= 100
}

// qualifierBefore returns the token that starts the qualifier written just
// before token i ("at least", "over"; the plain tier of lang's list), i for none.
func qualifierBefore(s *sentence, i int) int {
	_, n := lang.QualifierBefore(func(k int) string { return s.toks[k].low }, i, lang.Plain)
	return i - n
}

// countSpans returns the figures of a sentence, favouring those followed by
// what the question counts ("59 Tomahawk cruise missiles").
func countSpans(q *Question, s *sentence) []span {
	var out []span
	amount := q.money() && !q.says(ratioPhrases...) // asked once: says joins the question's words
	for i := 0; i < len(s.toks); i++ {
		if sp, ok := attachedCount(q, s, i); ok {
			out = append(out, sp)
			continue
		}
		v, j, ok := readNumber(s, i)
		if !ok {
			continue
		}
		t := s.toks[i]
		if skipFigure(q, s, i, j) || q.whole[v] {
			i = j
			continue
		}
		closed := -1 // the last digit of the same figure in brackets after its words
		if words := !isNumber(t) && codeAmount(t.low) == 0 && !gluedFigureOK(t.low); words {
			if dv, e, ok := bracketDigits(s, j); ok {
				v, j, closed = dv, e, e
			}
		}
		sp := span{from: qualifierBefore(s, i), to: j, value: v, typed: true, bonus: 0.05}
		if r := rangeStart(s, i); r < i && sp.from == i {
			sp.from = r // "between two and four hours": the range, not its end
		}
		for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
			if !plainGap(s, k-1) && (k-1 != closed || !closedGap(s, k-1)) {
				break
			}
			if countsUnit(q, s.toks[k].stem) || k == j+1 && othersCount(q, s.toks[k].low) {
				sp.to, sp.bonus = k, 0.35+labelHits*float64(hitsIn(s, j+1, k))
				break
			}
		}
		if k := j + 1; sp.bonus < 0.35 && k < len(s.toks) && plainGap(s, j) && unitAcronym(q, s.text[s.toks[k].start:s.toks[k].end]) {
			sp.to, sp.bonus = k, 0.35 // "25 KIs" for how many key informants
		}
		if k := tailAfter(q, s, j); k > j {
			sp.to, sp.bonus = k, 0.35 // "95 in favour" for how many votes in favour
		}
		if j+1 < len(s.toks) && (s.toks[j+1].low == "times" || s.toks[j+1].low == "fold") && plainGap(s, j) && q.says(ratioPhrases...) {
			sp.to, sp.bonus = j+1, 0.35 // "24 times more likely" for how much more likely
		}
		if u := gluedUnit(s, i, j); u != "" && containsStem(q.Units, u) {
			sp.bonus = 0.35 // "less than 600m" for how close
		}
		if sp.bonus < 0.35 && len(q.Units) > 0 {
			if h := predicateAfter(s, j); h >= 2 {
				// "176 are still missing", "17.8 million have been left
				// without access to enough food": a bare figure, then the
				// question's own predicate, counts what it asks.
				sp.bonus = 0.35 + labelHits*float64(h)
			}
		}
		if sp.bonus < 0.35 && j+1 < len(s.toks) && plainGap(s, j) && s.hit[j+1] && isKindStem(s.toks[j+1].stem) {
			sp.bonus = 0.35 // "with nine killed": the figure, then the question's own toll word
		}
		if n := numberOfBefore(q, s, i); sp.bonus < 0.35 && n >= 0 {
			sp.bonus = 0.35 // "the total number of cases reported as at 24th July, 2019 stands at 385"
			if n > 0 && cumulativeWords[s.toks[n-1].low] {
				// "Total number of consultations in week 15: 45,797": the
				// report's own total of what is asked, not a part's line
				sp.bonus += wStatedTotal + labelHits*float64(hitsIn(s, n-1, i))
			}
		}
		if sp.bonus < 0.35 && unitBefore(q, s, i) {
			sp.bonus = 0.15
		}
		counted := sp.bonus >= 0.35 // the figure is written with what is counted
		to := sp.to
		money, share := withCurrency(s, &sp, i)
		if closed >= 0 && sp.to == closed {
			sp.text += ")" // "five hundred (500)": the bracket closed
		}
		if e := unitEnd(q, s, to); e > to && sp.to == to && !money && !share {
			sp.text = joinSpan(s, sp.from, e) // "89 community centres": the whole of what is counted, scored on its first word
		}
		if money && q.money() || share && q.share() {
			sp.bonus = max(sp.bonus, 0.35)
		}
		if share && !q.share() && q.says("how many") {
			sp.bonus -= 0.1 // "25%" of the site's people is not how many live there
		}
		if !share && q.proportion() {
			// "approximately 82,300 individuals" is no share of them
			sp.bonus = min(sp.bonus, 0.05) - 0.2
		}
		if !money && !share && amount {
			// "with 13 donors pledging" is no amount pledged: what
			// the figure counts is not what the question asks
			sp.bonus = min(sp.bonus, 0.05) - 0.2
		}
		if before := strings.TrimRight(s.text[:s.toks[sp.from].start], " $£€¥"); i > 0 && strings.HasSuffix(strings.TrimSpace(before), "(") {
			// "(about 980 explosions)": the previous period's, a
			// conversion; "(EUR 1.5 million)": a part of the total
			sp.bonus -= 0.1
		}
		if increment(s, sp.from) && !q.says(incrementAsked...) {
			sp.bonus -= wIncrement // "an additional 685 families since the previous report" is no total
		}
		baseline := baselineFit(q, s, i)
		if baseline == 0 && earlierAfter(q, s, j) {
			baseline = -periodBonus
		}
		sp.bonus += periodFit(q, s, i, j) + baseline // "874,000 in November, up from 837,000 in September"
		if counted && baseline == 0 && (countVerbBeside(q, s, sp.from, sp.to) || countActBefore(q, s, i)) {
			sp.bonus += wCountVerb // "456 Burundian refugees were repatriated", not "all 45,007 Burundian refugees residing"
		}
		if !isNumber(t) && codeAmount(t.low) == 0 && !gluedFigureOK(t.low) && closed < 0 {
			sp.text += fmt.Sprintf(" (%s)", strconv.FormatFloat(v, 'f', -1, 64))
		}
		out = append(out, sp)
		i = j
	}
	return out
}

// wCountVerb is the bonus of a figure written beside the verb the
// question counts the doing of (Question.countVerb): of two figures of
// what is asked ("all 45,007 Burundian refugees residing in South Kivu",
// "456 Burundian refugees were repatriated from South Kivu"), the one the
// question's verb predicates (qa3-rwp7-9c94460a01-0). A report writes
// the act counted right after the counted noun ("were repatriated") or
// right before the figure ("repatriated 456 refugees"), in any outlet.
const wCountVerb = 0.1

// countVerbBeside reports whether the question's counted verb is written
// within four plain words after the figure's span [from, to] (past
// auxiliaries) or within the two before it. Only a figure written with
// what is counted gains: "13 donors pledged" is no amount pledged.
func countVerbBeside(q *Question, s *sentence, from, to int) bool {
	v := q.countVerb
	if v == "" || isKindStem(lang.Stem(v)) {
		return false // a toll's verb ("killed", "injured"): the tolls' own rules weigh each source's figure
	}
	v = strings.TrimSuffix(v, "e") // "repatriate", "repatriated"
	is := func(t token) bool {
		return strings.TrimSuffix(verbBase(t.low), "e") == v || strings.TrimSuffix(t.stem, "e") == v || lang.SameAct(t.low, q.countVerb)
	}
	for k := to + 1; k < len(s.toks) && k <= to+4 && plainGap(s, k-1); k++ {
		if is(s.toks[k]) {
			return true
		}
	}
	for k := from - 1; k >= 0 && k >= from-2 && plainGap(s, k); k-- {
		if is(s.toks[k]) {
			return true
		}
	}
	return false
}

// countActBefore reports whether the figure at token i is what "the
// <act> of X" comes to, the act the noun of the question's counted verb
// ("the seizure of yaba increased to 1.38 million" for "how many yaba
// tablets were seized"; "the repatriation of refugees reached 456").
func countActBefore(q *Question, s *sentence, i int) bool {
	v := strings.TrimSuffix(q.countVerb, "e")
	if len(v) < 4 || isKindStem(lang.Stem(q.countVerb)) {
		return false
	}
	n := numberOfBefore(q, s, i)
	return n >= 0 && strings.HasPrefix(s.toks[n].low, v)
}

// peopleStems are the stems of the plain nouns a count of people is written with: "how
// many people" is answered by "80,000 persons" or "12,686 individuals".
var peopleStems = lang.StemList(lang.PeopleStem)

// countsUnit reports whether a word of stem st names what the question
// counts.
func countsUnit(q *Question, st string) bool {
	if containsStem(q.Units, st) {
		return true
	}
	return len(q.Units) == 1 && slices.Contains(peopleStems, q.Units[0]) && slices.Contains(peopleStems, st)
}

// unitEnd returns the last token of what the question counts written from
// token k on: a compound's later words ("89 community centres" for how
// many community centres) belong to the count as its first does.
func unitEnd(q *Question, s *sentence, k int) int {
	for k+1 < len(s.toks) && plainGap(s, k) && containsStem(q.Units, s.toks[k+1].stem) {
		k++
	}
	return k
}

// unitAcronym reports whether w spells, in capitals, the initials of what
// a count question names in two or more words, with a plural "s" or not:
// reports abbreviate the counted noun once defined ("Key Informants
// (KIs)", "internally displaced persons (IDPs)").
func unitAcronym(q *Question, w string) bool {
	if len(q.Units) < 2 {
		return false
	}
	w = strings.TrimSuffix(w, "s")
	if len(w) != len(q.Units) {
		return false
	}
	for n, u := range q.Units {
		if u == "" || w[n] != strings.ToUpper(u[:1])[0] {
			return false
		}
	}
	return true
}

// incrementWords say that a figure adds to an earlier one: an update's
// "an additional 685 families", "a further 12 cases".
var incrementWords = lang.StemList(lang.IncrementWord)

// incrementAsked are the words of a question asking for an increment ("how
// much more money", "how many additional troops").
var incrementAsked = append([]string{"more", "extra", "new"}, incrementWords...)

// wIncrement is what a figure added to an earlier one loses when the
// question asks no increment: a total is asked.
const wIncrement = 0.3

// increment reports whether the figure starting at token i is said to add
// to an earlier one since a time its sentence names ("an additional 685
// families since the previous report", "Since the last update, a further
// 1,200").
func increment(s *sentence, i int) bool {
	if i == 0 || !slices.Contains(incrementWords, s.toks[i-1].low) || !plainGap(s, i-1) {
		return false
	}
	for _, t := range s.toks {
		if t.low == "since" {
			return true // "since the previous report", "since DTM's last update"
		}
	}
	return false // "killing ten and wounding a further 20": one event's other count
}

// othersCount reports whether w, right after a bare figure, stands for the
// people a count question asks about: "six civilians were killed and 34
// others were injured" counts people as "34 people" would.
func othersCount(q *Question, w string) bool {
	return w == "others" && len(q.Units) > 0 && hasPrefixIn(q.Units[0], personUnits) && !q.money() && !q.share()
}

// ratioPhrases ask for a multiple ("how much more likely": "24 times").
var ratioPhrases = []string{"how much more", "how much less", "how many times", "how much higher", "how much lower"}

// tailAfter returns the last token of the question's unitTail written
// right after the figure ending at token j ("95 in favour"), or j.
func tailAfter(q *Question, s *sentence, j int) int {
	if len(q.unitTail) == 0 || j+len(q.unitTail) >= len(s.toks) {
		return j
	}
	for n, w := range q.unitTail {
		if k := j + 1 + n; s.toks[k].low != w || !plainGap(s, k-1) {
			return j
		}
	}
	return j + len(q.unitTail)
}

// attachedCount reads a figure written onto what the question counts
// ("a 10-step process" for how many steps) or an ordinal followed by it
// ("for the 40th consecutive day" for how many consecutive days).
func attachedCount(q *Question, s *sentence, i int) (span, bool) {
	t := s.toks[i]
	if d, unit, ok := strings.Cut(t.low, "-"); ok && isNumber(token{low: d}) && (containsStem(q.Units, lang.Stem(unit)) || firstUnit(q, unit)) {
		v, _ := strconv.ParseFloat(d, 64)
		return span{text: t.text, from: i, to: i, value: v, typed: true, bonus: 0.35}, true
	}
	d := strings.TrimRight(t.low, "stndrh")
	if d == t.low || !isNumber(token{low: d}) || !ordinalSuffix(t.low[len(d):]) {
		return span{}, false
	}
	if k := i + 1; k < len(s.toks) && plainGap(s, i) && containsStem(q.Units, s.toks[k].stem) && !q.money() {
		v, _ := strconv.ParseFloat(d, 64)
		return span{text: joinSpan(s, i, k), from: i, to: k, value: v, typed: true, bonus: 0.35}, true
	}
	return span{}, false
}

// firstUnit reports whether the first part of a hyphenated unit is one the
// question counts in: "km" of "120-km-range", "metre" of "5-metre-high".
func firstUnit(q *Question, unit string) bool {
	u, _, ok := strings.Cut(unit, "-")
	return ok && u != "" && containsStem(q.Units, lang.Stem(u))
}

func ordinalSuffix(w string) bool { return w == "st" || w == "nd" || w == "rd" || w == "th" }

// predicateAfter returns how many of the question's words follow a bare
// figure ending at token j in the clause its auxiliary opens ("176 are
// still missing"; past a plain noun of people or a relative pronoun: "more
// than 293,000 people have become refugees", "300,000 who have fled to
// safety"), or 0 when no auxiliary follows it.
func predicateAfter(s *sentence, j int) int {
	if j+2 < len(s.toks) && plainGap(s, j) && (countRelatives[s.toks[j+1].low] || slices.Contains(peopleStems, s.toks[j+1].stem)) {
		j++
	}
	if j+1 >= len(s.toks) || !plainGap(s, j) || !auxiliaries[s.toks[j+1].low] {
		return 0
	}
	n := 0
	for k := j + 2; k < len(s.toks) && k <= j+7; k++ {
		if !plainGap(s, k-1) {
			break
		}
		if s.hit[k] {
			n++
		}
	}
	return n
}

var (
	auxiliaries    = lang.AuxiliaryWords(lang.CountAux)
	countRelatives = lang.AuxiliaryWords(lang.CountRelative)
)

// labelHits is the bonus of each word of the question between a figure
// and what it counts: a table's label ("954,500 Estimated total refugee
// population" against "307,500 Estimated refugee population").
const labelHits = 0.02

// hitsIn counts the tokens [from, to) that match the question.
func hitsIn(s *sentence, from, to int) int {
	n := 0
	for k := from; k < to && k < len(s.hit); k++ {
		if s.hit[k] {
			n++
		}
	}
	return n
}

// clockWords follow a time of day.
var clockWords = lang.CountingWords(lang.ClockWord)

// withCurrency sets the span's text, with the currency written with the
// figure starting at token i (and its per cent sign or words: "24%", "11
// per cent"), and reports whether it is an amount of money, a share. A
// currency is read from lang's table: a code or a symbol before the figure
// ("USD 100,000", "US$9.9 million", "£7.5 million"), a name or a code
// after it ("150,000 euros", "31,000 Swiss francs", "1 million NZD").
func withCurrency(s *sentence, sp *span, i int) (money, share bool) {
	from, to, start := sp.from, sp.to, -1
	code := sp.from == i && codeAmount(s.toks[i].low) > 0
	if code {
		money = true // "USD154 billion"
	} else {
		// the symbol is read after a qualifier too ("More than $870
		// million"); the span then starts at the qualifier
		before := s.text[:s.toks[i].start]
		sym, ok := lang.CurrencySymbolEnding(before)
		if !ok && strings.HasSuffix(before, " ") {
			// "US$ 294.8 million": a space after the symbol
			before = before[:len(before)-1]
			sym, ok = lang.CurrencySymbolEnding(before)
		}
		if ok {
			money = true
			if sp.from == i {
				start = len(before) - len(sym)
			}
		}
	}
	if !code && sp.from == i && i > 0 && lang.CurrencyPrefix(s.toks[i-1].low) {
		if gap := s.text[s.toks[i-1].end:s.toks[i].start]; gap == " " || gap == "$" || gap == "" {
			from, start, money = i-1, -1, true
		}
	}
	if k := to + 1; k < len(s.toks) && plainGap(s, to) {
		if s.toks[k].low == "swiss" && k+1 < len(s.toks) {
			k++
		}
		if lang.Currency(s.toks[k].low) && plainGap(s, k-1) { // a name or a code after the figure (lang's currencies)
			to, money = k, true
		}
	}
	sp.from, sp.to = from, to
	end := s.toks[to].end
	if strings.HasPrefix(s.text[end:], "%") {
		end, share = end+1, true // "24%"
	} else if k := to + 1; k < len(s.toks) && plainGap(s, to) && (s.toks[k].low == "percent" ||
		s.toks[k].low == "per" && k+1 < len(s.toks) && s.toks[k+1].low == "cent") {
		sp.to, share = k, true
		if s.toks[k].low == "per" {
			sp.to = k + 1
		}
		end = s.toks[sp.to].end
	}
	if k := sp.to + 1; money && !share && k < len(s.toks) && s.text[end:s.toks[k].start] == "/" && !isNumber(s.toks[k]) && isWordOrFigure(s.toks[k]) {
		sp.to, end = k, s.toks[k].end // "SYP 200/bundle": a price is per its unit
	}
	if start < 0 {
		start = s.toks[from].start
	}
	sp.text = strings.TrimSpace(s.text[start:end])
	return money, share
}

// statedWhole returns the values of the figures a count question writes
// in words or over more than one token ("how many of the six roads",
// "how much of the $4.4 billion required"), a year's or a day's not: the
// whole the asked part is of, written again beside the part ("four out of
// the six roads"), is no answer. A figure of one token of digits is
// skipFigure's.
func statedWhole(text string, toks []token) map[float64]bool {
	s := &sentence{text: text, toks: toks}
	var out map[float64]bool
	for i := 0; i < len(toks); i++ {
		v, j, ok := readNumber(s, i)
		if !ok {
			continue
		}
		if i < j || !isNumber(toks[i]) {
			if out == nil {
				out = map[float64]bool{}
			}
			out[v] = true
		}
		i = j
	}
	return out
}

// skipFigure leaves out years, days of dates, figures the question states
// and lengths of time.
func skipFigure(q *Question, s *sentence, i, j int) bool {
	t := s.toks[i]
	if (i == j || j == i+1 && s.toks[j].text == "M") && contains(q.Numbers, t.low) {
		return true // the question's own figure ("up from $195 M")
	}
	if lang.IsYear(t.low) {
		return true
	}
	// A day of a date: one token, a day's value, next to its month
	// ("12 November", "November 12"); "In November, 109,800 people" is
	// a figure after a comma.
	near := func(k int) bool { return k >= 0 && k < len(s.toks) && monthOf(s.toks[k].low) > 0 }
	if _, day := dayNumber(t.low); isNumber(t) && i == j && day &&
		(near(i-1) && (plainGap(s, i-1) || abbrevMonth(s, i-1)) || near(j+1) && plainGap(s, j)) {
		return true
	}
	if j+1 < len(s.toks) && lang.Unit(s.toks[j+1].low, lang.TimeUnit) && !containsStem(q.Units, s.toks[j+1].stem) {
		return true
	}
	if j+1 < len(s.toks) && clockWords[s.toks[j+1].low] {
		return true // "at 3.10 pm": a time of day
	}
	if serialNumber(s, i) || noteMarker(s, i) || slashDate(s, i) {
		return true
	}
	return strings.Contains(t.low, "-") && isNumber(token{low: strings.ReplaceAll(t.low, "-", "")})
}

// serialNumber reports whether the figure at token i numbers a thing
// rather than counting: "Report #19", "Operations Update no.3", "Sitrep
// No. 14", "in week 23" — a report's or a week's number is no count of
// what the question asks.
func serialNumber(s *sentence, i int) bool {
	before := strings.TrimRight(s.text[:s.toks[i].start], " ")
	if strings.HasSuffix(before, "#") {
		return true
	}
	if i > 0 && numberingWords[s.toks[i-1].low] && plainGap(s, i-1) {
		return true // "No death recorded in week 23", "Issue 25", "round 3"
	}
	if i == 0 || s.toks[i-1].low != "no" {
		return false
	}
	gap := strings.TrimSpace(s.text[s.toks[i-1].end:s.toks[i].start])
	return gap == "." && isCapitalized(s.toks[i-1]) || gap == "." && s.toks[i-1].end == s.toks[i].start-1
}

// numberingWords are nouns a figure after numbers ("week 23", "epi-week
// 24", "Issue 25", "phase 2"): which one, not how many.
var numberingWords = lang.CountingWords(lang.NumberingWord)

// slashDate reports whether the figure at token i is a part of a date
// written with slashes ("Date: 27/6/2017", "on 3/11/2019"): a run of
// figures joined by "/" one of which is a year.
func slashDate(s *sentence, i int) bool {
	from, to := i, i
	for from > 0 && isNumber(s.toks[from-1]) && s.text[s.toks[from-1].end:s.toks[from].start] == "/" {
		from--
	}
	for to+1 < len(s.toks) && isNumber(s.toks[to+1]) && s.text[s.toks[to].end:s.toks[to+1].start] == "/" {
		to++
	}
	if from == to {
		return false
	}
	for k := from; k <= to; k++ {
		if lang.IsYear(s.toks[k].low) {
			return true
		}
	}
	return false
}

// referenceWords number the parts of a report a sentence points to.
var referenceWords = lang.CountingWords(lang.ReferenceWord)

// noteMarker reports whether the figure at token i points to a part of the
// report rather than counting: a reference ("(Figure 1)", "see Table 2",
// "Annex 3") or a footnote's number written onto the end of a sentence
// ("the capital.2 REACH", "groups.1 The country").
func noteMarker(s *sentence, i int) bool {
	if i == 0 || !isNumber(s.toks[i]) {
		return false
	}
	prev := s.toks[i-1]
	gap := s.text[prev.end:s.toks[i].start]
	if referenceWords[prev.low] && (gap == " " || gap == ". ") {
		return true
	}
	return gap == "." && len(s.toks[i].low) <= 2 && !isNumber(prev) && prev.low != "no" && len(prev.low) > 1 &&
		(s.toks[i].end == len(s.text) || s.text[s.toks[i].end] == ' ')
}

// abbrevMonth reports whether token k is a month's abbreviation with its
// point, right before the next token ("Dec. 12").
func abbrevMonth(s *sentence, k int) bool {
	return len(s.toks[k].low) <= 4 && s.text[s.toks[k].end:s.toks[k+1].start] == ". "
}

// unitBefore reports whether what the question counts is named shortly
// before token i ("the death toll rose to 45").
func unitBefore(q *Question, s *sentence, i int) bool {
	for k := max(0, i-5); k < i; k++ {
		if containsStem(q.Units, s.toks[k].stem) || s.toks[k].low == "toll" {
			return true
		}
	}
	return false
}

// wStatedTotal favours the figure a report's "total number of X" comes to.
const wStatedTotal = 0.1

// cumulativeWords, right before "number of", make it a report's total.
var cumulativeWords = lang.CountingWords(lang.CumulativeWord)

// numberOfBefore returns the index of "number" when the figure at token i
// is what "the number of" the question's unit comes to, written before it in the same clause
// ("the total number of cases reported as at 24th July, 2019 stands at
// 385", "the number of displaced people has reached 12,400"): no other
// figure but a date's stands between them.
func numberOfBefore(q *Question, s *sentence, i int) int {
	if i < 1 {
		return -1
	}
	start := i - 2
	if strings.TrimSpace(s.text[s.toks[i-1].end:s.toks[i].start]) == ":" {
		start = i - 1 // "Total number of consultations in week 15: 45,797"
	} else if !numberVerbs[s.toks[i-1].low] {
		return -1
	}
	for k := start; k >= 0 && k >= i-14; k-- {
		t := s.toks[k]
		if k+2 < i && s.toks[k+1].low == "of" && t.low != "number" && actNounOf(q, s, k) {
			return k // "the seizure of yaba increased to 1.38 million" (qa3-rwp7-f22247486a-0)
		}
		if t.low == "number" && k+2 < i && s.toks[k+1].low == "of" {
			if countsUnit(q, s.toks[k+2].stem) || k+3 < i && countsUnit(q, s.toks[k+3].stem) {
				return k
			}
			return -1
		}
		if gap := s.text[t.end:s.toks[k+1].start]; k+1 < i && strings.ContainsAny(gap, ";:()") {
			return -1
		}
		if isNumber(t) && !lang.IsYear(t.low) && !isCalendarWord(s.toks[k+1].low) && (k == 0 || !weekWords[s.toks[k-1].low]) {
			if _, day := lang.DayOfMonth(t.low); !day {
				return -1
			}
		}
	}
	return -1
}

// actNounOf reports whether word k is a plain noun of an act or a
// quantity ("the seizure of yaba", "the arrival of refugees") written
// before "of" and what the question counts, as "the number of X" is: what
// follows the verb ("increased to 1.38 million") is how many X. Not a
// share's or a rate's noun (its figure is no count), nor a name's word.
func actNounOf(q *Question, s *sentence, k int) bool {
	t := s.toks[k]
	if isCapitalized(t) || isStop(t.low) || !isLetters(t.low) || lang.PartNoun(t.low) || k+2 >= len(s.toks) {
		return false
	}
	return countsUnit(q, s.toks[k+2].stem) && plainGap(s, k) && plainGap(s, k+1)
}

// weekWords name a numbered period of a report ("in week 15"): its number
// is no figure between "the number of X" and what it comes to.
var weekWords = lang.CountingWords(lang.WeekWord)

// numberVerbs come between "the number of X" and what it comes to.
var numberVerbs = lang.CountingWords(lang.NumberVerb)

func containsStem(xs []string, st string) bool {
	for _, x := range xs {
		if x == st || lang.Stem(x) == st {
			return true
		}
	}
	return false
}

// otherCounts names the figures other well-matching articles give when they
// disagree with the best: the range across sources. Each article offers its
// best figure of the same kind (what the question counts, when it did).
func otherCounts(picks []pick, best pick) string {
	var vals []string
	seen := map[float64]bool{best.value: true}
	done := map[int]bool{best.cand: true}
	for _, p := range picks { // the best is not the first when the floor chose another report
		if done[p.cand] || p.bonus < best.bonus || p.local < best.local-0.25 {
			continue
		}
		done[p.cand] = true
		if seen[p.value] {
			continue
		}
		seen[p.value] = true
		vals = append(vals, p.text)
		if len(vals) == 2 {
			break
		}
	}
	if len(vals) == 0 {
		return ""
	}
	return fmt.Sprintf(" (other reports: %s)", strings.Join(vals, "; "))
}

// durationSpans returns stated lengths of time: "48-hour", "over four
// hours", "three days".
func durationSpans(s *sentence) []span {
	var out []span
	for i, t := range s.toks {
		if k := strings.LastIndexByte(t.low, '-'); k > 0 && lang.Unit(t.low[k+1:], lang.TimeUnit) {
			if _, err := strconv.Atoi(t.low[:k]); err == nil || wordValue(t.low[:k]) > 0 {
				from := qualifierBefore(s, i)
				out = append(out, span{text: joinSpan(s, from, i), from: from, to: i, bonus: 0.3, typed: true})
			}
			continue
		}
		_, j, ok := readNumber(s, i)
		if !ok || j+1 >= len(s.toks) || !lang.Unit(s.toks[j+1].low, lang.TimeUnit) {
			continue
		}
		from := qualifierBefore(s, i)
		out = append(out, span{text: joinSpan(s, from, j+1), from: from, to: j + 1, bonus: 0.3, typed: true})
	}
	return out
}

// clockSpans returns times of day: "16:30", "3.10 pm", "0830 hrs", "10
// am"; a part of the day ("in the evening") is a weak answer.
func clockSpans(s *sentence) []span {
	var out []span
	gap := func(k int) string { return s.text[s.toks[k].end:s.toks[k+1].start] }
	for i := 0; i+1 < len(s.toks); i++ {
		if !isNumber(s.toks[i]) || lang.IsYear(s.toks[i].low) && !clockWords[s.toks[i+1].low] {
			if dayParts[s.toks[i].low] {
				out = append(out, span{text: s.toks[i].text, from: i, to: i, bonus: 0.02, typed: true})
			}
			continue
		}
		to := -1
		switch g := gap(i); {
		case (g == ":" || g == ".") && isNumber(s.toks[i+1]) && len(s.toks[i+1].low) == 2 &&
			(g == ":" || i+2 < len(s.toks) && clockWords[s.toks[i+2].low] && plainGap(s, i+1)):
			to = i + 1 // "16:30", "3.10 pm"
		case clockWords[s.toks[i+1].low] && plainGap(s, i):
			to = i // "0830 hrs", "10 am"
		}
		if to < 0 {
			continue
		}
		if to+1 < len(s.toks) && clockWords[s.toks[to+1].low] && plainGap(s, to) {
			to++
		}
		out = append(out, span{text: joinSpan(s, i, to), from: i, to: to, bonus: 0.3, typed: true})
		i = to
	}
	return out
}

// dayParts answer "at what time" loosely.
var dayParts = lang.SpanWords(lang.DayPartAnswer)

// dateSpans returns dates: "July 17", "18 October 2016"; a weekday is a weak
// answer.
func dateSpans(q *Question, s *sentence) []span {
	var out []span
	yearAsked, endAsked := q.says("what year", "which year"), q.says("until when", "till when", "by when")
	for i, t := range s.toks {
		if yearAsked && lang.IsYear(t.low) && (i == 0 || monthOf(s.toks[i-1].low) == 0) {
			out = append(out, span{text: t.text, from: i, to: i, bonus: yearBonus + boundFit(q, s, i), typed: true})
			continue
		}
		if monthOf(t.low) == 0 || !isCapitalized(t) {
			if isCalendarWord(t.low) && monthOf(t.low) == 0 && isCapitalized(t) {
				out = append(out, span{text: t.text, from: i, to: i, bonus: 0.02, typed: true})
			}
			continue
		}
		from, to, day := i, i, ""
		if i+1 < len(s.toks) {
			if _, ok := dayNumber(s.toks[i+1].low); ok && !lang.IsYear(s.toks[i+1].low) {
				to, day = i+1, s.toks[i+1].low
			}
		}
		if day == "" && i > 0 {
			if _, ok := dayNumber(s.toks[i-1].low); ok {
				from, day = i-1, s.toks[i-1].low
				from = rangeStart(s, from)
			}
		}
		if day != "" && to == i+1 {
			to = dayRangeEnd(s, to) // "from May 7 to 9", "midnight of February 24/25": the range whole
		}
		if to+1 < len(s.toks) && lang.IsYear(s.toks[to+1].low) {
			to++
		}
		b := 0.3
		if day == "" {
			b = 0.08
		} else if contains(q.Numbers, day) || dateline(s, from, to) {
			continue
		}
		if endAsked {
			b += boundFit(q, s, from)
		}
		out = append(out, span{text: joinSpan(s, from, to), from: from, to: to, bonus: b, typed: true})
	}
	if q.says("what period", "which period", "what time period") {
		out = append(out, periodSpans(s, out)...)
	}
	return out
}

// dayRangeEnd returns the last token of a range of days that the day at
// token k opens after its month ("May 7 to 9", "February 24/25"; "–", "-"
// and "through" too): the second day, when no month follows it and it
// ends the sentence's clause (punctuation, a function word or a verb of
// saying after it) or a year follows it; else k.
func dayRangeEnd(s *sentence, k int) int {
	e := k + 1
	if e >= len(s.toks) {
		return k
	}
	switch gap := strings.TrimSpace(s.text[s.toks[k].end:s.toks[e].start]); {
	case gap == "/" || gap == "–" || gap == "-":
	case gap == "" && (s.toks[e].low == "to" || s.toks[e].low == "through"):
		if e++; e >= len(s.toks) || strings.TrimSpace(s.text[s.toks[k+1].end:s.toks[e].start]) != "" {
			return k
		}
	default:
		return k
	}
	d, ok := dayNumber(s.toks[e].low)
	if !ok || lang.IsYear(s.toks[e].low) || d <= 0 {
		return k
	}
	if first, _ := dayNumber(s.toks[k].low); d <= first {
		return k
	}
	if e+1 < len(s.toks) {
		next := s.toks[e+1]
		if monthOf(next.low) != 0 && isCapitalized(next) {
			return k // "May 30 to June 2" is two dates: periodSpans' to join
		}
		if !lang.IsYear(next.low) && strings.TrimSpace(s.text[s.toks[e].end:next.start]) == "" &&
			!lang.IsStop(next.low, lang.Function|lang.Reporting) {
			return k // "on May 7 to 9 people": the figure after "to" counts something
		}
	}
	return e
}

// periodSpans joins two dates written as the bounds of one period
// ("January 2015–December 2017", "from March to June 2017"): the answer to
// what period a report covers.
func periodSpans(s *sentence, dates []span) []span {
	var out []span
	for n := 0; n+1 < len(dates); n++ {
		a, b := dates[n], dates[n+1]
		if b.from <= a.to {
			continue
		}
		gap := strings.TrimSpace(s.text[s.toks[a.to].end:s.toks[b.from].start])
		switch gap {
		case "–", "-", "—", "to", "until", "and", "through":
		default:
			continue
		}
		out = append(out, span{text: joinSpan(s, a.from, b.to), from: a.from, to: b.to, bonus: max(a.bonus, b.bonus) + 0.1, typed: true})
	}
	return out
}

// yearBonus is the fit of a bare year to a question asking for a year
// ("since what year has the split lasted": "since 2007").
const yearBonus = 0.25

// boundFit is the bonus of a date at token i written as the bound the
// question asks for: after "since" when it asks since what year, after
// "until", "to" or the "and" of "between January and June 2018" when it
// asks until when.
func boundFit(q *Question, s *sentence, i int) float64 {
	if i == 0 {
		return 0
	}
	prev := s.toks[i-1].low
	switch {
	case prev == "since" && q.says("since"):
		return 0.1
	case q.says("until when", "till when", "by when"):
		if endWords[prev] && (prev != "and" || betweenBefore(s, i-1)) {
			return 0.25
		}
		return -0.1 // a date not written as an end is no answer to until when
	}
	return 0
}

// betweenBefore reports whether "between" opens the range whose "and" is
// token k, within four words ("between January and June 2018"; not "on 7
// and 19 September": two days, no period).
func betweenBefore(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.toks[j].low == "between" {
			return true
		}
	}
	return false
}

// endWords write the end of a period before its date.
var endWords = lang.PrepositionWords(lang.PeriodEndWord)

// rangeStart returns where a range ending with the figure at token i
// starts ("7 to 8 November", "between two and four hours"), or i.
func rangeStart(s *sentence, i int) int {
	if i < 2 {
		return i
	}
	switch s.toks[i-1].low {
	case "to", "and":
	default:
		return i
	}
	if _, _, ok := readNumber(s, i-2); !ok {
		if _, ok := dayNumber(s.toks[i-2].low); !ok {
			return i
		}
	}
	if lang.IsYear(s.toks[i-2].low) && !lang.IsYear(s.toks[i].low) {
		return i // "from $195 M in 2018 to $222 M": a year starts no range of amounts
	}
	b := figureStart(s, i-2) // "between 4,000 to 6,500": the first figure whole, not its "000"
	if s.toks[i-1].low == "and" {
		if b < 1 || s.toks[b-1].low != "between" {
			return i
		}
		return b - 1
	}
	return b
}

// figureStart returns the first token of the figure whose last token is
// k ("4,000": the "4" of "4" "000"), or k.
func figureStart(s *sentence, k int) int {
	for f := max(0, k-4); f < k; f++ {
		if _, j, ok := readNumber(s, f); ok && j == k {
			return f
		}
	}
	return k
}

// dateline reports whether the date of tokens [from, to] is a dateline's:
// a place and a comma before it, a dash, a colon or a bracket after it,
// markup aside ("*KYIV, 26 December 2017* - ", "(Juba, 20 December
// 2017):"), or a page's "(as of 12 December 2017)". The day a report was
// written is no answer to when something happened.
func dateline(s *sentence, from, to int) bool {
	const markup = "*_ "
	before := strings.TrimRight(s.text[:s.toks[from].start], markup)
	after := strings.TrimLeft(s.text[s.toks[to].end:], markup)
	if low := strings.ToLower(before); strings.HasSuffix(low, "(as of") || strings.HasSuffix(low, "(as at") {
		return true // "Fact Sheet: Bama (as of 12 December 2017)": when the page was written
	}
	if !strings.HasSuffix(before, ",") || from == 0 || !isCapitalized(s.toks[from-1]) {
		return false
	}
	for _, p := range []string{"-", "–", "—", ":", ")"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// numberWord is the value of one number word: a cardinal ("five"), a scale
// ("hundred"), "dozen", or the least an amount can mean ("dozens" 24).
func numberWord(w string) (int64, bool) {
	if v, ok := lang.Cardinal(w); ok {
		return v, true
	}
	if v, ok := lang.Scale(w); ok {
		return v, true
	}
	if w == "dozen" {
		return lang.Dozen, true
	}
	return lang.Amount(w)
}

// respectively re-weighs the two figures of a sentence that pairs them with
// two labels by "respectively" ("earthquakes of 8.2 and 7.1 magnitude on 7
// and 19 September, respectively"): the figure in the place of the label
// the question gives (its day, or its word on one side of the labels'
// "and" only) is favoured, the other marked down.
func respectively(q *Question, s *sentence, sps []span) {
	if !slices.ContainsFunc(s.toks, func(t token) bool { return t.low == "respectively" }) {
		return
	}
	asked := func(k int) bool { return s.hit[k] || contains(q.Numbers, s.toks[k].low) }
	side, figAnd := -1, -1
	for a := 1; a+1 < len(s.toks); a++ {
		if s.toks[a].low != "and" || !plainGap(s, a-1) || !plainGap(s, a) {
			continue
		}
		left, right := spanEnding(sps, a-1), spanStarting(sps, a+1)
		switch {
		case left >= 0 && right >= 0 && figAnd < 0:
			figAnd = a
		case asked(a-1) != asked(a+1) && side < 0:
			side = 0
			if asked(a + 1) {
				side = 1
			}
		}
	}
	if side < 0 || figAnd < 0 {
		return
	}
	want, other := spanEnding(sps, figAnd-1), spanStarting(sps, figAnd+1)
	if side == 1 {
		want, other = other, want
	}
	sps[want].bonus += 0.3
	sps[other].bonus -= 0.3
}

// spanEnding returns the index of the span of sps that ends at token k and
// is a figure, or -1; spanStarting the one that starts there.
func spanEnding(sps []span, k int) int {
	for i, sp := range sps {
		if sp.to == k && sp.value > 0 {
			return i
		}
	}
	return -1
}

func spanStarting(sps []span, k int) int {
	for i, sp := range sps {
		if sp.from == k && sp.value > 0 {
			return i
		}
	}
	return -1
}
