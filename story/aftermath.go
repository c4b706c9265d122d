package story

import "github.com/conflict-digest/conflict-digest/analyze"

// A chemical attack is news for days: the first tolls, the toll rising, the
// reactions, the tests that name the agent, the calls for an inquiry. Each of
// those reports names a later day of its own, and most share few words with
// the first report, so the day and score rules that keep two strikes on one
// city apart would cut the story into pieces (the Khan Shaykhun attack came
// out as nine items). Two reports whose titles both tell of a chemical attack
// and that share a place are linked across AftermathDays. Only the title
// counts: a report of the next air strike often recalls the attack in its
// lead, and is not part of it.

// chemicalWords are the index terms (see term) of titles about a chemical
// attack.
var chemicalWords = map[string]bool{
	"chemical": true, "gas": true, "sarin": true, "chlorine": true, "toxic": true, "nerve": true,
	"poison": true, "suffocation": true,
}

// chemicalTitle reports whether a title tells of a chemical attack.
func chemicalTitle(title string) bool {
	for _, w := range analyze.Words(title) {
		if chemicalWords[term(w)] {
			return true
		}
	}
	return false
}

// chemicalKey marks the keys of a chemical attack's report: its lead
// places, filed apart from the ordinary keys and looked up across
// AftermathDays.
const chemicalKey = 0x5c4e_3a1d_9b27_6f08

// aftermath reports whether two articles are linked as reports of one
// chemical attack: both titles tell of one, they share a lead place (a
// chemical key), and their event days are at most AftermathDays apart.
func (x *Index) aftermath(a, b *doc, gap int) bool {
	return a.day != NoDay && gap <= x.cfg.AftermathDays && sharesKey(a.chemKeys, b.chemKeys)
}
