package analyze

import (
	"bufio"
	_ "embed"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// The relevance gate decides, before any category, whether an article is
// about armed conflict, its diplomacy or its humanitarian consequences.
// General news feeds carry sport, business, disasters, health features and
// crime; read with the conflict lexicon, a match report "strikes" and a
// hurricane "kills". The gate is small and conservative: it turns an
// article away only when a topic of its own speaks for it and nothing of
// armed conflict does — no armed word in the headline or lead, few in the
// text, no conflict place in the lead. What it leaves in, the categories
// decide as before. A learned classifier may replace it; the decision and
// its reason stay where they are (news.Analysis.Relevance).

//go:embed relevance.txt
var relevanceData string

// gate holds the phrase sets of relevance.txt by section.
var gate = parseGate(relevanceData)

// Limits of the gate, fitted on the development labels (parts A and B of
// /work/labels/dev): an article whose text has armedDensity armed words or
// more per thousand is about a conflict whatever else it is about.
const (
	armedDensity = 3.0
	gateTokens   = 3000 // tokens of the text counted for the density
	gateLead     = 3    // sentences that make the lead
)

// topicReasons are the topics checked by their own words, in order, with
// the reason each gives.
var topicReasons = []struct{ section, reason string }{
	{"business", news.NotBusiness}, {"disaster", news.NotDisaster},
	{"health", news.NotHealth}, {"climate", news.NotClimate},
}

// gateInput is what the gate reads of an article.
type gateInput struct {
	title, lead, text []string // word tokens
	leadPlace         bool     // a place of a conflict in the title or lead
	anyPlace          bool     // a place of a conflict anywhere
	party             bool     // an armed group or army named
}

func newGateInput(d *doc, places, actors []news.Entity) gateInput {
	in := gateInput{title: words(strings.ToLower(d.title))}
	for _, s := range d.sents {
		if s.index < gateLead {
			in.lead = append(in.lead, s.words...)
		}
		if len(in.text) < gateTokens {
			in.text = append(in.text, s.words...)
		}
	}
	for _, p := range places {
		if p.Conflict != "" {
			in.anyPlace = true
			in.leadPlace = in.leadPlace || p.Lead
		}
	}
	for _, a := range actors {
		if a.Kind == "armed_group" || a.Kind == "army" {
			in.party = true
		}
	}
	return in
}

// relevance decides whether the article of in is about armed conflict.
func relevance(in gateInput) news.Relevance {
	armed := gate["armed"]
	armedTL := armed.count(in.title) + armed.count(in.lead)
	armedText := armed.count(in.text)
	density := 1000 * float64(armedText) / float64(max(len(in.text), 1))
	no := func(reason string, section string) news.Relevance {
		return news.Relevance{Reason: reason, Detail: gate[section].found(in.title, in.lead)}
	}
	if gate["sport"].count(in.title)+gate["sport"].count(in.lead) > 0 && armedTL < 2 {
		return no(news.NotSport, "sport")
	}
	// Refugees or the displaced in the headline make the topic theirs:
	// "Severe malnutrition tops 11% in refugee camps" is about them.
	crisisTitle := gate["crisis"].count(in.title) > 0
	for _, t := range topicReasons {
		inTitle := gate[t.section].count(in.title)
		inLead := inTitle + gate[t.section].count(in.lead)
		if armedTL == 0 && density < armedDensity && !crisisTitle && (inTitle > 0 || (inLead >= 2 && !in.leadPlace)) {
			return no(t.reason, t.section)
		}
	}
	switch {
	case gate["labour"].count(in.title) > 0 && armedTL == 0:
		return no(news.NotLabour, "labour")
	case gate["crime"].count(in.title)+gate["crime"].count(in.lead) > 0 && armedTL <= 1 && !in.anyPlace && !in.party:
		return no(news.NotCrime, "crime")
	case gate["politics"].count(in.title) > 0 && armedTL == 0 && !in.leadPlace:
		return no(news.NotPolitics, "politics")
	case armedTL == 0 && armedText == 0 && !in.anyPlace && !in.party &&
		gate["crisis"].count(in.text)+gate["crisis"].count(in.title) == 0:
		return news.Relevance{Reason: news.NotNoConflict}
	}
	return news.Relevance{Relevant: true}
}

// phrase is a sequence of words; a word ending in '*' matches any word
// that begins with it, and "..." stands for up to gapWords words of any
// kind ("suspend* ... talks": "suspended the Geneva peace talks").
type phrase []string

// gapWords is how many words "..." in a phrase may stand for.
const gapWords = 3

// phraseSet finds phrases in word tokens, indexed by their first word (or
// the first four letters of a first word with '*').
type phraseSet struct {
	exact  map[string][]phrase
	prefix map[string][]phrase
}

func parseGate(data string) map[string]*phraseSet {
	sets := map[string]*phraseSet{}
	var cur *phraseSet
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = &phraseSet{exact: map[string][]phrase{}, prefix: map[string][]phrase{}}
			sets[line[1:len(line)-1]] = cur
			continue
		case cur == nil:
			panic("analyze: relevance.txt: a phrase before any section: " + line)
		}
		p := phrase(strings.Fields(strings.ToLower(line)))
		if first, ok := strings.CutSuffix(p[0], "*"); ok {
			if len(first) < 4 {
				panic("analyze: relevance.txt: a prefix under four letters: " + line)
			}
			cur.prefix[first[:4]] = append(cur.prefix[first[:4]], p)
		} else {
			cur.exact[p[0]] = append(cur.exact[p[0]], p)
		}
	}
	return sets
}

// count returns how many times the set's phrases occur in ws (a phrase
// counts where it starts).
func (s *phraseSet) count(ws []string) int {
	n := 0
	for i := range ws {
		if s.at(ws, i) != nil {
			n++
		}
	}
	return n
}

// at returns the phrase of the set that starts at ws[i], or nil.
func (s *phraseSet) at(ws []string, i int) phrase {
	for _, p := range s.exact[ws[i]] {
		if p.match(ws[i:]) > 0 {
			return p
		}
	}
	if len(ws[i]) >= 4 {
		for _, p := range s.prefix[ws[i][:4]] {
			if p.match(ws[i:]) > 0 {
				return p
			}
		}
	}
	return nil
}

// match returns how many words of ws the phrase covers from ws[0], 0 when
// it does not match there.
func (p phrase) match(ws []string) int {
	if len(p) == 0 {
		return 0
	}
	if p[0] == "..." {
		for gap := 0; gap <= gapWords && gap < len(ws); gap++ {
			if n := p[1:].match(ws[gap:]); n > 0 {
				return gap + n
			}
		}
		return 0
	}
	if len(ws) == 0 || !wordMatches(p[0], ws[0]) {
		return 0
	}
	if len(p) == 1 {
		return 1
	}
	if n := p[1:].match(ws[1:]); n > 0 {
		return 1 + n
	}
	return 0
}

func wordMatches(pattern, w string) bool {
	if pre, ok := strings.CutSuffix(pattern, "*"); ok {
		return strings.HasPrefix(w, pre)
	}
	return w == pattern
}

// found names up to three distinct words of the set in title and lead, as
// the reason's detail.
func (s *phraseSet) found(title, lead []string) string {
	var out []string
	for _, ws := range [][]string{title, lead} {
		for i := range ws {
			p := s.at(ws, i)
			if p == nil {
				continue
			}
			w := strings.Join(ws[i:i+p.match(ws[i:])], " ")
			if !containsString(out, w) {
				out = append(out, w)
			}
			if len(out) == 3 {
				return strings.Join(out, ", ")
			}
		}
	}
	return strings.Join(out, ", ")
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
