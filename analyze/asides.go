package analyze

import (
	"regexp"
	"strings"
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
		s = reBlessing.ReplaceAllString(s, "")
	}
	return TidyClock(s)
}

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
