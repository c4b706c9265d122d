package lang

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// cardinals are the number words that add up ("twenty" "five").
var cardinals = map[string]int64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// cardinalSmall is cardinals as the lookups read it.
var cardinalSmall = smallTableOf(cardinals)

// scales are the number words that multiply ("two hundred", "3 million").
var scales = map[string]int64{"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

// scaleSmall is scales as the lookups read it.
var scaleSmall = smallTableOf(scales)

// amounts are the plurals that give an amount without a number ("dozens of
// people"), with the least number they can mean: "dozens" is at least two
// dozen.
var amounts = map[string]int64{
	"dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2000, "millions": 2_000_000,
}

// amountSmall is amounts as the lookups read it.
var amountSmall = smallTableOf(amounts)

// NumberWordPattern is a regular expression alternation (no group) of the
// number words Cardinal and Scale know, in lower case and longest first, for
// patterns that must find a count written in words ("one thousand eight
// hundred and twenty-four"); a pattern reads them with (?i).
func NumberWordPattern() string {
	words := make([]string, 0, len(cardinals)+len(scales))
	for w := range cardinals {
		words = append(words, w)
	}
	for w := range scales {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) > len(words[j])
		}
		return words[i] < words[j]
	})
	return strings.Join(words, "|")
}

// Cardinal returns the value of a lower-case number word from "one" to
// "ninety" (the words that add up: "twenty" "five").
func Cardinal(w string) (int64, bool) {
	return cardinalSmall.get(w)
}

// IsCardinal reports a number word Cardinal knows.
func IsCardinal(w string) bool { return cardinalSmall.has(w) }

// Scale returns the value of a lower-case word that multiplies the number
// before it: "hundred", "thousand", "million", "billion".
func Scale(w string) (int64, bool) {
	return scaleSmall.get(w)
}

// IsScale reports a word Scale knows.
func IsScale(w string) bool { return scaleSmall.has(w) }

// Amount returns the least value of a plural that gives an amount without a
// number ("dozens", "hundreds", "thousands"): a reading for those who must
// have one, never a figure to report.
func Amount(w string) (int64, bool) {
	return amountSmall.get(w)
}

// IsAmount reports a plural Amount knows.
func IsAmount(w string) bool { return amountSmall.has(w) }

// Dozen is the value of "dozen", which multiplies like a scale word but
// only small numbers ("two dozen", not "a million dozen").
const Dozen = 12

// AllDigits reports a word of ASCII digits only ("11", not "11,000", "2nd"
// or "").
func AllDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// MillionMark reads the capital "M" that agency panels write for million
// after a number, glued or after one space ("4.3M people in need", "$222
// M"), from byte j of s, just after the figure: where the mark ends. A
// lower-case "m" (metres, minutes) and a longer word ("1 March", "3 MSF
// clinics") are none.
func MillionMark(s string, j int) (int, bool) {
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) || s[j] != 'M' {
		return 0, false
	}
	if c := s[j+1:]; c != "" && (c[0] >= utf8.RuneSelf || 'a' <= c[0]|0x20 && c[0]|0x20 <= 'z' || '0' <= c[0] && c[0] <= '9') {
		return 0, false
	}
	return j + 1, true
}

// FootnoteMark reads a word that an agency PDF's text writes with a
// footnote's mark glued on ("deaths1", "displaced12", "august2"): when w is
// minLetters or more lower-case letters closed by one or two digits, it
// returns how many letters come before the mark, else 0. Capitals keep
// their digits ("M23", "G20", "COVID19").
func FootnoteMark(w string, minLetters int) int {
	k := 0
	for k < len(w) && w[k] >= 'a' && w[k] <= 'z' {
		k++
	}
	if k < minLetters || len(w)-k < 1 || len(w)-k > 2 {
		return 0
	}
	for m := k; m < len(w); m++ {
		if w[m] < '0' || w[m] > '9' {
			return 0
		}
	}
	return k
}

// ordinals are the ordinal number words, "first" to "tenth".
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

// ordinalTable is ordinals as OrdinalWord reads it.
var ordinalTable = WordMapOf(ordinals)

// OrdinalWord returns the number a lower-case ordinal word names, from
// "first" (1) to "tenth" (10): "the third week", "the second highest toll".
// ("second" is a unit of time too: telling them apart is the caller's
// business.)
func OrdinalWord(w string) (int, bool) {
	return ordinalTable.Lookup(w)
}
