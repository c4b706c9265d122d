package analyze

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// What a story asked of a report's title, lead and names, read here once
// and carried (issue 14.4; round h-carry4): whether the report is a
// Security Council session's (CouncilMeets, SessionLead), the short names
// and surnames it gives whole (NamedWhole, Surnames), and where the words
// after an exchange's counts tell its people moved from (Figure.OutOf).

// LeadSentences is how many sentences of the text, after the title, make
// the lead that identifies the event: a story's (story.textLead) and the
// one councilMeets reads.
const LeadSentences = 3

// LeadBytes bounds the text split for a lead or summary sentences when an
// analysis carries no sentences, so a huge article costs no more than a
// normal one.
const LeadBytes = 4 << 10

// LeadText is text cut to LeadBytes at the start of a character.
func LeadText(text string) string {
	if len(text) <= LeadBytes {
		return text
	}
	cut := LeadBytes
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// markReports sets what an carries of a's title, lead and names (the
// figures' OutOf: markCarried, beside MovedFrom): the lead, when read, is
// read once for councilMeets and TitleMarks.
func markReports(a *news.Article, an *news.Analysis) {
	var read []string
	lead := func() []string {
		if read == nil {
			s := an.Sentences
			if s == nil {
				s = Sentences(LeadText(a.Text))
			}
			read = s[:min(len(s), LeadSentences)]
		}
		return read
	}
	an.CouncilMeets = councilMeets(a.Title, lead)
	an.TitleMarks = TitleMarks(a.Title, lead)
	if an.IsRelevant() && an.Has(news.Talks) {
		an.SessionLead = sessionLead(a.Title, a.Text)
	}
	names := namesRead.Get().(*textNames)
	names.read(a.Text)
	an.NamedWhole = namedWhole(a.Text, names)
	an.Surnames = surnames(a.Text, names)
	names.read("") // keeps no word of the text
	namesRead.Put(names)
}

// councilMeets reports a title that tells the Security Council meeting
// beside the attack's toll ("Gas kills hundreds, Security Council meets"),
// or what the UN or its Council must do (lang.UNName): its news is the
// session, the day's new event, which the attack's own reports tell
// without; a story files it as a session's report, though its toll keeps
// it from being a reaction. A report is filed by the event its title names
// first and its lead tells: a title that tells the toll before the
// meeting, over a lead that tells the attack and names no session (the
// gassing, its tolls; the Council's meeting a paragraph further down), is
// the attack's report (issue 13, 2013: Reuters' "Syria gas kills hundreds,
// Security Council meets", the window's richest tolls, sat in the
// Council's item). lead gives the lead's sentences, read only then.
func councilMeets(title string, lead func() []string) bool {
	if !holdsFolded(title, "council") && !holdsFolded(title, "must") {
		return false // most titles: not split into words
	}
	ws := lang.Words(title)
	council, meets, must := -1, false, false
	toll := -1 // the first word of the event's toll or act
	for i, w := range ws {
		if council < 0 && w == "council" && i > 0 && ws[i-1] == "security" {
			council = i - 1
		}
		meets = meets || lang.SessionWord(w)
		must = must || w == "must" && i > 0 && lang.UNName(ws[:i])
		if toll < 0 && lang.EventWord(w) {
			toll = i
		}
	}
	if must {
		return true
	}
	if council < 0 || !meets {
		return false
	}
	return toll < 0 || toll > council || leadNamesSession(title, lead())
}

// leadSessionSents is how many of a lead's first sentences
// leadNamesSession reads: the lead's own and the one that follows it.
const leadSessionSents = 2

// leadNamesSession reports whether a report's first sentences name the
// Security Council, as a session's report does from its first line ("The
// Security Council met in an emergency session ..."). A sentence that
// repeats the title (the corpus glues the date and the title before the
// lead: "August 21 2013 Syria gas kills hundreds Security Council meets.")
// is no sentence of the lead.
func leadNamesSession(title string, lead []string) bool {
	tw := " " + strings.Join(lang.Words(title), " ") + " "
	n := 0
	for _, s := range lead {
		ws := lang.Words(s)
		if len(tw) > 2 && strings.Contains(" "+strings.Join(ws, " ")+" ", tw) {
			continue
		}
		if lang.SecurityCouncil(ws) {
			return true
		}
		if n++; n == leadSessionSents {
			break
		}
	}
	return false
}

// leadSessionSentences is how many of a report's first sentences say where
// it is told from (sessionLead): a lead of two, and one more for the page's
// furniture that the corpus glues before it ("Date of publication ...").
const leadSessionSentences = 3

// sessionLeadBytes bounds the text sessionLead splits: its first sentences
// lie well within it, and a long report is not split whole for them.
const sessionLeadBytes = 2048

// sessionLead reports whether a report is told from a Security Council
// session: its first sentences name the Council and its title tells of no
// toll or victims (lang.TollWord). "Sarin used in Syria: British
// scientists", whose lead has the envoy tell the Council of the findings,
// is the session's news (and of the veto it came to), not the attack's,
// which it recalls; "Gas kills hundreds, Security Council meets" is still
// the attack's. A story counts such a report for talks though its title
// tells an attack.
func sessionLead(title, text string) bool {
	for _, w := range lang.Words(title) {
		if lang.TollWord(w) {
			return false
		}
	}
	n := min(len(text), sessionLeadBytes)
	for n > 0 && n < len(text) && !utf8.RuneStart(text[n]) {
		n--
	}
	if !holdsFolded(text[:n], "council") {
		return false // no sentence of it can name the Council: not split
	}
	ss := lang.Sentences(text[:n])
	if len(ss) > 0 && title != "" && strings.Contains(ss[0], title) {
		ss = ss[1:] // a dateline and the title again, before the lead
	}
	for _, sent := range ss[:min(len(ss), leadSessionSentences)] {
		if lang.SecurityCouncil(lang.Words(sent)) {
			return true
		}
	}
	return false
}

// holdsFolded reports whether s holds w (lower-case ASCII letters) in any
// case, as every text whose words (lang.Words) hold w does: no letter but
// ASCII's lower-cases to one of w's.
func holdsFolded(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 != w[0] {
			continue
		}
		j := 1
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// textNames are the names a text gives, read in one pass over its words
// apart by spaces (strings.Fields, without the array): the short names it
// writes after "the" (shortNames), the words it writes after another
// capitalised word of a name (whole: NamesWhole's), and the words it ends
// a person's name with (ends: lang.FullNameEnd).
type textNames struct {
	shortNames, whole, ends []string
	// written has the fieldBit of each of the text's words apart by
	// spaces less the trimMarks around it: a word whose bit is clear is
	// written nowhere in the text so (writesLower need not look for it).
	// 4,096 bits: a text's few hundred distinct words set about one in
	// fifteen, and a name's end passes on a set bit alone that often.
	written [fieldWords]uint64
}

// fieldWords is the size of textNames.written in 64-bit words.
const fieldWords = 64

// fieldBit returns the bit of w, which is not "", in textNames.written.
func fieldBit(w string) uint32 {
	n := len(w)
	return (uint32(w[0]) | uint32(w[n-1])<<8 | uint32(n)<<16) * 0x9e3779b1 >> 20
}

// mayWrite reports whether the text n read may write w, which is not "",
// apart by spaces with only trimMarks beside it: its bit is set.
func (n *textNames) mayWrite(w string) bool {
	b := fieldBit(w)
	return n.written[b>>6&(fieldWords-1)]&(1<<(b&63)) != 0
}

// namesRead keeps the arrays of textNames from one analysis to the next.
var namesRead = sync.Pool{New: func() any { return new(textNames) }}

// read reads the names of text into n, over what n read before.
func (n *textNames) read(text string) {
	clear(n.shortNames)
	clear(n.whole)
	clear(n.ends)
	n.shortNames, n.whole, n.ends = n.shortNames[:0], n.whole[:0], n.ends[:0]
	n.written = [fieldWords]uint64{}
	prev, w, rest := "", "", text
	w, rest = nextField(rest)
	for w != "" {
		next, after := nextField(rest)
		if t := trimMarks(w); t != "" {
			b := fieldBit(t)
			n.written[b>>6&(fieldWords-1)] |= 1 << (b & 63)
		}
		if theWord(prev) {
			if s := strings.TrimSuffix(strings.TrimRight(w, ",.’'"), "'s"); lang.Capitalised(s) && !slices.Contains(n.shortNames, s) &&
				!lang.IsStopAnyCase(s, lang.Function) {
				n.shortNames = append(n.shortNames, s)
			}
		}
		if prev != "" && lang.Capitalised(w) {
			if lang.Capitalised(prev) && !theWord(prev) && !strings.HasSuffix(prev, ".") {
				n.whole = append(n.whole, strings.TrimRight(w, ",.’'s"), strings.TrimRight(w, ",."))
			}
			if e, ok := lang.FullNameEnd(prev, w, next); ok && lang.Capitalised(e) && !slices.Contains(n.ends, e) &&
				!lang.IsStopAnyCase(e, lang.Function) && !lang.IsBodyHead(e) {
				n.ends = append(n.ends, e)
			}
		}
		prev, w, rest = w, next, after
	}
}

// theWord reports w is "the" in any case (strings.EqualFold: no other
// letter folds to one of its letters).
func theWord(w string) bool {
	return len(w) == 3 && w[0]|0x20 == 't' && w[1]|0x20 == 'h' && w[2]|0x20 == 'e'
}

// namedWhole returns the short names the text gives bodies after "the"
// (a capitalised word, no function word nor place) that it names whole
// elsewhere (NamesWhole: after another capitalised word of the name, or
// spelled out in brackets), each once, in order: NameBack gives a
// sentence's sayer by one of them. The text is read once for all its
// names (textNames.read), not once for each.
func namedWhole(text string, n *textNames) []string {
	var out []string
	for _, w := range n.shortNames {
		if !slices.Contains(n.whole, w) && !spelledOut(text, w) {
			continue
		}
		if _, place := LookupPlace(w); !place {
			if out == nil {
				out = make([]string, 0, len(n.shortNames))
			}
			out = append(out, w)
		}
	}
	return out
}

// spelledOut reports whether text spells w out in brackets: "(w)".
func spelledOut(text, w string) bool {
	for i := strings.IndexByte(text, '('); i >= 0; {
		if rest := text[i+1:]; strings.HasPrefix(rest, w) && strings.HasPrefix(rest[len(w):], ")") {
			return true
		}
		j := strings.IndexByte(text[i+1:], '(')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// surnames returns the words a text ends a person's name with (its
// names' ends: lang.FullNameEnd), capitalised, no function word, body's
// head (lang.IsBodyHead) nor place, that it never writes in lower case
// ("Regime media said", "Local sources"), each once, in order.
func surnames(text string, n *textNames) []string {
	var kept []string
	for _, e := range n.ends {
		var buf [32]byte
		low, ok := lang.AppendLowerASCII(buf[:0], e)
		if !ok {
			low = []byte(strings.ToLower(e))
		}
		if len(low) > 0 && n.mayWrite(string(low)) && writesLower(text, string(low)) {
			continue
		}
		if _, place := LookupPlace(e); !place {
			if kept == nil {
				kept = make([]string, 0, len(n.ends))
			}
			kept = append(kept, e)
		}
	}
	return kept
}

// writesLower reports whether a word of text apart by spaces (as
// strings.Fields splits it), without the punctuation and quotes around it
// (trimMark), is low: low stands in text between spaces, or its ends,
// with only such marks beside it.
func writesLower(text, low string) bool {
	if low == "" || trimMark(low[0]) || trimMark(low[len(low)-1]) {
		return false // no word so trimmed begins or ends with a mark
	}
	for at := 0; ; {
		i := strings.Index(text[at:], low)
		if i < 0 {
			return false
		}
		i += at
		if fieldEdge(text[:i], true) && fieldEdge(text[i+len(low):], false) {
			return true
		}
		at = i + 1
	}
}

// fieldEdge reports whether s, before (back true) or after a word, holds
// only trimMarks up to a space or its end.
func fieldEdge(s string, back bool) bool {
	for len(s) > 0 {
		var r rune
		var n int
		if back {
			r, n = utf8.DecodeLastRuneInString(s)
		} else {
			r, n = utf8.DecodeRuneInString(s)
		}
		if unicode.IsSpace(r) {
			return true
		}
		if n != 1 || !trimMark(byte(r)) {
			return false
		}
		if back {
			s = s[:len(s)-1]
		} else {
			s = s[1:]
		}
	}
	return true
}

// trimMarks returns w less the trimMarks at its ends.
func trimMarks(w string) string {
	for w != "" && trimMark(w[0]) {
		w = w[1:]
	}
	for w != "" && trimMark(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// trimMark reports the marks strings.Trim(w, ",.;:'\"()") cuts: ,.;:'"().
func trimMark(c byte) bool {
	switch c {
	case ',', '.', ';', ':', '\'', '"', '(', ')':
		return true
	}
	return false
}

// markOutOf sets, for a report that counts people of kind k moving in
// another event in its main count's sentence (a two-way exchange), the
// place the words after each such count, and after the main count, tell
// its people moved out of (Figure.OutOf).
func markOutOf(f *news.Facts, k string) {
	main := f.Main(k)
	if main == nil {
		return
	}
	other := false
	for i := range f.Figures {
		g := &f.Figures[i]
		if g.Kind != k || g.Scope != news.ScopeOtherEvent || g.Value <= 0 || g.Word != "" || g.Sentence != main.Sentence {
			continue
		}
		g.OutOf = placesAfter(g.Sentence, g.Text)
		other = other || g.OutOf != ""
	}
	if other {
		main.OutOf = placesAfter(main.Sentence, main.Text)
	}
}

// placesAfter returns the places the words after a figure's text in its
// sentence tell its people moved from (lang.PlacesMovedFrom), "" when none.
func placesAfter(sentence, text string) string {
	i := strings.Index(sentence, text)
	if text == "" || i < 0 {
		return ""
	}
	return lang.PlacesMovedFrom(lang.WordsAsWritten(sentence[i+len(text):]), 0)
}
