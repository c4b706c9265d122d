package feed

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
)

// socialWords are the labels of share buttons, ad slots and page furniture.
// A line made only of them is clutter.
var socialWords = map[string]bool{
	"share": true, "shares": true, "this": true, "article": true, "story": true,
	"on": true, "via": true, "tweet": true, "facebook": true, "twitter": true,
	"x": true, "whatsapp": true, "email": true, "e-mail": true, "print": true,
	"copy": true, "link": true, "linkedin": true, "pinterest": true, "reddit": true,
	"telegram": true, "messenger": true, "advertisement": true, "advertising": true,
	"ad": true, "sponsored": true, "content": true, "skip": true, "comments": true,
	"comment": true, "save": true, "gift": true, "close": true, "menu": true,
	"scroll": true, "to": true, "continue": true, "reading": true, "below": true,
	"subscribe": true, "newsletter": true, "sign": true, "up": true, "follow": true,
	"us": true, "bookmark": true, "listen": true, "min": true, "read": true,
	"get": true, "short": true, "url": true, "send": true, // Sputnik's "Get short URL 0 85 12", Daily Sabah's "SEND"
}

var (
	// prefixes of "see also" lines pointing to other articles.
	reReadMore = regexp.MustCompile(`(?i)^(read more|read also|also read|related|related articles?|related stories|related coverage|see also|more on this|more:|watch:|read:|recommended|most read|you may also like|continue reading)\b`)
	// a photo or image credit on a line of its own.
	reCreditLine = regexp.MustCompile(`(?i)^(photo|photos|photograph|picture|pictured|image|images|image copyright|image caption|media caption|credit|file photo|caption)\b\s*(:|by\b|credit\b|copyright\b|-|–|\()`)
	// a credit to a photo library or an agency's photographer: "Flickr U.S.
	// Department of Defense", "© AP Photo/Hassan Ammar", "AFP Photo".
	reCreditName = regexp.MustCompile(`^(?:©\s*|(?i:flickr)\b|(?:AP|AFP|EPA|DHA|Reuters|Anadolu(?: Agency)?|Sputnik|Getty Images)\s+Photo\b)`)
	// notes to editors that photos are on offer ("Photos are available upon
	// request.", "Photo and video assets available here: ...").
	rePhotoNote = regexp.MustCompile(`(?i)^photos?(?:\s*(?:/|and)\s*videos?)?(?:\s+assets)?\s+(?:are\s+)?available\b`)
	// a credit in brackets inside a paragraph: "(AFP Photo)", "(Photo: Reuters)".
	reCreditAt = regexp.MustCompile(`^(?i)[(\[](?:[\p{L}./ ]{0,30}\b(?:photo|photos|images?|file)\b[^)\]]{0,40}|photo:[^)\]]{0,60})[)\]]`)
	// a short line ending with a picture agency: a caption credit.
	reGetty = regexp.MustCompile(`(?i)(?:^|[\s/(])(?:getty images|afp|reuters|ap|epa|anadolu)(?: photo| images| photo/[^ ]+)?\)?\s*$`)
	// a teaser ending that points to the full article.
	reTeaserTail = regexp.MustCompile(`(?i)(?:^|\s+)(?:read more|continue reading|read the full (?:story|article)|full story)\s*(?:»|›|→|>>|\.\.\.|…)?\s*$`)
	reBlankLines = regexp.MustCompile(`\n[ \t\r\f\v\p{Zs}]*\n`)
)

// CleanText removes boilerplate from an article's text: share and social
// button labels, "Advertisement", bylines ("By X, Reuters"), photo credits,
// "Read more"/"Related:" lines, lines repeating the title, and trailing
// related headlines (short title-like last paragraphs without a final
// period). Lines within a paragraph are joined with spaces; paragraphs are
// separated by "\n\n". Every real sentence is kept.
func CleanText(title, text string) string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	titleKey := ""
	if title != "" {
		titleKey = lineKey(title)
	}
	var paras []string
	for _, block := range reBlankLines.Split(text, -1) {
		if p := cleanParagraph(block, titleKey); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(trimTail(paras), "\n\n")
}

// trimTail strips a "Read more" ending and drops trailing related
// headlines, until neither applies: each can uncover the other.
func trimTail(paras []string) []string {
	for len(paras) > 0 {
		n := len(paras)
		if hasTeaserWord(paras[n-1]) {
			if last := replaceAllStable(reTeaserTail, paras[n-1]); last != paras[n-1] {
				paras[n-1] = last
				if last == "" {
					paras = paras[:n-1]
				}
				continue
			}
		}
		if n > 1 && isHeadlineLike(paras[n-1]) {
			paras = paras[:n-1]
			continue
		}
		return paras
	}
	return paras
}

// cleanParagraph drops the clutter lines of one paragraph and joins the rest.
func cleanParagraph(block, titleKey string) string {
	var kept []string
	for _, line := range strings.Split(block, "\n") {
		line = stripCredits(line)
		if line == "" || isClutterLine(line, titleKey) {
			continue
		}
		kept = append(kept, line)
	}
	// Joined lines are checked again: "By\nAnn Lee" is a byline too.
	p := strings.Join(kept, " ")
	if len(kept) > 1 {
		p = stripCredits(p)
	}
	if len(kept) > 1 && isClutterLine(p, titleKey) {
		return ""
	}
	return p
}

// stripCredits removes bracketed photo credits, and the caption before a
// credit that a page runs into the text after it (captionBefore). The
// expression is tried only at each bracket, on a short window: running it
// over a long paragraph costs more than the rest of the cleaning.
func stripCredits(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] != '(' && s[i] != '[' {
			continue
		}
		m := reCreditAt.FindStringIndex(s[i:min(len(s), i+120)])
		if m == nil {
			continue
		}
		end := i + m[1]
		s = strings.TrimRight(s[:captionBefore(s, i, end)], " \t") + s[end:]
		i = -1 // a removal can make a new credit of what surrounds it
	}
	return collapseSpaces(s)
}

// maxCaptionWords is the most words of a photo's caption: a longer
// sentence before a credit is the text's own.
const maxCaptionWords = 40

// captionBefore returns where the caption a credit at s[at:end] closes
// begins, at when it has none. A credit inside a paragraph, with the text
// going on after it in a sentence of its own (a capital), closes the
// picture's caption, the sentence before it, glued to the credit or ended
// by its own mark: "... in the town of Ariha August 3 2015(Reuters Photo)
// Thirty-five people were killed ..." (Daily Sabah), "This photo ...
// shows plume of smoke ... after the explosion. (IHA Photo) Qamishli near
// the Turkish border ..." (Daily Sabah). Left, the caption runs into the
// lead once the credit is gone; a credit at the end of a paragraph ("Aid
// arrived in Douma (AFP Photo).") leaves the sentence before it whole.
func captionBefore(s string, at, end int) int {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[end:], " \t"))
	if !unicode.IsUpper(r) {
		return at
	}
	before := strings.TrimRight(s[:at], " \t")
	start := 0
	for _, mark := range []string{". ", "! ", "? "} {
		if j := strings.LastIndex(strings.TrimRight(before, ".!?"), mark); j >= 0 && j+2 > start {
			start = j + 2
		}
	}
	if n := len(strings.Fields(before[start:])); n < 3 || n > maxCaptionWords {
		return at
	}
	return start
}

// replaceAllStable deletes re's matches until none is left (a deletion can
// make a new match) and folds white space.
func replaceAllStable(re *regexp.Regexp, s string) string {
	for {
		out := collapseSpaces(re.ReplaceAllString(s, ""))
		if out == s {
			return out
		}
		s = out
	}
}

// isClutterLine reports whether a whole line is page furniture.
func isClutterLine(line, titleKey string) bool {
	if len(line) > 600 && len(line) > 3*len(titleKey)+8 {
		return false // every rule below is about short lines
	}
	line = strings.Trim(line, "*_ ") // ReliefWeb's Markdown: "**By Elias Gebreselassie**"
	words := strings.Fields(line)
	switch {
	case titleKey != "" && len(line) < 3*len(titleKey)+8 && lineKey(line) == titleKey:
		return true
	case allSocial(words):
		return true
	case len(words) <= 25 && (reReadMore.MatchString(line) || reCreditLine.MatchString(line) || mayNotePhotos(line) && rePhotoNote.MatchString(line)):
		return true
	case len(words) <= 12 && mayCredit(line) && reCreditName.MatchString(line):
		return true
	case len(words) <= 20 && reGetty.MatchString(line):
		return true
	}
	return isByline(words)
}

// mayNotePhotos and mayCredit are cheap tests before the expressions: most
// lines are none of these.
func mayNotePhotos(line string) bool {
	return len(line) > 5 && (line[0] == 'P' || line[0] == 'p') && strings.EqualFold(line[:5], "photo")
}

func mayCredit(line string) bool {
	return strings.HasPrefix(line, "©") || strings.Contains(line, "Photo") ||
		len(line) >= 6 && strings.EqualFold(line[:6], "flickr")
}

// allSocial reports whether every word is a share-button or ad label; the
// counters beside them ("Get short URL 0 85 12") count with them when two
// labels or more are there.
func allSocial(words []string) bool {
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	labels := 0
	for _, w := range words {
		w = strings.Trim(w, ".,:;|/·•-–—()[]")
		switch {
		case w == "":
		case socialWords[strings.ToLower(w)]:
			labels++
		case !isNumber(w):
			return false
		}
	}
	return labels > 0 && (labels >= 2 || labels == len(words))
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// bylineJoiners may appear lower-case in a byline: "By Ann Lee and Bo Li in Beirut".
var bylineJoiners = map[string]bool{"and": true, "in": true, "for": true, "&": true, "with": true, "de": true, "al": true, "al-": true, "bin": true, "van": true, "von": true}

// isByline reports whether words read "By Name Surname[, Agency]", or
// with the day of writing after it: "By Lara Cooper on December 22, 2017".
func isByline(words []string) bool {
	if len(words) < 2 || len(words) > 10 || !strings.EqualFold(words[0], "by") {
		return false
	}
	for i, w := range words {
		if i >= 3 && strings.EqualFold(w, "on") && isDateTail(words[i+1:]) {
			words = words[:i]
			break
		}
	}
	if strings.HasSuffix(words[len(words)-1], ".") && !isAbbrev(words[len(words)-1]) {
		return false
	}
	for _, w := range words[1:] {
		w = strings.Trim(w, ",;:|()")
		if w == "" || bylineJoiners[strings.ToLower(w)] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isDateTail reports words that are a date: "December 22, 2017", "22 Dec
// 2017" (a year as lang reads one, 1900 to 2099).
func isDateTail(words []string) bool {
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	year := strings.Trim(words[len(words)-1], ".,")
	return lang.IsYear(year)
}

// isAbbrev reports whether w is an initial or short abbreviation ("J.", "U.S.").
func isAbbrev(w string) bool {
	return len(strings.Trim(w, ".")) <= 2
}

// isHeadlineLike reports whether a paragraph looks like the headline of a
// related article: short, and not ending as a sentence does.
func isHeadlineLike(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 14 || len(p) > 120 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return !strings.ContainsRune(".!?\"”’'…:;)]", last)
}

// lineKey normalises a line for comparison with the title.
func lineKey(s string) string {
	return normaliseForHash(s)
}

// hasTeaserWord is a cheap test before reTeaserTail.
func hasTeaserWord(p string) bool {
	tail := strings.ToLower(p[max(0, len(p)-40):])
	return strings.Contains(tail, "read") || strings.Contains(tail, "story") || strings.Contains(tail, "continue")
}
