package lang

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParticleUse is a set of the ways a name particle stands in a name
// (lexicon/nameparticles.tsv): a reader asks for the ways it reads.
type ParticleUse uint8

// The uses of lexicon/nameparticles.tsv.
const (
	Inside ParticleUse = 1 << iota // lower case between two name words: "Jane van Roe"
	Joined                         // hyphen-joined before an Arabic name: "al-Foo"
)

var particleUseNames = map[string]ParticleUse{"inside": Inside, "joined": Joined}

//go:embed lexicon/nameparticles.tsv
var nameParticlesData string

var nameParticles = flagTable("nameparticles.tsv", nameParticlesData, particleUseNames)

// NameParticle reports whether w (lower case) is a name particle of any of
// the uses asked: "van" of "Jane van Roe" (Inside), "abu" of "Abu-Roe"
// (Joined).
func NameParticle(w string, uses ParticleUse) bool {
	return nameParticles[w]&uses != 0
}

// FullName reports whether s ends a name with name, after a capitalised
// word that is no function word and before a word in lower case ("Javad
// Zarif has"): a name given whole, of which name is the surname.
func FullName(s, name string) bool {
	ws := strings.Fields(s)
	for i := 1; i < len(ws); i++ {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		if n, ok := FullNameEnd(ws[i-1], ws[i], next); ok && n == name {
			return true
		}
	}
	return false
}

// FullNameEnd returns word w, between prev and next (words apart by
// spaces; next "" when w is the last), without its trailing punctuation
// and possessive, and whether it ends a name there (FullName).
func FullNameEnd(prev, w, next string) (string, bool) {
	if next != "" {
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) {
			return "", false // "Norwegian Foreign Minister": inside a name, not its end
		}
	}
	if r, _ := utf8.DecodeRuneInString(prev); !unicode.IsUpper(r) || IsStopAnyCase(prev, Function) {
		return "", false
	}
	return strings.TrimSuffix(strings.TrimRight(w, ",."), "'s"), true
}
