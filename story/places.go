package story

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
)

// PlaceKey is the key places are compared by, wherever a filter meets a
// story: a place or any spelling the gazetteer knows of it ("deir ezzor",
// "Deir ez-Zor", "DEIR EZ ZOR") gives its gazetteer name's key; a name the
// gazetteer does not know gives its own words, lower case, punctuation
// aside. Preview and delivery both match through it.
func PlaceKey(name string) string {
	if e, ok := analyze.LookupPlace(name); ok {
		name = e.Name
	}
	return strings.Join(lang.Fields(strings.ToLower(name)), " ")
}
