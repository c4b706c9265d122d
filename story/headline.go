package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
)

// titleSeparators end a headline's own words and start an outlet's or
// section's name: "Dozens dead in Aleppo | Jordan Times", or "... in Deir
// Ezour- Al Manar TV Website Archive" with the dash glued to the last word.
var titleSeparators = []string{" - ", " | ", " – ", " — ", " :: ", " « ", "- "}

// titlePrefixes are wire-service markers, not headline words.
var titlePrefixes = lang.StemList(lang.TitlePrefix)

// knownOutlets are outlet and section names seen after headline separators.
var knownOutlets = map[string]bool{
	"reuters": true, "afp": true, "ap": true, "associated press": true, "bbc": true, "bbc news": true,
	"al jazeera": true, "al jazeera english": true, "cnn": true, "the guardian": true, "guardian": true,
	"region": true, "world": true, "middle east": true, "news": true, "politics": true, "opinion": true,
	"world news": true, "international": true, "europe": true, "africa": true, "asia": true,
}

// outletWords end names of outlets: "Ahram Online", "Daily Sabah News".
var outletWords = lang.HeadlineWords(lang.OutletWord)

// CleanHeadline strips what outlets add to a headline: a trailing outlet or
// section name after a separator (" - Reuters", " | Jordan Times",
// " - Region - World - Ahram Online"), a wire marker such as "UPDATE 2-",
// and a final period; it restores the colon before a source that a
// headline stripped of punctuation ends with ("... Idlib Monitor" →
// "... Idlib: Monitor", "... suburb state TV" → "... suburb: state TV",
// "... kills 10 Governor" → "... kills 10: Governor": splitAttribution) or after the place it opens with ("Aleppo Scores
// killed" → "Aleppo: Scores killed"). source is the outlet's own name, also stripped.
// A trailing author's byline goes with the outlet ("... remedy - İlnur Çevik
// - Daily Sabah": isByline), and a broken encoding's replacement characters
// are never shown (mendGarbled); swapped letters, a plural attack's singular
// verb, a possessive left at the end by a cut and two headlines run
// together are mended (mendWords). It is the one cleaning of every headline a
// digest prints: a story's, an act's, a source's.
func CleanHeadline(title, source string) string {
	t := strings.Join(strings.Fields(title), " ")
	t = stripPrefix(t)
	t = stripOutletPrefix(t, source)
	for {
		cut := -1
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(t, sep); i > cut && (isOutlet(t[i+len(sep):], source) || isByline(t[i+len(sep):])) {
				cut = i
			}
		}
		if cut < 0 || len(strings.Fields(t[:cut])) < 3 {
			break
		}
		t = strings.TrimSpace(t[:cut])
	}
	t = mendGarbled(t)
	t = strings.TrimSpace(strings.TrimSuffix(t, "."))
	if head, src := splitAttribution(t); src != "" {
		t = head + ": " + src
	}
	if place, rest := splitDateline(t); place != "" {
		t = place + ": " + rest
	}
	return mendWords(t)
}

// stripOutletPrefix removes an outlet's or section's name that leads a
// headline before a separator: "National News Agency - Damascus explosion
// kills 3" is "Damascus explosion kills 3".
func stripOutletPrefix(t, source string) string {
	cut, sepLen := len(t), 0
	for _, sep := range titleSeparators {
		if i := strings.Index(t, sep); i > 0 && i < cut {
			cut, sepLen = i, len(sep)
		}
	}
	if sepLen == 0 || !isOutlet(t[:cut], source) {
		return t
	}
	if rest := strings.TrimSpace(t[cut+sepLen:]); len(strings.Fields(rest)) >= 3 {
		return rest
	}
	return t
}

// stripPrefix removes a marker such as "UPDATE 2-", "EXCLUSIVE:" or
// "title:" from the start of a headline.
func stripPrefix(t string) string {
	low := strings.ToLower(t)
	for _, p := range titlePrefixes {
		if !strings.HasPrefix(low, p) {
			continue
		}
		rest := strings.TrimLeft(t[len(p):], " 0123456789")
		if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":") {
			return strings.TrimSpace(rest[1:])
		}
	}
	return t
}

// maxOutletWords is the most words of a segment that names the headline's
// own outlet; a segment of another outlet or a section has at most four.
const maxOutletWords = 6

// isOutlet reports whether a headline segment names an outlet or a section
// rather than saying something about the event.
func isOutlet(seg, source string) bool {
	seg = strings.TrimSpace(seg)
	low := strings.ToLower(seg)
	ws := strings.Fields(seg)
	if len(ws) == 0 || len(ws) > maxOutletWords {
		return false
	}
	// the outlet's own name, with what its site adds ("Al Manar TV
	// Website Archive" of manar)
	if src, sq := squash(source), squash(seg); len(src) >= 3 && len(sq) >= 3 && (strings.Contains(sq, src) || strings.Contains(src, sq)) {
		return true
	}
	if len(ws) > 4 {
		return false
	}
	if knownOutlets[low] {
		return true
	}
	for _, w := range ws {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return outletWords[strings.ToLower(ws[len(ws)-1])]
}

// squash lower-cases s and keeps only its letters and digits, so that
// "Daily Sabah" and "dailysabah" compare equal.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isByline reports whether a headline segment after a separator is an
// author's name, not the headline's words: two or three words shaped as a
// name (capitalised, an initial, a particle inside), or garbled by a broken
// encoding ("\ufffd\ufffdlnur evik", whose capitals were lost), optionally after
// "By"; none a stop or calendar word, a place or a known actor ("Truce
// holds - UN", "Clashes - Eastern Ghouta" stay).
func isByline(seg string) bool {
	ws := strings.Fields(seg)
	if len(ws) > 0 && strings.EqualFold(ws[0], "by") {
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	garbled := strings.ContainsRune(seg, utf8.RuneError)
	for i, w := range ws {
		if i > 0 && i < len(ws)-1 && lang.NameParticle(strings.ToLower(w), lang.Inside) {
			continue
		}
		if !nameWord(w, garbled) || commonTerm(w) {
			return false
		}
		if _, ok := analyze.LookupPlace(w); ok {
			return false
		}
	}
	name := strings.Join(ws, " ")
	if _, ok := analyze.LookupPlace(name); ok {
		return false
	}
	_, actor := analyze.ResolveActor(name)
	return !actor
}

// commonWordShare is the share of the index's documents (idf.txt) beyond
// which a word is the vocabulary of war reporting ("rebels", "latest"),
// not a name: a first name or a surname is in fewer than 1 in 100 reports
// ("john" 5 of 930, "lavrov" 2).
const commonWordShare = 0.01

// commonTerm reports whether w is a word of the reports' own vocabulary.
func commonTerm(w string) bool {
	t := term(strings.ToLower(strings.Trim(w, ".-'’")))
	return t != "" && idf(t) < idfOf(idfTable.docs, int(commonWordShare*float64(idfTable.docs)))
}

// nameWord reports whether w can be a word of a person's name: letters (an
// initial's period, a hyphen or an apostrophe inside), capitalised — or,
// in a garbled name, holding the replacement character or in lower case
// (its capital lost); never a stop or calendar word.
func nameWord(w string, garbled bool) bool {
	low := strings.ToLower(w)
	if lang.IsStop(strings.TrimSuffix(low, "."), lang.Function|lang.Reporting|lang.Report|lang.Furniture|lang.Vague|lang.Calendar) {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r) || r == utf8.RuneError:
			letters++
		case r == '.' || r == '-' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(w)
	return letters > 0 && (unicode.IsUpper(first) || garbled && (first == utf8.RuneError || unicode.IsLower(first)))
}

// mendGarbled removes what a broken encoding left in a headline: a
// replacement character with its stray underscore stood for a quotation
// mark, a dash or an apostrophe ("\ufffd_chemical attack\ufffd_", "Aleppo
// \ufffd_ monitor", "Syria\ufffd_s") and goes, as the corpus's other
// headlines lose theirs ("Syrias"); a word with a replacement character
// left lost a letter and goes whole rather than show "\ufffd".
func mendGarbled(t string) string {
	if !strings.ContainsRune(t, utf8.RuneError) {
		return t
	}
	var out []string
	for _, w := range strings.Fields(t) {
		w = strings.ReplaceAll(w, "\ufffd_", "")
		if strings.ContainsRune(w, utf8.RuneError) || !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
