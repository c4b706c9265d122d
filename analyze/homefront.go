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
// homeFront reads besides relevance.txt's ([protest] and [front] the forums
// and acts of civic life where a war is argued about, [party] the armed
// words that only name a side of a war).
var homeFronts = parseGate(homeFrontData)

// homeForums is [protest] and [front] of homefront.txt as one set: the
// file's [front] heading, which follows [protest], taken out.
var homeForums = parseGate(strings.Replace(homeFrontData, "\n[front]\n", "\n", 1))["protest"]

// homeFront reports whether the headline and lead, read outside their
// quotations, tell a forum or act of civic life ([front], or politics:
// an election campaign, the Senate) and of the war only its sides' names
// ([party]), the war itself ("its war with Hamas") and its acts named as
// things known, what the protest is about ("Hamas' attack on Israel", "the
// Hamas terrorist attacks", "in solidarity with the civilians caught in the
// hostilities between Hamas and Israel", "the bombing of the Gaza Strip
// sparked a wave of protests": knownAct): no other armed word, no act of
// violence told as news, no hostages, no refugees, aid or displacement and
// no diplomacy. Civilians named with no violence done to them are the
// protest's cause. What the
// protesters chant and the lawmakers say is theirs, and is left out: a
// rally's "cease-fire now" is no truce. An attack done to a forum ("an
// attack on a rally") is the war's.
func (c *gateCounts) homeFront(in gateInput) bool {
	if c.tl("politics") == 0 && homeForums.count(in.title)+homeForums.count(in.lead) == 0 {
		return false
	}
	ws := gateWords(lang.Words(unquoted(openingOf(in))))
	n := gateAll.counts(ws)
	if homeForums.count(ws) == 0 && n[gateSections["politics"]] == 0 {
		return false
	}
	for _, s := range []string{"refugee", "crisis", "aid", "diplomacy", "impact", "sides", "warsign"} {
		if n[gateSections[s]] > 0 {
			return false
		}
	}
	// a protest's cause: the war's acts named as things known and its
	// civilians; elsewhere only its attack is
	protest := homeFronts["protest"].count(ws) > 0
	if !protest && n[gateSections["wartoll"]] > 0 {
		return false
	}
	armed, force := gate["armed"], gate["force"]
	known := 0 // armed words that are acts of the war named as things known
	for i := range ws {
		if armed.at(ws, i) != nil && knownAct(ws, i, protest) {
			known++
		}
	}
	if n[gateSections["armed"]] > homeFronts["party"].count(ws)+known {
		return false
	}
	for i := range ws {
		if force.at(ws, i) != nil && !knownAct(ws, i, protest) {
			return false
		}
		if homeForums.at(ws, i) != nil && attackedForum(ws, i) {
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

// warActs are the nouns of a war's acts and of its fighting (lexicon
// war.tsv's event and conflict kinds: "attack", "bombing", "shelling",
// "hostilities") that knownAct reads.
var warActs = lang.WarWords(lang.EventNoun | lang.ConflictName)

// knownAct reports whether ws[i] is an act of a war named as a thing known,
// a noun that a preposition or the sentence's end follows ("Hamas' attack
// on Israel", "to justify the Hamas terrorist attacks."), not a verb with
// its object ("militants attack a rally"). Any act of the war when acts
// names the cause of a protest ("the bombing of the Gaza Strip", "the
// hostilities between Hamas and Israel"), else an attack only.
func knownAct(ws []string, i int, acts bool) bool {
	if acts && !warActs[ws[i]] || !acts && ws[i] != "attack" && ws[i] != "attacks" {
		return false
	}
	if i+1 == len(ws) {
		return true
	}
	switch ws[i+1] {
	case "on", "against", "by", "in", "of", "between", "that", "which", "was", "were", "and":
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
