package analyze

import (
	_ "embed"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// A war's echo at home (issues 13 item 4 and 14; eval/open fignews): the
// campaign rally interrupted by protesters against a war, the student's
// sermon that praises an attack, the lawmaker's row over a rally, the
// official's post on social media, the police watching for threats "in
// the wake of" an attack. Their headline and lead name a side of the war
// (an armed word: "Hamas", "militants") and its attack, so the gate's
// first evidence lets them in and the categories read the attack as
// violence; yet what they report is the civic life of a country the war is
// not fought in, which the readers of every label set call not about
// armed conflict (GUIDE.md: "domestic politics unrelated to settling the
// war").

//go:embed homefront.txt
var homeFrontData string

// homeFronts are the phrase sets of homefront.txt by section: the words
// homeFront reads besides relevance.txt's ([front] the forums and acts of
// civic life where a war is argued about, [party] the armed words that only
// name a side of a war).
var homeFronts = parseGate(homeFrontData)

// homeFront reports whether the headline and lead, read outside their
// quotations, tell a forum or act of civic life ([front], or politics:
// an election campaign, the Senate) and of the war only its sides' names
// ([party]), the war itself ("its war with Hamas") and its attack named as
// a thing known ("Hamas' attack on Israel", "the Hamas terrorist
// attacks"): no other armed word, no act of violence, no hostages, no
// refugees, aid or displacement, no diplomacy and no civilians. What the
// protesters chant and the lawmakers say is theirs, and is left out: a
// rally's "cease-fire now" is no truce. An attack done to a forum ("an
// attack on a rally") is the war's.
func (c *gateCounts) homeFront(in gateInput) bool {
	if c.tl("politics") == 0 && homeFronts["front"].count(in.title)+homeFronts["front"].count(in.lead) == 0 {
		return false
	}
	ws := gateWords(lang.Words(unquoted(openingOf(in))))
	n := gateAll.counts(ws)
	if homeFronts["front"].count(ws) == 0 && n[gateSections["politics"]] == 0 {
		return false
	}
	for _, s := range []string{"refugee", "crisis", "aid", "diplomacy", "impact", "wartoll", "sides", "warsign"} {
		if n[gateSections[s]] > 0 {
			return false
		}
	}
	if n[gateSections["armed"]] > homeFronts["party"].count(ws) {
		return false
	}
	force := gate["force"]
	for i := range ws {
		if force.at(ws, i) != nil && !knownAttack(ws, i) {
			return false
		}
		if homeFronts["front"].at(ws, i) != nil && attackedForum(ws, i) {
			return false
		}
	}
	return true
}

// openingOf is the title and the lead of in as written, one string: a
// quotation may run from one sentence into the next.
func openingOf(in gateInput) string {
	var b strings.Builder
	b.WriteString(in.titleText)
	for _, s := range in.leadSents {
		b.WriteByte(' ')
		b.WriteString(s.text)
	}
	return b.String()
}

// knownAttack reports whether ws[i] is an attack named as a thing known, a
// noun that a preposition or the sentence's end follows ("Hamas' attack on
// Israel", "to justify the Hamas terrorist attacks."), not a verb with its
// object ("militants attack a rally").
func knownAttack(ws []string, i int) bool {
	if ws[i] != "attack" && ws[i] != "attacks" {
		return false
	}
	if i+1 == len(ws) {
		return true
	}
	switch ws[i+1] {
	case "on", "against", "by", "in", "of", "that", "which", "was", "were", "and":
		return true
	}
	return false
}

// attackedForum reports whether the forum at ws[i] is what an attack hit:
// "attack on a rally", "attacked protesters".
func attackedForum(ws []string, i int) bool {
	for j := max(i-4, 0); j < i; j++ {
		if strings.HasPrefix(ws[j], "attack") {
			return true
		}
	}
	return false
}

// unquoted is s with what stands in quotation marks (“…”, "…") left out:
// a quotation left open runs to the end.
func unquoted(s string) string {
	if !strings.ContainsAny(s, "\"“”") {
		return s
	}
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '“':
			in = true
		case r == '”':
			in = false
		case r == '"':
			in = !in
		case !in:
			b.WriteRune(r)
			continue
		}
		b.WriteByte(' ')
	}
	return b.String()
}
