package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// Two ways a figure's originator is named away from its attribution word:
// a count that media pass on ("Kurdish-led Syrian Democratic Forces killed
// 35 militants in the last 24 hours, media reported"), which is the news
// agency the next sentence names ("According to the Kurdish Firat News
// Agency, ...") or else the party's own claim; and a body a sentence calls
// "the aid group" or "a monitoring group" that the next sentence names
// ("Five medics were killed, the aid group that runs the clinic said. The
// Union of Syrian Medical Relief Organisations said ..."). Neither is the
// outlet's own count.

// agentReach is how far before the count the party's killing verb may
// stand ("killed 35", "killed at least 35 Daesh").
const agentReach = 4

// partyAgentClaim returns the party that a sentence's subject names as
// the killer of the count at tok, when the sentence attributes the count to
// nothing but media passing it on ("media reported", "reports said"): the
// count is that party's claim. ok false otherwise.
func partyAgentClaim(s *factSentence, tok int) (int, bool) {
	s.tokenise()
	toks := s.toks
	agent := -1
	for i, m := range s.origs {
		e := m.end
		if e < len(toks) {
			if p := parenEnd(toks, e); p > e {
				e = p + 1 // "Syrian Democratic Forces (SDF) killed"
			}
		}
		if e < tok && tok-e <= agentReach && toks[e].is(wcKilling) {
			agent = i
		}
	}
	if agent < 0 {
		return -1, false
	}
	m := s.origs[agent]
	if o := origs.list[m.id]; !o.party || carrier(o.kind) || o.generic {
		return -1, false
	}
	for _, n := range s.origs {
		if n.id != m.id && !carrier(origs.list[n.id].kind) && (n.start < tok || n.start > tok+agentReach) {
			return -1, false // another source speaks in it; "35 Daesh militants" are the victims
		}
	}
	for j := tok + 1; j+1 < len(toks); j++ {
		if (toks[j].w == "media" || toks[j].w == "reports") && toks[j+1].is(wcCue) {
			return m.id, true
		}
	}
	return -1, false
}

// agencyNamedAfter returns the originator of a count that sentence si
// attributes to nothing but media passing it on, when the next sentence
// names the news agency or outlet that reported it ("..., media reported
// Sunday. According to the Kurdish Firat News Agency, ...", "The Foo news
// agency reported ..."): the agency as the table names it (none for a wire
// outlet, whose count is the outlet's own), else as written. ok is false
// when the next sentence names no agency, or when party, whose act the
// count is, speaks in it itself ("According to the SDF, ..."): then the
// count stays the party's claim.
func agencyNamedAfter(sents []factSentence, si, party int) (name string, isParty, ok bool) {
	if si+1 >= len(sents) || sents[si+1].index < 0 {
		return "", false, false
	}
	s := &sents[si+1]
	s.tokenise()
	if m, ok := attribution(s); ok {
		if o := origs.list[m.id]; m.id != party && newsKinds.Has(o.kind) {
			n, p := origs.source(m.id)
			return n, p, true
		}
		return "", false, false // the party itself, or another body, speaks
	}
	if n, ok := newsAgencyName(s); ok {
		return n, false, true
	}
	return "", false, false
}

// newsKinds are the table's kinds of news outlets and agencies.
var newsKinds = lang.WordSetOf(map[string]bool{outletKind: true, "state_media": true, "media": true})

// newsAgencyName reads a news agency's name the table does not know, as
// written: "the Foo News Agency", "the Foo news agency", "Foo newspaper".
func newsAgencyName(s *factSentence) (string, bool) {
	toks := s.toks
	for end := 1; end < len(toks); end++ {
		noun := end // the first word of "news agency", or an outlet's noun
		switch {
		case toks[end].w == "agency" && toks[end-1].w == "news":
			noun = end - 1
		case outletNouns.Has(toks[end].w):
		default:
			continue
		}
		last := noun - 1 // the name's last word: before "news agency", or "News" itself
		if lang.Capitalised(s.text[toks[noun].off:toks[noun].end]) {
			last = noun
		}
		if last < 0 {
			continue
		}
		if lo, hi, ok := nameSpan(s, last, -1); ok && hi == last && lo < noun {
			return s.text[toks[lo].off:toks[end].end], true
		}
	}
	return "", false
}

// groupReach is how far from a sentence's end its closing "the aid group
// that runs the clinic said" may begin.
const groupReach = 12

// groupNamedAfter returns the body that the closing "the aid group said"
// (or "a monitoring group said", with words between: "the group that runs
// the clinic said") of sentence si stands for, when si names no source
// and one of the next two sentences names a body: the first it names that
// is neither generic nor an outlet. ok false otherwise.
func groupNamedAfter(sents []factSentence, si int) (int, bool) {
	s := &sents[si]
	if !closingGroup(s.toks) {
		return -1, false
	}
	for _, m := range s.origs {
		if o := origs.list[m.id]; !notSource(s.toks, m) && !o.generic && !genericKinds.Has(o.name) {
			return -1, false // the sentence names its source by name
		}
	}
	for b := si + 1; b < len(sents) && b <= si+2 && sents[b].index >= 0; b++ {
		sents[b].tokenise()
		p := &sents[b]
		for _, m := range p.origs {
			if notSource(p.toks, m) || !lang.Capitalised(p.text[p.toks[m.start].off:p.toks[m.start].end]) {
				continue
			}
			if o := origs.list[m.id]; o.generic || carrier(o.kind) || genericKinds.Has(o.name) {
				continue
			}
			return m.id, true
		}
	}
	return -1, false
}

// closingGroup reports a sentence that ends with a body's anaphor before
// its attribution word: "..., the aid group said", "... a monitoring group
// said Sunday", "... the group that runs the clinic said".
func closingGroup(toks []ftok) bool {
	for j := len(toks) - 1; j >= 2 && j >= len(toks)-closingReach-groupReach; j-- {
		if !toks[j].is(wcCue) || toks[j].is(wcAhead) {
			continue
		}
		for a := j - 1; a >= 1 && a >= j-groupReach; a-- {
			if toks[a].isNum || toks[a].punct && toks[a].w != "," {
				break
			}
			if backAnaphors.Has(toks[a].w) || toks[a].w == "monitor" {
				return determinerBefore(toks, a)
			}
		}
		return false
	}
	return false
}

// determinerBefore reports "the", "a" or "an" at most two words before a
// ("the aid group", "a UK-based monitoring group").
func determinerBefore(toks []ftok, a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if lang.IsArticle(toks[k].w) {
			return true
		}
	}
	return false
}
