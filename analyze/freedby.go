package analyze

// freedByParty reports people a sentence (its words ws) tells set free by
// an armed party: a word of freeing, then within freedByReach words "by"
// and, in the two words after it, an armed group of the gazetteer or an
// armed party's word ("105 people who were released by Hamas during the
// truce", "the release of 82 schoolgirls by the Boko Haram insurgent
// group", "civilians freed by the rebels"). Those freed are people, counted
// or named within freedByReach words of the freeing word ("a statement
// released by the Taliban" frees no one). Captives freed by a side are the
// labelling guide's talks (prisoner releases and exchanges), as "hostages
// freed" is (issue 14, h-talks10: fignews and the ReliefWeb 2017 fit half).
func freedByParty(ws []string) bool {
	for i, w := range ws {
		if !freeWords[w] {
			continue
		}
		by := -1
		for j := i + 1; j < min(len(ws), i+1+freedByReach); j++ {
			if ws[j] == "by" {
				by = j
				break
			}
		}
		if by < 0 || !armedPartyAt(ws, by+1) {
			continue
		}
		for j := max(0, i-freedByReach); j < by; j++ {
			if freedPeople[ws[j]] || isCount(ws[j]) {
				return true
			}
		}
	}
	return false
}

// freedByReach is how many words apart the freeing word, its "by" and the
// people freed may stand.
const freedByReach = 6

// armedPartyAt reports an armed group of the gazetteer or an armed party's
// word (rebels, militants, insurgents) at ws[at] or, past "the", ws[at+1].
func armedPartyAt(ws []string, at int) bool {
	if at < len(ws) && ws[at] == "the" {
		at++
	}
	if at >= len(ws) {
		return false
	}
	if armedPartyWords[ws[at]] {
		return true
	}
	id, n := gaz.longestAt(ws, nil, func() []string { return nil }, at)
	return n > 0 && !gaz.entries[id].place && gaz.entries[id].Kind == "armed_group"
}

// armedPartyWords name an armed party by its kind.
var armedPartyWords = map[string]bool{
	"rebels": true, "militants": true, "insurgents": true, "fighters": true, "militia": true,
	"militias": true, "guerrillas": true, "jihadists": true, "gunmen": true, "kidnappers": true,
	"captors": true, "abductors": true,
}

// freedPeople name the people a release frees.
var freedPeople = map[string]bool{
	"people": true, "persons": true, "civilians": true, "women": true, "girls": true,
	"schoolgirls": true, "schoolboys": true, "children": true, "boys": true, "men": true,
	"students": true, "soldiers": true, "abductees": true, "villagers": true, "workers": true,
	"nationals": true, "citizens": true, "captives": true, "hostages": true, "prisoners": true,
	"detainees": true,
}

// isCount reports a word written in digits ("105", "1,200").
func isCount(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' {
			return false
		}
	}
	return w[0] != ','
}
