package story

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
)

// mendWords repairs the words of a headline as outlets and collections
// mangle them: two letters swapped ("Inculding": mendTransposed), a
// plural attack told with a singular verb ("Street Battles Rages":
// mendAgreement), a count of a singular group ("25 Terrorist Killed":
// mendCountNoun), a possessive left at the end by a cut ("... Militants in
// Syrias": mendCutPossessive), a person and a relative listed before a
// count ("Spokesman Son 20 Fighters Killed": mendKinList), and two
// headlines run together once their punctuation was stripped ("28 killed
// in Idlib Army regains towns": splitRunOn), and the marks such a title
// lost inside one headline: a place's apostrophe ("Syrias Aleppo":
// mendLostApostrophe), the colon after a place before a count ("Syria Five
// Civilians Killed": mendPlacePrefix), the comma between two predicates of
// one subject ("... in Hama Advances in Idlib": mendSecondAction).
func mendWords(t string) string {
	ws := strings.Fields(t)
	if len(ws) < 3 {
		return t
	}
	for i := range ws {
		ws[i] = mendPlaceSpelling(mendTransposed(ws[i]))
	}
	mendAgreement(ws)
	mendCutPossessive(ws)
	mendLostApostrophe(ws)
	mendPlacePrefix(ws)
	mendCountNoun(ws)
	ws = mendCountList(ws)
	mendKinList(ws)
	ws = splitRunOn(ws)
	mendPlacePair(ws)
	mendSecondPredicate(ws)
	mendSecondAction(ws)
	return strings.Join(ws, " ")
}

// strikeVerbs are what an attack does to its target in a headline, in
// both its forms ("Shelling Targets ...", "Attacks Target ..."): none is
// also a noun that heads a subject ("Strikes", "Shells" are left out).
var strikeVerbs = lang.HeadlineWords(lang.HeadlineStrikeVerb)

// clauseWords open a clause of its own inside a headline ("... as Rebels
// Kill 5"), whose verb is no second predicate of the first subject; "&"
// is a headline's "and" ("Jets Kill 35 & Destroy Hospital").
var clauseWords = lang.JoinerWords(lang.HeadlineClauseWord)

// mendSecondPredicate puts back the comma before a headline's second verb
// of one subject once its punctuation was stripped: "Mortar Attack
// Targets School in Homs Claims 9 Children" → "... in Homs, Claims 9
// Children", "Three Attacks Target Shrine Area Kill 50" → "... Area, Kill
// 50". The first verb one of strikeVerbs, after the subject's words, the
// second an outcome (attackOutcomes: "Kills", "Claim") followed by a
// count, with the target between them and no mark, conjunction or clause
// word there ("Army Hits Back as Rebels Kill 5" keeps its words).
func mendSecondPredicate(ws []string) {
	first := -1
	for i := 1; i+1 < len(ws); i++ {
		low := strings.ToLower(ws[i])
		if strings.ContainsAny(ws[i-1], ",;:") || clauseWords[low] {
			first = -1
		}
		if first < 0 && strikeVerbs[low] && !countWord(ws[i-1]) {
			first = i
			continue
		}
		if first < 0 || i-first < 2 || strings.ContainsAny(ws[i-1], ",;:") || !countWord(ws[i+1]) {
			continue
		}
		if attackOutcomes[low] || outcomeVerb(ws[i]) {
			ws[i-1] += ","
			return
		}
	}
}

// mendPlaceSpelling returns the gazetteer's name of a place that w spells
// as a broken encoding left it, one letter lost ("Kobni" of "Kobânî" →
// "Kobani": an alias the gazetteer keeps so that such reports find their
// place), when w is no word of the reports' vocabulary (idf.txt: a
// spelling many reports use stays) and the name is one word; w otherwise,
// and always another spelling ("Hamah", "Idleb").
func mendPlaceSpelling(w string) string {
	if utf8.RuneCountInString(w) < 4 || !lettersOnly(w) || !lang.Capitalised(w) {
		return w
	}
	e, ok := analyze.LookupPlace(w)
	if !ok || !lostLetter(strings.ToLower(e.Name), strings.ToLower(w)) {
		return w
	}
	if t := term(strings.ToLower(w)); t == "" || known(t) {
		return w
	}
	return e.Name
}

// lostLetter reports whether w is name with one of its letters left out.
func lostLetter(name, w string) bool {
	if len(name) != len(w)+1 || !lettersOnly(name) {
		return false
	}
	i := 0
	for i < len(w) && w[i] == name[i] {
		i++
	}
	return w[i:] == name[i+1:]
}

// mendCountList puts back the comma between two counts a title stripped
// of its punctuation runs together: "12 Villagers 4 Children Killed" →
// "12 Villagers, 4 Children Killed", "35 Dead Dozens Wounded" → "35 Dead,
// Dozens Wounded". The first count's words end with a counted group or a
// participle ("Villagers", "Dead") right before the second count, whose
// next word is one too. A smaller count of a part of the first group
// (partGroups: "3 Children" after "15 Civilians") is among them, not
// beside them, and says so: "15 Civilians, Including 3 Children, Killed"
// (read as a list, the two make 18 dead).
func mendCountList(ws []string) []string {
	counted := -1
	for i := 0; i+1 < len(ws); i++ {
		if !countWord(ws[i]) {
			continue
		}
		if counted >= 0 && i > 0 && countTail(ws[i-1]) && countTail(ws[i+1]) {
			ws[i-1] += ","
			if partOf(ws[counted], ws[i-1], ws[i], ws[i+1]) {
				inc := "including"
				if lang.Capitalised(ws[i+1]) {
					inc = "Including"
				}
				if i+2 < len(ws) && runOnParticiples[strings.ToLower(ws[i+2])] {
					ws[i+1] += ","
				}
				ws = append(ws[:i], append([]string{inc}, ws[i:]...)...)
				i++
			}
		}
		counted = i
	}
	return ws
}

// kinWords name a relative told after the person in a headline's list of
// the dead: "Commander, Son, 12 Fighters Killed".
var kinWords = lang.HeadlineWords(lang.KinWord)

// mendKinList puts back the commas of a list of the dead that opens with a
// person and a relative once its punctuation was stripped: "Rebel
// Spokesman Son 12 Fighters Killed" → "Rebel Spokesman, Son, 12 Fighters
// Killed" (run together, "Spokesman Son" reads as one person). The
// relative is capitalised, after a capitalised word, and a count and its
// participle follow it.
func mendKinList(ws []string) {
	for i := 1; i+1 < len(ws); i++ {
		if !kinWords[strings.ToLower(ws[i])] || !lang.Capitalised(ws[i]) || !lang.Capitalised(ws[i-1]) ||
			strings.ContainsAny(ws[i-1], ",;:") || !countWord(ws[i+1]) || !opensHeadline(ws[i+1:]) {
			continue
		}
		ws[i-1] += ","
		ws[i] += ","
		return
	}
}

// wholeGroups are the groups a headline counts that hold all others of
// the unarmed (its people, its civilians: children are civilians, while
// "12 Villagers, 4 Children" may count the children of a camp nearby);
// partGroups those that are a part of them.
var (
	wholeGroups = lang.HeadlineWords(lang.WholeGroup)
	partGroups  = lang.HeadlineWords(lang.PartGroup)
)

// partOf reports a second count of a part of the first's group, smaller
// than it: "15 Civilians" then "3 Children" (digits both).
func partOf(n1, g1, n2, g2 string) bool {
	a, err1 := strconv.ParseInt(strings.ReplaceAll(n1, ",", ""), 10, 64)
	b, err2 := strconv.ParseInt(strings.ReplaceAll(n2, ",", ""), 10, 64)
	return err1 == nil && err2 == nil && b < a &&
		wholeGroups[strings.ToLower(strings.TrimRight(g1, ","))] && partGroups[strings.ToLower(g2)]
}

// countWord reports a count of a headline: digits ("35", "1,300") or an
// amount ("Dozens", "Hundreds").
func countWord(w string) bool {
	if _, err := strconv.ParseInt(strings.ReplaceAll(w, ",", ""), 10, 64); err == nil {
		return true
	}
	_, ok := lang.Amount(strings.ToLower(w))
	return ok
}

// countTail reports a word that tells whom a count counts or what befell
// them ("Civilians", "Children", "Dead", "Wounded"), with no mark after it.
func countTail(w string) bool {
	low := strings.ToLower(w)
	return lettersOnly(w) && (analyze.CountedGroup(low) || runOnParticiples[low])
}

// mendPlacePair puts back the comma between two places a title stripped
// of its punctuation runs together: "Fighting in Homs Aleppo" → "Homs,
// Aleppo", "Attack on HQ in Azaz Aleppo" → "Azaz, Aleppo" (a town and its
// province read as well with it as a list does). Two capitalised words,
// each a place of the gazetteer below a country, that together name none,
// at the headline's end or before a mark, a preposition, "and" or a count
// ("... in Daraa Aleppo: NGO"), so that "the Aleppo Homs highway" keeps
// its words.
func mendPlacePair(ws []string) {
	for i := 0; i+1 < len(ws); i++ {
		a, b := ws[i], strings.TrimRight(ws[i+1], ",;:")
		if strings.ContainsAny(a, ",;:") || !subPlace(a) || !subPlace(b) {
			continue
		}
		if _, ok := analyze.LookupPlace(a + " " + b); ok {
			continue
		}
		if i > 0 && !possessive(ws[i-1]) && lang.Capitalised(ws[i-1]) && !placePrepositions[strings.ToLower(ws[i-1])] {
			continue // part of a longer name: "Jisr Idlib Aleppo"
		}
		if next := i + 2; b == ws[i+1] && next < len(ws) && !placePrepositions[strings.ToLower(ws[next])] && ws[next] != "and" && ws[next] != "&" && !countWord(ws[next]) {
			continue
		}
		ws[i] += ","
	}
}

// subPlace reports a capitalised word that is a place of the gazetteer
// below a country: a city, town, province or region.
func subPlace(w string) bool {
	if !lang.Capitalised(w) || !lettersOnly(w) {
		return false
	}
	e, ok := analyze.LookupPlace(w)
	return ok && e.Kind != "country"
}

// minTransposed is the shortest word whose swapped letters are mended: a
// short word one swap from another is as often a name or an acronym.
const minTransposed = 6

// staplesShare is the share of the index's documents that a word's term is
// in for a misspelling of it to be mended: the staples of war reporting
// ("including" 154 of 930, "civilians", "killed"), which a swap of two
// letters of another word rarely makes ("praises" is one swap from
// "Paris", 11 of 930).
const staplesShare = 0.1

// mendTransposed returns w with two neighbouring letters swapped back when
// w is no word of the reports' vocabulary (idf.txt) and the swap makes a
// staple of it (staplesShare: "Inculding" → "Including"), keeping its
// first letter and its case; w unchanged otherwise, and always a place or
// a name the gazetteer knows.
func mendTransposed(w string) string {
	if utf8.RuneCountInString(w) < minTransposed || !lettersOnly(w) {
		return w
	}
	low := strings.ToLower(w)
	if t := term(low); t == "" || known(t) || gazetteerName(w) {
		return w
	}
	r := []rune(w)
	for i := 1; i+1 < len(r); i++ {
		if r[i] == r[i+1] || unicode.IsUpper(r[i]) || unicode.IsUpper(r[i+1]) {
			continue
		}
		r[i], r[i+1] = r[i+1], r[i]
		if s := string(r); staple(term(strings.ToLower(s))) {
			return s
		}
		r[i], r[i+1] = r[i+1], r[i]
	}
	return w
}

// staple reports a term of at least staplesShare of the index's documents.
func staple(t string) bool {
	return known(t) && idf(t) <= idfOf(idfTable.docs, int(staplesShare*float64(idfTable.docs)))
}

// known reports a term of the reports' vocabulary (idf.txt).
func known(t string) bool {
	_, ok := idfTable.weights[t]
	return ok
}

// lettersOnly reports a word of letters alone.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// gazetteerName reports a place or an actor the gazetteer knows.
func gazetteerName(w string) bool {
	if _, ok := analyze.LookupPlace(w); ok {
		return true
	}
	_, ok := analyze.ResolveActor(w)
	return ok
}

// pluralAttacks are the plural nouns of attacks and fighting that head a
// headline's subject ("US-led airstrikes", "Street battles"), in lower case.
var pluralAttacks = lang.HeadlineWords(lang.PluralAttack)

// subjectPrepositions open a short phrase between a subject and its verb
// ("Airstrikes against IS kill ...").
var subjectPrepositions = lang.PrepositionWords(lang.SubjectPrep)

// attackOutcomes are what attacks and fighting do in a headline, as its
// verb's base: none is also a noun an attack is done to ("Russia strikes
// targets" keeps its verb "strikes").
var attackOutcomes = lang.HeadlineWords(lang.AttackOutcome)

// mendAgreement gives the verb after a plural attack noun its plural form
// ("Street Battles Rages" → "Rage", "US-Led Airstrikes Against IS Kills 10"
// → "Kill"): the verb right after the noun, or after a preposition and up
// to three capitalised words naming its target or place; the verb one of
// attackOutcomes, so that a noun that is a verb itself ("Army battles
// rebels") is never read as the subject.
func mendAgreement(ws []string) {
	for i := 0; i+1 < len(ws); i++ {
		if !pluralAttacks[strings.ToLower(ws[i])] {
			continue
		}
		v := i + 1
		if subjectPrepositions[strings.ToLower(ws[v])] {
			v++
			for n := 0; n < 3 && v+1 < len(ws) && lang.Capitalised(ws[v]) && !outcomeVerb(ws[v]); n++ {
				v++
			}
		}
		if v < len(ws) && outcomeVerb(ws[v]) {
			ws[v] = pluralVerb(ws[v])
		}
		return
	}
}

// outcomeVerb reports a verb of attackOutcomes in its third person
// singular ("Kills", "Rages", "Intensifies").
func outcomeVerb(w string) bool {
	low := strings.ToLower(w)
	return strings.HasSuffix(low, "s") && attackOutcomes[pluralVerb(low)]
}

// singularVerb reports a word that reads as a verb's third person
// singular: letters ending in s (not ss, us or is: "ISIS", "Damascus"),
// the rest a word of the reports' vocabulary, no name the gazetteer knows.
func singularVerb(w string) bool {
	low := strings.ToLower(w)
	if len(low) < 4 || !lettersOnly(w) || !strings.HasSuffix(low, "s") || strings.HasSuffix(low, "ss") ||
		strings.HasSuffix(low, "us") || strings.HasSuffix(low, "is") || lang.IsStop(low, lang.Function) {
		return false
	}
	base := pluralVerb(low)
	return known(term(base)) && !gazetteerName(w) && !gazetteerName(base)
}

// pluralVerb returns a verb's plural form: "Kills" → "Kill", "Pushes" →
// "Push", "Carries" → "Carry".
func pluralVerb(w string) string {
	low := strings.ToLower(w)
	for _, tail := range []string{"shes", "ches", "xes", "sses", "zes"} {
		if strings.HasSuffix(low, tail) {
			return w[:len(w)-2]
		}
	}
	if strings.HasSuffix(low, "ies") && len(low) > 4 {
		return w[:len(w)-3] + "y"
	}
	return w[:len(w)-1]
}

// mendCutPossessive drops the possessive ending of a headline's last word
// when that word is a place: a possessive stands before what it owns, so
// at the end it is what is left of a cut title ("... Militants in Syrias"
// of "... in Syria's north"; "Syria's" when the apostrophe stayed).
func mendCutPossessive(ws []string) {
	last := len(ws) - 1
	w := ws[last]
	base, ok := lang.CutPossessive(w)
	if !ok {
		base, ok = strings.CutSuffix(w, "s")
	}
	if !ok || base == "" || last == 0 || !placePrepositions[strings.ToLower(ws[last-1])] {
		return
	}
	if gazetteerName(w) {
		return // "Homs", "Hamas" read as written: the gazetteer knows the whole
	}
	if _, place := analyze.LookupPlace(base); place && lang.Capitalised(base) {
		ws[last] = base
	}
}

// placePrepositions come before a place a headline ends with.
var placePrepositions = lang.PrepositionWords(lang.HeadlinePlacePrep)

// runOnParticiples are what a headline's count is told with: "25
// Terrorists Killed", "28 dead".
var runOnParticiples = lang.HeadlineWords(lang.RunOnParticiple)

// splitRunOn puts a semicolon between two headlines that a title stripped
// of its punctuation runs together: "28 Terrorists Killed in Idleb Syrian
// Army Regains Several Towns in Hamah" (an actor and its verb after "in
// Idleb"), "Air Force Targets ISIS in Deir El-Zour 25 Terrorist Killed" and
// "Bombings near Damascus at least 20 dead" (a count and its participle
// after a place, a part of it named first: "in Northern Aleppo"), "Centre
// of Homs Shelled 3 Civilians Killed" (after an attack told in the
// passive: runOnEnds) and "Toll Rises to 11 40 Injured" (after a number)
// each tell two things, and run on they read as one ("the army killed
// 28", "Shelled 3 Civilians").
func splitRunOn(ws []string) []string {
	for i := 0; i+1 < len(ws); i++ {
		end := runOnEnd(ws, i)
		if end < 0 || end >= len(ws)-1 || strings.ContainsAny(ws[end], ",;:") || !opensHeadline(ws[end+1:]) {
			continue
		}
		out := make([]string, 0, len(ws))
		out = append(out, ws[:end]...)
		out = append(out, ws[end]+";")
		return append(out, ws[end+1:]...)
	}
	return ws
}

// runOnEnds are attacks told in the passive, which end a headline's clause
// ("Centre of Homs Shelled"): a count after one is not its object.
var runOnEnds = lang.HeadlineWords(lang.RunOnEnd)

// runOnEnd returns the index of the last word of a clause that ws[i]
// begins or ends, after which a second headline may run on, -1 for none:
// a place after a preposition ("in Idleb", "near Damascus", "in northern
// Hama": placePrepositions, directions), an attack told in the passive
// ("Shelled": runOnEnds), a number before a count ("Rises to 11 40
// Injured").
func runOnEnd(ws []string, i int) int {
	low := strings.ToLower(ws[i])
	switch {
	case placePrepositions[low] && low != "of" && low != "to":
		at := i + 1
		if at < len(ws) && directions[strings.ToLower(ws[at])] {
			at++
		}
		if at < len(ws) {
			return placeEnd(ws, at)
		}
	case runOnEnds[low] && i > 0:
		return i
	case lang.AllDigits(ws[i]) && i+1 < len(ws) && lang.AllDigits(ws[i+1]):
		return i
	}
	return -1
}

// placeEnd returns the index of the last word of the longest place of one
// to three words that starts at ws[at], -1 for none.
func placeEnd(ws []string, at int) int {
	end := -1
	for n := 1; n <= 3 && at+n <= len(ws); n++ {
		if !lang.Capitalised(ws[at+n-1]) {
			break
		}
		if _, ok := analyze.LookupPlace(strings.Join(ws[at:at+n], " ")); ok {
			end = at + n - 1
		}
		if strings.ContainsAny(ws[at+n-1], ",;:") {
			break // a place ends at a mark
		}
	}
	return end
}

// countFloors open a count told as a floor: "at least 20 dead".
var countFloors = map[string]bool{"at least": true, "more than": true}

// opensHeadline reports words that open a headline of their own: a count
// told with its participle within three words ("25 Terrorist Killed", "at
// least 20 dead"), or
// an actor of one to three capitalised words and its verb ("Syrian Army
// Regains ...").
func opensHeadline(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	if len(ws) > 2 && countFloors[strings.ToLower(ws[0])+" "+strings.ToLower(ws[1])] {
		ws = ws[2:] // "at least 20 dead"
	}
	if r, _ := utf8.DecodeRuneInString(ws[0]); unicode.IsDigit(r) {
		for _, w := range ws[1:min(len(ws), 4)] {
			if runOnParticiples[strings.ToLower(strings.TrimRight(w, ",;"))] {
				return true
			}
		}
		return false
	}
	for n := 1; n <= 3 && n < len(ws); n++ {
		if !lang.Capitalised(ws[n-1]) {
			return false
		}
		if _, ok := analyze.ResolveActor(strings.Join(ws[:n], " ")); ok && singularVerb(ws[n]) && !analyze.SayingVerb(strings.ToLower(ws[n])) && len(ws) > n+1 {
			return true
		}
	}
	return false
}

// mendCountNoun gives the group a count above one counts its plural when a
// participle tells what befell them: "25 Terrorist Killed" → "25
// Terrorists Killed" (analyze.CountedGroup: the groups figures count).
func mendCountNoun(ws []string) {
	for i := 0; i+2 < len(ws); i++ {
		v, err := strconv.ParseInt(strings.ReplaceAll(ws[i], ",", ""), 10, 64)
		w := ws[i+1]
		low := strings.ToLower(w)
		if err != nil || v < 2 || !lettersOnly(w) || strings.HasSuffix(low, "s") ||
			!runOnParticiples[strings.ToLower(ws[i+2])] || !analyze.CountedGroup(low+"s") {
			continue
		}
		ws[i+1] = w + "s"
	}
}

// mendLostApostrophe puts back the apostrophe of a place's possessive that
// a title stripped of its punctuation lost inside it: "... attacks Syrias
// Aleppo" → "Syria's Aleppo", "Iraqs Prime Minister" → "Iraq's". The word
// is a capitalised place of the gazetteer and an s, no name the gazetteer
// knows as written ("Homs", "Hamas"), with a capitalised word after it
// that it owns (a last word is mendCutPossessive's).
func mendLostApostrophe(ws []string) {
	for i := 0; i+1 < len(ws); i++ {
		if !lang.Capitalised(ws[i+1]) {
			continue
		}
		if p, ok := placePossessive(ws[i]); ok {
			ws[i] = p
		}
	}
}

// placePossessive returns w, a capitalised place of the gazetteer and an
// s that lost its apostrophe ("Syrias"), as the place's possessive
// ("Syria's"); false for any other word and for a name the gazetteer
// knows as written ("Homs", "Hamas").
func placePossessive(w string) (string, bool) {
	base, ok := strings.CutSuffix(w, "s")
	if !ok || len(base) < 3 || !lettersOnly(w) || !lang.Capitalised(w) || gazetteerName(w) {
		return w, false
	}
	if _, place := analyze.LookupPlace(base); !place {
		return w, false
	}
	return base + "'s", true
}

// mendPlacePrefix puts back the colon after the place a headline opens
// with when a count follows it, once its punctuation was stripped: "Syria
// Five Civilians Killed in Blast" → "Syria: Five Civilians Killed in
// Blast", "Deir Ezzor 12 Soldiers Killed" → "Deir Ezzor: 12 Soldiers
// Killed" (a place is never counted, so the count opens the headline's
// own sentence): the count's next word says whom it counts or what befell
// them (countTail), so that "Geneva 2 Talks" and "Syria 2015 Budget" (a
// name's number, a year) keep their words.
func mendPlacePrefix(ws []string) {
	end := placeEnd(ws, 0)
	if end < 0 || end+2 >= len(ws) || strings.ContainsAny(ws[end], ",;:") || lang.IsYear(ws[end+1]) {
		return
	}
	if _, cardinal := lang.Cardinal(strings.ToLower(ws[end+1])); !cardinal && !countWord(ws[end+1]) || !countTail(ws[end+2]) {
		return
	}
	ws[end] += ":"
}

// actionForm returns a word's verb base of what a headline's subject does
// in a war (lang.ActionVerb), told in a row of predicates ("Army Kills
// Commander in Qalamoun, Advances in Deir Ezzor"), and whether it is told
// in the third person singular ("Kills", "Advances"), "" for none. A base
// that is also a noun ("advance": "in an army advance") counts only in its
// third person singular.
func actionForm(w string) (base string, singular bool) {
	low := strings.ToLower(w)
	if verb, noun := lang.ActionVerb(low); verb && !noun {
		return low, false
	}
	if strings.HasSuffix(low, "s") && len(low) > 3 {
		if b := strings.ToLower(pluralVerb(low)); isAction(b) {
			return b, true
		}
		if b := low[:len(low)-1]; isAction(b) {
			return b, true // "advances", "seizes"
		}
	}
	return "", false
}

// actionVerbWord reports a word told as one of lang.ActionVerb's verbs.
func actionVerbWord(w string) bool {
	base, _ := actionForm(w)
	return base != ""
}

// isAction reports a verb base of lang.ActionVerb.
func isAction(b string) bool {
	verb, _ := lang.ActionVerb(b)
	return verb
}

// predicateNext are the words a second predicate goes on with: its
// object's article, a preposition, a count (or a name, capitalised).
var predicateNext = lang.PrepositionWords(lang.PredicateNext)

// mendSecondAction puts back the comma between two predicates of one
// subject a headline runs together once its punctuation was stripped:
// "Army Kills Commander in Qalamoun Advances in Deir Ezzor" → "... in
// Qalamoun, Advances in ...", "Jets destroy oil depots kill 40 militants"
// → "... depots, kill 40 militants". Both verbs are actionForm's in the same
// form (both singular or both plural, as one subject makes them), the
// first after its subject's word, the second after its object with no
// mark, conjunction or clause word between them, and something follows it
// (a preposition, an article, a count or a name; any word after a place:
// "kill 4 in Idlib destroy mosque"), so that "Army Kills 20 in Hama
// Advances" (a noun at the end) keeps its words. Two verbs in a row share
// one object, a count or a name ("Gunmen Kill Crucify 5 Men" → "Kill,
// Crucify 5 Men").
func mendSecondAction(ws []string) {
	first, firstSingular := -1, false
	for i := 1; i+1 < len(ws); i++ {
		low := strings.ToLower(strings.TrimRight(ws[i], ",;:"))
		if strings.ContainsAny(ws[i-1], ",;:") || clauseWords[low] || analyze.SayingVerb(low) {
			first = -1
		}
		base, singular := actionForm(ws[i])
		if base == "" {
			continue
		}
		if first < 0 {
			if !countWord(ws[i-1]) && !clauseWords[strings.ToLower(ws[i-1])] && !placePrepositions[strings.ToLower(ws[i-1])] {
				first, firstSingular = i, singular
			}
			continue
		}
		if singular != firstSingular || strings.ContainsAny(ws[i-1], ",;:") || strings.ContainsAny(ws[i], ",;:") {
			continue
		}
		next := ws[i+1]
		if i-first == 1 {
			// two verbs in a row share their object ("Kills, Crucifies 5
			// Syrians"): the object a count, or a name after verbs told in
			// the third person ("Seize Capture Point": a noun phrase)
			if countWord(next) || singular && lang.Capitalised(next) && !actionVerbWord(next) {
				ws[i-1] += ","
				return
			}
			continue
		}
		if !predicateNext[strings.ToLower(next)] && !countWord(next) && !lang.Capitalised(next) && !subPlace(ws[i-1]) {
			continue
		}
		ws[i-1] += ","
		return
	}
}

// possessive reports a word told as a possessive ("Syria's").
func possessive(w string) bool {
	_, ok := lang.CutPossessive(w)
	return ok
}
