package analyze

import (
	"strings"
	"unicode"

	"github.com/conflict-digest/conflict-digest/lang"
)

// genericMonitor is the name the analysis gives a monitor the article
// does not name (originators.tsv).
const genericMonitor = "a monitor"

// monitorHeads are the words a source's description of a monitor ends
// with ("an opposition monitoring group", "a Britain-based watchdog").
var monitorHeads = [][]string{{"monitoring", "group"}, {"monitoring", "organisation"},
	{"monitoring", "organization"}, {"monitor"}, {"watchdog"}, {"rights", "group"}}

// maxDescribers is how many words may describe a monitor between its
// article and its head: a short self-description, not a clause.
const maxDescribers = 2

// monitorDescription is the description sentence s gives a monitor the
// article does not name, as written ("an opposition monitoring group"),
// for a figure whose originator is the generic monitor: a reader weighs a
// count by who gave it, and the source's own words say more than the
// table's kind. "" when the originator is another or the sentence
// describes it with no word beside its kind. The analysis carries it in
// news.Figure.MonitorDescribed; a story names the originator by it.
func monitorDescription(originator, s string) string {
	if originator != genericMonitor {
		return ""
	}
	ws := lang.WordsAsWritten(s)
	for i := range ws {
		for _, h := range monitorHeads {
			if d := describedAt(ws, i, h); d != "" {
				return d
			}
		}
	}
	return ""
}

// describedAt returns "a(n) <describers> <head>" when head ends at word
// i of ws after one to maxDescribers describing words and "a" or "an",
// "" otherwise.
func describedAt(ws []string, i int, head []string) string {
	start := i - len(head) + 1
	if start < 0 || !lang.HasWords(ws[start:i+1], head) {
		return ""
	}
	for j := start - 1; j >= 0 && start-j <= maxDescribers+1; j-- {
		w := strings.ToLower(ws[j])
		if w == "a" || w == "an" {
			if j == start-1 {
				return "" // "a monitoring group": the table's own kind
			}
			return strings.ToLower(ws[j]) + " " + strings.Join(ws[j+1:i+1], " ")
		}
		if !describer(ws[j]) {
			return ""
		}
	}
	return ""
}

// describer reports a word that may describe a body: letters and hyphens,
// no function or reporting word ("opposition", "Britain-based").
func describer(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return w != "" && !lang.IsStop(strings.ToLower(w), lang.Function|lang.Reporting)
}
