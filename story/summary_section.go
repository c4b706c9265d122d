package story

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// ShownSentences is how many of a story summary's sentences a digest item
// shows: the digest cuts the summary there, and withSectionEvidence makes
// sure those carry the reason for the item's section.
const ShownSentences = 2

// withSectionEvidence keeps a talks, ceasefire or humanitarian story's
// summary from telling only what any violence item tells: when none of the
// sentences a digest shows (ShownSentences) is one that earned the story
// its section (evidence: the analysis's, best first per report), the best
// evidence sentence that stands on its own becomes the second, in place of
// the weakest later sentence when the summary is full (summarySentences,
// evidenceChars). Issue 13, 2016: an item under Humanitarian showed two
// death tolls while its report told that aid had not reached the district
// for weeks. The first sentence, what happened, stays first. The best is
// the first standing one in the analysis's order, of the first sentence's
// report before the others'; one that points back, relays a person's
// words (personQuote, a quote left open) or reacts is none.
func withSectionEvidence(chosen, all []candidate, ms []Member, primary news.Category, evidence []string, headline string) []candidate {
	if len(chosen) == 0 || len(evidence) == 0 || (primary != news.Talks && primary != news.Ceasefire && primary != news.Humanitarian) {
		return chosen
	}
	if slices.ContainsFunc(chosen[:min(len(chosen), ShownSentences)], func(c candidate) bool { return tellsSection(c, evidence, ms) }) {
		return chosen
	}
	e, ok := bestEvidence(chosen, all, ms, primary, headline)
	if !ok {
		return chosen
	}
	return putSecond(chosen, all, e)
}

// putSecond makes e the second of chosen's sentences, after the first: a
// later chosen sentence that is e or repeats it goes, and so do the
// weakest of the rest (by score) while the summary holds more than
// summarySentences sentences or evidenceChars characters. Chosen is left
// as it is when the first two alone are longer than that. Sentences that
// point back then follow those that introduce them (introduced, of all).
func putSecond(chosen, all []candidate, e candidate) []candidate {
	out := []candidate{chosen[0], e}
	rest := slices.DeleteFunc(slices.Clone(chosen[1:]), func(c candidate) bool { return c.text == e.text || repeats(c, out[1:]) })
	for len(rest) > 0 && (len(out)+len(rest) > summarySentences || summarySize(out)+summarySize(rest) > evidenceChars) {
		weakest := 0
		for i, c := range rest {
			if c.score < rest[weakest].score {
				weakest = i
			}
		}
		rest = slices.Delete(rest, weakest, weakest+1)
	}
	if summarySize(out) > evidenceChars {
		return chosen
	}
	return introduced(append(out, rest...), all)
}

// membersFrom is the members of a story of n, first first, then the
// others in their order; a first out of range is left out.
func membersFrom(first, n int) []int {
	var order []int
	if first >= 0 && first < n {
		order = append(order, first)
	}
	for i := range n {
		if i != first {
			order = append(order, i)
		}
	}
	return order
}

// bestEvidence is withSectionEvidence's sentence: among all, the first
// that matches an evidence sentence of category c of the report of
// chosen[0], in its analysis's order, then of the other reports in theirs,
// and stands on its own, not opening with a person's surname alone
// (bareSurname), and tells the item's event, not background or another
// (ownEvent); ok is false when none does.
func bestEvidence(chosen, all []candidate, ms []Member, c news.Category, headline string) (candidate, bool) {
	before := []string{headline, chosen[0].text}
	for _, m := range membersFrom(chosen[0].member, len(ms)) {
		for _, e := range ms[m].Analysis.Evidence[c] {
			for _, a := range all {
				if a.member == m && isEvidence(a, []string{e}) && standsAlone(a) && !bareSurname(a.text, ms[m].Analysis.Surnames) && !repeats(a, chosen[:1]) &&
					ownEvent(a, before, ms) {
					return a, true
				}
			}
		}
	}
	return candidate{}, false
}

// headerWords is how many words of a page's header, besides its title,
// may stand before a lead in its evidence sentence while the lead still
// earned the label itself: an agency and a dateline ("AFP Saturday 17 Aug
// 2013"), a place in capitals and its agency ("BEIRUT (Reuters) -").
const headerWords = 8

// tellsSection reports a shown sentence that tells why its story is in its
// section: an evidence sentence, whole, or the lead an evidence sentence
// ends with after no more than its report's title and a dateline
// (headerWords). A lead under a deck run into it ("17 dead as X attacks
// Y town After ... sending residents pouring into Turkey AFP Saturday ...
// Gunmen attacked ...") is evidence of the aid news by its deck's words,
// which the summary does not show (issue 13, text audit: a humanitarian
// item that told only the fighting).
func tellsSection(c candidate, evidence []string, ms []Member) bool {
	return slices.ContainsFunc(evidence, func(e string) bool {
		if strings.Contains(c.text, e) {
			return true
		}
		i := strings.Index(e, c.text)
		if i < 0 {
			return false
		}
		front := e[:i]
		if c.member >= 0 && c.member < len(ms) {
			if t := ms[c.member].Article.Title; len(t) <= len(front) && strings.EqualFold(front[:len(t)], t) {
				front = front[len(t):]
			}
		}
		return len(strings.Fields(front)) <= headerWords
	})
}

// standsAlone reports a sentence a summary may give with none of its
// report's around it: it points back to none (pointsBack), is no person's
// relayed word (personQuote) nor part of a quote left open ("\"They want
// only a corridor out of the city."), and no reaction to what happened.
func standsAlone(c candidate) bool {
	return !pointsBack(c) && !personQuote(c.text) && !lang.ReactionOpening(c.text) &&
		strings.Count(c.text, "\"")%2 == 0 && strings.Count(c.text, "“") == strings.Count(c.text, "”")
}

// summarySize is how many characters the sentences take in a summary.
func summarySize(cs []candidate) int {
	n := 0
	for _, c := range cs {
		n += len(c.text) + 1
	}
	return n
}

// bareSurname reports a sentence that opens with a person's surname alone
// ("Marwah called on the international community ..."), a second mention
// of a name its report gives whole ("... said Hisham Marwah the
// coalition's vice-president"; surnames: news.Analysis.Surnames, which no
// place, body or word its report writes in lower case is): out of the
// report, a reader does not know who Marwah is. The word is followed by a
// verb (a past tense, or one of personVerbs).
func bareSurname(s string, surnames []string) bool {
	first, rest, _ := strings.Cut(s, " ")
	next, _, _ := strings.Cut(rest, " ")
	r, _ := utf8.DecodeRuneInString(first)
	n, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsUpper(r) || !unicode.IsLower(n) || !strings.HasSuffix(next, "ed") && !personVerbs[next] {
		return false // "Local sources said", "According to": no person's verb after the word
	}
	return slices.Contains(surnames, first)
}

// personVerbs follow a person's surname: "Kerry says", "Roe told", "Roe heads
// a charity".
var personVerbs = lang.ReportingWords(lang.PersonVerb)

// ownEvent reports an evidence sentence that tells the item's event as
// oneEvent keeps a summary's sentences to it (before: the headline and the
// summary's first sentence): it turns to no other (turnsAway), tells no
// background as its clause (backgroundClause), rounds up no fighting
// elsewhere (roundsUpElsewhere), and the figures its report's analysis
// found in it are not all of background or another event (figuresAside:
// "more than 10 million displaced across the country", the war's total).
// Issue 13: a section's reason is the item's news, not the war's.
func ownEvent(c candidate, before []string, ms []Member) bool {
	return !turnsAway(c.text, before) && !backgroundClause(c.text) && !roundsUpElsewhere(c.text, before) && !figuresAside(c, ms)
}

// figuresAside reports a sentence in which its report's analysis found
// figures (news.Facts.Figures, by their sentence) and gave every one the
// scope of background or another event.
func figuresAside(c candidate, ms []Member) bool {
	if c.member < 0 || c.member >= len(ms) {
		return false
	}
	found := false
	for _, g := range ms[c.member].Analysis.Facts.Figures {
		if g.Sentence == "" || !strings.Contains(g.Sentence, c.text) && !strings.Contains(c.text, g.Sentence) {
			continue
		}
		if g.Scope != news.ScopeBackground && g.Scope != news.ScopeOtherEvent {
			return false
		}
		found = true
	}
	return found
}
