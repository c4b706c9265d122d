package analyze

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// The event date is the day an article's main event happened, as the article
// tells it: its dateline (the date the outlet printed at the top of the text)
// or else its published time gives the day of writing, and the first day word
// of the lead ("on Tuesday", "yesterday", "on May 25") moves it back to the
// event. Story assignment matches an article against the stories of this day,
// not of the day it arrived, so a report that arrives late or out of order
// still finds its event; and a toll update that says "Tuesday's bombing" is
// dated Tuesday, like the bombing.

// datelineReach is how far into the text a dateline is looked for: outlets
// put it first, or after a repeated headline and an agency credit ("... AFP
// Tuesday 20 May 2014"). A date further in is a date the story mentions.
const datelineReach = 45

// dayWords is how many words of the lead, after the dateline, are searched
// for the event's day: the day the lead gives is the event's, later days are
// background ("a truce agreed on Friday").
const dayWords = 60

// minYear and maxYear bound the years a dateline may name: anything else is
// a number that only looks like a date.
const minYear, maxYear = 1990, 2100

// How an event date was found, from the surest to the least sure.
const (
	DatedByText      = "text"      // the title or lead names the day ("on Tuesday")
	DatedBySaid      = "said"      // only a statement's day ("the envoy said on Wednesday"): then or shortly before
	DatedByDateline  = "dateline"  // the dateline's day: the event was then or shortly before
	DatedByPublished = "published" // the published day: the same, less sure
	DatedByNight     = "night"     // "Thursday night": the day after, or the one before
)

// EventDate returns the day of the article's main event, midnight UTC, and
// how it was found (DatedByText, DatedByNight, DatedBySaid, DatedByDateline
// or DatedByPublished); "" and the zero time when neither a dateline nor a
// published time gives a day to count from. published is the article's
// published time (zero when unknown).
func EventDate(title, text string, published time.Time) (time.Time, string) {
	return eventDate(title, &lead{text: text}, published)
}

func eventDate(title string, text *lead, published time.Time) (time.Time, string) {
	head := text.words(datelineReach + dayWords)
	ref, after, ok := ownDateline(text, head)
	by := DatedByDateline
	if !ok {
		if published.IsZero() {
			return time.Time{}, ""
		}
		ref, after, by = midnight(published.UTC()), 0, DatedByPublished
	}
	tw := lang.Words(title)
	titleDay, titleSaid := relativeDay(tw, len(tw), ref)
	if titleDay.by != "" {
		return titleDay.d, titleDay.by
	}
	leadDay, leadSaid := relativeDay(head[after:], dayWords, ref)
	if leadDay.by != "" {
		return leadDay.d, leadDay.by
	}
	if n, ok := captionCredit(text.text); ok && n > after {
		// A standfirst and a photo caption that name no day stand before
		// the body's lead: its words are counted from the caption's credit.
		ws := text.words(n + dayWords)
		body, bodySaid := relativeDay(ws[min(n, len(ws)):], dayWords, ref)
		if body.by != "" {
			return body.d, body.by
		}
		if leadSaid.by == "" {
			leadSaid = bodySaid
		}
	}
	// No day but a statement's ("British scientists concluded that sarin
	// was used, the ambassador said on Wednesday"): a report of what was
	// said or found is news of the day it was said, or of shortly before
	// (a toll a monitor gave on Sunday of Saturday's bombing).
	for _, said := range []foundDay{leadSaid, titleSaid} {
		if said.by != "" && ref.Sub(said.d) <= maxSaidAge {
			return said.d, DatedBySaid
		}
	}
	return ref, by
}

// captionCredit returns how many words of text (lang.Words) end with the
// credit of a photo caption that precedes its lead: a parenthesised
// credit of at most six words naming agencies or a photo, right after a
// sentence's full stop ("... drive past the arch in April. (TRT World and
// Agencies) Two pilots were killed ..."), within the words a page's stamp
// is looked for (publicationReach). A credit after a place ("BEIRUT (Reuters)") opens the lead
// itself; false when there is none.
func captionCredit(text string) (int, bool) {
	head := leadWords(text, publicationReach)
	for from := 0; ; {
		i := strings.Index(head[from:], ". (")
		if i < 0 {
			return 0, false
		}
		open := from + i + 2
		from = open + 1
		j := strings.IndexByte(head[open:], ')')
		if j < 0 {
			return 0, false
		}
		inner := lang.Words(head[open+1 : open+j])
		if len(inner) == 0 || len(inner) > 6 {
			continue
		}
		for _, w := range inner {
			if w == "agencies" || w == "photo" || w == "photos" {
				return lang.CountWords(head[:open+j+1]), true
			}
		}
	}
}

// maxSaidAge is the furthest a statement's day may lie before the day of
// writing to date a report: news of a statement is printed the day it is
// made or the next, two days later over a weekend. A weekday further back is
// background ("as he said on Tuesday") or a stamp a day older than the text
// (a Monday page that tells Tuesday's statement), and the day of writing
// stays.
const maxSaidAge = 2 * 24 * time.Hour

// foundDay is a day a title or lead names and how it was found (by "" for
// none).
type foundDay struct {
	d  time.Time
	by string
}

// lead is an article's text for the date readers (Dateline, EventDate,
// RecalledDate), each of which reads the words of a lead of its own length
// (leadWords). Asked for in growing lengths, it splits each byte once: the
// words up to a space are those of the text before it followed by those
// after it (no word runs over a space, and lower-casing is rune by rune),
// so the words of a longer lead go on from the shorter's last space.
type lead struct {
	text string
	// all is lang.Words(text) when the caller has it (the doc's words:
	// Analyze splits the text into sentences and their words, and the
	// words of the sentences are the words of the text), or nil
	all      []string
	done     int               // text[:done] is split (counted, with all), and text[done] is a space (or done is 0, or all of text)
	split    []string          // lang.Words(text[:done]), without all
	k        int               // with all: text[:done] holds all[:k]
	cut      *arenaBuf[string] // where prefix copies a lead cut short (carve; nil: allocated)
	last     []string          // the words last returned, of a lead of lastSize bytes
	lastSize int
}

// words returns lang.Words(leadWords(l.text, n)), read only: a text
// shorter than two readers' lengths gives both the same words.
func (l *lead) words(n int) []string {
	cut := leadWords(l.text, n)
	switch {
	case l.all != nil && len(cut) == len(l.text):
		return l.all
	case l.last != nil && len(cut) == l.lastSize:
		return l.last
	case l.all != nil:
		l.last, l.lastSize = l.prefix(cut), len(cut)
		return l.last
	case len(cut) < l.done:
		return lang.Words(cut) // shorter than one split already: alone
	case l.split == nil:
		// room for the longest lead Analyze reads, made once; only for
		// this one when the longest is all of the text and all holds it
		size := len(leadWords(l.text, datelineReach+recallReach))
		if l.all != nil && size == len(l.text) {
			size = len(cut)
		}
		l.split = make([]string, 0, size/5+1)
	}
	if len(cut) == len(l.text) {
		// the whole text: its last words are final, split for good and
		// returned with no copy
		l.split = lang.AppendWords(l.split, cut[l.done:])
		l.done = len(cut)
		l.last, l.lastSize = l.split[:len(l.split):len(l.split)], len(cut)
		return l.last
	}
	if sp := strings.LastIndexByte(cut[l.done:], ' '); sp > 0 {
		l.split = lang.AppendWords(l.split, cut[l.done:l.done+sp])
		l.done += sp
	}
	tail := lang.Words(cut[l.done:])
	l.last, l.lastSize = append(l.split[:len(l.split):len(l.split)], tail...), len(cut)
	return l.last
}

// prefix returns lang.Words(cut) for a cut of the text whose words l.all
// holds: the words before its last space are all's first (counted, not
// split again), then come those after it, all's next when the cut ends
// between words, else (a word cut short) a copy.
func (l *lead) prefix(cut string) []string {
	sp := max(strings.LastIndexByte(cut, ' '), 0)
	k := l.k
	if sp >= l.done {
		k += lang.CountWords(cut[l.done:sp])
		l.done, l.k = sp, k
	} else {
		k = lang.CountWords(cut[:sp]) // shorter than one counted already: alone
	}
	var buf [8]string
	tail := lang.AppendWords(buf[:0], cut[sp:])
	if n := k + len(tail); n <= len(l.all) && slices.Equal(tail, l.all[k:n]) {
		return l.all[:n:n]
	}
	out := l.cut.carve(k + len(tail))
	return append(append(out, l.all[:k]...), tail...)
}

// leadWords returns a prefix of text long enough to hold n words, cut at a
// character boundary, so a huge text is never lower-cased whole.
func leadWords(text string, n int) string {
	limit := n * 24
	if len(text) <= limit {
		return text
	}
	cut := limit
	for cut > 0 && text[cut]&0xC0 == 0x80 {
		cut--
	}
	return text[:cut]
}

func midnight(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// Dateline returns the report's own date: the day of the dateline an
// article's text opens with (the date the outlet printed at its top: the
// day it was written, "AFP Tuesday 20 Sep 2016", "Published September 21
// 2016", "2016-09-20"), else the day of a publication line further in
// ("Published: 21 September 2016", "Last updated on Sep 21 2016",
// publicationLine); false when it has neither. A date a preposition or an
// article governs ("the attack on 21 August 2013", "since 5 May 2016") is
// one the text mentions, not a dateline. It is the text's date, which a
// feed's stamp may contradict; which of the two a report goes by is
// decided where the events it tells are known (story, digest).
func Dateline(text string) (time.Time, bool) {
	return textDateline(&lead{text: text})
}

func textDateline(text *lead) (time.Time, bool) {
	ws := text.words(datelineReach)
	d, after, ok := dateline(ws)
	if !ok {
		d, _, ok := publicationLine(text.text)
		return d, ok
	}
	for i := after - 1; i > 0 && i >= after-3; i-- {
		if _, n, ok := dateAt(ws[i:]); ok && i+n == after && mentionWords.Has(ws[i-1]) {
			return time.Time{}, false
		}
	}
	return d, true
}

// publicationReach is how far into a text (in words, as leadWords cuts
// it) a publication line is looked for when the text opens with no
// dateline: a page's stamp follows its headline, standfirst and photo
// caption, not its body.
const publicationReach = datelineReach + dayWords

// publicationMarks open a publication line, capitalised as a page prints
// them: "Published", "Updated", "Last updated". Lower-case, the words are
// a sentence's ("photos published on 10 July 2016"), never a stamp.
var publicationMarks = []string{"Published", "Updated", "Last updated"}

// publicationLine returns the date a publication line of text gives: a
// mark (publicationMarks) at a word's start, then at most "on", "at" or a
// colon, then a full date (dateAt: "21 September 2016", "September 21
// 2016", "2016-09-21"); with it, how many words of text (lang.Words) end
// with the date. False when the first publicationReach words hold none.
func publicationLine(text string) (time.Time, int, bool) {
	head := leadWords(text, publicationReach)
	for _, mark := range publicationMarks {
		for from := 0; ; {
			i := strings.Index(head[from:], mark)
			if i < 0 {
				break
			}
			i += from
			from = i + len(mark)
			if i > 0 && isLetterByte(head[i-1]) || from < len(head) && isLetterByte(head[from]) {
				continue // "Unpublished", "Publishedby"
			}
			ws := lang.Words(leadWords(head[from:], 8))
			skip := 0
			if len(ws) > 0 && (ws[0] == "on" || ws[0] == "at") {
				skip = 1
			}
			if len(ws) > skip {
				if d, n, ok := dateAt(ws[skip:]); ok {
					return d, len(lang.Words(head[:from])) + skip + n, true
				}
			}
		}
	}
	return time.Time{}, 0, false
}

// isLetterByte reports an ASCII letter.
func isLetterByte(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// mentionWords before a date make it a date the text mentions.
var mentionWords = lang.WordSetOf(lang.PrepositionWords(lang.MentionPrep))

// ownDateline is dateline of ws, the words of text's lead, else the date
// of text's publication line (publicationLine) and the index of the word
// after it: the day a report's days are counted back from is its own
// date, wherever the page prints it, and its lead follows that line.
func ownDateline(text *lead, ws []string) (time.Time, int, bool) {
	if d, after, ok := dateline(ws); ok {
		return d, after, true
	}
	d, after, ok := publicationLine(text.text)
	return d, min(after, len(ws)), ok
}

// dateline finds the first full date (day, month and year) among the first
// datelineReach words and returns it with the index of the word after it.
func dateline(ws []string) (time.Time, int, bool) {
	for i := 0; i < len(ws) && i < datelineReach; i++ {
		if d, n, ok := dateAt(ws[i:]); ok {
			return d, i + n, true
		}
	}
	return time.Time{}, 0, false
}

// dateAt reads a full date starting at ws[0] and returns it with the number
// of words it took. The forms are those outlets print: "16-02-2015",
// "2015-02-16", "28 04 2017" (from 28.04.2017), "20 may 2014", "july 2
// 2015", and "jul 012016" as a corpus glued it.
func dateAt(ws []string) (time.Time, int, bool) {
	if d, ok := dashedDate(ws[0]); ok {
		return d, 1, true
	}
	if len(ws) < 2 {
		return time.Time{}, 0, false
	}
	if m, ok := monthOf(ws[0]); ok { // "jul 012016"
		if len(ws[1]) >= 5 && len(ws[1]) <= 6 && lang.AllDigits(ws[1]) {
			if d, ok := makeDate(ws[1][len(ws[1])-4:], m, ws[1][:len(ws[1])-4]); ok {
				return d, 2, true
			}
		}
	}
	if len(ws) < 3 {
		return time.Time{}, 0, false
	}
	if m, ok := monthOf(ws[1]); ok { // "20 may 2014"
		if d, ok := makeDate(ws[2], m, ws[0]); ok {
			return d, 3, true
		}
	}
	if m, ok := monthOf(ws[0]); ok { // "july 2 2015"
		if d, ok := makeDate(ws[2], m, ws[1]); ok {
			return d, 3, true
		}
	}
	if n, ok := monthDigits(ws[1]); ok { // "28 04 2017"
		if d, ok := makeDate(ws[2], n, ws[0]); ok {
			return d, 3, true
		}
	}
	return time.Time{}, 0, false
}

// dashedDate reads "16-02-2015" (day first, as the outlets here write it) or
// "2015-02-16". (Cut, not Split: every word of a lead passes here.)
func dashedDate(w string) (time.Time, bool) {
	day, rest, ok := strings.Cut(w, "-")
	if !ok {
		return time.Time{}, false
	}
	month, year, ok := strings.Cut(rest, "-")
	if !ok || strings.Contains(year, "-") {
		return time.Time{}, false
	}
	if len(day) == 4 {
		day, year = year, day
	}
	m, ok := monthDigits(month)
	if !ok {
		return time.Time{}, false
	}
	return makeDate(year, m, day)
}

// monthDigits reads a month written as one or two digits ("4", "04").
func monthDigits(w string) (time.Month, bool) {
	if len(w) > 2 || !lang.AllDigits(w) {
		return 0, false
	}
	m := parseDigits(w)
	return time.Month(m), m >= 1 && m <= 12
}

// makeDate builds a date from year and day words; the year word may have
// letters glued after it ("2016get" from "24.07.2016Get short URL").
func makeDate(year string, m time.Month, day string) (time.Time, bool) {
	if len(year) > 4 && lang.AllDigits(year[:4]) && !lang.AllDigits(year) {
		year = year[:4]
	}
	if len(year) != 4 || len(day) > 2 || !lang.AllDigits(year) || !lang.AllDigits(day) {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(day)
	if y < minYear || y > maxYear || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 April
		return time.Time{}, false
	}
	return t, true
}

// relativeDay returns the day the first day word of ws[:limit] names,
// counted back from ref: "today" is ref, "yesterday" the day before, a
// weekday (also "Saturday's") the latest such day not after ref, "may 25" or
// "25 may" the latest such date not after ref, unless the article only
// mentions it (mentionedDate). A day word just after a reporting verb ("a
// monitor said on Sunday", "told SANA late on Tuesday") dates the report,
// not the event: it is passed over for own, and the first such is said, the
// day a statement was made (a report of nothing but a statement is dated
// by it). Each comes with how the day was found (DatedByText, or
// DatedByNight for "Thursday night", "late Tuesday", "early Wednesday"),
// "" when no word names one.
func relativeDay(ws []string, limit int, ref time.Time) (own, said foundDay) {
	reported := -reportReach - 1 // index of the last reporting verb
	for i, w := range ws {
		if i >= limit {
			break
		}
		if reportingVerbs.Has(w) {
			reported = i
			continue
		}
		d, by := dayWordAt(ws, i, ref)
		if i-reported <= reportReach {
			if said.by == "" && by != "" {
				said = foundDay{d, by}
			}
			continue
		}
		if by != "" {
			return foundDay{d, by}, said
		}
		if i > 0 && ws[i-1] == "on" {
			if d, ok := monthDay(ws[i:], ref); ok {
				if !mentionedDate(ws, i, d, ref) {
					return foundDay{d, DatedByText}, said
				}
				// A caption or a recap pushes the lead's own day
				// further in: it is looked for in all of ws.
				limit = len(ws)
			}
		}
	}
	return foundDay{}, said
}

// dayWordAt returns the day that ws[i] names when it is "today",
// "tonight", "yesterday" or a weekday, counted back from ref, and how it
// was found; "" when it names none.
func dayWordAt(ws []string, i int, ref time.Time) (time.Time, string) {
	w := ws[i]
	if d, ok := lang.RelativeDay(w); ok && d <= 0 { // a report's event is past: "tomorrow" dates none
		return ref.AddDate(0, 0, d), DatedByText
	}
	wd, ok := lang.Weekday(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
	if !ok {
		return time.Time{}, ""
	}
	d := ref.AddDate(0, 0, -((int(ref.Weekday()) - int(wd) + 7) % 7))
	if i+1 < len(ws) && nightWords.Has(ws[i+1]) && d.Before(ref) {
		// "Thursday night" in one time zone is Friday in
		// another: the event is the next day or the one named.
		return d.AddDate(0, 0, 1), DatedByNight
	}
	if lateBefore(ws, i) {
		// "late Tuesday", "late on Tuesday": the evening of the day
		// named, at the turn of two days (a report of the next day's
		// small hours may date it so).
		return d, DatedByNight
	}
	if earlyBefore(ws, i) {
		// "early Wednesday": the night before, as a report of
		// "Tuesday night" dates it (the day named).
		return d, DatedByNight
	}
	return d, DatedByText
}

// nightWords after a weekday put the event at the turn of two days.
var nightWords = lang.WordSetOf(lang.SpanWords(lang.NightWord))

// lateBefore reports whether the weekday at ws[i] follows "late" or "late
// on" ("late Tuesday"), a night event that another report may date the next
// day.
func lateBefore(ws []string, i int) bool { return wordBefore(ws, i, "late") }

// earlyBefore reports whether the weekday at ws[i] follows "early", "early
// on" or "the early hours of" ("early Wednesday"): the small hours, which
// another report may call the night before.
func earlyBefore(ws []string, i int) bool {
	return wordBefore(ws, i, "early") || i >= 3 && ws[i-1] == "of" && ws[i-2] == "hours" && ws[i-3] == "early"
}

// wordBefore reports whether ws[i] follows w, or w and "on".
func wordBefore(ws []string, i int, w string) bool {
	if i > 0 && ws[i-1] == "on" {
		i--
	}
	return i > 0 && ws[i-1] == w
}

// mentionedDate reports whether the date d read at ws[i] ("on July 10 2016",
// ws[i-1] being "on") is one the article mentions rather than the day of its
// main event: a day before ref that a photo caption gives with its year ("...
// walk past a market on July 10 2016 after ..."), that lies more than
// maxLeadAge before ref, or that a recap names as the day of an earlier
// event ("the attack on August 21"). The lead's own day,
// relative to the dateline ("on Monday"), is looked for past it.
func mentionedDate(ws []string, i int, d, ref time.Time) bool {
	if !d.Before(ref) {
		return false
	}
	if j := i + 2; j < len(ws) && lang.IsYear(ws[j]) { // "july 10 2016", "10 july 2016"
		return true
	}
	if ref.Sub(d) > maxLeadAge {
		// News leads with the last days; a date weeks before the
		// report is the event it recalls ("Congress returns to weigh
		// a response to the gas attack of August 21" of 9 September).
		return true
	}
	return recap(ws, i-1)
}

// maxLeadAge is the longest a lead's event may lie before the report's day:
// a week, as a weekday reaches (on the development set no lead's event lies
// further back).
const maxLeadAge = 7 * 24 * time.Hour

// recap reports whether the words before ws[on], the "on" of a date, name
// an event told before: a recap word, then at most recapModifiers words and
// an event noun, then nothing or a place ("the attack on August 21", "the
// chemical attack near Damascus on August 21", "the sarin attack on Khan
// Sheikhoun on 4 April", "that massacre in eastern Ghouta on"). Either the
// noun comes just before "on" ("the attack on"), or after the noun comes a
// preposition of place and at most recapPlaceWords words of the place. The
// date is then the name of that event, not the day of the lead's.
func recap(ws []string, on int) bool {
	if on >= 2 && recapWords.Has(ws[on-2]) {
		return true // "the attack on", "its offensive on"
	}
	for n := on - 1; n >= 1 && n >= on-1-recapPlaceWords-1; n-- {
		if !recapNouns.Has(ws[n]) {
			continue
		}
		if n+1 < on && !placePrepositions.Has(ws[n+1]) {
			continue // "the attack killed 5 on"
		}
		for k := n - 1; k >= 0 && k >= n-1-recapModifiers; k-- {
			if recapWords.Has(ws[k]) {
				return true
			}
		}
	}
	return false
}

// recapWords before a noun and "on" make the date after them the name of an
// event told before ("the attack on August 21"), not the day of the lead's.
var recapWords = lang.WordSetOf(lang.DeterminerWords(lang.RecapDeterminer))

// recapNouns name an event a recap may date ("the attack near Damascus on
// August 21"); recapModifiers is the most words between the recap word and
// the noun ("the suspected chemical weapons attack"), recapPlaceWords the
// most words of the place after the preposition ("near the capital
// Damascus").
var recapNouns = lang.WordSetOf(lang.WarWords(lang.RecapNoun))

const (
	recapModifiers  = 3
	recapPlaceWords = 4
)

// placePrepositions introduce the place of a recapped event.
var placePrepositions = lang.WordSetOf(lang.PrepositionWords(lang.RecapPlacePrep))

// reportReach is how many words after a reporting verb a day word dates the
// report: "said in a statement on Thursday".
const reportReach = 5

// reportingVerbs introduce who told the news and when.
var reportingVerbs = lang.WordSetOf(lang.ReportingWords(lang.ReportingVerb))

// monthDay reads "may 25" or "25 may" (after "on") as the latest such date
// not after ref; a date in the month's range that the month lacks is none.
func monthDay(ws []string, ref time.Time) (time.Time, bool) {
	if len(ws) < 2 {
		return time.Time{}, false
	}
	m, ok := monthOf(ws[0])
	day := ws[1]
	if !ok {
		if m, ok = monthOf(ws[1]); !ok {
			return time.Time{}, false
		}
		day = ws[0]
	}
	if len(day) > 2 || !lang.AllDigits(day) {
		return time.Time{}, false
	}
	for _, y := range []int{ref.Year(), ref.Year() - 1} {
		if t, ok := makeDate(strconv.Itoa(y), m, day); ok && !t.After(ref) {
			return t, true
		}
	}
	return time.Time{}, false
}

// monthOf returns the month a lower-case word names ("july", "jul").
func monthOf(w string) (time.Month, bool) { return lang.Month(w) }

// monthNumber is the month a lower-case word names, 1 to 12, or 0.
func monthNumber(w string) int {
	m, _ := lang.Month(w)
	return int(m)
}

// isMonth reports whether a lower-case word names a month.
func isMonth(w string) bool {
	_, ok := lang.Month(w)
	return ok
}

// recallReach is how many words of the lead, after the dateline, are
// searched for a date the report recalls ("the attacks near Damascus on
// August 21"): further than the event's own day (dayWords), as a report of
// a call or a statement often tells what was said first and recalls the
// attack after it, yet within the lead, not the background paragraphs.
const recallReach = 150

// RecalledDate returns the earlier day a report's lead recalls: the first
// day, before its own event day (eventDate, YYYY-MM-DD, as EventDate gives
// it) and at most maxLeadAge before it, that the lead names. A weekday or
// "yesterday" is read within dayWords of the dateline (further in, "on
// Monday" is as often a day to come), a date ("August 21", "21 August
// 2013") within recallReach; a day word just after a reporting verb dates
// the report, not what it recalls, and is passed over. False when the lead
// names no such day.
func RecalledDate(text string, published time.Time, eventDate string) (time.Time, bool) {
	return recalledDate(&lead{text: text}, published, eventDate)
}

func recalledDate(text *lead, published time.Time, eventDate string) (time.Time, bool) {
	own, err := time.Parse(time.DateOnly, eventDate)
	if err != nil {
		return time.Time{}, false
	}
	ws := text.words(datelineReach + recallReach)
	ref, after, ok := ownDateline(text, ws)
	if !ok {
		if published.IsZero() {
			return time.Time{}, false
		}
		ref, after = midnight(published.UTC()), 0
	}
	ws = ws[after:]
	reported := -reportReach - 1
	for i, w := range ws {
		if i >= recallReach {
			break
		}
		if reportingVerbs.Has(w) {
			reported = i
			continue
		}
		var d time.Time
		switch wd, isDay := lang.Weekday(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")); {
		case i-reported <= reportReach:
			continue
		case isDay && i < dayWords:
			d = ref.AddDate(0, 0, -((int(ref.Weekday()) - int(wd) + 7) % 7))
		case w == "yesterday" && i < dayWords:
			d = ref.AddDate(0, 0, -1)
		default:
			md, ok := monthDay(ws[i:], ref)
			if !ok {
				continue
			}
			if j := i + 2; j < len(ws) && lang.IsYear(ws[j]) {
				// "21 August 2013": the year given, not guessed.
				if md, ok = makeDate(ws[j], md.Month(), strconv.Itoa(md.Day())); !ok {
					continue
				}
			}
			d = md
		}
		if d.Before(own) && own.Sub(d) <= maxLeadAge {
			return d, true
		}
	}
	return time.Time{}, false
}
