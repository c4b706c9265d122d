package lang

import (
	_ "embed"
	"strings"
)

//go:embed lexicon/spellings.tsv
var spellingsData string

// spellingPairs maps each spelling of lexicon/spellings.tsv to the other:
// the British word to the American and back.
var spellingPairs = func() map[string]string {
	m := map[string]string{}
	for us, uk := range keyTable("spellings.tsv", spellingsData) {
		m[us] = uk
		m[uk] = us
	}
	return m
}()

// izeStems are the stems whose verbs and nouns are written "-ise" in
// British and "-ize" in American English ("mobilise", "mobilization").
var izeStems = []string{"mobil", "demobil", "priorit", "harmon", "author", "organ", "recogn", "critic", "stabil",
	"util", "final", "emphas", "real", "categor", "apolog", "hospital", "immun", "militar", "normal", "neutral",
	"legal", "character", "special", "summar", "symbol", "minim", "maxim", "modern", "subsid", "sensit",
	"fertil", "mechan", "industrial", "decentral", "capital", "optim", "stigmat", "revital", "privat",
	"terror", "polar", "radical", "marginal", "central", "civil", "visual", "computer", "standard", "urban",
	"institutional", "criminal", "local", "global", "rational", "formal", "penal", "memorial", "synchron",
	"agon", "colon", "scrutin", "jeopard", "vandal", "sanit", "steril", "energ", "familiar", "conceptual"}

// izeEndings are the endings after "-is"/"-iz" of izeStems's words.
var izeEndings = []string{"e", "es", "ed", "ing", "ation", "ations", "er", "ers"}

// SpellingVariant returns the other spelling of a lower-case word written
// one way in British and another in American English ("neighborhood":
// "neighbourhood", "favour": "favor", "mobilised": "mobilized",
// "organizations": "organisations"), or "" when it has none.
func SpellingVariant(w string) string {
	if v, ok := spellingPairs[w]; ok {
		return v
	}
	if s, ok := strings.CutSuffix(w, "s"); ok {
		if v, ok := spellingPairs[s]; ok {
			return v + "s"
		}
	}
	for _, stem := range izeStems {
		rest, ok := strings.CutPrefix(w, stem)
		if !ok || len(rest) < 3 || rest[0] != 'i' || rest[1] != 's' && rest[1] != 'z' {
			continue
		}
		for _, e := range izeEndings {
			if rest[2:] == e {
				other := "z"
				if rest[1] == 'z' {
					other = "s"
				}
				return stem + "i" + other + e
			}
		}
	}
	return ""
}
