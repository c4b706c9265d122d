package analyze

import (
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// sidePhrases maps the words of gazetteer/sides.tsv, each a phrase of
// lower-case words, to the war whose side or process they name.
var sidePhrases = mustLoadSides()

func mustLoadSides() map[string]string {
	rows, err := tsvRows("gazetteer/sides.tsv", 2)
	if err != nil {
		panic(err)
	}
	m := map[string]string{}
	for _, f := range rows {
		for _, w := range strings.Split(f[0], "|") {
			m[w] = f[1]
		}
	}
	return m
}

// maxSideWords is the longest phrase of gazetteer/sides.tsv in words.
const maxSideWords = 3

// ConflictsNamed returns the wars of the gazetteer a sentence names by
// what belongs to one war alone: a place below country level (Ramallah,
// Aleppo), an armed group (Hamas, the Houthis), a side by its adjective or
// people ("Israelis and Palestinians", "Syrian"), or a war's own peace
// process ("the Middle East peace process"); each once. Countries, governments, armies and leaders do not count:
// powers and neighbours act in several wars (Russia, Iran, Turkey).
func ConflictsNamed(sentence string) []string {
	var out []string
	add := func(c string) {
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	words := lang.Words(sentence)
	low := make([]string, len(words))
	for i, w := range words {
		low[i] = gazKey(w)
	}
	gaz.match(words, sentence, func(id int) {
		e := gaz.entries[id]
		if e.place && e.Kind != "country" || !e.place && e.Kind == "armed_group" {
			add(e.Conflict)
		}
	})
	for i := range low {
		for n := min(maxSideWords, len(low)-i); n >= 1; n-- {
			if c, ok := sidePhrases[strings.Join(low[i:i+n], " ")]; ok {
				add(c)
				break
			}
		}
	}
	return out
}
