package lang

import _ "embed"

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
