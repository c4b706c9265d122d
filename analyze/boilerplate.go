package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
)

// boilerCues mark a sentence that is page furniture, not news.
var boilerCues = []string{
	"click here", "read more", "read also", "follow us", "all rights reserved", "copyright", "get short url",
	"subscribe", "newsletter", "advertisement", "print tweet", "comment via", "share this", "sign up",
	"cookies policy", "terms of use", "more on this", "related articles", "related stories", "you may also like",
	"community standards", "discussion", "last updated", "(source:", "watch the video", "photo:", "image copyright",
	"getty images", "all photos", "email facebook",
}

// leadCues are furniture that pages glue in front of a sentence; the sentence
// starts after them.
var leadCues = []string{"copy this link", "scroll down for video", "(cnn)", "(reuters) -", "(afp) -", "(ap) -",
	"moscow (sputnik)", "(sputnik)", "published:", "updated:"}

// datelineWords, with the names of months and weekdays, start datelines
// ("Wed 05 Apr 2017", "20 November 2016", "Date of publication 1 September
// 2016").
var datelineWords = wordSet("date", "of", "publication", "published", "at", "posted", "updated",
	"on", "last", "gmt", "utc", "am", "pm", "by")

func isDatelineWord(w string) bool {
	_, day := lang.Weekday(w)
	_, short := lang.ShortWeekday(w)
	return datelineWords[w] || day || short || isMonth(w)
}

// cleanSentence strips the furniture a page glued around a sentence — a
// dateline, the repeated headline, an agency tag — and returns the sentence
// as written from there on, or "" when nothing of the news is left. low is s
// lower-cased.
func cleanSentence(s, low, title string) string {
	for _, c := range leadCues {
		if strings.Contains(low, c) { // Index is fast; LastIndex only when found
			if i := strings.LastIndex(low, c); i < len(low)/2 {
				s, low = s[i+len(c):], low[i+len(c):]
			}
		}
	}
	s = dropRepeat(trimDateline(s))
	if title != "" && len(s) > len(title) && strings.EqualFold(s[:len(title)], title) {
		s = trimDateline(trimAgency(s[len(title):]))
	}
	s = afterInnerDateline(s)
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "-–|"))
	if i := strings.LastIndex(s, " - "); i > 0 && isAgencyTag(s[i+3:]) {
		s = strings.TrimSpace(s[:i])
	}
	return strings.TrimLeft(s, " .|-–:")
}

// dropRepeat keeps the second copy of a sentence glued to a copy of itself
// (a headline run into the lead that repeats it).
func dropRepeat(s string) string {
	const probe = 40
	if len(s) < 2*probe {
		return s
	}
	if j := strings.Index(s[probe:], s[:probe]); j >= 0 {
		return s[probe+j:]
	}
	return s
}

// trimDateline drops leading date and time words: "Wed 05 Apr 2017 at 0914",
// "18.10.2014", "Date of publication 1 September 2016".
func trimDateline(s string) string {
	rest := strings.TrimLeft(s, " |-–.")
	dated := false // a date word was seen: short numbers are days now
	year := false  // the year was seen: the dateline is complete
	for {
		w, after, _ := strings.Cut(rest, " ")
		lw := strings.ToLower(strings.Trim(w, ",.:|"))
		next, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
		nextMonth := isMonth(strings.ToLower(strings.Trim(next, ",.")))
		switch {
		case w == "":
			return rest
		case lw == "by" || lw == "on" || lw == "of" || lw == "at":
			nl := strings.ToLower(strings.Trim(next, ",.:|"))
			if !dated || !(isDatelineWord(nl) || isDateToken(nl)) {
				return rest // "On Monday ...", "At least ..." start sentences
			}
		case isDatelineWord(lw):
		case isDateToken(lw) && ((dated && !year) || nextMonth || strings.ContainsAny(lw, ".-/:") || lang.IsYear(lw) ||
			(year && len(lw) == 4)):
			year = year || lang.IsYear(lw) || strings.Count(lw, ".") == 2 || strings.Count(lw, "-") == 2
		default:
			return rest
		}
		dated = true
		rest = strings.TrimLeft(after, " |-–")
	}
}

// isDateToken reports digits possibly joined by '.', '-', '/', ':' ("2017",
// "18.10.2014", "21:41", "10-09-2014"), and clock or short day numbers.
func isDateToken(w string) bool {
	if w == "" {
		return false
	}
	digits := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == '-' || r == '/' || r == ':':
		default:
			return false
		}
	}
	return digits > 0
}

// afterInnerDateline cuts a subtitle, agency and dateline glued in front of
// a lead ("... in Latakia AFP Saturday 10 Aug 2013 Air strikes by ..."): the
// sentence starts after an agency tag followed by a dateline with a year.
func afterInnerDateline(s string) string {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			return s
		}
		w, rest := s[i:i+j], s[i+j+1:]
		if isAgencyTag(w) {
			if after := trimDateline(rest); len(after) < len(rest) && hasYear(rest[:len(rest)-len(after)]) {
				return after
			}
		}
		i += j + 1
	}
	return s
}

func hasYear(s string) bool {
	for _, w := range strings.Fields(s) {
		if lang.IsYear(strings.Trim(w, ",.")) {
			return true
		}
	}
	return false
}

// endsWithDate reports a sentence ending in a full date ("... Syria
// November 19 2016."): a photo caption, not news.
func endsWithDate(ws []string) bool {
	n := len(ws)
	if n < 4 || !lang.IsYear(ws[n-1]) {
		return false
	}
	start := n - 2 // first word of the date
	switch {
	case isMonth(ws[n-2]) && len(ws[n-3]) <= 2 && allDigits(ws[n-3]): // 19 November 2016
		start = n - 3
	case len(ws[n-2]) <= 2 && allDigits(ws[n-2]) && isMonth(ws[n-3]): // November 19 2016
		start = n - 3
	case !isMonth(ws[n-2]):
		return false
	}
	// "since 10 August 2014" ends a sentence; a caption has no preposition
	return start > 0 && !datePrepositions[ws[start-1]]
}

var datePrepositions = wordSet("since", "on", "in", "of", "until", "till", "from", "to", "by", "before", "after",
	"between", "and", "during", "early", "late", "mid", "last", "this", "next", "around")

// trimAgency drops an agency name and dateline after a repeated headline
// ("... in 2 days AP Monday 9 Jun 2014 Activists say ...").
func trimAgency(s string) string {
	rest := strings.TrimLeft(s, " .|-–")
	w, after, _ := strings.Cut(rest, " ")
	if isAgencyTag(w) {
		return after
	}
	return rest
}

// isAgencyTag reports a short all-capital word such as "AFP", "REUTERS", "AP".
func isAgencyTag(w string) bool {
	w = strings.Trim(w, " .()")
	if n := utf8.RuneCountInString(w); n < 2 || n > 8 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// cueHeads maps the first word of each boilerplate cue to its cues, so that
// a sentence is only searched for cues whose first word it has.
var cueHeads = func() map[string][]string {
	m := map[string][]string{}
	for _, c := range boilerCues {
		if ws := lang.Words(c); len(ws) > 0 {
			m[ws[0]] = append(m[ws[0]], c)
		}
	}
	return m
}()

// isBoilerplate reports a sentence that is page furniture; low is the
// sentence lower-cased and ws its word tokens.
func isBoilerplate(low string, ws []string) bool {
	if len(ws) > 0 && (ws[0] == "tags" || ws[0] == "by") {
		return true
	}
	for _, w := range ws {
		for _, c := range cueHeads[w] {
			if strings.Contains(low, c) {
				return true
			}
		}
	}
	return false
}
