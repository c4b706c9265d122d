package analyze

import (
	"strings"
	"unicode"
)

// leadReach is how far into the text, in sentences, the lead may reach
// past the headings it skips: a first page of headings alone is no lead.
const leadReach = 2 * leadSentences

// markLead marks the lead: the headline and the text's first
// leadSentences sentences past the heading lines it opens with. An
// agency's document, as its PDF's text comes, opens with a file number,
// "KEY FIGURES", "OPERATIONAL UPDATE", a key figure's label ("AT LEAST",
// "TYPE OF INCIDENT"), a date alone or its colophon, and its first
// paragraph — the report's lead, where its ceasefire or its aid is told —
// fell past the fourth sentence (issue 14, h-agency1). Those lines keep
// the place they had (a text's first four sentences are its lead as
// before); they only take no place of the lead's. Once a sentence of
// prose has come, every line counts as one, and the lead reaches no
// further than leadReach.
func markLead(ss []scored) {
	prose := 0
	for i := range ss {
		s := &ss[i]
		if s.index < 0 {
			continue
		}
		heading := prose == 0 && headingOnly(s.text)
		s.lead = s.index < leadSentences || !heading && prose < leadSentences && s.index < leadReach
		if !heading {
			prose++
		}
	}
}

// headingOnly reports a line of a document's opening furniture rather
// than a sentence of its report (markLead): a PDF's furniture (a number,
// a date, the colophon, a kind heading), or a line that ends in no full
// stop and is short (headingLine) or in capitals.
func headingOnly(text string) bool {
	s := strings.TrimSpace(text)
	if pdfFurniture(s) {
		return true
	}
	if strings.HasSuffix(strings.TrimRight(s, `"'”’)»`), ".") {
		return false
	}
	return headingLine(strings.TrimRight(s, `"'”’)»`)) || !hasLower(s)
}

// hasLower reports a lowercase letter in s.
func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}
