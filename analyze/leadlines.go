package analyze

import (
	"regexp"
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
//
// An agency's report whose opening is its programme's or its topic's
// framing tells the period's own news under a heading of its situation
// ("SITUATION OVERVIEW", "Situational Overview", "KEY DEVELOPMENTS"): the
// first sectionLead sentences under the first such heading are a lead of
// its talks and its truce (scored.section, diplomacyLead; sectionHeading;
// issue 14, h-talks17). The other categories keep the text's own lead.
func markLead(ss []scored) {
	prose, section, seen := 0, 0, false
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
		switch {
		case !seen && sectionHeading(s.text):
			section, seen = sectionLead, true
		case section > 0 && (!headingOnly(s.text) || brokenLine(s.text)):
			s.section = true
			section--
		}
	}
}

// sectionLead is how many sentences under a report's situation heading
// count as a lead (markLead): the section's opening, as a news story's.
const sectionLead = 2

// situationHeading: a heading of the section in which an agency's report
// tells the period's news (markLead).
var situationHeading = regexp.MustCompile(`(?i)^[*#\s]*(?:situation(?:al)? overview|overview of the situation|key developments)[*#:\s]*$`)

// sectionHeading reports a heading line of a report's situation section.
func sectionHeading(text string) bool {
	s := strings.TrimSpace(text)
	return len(s) <= 40 && situationHeading.MatchString(s)
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

// diplomacyLead reports a sentence that counts as the lead for talks and
// ceasefire: the text's lead, or the opening of its situation section
// (markLead).
func (s *scored) diplomacyLead() bool { return s.lead || s.section }

// leadOf reports a sentence that counts as the lead for feature f.
func (s *scored) leadOf(f feature) bool {
	if f == fTalks || f == fCeasefire {
		return s.diplomacyLead()
	}
	return s.lead
}

// brokenLine reports a line that ends in a comma: a sentence a PDF's text
// broke at a line's end ("The resolution that passed,"), no heading.
func brokenLine(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), ",")
}
