package lang

import (
	_ "embed"
	"fmt"
	"strings"
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

var nameParticles = parseNameParticles(nameParticlesData)

func parseNameParticles(data string) map[string]ParticleUse {
	m := map[string]ParticleUse{}
	for _, l := range lexiconLines(data) {
		c := l.cols()
		if len(c) != 2 || c[1] == "" || c[1] != strings.ToLower(c[1]) {
			panic(fmt.Sprintf("lang: nameparticles.tsv line %d: want uses and a lower-case word", l.n))
		}
		for _, u := range strings.Split(c[0], ",") {
			use, ok := particleUseNames[u]
			if !ok {
				panic(fmt.Sprintf("lang: nameparticles.tsv line %d: unknown use %q", l.n, u))
			}
			m[c[1]] |= use
		}
	}
	return m
}

// NameParticle reports whether w (lower case) is a name particle of any of
// the uses asked: "van" of "Jane van Roe" (Inside), "abu" of "Abu-Roe"
// (Joined).
func NameParticle(w string, uses ParticleUse) bool {
	return nameParticles[w]&uses != 0
}
