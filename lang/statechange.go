package lang

import (
	"strings"
	"unicode/utf8"
)

// haltWords tell that a process stopped; resumeWords that it went on again.
var (
	haltWords   = WordSetOf(map[string]bool{"halted": true, "suspended": true, "stalled": true, "paused": true, "delayed": true, "stopped": true})
	resumeWords = WordSetOf(map[string]bool{"resumed": true, "resumes": true, "restarted": true})
)

// TellsHalt reports whether words tell a process halted ("the evacuation
// deal halted", "aid deliveries were suspended").
func TellsHalt(words []string) bool { return anyWord(words, &haltWords) }

// TellsResumption reports whether words tell a process went on again ("the
// evacuation resumed after the bombing"), also as what it does after its
// halt ("a convoy was due to deliver aid on Thursday after a 48-hour
// suspension": a halt noun within a few words after "after").
func TellsResumption(words []string) bool {
	return anyWord(words, &resumeWords) || afterHalt(words)
}

// haltNouns name a process's halt; afterHaltReach is how many words after
// "after" one may stand ("after a 48-hour suspension").
var haltNouns = WordSetOf(map[string]bool{"suspension": true, "halt": true, "pause": true, "stoppage": true})

const afterHaltReach = 4

// afterHalt reports words that tell a halt as what came before ("after a
// 48-hour suspension").
func afterHalt(words []string) bool {
	for i, w := range words {
		if !strings.EqualFold(w, "after") {
			continue
		}
		for _, n := range words[i+1 : min(len(words), i+1+afterHaltReach)] {
			if haltNouns.Has(strings.ToLower(n)) {
				return true
			}
		}
	}
	return false
}

// changeWords tell that a state changed, as done: people moved out under a
// deal, a deal or truce reached or broken, a siege lifted or laid, a place
// taken, an offensive begun.
var changeWords = WordSetOf(map[string]bool{
	"evacuated": true, "evacuation": true, "evacuations": true, "surrendered": true, "withdrew": true,
	"agreement": true, "deal": true, "truce": true, "ceasefire": true, "signed": true, "reached": true,
	"collapsed": true, "lifted": true, "encircled": true, "captured": true,
	"recaptured": true, "seized": true, "retook": true, "launched": true,
})

// TellsStateChange reports whether words tell a state changed: a process
// halted or resumed (TellsHalt, TellsResumption), people evacuated under
// a deal, a truce reached or collapsed, a siege lifted, a town captured
// ("on Thursday 120 fighters were evacuated from the district under an
// agreement"); not a state that holds ("thousands of fighters remain in
// the district").
func TellsStateChange(words []string) bool {
	return TellsHalt(words) || TellsResumption(words) || anyWord(words, &changeWords)
}

// offensiveWords name a military offensive; begunWords tell it was
// announced or begun, as done ("to launch" is a plan, not a start).
var (
	offensiveWords = WordSetOf(map[string]bool{"offensive": true, "offensives": true})
	begunWords     = WordSetOf(map[string]bool{"announced": true, "announcement": true, "launched": true, "began": true,
		"begun": true, "started": true, "declared": true})
)

// TellsOffensiveBegun reports whether words tell an offensive was announced
// or begun ("since the announcement two days ago of an offensive to take
// the east of the city", "the army launched an offensive on Monday"): a
// change of state of a war, not the day's toll.
func TellsOffensiveBegun(words []string) bool {
	return anyWord(words, &offensiveWords) && anyWord(words, &begunWords)
}

// escalationWords tell that fighting grew, as done or going on: it
// intensified, escalated, flared up, increased.
var escalationWords = WordSetOf(map[string]bool{
	"intensified": true, "intensifies": true, "intensifying": true, "escalated": true, "escalates": true,
	"escalating": true, "flared": true, "increased": true,
})

// TellsEscalation reports whether words tell that something grew fiercer
// ("since late November, airstrikes and shelling gradually increased",
// "fighting has intensified since Monday"): a change the sentence
// reports, not a state that holds.
func TellsEscalation(words []string) bool { return anyWord(words, &escalationWords) }

func anyWord(words []string, set *WordSet) bool {
	for _, w := range words {
		if set.lens>>(len(w)&63)&1 == 0 && asciiOnly(w) {
			continue // lower-casing keeps an ASCII word's length: the set holds no word of it (Has)
		}
		if set.Has(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// statementWords tell that someone spoke, as news reports a statement of
// its day ("Kerry said", "the minister told reporters", "says").
var statementWords = WordSetOf(map[string]bool{
	"said": true, "says": true, "told": true, "insisted": true, "stressed": true, "declared": true,
})

// earlierWords date what a sentence tells before the report's day, or tell
// it as a state reached before ("had", "since", "ago", "last week",
// "earlier", "previously").
var earlierWords = WordSetOf(map[string]bool{
	"had": true, "since": true, "ago": true, "last": true, "earlier": true, "previously": true,
	"former": true, "formerly": true,
})

// TellsStatementOfTheDay reports whether words tell a statement made on
// the report's own day though no day is named ("the envoy said the talks
// were not over"): a verb of speech, and no month (capitalised: "may" is
// a verb too), year or word that sets it earlier ("had said", "said last
// week", "in March"). Words are as written (WordsAsWritten): a month is
// told from the verb by its capital.
func TellsStatementOfTheDay(words []string) bool {
	if !anyWord(words, &statementWords) || anyWord(words, &earlierWords) {
		return false
	}
	for _, w := range words {
		if _, ok := Month(strings.ToLower(w)); ok && w != strings.ToLower(w) || IsYear(w) {
			return false // "in March", not "talks may resume"
		}
	}
	return true
}

// asciiOnly reports whether w is all ASCII.
func asciiOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
