package analyze

import (
	"github.com/conflict-digest/conflict-digest/lang"
	"strings"
)

// stateWordOnly reports a name that is one state word alone: "Tehran",
// "Chadian" (of "Tehran radio", "Chadian radio").
func stateWordOnly(name string) bool {
	toks := ftokensLower(name, strings.ToLower(name))
	return len(toks) > 0 && stateAt(toks, 0).n == len(toks)
}

// stateOutlet returns the table's outlet that a sentence gives its statement
// to when the sentence describes it as a state's news agency or station
// ("the official Soviet news agency Tass said"): the state's organ, named
// as the table names it, no longer a carrier of others' counts.
func stateOutlet(s *factSentence) (string, bool) {
	m, ok := attribution(s)
	if !ok || !carrier(origs.list[m.id].kind) || origs.list[m.id].kind != outletKind {
		return "", false
	}
	organ, state := false, false
	for j := m.start - 1; j >= 0 && j >= m.start-describedReach && !s.toks[j].punct; j-- {
		organ = organ || s.toks[j].is(wcOrganNoun)
		state = state || stateAt(s.toks, j).n > 0
	}
	if !organ || !state {
		return "", false
	}
	return origs.list[m.id].name, true
}

// officialMarks describe a station or agency as the state's own: "the
// official Iraqi news agency", "state-run Iranian television".
var officialMarks = lang.WordSetOf(lang.SourceWords(lang.OfficialMark))

// officialOrgan returns the table's official media for a state's station or
// agency described, not named, as its own before the attribution word or
// after "according to": "the official Iraqi news agency said" is `state
// media`, as "Iran's official news agency" is by the table's alias.
func officialOrgan(s *factSentence) (string, bool) {
	toks := s.toks
	for p := 1; p < len(toks); p++ {
		if !toks[p].is(wcOrganNoun) || !organCue(toks, p) {
			continue
		}
		official, state := false, false
		for j := p - 1; j >= 0 && j >= p-3 && !toks[j].punct; j-- {
			official = official || officialMarks.Has(toks[j].w) || j > 0 && toks[j].hyph && toks[j].w == "run" && toks[j-1].w == "state"
			state = state || stateAt(toks, j).n > 0
		}
		if official && state {
			return origs.list[origs.byName("state media")].name, true
		}
	}
	return "", false
}

// organCue reports an organ's noun at toks[p] that the sentence gives its
// statement to: a cue right after it, or "according to" a few words before.
func organCue(toks []ftok, p int) bool {
	if p+1 < len(toks) && isCue(toks, p+1) && toks[p+1].w != "according" {
		return true
	}
	for j := p - 1; j >= 1 && j >= p-5; j-- {
		if toks[j].w == "to" && toks[j-1].w == "according" {
			return true
		}
	}
	return false
}

// stationNouns stand for a station named before: "Tehran Radio said ....
// The radio said 300 were killed."
var stationNouns = lang.WordSetOf(lang.SourceWords(lang.StationNoun))

// stationSays reports a sentence that opens with a station's anaphor and
// its attribution word: "The radio said ...".
func stationSays(toks []ftok) bool {
	return len(toks) > 3 && toks[0].w == "the" && stationNouns.Has(toks[1].w) && toks[2].is(wcCarry) && isCue(toks, 2)
}

// monitoredWords open an aside that tells where a station was heard:
// "Tehran radio, monitored by the BBC, said", "IRNA, received in Nicosia,
// said".
var monitoredWords = lang.WordSetOf(lang.ReportingWords(lang.MonitoredWord))

// monitoredReach bounds the words of such an aside.
const monitoredReach = 8

// monitoredAside returns the comma that opens an aside of where a station
// was heard, which closes with the comma at b; -1 for none.
func monitoredAside(toks []ftok, b int) int {
	if b < 2 || toks[b].w != "," {
		return -1
	}
	for k := b - 1; k >= 1 && k >= b-monitoredReach; k-- {
		if toks[k].punct {
			if toks[k].w == "," && monitoredWords.Has(toks[k+1].w) {
				return k
			}
			return -1
		}
	}
	return -1
}

// organNamedAfter returns the name an official medium the table knows only
// by its description is given right after it ("Iraq's official news
// agency INA said", "the state news agency KUNA reported"): the name as
// written, an acronym the table does not know.
func organNamedAfter(s *factSentence, id int) (string, bool) {
	if origs.list[id].name != "state media" {
		return "", false
	}
	for _, m := range s.origs {
		k := m.end
		if m.id != id || k+1 >= len(s.toks) || s.toks[k].punct || !acronymWord(s.text[s.toks[k].off:s.toks[k].end]) {
			continue
		}
		if _, n := origs.longestAt(s.text, s.toks, k); n > 0 {
			continue
		}
		if next := s.toks[k+1]; next.punct || isCue(s.toks, k+1) {
			return s.text[s.toks[k].off:s.toks[k].end], true
		}
	}
	return "", false
}
