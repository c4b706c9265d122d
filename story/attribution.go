package story

import (
	"strings"
	"unicode"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// attributionTails are the sources a headline names at its end after a
// colon ("24 killed in raids on Syria's Idlib: Monitor"), in lower case.
var attributionTails = [][]string{
	{"syrian", "observatory"}, {"new", "toll"}, {"reports"}, {"monitor"}, {"red", "cross"}, {"rebels"}, {"activists"}, {"observatory"}, {"state", "media"},
	{"state", "tv"}, {"sources"}, {"witnesses"}, {"medics"}, {"officials"}, {"ngo"}, {"un"}, {"army"},
	{"military"}, {"residents"}, {"opposition"}, {"report"}, {"pentagon"}, {"kremlin"}, {"ministry"},
	{"sohr"}, {"white", "helmets"}, {"civil", "defence"}, {"civil", "defense"}, {"state", "news", "agency"},
	{"monitoring", "group"}, {"sana"}, {"unicef"}, {"ocha"}, {"unhcr"}, {"opcw"}, {"amnesty"}, {"hrw"}, {"msf"},
}

// sayers are the plural or collective sources a headline names at its
// end after one word of who they are ("... used in Syria: British
// scientists", "...: UN inspectors"), in lower case: people who tell, not
// people an attack or an arrest befalls (soldiers, civilians, fighters).
var sayers = lang.HeadlineWords(lang.TailSayer)

// lowerTails are the attribution tails a headline may give in lower case
// ("... battle: monitor", AFP's style): a monitor is never the object a
// headline's sentence ends with, where "... shells Kurdish rebels" is.
var lowerTails = lang.HeadlineWords(lang.LowerTail)

// tollTails are the tails a headline in title case may end with when
// it reports a toll (tollHead): "US-Led Airstrikes Kill 10 Civilians in
// Syria Syrian Observatory", "... Children near Syrias Aleppo Reports".
// Only a teller of tolls is one: a title-case headline's last words may
// be its object ("... Attack on Syrian Army"), never a monitor's report.
var tollTails = map[string]bool{"monitor": true, "observatory": true, "syrian observatory": true, "sohr": true,
	"ngo": true, "report": true, "reports": true, "state media": true, "state tv": true, "new toll": true,
	"monitoring group": true}

// countTails are the sources a headline names at its end in the singular
// after the count it gives ("Car bomb in Syrias Homs kills 10 Governor"):
// after a number a singular noun cannot be what was counted.
var countTails = lang.HeadlineWords(lang.CountTail)

// tollHead reports whether headline words ws tell a toll: a count and a
// word of killing or wounding (lang.TollWord).
func tollHead(ws []string) bool {
	count, toll := false, false
	for _, w := range ws {
		count = count || unicode.IsDigit([]rune(w)[0])
		toll = toll || lang.TollWord(strings.ToLower(w))
	}
	return count && toll
}

// noAttribution reports a word that cannot come before an attribution: a
// function word or a verb of saying ("says UN", "with UN", "urges UN" end a
// sentence, not a headline before its source).
func noAttribution(w string) bool {
	w = strings.ToLower(w)
	return lang.IsStop(w, lang.Function|lang.Reporting) || w == "urges"
}

// splitAttribution splits a headline whose punctuation was stripped (as in
// the FA-KES texts) into its words and the source it ends with: "24 killed
// in raids on Syrias Idlib Monitor" gives "24 killed in raids on Syrias
// Idlib" and "Monitor". Only a sentence-case headline with no punctuation
// qualifies, so a headline that kept its colon or comma is left alone.
func splitAttribution(t string) (head, source string) {
	if strings.ContainsAny(t, ",:;|\"'“”‘’()") {
		return t, ""
	}
	ws := strings.Fields(t)
	for _, tail := range attributionTails {
		n := len(ws) - len(tail)
		if n < 4 || !hasTail(ws[n:], tail) || noAttribution(ws[n-1]) ||
			!sentenceCase(ws[1:n]) && !(tollTails[strings.Join(tail, " ")] && tollHead(ws[:n])) ||
			ws[n] == "state" && !tollHead(ws[:n]) { // "Hackers target the state media"
			continue
		}
		return strings.Join(ws[:n], " "), strings.Join(ws[n:], " ")
	}
	if n := len(ws) - 1; n >= 4 && countTails[strings.ToLower(ws[n])] && unicode.IsUpper([]rune(ws[n])[0]) &&
		unicode.IsDigit([]rune(ws[n-1])[0]) && sentenceCase(ws[1:n]) {
		return strings.Join(ws[:n], " "), ws[n]
	}
	if n := len(ws) - 2; n >= 4 && sayers[ws[n+1]] && named(ws[n]) && named(ws[n-1]) && sentenceCase(ws[1:n]) {
		return strings.Join(ws[:n], " "), strings.Join(ws[n:], " ")
	}
	return t, ""
}

// named reports a capitalised word that is no word of a sentence's
// grammar: one that says who sayers are ("British", "UN"), and the name
// (a place) a claim ends with before them. A sayer phrase after a verb or
// a number is its object ("... arrest Kurdish activists", "... kills 5
// ISIS officials" tell whom the verb befell), never its source.
func named(w string) bool {
	return unicode.IsUpper([]rune(w)[0]) && !noAttribution(w)
}

// hasTail reports whether ws are the words of tail, the first capitalised
// (or a monitor's in lower case: lowerTails; or state media's, whose last
// word is: "... suburb state TV").
func hasTail(ws, tail []string) bool {
	if !lang.HasWords(ws, tail) {
		return false
	}
	last := []rune(ws[len(ws)-1])
	stateOwned := ws[0] == "state" && len(ws) > 1 && (unicode.IsUpper(last[0]) || ws[len(ws)-1] == "media")
	return unicode.IsUpper([]rune(ws[0])[0]) || lowerTails[ws[0]] || stateOwned
}

// sentenceCase reports whether most words start lower case: a title-case
// headline capitalises every word, so its last word says nothing. A number
// has no case and does not count ("Missile kills 18 civilians in Syrias
// Aleppo" is in sentence case).
func sentenceCase(ws []string) bool {
	lower, cased := 0, 0
	for _, w := range ws {
		r := []rune(w)[0]
		if unicode.IsDigit(r) {
			continue
		}
		cased++
		if unicode.IsLower(r) {
			lower++
		}
	}
	return 2*lower > cased
}

// datelineStarts are words that open a headline's own sentence after the
// place it is datelined with ("Aleppo Scores killed in airstrikes ...").
var datelineStarts = lang.HeadlineWords(lang.DatelineStart)

// splitDateline splits a headline whose punctuation was stripped into the
// one-word place it opens with and the rest: "Aleppo Scores killed in
// airstrikes" gives "Aleppo" and "Scores killed in airstrikes". Only a
// sentence-case headline with no punctuation qualifies.
func splitDateline(t string) (place, rest string) {
	if strings.ContainsAny(t, ",:;|\"'“”‘’()") {
		return "", t
	}
	ws := strings.Fields(t)
	if len(ws) < 5 || !unicode.IsUpper([]rune(ws[0])[0]) || noAttribution(ws[0]) ||
		!unicode.IsUpper([]rune(ws[1])[0]) || !datelineStarts[strings.ToLower(ws[1])] || !sentenceCase(ws[2:]) {
		return "", t
	}
	return ws[0], strings.Join(ws[1:], " ")
}

// describedMonitor returns f with the description its sentence gives a
// monitor the article does not name (f.MonitorDescribed, decided by the
// analysis: "an opposition monitoring group") in place of the bare "a
// monitor": a reader weighs a count by who gave it, and the source's own
// words say more than the table's kind. f unchanged when it has none (as a
// figure of an analysis stored before the field existed).
func describedMonitor(f news.Figure) news.Figure {
	if f.MonitorDescribed != "" {
		f.Originator = f.MonitorDescribed
	}
	return f
}
