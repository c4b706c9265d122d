package analyze

import (
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// givenOn is the weekday sentence s says its count (the words text) was
// given on, lower-case ("wednesday"): a weekday right after a verb of
// telling ("news of the massacre surfaced on Wednesday with the opposition
// accusing ... of killing 1,000", "the monitor said on Monday 40 were
// killed": givenDayOf), else the day an initial or earlier toll was given
// (initialDayOf); "" when it says none. Decided here, where the sentence is
// read, and carried in news.Figure.GivenOn: a story dates the count by it,
// counted back from its report's day, and never reads the sentence again
// (issue 14.4). Its caller passes over a sentence that names no weekday
// (sentenceMarks), not split into words, and splits one with a weekday
// once for all its counts: m holds s lower-cased and its words.
func givenOn(m *sentenceMarks, text string) string {
	if m.s == "" {
		return ""
	}
	ws, at := m.words(), countWordAtLow(m.s, m.low, text)
	wd, ok := givenDayOf(ws, at)
	if !ok {
		wd, ok = initialDayOf(ws, at)
	}
	if !ok {
		return ""
	}
	return strings.ToLower(wd.String())
}

// countWordAt is the index among lang.Words(s) of the first word of a
// count's words text in s; -1 when text is not found.
func countWordAt(s, text string) int {
	if text == "" {
		return -1
	}
	return countWordAtLow(s, strings.ToLower(s), text)
}

// countWordAt is countWordAt given s lower-cased (low).
func countWordAtLow(s, low, text string) int {
	if text == "" {
		return -1
	}
	i := strings.Index(low, strings.ToLower(text))
	if i < 0 {
		return -1
	}
	return lang.CountWords(s[:i]) // len(lang.Words(s[:i])), nothing split
}

// initialDayOf is the day a count told as an initial or earlier toll was
// given ("reported the airstrikes on Saturday with an initial death toll
// of 47", "updating an earlier toll on Sunday evening of 15"), for the count
// at word at: the weekday nearest before it in its sentence, else the
// first after it (the update's: "an initial toll of 47 was later updated
// to 82 on Sunday"; the initial count was given no later). A report that
// recalls a first count gave it on no day of its own: dated by the report,
// it stood after the update it preceded (issue 10, fig43: "47 (27 Jun);
// at least 82 (26 Jun)"). False for a count not told as initial.
func initialDayOf(ws []string, at int) (time.Weekday, bool) {
	if at < 0 || at >= len(ws) || !initialCount(ws, at) || slices.ContainsFunc(ws, lang.IsYear) {
		return 0, false
	}
	for k := at - 1; k >= 0; k-- {
		if wd, ok := lang.Weekday(ws[k]); ok {
			return wd, true
		}
	}
	for _, w := range ws[at+1:] {
		if wd, ok := lang.Weekday(w); ok {
			return wd, true
		}
	}
	return 0, false
}

// initialCount reports a count at word at told as a first or earlier toll:
// "initially" a few words before it ("initially put the toll at 20"), or
// "initial", "preliminary", "earlier", "previous" or "first" before a toll's
// noun ("an initial death toll of 47", "an earlier toll on Sunday evening
// of 15"), not "the first of 12 convoys".
func initialCount(ws []string, at int) bool {
	for k := max(at-initialReach, 0); k < at; k++ {
		switch ws[k] {
		case "initially":
			return true
		case "initial", "preliminary", "earlier", "previous", "first":
			for m := k + 1; m < at && m <= k+3; m++ {
				if initialTollNouns.Has(ws[m]) {
					return true
				}
			}
		}
	}
	return false
}

// initialReach is how many words before a count initialCount reads.
const initialReach = 7

// initialTollNouns name a count as a toll.
var initialTollNouns = lang.WordSetOf(lang.CountingWords(lang.InitialTollNoun))

// givenVerbs tell that a figure was given, surfaced or claimed; a weekday
// right after one of them ("said on Monday", "surfaced late Wednesday")
// dates the telling, not the event ("killed 40 on Monday").
var givenVerbs = lang.WordSetOf(lang.ReportingWords(lang.GivenVerb))

// givenDay returns the weekday that follows a verb of telling in ws, at
// most two words after it ("said on Wednesday", "reported late on
// Monday"); false when none does, or when the words name a year (a
// history's date).
func givenDay(ws []string) (time.Weekday, bool) { return givenDayOf(ws, -1) }

// givenDayOf is givenDay for the count at word at (-1 when not known): a
// verb of telling after the count whose day a "that" follows ("also said on
// Thursday that ...") tells the clause it opens, not the count.
func givenDayOf(ws []string, at int) (time.Weekday, bool) {
	if slices.ContainsFunc(ws, lang.IsYear) {
		return 0, false
	}
	if wd, ok := openingGivenDay(ws); ok {
		return wd, true
	}
	for i, w := range ws {
		if !givenVerbs.Has(w) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if wd, ok := lang.Weekday(ws[j]); ok {
				if at >= 0 && i > at && j+1 < len(ws) && ws[j+1] == "that" {
					break // the clause it opens is what was told that day
				}
				return wd, true
			}
			if k := ws[j]; k != "on" && k != "late" && k != "early" && k != "last" {
				break
			}
		}
	}
	return 0, false
}

// openingGivenDay returns the weekday a sentence opens with ("On Tuesday",
// "Late on Monday") when its subject's verb of telling follows within
// a few words and before any count: "On Tuesday opposition forces stated
// that some 80 people were killed" dates the statement. An opening day
// followed by the count ("On Tuesday jets killed 40, the monitor said")
// is the event's.
func openingGivenDay(ws []string) (time.Weekday, bool) {
	i := 0
	if len(ws) > 0 && (ws[0] == "late" || ws[0] == "early") {
		i++
	}
	if i+1 >= len(ws) || ws[i] != "on" {
		return 0, false
	}
	wd, ok := lang.Weekday(ws[i+1])
	if !ok {
		return 0, false
	}
	for k := i + 2; k < len(ws) && k <= i+2+openingSubject; k++ {
		if givenVerbs.Has(ws[k]) {
			return wd, true
		}
		if strings.ContainsAny(ws[k], "0123456789") {
			break
		}
	}
	return 0, false
}

// openingSubject is how many words may stand between an opening weekday and
// the verb of telling: a subject ("Syrian opposition forces", "the head of
// the monitoring group").
const openingSubject = 6
