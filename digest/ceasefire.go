package digest

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// truceWords name a ceasefire.
var truceWords = map[string]bool{"ceasefire": true, "truce": true, "cease-fire": true, "armistice": true,
	"ceasefires": true, "truces": true, "hostilities": true}

// ceasefireCues are the words with which a headline or lead reports a
// ceasefire reaching a state, when a truce word is near them.
var ceasefireCues = map[news.CeasefireStatus][]string{
	news.CeasefireProposed: {"propose", "proposes", "proposed", "proposal", "plan", "plans", "planned",
		"call", "calls", "urge", "urges", "seek", "seeks", "offer", "offers", "offered"},
	news.CeasefireInEffect: {"agree", "agrees", "agreed", "announce", "announces", "announced", "declare",
		"declares", "declared", "begin", "begins", "began", "effect", "force", "reached", "brokered", "starts", "started"},
	news.CeasefireViolated: {"violate", "violates", "violated", "violation", "violations", "breach", "breaches",
		"breached", "broke", "broken"},
	news.CeasefireCollapsed: {"collapse", "collapses", "collapsed", "end", "ends", "ended", "over", "shattered",
		"crumbles", "crumbled", "unravels", "unravelled", "dead"},
}

// backgroundWords open a clause that tells what happened before the news:
// "a day after Russia and the US agreed a truce", "since the ceasefire
// began", "ahead of a planned ceasefire". Not "despite": "strikes despite
// the truce" tells the violation.
var backgroundWords = map[string]bool{"after": true, "since": true, "ahead": true, "before": true,
	"following": true, "follows": true, "amid": true, "until": true, "during": true}

// Spans in words: a cue counts within cueSpan words of a truce word, unless
// a background word stands within backgroundSpan words before the pair or
// between its words.
const (
	cueSpan        = 8
	backgroundSpan = 6
)

// reportsCeasefire reports whether text (lower case) tells as news that a
// ceasefire reached state st, rather than mentioning it as background.
func reportsCeasefire(text string, st news.CeasefireStatus) bool {
	ws := strings.FieldsFunc(text, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r > 127)
	})
	cues := map[string]bool{}
	for _, c := range ceasefireCues[st] {
		cues[c] = true
	}
	for i, w := range ws {
		if !truceWords[w] {
			continue
		}
		for j := max(i-cueSpan, 0); j < min(i+cueSpan+1, len(ws)); j++ {
			if cues[ws[j]] && !background(ws, min(i, j), max(i, j)) {
				return true
			}
		}
	}
	return false
}

// background reports a background word in the words just before ws[from]
// or between it and ws[to].
func background(ws []string, from, to int) bool {
	for k := max(from-backgroundSpan, 0); k < to; k++ {
		if backgroundWords[ws[k]] {
			return true
		}
	}
	return false
}
