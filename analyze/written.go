package analyze

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
)

// orgWords end or hold the name of a body that gives figures: a name the
// originator table does not know is taken as written when it has one
// ("the Civilian Protection Advocacy Group (CPAG)", "CCCM Cluster").
var orgWords = lang.WordSetOf(lang.SourceWords(lang.OrgWord))

// partyWords in a name written out make its figures a party's claim.
var partyWords = lang.WordSetOf(lang.SourceWords(lang.PartyWord)) // "the Home Ministry": a warring government's police ministry, as "interior ministry"

// partyMarks before a name written out say it is an armed group's: "the
// rebel Foo Freedom Movement said".
var partyMarks = lang.WordSetOf(lang.SourceWords(lang.PartyMark))

// organNouns name an outlet of a body: "the rebel Web site Foo-Center",
// "the militant group's news agency".
var organNouns = lang.WordSetOf(lang.SourceWords(lang.OrganNoun))

// outletNouns after a capitalised name make it an outlet's ("La Prensa
// newspaper reported"): a paper or a station another outlet quotes is the
// source of what it is said to report, as written.
var outletNouns = lang.WordSetOf(lang.SourceWords(lang.OutletNoun))

// writtenAux may stand between a name and its attribution word: "the Foo
// Working Group has estimated", "the Foo Relief Society had also reported";
// not "was", which makes the name the counted ("the Foo Group was reported").
var writtenAux = lang.WordSetOf(lang.AuxiliaryWords(lang.WrittenAux))

// nameLinks may join the capitalised words of one name; the Arabic article
// may open one in lower case ("al-Hadas News").
var nameLinks = lang.WordSetOf(lang.SourceWords(lang.NameLink))

// sourceOf are the words of a report's "Source of information" line.
var sourceOf = lang.WordSetOf(lang.SourceWords(lang.SourceOfWord))

// maxNameWords bounds a name taken as written.
const maxNameWords = 10

// writtenSource returns the name of an organisation the sentence attributes
// its statement to but the originator table does not know: after
// "according to" or "Source:", or right before an attribution word ("X
// said", "X reported"); party when the name is an armed force's. ok is false
// when the sentence names none.
// The answer is worked out once per tokenised sentence.
func writtenSource(s *factSentence) (name string, party, ok bool) {
	if w := s.wsrc; w.asked {
		return w.name, w.party, w.ok
	}
	name, party, ok = writtenSourceOf(s)
	// "the Foo Ombudsman's office informs": the body whose office it is
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	if s.toks != nil {
		s.wsrc = writtenAnswer{name: name, party: party, ok: ok, asked: true}
	}
	return name, party, ok
}

// writtenSourceOf works out writtenSource's answer.
func writtenSourceOf(s *factSentence) (name string, party, ok bool) {
	toks := s.toks
	if n, ok := stateOutlet(s); ok {
		return n, false, true // "the official Soviet news agency Tass said": the state's organ, not a carrier
	}
	if n, ok := officialOrgan(s); ok {
		return n, true, true // "the official Iraqi news agency said": official media, as the table's alias
	}
	for j := 0; j+1 < len(toks); j++ {
		var start int
		switch {
		case toks[j].w == "according" && toks[j+1].w == "to":
			if j+2 < len(toks) && sayerDeterminers.Has(toks[j+2].w) {
				if n, p, ok := workMaker(s, j+3); ok {
					return n, p, true // "according to a new analysis of open source data carried out by Foo": the maker's
				}
			}
			start = teamAt(toks, countBy(toks, j+2)) // "according to a count by the Foo Rights Group", "a study by a team at"
		case toks[j].w == "as" && toks[j+1].w == "per" && j+2 < len(toks):
			start = j + 2 // "as per the IOM-led DTM report", as "according to"
		case toks[j].w == "per" && j > 0 && toks[j-1].w != "as" && capitalised(s, j+1):
			start = j + 1 // "displaced since the start of the conflict per DTM-IOM data": a source, not a rate ("per 100,000")
		case toks[j].w == "from" && basedOnData(toks, j):
			start = j + 1 // "displaced to safer areas, based on available information from REACH and IOM"
		case toks[j].w == "by" && j > 0 && byReport(toks, j, attr.bySays) && capitalisedAfter(s, j+1):
			start = j + 1 // "casualties have been verified by the Health Sector": the body that counted them
		case toks[j].w == "source" || toks[j].w == "sources":
			k := j + 1
			if k+1 < len(toks) && toks[k].w == "of" && sourceOf.Has(toks[k+1].w) {
				k += 2 // "Source of information: WHO Focal Points", as flash updates head it
			}
			if k < len(toks) && toks[k].w == ":" {
				k++
			} else if k == j+1 {
				continue
			}
			if n, p, ok := sourceLineName(s, k); ok {
				return n, p, true
			}
			continue
		default:
			continue
		}
		if n, p, ok := nameAt(s, start, 1); ok {
			return n, p, true
		}
		if k := describedNameAt(s, start); k > 0 {
			if n, p, ok := nameAt(s, k, 1); ok {
				return n, p, true // "according to local human rights organisation FOOHR"
			}
		}
	}
	for j := 1; j < len(toks); j++ {
		n, p, ok := writtenAtCue(s, j)
		if !ok {
			continue
		}
		for j2 := j + 1; j2 < len(toks); j2++ {
			// "Marines Say 40 Killed BAGHDAD (Reuters) - U.S. Marines said ...": a headline
			// glued to its lead names the body shorter than the lead does
			if n2, p2, ok := writtenAtCue(s, j2); ok && len(n2) > len(n) && strings.HasSuffix(strings.ToLower(n2), " "+strings.ToLower(n)) {
				n, p = n2, p2
			}
		}
		return n, p, true
	}
	if n, ok := ledForcesSay(s); ok {
		return n, true, true // "U.S.-led forces stormed the town and said nearly 100 guerrillas were killed"
	}
	if n, ok := stateSays(s); ok {
		return n, false, true // "Iraq said its warplanes killed 30": party when it fights (stateParties)
	}
	return "", false, false
}

// describedNameAt returns where the name after a body's description in
// lower case (describedReach words at most) starts ("according to local human rights organisation FOOHR":
// the description ends on a body's kind, the name follows); -1 for none.
func describedNameAt(s *factSentence, start int) int {
	toks := s.toks
	for k := start; k < len(toks)-1 && k < start+describedReach; k++ {
		t := toks[k]
		if t.punct || t.isNum || lang.Capitalised(s.text[t.off:t.end]) {
			return -1
		}
		if orgWords.Has(t.w) && lang.Capitalised(s.text[toks[k+1].off:toks[k+1].end]) {
			return k + 1
		}
	}
	return -1
}

// ledTroops are the heads of a force named by who leads it: "U.S.-led
// forces", "French-led troops".
var ledTroops = lang.WordSetOf(lang.SourceWords(lang.LedTroops))

// ledForcesSay returns a force named by who leads it ("U.S.-led forces",
// as written) that opens a sentence's clause and whose second verb, joined
// by "and", says the statement: "U.S.-led forces stormed the town on
// Friday and said nearly 100 guerrillas were killed" (as coordinatedSays
// reads the table's names), or that goes on ", saying they had killed 40".
func ledForcesSay(s *factSentence) (string, bool) {
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].w != "led" || !toks[i].hyph || !ledTroops.Has(toks[i+1].w) {
			continue
		}
		lead := s.text[toks[i-1].off:toks[i-1].end]
		if !lang.Capitalised(lead) {
			return "", false
		}
		for j := i + 2; j+1 < len(toks) && j <= i+2+coordinatedReach; j++ {
			if toks[j].w == "," && toks[j+1].w == "saying" {
				return s.text[toks[i-1].off:toks[i+1].end], true // "..., saying they had killed 40 guerrillas"
			}
			if toks[j].punct && toks[j].w != "," || inOrig(s.origs, j) || toks[j].is(wcKilling) || isCue(toks, j) {
				return "", false
			}
			if toks[j].w == "and" && toks[j+1].is(wcCarry) && !toks[j+1].is(wcAhead) {
				return s.text[toks[i-1].off:toks[i+1].end], true
			}
		}
		return "", false
	}
	return "", false
}

// writtenAtCue returns the name of a body the table does not know that the
// attribution word at j gives the statement to: right before it ("X said",
// "the PYD spokesman said", "La Prensa newspaper reported") or closing the
// clause after an inverted cue ("..., reports The Frontier News.").
func writtenAtCue(s *factSentence, j int) (string, bool, bool) {
	toks := s.toks
	if !isCue(toks, j) || toks[j].w == "according" || toks[j].w == "statement" || toks[j].w == "report" {
		return "", false, false
	}
	b := j - 1
	for n := 0; b > 0 && n < 2 && writtenAux.Has(toks[b].w); n, b = n+1, b-1 {
	}
	if c := monitoredAside(toks, b); c > 0 {
		b = c - 1 // "Tehran radio, monitored by the BBC, said": the station before the aside
	}
	if n, p, ok := nameAt(s, b, -1); ok {
		return n, p, true
	}
	if a := appositiveStart(toks, b); a > 0 {
		if n, p, ok := nameAt(s, a-2, -1); ok {
			return n, p, true // "the Foo Service Centre, a rights body, said"
		}
	}
	if n, p, ok := postBodyBefore(s, b); ok {
		return n, p, true // "The head of the Foo ambulance service, John Roe, said", "John Roe, head of the Foo ambulance service, said"
	}
	if b >= 1 && toks[b].w == "media" && !toks[b-1].punct && demonym(s.text[toks[b-1].off:toks[b-1].end]) {
		return s.text[toks[b-1].off:toks[b].end], false, true // "Israeli media said": a country's press, as written
	}
	if b >= 2 && pressNouns.Has(toks[b].w) && toks[b-1].w == "news" && demonym(s.text[toks[b-2].off:toks[b-2].end]) {
		return s.text[toks[b-2].off:toks[b].end], false, true // "Foo-ish news agencies reported", as "Israeli media"
	}
	if n, ok := theOutletReports(s, b, j); ok {
		return n, false, true // "..., The Foo reports."
	}
	if n, p, ok := groupPhrase(s, b, j); ok {
		return n, p, true // "An Iraqi extremist group said on its Web site that it had killed 11"
	}
	if b >= 1 && postNouns.Has(toks[b].w) {
		if n, p, ok := nameAt(s, b-1, -1); ok {
			return n, p, true // "the PYD spokesman said"
		}
	}
	if lo, _, ok := nameSpan(s, b, -1); ok && lo >= 2 && postNouns.Has(toks[lo-1].w) && !inOrig(s.origs, lo-2) {
		if n, p, ok := nameAt(s, lo-2, -1); ok {
			return n, p, true // "Royal Foo Army spokesman John Roe said": the body before the post
		}
	}
	if b >= 1 && spokesWords.Has(toks[b].w) && possessiveAt(s, b-1) && !placePossessive(s, b-1) && !inOrig(s.origs, b-1) {
		if lo, hi, ok := nameSpan(s, b-1, -1); ok && hi == b-1 {
			n, _ := lang.CutPossessive(s.text[toks[lo].off:toks[hi].end])
			return n, false, true // "Chalabi's spokesman said": the person he speaks for
		}
	}
	if b >= 1 && outletNouns.Has(toks[b].w) {
		if n, ok := outletName(s, b-1); ok && stateWordOnly(n) {
			return n + " " + s.text[toks[b].off:toks[b].end], false, true // "Tehran radio said": the state's station
		} else if ok {
			return n, false, true // "La Prensa newspaper reported"
		}
	}
	if lo, hi, ok := nameSpan(s, b, -1); ok && hi == b && lo >= 1 && outletNouns.Has(toks[lo-1].w) && !inOrig(s.origs, hi) {
		return s.text[toks[lo].off:toks[hi].end], false, true // "the newspaper La Foo said", "a spokesman for the daily Foo said"
	}
	if n, ok := lowerHeadName(s, b); ok {
		return n, false, true // "..., Lloyds Shipping Intelligence service reported": the name before its kind
	}
	if b >= 1 && institutionNouns.Has(toks[b].w) && !toks[b-1].punct {
		if lo, hi, ok := nameSpan(s, b-1, -1); ok && hi == b-1 && !possessiveAt(s, hi) && !inOrig(s.origs, hi) {
			for lo > 0 && toks[lo].hyph && !toks[lo-1].punct {
				lo-- // "Pul-e-Foo prison": one name
			}
			for lo < hi && possessiveAt(s, lo) {
				lo++ // "Lagos's Kirikiri prison": the city's, not its name
			}
			return s.text[toks[lo].off:toks[b].end], false, true // "the head of Lagos's Kirikiri prison told Reuters"
		}
	}
	if toks[j].is(wcInverted) && j+1 < len(toks) {
		if n, ok := publishedIn(s, j+1); ok {
			return n, false, true // "..., said a study published on Tuesday in the medical journal Foo Review."
		}
		if n, p, ok := postBodyAfter(s, j+1); ok {
			return n, p, true // "..., said John Roe, director of the Foo ambulance service."
		}
		if lo, hi, ok := nameSpan(s, j+1, 1); ok && (hi+1 == len(toks) || toks[hi+1].punct) {
			if n, p, ok := spanName(s, lo, hi); ok {
				if lo == j+2 && s.text[toks[j+1].off:toks[j+1].end] == "The" {
					n = s.text[toks[j+1].off:toks[hi].end] // a capital "The" is the name's own
				}
				return n, p, true // "..., reports The Frontier News." : a body's name closing the clause
			}
		}
	}
	return "", false, false
}

// lowerHeadName returns the capitalised name of two words or more right
// before a body's kind written in lower case at toks[b] ("Lloyds Shipping
// Intelligence service reported", "the Foo Shipping Exchange agency said"):
// the name as written, without the kind, as a reader writes it. A run of
// peoples' and places' words ("the Iraqi Kurdish government") names no body.
func lowerHeadName(s *factSentence, b int) (string, bool) {
	toks := s.toks
	if b < 2 || !orgWords.Has(toks[b].w) || lang.Capitalised(s.text[toks[b].off:toks[b].end]) || partyWords.Has(toks[b].w) {
		return "", false
	}
	end := b - 1
	if !toks[end].punct && !toks[end].isNum && !lang.Capitalised(s.text[toks[end].off:toks[end].end]) && kindModifiers.Has(toks[end].w) {
		end-- // "the Mercy Foo aid group said": one word of what kind of group
	}
	lo, hi, ok := nameSpan(s, end, -1)
	if !ok || hi != end || lo == hi || inOrig(s.origs, hi) {
		return "", false
	}
	for k := lo; k <= hi; k++ {
		w := s.text[toks[k].off:toks[k].end]
		if !demonym(w) && stateAt(toks, k).n == 0 && !placePossessive(s, k) {
			return s.text[toks[lo].off:toks[hi].end], true
		}
	}
	return "", false
}

// kindModifiers say what kind of body a lower-case kind names between a
// name and its kind: "the Foo Corps aid group", "Foo Watch rights group".
var kindModifiers = lang.WordSetOf(lang.SourceWords(lang.KindModifier))

// pressNouns after a country's "news" are its press as a whole: "Russian
// news agencies reported" (one agency, "a Russian news agency", is no name).
var pressNouns = lang.WordSetOf(lang.SourceWords(lang.PressNoun))

// outletVerbs are the attribution words of a paper or station: "The Foo
// reports", "The Foo wrote".
var outletVerbs = lang.WordSetOf(lang.ReportingWords(lang.OutletVerb))

// theOutletReports returns a name opened by a capital "The" inside the
// sentence that a paper's verb right after it gives the statement to
// ("..., The Foo reports."): a paper another outlet quotes, as written
// with its "The", unless the table knows it.
func theOutletReports(s *factSentence, b, j int) (string, bool) {
	toks := s.toks
	if !outletVerbs.Has(toks[j].w) || b != j-1 {
		return "", false
	}
	lo, hi, ok := nameSpan(s, b, -1)
	if !ok || hi != b || lo < 2 || !toks[lo-2].punct || s.text[toks[lo-1].off:toks[lo-1].end] != "The" {
		return "", false
	}
	if _, n := origs.longestAt(s.text, toks, lo); n > 0 {
		return "", false
	}
	return s.text[toks[lo-1].off:toks[hi].end], true
}

// possessiveAt reports a word written with a possessive's "'s".
func possessiveAt(s *factSentence, k int) bool {
	_, ok := lang.CutPossessive(s.text[s.toks[k].off:s.toks[k].end])
	return ok
}

// institutionNouns close the name of a place that is a body of its own
// ("Kirikiri prison", "Foo refugee camp" is no body): its head or staff
// speak for it.
var institutionNouns = lang.WordSetOf(lang.SourceWords(lang.InstitutionNoun))

// publishedReach is how many words may stand between a study and the
// journal that published it: "a report published on Friday in the British
// medical journal".
const publishedReach = 10

// studyNouns are the works a journal publishes.
var studyNouns = lang.WordSetOf(lang.SourceWords(lang.StudyNoun))

// publishedIn returns the journal or paper, as written, in which the work
// that opens at token i was published ("a study published on Tuesday in the
// medical journal Foo Review"), when its name closes the clause.
func publishedIn(s *factSentence, i int) (string, bool) {
	toks := s.toks
	if i+2 >= len(toks) || toks[i].w != "a" && toks[i].w != "the" || !studyNouns.Has(toks[i+1].w) {
		return "", false
	}
	for k := i + 2; k+1 < len(toks) && k <= i+publishedReach; k++ {
		if toks[k].punct {
			return "", false
		}
		if toks[k].w != "journal" && !outletNouns.Has(toks[k].w) || toks[k+1].w == "journal" || outletNouns.Has(toks[k+1].w) {
			continue // "weekly journal": the last noun
		}
		lo, hi, ok := nameSpan(s, k+1, 1)
		if !ok || hi+1 < len(toks) && !toks[hi+1].punct {
			return "", false
		}
		if lo == k+2 && s.text[toks[k+1].off:toks[k+1].end] == "The" {
			lo = k + 1 // "The Lancet": its capital "The" is the name's own
		}
		return s.text[toks[lo].off:toks[hi].end], true
	}
	return "", false
}

// countReach is how many words may open the phrase of a count before its
// "by": "a new tally by", "the latest count of".
const countReach = 4

// countBy returns where the name after a count's "by", "of" or "from"
// begins when toks[i] opens such a phrase ("a count by Foo Body Count",
// "the latest tally of the Foo Rights Group"), else i.
func countBy(toks []ftok, i int) int {
	if i >= len(toks) || !appositives.Has(toks[i].w) {
		return i
	}
	for j := i + 1; j+1 < len(toks) && j <= i+countReach; j++ {
		if toks[j].punct || toks[j].isNum {
			break
		}
		if attr.bySays[toks[j].w] && (toks[j+1].w == "by" || toks[j+1].w == "of" || toks[j+1].w == "from") {
			return j + 2
		}
	}
	return i
}

// anaphorReach is how many sentences back the body a "the group said"
// stands for may be named.
const anaphorReach = 3

// bodyAnaphorSays reports a sentence whose statement a body's anaphor
// makes: "The group said ...", "..., the group said."
func bodyAnaphorSays(toks []ftok) bool {
	if openingAnaphor(toks) {
		return true
	}
	for j := len(toks) - 1; j >= 2 && j >= len(toks)-closingReach-2; j-- {
		if toks[j].is(wcCue) && !toks[j].is(wcAhead) && bodyAnaphors.Has(toks[j-1].w) && toks[j-2].w == "the" {
			return true
		}
		if toks[j].is(wcCue) && !toks[j].is(wcAhead) && toks[j-1].w == "it" && toks[j-2].w == "," {
			return true // "..., it said.": the body the sentences before name
		}
	}
	return len(toks) > 2 && toks[0].w == "it" && toks[1].is(wcCue) && !toks[1].is(wcAhead) // "It said ..."
}

// writtenBefore returns the body, named as written, that a sentence's "the
// group said" stands for when the table knows none there: the last body's
// name of the sentences before it ("The Foo Martyrs Brigades claimed the
// attack. The group said two of its members were killed."). A sentence
// that names a source the table knows ends the search: that one is the
// antecedent, the table's rules read it.
func writtenBefore(sents []factSentence, si int) (string, bool, bool) {
	if !bodyAnaphorSays(sents[si].toks) && !stationSays(sents[si].toks) {
		return "", false, false
	}
	for b := si - 1; b >= 0 && b >= si-anaphorReach && sents[b].index >= 0; b-- {
		sents[b].tokenise()
		p := &sents[b]
		name, party, found := "", false, false
		for k := 0; k < len(p.toks); k++ {
			t := p.toks[k]
			if t.punct || t.isNum || inOrig(p.origs, k) || !lang.Capitalised(p.text[t.off:t.end]) {
				continue
			}
			lo, hi, ok := nameSpan(p, k, 1)
			if !ok {
				continue
			}
			if n, pt, ok := bodyName(p, lo, hi); ok {
				name, party, found = n, pt, true
			}
			k = hi
		}
		if found {
			return name, party, true
		}
		if len(p.origs) > 0 {
			return "", false, false
		}
	}
	return "", false, false
}

// writtenAnaphorIn returns the body, named as written before it in the same
// sentence, that the sentence's "the group said" (or "a spokesman for the
// group said") stands for: "Air strikes on a rally held by the Foo
// Independence Army killed 60 people, a spokesman for the group said."
func writtenAnaphorIn(s *factSentence) (string, bool, bool) {
	toks := s.toks
	end, described := closingBodyAnaphor(s)
	if end < 0 {
		return "", false, false
	}
	if n, ok := describedBody(s, end); ok {
		return n, false, true // "Two employees of a British charity were killed ..., the aid agency said"
	}
	if described {
		return "", false, false
	}
	name, party, found := "", false, false
	for k := 0; k < end; k++ {
		t := toks[k]
		if t.punct || t.isNum || inOrig(s.origs, k) || !lang.Capitalised(s.text[t.off:t.end]) {
			continue
		}
		lo, hi, ok := nameSpan(s, k, 1)
		if !ok || hi >= end {
			break
		}
		if n, pt, ok := bodyName(s, lo, hi); ok {
			name, party, found = n, pt, true
		}
		k = hi
	}
	return name, party, found
}

// closingBodyAnaphor returns where a sentence's closing "the group said" (or
// "the aid agency said", described true) opens, -1 for none.
func closingBodyAnaphor(s *factSentence) (int, bool) {
	toks := s.toks
	for j := len(toks) - 1; j >= 2 && j >= len(toks)-closingReach-2; j-- {
		if !toks[j].is(wcCue) || toks[j].is(wcAhead) || !bodyAnaphors.Has(toks[j-1].w) {
			continue
		}
		if toks[j-2].w == "the" {
			return j - 2, false
		}
		if j >= 3 && toks[j-3].w == "the" && !toks[j-2].punct && !lang.Capitalised(s.text[toks[j-2].off:toks[j-2].end]) {
			return j - 3, true // "..., the aid agency said"
		}
	}
	return -1, false
}

// describedAnaphor returns the unnamed body a sentence describes ("a British
// charity") that its closing "the aid agency said" stands for: a wire's tag
// before it ("KHARTOUM (Reuters) - ...") carries, the body said it.
func describedAnaphor(s *factSentence) (string, bool) {
	if end, _ := closingBodyAnaphor(s); end >= 0 {
		return describedBody(s, end)
	}
	return "", false
}

// describedBodies are the nouns of a body the wire describes without its
// name ("a British charity", "a French aid agency").
var describedBodies = lang.WordSetOf(lang.SourceWords(lang.DescribedBody))

// describedBody returns the unnamed body before token end that the wire
// describes by where it is from ("a British charity"), as written without its
// article: the one a closing "the aid agency said" stands for.
func describedBody(s *factSentence, end int) (string, bool) {
	toks := s.toks
	for b := 2; b < end; b++ {
		if !describedBodies.Has(toks[b].w) {
			continue
		}
		k := b - 1
		for k > 0 && !toks[k].punct && lowerWord(s.text[toks[k].off:toks[k].end]) && toks[k].w != "a" && toks[k].w != "an" && b-k < groupWords {
			k-- // "a British aid agency"
		}
		if !demonym(s.text[toks[k].off:toks[k].end]) || toks[k-1].w != "a" && toks[k-1].w != "an" {
			continue
		}
		return s.text[toks[k].off:toks[b].end], true
	}
	return "", false
}

// ownerEnd returns where the name of a body ends that the name
// toks[lo..hi] holds in the possessive ("Foo University's School of Public
// Health"): its part speaks for it. -1 when there is none.
func ownerEnd(s *factSentence, lo, hi int) int {
	for k := lo + 1; k < hi; k++ {
		if n, ok := lang.CutPossessive(s.text[s.toks[k].off:s.toks[k].end]); ok && orgWords.Has(strings.ToLower(n)) {
			return k
		}
	}
	return -1
}

// teamNouns name the people of a body who made a study: "a research team
// at Foo University", "researchers from the Foo Institute".
var teamNouns = lang.WordSetOf(lang.SourceWords(lang.TeamNoun))

// teamReach is how many words may open such a phrase before its noun.
const teamReach = 3

// teamAt returns where the body's name begins when toks[i] opens the
// phrase of a study's team ("a research team at Foo University"), else i.
func teamAt(toks []ftok, i int) int {
	for k := i; k+1 < len(toks) && k <= i+teamReach; k++ {
		if toks[k].punct || toks[k].isNum {
			break
		}
		if teamNouns.Has(toks[k].w) && (toks[k+1].w == "at" || toks[k+1].w == "from") {
			return k + 2
		}
	}
	return i
}

// outletName reads the capitalised name that ends at token i before an
// outlet's noun ("La Prensa" of "La Prensa newspaper"): as written, unless
// the table knows it (an outlet of the table carries, it originates nothing).
func outletName(s *factSentence, i int) (string, bool) {
	lo, hi, ok := nameSpan(s, i, -1)
	if !ok || hi != i || lo > 0 && (s.toks[lo-1].w == "a" || s.toks[lo-1].w == "an") {
		return "", false // "a Turkish broadcaster claims": no name
	}
	if lo > 0 && nameLinks.Has(s.toks[lo-1].w) && lang.Capitalised(s.text[s.toks[lo-1].off:s.toks[lo-1].end]) {
		lo-- // "El Tiempo", "The Star": a capitalised article is the name's own
	}
	if lo < hi && possessiveAt(s, lo) {
		lo++ // "France's Le Foo newspaper": whose paper it is, not its name
	}
	if _, n := origs.longestAt(s.text, s.toks, lo); n > 0 {
		return "", false
	}
	return s.text[s.toks[lo].off:s.toks[hi].end], true
}

// nameAt reads a capitalised name from token i onward (dir 1) or backward
// from it (dir -1), skipping a leading "the" and a bracketed acronym; the
// name must be one the table knows, an organisation's (orgWords) or an
// acronym of three or more capitals.
func nameAt(s *factSentence, i, dir int) (string, bool, bool) {
	lo, hi, ok := nameSpan(s, i, dir)
	if !ok {
		return "", false, false
	}
	return spanName(s, lo, hi)
}

// spanName returns the name of a source that toks[lo..hi] holds: the
// table's, else an organisation's as written, a person before it or after it
// dropped ("Jane Doe of the Foo Relief Society").
func spanName(s *factSentence, lo, hi int) (string, bool, bool) {
	if name, party, ok := tableName(s, lo, hi); ok {
		return name, party, true
	}
	if st := stateAt(s.toks, lo); st.n > 0 && lo+st.n <= hi {
		if name, party, ok := tableName(s, lo+st.n, hi); ok {
			return name, party, true // "the Niger Ministry of Defense": the table's army, the state's name before it
		}
	}
	lo = afterPersonOf(s.toks, lo, hi)
	hi = beforePersonName(s.toks, lo, hi)
	hi = beforePaper(s.toks, lo, hi)
	if name, party, ok := tableName(s, lo, hi); ok {
		return name, party, true
	}
	return bodyName(s, lo, hi)
}

// beforePaper returns hi before the paper a body's name is given with
// ("according to the DGHS Press Release", "the Health Cluster Bulletin"):
// the body is the source, not its paper.
func beforePaper(toks []ftok, lo, hi int) int {
	if hi-1 > lo && toks[hi].w == "release" && toks[hi-1].w == "press" {
		return hi - 2
	}
	if hi > lo && paperNouns.Has(toks[hi].w) {
		return hi - 1
	}
	return hi
}

// paperNouns name what a body publishes, after its name.
var paperNouns = lang.WordSetOf(lang.SourceWords(lang.PaperNoun))

// nameSpan returns the tokens toks[lo..hi] of the capitalised run at i,
// without the links at its ends; ok is false when there is none.
func nameSpan(s *factSentence, i, dir int) (lo, hi int, ok bool) {
	toks := s.toks
	acro := ""
	if dir < 0 && i >= 2 && toks[i].w == ")" && toks[i-2].w == "(" {
		acro = s.text[toks[i-1].off:toks[i-1].end]
		i -= 3 // "Group (CPAG) said"
	}
	defer func() {
		if ok && acro != "" {
			lo = byInitials(s, lo, hi, acro)
		}
	}()
	if dir > 0 && i >= 0 && i < len(toks) && toks[i].w == "the" {
		i++
	}
	if i < 0 || i >= len(toks) {
		return 0, 0, false
	}
	lo, hi = i, i
	for n := 0; i >= 0 && i < len(toks) && n < maxNameWords; n, i = n+1, i+dir {
		t := toks[i]
		if t.punct || t.isNum || !(lang.Capitalised(s.text[t.off:t.end]) || nameLinks.Has(t.w)) || dateWord(t.w) {
			break // "On Thursday the Foo Relief Society said": the day is no part of the name
		}
		if dir > 0 {
			hi = i
		} else {
			lo = i
		}
	}
	for lo <= hi && nameLinks.Has(toks[lo].w) && !(lo+1 <= hi && toks[lo+1].hyph) {
		lo++ // "the", but not the "al" of "al-Hadas"
	}
	for hi >= lo && nameLinks.Has(toks[hi].w) {
		hi--
	}
	if lo > hi || toks[lo].punct || toks[hi].punct ||
		!(lang.Capitalised(s.text[toks[lo].off:toks[lo].end]) || nameLinks.Has(toks[lo].w)) || pageBar(toks, lo, hi) {
		return 0, 0, false
	}
	return lo, hi, true
}

// pageBar reports a capitalised run made only of a page's share-bar words
// ("... killed 38 regime forces monitor Print Tweet Views 1430 Related"):
// the page's buttons glued after its headline, no name of a source. A run
// of two or more words holding a button's word: a name such as "The News"
// (a Pakistani daily) is made of crumb words too but holds no button.
func pageBar(toks []ftok, lo, hi int) bool {
	if hi <= lo {
		return false
	}
	button := false
	for k := lo; k <= hi; k++ {
		if !crumbWidgets.Has(toks[k].w) && !barWords.Has(toks[k].w) {
			return false
		}
		button = button || barButtons.Has(toks[k].w)
	}
	return button
}

// barWords are the words of a share bar that are no section name
// (crumbWidgets holds the rest).
var barWords = lang.WordSetOf(lang.FurnitureWords(lang.BarWord))

// barButtons are the words only a share bar holds: a run of crumb words
// without one of them is a name or a section ("The News", "Top News").
var barButtons = lang.WordSetOf(lang.FurnitureWords(lang.BarButton))

// tableName returns the table's name for toks[lo..hi] when the whole span
// is one of its names and the words around it let it be a source.
func tableName(s *factSentence, lo, hi int) (string, bool, bool) {
	if id, n := origs.longestAt(s.text, s.toks, lo); n == hi-lo+1 {
		if notSource(s.toks, origMatch{id: id, start: lo, end: hi + 1}) {
			return "", false, false // "equipped by Washington said ...": not who said it
		}
		name, party := origs.source(id)
		return name, party, true
	}
	return "", false, false
}

// bodyName returns toks[lo..hi] as written when it names a body (orgWords)
// or is one acronym; party when it names an armed force.
func bodyName(s *factSentence, lo, hi int) (string, bool, bool) {
	org, party := false, false
	for k := lo; k <= hi; k++ {
		org = org || orgWords.Has(s.toks[k].w)
		party = party || partyWords.Has(s.toks[k].w)
	}
	if lo < hi && org && placePossessive(s, lo) {
		lo++ // "Ukraine's State Emergency Service": the country's, not its name
	}
	for k := lo + 1; k < hi; k++ {
		if s.toks[k].w == "in" && seatedOffices[s.toks[k-1].w] {
			hi = k - 1 // "the Foreign Ministry in Rome": the ministry, not where it sits
			break
		}
	}
	k := lo - 1
	for n := 0; k > 0 && n < 3 && organNouns.Has(s.toks[k].w); n, k = n+1, k-1 {
	}
	party = party || k >= 0 && partyMarks.Has(s.toks[k].w) // "the rebel Foo Front", "the rebel Web site Foo-Center"
	name := s.text[s.toks[lo].off:s.toks[hi].end]
	if o := ownerEnd(s, lo, hi); o >= 0 {
		org, hi = true, o
		name, _ = lang.CutPossessive(s.text[s.toks[lo].off:s.toks[o].end]) // "Foo University's School of Public Health"
	}
	if last := s.text[s.toks[hi].off:s.toks[hi].end]; !org && lo < hi && acronymWord(last) {
		lo, name = hi, last // "... of Eastern Aleppo FNA reported": the agency's acronym
	}
	if first := s.text[s.toks[lo].off:s.toks[lo].end]; !org && lo < hi && acronymWord(first) && placeLinks.Has(s.toks[lo+1].w) {
		hi, name = lo, first // "according to the RRC in Tambura town": the acronym, not its place
	}
	if !org && !(lo == hi && acronymWord(name)) && !articleName(s, lo, hi) {
		return "", false, false
	}
	return name, party, true
}

// cueSubjectName returns a body's name as written (not the table's) that
// stands right before an attribution word after the table's source m: the
// word's own subject speaks ("Four soldiers were killed in an ambush by
// dissidents of the FARC, the Foo Joint Task Force said"), not a name the
// clause told of before it. ok is false when m itself is that subject.
func cueSubjectName(s *factSentence, m origMatch) (string, bool, bool) {
	toks := s.toks
	for j := m.end; j < len(toks); j++ {
		if !isCue(toks, j) {
			continue
		}
		if toks[j].w == "according" || toks[j].w == "statement" || toks[j].w == "report" {
			return "", false, false
		}
		b := j - 1
		for n := 0; b > 0 && n < 2 && writtenAux.Has(toks[b].w); n, b = n+1, b-1 {
		}
		lo, hi, ok := nameSpan(s, b, -1)
		if !ok || hi != b || lo < m.end || inOrig(s.origs, hi) {
			return "", false, false
		}
		return bodyName(s, lo, hi)
	}
	return "", false, false
}

// articleName reports a capitalised name of two words or more that a
// lower-case "the" opens ("the Palestinian Civil Emergency", "the Foo
// Joint Task Force"): a body's name, whatever its last word, for a
// person's takes no article; not a post ("the Prime Minister"), a date, a
// run of peoples' and places' words ("the Iraqi Kurdish") or a place.
func articleName(s *factSentence, lo, hi int) bool {
	toks := s.toks
	if lo < 1 || hi <= lo || s.text[toks[lo-1].off:toks[lo-1].end] != "the" || postNouns.Has(toks[hi].w) || possessiveAt(s, hi) {
		return false
	}
	for k := lo; k <= hi; k++ {
		if w := s.text[toks[k].off:toks[k].end]; !nameLinks.Has(toks[k].w) && !demonym(w) && !placeWord(s, k) && !dateWord(toks[k].w) {
			return true
		}
	}
	return false
}

// seatedOffices are a government's offices that wire copy places in their
// capital ("the Foreign Ministry in Rome said"): the place is no part of the
// name, unlike an armed group's ("the Islamic Army in Iraq").
var seatedOffices = lang.SourceWords(lang.SeatedOffice)

// placePossessive reports a place's possessive at toks[k] ("Ukraine's",
// "Mali's"): the place gazetteer knows it.
func placePossessive(s *factSentence, k int) bool {
	w := s.text[s.toks[k].off:s.toks[k].end]
	base := gazKey(w)
	if base == w {
		return false
	}
	id, n := gaz.longestAt([]string{strings.ToLower(base)}, nil, func() []string { return []string{base} }, 0)
	return n == 1 && gaz.entries[id].place
}

// placeWord reports a word at toks[k] that the place gazetteer knows as a
// place on its own ("Gaza", "Donetsk").
func placeWord(s *factSentence, k int) bool {
	w := s.text[s.toks[k].off:s.toks[k].end]
	id, n := gaz.longestAt([]string{strings.ToLower(w)}, nil, func() []string { return []string{w} }, 0)
	return n == 1 && gaz.entries[id].place
}

// placeLinks join a body's acronym to where it sits: "the RRC in Tambura".
var placeLinks = lang.WordSetOf(lang.PrepositionWords(lang.SeatLink))

// sourceLineName reads the name after "Source:": an organisation's name
// as nameAt reads it, else the acronym it opens with ("Source: DSWD DROMIC
// Report #19" is DSWD's).
func sourceLineName(s *factSentence, i int) (string, bool, bool) {
	if n, p, ok := nameAt(s, i, 1); ok {
		return n, p, true
	}
	if i < len(s.toks) {
		t := s.toks[i]
		if w := s.text[t.off:t.end]; !t.punct && !t.isNum && acronymWord(w) {
			if id, n := origs.longestAt(s.text, s.toks, i); n == 1 {
				name, party := origs.source(id)
				return name, party, true
			}
			return w, false, true
		}
	}
	return "", false, false
}

// afterPersonOf drops a person or a post before "of" ("Jane Doe of the Foo
// Relief Society", "Head of the Relief and Rescue Organization"): the name
// is the body's, after "of [the]", when only that part names a body.
func afterPersonOf(toks []ftok, lo, hi int) int {
	for p := lo + 1; p < hi; p++ {
		if toks[p].w != "of" {
			continue
		}
		before, after := false, false
		for k := lo; k < p; k++ {
			before = before || orgWords.Has(toks[k].w)
		}
		for k := p + 1; k <= hi; k++ {
			after = after || orgWords.Has(toks[k].w)
		}
		if before || !after {
			return lo
		}
		if p+1 < hi && toks[p+1].w == "the" {
			return p + 2
		}
		return p + 1
	}
	return lo
}

// maxPersonWords is the longest person's name after a body's name:
// "Relief and Rescue Organization Moreteza Salimi said".
const maxPersonWords = 3

// beforePersonName ends a name at its last word of a body when a person's
// name follows it.
func beforePersonName(toks []ftok, lo, hi int) int {
	for k := hi; k > lo && k >= hi-maxPersonWords; k-- {
		if orgWords.Has(toks[k].w) {
			return k
		}
		if nameLinks.Has(toks[k].w) && toks[k].w != "al" && toks[k].w != "el" {
			return hi // "the Islamic Army in Iraq": the name goes on, no person after it
		}
	}
	return hi
}

// dateWord reports the full name of a weekday or a month.
func dateWord(w string) bool {
	if _, ok := lang.Weekday(w); ok {
		return true
	}
	m, ok := lang.Month(w)
	return ok && len(w) == len(m.String())
}

// acronymWord reports a word of three or more capitals ("CPAG", "REACH").
func acronymWord(w string) bool {
	return len(w) >= 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// byInitials returns the first token of the name toks[lo..hi] whose
// capitalised words' initials spell its bracketed acronym, so that a place
// glued before the name is left out ("... of Aleppo Syria Live Network
// (SLN)" is the Syria Live Network); lo itself when none does.
func byInitials(s *factSentence, lo, hi int, acro string) int {
	for k := lo; k < hi; k++ {
		var b strings.Builder
		for j := k; j <= hi; j++ {
			w := s.text[s.toks[j].off:s.toks[j].end]
			if lang.Capitalised(w) {
				b.WriteByte(w[0])
			}
		}
		if strings.EqualFold(b.String(), acro) && lang.Capitalised(s.text[s.toks[k].off:s.toks[k].end]) {
			return k
		}
	}
	return lo
}

// appositiveBody returns the name as written of a body the table does not
// know that the sentence's generic source (id) stands in apposition to:
// "The Aleppo Media Center, an activist collective, said" is the Center's.
func appositiveBody(s *factSentence, id int) (string, bool, bool) {
	for _, m := range s.origs {
		if m.id != id {
			continue
		}
		j := m.start - 1
		if appositives.Has(s.toks[m.start].w) && s.toks[m.start].w != "the" {
			j = m.start // "according to Foo Tracker, a monitor focused on ...": the article is the alias's own
		} else if j < 1 || !appositives.Has(s.toks[j].w) || s.toks[j].w == "the" {
			continue
		}
		j--
		if j < 0 || s.toks[j].w == "and" || s.toks[j].w == "or" {
			continue // "... in the Great Valley and an army spokesman said": two, not one in apposition
		}
		if s.toks[j].w == "," {
			j--
		}
		if j < 0 || inOrig(s.origs, j) {
			continue
		}
		if n, p, ok := nameAt(s, j, -1); ok {
			return n, p, true
		}
		if lo, hi, ok := nameSpan(s, j, -1); ok && hi == j && lo < hi && origs.list[id].kind == "monitor" && lo >= 2 &&
			s.toks[lo-1].w == "to" && s.toks[lo-2].w == "according" && !lang.Title(s.toks[lo].w) {
			return s.text[s.toks[lo].off:s.toks[hi].end], false, true // "Foo Security Tracker, a monitor focused on ...": a monitor's name needs no body word
		}
	}
	return "", false, false
}

// namedAfterKind returns the name that follows a generic source of the
// table as its kind names it ("according to the rights group Foo Lawyers",
// "the monitoring group Foo Watch said"): the name, as written or the
// table's. Only a body's kind (a monitor, activists, an aid agency) is
// read so: "residents John Roe and Jane Doe" are people.
func namedAfterKind(s *factSentence, id int) (string, bool, bool) {
	if k := origs.list[id].kind; k != "monitor" && k != "activists" && k != "ngo" {
		return "", false, false
	}
	for _, m := range s.origs {
		if w := s.toks[m.end-1].w; !orgWords.Has(w) && w != "watchdog" {
			continue // "activist Jane Roe told ...": a person, who speaks as an activist
		}
		if m.id != id || m.end >= len(s.toks) || !lang.Capitalised(s.text[s.toks[m.end].off:s.toks[m.end].end]) ||
			lang.Capitalised(s.text[s.toks[m.end-1].off:s.toks[m.end-1].end]) || inOrig(s.origs, m.end) {
			continue // a kind in lower case before a name the table does not hold: not "Raqa NGO At least 31", "Monitor AFP"
		}
		if lo, hi, ok := nameSpan(s, m.end, 1); ok && lo == m.end && !lang.Title(s.toks[lo].w) {
			if n, p, ok := spanName(s, lo, hi); ok {
				return n, p, true
			}
			return s.text[s.toks[lo].off:s.toks[hi].end], false, true
		}
	}
	return "", false, false
}

// writtenBodyAt returns the body, named as written, that a generic source
// (entry id) speaks from when the sentence names it right after "in", "at"
// or "from", or whose post it holds ("an official of the Foo Ministry"):
// "the claim by activists in the Syrian Revolution General
// Commission that 640 were killed". A place ("activists in Douma") is no
// body: the name must be an organisation's or an acronym.
func writtenBodyAt(s *factSentence, id int) (string, bool, bool) {
	if n, ok := organNamedAfter(s, id); ok {
		return n, true, true // "Iraq's official news agency INA said": official media, as the table's mark
	}
	for _, m := range s.origs {
		if m.id != id || m.end+1 >= len(s.toks) || !relayPrepositions.Has(s.toks[m.end].w) && s.toks[m.end].w != "of" {
			continue
		}
		if n, p, ok := nameAt(s, modifiedName(s, m.end+1), 1); ok {
			return n, p, true // "an official of the (shadow) Foo Unity Government"
		}
	}
	return "", false, false
}

// modifiedName returns where a capitalised name starts after "the" and up
// to two lower-case modifiers at i ("the shadow Foo Unity Government", "the
// exiled Foo Council"); i when there are none.
func modifiedName(s *factSentence, i int) int {
	toks := s.toks
	if i >= len(toks) || toks[i].w != "the" {
		return i
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		t := toks[k]
		if t.punct || t.isNum {
			return i
		}
		if lang.Capitalised(s.text[t.off:t.end]) {
			if k == i+1 {
				return i
			}
			return k
		}
	}
	return i
}

// toldPerson returns the name of a person the table does not know who told
// an outlet the sentence's statement ("George Sabra told Al Arabiya that
// 1,300 people were killed"): what a person told an outlet is the person's,
// never the outlet's own count. A single word, or a run of capitalised words
// longer than a person's name, is no person's name here.
func toldPerson(s *factSentence) (string, bool) {
	toks, text := s.toks, s.text
	for _, m := range s.origs {
		j := m.start - 1
		if j > 0 && toks[j].w == "the" {
			j--
		}
		if j < 2 || toks[j].w != "told" || !carrier(origs.list[m.id].kind) {
			continue
		}
		e := j - 1
		b := e
		for b >= 0 && e-b < maxPersonWords && nameWord(text, toks, b) && !inOrig(s.origs, b) && !dateWord(toks[b].w) {
			b--
		}
		if b >= 0 && nameWord(text, toks, b) && !dateWord(toks[b].w) || e-b < 2 {
			continue // a longer run (a body's name, a title) or one word
		}
		b++
		if p := b - 1; p >= 0 && (listBreaks.Has(toks[p].w) || toks[p].w == "and" || toks[p].w == "or" || toks[p].w == "to") {
			continue // "a deputy for Mideast and North Africa told the AP": a place, not who told
		}
		ok := true
		for k := b; k <= e; k++ {
			ok = ok && !orgWords.Has(toks[k].w) && !partyWords.Has(toks[k].w)
		}
		if ok {
			return text[toks[b].off:toks[e].end], true
		}
	}
	return "", false
}

// delegateReach is how many sentences after a delegate's opening a "he
// said" of the same speech may come.
const delegateReach = 6

// delegate returns the state a delegate speaks for in the coverage of a
// meeting, as UN press releases write it: a sentence that opens with the
// speaker's name in capitals and the state in brackets ("JANE DOE
// (Norway), speaking for the Nordic countries, said 30 staff had been
// killed"), and the "she noted ..." of the sentences after it that name
// no one else.
func delegate(sents []factSentence, si int) (string, bool) {
	if n, ok := delegateOpens(&sents[si]); ok {
		return n, true
	}
	if !pronounSays(sents[si].toks) {
		return "", false
	}
	for j := si - 1; j >= 0 && j >= si-delegateReach && sents[j].index >= 0; j-- {
		sents[j].tokenise()
		if n, ok := delegateOpens(&sents[j]); ok {
			return n, true
		}
	}
	return "", false
}

// delegateOpens returns the bracketed name after the capitals a sentence
// opens with: "Norway" of "JANE DOE (Norway), ...".
func delegateOpens(s *factSentence) (string, bool) {
	toks, text := s.toks, s.text
	k := 0
	for k < len(toks) && !toks[k].punct && !toks[k].isNum && (allCaps(text[toks[k].off:toks[k].end]) || k > 0 && initial(text[toks[k].off:toks[k].end])) {
		k++ // "JOHN Q ROE"
	}
	if k < 2 || k >= len(toks) || toks[k].w != "(" {
		return "", false
	}
	e := k + 1
	for e < len(toks) && !toks[e].punct && (lang.Capitalised(text[toks[e].off:toks[e].end]) || nameLinks.Has(toks[e].w)) {
		e++
	}
	if e == k+1 || e >= len(toks) || toks[e].w != ")" || !lang.Capitalised(text[toks[k+1].off:toks[k+1].end]) {
		return "", false
	}
	if _, n := origs.longestAt(text, toks, k+1); n > 0 {
		return "", false // "NEW YORK (Reuters), ...": an outlet
	}
	rest := strings.TrimLeft(text[toks[e].end:], " ")
	if r, _ := utf8.DecodeRuneInString(rest); r != ',' && !unicode.IsLower(r) {
		return "", false // "NEW YORK (Foo) - ...": a dateline
	}
	return text[toks[k+1].off:toks[e-1].end], true
}

// pronounSays reports a sentence whose statement "he" or "she" makes: "...,
// he noted that 30 staff had been killed".
func pronounSays(toks []ftok) bool {
	for j := 1; j < len(toks); j++ {
		if (toks[j-1].w == "he" || toks[j-1].w == "she") && isCue(toks, j) && !toks[j].is(wcAhead) {
			return true
		}
	}
	return false
}

// initial reports a single capital letter: a middle name's initial.
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// linkSource returns the agency whose page a figure's words link to in a
// report written in Markdown ("over [1 million refugees](https://data.unhcr.org/...)"):
// a label of the link's host that is a name of the table written as an
// acronym ("unhcr", "who"), or one after a "un" prefix ("unocha"); an
// outlet's page names no source.
func linkSource(s *factSentence, tok int) (string, bool) {
	if tok >= len(s.toks) || !strings.Contains(s.text, "](") {
		return "", false
	}
	at := s.toks[tok].off
	open := strings.LastIndexByte(s.text[:at], '[')
	if open < 0 || strings.ContainsAny(s.text[open:at], "]") {
		return "", false
	}
	end := strings.Index(s.text[at:], "](")
	if end < 0 || strings.Contains(s.text[at:at+end], "[") {
		return "", false
	}
	url := s.text[at+end+2:]
	if e := strings.IndexAny(url, ") "); e >= 0 {
		url = url[:e]
	}
	url = strings.TrimPrefix(strings.TrimPrefix(url, "https://"), "http://")
	host, _, _ := strings.Cut(url, "/")
	for _, label := range strings.Split(host, ".") {
		for _, l := range []string{label, strings.TrimPrefix(label, "un")} {
			if id, ok := origs.byAcronym(l); ok {
				return origs.source(id)
			}
		}
	}
	return "", false
}

// appositiveStart returns where the appositive that ends with the comma at
// b opens ("a Nepali rights body" in "the Foo Centre, a Nepali rights body,
// said"): the word after the comma before it, else -1.
func appositiveStart(toks []ftok, b int) int {
	if b < 2 || toks[b].w != "," {
		return -1
	}
	for k, n := b-1, 0; k >= 2 && n <= aheadReach; k, n = k-1, n+1 {
		if toks[k].punct {
			if toks[k].w == "," && lang.IsArticle(toks[k+1].w) {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// postBodyReach bounds the words of a body's name after a person's post
// that may be written in lower case: "the Foo ambulance service".
const postBodyReach = 5

// postBodyAfter returns the body a person named after an inverted cue
// speaks for, written out after the post: "said John Roe, director of the
// Foo ambulance service.", "said Dr. Jane Roe, head of Foo emergency
// services." The name opens with a capital and ends the clause on a body's
// word; its lower-case words are part of it.
func postBodyAfter(s *factSentence, i int) (string, bool, bool) {
	toks := s.toks
	k := i
	for ; k < len(toks) && k < i+maxNameWords; k++ {
		if toks[k].w == "," {
			break
		}
		if t := toks[k]; !(lang.Capitalised(s.text[t.off:t.end]) || t.w == ".") {
			return "", false, false
		}
	}
	if k == i || k >= len(toks) || toks[k].w != "," {
		return "", false, false
	}
	k++
	post := false
	for n := 0; k < len(toks) && n < 4 && !toks[k].punct; k, n = k+1, n+1 {
		if postNouns.Has(toks[k].w) {
			post = true
			k++
			break
		}
	}
	if !post || k >= len(toks) || !(toks[k].w == "of" || toks[k].w == "for" || toks[k].w == "at") {
		return "", false, false
	}
	k++
	if k < len(toks) && toks[k].w == "the" {
		k++
	}
	lo, hi := k, k
	for ; hi < len(toks) && !toks[hi].punct && hi-lo < postBodyReach; hi++ {
	}
	hi--
	if hi < lo || (hi+1 < len(toks) && !toks[hi+1].punct) || !orgWords.Has(toks[hi].w) ||
		!lang.Capitalised(s.text[toks[lo].off:toks[lo].end]) {
		return "", false, false
	}
	return writtenBody(s, lo, hi)
}

// writtenBody is the body written out in tokens lo to hi of s, as
// postBodyAfter and bodyOfPost find it, with whether a party's word is in
// it ("Foo Liberation Front"); none for a name the table holds (its rules
// read it).
func writtenBody(s *factSentence, lo, hi int) (string, bool, bool) {
	toks := s.toks
	if _, n := origs.longestAt(s.text, toks, lo); n > 0 {
		return "", false, false
	}
	party := false
	for m := lo; m <= hi; m++ {
		party = party || partyWords.Has(toks[m].w)
	}
	return s.text[toks[lo].off:toks[hi].end], party, true
}

// postBodyBefore returns the body a person set off by commas before an
// attribution word speaks for, written out after the post: "John Roe, head
// of the Foo ambulance service, said" (the body ends at the comma b) and
// "The head of the Foo ambulance service, John Roe, spoke of 20 dead" (the
// person's name between the body and b). As postBodyAfter, the name opens
// with a capital and ends on a body's word; the table's names are its own.
func postBodyBefore(s *factSentence, b int) (string, bool, bool) {
	toks := s.toks
	if b < 1 || toks[b].w != "," {
		return "", false, false
	}
	if n, p, ok := bodyOfPost(s, b-1); ok {
		return n, p, true
	}
	c := b - 1
	for ; c >= 0 && c >= b-maxNameWords && !toks[c].punct; c-- {
		if t := toks[c]; !lang.Capitalised(s.text[t.off:t.end]) {
			return "", false, false
		}
	}
	if c < 1 || c == b-1 || toks[c].w != "," {
		return "", false, false
	}
	return bodyOfPost(s, c-1)
}

// bodyOfPost returns the body written out after a post ("head of the Foo
// ambulance service") that ends at token end.
func bodyOfPost(s *factSentence, end int) (string, bool, bool) {
	toks := s.toks
	if end < 2 || !orgWords.Has(toks[end].w) {
		return "", false, false
	}
	for k := end - 1; k >= 1 && k >= end-postBodyReach-1 && !toks[k].punct; k-- {
		if !(toks[k].w == "of" || toks[k].w == "for" || toks[k].w == "at") || !postNouns.Has(toks[k-1].w) {
			continue
		}
		lo := k + 1
		if toks[lo].w == "the" {
			lo++
		}
		if lo > end || !lang.Capitalised(s.text[toks[lo].off:toks[lo].end]) {
			return "", false, false
		}
		return writtenBody(s, lo, end)
	}
	return "", false, false
}

// groupMarks are the words of an unnamed group's description kept in its
// name ("a militant Islamic group", "an Iraqi extremist group"); they make
// it a party's. Other qualities ("an influential group", "a little-known
// group") are dropped.
var groupMarks = lang.WordSetOf(lang.SourceWords(lang.GroupMark))

// groupClaims open what a group says of its own deeds: "said it had killed".
var groupClaims = lang.WordSetOf(lang.DeterminerWords(lang.GroupClaim))

// groupWords bounds the words of a group's description.
const groupWords = 4

// groupPhrase returns an unnamed group that the wire describes by where it
// is from or what it is, right before the attribution word at j ("An Iraqi
// group said it killed three", "A militant Islamic group has killed three
// hostages, a video posted on its website shows"): the description as
// written without its article and its qualities ("Iraqi group"), a party's
// when it holds a group mark or claims a killing of its own ("said it had
// killed"). toks[b] is the word the name must end with: "group".
func groupPhrase(s *factSentence, b, j int) (string, bool, bool) {
	toks := s.toks
	if b < 1 || toks[b].w != "group" {
		return "", false, false
	}
	var words []string
	party, art := false, -1
	for k := b - 1; k >= 0 && k >= b-groupWords; k-- {
		t := toks[k]
		if t.w == "a" || t.w == "an" {
			art = k
			break
		}
		w := s.text[t.off:t.end]
		switch {
		case t.punct || t.isNum:
			return "", false, false
		case groupMarks.Has(t.w):
			party = party || partyMarks.Has(t.w) || t.w == "extremist" || t.w == "radical"
			words = append(words, w)
		case lang.Capitalised(w):
			words = append(words, w)
		}
	}
	if art < 0 || len(words) == 0 {
		return "", false, false // "the group said": an anaphor; "a group said": no one
	}
	for k := j + 1; k+1 < len(toks) && k <= j+3; k++ {
		if groupClaims.Has(toks[k].w) && (toks[k+1].is(wcKilling) || k+2 < len(toks) && writtenAux.Has(toks[k+1].w) && toks[k+2].is(wcKilling)) {
			party = true // "said it had killed": the group's claim of its own deed
		}
	}
	slices.Reverse(words)
	return strings.Join(append(words, s.text[toks[b].off:toks[b].end]), " "), party, true
}

// ownOrganWords close a sentence whose toll a group's own video or
// statement shows: "..., a video posted on its website shows".
var ownOrganWords = lang.WordSetOf(lang.SourceWords(lang.OwnOrganWord))

// groupOwnOrgan returns the unnamed group that opens a sentence ("A militant
// Foo group has killed two hostages, ...") when the sentence closes with what
// that group posted of it ("a video posted on its website shows"): the
// group's own claim.
func groupOwnOrgan(s *factSentence) (string, bool) {
	toks := s.toks
	own := false
	for k := len(toks) - 2; k >= 3 && k >= len(toks)-closingReach-2; k-- {
		if toks[k].w == "its" && ownOrganWords.Has(toks[k+1].w) && toks[k-1].w == "on" && toks[k-2].w == "posted" {
			own = true
			break
		}
	}
	if !own {
		return "", false
	}
	for b := 1; b < len(toks); b++ {
		if toks[b].w == "group" {
			if n, _, ok := groupPhrase(s, b, b); ok && b+1 < len(toks) && (toks[b+1].is(wcKilling) || writtenAux.Has(toks[b+1].w)) {
				return n, true // the first group the sentence names, also after a headline glued to it
			}
			break
		}
	}
	return "", false
}

// demonym reports a capitalised word that names a people ("Israeli",
// "Turkish", "Pakistani"): the adjective endings of nationality.
func demonym(w string) bool {
	if !lang.Capitalised(w) || acronymWord(w) {
		return false
	}
	for _, suf := range []string{"ian", "ean", "an", "ish", "ese", "i", "ic", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// groupOfPhrase returns an unnamed body described as "a group of" its
// members right before the attribution word at j ("an influential group of
// Sunni clerics said"): "group of Sunni clerics", as written without its
// article and qualities; a party's when the members are marked as one.
func groupOfPhrase(s *factSentence, j int) (string, bool, bool) {
	toks := s.toks
	of := -1
	for k := j - 1; k > 1 && k >= j-groupWords; k-- {
		if toks[k].punct || toks[k].isNum {
			return "", false, false
		}
		if toks[k].w == "of" {
			of = k
			break
		}
	}
	if of < 0 || of+1 >= j || toks[of-1].w != "group" || !lang.Capitalised(s.text[toks[of+1].off:toks[of+1].end]) {
		return "", false, false
	}
	art := -1
	for k := of - 2; k >= 0 && k >= of-1-groupWords; k-- {
		if toks[k].w == "a" || toks[k].w == "an" {
			art = k
			break
		}
		if toks[k].punct || toks[k].isNum || lang.Capitalised(s.text[toks[k].off:toks[k].end]) {
			return "", false, false
		}
	}
	if art < 0 {
		return "", false, false
	}
	party := false
	for k := of + 1; k < j; k++ {
		party = party || partyMarks.Has(toks[k].w)
	}
	return s.text[toks[of-1].off:toks[j-1].end], party, true
}

// listedGroupOf returns the unnamed body listed after a generic kind under
// one attribution word ("witnesses and an influential group of Sunni
// clerics said"): a body before the generic kind, as a named one is.
func listedGroupOf(s *factSentence, id int) (string, bool, bool) {
	for _, m := range s.origs {
		if m.id != id || m.end >= len(s.toks) || s.toks[m.end].w != "and" {
			continue
		}
		for j := m.end + 2; j < len(s.toks) && j <= m.end+2+2*groupWords; j++ {
			if isCue(s.toks, j) {
				return groupOfPhrase(s, j)
			}
		}
	}
	return "", false, false
}

// saysBefore returns who a headline says gives its count, right before it
// after a comma ("New raid on rebel north, French say two dead"): a
// table's name, else a people named as written (party false: who they are
// in the war the headline does not say).
func saysBefore(s *factSentence, tok int) (string, bool, bool) {
	toks := s.toks
	v := tok - 1
	if v < 2 || toks[v].w != "say" && toks[v].w != "says" {
		return "", false, false
	}
	lo := v - 1
	for lo > 0 && v-lo < 3 && !toks[lo-1].punct {
		lo--
	}
	if lo > 0 && toks[lo-1].w != "," {
		return "", false, false
	}
	for k := lo; k < v; k++ {
		if toks[k].punct || toks[k].isNum || !lang.Capitalised(s.text[toks[k].off:toks[k].end]) {
			return "", false, false
		}
	}
	if n, p, ok := tableName(s, lo, v-1); ok {
		return n, p, true
	}
	last := s.text[toks[v-1].off:toks[v-1].end]
	if !demonym(last) && !demonym(strings.TrimSuffix(last, "s")) {
		return "", false, false
	}
	return s.text[toks[lo].off:toks[v-1].end], false, true
}

// briefedBodies are the bodies a source may be briefed by, written in lower
// case after a people's or a state's name: "briefed by Syrian intelligence".
var briefedBodies = lang.WordSetOf(lang.SourceWords(lang.BriefedBody))

// briefedBy returns the body that briefed the unnamed source a sentence
// gives its statement to ("a security source who was briefed by Foo
// intelligence told CNN"): the source speaks that body's account, as a
// relayed source is the source behind the relay. The table's name when it
// knows the body, else as written; ok is false when no one briefed.
func briefedBy(s *factSentence) (string, bool, bool) {
	toks := s.toks
	for j := 0; j+2 < len(toks); j++ {
		if toks[j].w != "briefed" || toks[j+1].w != "by" {
			continue
		}
		k := j + 2
		if n, p, ok := nameAt(s, k, 1); ok {
			return n, p, true
		}
		if toks[k].w == "the" {
			k++
		}
		if lo, hi, ok := nameSpan(s, k, 1); ok && lo == k && hi+1 < len(toks) && briefedBodies.Has(toks[hi+1].w) {
			return s.text[toks[lo].off:toks[hi+1].end], partyWords.Has(toks[hi+1].w) || toks[hi+1].w == "intelligence" ||
				toks[hi+1].w == "military" || toks[hi+1].w == "police", true
		}
	}
	return "", false, false
}

// capitalisedAfter reports a capitalised word at toks[k], or after a "the"
// there: a body's name ("by the Health Sector"), not a lower-case party
// ("by partners").
func capitalisedAfter(s *factSentence, k int) bool {
	if k < len(s.toks) && s.toks[k].w == "the" {
		k++
	}
	return k < len(s.toks) && capitalised(s, k)
}

// basedOnData reports a "from" at toks[j] after "based on" and the data
// it names, a word between perhaps ("based on available information from",
// "based on the latest data from"): the body after it gave the count.
func basedOnData(toks []ftok, j int) bool {
	k := j - 1
	if k < 0 || !sourceOf.Has(toks[k].w) {
		return false
	}
	for n := 0; n < 2 && k >= 2 && toks[k-1].w != "on"; n++ {
		k-- // "available", "the latest"
	}
	return k >= 2 && toks[k-1].w == "on" && toks[k-2].w == "based"
}
