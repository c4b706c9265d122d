package analyze

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// reBanAside is a source's legal aside on a group it names: "Daesh
// (outlawed in Russia)", "(a terrorist group banned in Russia)", "(ISIS,
// prohibited in Russia)". It tells of the outlet's law, not of the event.
var reBanAside = regexp.MustCompile(`\s*\((?:[^()]{0,60}?[\s,])?(?:banned|outlawed|prohibited|proscribed)\s+in\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\)`)

// reBlessing is a religious blessing an outlet puts in parentheses after a
// holy person's name: "the Prophet Mohammed (PBUH)", "Sayyeda Zeinab
// (as)", "(SAW)", "(peace be upon him)". The short ones in lower case
// only ("(as)", "(s)", "(sa)", "(ra)"), where an acronym is in capitals
// ("Ahrar al-Sham (AS)" stays).
var reBlessing = regexp.MustCompile(`\s*\((?i:pbuh|p\.b\.u\.h\.?|saw|saws|swt|peace be upon (?:him|her|them))\)|\s*\((?:as|a\.s\.?|s|sa|ra|aj)\)`)

// TidySummary tidies a summary for a reader: the asides on which country
// bans a group go (a digest's reader learns nothing of the event from
// them), so do the blessings after a holy person's name (reBlessing: a
// devotion of the outlet, clutter to a digest), and its clock times are
// tidied (TidyClock).
func TidySummary(s string) string {
	if strings.Contains(s, "(") && banWord(s) {
		s = reBanAside.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "(") {
		s = dropBlessings(s)
	}
	return TidyClock(s)
}

// dropBlessings drops reBlessing's asides that stand after a word and
// before a space, punctuation or the end: one glued between two words or
// numbers ("5(s)0", "person(s)") is no blessing, and dropping it would join
// them ("50").
func dropBlessings(s string) string {
	if !mayHoldBlessing(s) {
		return s // most texts with a bracket: "(AFP)", "(SOHR)"; no regexp run over them
	}
	var b strings.Builder
	last := 0
	for _, m := range reBlessing.FindAllStringIndex(s, -1) {
		text, prev := s[m[0]:m[1]], s[:m[0]]
		if prev == "" || !wordByte(prev[len(prev)-1]) {
			continue // after a number or a bracket: no holy person's name
		}
		if strings.HasPrefix(text, "(") && len(text) <= len("(as)") {
			continue // a short one glued to its word is a plural: "person(s)"
		}
		if m[1] < len(s) && (wordByte(s[m[1]]) || s[m[1]] >= '0' && s[m[1]] <= '9') {
			continue
		}
		b.WriteString(s[last:m[0]])
		last = m[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// mayHoldBlessing reports a bracket opening as every reBlessing does:
// before a p or an s of either case, or an a or an r ("(pbuh)", "(SAW)",
// "(as)", "(ra)"), or before a non-ASCII letter (the case folding of (?i)
// reads "ſ" as an s). False only when reBlessing finds none in s.
func mayHoldBlessing(s string) bool {
	for i := strings.IndexByte(s, '('); i >= 0 && i+1 < len(s); {
		if c := s[i+1]; c == 'p' || c == 'P' || c == 's' || c == 'S' || c == 'a' || c == 'r' || c >= utf8.RuneSelf {
			return true
		}
		j := strings.IndexByte(s[i+1:], '(')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// wordByte reports an ASCII letter or a byte of a non-ASCII letter.
func wordByte(c byte) bool { return isLetterByte(c) || c >= 0x80 }

// banWord reports whether s holds a word of reBanAside's, so that the
// regular expression runs only on the few summaries that may hold one.
func banWord(s string) bool {
	for _, w := range []string{"banned", "outlawed", "prohibited", "proscribed"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
