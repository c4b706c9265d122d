package lang

import (
	_ "embed"
	"strings"
)

//go:embed countries.txt
var countryData string

// countries holds every name and alias of countries.txt, lower-cased.
var countries = WordSetOf(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range lexiconLines(countryData) {
		for _, name := range strings.Split(strings.TrimSpace(l.text), "|") {
			m[strings.ToLower(strings.TrimSpace(name))] = true
		}
	}
	return m
}())

// IsCountry reports whether name is a state of the world ("Norway", "the
// Philippines", "DR Congo"), in any case, a leading "the" aside. A region
// ("Middle East and North Africa"), a town or a person is none.
func IsCountry(name string) bool {
	low := strings.ToLower(strings.Join(strings.Fields(name), " "))
	low = strings.TrimPrefix(low, "the ")
	return countries.Has(low)
}
