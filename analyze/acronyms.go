package analyze

import (
	"github.com/conflict-digest/conflict-digest/lang"
	"slices"
	"strings"
)

// maxSpelledWords is how many words before an acronym in brackets may spell
// it out: "Rapid Support Forces (RSF)".
const maxSpelledWords = 6

// redefinedAcronyms returns the acronyms of the originator table that the
// article spells out in brackets as another body ("the paramilitary Rapid
// Support Forces (RSF)"): there the acronym is that body, not the table's
// (Reporters Without Borders), and names no source the table knows. An
// acronym spelled out as its own entry's name ("Reporters Without Borders
// (RSF)") stays the table's.
func redefinedAcronyms(d *doc) []string {
	var out []string
	for i := range d.sents {
		text := d.sents[i].text
		for k := strings.IndexByte(text, '('); k >= 0; {
			end := strings.IndexByte(text[k:], ')')
			if end < 0 {
				break
			}
			acr := text[k+1 : k+end]
			if upperWord(acr) && !slices.Contains(out, acr) && redefinedAt(text[:k], acr) {
				out = append(out, acr)
			}
			next := strings.IndexByte(text[k+1:], '(')
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	return out
}

// upperWord reports a word of two to six capital ASCII letters.
func upperWord(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// redefinedAt reports an acronym of the table whose spelled-out name, the
// capitalised words that end before, names none of the entries the acronym
// stands for, and is spelled by its initials where the entry's own name is
// not ("Rapid Support Forces (RSF)" against Reporters Without Borders).
func redefinedAt(before, acr string) bool {
	// the cheap tests first (a run of capitalised words that spells the
	// acronym), the table's look-ups after: every test must pass
	words := strings.Fields(before)
	n := 0
	for j := len(words) - 1; j >= 0 && n < maxSpelledWords; j-- {
		w := words[j]
		if !lang.Capitalised(w) && w != "of" && w != "for" && w != "and" || w == "The" {
			break // "The Rapid Support Forces (RSF)": the article is no part of the name
		}
		n++
	}
	if n < 2 || initials(words[len(words)-n:]) != acr {
		return false // "United Nations International Childrens Emergency Fund (UNICEF)": a spelling the table lacks
	}
	am := origs.find(acr, ftokens(acr))
	if len(am) == 0 {
		return false
	}
	// the entry's own name may hold more words than the capitalised run
	// ("Office for the Coordination of Humanitarian Affairs (OCHA)")
	name := strings.Join(words[max(0, len(words)-2*maxSpelledWords):], " ")
	for _, m := range origs.find(name, ftokens(name)) {
		for _, a := range am {
			if m.id == a.id {
				return false
			}
		}
	}
	for _, a := range am {
		if e := origs.list[a.id].name; acronym(e) || initials(strings.Fields(e)) == acr {
			return false // the table's entry is named by the acronym or spells it so itself
		}
	}
	return true // "Rapid Support Forces (RSF)", not Reporters Sans Frontieres
}

// initials returns the first letters of the capitalised words.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if lang.Capitalised(w) {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}
