package analyze

import (
	"math/bits"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
)

// boilerCues mark a sentence that is page furniture, not news.
var boilerCues = []string{
	"click here", "read more", "read also", "follow us", "all rights reserved", "copyright",
	"subscribe", "newsletter", "advertisement", "print tweet", "comment via", "share this", "sign up",
	"cookies policy", "terms of use", "more on this", "related articles", "related stories", "you may also like",
	"community standards", "discussion", "last updated", "(source:", "watch the video", "photo:", "image copyright",
	"getty images", "all photos", "email facebook",
	// a follow box's promise ("FOLLOW TRTWORLD Dont miss out on the Latest
	// News We wont spam you and we respect your privacy")
	"spam you", "respect your privacy", "miss out on the latest",
}

// leadCues are furniture that pages glue in front of a sentence; the sentence
// starts after them.
var leadCues = []string{"copy this link", "scroll down for video", "(cnn)", "(reuters) -", "(afp) -", "(ap) -",
	"moscow (sputnik)", "(sputnik)", "published:", "updated:", "(reuters) —", "(afp) —", "(ap) —",
	"(anadolu agency) -", "(anadolu agency) —", "(aa) -", "(dpa) -", "(xinhua) -", "(tass) -", "(sana) -"}

// leadCueMarks tells which of leadCues hold a bracket (markParen) or a
// colon (markColon): a sentence without the mark holds none of them.
var leadCueMarks = func() []uint8 {
	out := make([]uint8, len(leadCues))
	for k, c := range leadCues {
		if strings.Contains(c, "(") {
			out[k] |= markParen
		}
		if strings.Contains(c, ":") {
			out[k] |= markColon
		}
	}
	return out
}()

// The marks of leadCueMarks.
const (
	markParen = 1 << iota
	markColon
)

// Widgets and credits that pages glue in front of a lead, found in the
// corpus: Sputnik's share widget with its counters and topic ("16.04.2017Get
// short URL 0 612 A woman ...", "... Get short URL Topic Battle Against Daesh
// in Syria (180) 0 54 The Kurdish-led ..."), a share button with its short
// link and a photo credit ("SEND httpsabahdai.ly912r3U DHA Photo A twin
// bombing ..."). The sentence starts after them.
var (
	// rePageStamp is a page's section tags and its date and time of
	// publication before a report's first sentence ("Middle East Syria
	// Security 31-08-2014 07:42 PM Militants of ...").
	rePageStamp   = regexp.MustCompile(`^(?:[A-Z][\w&-]*\s+){0,6}\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+`)
	reShareWidget = regexp.MustCompile(`(?i)^.{0,300}?get short url(?:\s+topic\s[^()]{1,80}\(\d+\))?(?:\s+\d+)*\s*`)
	rePhotoCredit = regexp.MustCompile(`^.{0,80}?\b(?:[A-Z]{2,6}|Reuters|Anadolu(?: Agency)?|Getty Images|Sputnik) Photo\b\S*\s+`)
)

// creditStarts are words that open a sentence after a credit's name: a
// credit "Flickr U.S. Department of Defense The Pentagon said ..." runs on
// until one of them.
var creditStarts = lang.WordSetOf(lang.FurnitureWords(lang.CreditStart))

// datelineWords, with the names of months and weekdays, start datelines
// ("Wed 05 Apr 2017", "20 November 2016", "Date of publication 1 September
// 2016").
var datelineWords = lang.WordSetOf(lang.FurnitureWords(lang.DatelineWord))

func isDatelineWord(w string) bool {
	_, day := lang.Weekday(w)
	_, short := lang.ShortWeekday(w)
	return datelineWords.Has(w) || day || short || isMonth(w)
}

// cleanSentence strips the furniture a page glued around a sentence — a
// dateline, the repeated headline, an agency tag — and returns the sentence
// as written from there on, or "" when nothing of the news is left. low is s
// lower-cased.
func cleanSentence(s, low, title string) string {
	s, _ = cutFront(s, low)
	return cleanFront(s, title)
}

// cleanFront is cleanSentence of a sentence cutFront has cut already.
func cleanFront(s, title string) string {
	s = dropRepeat(trimDateline(s))
	headed := false // a page's header (its headline, an agency's dateline) was cut
	if title != "" && len(s) > len(title) && strings.EqualFold(s[:len(title)], title) {
		s, headed = trimDateline(trimAgency(s[len(title):])), true
	}
	if a := afterInnerDateline(s); len(a) < len(s) {
		s, headed = a, true
	}
	if headed {
		var labelled bool
		s, labelled = trimButtons(s)
		s = cutRelatedHeads(s, labelled)
	}
	s = trimLeadCredit(trimMediaLabel(s))
	if rest, ok := bylineTitle(s, title); ok {
		s = trimDateline(rest)
	} else {
		s = trimByline(s)
	}
	s = trimCapsDateline(trimPlaceDash(s))
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "-–|"))
	if j := indexAfterSpace(s, "- "); j >= 0 { // Index(s, " - "); LastIndex only from the first
		if i := j + strings.LastIndex(s[j:], " - "); i > 0 && isAgencyTag(s[i+3:]) {
			s = strings.TrimSpace(s[:i])
		}
	}
	return cutTail(strings.TrimLeft(s, " .|-–:"))
}

// cutFront drops a share widget, a photo credit and whatever a page glued
// in front of an agency's dateline ("Sputnik Ilya Pitalev Number of
// Settlements Joining Syrian Ceasefire Deal Reaches 207 MOSCOW (Sputnik) At
// the ...": a credit and a related headline): the sentence starts after
// them. low is s lower-cased; both are returned cut.
func cutFront(s, low string) (string, string) {
	s, low = cutWidgets(s, low)
	if i := strings.IndexByte(s[:min(len(s), pageStampReach)], ':'); i > 0 {
		if m := rePageStamp.FindStringIndex(s); m != nil {
			s, low = s[m[1]:], low[m[1]:]
		}
	}
	if c := cutCrumbs(s); len(c) < len(s) {
		s, low = c, strings.ToLower(c)
	}
	// Every lead cue but two holds a bracket or a colon, and most
	// sentences hold neither: only the two are looked for in those.
	// A cue that opens with a bracket is looked for only when a bracket
	// of the sentence opens as it does ("(afp) -" not in "(AP)").
	opened, paren := bracketOpeners(low)
	colon := strings.IndexByte(low, ':') >= 0
	for k, c := range leadCues {
		if !paren && leadCueMarks[k]&markParen != 0 || !colon && leadCueMarks[k]&markColon != 0 {
			continue
		}
		if c[0] == '(' && opened[c[1]/64]&(1<<(c[1]%64)) == 0 {
			continue
		}
		if strings.Contains(low, c) { // Index is fast; LastIndex only when found
			if i := strings.LastIndex(low, c); i < len(low)/2 {
				s, low = s[i+len(c):], low[i+len(c):]
			}
		}
	}
	return s, low
}

// bracketOpeners returns the set of the bytes that follow a "(" in low,
// and whether low holds a "(" at all.
func bracketOpeners(low string) (set [4]uint64, paren bool) {
	for i := strings.IndexByte(low, '('); i >= 0; {
		paren = true
		if i+1 < len(low) {
			b := low[i+1]
			set[b/64] |= 1 << (b % 64)
		}
		j := strings.IndexByte(low[i+1:], '(')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return set, paren
}

// pageStampReach is how far into a sentence a page stamp's clock may be
// (rePageStamp): six section tags and a date.
const pageStampReach = 100

// cutWidgets drops a share widget or a photo credit (with the credit's
// name, up to the word the sentence starts with) from the front of s.
func cutWidgets(s, low string) (string, string) {
	if strings.Contains(low, "get short url") {
		if m := reShareWidget.FindStringIndex(s); m != nil {
			s, low = s[m[1]:], low[m[1]:]
		}
	}
	if indexAfterSpace(s[:min(len(s), 100)], "Photo") >= 0 { // Contains " Photo": the expression is slow; most sentences have no credit
		if m := rePhotoCredit.FindStringIndex(s); m != nil {
			s, low = s[m[1]:], low[m[1]:]
		}
	}
	// only where a credit may start (before byte 80): the first "flickr "
	// of low, if it starts there, ends within the reach searched
	if i := strings.Index(low[:min(len(low), 79+len("flickr "))], "flickr "); i >= 0 && i < 80 {
		s, low = afterCreditName(s[i+len("flickr "):]), ""
		low = strings.ToLower(s)
	}
	return s, low
}

// A page's navigation trail glued in front of a lead, with the related
// headline before it and the share buttons after it ("Iran Foreign Minister
// Mohammad Javad Zarif Iran - Live News - Middle East - News - Top Tweet
// Iranian Foreign Minister ..."): short capitalised section names joined
// by " - ". Prose uses " - " too ("the attack - the worst in years -
// killed 12"), but not three times between names of one to three words.
const (
	crumbSeps  = 3   // separators of a trail, around two section names at least
	crumbWords = 3   // words of a section name
	crumbReach = 300 // bytes into the sentence where a trail may start
)

// crumbWidgets are the words of section names and share buttons that may
// follow a trail's last separator before the sentence starts.
var crumbWidgets = lang.WordSetOf(lang.FurnitureWords(lang.CrumbWidget))

// cutCrumbs returns s from the sentence after a navigation trail, else s.
func cutCrumbs(s string) string {
	if indexAfterSpace(s[:min(len(s), crumbReach)], "- ") < 0 { // Contains " - ", by the rarer "-"
		return s
	}
	seps := 0 // separators of the current trail
	end := -1 // where the sentence starts after a trail
	for i, prev := 0, -1; ; {
		j := strings.Index(s[i:], " - ")
		if j < 0 {
			break
		}
		j += i
		if prev >= 0 && isCrumb(s[prev+3:j]) {
			seps++
		} else if seps >= crumbSeps || j > crumbReach {
			break // a trail ended, or none starts near the front
		} else {
			seps = 1
		}
		if seps >= crumbSeps {
			end = j + 3
		}
		prev, i = j, j+3
	}
	if end < 0 {
		return s
	}
	rest := strings.TrimLeft(s[end:], " ")
	for k := 0; k < crumbWords; k++ {
		w, after, _ := strings.Cut(rest, " ")
		if !crumbWidgets.Has(strings.ToLower(w)) {
			break
		}
		rest = strings.TrimLeft(after, " ")
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || len(strings.Fields(rest)) < minSummaryWords {
		return s
	}
	return rest
}

// isCrumb reports a section name: one to crumbWords words, each
// capitalised (or "&"), with no sentence punctuation.
func isCrumb(seg string) bool {
	ws := strings.Fields(seg)
	if len(ws) == 0 || len(ws) > crumbWords || strings.ContainsAny(seg, ".,;:!?\"") {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); w != "&" && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// mediaLabels are the labels of a page's player or gallery that it glues in
// front of a lead ("Date of publication 25 July 2016 Video Suspected
// Russian strikes hit ...": The New Arab; "Play Video The area planted
// ...": Al Arabiya), longest first.
var mediaLabels = []string{"Play Video ", "Watch Video ", "Photo Gallery ", "Video ", "Videos ", "Watch ", "Gallery ", "Photos "}

// showWords go on a sentence about a video or photos itself ("Video
// Footage Shows ...", "Photos Show ..."): the label is its subject.
var showWords = lang.WordSetOf(lang.FurnitureWords(lang.ShowWord))

// trimMediaLabel drops a media label that opens s when a capitalised word
// follows it, which starts the lead, and the lead is a sentence's length;
// "Video footage showed ..." keeps its words.
func trimMediaLabel(s string) string {
	if s == "" || s[0] < 'P' || s[0] > 'W' {
		return s // most sentences: no label's first letter
	}
	for _, l := range mediaLabels {
		rest, ok := strings.CutPrefix(s, l)
		if !ok {
			continue
		}
		next, _ := nextField(rest)
		if !lang.Capitalised(next) || showWords.Has(strings.ToLower(next)) || len(strings.Fields(rest)) < minSummaryWords {
			return s
		}
		return rest
	}
	return s
}

// maxCreditWords is the most words of a credit or source line in brackets.
const maxCreditWords = 5

// trimLeadCredit drops a credit or source line in brackets that opens s
// before its lead: a photo's or video's ("(Photo AFP) At least 12 ..."), an
// agency's ("(AFP) ..."), a newsroom's with its agencies ("(TRT World and
// Agencies) Two Russian pilots were killed ...": TRT World). A bracket of
// other words ("(YPG) fighters ...") stays.
func trimLeadCredit(s string) string {
	if s == "" || s[0] != '(' {
		return s
	}
	end := strings.IndexByte(s, ')')
	if end < 0 {
		return s
	}
	inner, rest := strings.Fields(s[1:end]), strings.TrimLeft(s[end+1:], " ")
	if len(inner) == 0 || len(inner) > maxCreditWords || !lang.Capitalised(rest) {
		return s
	}
	last := strings.ToLower(inner[len(inner)-1])
	credit := len(inner) == 1 && wireTags.Has(strings.ToLower(inner[0])) ||
		last == "agencies" || last == "agency" && len(inner) > 1
	for _, w := range inner {
		lw := strings.ToLower(strings.Trim(w, ":/"))
		credit = credit || lw == "photo" || lw == "photos" || lw == "video" || lw == "file"
	}
	if !credit {
		return s
	}
	return rest
}

// wireTags are news agencies a bracket names alone before a lead.
var wireTags = lang.WordSetOf(lang.FurnitureWords(lang.WireTag))

// afterCreditName returns s from the word a sentence starts with, within
// the first few words: what comes before is a photographer's or agency's
// name. With no such word, nothing of s can be told from the name: "".
func afterCreditName(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws[:min(len(ws), 8)] {
		if i > 0 && creditStarts.Has(strings.ToLower(strings.TrimRight(w, ".,"))) && unicode.IsUpper([]rune(w)[0]) {
			return strings.Join(ws[i:], " ")
		}
	}
	return ""
}

// tailCues open what pages glue after the last sentence: their source
// line, the share bar, related headlines. Each starts with a space.
var tailCues = []string{" Source TRTWorld and agencies", " Source TRT World and agencies", " Print Tweet Views",
	" Related News ", " Get short URL"}

// tailTRT is what the first two tailCues begin with, less their space.
const tailTRT = "Source TRT"

// cutTail cuts what a page glued after a sentence's end.
func cutTail(s string) string {
	cues := tailCues
	if indexAfterSpace(s, tailTRT) < 0 { // neither TRT source line: one search for the two
		cues = cues[2:]
	}
	for _, c := range cues {
		if i := indexAfterSpace(s, c[1:]); i > 0 {
			s = strings.TrimSpace(s[:i])
		}
	}
	return s
}

// indexAfterSpace is strings.Index(s, " "+w), found by way of w's first
// byte: a capital is rarer than a space, which would stop the search at
// every word.
func indexAfterSpace(s, w string) int {
	for from := 1; from < len(s); {
		j := strings.Index(s[from:], w)
		if j < 0 {
			return -1
		}
		if j += from; s[j-1] == ' ' {
			return j - 1
		}
		from = j + 1
	}
	return -1
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
	dated := false   // a date word was seen: short numbers are days now
	year := false    // the year was seen: the dateline is complete
	var low [32]byte // room to lower-case a word in
	for {
		w, after, _ := strings.Cut(rest, " ")
		t := strings.Trim(w, ",.:|")
		var lw string // strings.ToLower(t): in a stack buffer when t is short and ASCII (most sentences' first word, capitalised)
		if l, ok := lang.AppendLowerASCII(low[:0], t); ok {
			lw = string(l)
		} else {
			lw = strings.ToLower(t)
		}
		switch {
		case w == "":
			return rest
		case lw == "by" || lw == "on" || lw == "of" || lw == "at":
			nl := strings.ToLower(strings.Trim(wordAfter(after), ",.:|"))
			if !dated || !(isDatelineWord(nl) || isDateToken(nl)) {
				return rest // "On Monday ...", "At least ..." start sentences
			}
		case isDatelineWord(lw):
		case isDateToken(lw) && ((dated && !year) || isMonth(strings.ToLower(strings.Trim(wordAfter(after), ",."))) || strings.ContainsAny(lw, ".-/:") || lang.IsYear(lw) ||
			(year && len(lw) == 4)):
			year = year || lang.IsYear(lw) || strings.Count(lw, ".") == 2 || strings.Count(lw, "-") == 2
		default:
			return rest
		}
		dated = true
		rest = strings.TrimLeft(after, " |-–")
	}
}

// wordAfter returns the word that follows the spaces that open s: the
// word after a dateline's word, asked only by the cases that read it (most
// sentences' first word is none of a dateline's).
func wordAfter(s string) string {
	w, _, _ := strings.Cut(strings.TrimLeft(s, " "), " ")
	return w
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
	if !strings.Contains(s, "19") && !strings.Contains(s, "20") {
		return s // no year (lang.IsYear: 1900 to 2099) for a dateline to hold
	}
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

// pageButtons are the share buttons, counters and labels a page puts
// between its header and the lead, capitalised as buttons are ("... AFP
// Monday 16 Jun 2014 Print Tweet Views 458 Related ..."); "Related" labels
// the related headlines cutRelatedHeads then cuts.
var pageButtons = lang.WordSetOf(map[string]bool{"Print": true, "Tweet": true, "Share": true, "Email": true, "E-mail": true,
	"Facebook": true, "Twitter": true, "WhatsApp": true, "Comments": true, "Related": true})

// trimButtons drops the page buttons that open s, and a view counter among
// them ("Views 458"); related says the last was the "Related" label.
func trimButtons(s string) (rest string, related bool) {
	rest = strings.TrimLeft(s, " ")
	for {
		w, after, _ := strings.Cut(rest, " ")
		n, after2, _ := strings.Cut(after, " ")
		switch {
		case pageButtons.Has(w):
			rest, related = after, w == "Related"
		case w == "Views" && isDateToken(n):
			rest, related = after2, false
		default:
			return rest, related
		}
	}
}

// afterRelatedHeads returns the lead of a first sentence that a page's
// header, its buttons and a "Related" list of other stories' headlines run
// into ("32 killed in X AFP Friday 15 Aug 2014 Print Tweet Related Y
// charges 43 ... At least 22 people were killed ..."), cleaned as
// CleanSentence cleans it; ok is false when s holds no such list or the
// lead was not found after it.
func afterRelatedHeads(s, title string) (string, bool) {
	if !strings.Contains(s, " Related ") {
		return s, false
	}
	c := cleanFront(s, title)
	return c, !strings.Contains(c, "Related ")
}

// trimByline drops a byline that opens a sentence after its dateline was
// cut ("[Posted on 3 August 2013] by Jane Doe At least 12 ..."): "by" and a
// name of two or three capitalised words that are neither function nor
// date words, when the lead starts after them with a capitalised word or
// a number. A sentence that opens with "By" tells a time or a means ("By
// Tuesday the army ...", "By land ..."), not two names and a capital.
func trimByline(s string) string {
	if lead := strings.TrimLeftFunc(s, unicode.IsSpace); !strings.HasPrefix(lead, "by") && !strings.HasPrefix(lead, "By") {
		return s // most sentences: no "by" to open them, no words to split
	}
	ws := strings.Fields(s)
	if len(ws) < 5 || ws[0] != "by" && ws[0] != "By" {
		return s
	}
	name := 0
	for _, w := range ws[1:min(len(ws), 4)] {
		lw := strings.ToLower(w)
		if !lang.Capitalised(w) || lang.IsStop(lw, lang.Function) || isDatelineWord(lw) {
			break
		}
		name++
	}
	if name == 3 && !lang.Capitalised(ws[4]) {
		name = 2 // "by Jane Doe Syrian troops ...": the third starts the lead
	}
	if name < 2 || !lang.Capitalised(ws[name+1]) && !isDateToken(ws[name+1]) {
		return s
	}
	return strings.Join(ws[name+1:], " ")
}

// maxBylineWords is the most words of a byline's names before the
// headline it runs into: three authors ("by Jane Doe John Roe and Ann
// Poe").
const maxBylineWords = 8

// bylineTitle returns s after a byline and the repeated headline that
// follows it ("[Posted on 12 July 2016] by Jane Doe Rebels Open New Front
// in City Beirut- Rebels opened ..."): "by", one to maxBylineWords words of
// names (capitalised, or "and"), then the title word for word, its quotes
// and case aside (`"Chemical" Attack` for the title `Chemical Attack`).
// Cut by the byline alone, a name of three words may swallow the
// headline's first ("by Jane Doe Rebels") and leave the rest of it before
// the lead. False when s opens with no such byline and headline.
func bylineTitle(s, title string) (string, bool) {
	if title == "" {
		return s, false
	}
	if lead := strings.TrimLeftFunc(s, unicode.IsSpace); !strings.HasPrefix(lead, "by ") && !strings.HasPrefix(lead, "By ") {
		return s, false // most sentences
	}
	tw := strings.Fields(title)
	fs := strings.Fields(s)
	for start := 2; start <= 1+maxBylineWords && start+len(tw) < len(fs); start++ {
		if w := fs[start-1]; w != "and" && !lang.Capitalised(w) {
			return s, false
		}
		match := true
		for k, w := range tw {
			if bareWord(fs[start+k]) != bareWord(w) {
				match = false
				break
			}
		}
		if match {
			return strings.Join(fs[start+len(tw):], " "), true
		}
	}
	return s, false
}

// bareWord is w lower-cased without the quotes and marks around it.
func bareWord(w string) string {
	return strings.ToLower(strings.Trim(w, "\"'“”‘’.,:;!?"))
}

// trimPlaceDash drops a dateline of one or two places and a dash that
// open a sentence, the dash glued to the last place or standing alone
// ("Beirut- Rebels opened ...", "Beirut London- Warplanes ...", "Gaza –
// Israeli jets ..."), when the first place is one the gazetteer knows and
// a capitalised word follows the dash. A place and a dash before a
// lower-case word ("Aleppo - the city ...") are the sentence's own.
func trimPlaceDash(s string) string {
	first, rest := nextField(s)
	if !lang.Capitalised(first) || !dashInFirstWords(first, rest) {
		return s // most sentences: not split into words for nothing
	}
	fs := strings.Fields(s)
	for n := 1; n <= 2 && n < len(fs); n++ {
		last := fs[n-1]
		var rest []string
		switch {
		case strings.HasSuffix(last, "-") || strings.HasSuffix(last, "–"):
			last = strings.TrimRight(last, "-–")
			rest = fs[n:]
		case n+1 < len(fs) && (fs[n] == "-" || fs[n] == "–"):
			rest = fs[n+1:]
		default:
			if !lang.Capitalised(last) {
				return s
			}
			continue
		}
		if last == "" || !lang.Capitalised(last) || len(rest) < minSummaryWords || !lang.Capitalised(rest[0]) {
			return s
		}
		if _, ok := LookupPlace(strings.Trim(fs[0], "-–")); !ok {
			return s
		}
		return strings.Join(rest, " ")
	}
	return s
}

// dashInFirstWords reports a dash ending one of a sentence's first three
// words (first, then those of rest): the only place trimPlaceDash cuts at.
func dashInFirstWords(first, rest string) bool {
	w := first
	for range 3 {
		if strings.HasSuffix(w, "-") || strings.HasSuffix(w, "–") {
			return true
		}
		w, rest = nextField(rest)
	}
	return false
}

// Related headlines a page glues between its header and the lead, their
// punctuation lost ("... Syria car bombings state media AFP Friday 2 May
// 2014 10 children among 18 dead as air raid hits Syria school NGO Six new
// hopefuls announced in Syria presidential election Suicide bombers blew
// up ..."): each runs on into the next with a capitalised word that is no
// name ("NGO Six", "election Suicide"). The lead starts after the last of
// them when every run before it is headline-sized and the lead is a
// sentence of its own.
const (
	relatedMinWords = 4  // words of a related headline, at least
	relatedMaxWords = 14 // and at most
	relatedMaxHeads = 3  // related headlines before a lead
	relatedLeadMin  = 10 // words of the lead after them
)

// cutRelatedHeads returns s from its lead after related headlines, else s.
// Under a "Related" label (labelled) the run before the first restart
// found is headlines whatever its length: a headline that opens with a
// number or runs into a name ("... groups 2000 Syria refugees ...") hides
// its restart, and the label says the lead comes after them all.
func cutRelatedHeads(s string, labelled bool) string {
	end := strings.Index(s, ". ")
	if end < 0 {
		end = len(s)
	}
	ws := strings.Fields(s[:end])
	start, heads, cut := 0, 0, 0 // cut: the words of s before the lead
	for i := relatedMinWords; i < len(ws) && heads < relatedMaxHeads; i++ {
		if !headRestart(ws, i) {
			continue
		}
		if n := i - start; n < relatedMinWords || n > relatedMaxWords && !(labelled && heads == 0 && n <= relatedMaxHeads*relatedMaxWords) {
			break
		}
		start, heads, cut = i, heads+1, i
	}
	if cut == 0 || len(ws)-cut < relatedLeadMin || !lang.IsStop(strings.ToLower(ws[cut]), lang.Function) && lang.IsStop(strings.ToLower(ws[cut+1]), lang.Function) {
		// a lead opens with a noun and its words ("Suicide bombers",
		// "Some 120"), not a name and "and" ("Jibrin and killed ...")
		return s
	}
	for _, w := range ws[:cut] {
		if strings.ContainsAny(w, "\",;:()\u201c\u201d") {
			return s // a headline lost its punctuation; a lead's words kept theirs
		}
	}
	rest := s
	for k := 0; k < cut; k++ {
		rest = strings.TrimLeft(rest, " ")
		rest = rest[strings.IndexByte(rest, ' ')+1:]
	}
	return strings.TrimLeft(rest, " ")
}

// headRestart reports whether ws[i] starts a new headline or the lead in a
// run without punctuation: a capitalised word that is no name — not a
// place, an actor or a date, not an adjective of a name ("Syrian",
// "Kurdish", "Western"), not a person's name (two capitalised words,
// "al-" after it) — after a word that ends no phrase of a name: a
// lower-case word other than a function word or a verb of saying, or an
// acronym ("NGO").
func headRestart(ws []string, i int) bool {
	w, prev := ws[i], ws[i-1]
	if !lang.Capitalised(w) || isAgencyTag(w) || !unicode.IsLetter([]rune(w)[0]) {
		return false
	}
	lw, lp := strings.ToLower(w), strings.ToLower(prev)
	if _, place := LookupPlace(prev); place && i >= 2 && lang.IsStop(lw, lang.Function) {
		// a dateline's place before the lead ("... after Russia strike
		// Moscow Some 120 fighters ...") goes with the headline
		prev, lp = ws[i-2], strings.ToLower(ws[i-2])
	}
	if p, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(p) && !isAgencyTag(prev) || !unicode.IsLetter(p) && !unicode.IsDigit(p) ||
		lang.IsStop(lp, lang.Function|lang.Reporting) || isDatelineWord(lp) {
		return false
	}
	if isDatelineWord(lw) && !lang.IsStop(lw, lang.Function) || nameAdjective(strings.TrimSuffix(lw, "s")) {
		return false // a day or month goes with its dateline; "At least ...", "On Monday ..." open leads
	}
	if i+1 < len(ws) && !lang.IsStop(lw, lang.Function) { // "The Syrian Observatory said ..." opens a lead
		next := ws[i+1]
		ln := strings.ToLower(next)
		if lang.Capitalised(next) && !isAgencyTag(next) || strings.HasPrefix(ln, "al-") || strings.HasPrefix(ln, "el-") {
			return false
		}
		if _, ok := ResolveActor(w + " " + next); ok {
			return false
		}
	}
	if _, ok := LookupPlace(w); ok {
		return false
	}
	_, actor := ResolveActor(w)
	return !actor
}

// nameAdjective reports a word shaped as an adjective of a name, a people
// or a faith ("syrian", "kurdish", "iraqi", "lebanese", "alawite",
// "islamist", "western", "islamic"); a people's plural comes without its
// "s" ("syrians").
func nameAdjective(lw string) bool {
	for _, suf := range []string{"an", "ish", "ese", "i", "ite", "ist", "ern", "ic"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
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
	case isMonth(ws[n-2]) && len(ws[n-3]) <= 2 && lang.AllDigits(ws[n-3]): // 19 November 2016
		start = n - 3
	case len(ws[n-2]) <= 2 && lang.AllDigits(ws[n-2]) && isMonth(ws[n-3]): // November 19 2016
		start = n - 3
	case !isMonth(ws[n-2]):
		return false
	}
	// "since 10 August 2014" ends a sentence; a caption has no preposition
	return start > 0 && !datePrepositions.Has(ws[start-1])
}

var datePrepositions = lang.WordSetOf(lang.PrepositionWords(lang.DatePrep))

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

// agencies are news agencies whose name, capitalised, a page glues before
// a dateline ("Reuters Sunday 10 Jul 2016").
var agencies = lang.WordSetOf(map[string]bool{"Reuters": true, "Sputnik": true, "Anadolu": true, "Xinhua": true, "Tass": true})

// isAgencyTag reports a short all-capital word such as "AFP", "REUTERS",
// "AP", or an agency's name capitalised ("Reuters").
func isAgencyTag(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf && (w[0] < 'A' || w[0] > 'Z') && strings.IndexByte(" .()", w[0]) < 0 {
		return false // most words: no capital first, and nothing Trim cuts before it
	}
	w = strings.Trim(w, " .()")
	if agencies.Has(w) {
		return true
	}
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

// cueHeadTable is cueHeads as isBoilerplate reads it.
var cueHeadTable = lang.WordMapOf(cueHeads)

// cueHeadStarts passes most words that head no cue without a lookup.
var cueHeadStarts = triSetOf(cueHeads)

// isBoilerplate reports a sentence that is page furniture; low is the
// sentence lower-cased and ws its word tokens.
func isBoilerplate(low string, ws []string) bool {
	if len(ws) > 0 && (ws[0] == "tags" || ws[0] == "by") {
		return true
	}
	for _, w := range ws {
		if !cueHeadStarts.mayHold(w) {
			continue
		}
		for _, c := range cueHeadTable.Get(w) {
			if strings.Contains(low, c) {
				return true
			}
		}
	}
	return false
}

// trimCapsDateline drops a wire dateline of a place in capitals and its
// country whose punctuation the page lost ("KHAN SHEIKHUN Syria A suspected
// chemical attack ..." of "KHAN SHEIKHUN, Syria (AP) —"): a place the
// gazetteer knows in one to three words in capitals, then a country it
// knows, then a capital that starts the sentence. Capitals before anything
// else ("UN Syria Envoy ...", "ISIS Syria ...") stay.
func trimCapsDateline(s string) string {
	if first, _ := nextField(s); !allCaps(first) {
		return s // most sentences: split no further
	}
	fs := strings.Fields(s)
	caps := 0
	for caps < len(fs) && caps < 3 && allCaps(fs[caps]) {
		caps++
	}
	if caps == 0 || caps+2 > len(fs) {
		return s
	}
	if _, ok := LookupPlace(strings.Join(fs[:caps], " ")); !ok {
		return s
	}
	country := strings.Trim(fs[caps], ",")
	if e, ok := LookupPlace(country); !ok || e.Kind != "country" || allCaps(country) {
		return s
	}
	rest := fs[caps+1:]
	if r, _ := utf8.DecodeRuneInString(rest[0]); !unicode.IsUpper(r) {
		return s
	}
	return strings.Join(rest, " ")
}

// nextField returns the first of strings.Fields(s) ("" when none) and the
// text after it, without splitting the rest. ASCII is read a byte at a
// time, as strings.Fields does, with a word's run of printable ASCII
// skipped eight bytes at a time.
func nextField(s string) (field, rest string) {
	i := 0
	for i < len(s) {
		k := spaceClass[s[i]]
		if k == 0 {
			break
		}
		if k == 1 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j+8 <= len(s) {
		// Eight bytes at a time while none is below '!' nor past ASCII
		// (no space, nothing to decode): the lowest byte the mask flags
		// is the first such, exactly (no borrow reaches it).
		b := s[j : j+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if m := (x - 0x2121212121212121 | x) & 0x8080808080808080; m != 0 {
			j += bits.TrailingZeros64(m) >> 3
			break
		}
		j += 8
	}
	for j < len(s) {
		k := spaceClass[s[j]]
		if k == 0 {
			j++
			continue
		}
		if k == 1 {
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}

// spaceClass sorts the bytes for nextField: 0 for an ASCII byte that is no
// space, 1 for an ASCII space (asciiSpace), 2 for a byte past ASCII, whose
// rune is decoded. One load a byte, with no bounds check.
var spaceClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = 2
		case asciiSpace[c] != 0:
			t[c] = 1
		}
	}
	return t
}()

// asciiSpace marks the ASCII bytes unicode.IsSpace is true of.
var asciiSpace = [utf8.RuneSelf]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// allCaps reports whether a word is two or more letters, all capitals
// (a comma after it aside).
func allCaps(w string) bool {
	w = strings.TrimRight(w, ",")
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '-' || r == '\'':
		default:
			return false
		}
	}
	return n >= 2
}

// cutMarkup drops from a lower-cased sentence of a post what is no prose:
// links ("https://…", "www.…", "aje.io/x1y2"), and the hashtags and emoji
// that close it ("… #gaza #ceasefire #standwith…") — a tag files the post,
// it reports nothing. A hashtag inside the prose ("#Hamas releases 17
// hostages") is read as its word. It returns low cut and whether anything
// was cut.
func cutMarkup(low string) (string, bool) {
	if !strings.ContainsAny(low, "#/") && isASCII(low) {
		return low, false
	}
	fs := strings.Fields(low)
	kept := make([]string, 0, len(fs))
	cut := false
	for _, f := range fs {
		at := linkAt(f)
		for at > 0 {
			// "deaths](https://…)": the words before an address are
			// prose, unless they are an address too ("aje.io/x:=:https…")
			cut, f = true, f[:at]
			at = linkAt(f)
		}
		if at == 0 {
			cut = true
			continue
		}
		kept = append(kept, f)
	}
	n := len(kept)
	for n > 0 && (kept[n-1][0] == '#' || !hasWordRune(kept[n-1])) {
		n--
	}
	if !cut && n == len(fs) {
		return low, false
	}
	return strings.Join(kept[:n], " "), true
}

// cutLinks is cutMarkup for the cues: only a sentence with a link or a
// hashtag is cut (closing emoji hold no word a cue could match).
func cutLinks(low string) (string, bool) {
	if strings.IndexByte(low, '#') < 0 && strings.IndexByte(low, '/') < 0 { // ContainsAny(low, "#/"), by the faster byte search
		return low, false
	}
	return cutMarkup(low)
}

// linkAt returns where a web address starts in a field of text, -1 if it
// holds none: a scheme or "www." wherever it stands ("deaths](https://…)"),
// or a host with a path as the whole field ("bit.ly/3xYz", "aje.io/iy19k").
func linkAt(f string) int {
	if i := strings.Index(f, "http://"); i >= 0 {
		return i
	}
	if i := strings.Index(f, "https://"); i >= 0 {
		return i
	}
	if i := strings.Index(f, "www."); i >= 0 {
		return i
	}
	slash := strings.IndexByte(f, '/')
	if slash <= 0 {
		return -1
	}
	host := f[:slash]
	dot := strings.LastIndexByte(host, '.')
	if dot > 0 && dot < len(host)-2 && hasWordRune(host[:dot]) && allLetters(host[dot+1:]) {
		return 0
	}
	return -1
}

// allLetters reports a word of letters only.
func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// hasWordRune reports a letter or a digit in s.
func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// furnitureWords is how many words a sentence of a post may hold besides
// its links and closing tags and still be furniture ("LIVE updates:
// aje.io/x", "Read more: https://…", "Watch in full: …", "Follow updates.").
const furnitureWords = 4

// furniture reports a sentence that only points elsewhere: a link, tags or
// emoji with a few words of invitation ("LIVE updates ⤵️"). A short line
// with none ("U.S...", a wire snippet's cut end) is the text's.
func furniture(s *sentence) bool {
	if !strings.ContainsAny(s.lower, "#/") && isASCII(s.lower) {
		return false
	}
	low, cut := cutMarkup(s.lower)
	return cut && len(lang.Words(low)) <= furnitureWords
}

// newsSentences is how many sentences of d are more than furniture.
func (d *doc) newsSentences() int {
	n := 0
	for i := range d.sents {
		if !furniture(&d.sents[i]) {
			n++
		}
	}
	return n
}
