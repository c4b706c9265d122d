package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// hazardWords name a natural hazard or an outbreak that a report's
// headline names as its subject (lang's causes.tsv "subject"): "Typhoon
// Vinta", "Tropical Storm Melissa", "Diphtheria outbreak", "covid-19".
var hazardWords = lang.WordSetOf(lang.CauseWords(lang.HazardSubject))

// hazardHeadline reports a headline (its words ws, their heads hs) that
// names a natural hazard or an outbreak and tells no violence beside its
// dead and hurt, nor names armed men: "NDRRMC Update SitRep No.05 re
// Effects of Typhoon Vinta", "Haiti: Tropical Storm Melissa - Flash Update
// No.5", "strategic sitrep covid-19 25 march 2021". A headline of an attack
// on an outbreak's responders ("Gunmen attack Ebola treatment centre")
// tells violence, and is none.
// hs may be nil: the heads are made only when the headline names a hazard
// (namesHazard), the test that needs none.
func hazardHeadline(ws []string, hs []*head) bool {
	return namesHazard(ws) && !violentBesideDeaths(ws) && !armedHands(headsOr(hs, ws))
}

// namesHazard reports whether ws hold a word of hazardWords.
func namesHazard(ws []string) bool {
	for _, w := range ws {
		if hazardWords.Has(w) {
			return true
		}
	}
	return false
}

// hazardDead holds the violence of a sentence of a report whose headline
// names a hazard or an outbreak as its subject (hazardHeadline) to 0.3
// when its violence is only its dead and hurt, with no armed men: "A total
// of 123 persons were reported dead (33 in Region IX, 69 in Region X)",
// "• 43 deaths, 21 injured, and 13 missing persons reported", "There are 26
// deaths recorded in the linelist thus far". Such a report counts the
// hazard's toll in sentences that do not name the hazard again, and the
// epidemic's cap of a sentence (namesEpidemic) did not reach them: read as
// an attack's dead, they gave violence to typhoon, storm, earthquake and
// outbreak reports that the relevance gate alone kept out (issue 14,
// h-viol15: ReliefWeb 2017 development rw-2391714, rw-2391704, rw-2393504;
// rwp5 fit rwp-143c9ea5f2, rwp-3f68823c31; rwp7 fit 0e5ead5217). The
// labelling guide's violence is armed violence: a report of a war's
// attacks whose headline names an outbreak keeps every sentence that names
// an attack, shelling, clashes or armed men.
func hazardDead(sc *scored, ws []string, hs []*head) {
	if sc.w[fViolence] <= 0.3 || sc.w[fFighters] > 0 || violentBesideDeaths(ws) {
		return
	}
	if !armedHands(headsOr(hs, ws)) {
		sc.w[fViolence] = 0.3
	}
}

// headsOr returns hs, or the heads of ws when hs is nil.
func headsOr(hs []*head, ws []string) []*head {
	if hs == nil {
		return headsOf(ws)
	}
	return hs
}
