package story

import (
	"strings"
	"unicode"
)

// titleSeparators end a headline's own words and start an outlet's or
// section's name: "Dozens dead in Aleppo | Jordan Times".
var titleSeparators = []string{" - ", " | ", " – ", " — ", " :: ", " « "}

// titlePrefixes are wire-service markers, not headline words.
var titlePrefixes = []string{"update", "updated", "exclusive", "breaking", "urgent", "title", "live", "watch"}

// knownOutlets are outlet and section names seen after headline separators.
var knownOutlets = map[string]bool{
	"reuters": true, "afp": true, "ap": true, "associated press": true, "bbc": true, "bbc news": true,
	"al jazeera": true, "al jazeera english": true, "cnn": true, "the guardian": true, "guardian": true,
	"region": true, "world": true, "middle east": true, "news": true, "politics": true, "opinion": true,
	"world news": true, "international": true, "europe": true, "africa": true, "asia": true,
}

// outletWords end names of outlets: "Ahram Online", "Daily Sabah News".
var outletWords = map[string]bool{
	"online": true, "news": true, "times": true, "international": true, "post": true, "agency": true,
	"press": true, "tv": true, "herald": true, "tribune": true, "journal": true, "network": true,
	"sabah": true, "today": true, "daily": true, "english": true, "wire": true,
}

// CleanHeadline strips what outlets add to a headline: a trailing outlet or
// section name after a separator (" - Reuters", " | Jordan Times",
// " - Region - World - Ahram Online"), a wire marker such as "UPDATE 2-",
// and a final period; it restores the colon before a source that a
// headline stripped of punctuation ends with ("... Idlib Monitor" →
// "... Idlib: Monitor") or after the place it opens with ("Aleppo Scores
// killed" → "Aleppo: Scores killed"). source is the outlet's own name, also stripped.
func CleanHeadline(title, source string) string {
	t := strings.Join(strings.Fields(title), " ")
	t = stripPrefix(t)
	t = stripOutletPrefix(t, source)
	for {
		cut := -1
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(t, sep); i > cut && isOutlet(t[i+len(sep):], source) {
				cut = i
			}
		}
		if cut < 0 || len(strings.Fields(t[:cut])) < 3 {
			break
		}
		t = strings.TrimSpace(t[:cut])
	}
	t = strings.TrimSpace(strings.TrimSuffix(t, "."))
	if head, src := splitAttribution(t); src != "" {
		t = head + ": " + src
	}
	if place, rest := splitDateline(t); place != "" {
		t = place + ": " + rest
	}
	return t
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

// isOutlet reports whether a headline segment names an outlet or a section
// rather than saying something about the event.
func isOutlet(seg, source string) bool {
	seg = strings.TrimSpace(seg)
	low := strings.ToLower(seg)
	ws := strings.Fields(seg)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	if knownOutlets[low] {
		return true
	}
	if src, sq := squash(source), squash(seg); len(src) >= 3 && len(sq) >= 3 && (strings.Contains(sq, src) || strings.Contains(src, sq)) {
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
