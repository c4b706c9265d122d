package analyze

import (
	"regexp"
	"strings"
)

// reBanAside is a source's legal aside on a group it names: "Daesh
// (outlawed in Russia)", "(a terrorist group banned in Russia)", "(ISIS,
// prohibited in Russia)". It tells of the outlet's law, not of the event.
var reBanAside = regexp.MustCompile(`\s*\((?:[^()]{0,60}?[\s,])?(?:banned|outlawed|prohibited|proscribed)\s+in\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\)`)

// TidySummary tidies a summary for a reader: the asides on which country
// bans a group go (a digest's reader learns nothing of the event from
// them), and its clock times are tidied (TidyClock).
func TidySummary(s string) string {
	if strings.Contains(s, "(") && banWord(s) {
		s = reBanAside.ReplaceAllString(s, "")
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
