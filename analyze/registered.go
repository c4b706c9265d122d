package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// registeredNouns name people a registration counts as having fled:
// refugees, the internally displaced, new arrivals.
var registeredNouns = lang.WordSetOf(lang.PeopleWords(lang.RegisteredNoun))

// registeredReach is how far after its people the verb "registered" may
// stand ("12,400 refugees have since been registered").
const registeredReach = 4

// registeredCount returns the count at i (qn its qualifier's words) that a
// sentence tells as registered people who fled: "39,150 refugees have been
// registered" (refugees, IDPs or arrivals whose registration is told done),
// or "new registrations at camps ... estimated at 44,032 people" in a
// sentence of displacement. end is the count's noun. Registered cases or
// voters are none, and so is a stock told in the present ("826,758
// refugees are registered under the registration exercise", "There are
// 55,877 refugees and asylum-seekers registered with UNHCR in Libya").
func registeredCount(toks []ftok, i, qn int) (int64, int, bool) {
	if i+1 >= len(toks) {
		return 0, 0, false
	}
	if n, ok := sinceDatedFlow(toks, i); ok {
		return toks[i].num, n, true // "55,500 Refugees in Sudan since 7 November"
	}
	if registeredNouns.Has(toks[i+1].w) {
		for j := i + 2; j < len(toks) && j <= i+1+registeredReach && !toks[j].punct; j++ {
			if toks[j].w == "registered" {
				// "have been registered", "were registered": an influx's registration;
				// "are registered", "there are ... registered": a country's stock
				p := toks[j-1].w
				return toks[i].num, i + 1, p == "been" || p == "were" || p == "newly"
			}
		}
		return 0, 0, false
	}
	if !populationNouns.Has(toks[i+1].w) || toks[i+1].w == "families" || toks[i+1].w == "households" {
		return 0, 0, false
	}
	at := i - qn - 1
	if at < 1 || (toks[at].w != "at" && toks[at].w != "of") {
		return 0, 0, false
	}
	reg, displacement := false, false
	for j, t := range toks {
		switch {
		case j < at && j >= at-registeredReach*3 && (t.w == "registrations" || t.w == "registration"):
			reg = true
		case strings.HasPrefix(t.w, "displace") || t.w == "fled":
			displacement = true
		}
	}
	if reg && displacement {
		return toks[i].num, i + 1, true
	}
	return 0, 0, false
}

// flowMarks may stand between a count and its registered noun in a key
// figure's label: "655,000 Estimated new arrivals".
var flowMarks = lang.WordSetOf(lang.PeopleWords(lang.FlowMark))

// sinceDatedReach is how far after its noun a key figure's "since" may
// stand ("in Bangladesh since 25 August 2017").
const sinceDatedReach = 5

// sinceDatedFlow returns the noun's index when the count at i names
// refugees or arrivals with no verb, then "since" a day and month: "55,500
// Refugees in Sudan since 7 November", "655,000 Estimated new arrivals in
// Bangladesh since 25 August 2017", as reports' key-figure panels label a
// crisis's flight (h-fig61). A verb between ("refugees have returned since")
// or a year alone ("since 2015": a war's stock) tells none.
func sinceDatedFlow(toks []ftok, i int) (int, bool) {
	n := i + 1
	for n < len(toks) && n <= i+2 && flowMarks.Has(toks[n].w) {
		n++
	}
	if n >= len(toks) || !registeredNouns.Has(toks[n].w) {
		return 0, false
	}
	for j := n + 1; j+1 < len(toks) && j <= n+sinceDatedReach; j++ {
		t := toks[j]
		if t.punct || t.isNum || auxiliaries.Has(t.w) || t.is(wcCue) {
			return 0, false
		}
		if t.w == "since" {
			return n, datedStart(toks, j+1)
		}
	}
	return 0, false
}
