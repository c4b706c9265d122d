package lang

// attackNouns name an attack or what it is made with ("Rocket Attacks",
// "Battle", "Car Bombing"): the words a party's "Terrorist" qualifies in a
// headline, where the headline reads as written without it.
var attackNouns = WordSetOf(map[string]bool{
	"attack": true, "attacks": true, "battle": true, "battles": true, "bombing": true, "bombings": true,
	"rocket": true, "rockets": true, "mortar": true, "mortars": true, "shelling": true, "shells": true,
	"blast": true, "blasts": true, "explosion": true, "explosions": true, "assault": true, "raid": true,
	"raids": true, "fire": true, "car": true, "suicide": true, "bomb": true, "bombs": true, "strike": true,
	"strikes": true, "offensive": true,
})

// IsAttackNoun reports a lower-case word that names an attack or what it
// is made with ("rocket", "attacks", "shelling").
func IsAttackNoun(w string) bool { return attackNouns.Has(w) }

// actionVerbs are what a side does in a war, as the verb's base: true for
// a verb that is no noun the same in its base ("kill", "seize"), false for
// one that is ("advance": "in an army advance").
var actionVerbs = map[string]bool{
	"kill": true, "destroy": true, "seize": true, "capture": true, "regain": true, "retake": true,
	"recapture": true, "repel": true, "wound": true, "injure": true, "liberate": true, "shoot": true,
	"enter": true, "besiege": true, "encircle": true, "take": true, "advance": false,
	"behead": true, "crucify": true, "execute": true, "abduct": true, "kidnap": true,
}

// ActionVerb reports a lower-case verb base of what a side does in a war
// ("kill", "seize", "advance"), and whether the base is also a noun
// ("advance": "in an army advance"), which reads as a verb only in its
// third person singular.
func ActionVerb(base string) (verb, noun bool) {
	notNoun, ok := actionVerbs[base]
	return ok, ok && !notNoun
}
