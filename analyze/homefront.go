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
// attack on a rally") is the war's. So are, like a quotation, what the
// protesters stand with and what set the protests off (protestWords): the
// war named as a protest's cause abroad is no news of it.
func (c *gateCounts) homeFront(in gateInput) bool {
	if c.tl("politics") == 0 && homeFronts["front"].count(in.title)+homeFronts["front"].count(in.lead) == 0 {
		return false
	}
	ws := protestWords(unquoted(openingOf(in)))
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

// protestWords is the gate's words of s (a headline and lead, quotations
// left out) without a protest's cause (round h-gate22; eval/mix9: a rally
// in Moscow, a map of the world's protests, both read as not about war):
// what follows "in solidarity with" or "in support of" to the end of its
// clause (homefront.txt's [cause]), and what stands in a clause before a
// verb that tells it set protests off ([spark] with a word of [front] among
// the five words after it). "A demonstration in solidarity with the
// civilians prey to hostilities" and "the bombing of Gaza sparked a wave of
// protests" report the protests, not the hostilities or the bombing. A
// cause that tells an act of violence as news ("strikes killed 40 and
// sparked protests": a word of [force] other than an attack named as a
// thing known) is read, as is all else the opening tells.
func protestWords(s string) []string {
	var out []string
	for _, sent := range lang.Sentences(s) {
		for _, cl := range clausesOf(sent) {
			ws := gateWords(lang.Words(cl))
			if i, ok := sparkAt(ws); ok && !toldAct(ws[:i]) {
				ws = ws[i:]
			}
			for i := range ws {
				if homeFronts["cause"].at(ws, i) != nil && !toldAct(ws[i:]) {
					ws = ws[:i]
					break
				}
			}
			out = append(out, ws...)
		}
	}
	return out
}

// clausesOf splits a sentence at its commas and semicolons, but not at a
// comma a number follows ("on October 7, 2023").
func clausesOf(sent string) []string {
	var out []string
	from := 0
	for i := 0; i < len(sent); i++ {
		if sent[i] != ',' && sent[i] != ';' {
			continue
		}
		if sent[i] == ',' && i+2 < len(sent) && sent[i+1] == ' ' && sent[i+2] >= '0' && sent[i+2] <= '9' {
			continue
		}
		out = append(out, sent[from:i])
		from = i + 1
	}
	return append(out, sent[from:])
}

// toldAct reports whether ws tells an act of violence: a word of
// relevance.txt's [force] other than an attack named as a thing known.
func toldAct(ws []string) bool {
	force := gate["force"]
	for i := range ws {
		if force.at(ws, i) != nil && !knownAttack(ws, i) {
			return true
		}
	}
	return false
}

// sparkAt returns where a verb of homefront.txt's [spark] stands in ws with
// a word of [front] among the five words after it, ok false when none does.
func sparkAt(ws []string) (int, bool) {
	for i := range ws {
		if homeFronts["spark"].at(ws, i) == nil {
			continue
		}
		for j := i + 1; j < min(i+6, len(ws)); j++ {
			if homeFronts["front"].at(ws, j) != nil {
				return i, true
			}
		}
	}
	return 0, false
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
