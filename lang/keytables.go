package lang

import (
	_ "embed"
	"fmt"
	"maps"
	"strconv"
)

//go:embed lexicon/groups.tsv
var groupsData string

var countedGroups = keyTable("groups.tsv", groupsData)

// CountedGroups returns the groups of lexicon/groups.tsv by their words
// ("villagers": "civilians", "gunmen": "fighters"), as a new map of the
// caller's.
func CountedGroups() map[string]string { return maps.Clone(countedGroups) }

//go:embed lexicon/demonyms.tsv
var demonymsData string

var demonyms = keyTable("demonyms.tsv", demonymsData)

// Demonyms returns the country's word of each adjective of nationality of
// lexicon/demonyms.tsv ("iranian": "iran"), as a new map of the caller's.
func Demonyms() map[string]string { return maps.Clone(demonyms) }

//go:embed lexicon/hours.tsv
var hoursData string

var spanHours = func() map[string]int {
	m := map[string]int{}
	for w, k := range keyTable("hours.tsv", hoursData) {
		n, err := strconv.Atoi(k)
		if err != nil {
			panic(fmt.Sprintf("lang: hours.tsv: %q: %v", w, err))
		}
		m[w] = n
	}
	return m
}()

// SpanHours returns the hours of each span word of lexicon/hours.tsv
// ("day": 24, "weeks": 168), as a new map of the caller's.
func SpanHours() map[string]int { return maps.Clone(spanHours) }

//go:embed lexicon/roles.tsv
var rolesData string

var roleKinds = setTable("roles.tsv", rolesData)

// RoleKinds returns the roles of lexicon/roles.tsv that answer each role a
// question asks ("leader": president, premier, king ...), as new sets of
// the caller's.
func RoleKinds() map[string]map[string]bool {
	out := make(map[string]map[string]bool, len(roleKinds))
	for k, ws := range roleKinds {
		out[k] = maps.Clone(ws)
	}
	return out
}
