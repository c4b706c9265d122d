package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
)

// ownClause returns the clause of a headline of two or more headlines
// joined by semicolons ("28 Killed in Idleb; Army Regains Towns in Hama",
// a roundup's title, or two titles run together that splitRunOn parted)
// that the report's lead tells: a story is one event, and the other
// clause is another event of the same page, told as if of the same one.
// The clause shares the most of its words (weighted by their rarity: idf)
// with the lead's sentences, leaving out a sentence that repeats the
// title; on a tie, the first clause. A source the headline ends with
// (": NGO") stays with the clause told. h is returned whole when it has no
// semicolon outside quotation marks, or a clause of fewer than three words
// or with no verb ("Senior Leader in Homs; 8 More Killed": the first lost
// its verb), or one that is a toll and nothing else, the other's outcome
// ("Centre of the Town Shelled; 2 Civilians Killed", "... ; at least 20
// dead": bareToll).
func ownClause(h string, lead []string) string {
	if !strings.Contains(h, "; ") || strings.ContainsAny(h, "\"“”") {
		return h
	}
	parts := strings.Split(h, "; ")
	tail := ""
	last := parts[len(parts)-1]
	if i := strings.LastIndex(last, ": "); i > 0 && len(strings.Fields(last[i+2:])) <= 4 {
		parts[len(parts)-1], tail = last[:i], last[i:]
	}
	whole := map[string]bool{}
	clauses := make([]map[string]bool, len(parts))
	for i, p := range parts {
		if ws := strings.Fields(p); len(ws) < 3 || !hasVerb(ws) || bareToll(ws) {
			return h // a fragment, or the toll of the other clause's event
		}
		clauses[i] = clauseTerms(p)
		for t := range clauses[i] {
			whole[t] = true
		}
	}
	var leadTerms []map[string]bool
	for _, s := range lead {
		ts := clauseTerms(s)
		shared := 0
		for t := range whole {
			if ts[t] {
				shared++
			}
		}
		if len(whole) > 0 && float64(shared) >= 0.8*float64(len(whole)) {
			continue // the title repeated as the text's first line
		}
		leadTerms = append(leadTerms, ts)
	}
	best, bestScore := 0, float32(0)
	for i, c := range clauses {
		var score float32
		for t := range c {
			for _, ts := range leadTerms {
				if ts[t] {
					score += idf(t)
					break
				}
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return strings.TrimSpace(parts[best]) + tail
}

// hasVerb reports a headline clause with a verb after its first word: a
// participle of harm or attack ("Killed", "Shelled"), an attack's verb
// ("Target", "Kill"), a third person singular ("Regains") or a past form
// in -ed.
func hasVerb(ws []string) bool {
	for _, w := range ws[1:] {
		w = strings.TrimRight(w, ",;:.!?")
		low := strings.ToLower(w)
		if runOnParticiples[low] || runOnEnds[low] || strikeVerbs[low] || attackOutcomes[low] || outcomeVerb(w) || singularVerb(w) ||
			len(low) > 4 && strings.HasSuffix(low, "ed") && lettersOnly(w) && !gazetteerName(w) {
			return true
		}
	}
	return false
}

// bareToll reports a headline clause that is a count of the harmed and no
// more: a participle of harm (runOnParticiples) and no place ("2 Civilians
// Killed, 7 Injured", "at least 20 dead"; not "28 Killed in Idleb").
func bareToll(ws []string) bool {
	harm := false
	for i, w := range ws {
		if runOnParticiples[strings.ToLower(strings.TrimRight(w, ",;:.!?"))] {
			harm = true
		}
		if e, ok := placeAt(ws, i); ok && lang.Capitalised(strings.Trim(w, "\"“”‘’'(")) && e.Kind != "" {
			return false
		}
	}
	return harm
}

// clauseTerms returns the index terms of s's words.
func clauseTerms(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range lang.Words(strings.ToLower(s)) {
		if t := term(w); t != "" {
			out[t] = true
		}
	}
	return out
}

// neutralWords returns a headline with a party's name for the fighters it
// opposes in neutral words, as a news agency's own copy has it: a
// "terrorists" or "terrorist" of the headline's words (not of a quotation)
// is "militants" or "militant" ("Army Kills 28 ISIL Terrorists" → "... ISIL
// Militants"), and the word before an attack (lang.IsAttackNoun) goes ("Terrorist Rocket
// Attacks" → "Rocket Attacks"); the dead a party "martyred" were killed
// ("Civilians Martyred as ..." → "Civilians Killed as ..."). A headline that reports what someone says
// ("Assad says terrorists ...") keeps the speaker's words, as does one in
// quotation marks.
func neutralWords(h string) string {
	if strings.ContainsAny(h, "\"“”‘’") {
		return h
	}
	ws := strings.Fields(h)
	out := make([]string, 0, len(ws))
	changed := false
	for i := range ws {
		if speechVerb(strings.ToLower(strings.TrimRight(ws[i], ",;:.!?"))) {
			return h // reported speech: the speaker's words
		}
		w, ok := neutralWord(ws, i, i == 0)
		changed = changed || ok
		if w != "" {
			out = append(out, w)
		}
	}
	if !changed {
		return h
	}
	return strings.Join(out, " ")
}

// speechVerb reports a verb, in lower case, after which a sentence or a
// headline tells what its speaker says, in the speaker's words: a verb of
// saying ("said", "told", "according") or of naming ("calls", "brands",
// "accused", "described").
func speechVerb(low string) bool {
	return lang.IsStop(low, lang.Reporting) || analyze.SayingVerb(low) || namingVerbs[low]
}

// namingVerbs name someone as the speaker sees them ("brands them
// terrorists", "accused terrorists of").
var namingVerbs = lang.HeadlineWords(lang.NamingVerb)

// neutralWord returns ws[i] in neutral words and whether it changed: a
// "terrorists" or "terrorist" is "militants" or "militant", except before
// an attack, where it goes ("" returned: "Terrorist Rocket Attacks" →
// "Rocket Attacks", the next word capitalised when ws[i] opened its
// sentence: start); "martyred" is "killed", and "martyrs" after a count
// "dead" ("50 martyrs" → "50 dead").
func neutralWord(ws []string, i int, start bool) (string, bool) {
	w := ws[i]
	core := strings.TrimRight(w, ",;:.!?")
	low := strings.ToLower(core)
	switch {
	case low == "a" && i+2 < len(ws) && dropsBeforeAttack(ws, i+1) && startsWithVowel(ws[i+2]):
		return core + "n" + w[len(core):], true // "a terrorist attack" → "an attack"
	case low == "martyred":
		return matchCase("killed", core) + w[len(core):], true
	case low == "martyrs" && i > 0 && countWord(strings.ToLower(ws[i-1])):
		return matchCase("dead", core) + w[len(core):], true
	case low != "terrorist" && low != "terrorists":
		return w, false
	}
	if dropsBeforeAttack(ws, i) {
		if start {
			r, n := utf8.DecodeRuneInString(ws[i+1])
			ws[i+1] = string(unicode.ToUpper(r)) + ws[i+1][n:]
		}
		return "", true
	}
	return matchCase("militant"+low[len("terrorist"):], core) + w[len(core):], true
}

// dropsBeforeAttack reports whether ws[i] is a "terrorist" that
// neutralWord drops: one word, right before an attack ("terrorist attack").
func dropsBeforeAttack(ws []string, i int) bool {
	w := ws[i]
	return strings.ToLower(w) == "terrorist" && i+1 < len(ws) &&
		lang.IsAttackNoun(strings.ToLower(strings.TrimRight(ws[i+1], ",;:.!?")))
}

// startsWithVowel reports whether w begins with a vowel letter, so that
// the article before it is "an" ("an attack", "an assault").
func startsWithVowel(w string) bool {
	return w != "" && strings.ContainsRune("aeiouAEIOU", rune(w[0]))
}

// matchCase writes w (lower case) in the case of like: all capitals,
// capitalised or lower case.
func matchCase(w, like string) string {
	switch {
	case like == strings.ToUpper(like):
		return strings.ToUpper(w)
	case lang.Capitalised(like):
		r, n := utf8.DecodeRuneInString(w)
		return string(unicode.ToUpper(r)) + w[n:]
	}
	return w
}
