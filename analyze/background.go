package analyze

// The marks that set a figure apart from the article's own event: a war's
// or a year's total, an earlier event recalled, a population a report
// serves.

import (
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// warWords name a whole war: a count beside them may be the war's total.
var warWords = lang.WarWords(lang.WarName)

// isBackground reports a cumulative or past figure near i: "since 2011",
// "the war that has killed", "so far this year".
func isBackground(toks []ftok, i int) bool {
	if previousToll(toks, i) || periodBefore(toks, i) || comparedCount(toks, i) || sinceBenchmark(toks, i) {
		return true
	}
	lo, hi := bulletItem(toks, i, max(0, i-14), min(len(toks), i+12))
	perfect, war := false, false
	for j := lo; j < hi; j++ {
		w := toks[j].w
		next := ""
		if j+1 < len(toks) {
			next = strings.TrimSuffix(toks[j+1].w, "'s") // "last week's massacre"
		}
		switch {
		case w == "since" && ((sinceOrigin(toks, j) && !superlativeBefore(toks, j) && !datedOnset(toks, j) && !conflictOnset(toks, j) &&
			!flareUpOnset(toks, j) &&
			!(j > i && sinceMonth(toks, j) && (displacedTotal(toks, i) || displacedBetween(toks, i, j)))) || killedKind.before.Has(next)):
			return true // "since 2011", "has since killed"
		case w == "since" && next == "then" && perfectIn(toks):
			return true // "Since then, air strikes have killed more than 4,700": a total since an earlier event
		case (w == "has" || w == "have") && j >= i-5 && j < i:
			perfect = true // "the war ... has killed more than"
		case toks[j].is(wcWar) && w != "fighting" && !warPlaceAt(toks, j) && j >= i-8 && j <= i+6:
			war = true
		case w == "total" && next == "number" && !displacedTotal(toks, i):
			return true // "brought the total number of ... killed in Syria to 18": a place's running total
		case (w == "in" || w == "during" || w == "throughout") && j+1 < len(toks) && toks[j+1].year:
			return true // "In 2017, 7,224 people were displaced": a year's total
		case (w == "between" || w == "from") && j+3 < len(toks) && toks[j+1].year && (toks[j+2].w == "and" || toks[j+2].w == "to") &&
			toks[j+3].year:
			return true // "fled fighting between 2009 and 2012", "from 2014 to 2016": a span of years' total
		case w == "course" && next == "of" && j+2 < len(toks) && toks[j+2].year:
			return true // "over the course of 2018, a total of 176,000 newly displaced": a year's total
		case w == "so" && next == "far" && !soFarToday(toks, j), w == "this" && next == "year", w == "last" && next == "year",
			w == "in" && next == "total", (w == "last" || w == "this") && next == "month", w == "last" && next == "week",
			w == "past" && next == "year", (w == "last" || w == "past") && twelveMonths(toks, j+1):
			return true // "in the last 12 months", "in the past year": a year's total

		}
	}
	if yearLater(toks, i) {
		return true
	}
	if datedOnsetIn(toks) || conflictOnsetIn(toks) || flareUpOnsetAfter(toks, i) {
		return false // the running total of fighting dated to the day, or of a new round of it: the event reported
	}
	return (war && perfect) || (toks[i].num >= 10_000 && warInSentence(toks)) || inTheWar(toks, i)
}

// twelveMonths reports "12 months" or "twelve months" at toks[k]: a year.
func twelveMonths(toks []ftok, k int) bool {
	return k+1 < len(toks) && toks[k].isNum && toks[k].num == 12 && toks[k+1].w == "months"
}

// yearLater reports "in" or "during" a year in the clause of the count at
// i, however far past it, up to the clause's first mark ("Twelve
// aid workers were deliberately and brutally murdered by non-state armed
// groups in 2019, twice the number in 2018"): the year's total, as "in 2017"
// near the count is.
func yearLater(toks []ftok, i int) bool {
	for j := i + 1; j+1 < len(toks) && !toks[j].punct; j++ {
		if (toks[j].w == "in" || toks[j].w == "during") && toks[j+1].year {
			return true
		}
	}
	return false
}

// displacedTotal reports the count at i as the value a report brings its
// total of the displaced to ("bringing the total number of internally
// displaced persons to at least 16,460 families"): the running total of the
// displacement it follows, its latest figure, not an earlier one.
func displacedTotal(toks []ftok, i int) bool {
	_, qn := qualifierBefore(toks, i)
	ok, _ := displacedBroughtTo(toks, i-qn)
	return ok
}

// displacedBetween reports a form of "displace" between the count at i
// and a later "since" at j ("425,000 people have been displaced from the
// city since June"): the displacement the update follows, counted over the
// months it covers.
func displacedBetween(toks []ftok, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if strings.HasPrefix(toks[k].w, "displace") {
			return true
		}
	}
	return false
}

// sinceMonth reports "since" at j followed by a month of no year named ("since
// the beginning of August", "since June"): the months an update's running
// total covers, not a war's years.
func sinceMonth(toks []ftok, j int) bool {
	k := j + 1
	if k < len(toks) && toks[k].w == "the" {
		k++
	}
	if k+1 < len(toks) && onsetWords.Has(toks[k].w) && toks[k+1].w == "of" {
		k += 2
	}
	return k < len(toks) && isMonth(toks[k].w) && (k+1 >= len(toks) || !toks[k+1].year)
}

// datedOnset reports a phrase at k naming the onset of fighting dated to
// the day ("the onset of armed conflict in South Tripoli on 04 April 2019",
// "the start of hostilities on 4 April"): an offensive a report follows,
// its count since then the offensive's running total, not a war's years.
// The start of a whole war ("since the start of the war on 28 August")
// stays the war's total.
func datedOnset(toks []ftok, k int) bool {
	if toks[k].w == "since" && datedBegan(toks, k) {
		return true
	}
	for j := k; j+1 < len(toks) && j <= k+onsetOpening; j++ {
		if toks[j].punct || toks[j].isNum {
			return false
		}
		if !onsetWords.Has(toks[j].w) || toks[j+1].w != "of" {
			continue
		}
		for n := j + 2; n+1 < len(toks) && n <= j+2+onsetReach && !toks[n].punct; n++ {
			if wholeWarWords.Has(toks[n].w) {
				return false // "since the start of the war on 24 February": the war's total
			}
			if toks[n].w == "on" && datedStart(toks, n+1) {
				return true
			}
		}
		return false
	}
	return false
}

// datedBegan reports "since" at k opening a clause that dates the start of
// the fighting to the day ("since the offensive officially began on 13
// June", "since clashes erupted on 4 April"): the running total of the
// offensive the report follows, as "since the onset of ... on 4 April". A
// whole war's start ("since the war began on ...") stays a war's total.
func datedBegan(toks []ftok, k int) bool {
	for n := k + 1; n+1 < len(toks) && n <= k+onsetOpening+2; n++ {
		t := toks[n]
		if t.punct || t.isNum || wholeWarWords.Has(t.w) {
			return false
		}
		if !beganWords.Has(t.w) {
			continue
		}
		if t.w == "broke" && toks[n+1].w == "out" {
			n++
		}
		return n+1 < len(toks) && toks[n+1].w == "on" && datedStart(toks, n+2)
	}
	return false
}

// beganWords tell that fighting started: "since clashes erupted on 4 April".
var beganWords = lang.WordSetOf(lang.WarWords(lang.BeganWord))

// conflictOnset reports "since" at k opening the undated onset of "the
// conflict" ("since the start of the conflict", "since the beginning of
// the hostilities"): the update's own fighting, whose count since its start
// is the running total the update reports. A war named ("since the start
// of the war"), a place after it ("of the conflict in Syria") or a year
// still tell a war's total.
func conflictOnset(toks []ftok, k int) bool {
	j := k + 1
	if j < len(toks) && toks[j].w == "the" {
		j++
	}
	if j+2 >= len(toks) || !onsetWords.Has(toks[j].w) || toks[j+1].w != "of" {
		return false
	}
	n := j + 2
	if toks[n].w == "the" {
		n++
	}
	if n >= len(toks) || !conflictWords.Has(toks[n].w) {
		return false
	}
	if n+1 < len(toks) && (toks[n+1].w == "in" || toks[n+1].year || toks[n+1].w == "on") {
		return false
	}
	return true
}

// conflictWords name one fighting, not a whole war.
var conflictWords = lang.WordSetOf(lang.WarWords(lang.ConflictName))

// conflictOnsetIn reports a "since" in the sentence that conflictOnset takes.
func conflictOnsetIn(toks []ftok) bool {
	for j, t := range toks {
		if t.w == "since" && conflictOnset(toks, j) {
			return true
		}
	}
	return false
}

// wholeWarWords name a whole war, whose onset dates a war's total however
// precisely: not the armed conflict, hostilities or clashes of one place.
var wholeWarWords = lang.WordSetOf(lang.WarWords(lang.WholeWar))

// paddedDay reports a day written with a leading zero and its month at k
// ("04 April 2019"), which the tokens do not read as a number.
func paddedDay(toks []ftok, k int) bool {
	w := toks[k].w
	return k+1 < len(toks) && len(w) == 2 && w[0] == '0' && isDay(w) && isMonth(toks[k+1].w)
}

// onsetOpening is how far after "since" (or any word) the onset's
// word may stand ("Following the onset of ...", "Since the start of ...").
const onsetOpening = 3

// datedOnsetIn reports a sentence that names the dated onset of the
// fighting its count runs from: "Following the onset of armed conflict on
// 04 April 2019 in South Tripoli, at least 10,110 families have been
// displaced", "... displaced persons to at least 16,460 families ... since
// the start of hostilities on 04 April 2019".
func datedOnsetIn(toks []ftok) bool {
	for j, t := range toks {
		if onsetWords.Has(t.w) && datedOnset(toks, j) {
			return true
		}
	}
	return false
}

// warScopeWords name a whole war after "in the": not "fighting", "clashes"
// or "unrest", which as often name the day's event.
var warScopeWords = lang.WordSetOf(lang.WarWords(lang.WarScope))

// compassWords open a region's name: "the fighting in eastern Ukraine".
var compassWords = lang.WordSetOf(lang.CompassWords(lang.CompassAdj))

// inTheWar reports a count whose harm the sentence sets in the whole war
// ("20 Australians have been killed in the conflict", "the 2,200 soldiers
// who lost their lives in the war", "killed during the four-year civil war")
// or, in a perfect tense, in a region's fighting ("About 6,000 people have
// been killed in the fighting in eastern Ukraine"): the war's total, not the
// event's toll.
func inTheWar(toks []ftok, i int) bool {
	perfect := false
	for k := i + 1; k+2 < len(toks) && k <= i+9; k++ {
		w := toks[k].w
		if toks[k].punct || w == "but" || w == "when" || w == "after" {
			return false
		}
		if w == "have" || w == "has" {
			perfect = true
		}
		if (w != "in" && w != "during" && w != "throughout") || !harmBefore(toks[k-1].w) || toks[k+1].w != "the" {
			continue
		}
		for m := k + 2; m < len(toks) && m <= k+6 && !toks[m].punct; m++ {
			if warScopeWords.Has(toks[m].w) {
				return m+1 >= len(toks) || toks[m+1].w != "on" // not "in the war on Monday's ..."
			}
		}
		return perfect && toks[k+2].w == "fighting" && k+4 < len(toks) && toks[k+3].w == "in" && compassWords.Has(toks[k+4].w)
	}
	return false
}

// harmBefore reports the last word of a harm told before "in the war":
// "killed", "died", "lost their lives".
func harmBefore(w string) bool {
	return w == "killed" || w == "died" || w == "dead" || w == "lives" || w == "wounded" || w == "injured"
}

// comparedCount reports a count a comparison sets beside the news' ("a 27
// percent decrease compared to June (44,000 displacements)", "compared with
// 5,000 the month before"): an earlier period's or another place's count.
func comparedCount(toks []ftok, i int) bool {
	for j := i - 1; j >= 1 && j >= i-6; j-- {
		w := toks[j].w
		if w == "." || w == ";" || w == ")" {
			return false
		}
		if (w == "to" || w == "with") && toks[j-1].w == "compared" {
			return true
		}
	}
	return false
}

// bulletItem narrows the window lo..hi around i to the list item i stands
// in: a bullet ("• Cumulative discharged so far – 1,306 • Total deaths – 38")
// starts another item, whose words say nothing of this one's count.
func bulletItem(toks []ftok, i, lo, hi int) (int, int) {
	for j := i - 1; j >= lo; j-- {
		if toks[j].w == "•" {
			lo = j + 1
			break
		}
	}
	for j := i + 1; j < hi; j++ {
		if toks[j].w == "•" {
			hi = j
			break
		}
	}
	return lo, hi
}

// worstHit reports "worst hit", "hardest-hit" or "worst affected" at j:
// the world's ranking of the countries an epidemic or a disaster struck.
func worstHit(toks []ftok, j int) bool {
	if j >= len(toks) {
		return false
	}
	w := toks[j].w
	if w == "worst-hit" || w == "hardest-hit" || w == "worst-affected" {
		return true
	}
	return (w == "worst" || w == "hardest") && j+1 < len(toks) && (toks[j+1].w == "hit" || toks[j+1].w == "affected")
}

// worldTotal reports a sentence that counts the whole world or ranks the
// world's countries: "more than 2.7 million people have died with COVID-19
// across the world", "deaths worldwide", "the USA, the world's worst hit
// country, has counted 311,150 deaths": a global total, background to a
// report of one country's or one event's figures. (Not "the world's largest
// producer": a ranking of no toll.)
func worldTotal(toks []ftok) bool {
	for j, t := range toks {
		next := ""
		if j+1 < len(toks) {
			next = toks[j+1].w
		}
		switch {
		case t.w == "worldwide" || t.w == "globally":
			return true
		case (t.w == "across" || t.w == "around") && next == "the" && j+2 < len(toks) && toks[j+2].w == "world":
			return true
		case (next == "highest" || next == "largest") && rankOrdinal(t.w) && j+2 < len(toks) &&
			(casesWords.Has(toks[j+2].w) || toks[j+2].kinds() != 0 || toks[j+2].w == "toll" || toks[j+2].w == "number"):
			return true // "Brazil reported the third highest cases ... and second highest deaths 185,650": a ranking of countries
		}
		if w, ok := lang.CutPossessive(t.w); ok && w == "world" && worstHit(toks, j+1) {
			return true
		}
	}
	return false
}

// rankOrdinal reports an ordinal that places a country in a ranking of
// tolls ("the third highest cases", "second largest number of deaths"):
// "second" to "tenth".
func rankOrdinal(w string) bool {
	n, ok := lang.OrdinalWord(w)
	return ok && n >= 2
}

// perfectIn reports a perfect tense in the sentence: "has", "have".
func perfectIn(toks []ftok) bool {
	return holdsWord(toks, "has") || holdsWord(toks, "have")
}

// soFarToday reports a "so far" (at j) that closes its sentence or runs on
// to "today" after a count of the day's event: "rescuers have documented
// the deaths of 43 people so far." is the day's running toll, not a total.
func soFarToday(toks []ftok, j int) bool {
	k := j + 2
	if k < len(toks) && toks[k].w == "today" {
		k++
	}
	if k < len(toks) && !toks[k].punct {
		return false
	}
	for p := j - 1; p >= 0 && p >= j-12; p-- {
		if toks[p].is(wcWar) || toks[p].w == "since" {
			return false // "the war has killed 300,000 so far."
		}
	}
	return true
}

// populationNouns after "displaced" make it a population's name ("displaced
// persons"), not an event's outcome.
var populationNouns = lang.WordSetOf(lang.PeopleWords(lang.PopulationNoun))

// movementWords tell of a displacement that happened: a flight, an arrival,
// a cause or a time (weekdays too, from lang).
var movementWords = lang.WordSetOf(lang.PeopleWords(lang.MovementWord))

// stockCount reports a count of the displaced named as a population ("3.2
// million IDPs", "for 226 displaced families", "2 million people are
// internally displaced", "185,711 persons of concern ... 176,343 displaced
// abroad", "40,000 have been displaced for more than seven years") in a
// sentence that tells of no flight, arrival, cause or time: the people a
// report serves, a country's total, not the ones an event displaced. end is
// the count's kind word.
func stockCount(toks []ftok, i, end int) bool {
	if end <= i {
		return false // "displaced 61,000 people": a verb
	}
	w := toks[end].w
	if w != "idps" && !(w == "displaced" && end+1 < len(toks) && populationNouns.Has(toks[end+1].w)) &&
		!(w == "displaced" && (stateBefore(toks, end) || spanAfter(toks, end))) && !ofConcern(toks) {
		return false
	}
	present := stateBefore(toks, end) || thereAreBefore(toks, i)
	lo, hi := 0, len(toks)
	if needPanel(toks) {
		lo, hi = i, panelItemEnd(toks, i) // "1.8 million internally displaced people in Borno (DTM) 175,953 newly displaced ..."
	}
	for k := lo; k < hi; k++ {
		t := toks[k]
		if t.w == "following" && k > 0 && toks[k-1].w == "the" {
			continue // "the following recommendations": a list, not a cause
		}
		if (t.w == "last" || t.w == "past") && !timeAfter(toks, k) {
			continue // "as a last resort": no time
		}
		if t.w == "displacement" && k+1 < len(toks) && toks[k+1].w == "tracking" {
			continue // "the Displacement Tracking Matrix reports": a source's name, no flight told
		}
		if standingWords.Has(t.w) && present {
			continue // "Today, there are 15,000 IDPs", "are internally displaced ... due to violence": the stock's date or cause
		}
		if _, day := lang.Weekday(t.w); movementWords.Has(t.w) || day {
			return false
		}
	}
	return true
}

// standingWords date a population told in the present or give its cause
// ("Today", "due to"): no flight (stockCount).
var standingWords = lang.WordSetOf(lang.PeopleWords(lang.StandingWord))

// thereAreBefore reports "there are" (or "there is") right before the count
// at i, past its qualifier: "there are 15,000 IDPs in the camp", a
// population told in the present.
func thereAreBefore(toks []ftok, i int) bool {
	_, qn := qualifierBefore(toks, i)
	k := i - qn - 1
	return k >= 1 && toks[k-1].w == "there" && (toks[k].w == "are" || toks[k].w == "is")
}

// stockMillions is the displaced count from which a sentence that gives no
// time of the flight tells a stock (timelessMillions).
const stockMillions = 1_000_000

// flightTimeWords tell when, or after what, a displacement happened: a day,
// a span, a start, an onset ("since", "last", "recently", "following").
var flightTimeWords = lang.WordSetOf(lang.SpanWords(lang.FlightTime))

// flightEventWords name an event a flight may follow without a time told
// ("floods have displaced 1.2 million people"): a disaster's or an attack's.
var flightEventWords = lang.WordSetOf(lang.CauseWords(lang.DisasterEvent))

// timelessMillions reports a displaced count of a million or more, v, in a
// sentence that names no time of the flight (no year, month, weekday but a
// statement's (statementDay), or flightTimeWords) and no disaster or attack
// it followed: "as many as 3.8
// million people have had to flee from conflicts", "5,456,108 have fled
// Syria to surrounding countries", "Well over a million people have now been
// forcibly displaced" — a country's or a war's stock that a donor's release
// or an agency's overview recalls, not the displaced of one event (GUIDE.md:
// "not a country or year total").
func timelessMillions(toks []ftok, v int64) bool {
	if v < stockMillions {
		return false
	}
	for k, t := range toks {
		_, day := lang.Weekday(t.w)
		if day && statementDay(toks, k) {
			continue
		}
		if t.year || day || isMonth(t.w) || flightTimeWords.Has(t.w) || flightEventWords.Has(t.w) || eventNouns[t.w] {
			return false
		}
	}
	return true
}

// statementDay reports the weekday at toks[k] as the day of a statement,
// right after its verb ("officials said on Tuesday", "agencies said
// Sunday"): it dates the saying, not a flight.
func statementDay(toks []ftok, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].w == "on" {
		j--
	}
	return j >= 0 && sayerCues[toks[j].w]
}

// needPanel reports a line of key figures, a number of "people in need" or
// "people targeted" among them ("7.7 million People in need ... 6.1 million
// People targeted ... 1.8 million Internally displaced people ..."): each
// figure's words are its own item's, not the line's.
func needPanel(toks []ftok) bool {
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].isNum || (toks[k+1].w != "people" && toks[k+1].w != "persons") {
			continue
		}
		if toks[k+2].w == "targeted" || toks[k+2].w == "in" && k+3 < len(toks) && toks[k+3].w == "need" {
			return true
		}
	}
	return false
}

// panelItemEnd is where the panel's item at i ends: at the next figure, a
// year's number inside the item's source ("(DTM Round 25, October 2018)")
// being none.
func panelItemEnd(toks []ftok, i int) int {
	for k := i + 1; k < len(toks); k++ {
		if toks[k].isNum && !toks[k].year && !toks[k].amount {
			return k
		}
	}
	return len(toks)
}

// timeAfter reports a span of time or a day after "last" or "past" at k
// ("last week", "the past two months", "last Tuesday", "last 24 hours").
func timeAfter(toks []ftok, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		w := toks[j].w
		if _, day := lang.Weekday(w); day || timeSpanWords.Has(w) || isMonth(w) {
			return true
		}
		if !toks[j].isNum && w != "few" && w != "several" && w != "two" && w != "three" {
			return false
		}
	}
	return false
}

// timeSpanWords name spans of time.
var timeSpanWords = lang.WordSetOf(lang.SpanWords(lang.TimeSpan))

// returnedSince reports displaced people the clause of the count at i says
// have gone home ("Most of the 5,000 families who were displaced by the
// clashes have returned to their homes"): a count of returns, not of an
// event's displaced.
func returnedSince(toks []ftok, i int) bool {
	for j := i + 1; j+1 < len(toks) && j <= i+returnReach; j++ {
		w := toks[j].w
		if w == "." || w == ";" || toks[j].isNum {
			return false
		}
		if (w == "have" || w == "has" || w == "had") && (toks[j+1].w == "returned" || toks[j+1].w == "since" && j+2 < len(toks) && toks[j+2].w == "returned") {
			return true
		}
	}
	return false
}

// returnReach is how far after its count a return's verb may stand.
const returnReach = 16

// aidServed reports a count of displaced people that aid or a programme
// serves, no count of people an event displaced: the count is what they
// received or took part in ("4,000 displaced families received food
// kits", "Some 50 displaced women participated in a workshop", "18,000
// households – displaced, returnee or host – stand to benefit"), or whom
// an aid verb's goods went to ("distributed kits among 4,314 displaced
// families", "provided shelter to 900 IDPs").
func aidServed(toks []ftok, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+aidReach; j++ {
		w := toks[j].w
		if w == "." || w == ";" || w == "who" || w == "which" || w == "that" || w == "after" || w == "when" || w == "by" {
			break // a clause of its own: "displaced by the fighting", "who then received aid"
		}
		if aidTaken.Has(w) {
			return true
		}
	}
	p := i - 1
	for p >= 0 && fillers.Has(toks[p].w) && toks[p].w != "to" {
		p-- // "among some 4,314", "to at least 900"
	}
	if p < 1 || !aidPreps.Has(toks[p].w) {
		return false
	}
	for j := p - 1; j >= 0; j-- {
		if toks[j].w == "." || toks[j].w == ";" {
			return false
		}
		if aidGiven.Has(toks[j].w) {
			return true
		}
	}
	return false
}

// aidReach is how many words after a count its aid verb may stand ("18,000
// households – whether displaced, returnee or host families – stand to
// benefit").
const aidReach = 12

var (
	aidTaken = lang.WordSetOf(lang.AidWords(lang.AidTaken))
	aidGiven = lang.WordSetOf(lang.AidWords(lang.AidGiven))
	aidPreps = lang.WordSetOf(lang.PrepositionWords(lang.AidPrep))
)

// monthsBefore reports a sentence whose latest month of a year ("in
// February 2000", "from August 2018 until 25 June 2020", "June 3, 2019")
// is half a year or more before the article's month now (a count of
// months, monthIndex; -1 when unknown), and that counts no running total
// "since" a start: its counts are an earlier period's or an earlier
// event's ("That outbreak lasted from August 2018 until 25 June 2020 and
// killed 2,287", "Cyclone Eline struck in February 2000, claiming at least
// 800 lives"). A report's own period is dated near its day.
func monthsBefore(toks []ftok, now int) bool {
	if now < 0 {
		return false
	}
	latest, since := latestMonth(toks)
	return !since && latest >= 0 && now-latest >= staleMonths
}

// latestMonth returns the latest month of a year a sentence names, as
// monthIndex counts it (-1 for none), and whether it says "since".
func latestMonth(toks []ftok) (latest int, since bool) {
	latest = -1
	for j := 0; j+1 < len(toks); j++ {
		if toks[j].w == "since" {
			since = true
		}
		m := monthNumber(toks[j].w)
		if m == 0 {
			continue
		}
		y := j + 1
		if toks[y].isNum && !toks[y].year && y+2 < len(toks) && toks[y+1].w == "," {
			y += 2 // "June 3, 2019"
		}
		if toks[y].year {
			latest = max(latest, int(toks[y].num)*12+m-1)
		}
	}
	return latest, since
}

// monthIndex counts the months of a date from year 0 (-1 for no date).
func monthIndex(t time.Time) int {
	if t.IsZero() {
		return -1
	}
	return t.Year()*12 + int(t.Month()) - 1
}

// articleMonth is the month an article is of: its date's, or when it came
// with none, the latest month of a year its sentences name (a report is
// written after the events it dates).
func articleMonth(sents []factSentence, published time.Time) int {
	if !published.IsZero() {
		return monthIndex(published)
	}
	now := -1
	for si := range sents {
		if s := &sents[si]; s.hasNum {
			s.tokenise()
			m, _ := latestMonth(s.toks)
			now = max(now, m)
		}
	}
	return now
}

// staleMonths is how many months before the article a sentence's latest
// date must be for monthsBefore: agency reports cite data some months old.
const staleMonths = 6

// stateBefore reports a present tense of being before "displaced" at end:
// "are internally displaced", "remain displaced": a state, not an event.
func stateBefore(toks []ftok, end int) bool {
	k := end - 1
	if k >= 0 && (toks[k].w == "internally" || toks[k].w == "still") {
		k--
	}
	return k >= 0 && (toks[k].w == "are" || toks[k].w == "remain" || toks[k].w == "remains")
}

// spanUnits measure how long a population has been displaced.
var spanUnits = lang.WordSetOf(lang.SpanWords(lang.StaySpan))

// spanAfter reports "for" and a span of years or months after "displaced"
// at end: "displaced for more than seven years", a protracted population.
func spanAfter(toks []ftok, end int) bool {
	if end+1 >= len(toks) || toks[end+1].w != "for" {
		return false
	}
	for k := end + 2; k < len(toks) && k <= end+5; k++ {
		if spanUnits.Has(toks[k].w) {
			return true
		}
	}
	return false
}

// ofConcern reports "persons of concern" or "population of concern": the
// population an agency serves, counted as a stock.
func ofConcern(toks []ftok) bool {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].w == "of" && toks[k+1].w == "concern" && populationNouns.Has(toks[k-1].w) {
			return true
		}
	}
	return false
}

// eventNouns name an attack that a count may be the toll of.
var eventNouns = lang.WarWords(lang.EventNoun)

// earlierEvent reports a count at i of an event the sentence calls an
// earlier one: "following the earlier killing of one of the store owners",
// "previous attacks that killed 12 people", "In prior clashes, 30 fighters
// died". The article's news is another event.
func earlierEvent(toks []ftok, i int) bool {
	for j := i - 1; j >= 1 && j >= i-earlierEventReach; j-- {
		if w := toks[j].w; w == "." || w == ";" || w == ":" {
			return false
		}
		if (toks[j].is(wcEventNoun) || pastEventWords.Has(toks[j].w)) && earlierWords.Has(toks[j-1].w) {
			return true
		}
	}
	return false
}

// earlierEventReach is how many words before a count its earlier event's
// noun may stand.
const earlierEventReach = 8

var (
	earlierWords   = lang.WordSetOf(lang.AuxiliaryWords(lang.EarlierWord))
	pastEventWords = lang.WordSetOf(lang.WarWords(lang.PastEvent))
)

// blameWords before "for" make the event the one the article reports:
// "claimed responsibility for a suicide bombing that killed 30".
var blameWords = lang.WordSetOf(lang.WarWords(lang.BlameWord))

// linkWordsOfPhrase stand between "for" and an attack that is not its object.
var linkWordsOfPhrase = lang.WordSetOf(lang.PrepositionWords(lang.PhraseLinkPrep))

// recalledFor reports a count in a relative clause of an attack that is the
// purpose or cause of something else: "the launch pad for a devastating
// chemical attack on an Idlib village that left up to a hundred civilians
// dead", "in retaliation for a gas attack that killed 87": an earlier event
// recalled, unless "for" follows blame ("responsible for").
func recalledFor(toks []ftok, i int) bool {
	rel := -1
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if toks[j].w == "that" || toks[j].w == "which" {
			rel = j
			break
		}
	}
	if rel < 0 {
		return false
	}
	for j := rel - 1; j >= 1 && j >= rel-8; j-- {
		if toks[j].punct {
			return false
		}
		if !toks[j].is(wcEventNoun) {
			continue
		}
		if datedBefore(toks, j) {
			return true // "the 14 October bomb attack in Mogadishu that claimed more than 500 lives"
		}
		for f := j - 1; f >= 1 && f >= j-5; f-- {
			if toks[f].punct || linkWordsOfPhrase.Has(toks[f].w) {
				return false // "investigated for war crimes following an attack": not the attack's "for"
			}
			if toks[f].w == "for" {
				return !blameWords.Has(toks[f-1].w)
			}
		}
		return false
	}
	return false
}

// superlatives compare an event with the past: "the most dangerous month
// since December 2013, with nine killed" dates the comparison, not the count.
var superlatives = lang.WordSetOf(lang.WarWords(lang.Superlative))

// sinceBenchmark reports a count in the relative clause of the event a
// superlative's "since" names ("the strongest cyclone since Cyclone Eline,
// which struck in February 2000, claiming at least 800 lives", "the
// deadliest attack since a truck bombing that killed 587"): the earlier
// event the new one is measured by, its toll that event's.
func sinceBenchmark(toks []ftok, i int) bool {
	rel := false
	for j := i - 1; j >= 0 && j >= i-benchmarkReach; j-- {
		switch w := toks[j].w; {
		case w == "." || w == ";" || toks[j].isNum && !toks[j].year:
			return false
		case w == "which" || w == "that" || w == "who":
			rel = true
		case w == "since":
			return rel && j+1 < len(toks) && !toks[j+1].year && superlativeBefore(toks, j) // not "the deadliest since 2015, which killed 138": this one
		}
	}
	return false
}

// benchmarkReach is how far before its count a benchmark's "since" may stand.
const benchmarkReach = 20

func superlativeBefore(toks []ftok, j int) bool {
	for k := j - 1; k >= 0 && k >= j-10 && !toks[k].punct; k-- {
		if superlatives.Has(toks[k].w) {
			return true
		}
	}
	return false
}

// datedBefore reports a date in the noun phrase of the attack at j: "the
// 14 October bomb attack", "the April 4 attack", "the 2013 massacre".
func datedBefore(toks []ftok, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4 && !toks[k].punct; k-- {
		if toks[k].year || (isMonth(toks[k].w) && ((k > 0 && toks[k-1].isNum) || (k+1 < j && toks[k+1].isNum))) {
			return true
		}
		if toks[k].w == "the" {
			break
		}
	}
	return false
}

// periodBefore reports "a month of infighting has killed ...": the number
// totals a period of weeks or more, not an event.
func periodBefore(toks []ftok, i int) bool {
	for j := 1; j+1 < i; j++ {
		w, p := toks[j].w, toks[j-1]
		if (w == "month" || w == "months" || w == "weeks" || w == "years") && toks[j+1].w == "of" &&
			(p.w == "a" || (p.isNum && !p.year) || p.w == "several" || p.w == "past") {
			return true
		}
	}
	return false
}

// warInSentence reports a word for the whole war ("the war", "the conflict").
// An agency's "conflict-affected" areas or people ("trapped in
// conflict-affected areas") are where the count is, not the war's total. (A
// "war-torn" or "war-battered" country stays the war's: news names a whole
// war's country so beside its total.)
func warInSentence(toks []ftok) bool {
	for k, t := range toks {
		if t.is(wcWar) && t.w != "fighting" && !(k+1 < len(toks) && toks[k+1].hyph && toks[k+1].w == "affected") && !warPlaceAt(toks, k) {
			return true
		}
	}
	return false
}

// warPlaceAt reports a war's word at k that a place noun after it makes a
// place ("234,500 persons have been forced to flee the conflict area",
// "trapped in conflict zones"): where the count is, as "conflict-affected
// areas" are, not the whole war (h-fig54).
func warPlaceAt(toks []ftok, k int) bool {
	return k+1 < len(toks) && warPlaceNouns.Has(toks[k+1].w)
}

var warPlaceNouns = lang.WordSetOf(lang.WarWords(lang.WarPlace))

// flareUpOnset reports "since" at k opening the onset of a new round of
// fighting ("since the latest outbreak of violence in February", "since the
// recent escalation"): the count since then is the running total of the
// round the report follows, not a war's years. A whole war named after it
// ("since the new outbreak of the war") stays a war's total (h-fig54).
func flareUpOnset(toks []ftok, k int) bool {
	j := k + 1
	if j < len(toks) && toks[j].w == "the" {
		j++
	}
	if j+1 >= len(toks) || !flareUpWords.Has(toks[j].w) || !onsetWords.Has(toks[j+1].w) {
		return false
	}
	for n := j + 2; n < len(toks) && n <= j+2+onsetReach && !toks[n].punct; n++ {
		if wholeWarWords.Has(toks[n].w) {
			return false
		}
	}
	return true
}

var flareUpWords = lang.WordSetOf(lang.WarWords(lang.FlareUp))

// flareUpOnsetAfter reports a "since" that flareUpOnset takes after the
// count at i, with no other number between: the count it dates. A later
// count of the sentence ("..., bringing the total displaced by the
// insurgency to 900,000") is not dated by it.
func flareUpOnsetAfter(toks []ftok, i int) bool {
	for j := i + 1; j < len(toks) && !toks[j].isNum; j++ {
		if toks[j].w == "since" && flareUpOnset(toks, j) {
			return true
		}
	}
	return false
}

// sinceOrigin reports "since" followed by a year or the start of the war.
func sinceOrigin(toks []ftok, j int) bool {
	dated := datedStart(toks, j+1)
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		t := toks[k]
		if k == j+1 && monthNumber(t.w) != 0 && t.w != "may" && !dated {
			return true // "have been killed since January": a running total of the months since
		}
		if (t.year && !dated) || t.w == "start" || t.w == "beginning" || t.w == "outbreak" || t.w == "began" || t.w == "erupted" ||
			t.w == "started" || t.w == "onset" || t.is(wcWar) || foundingWords.Has(t.w) {
			return true
		}
	}
	for k := j + 1; k+1 < len(toks) && k <= j+sinceReach && !toks[k].punct; k++ {
		if toks[k].w == "last" && (monthNumber(toks[k+1].w) != 0 || toks[k+1].w == "year") {
			return true // "since the declaration of its caliphate last June": the months since
		}
	}
	return false
}

// foundingWords after "since" date a count from a body's or a state's
// beginning: "has killed 1,969 people since the declaration of its
// caliphate", "since its founding".
var foundingWords = lang.WordSetOf(lang.WarWords(lang.FoundingWord))

// sinceReach is how far after "since" its "last June" may stand.
const sinceReach = 9

// datedStart reports a day and month at toks[k] ("since 25 August 2017",
// "since August 25", "Since 04 December 2018" with its day zero-padded): a
// crisis dated to the day, not a war's years.
func datedStart(toks []ftok, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	day := func(t ftok) bool { return t.isNum && !t.year && !t.amount && t.num >= 1 && t.num <= 31 }
	return (day(toks[k]) && isMonth(toks[k+1].w)) || (isMonth(toks[k].w) && day(toks[k+1])) || paddedDay(toks, k)
}

// previousToll reports "a previous toll of N": superseded by the new one.
func previousToll(toks []ftok, i int) bool {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if toks[j].w == "toll" {
			p := toks[j-1].w
			return p == "previous" || p == "earlier" || p == "initial" || p == "old" || p == "preliminary"
		}
	}
	return false
}

// lapseUnits measure how long before another event one happened: "a day
// after", "two weeks earlier", "several years ago".
var lapseUnits = lang.WordSetOf(lang.SpanWords(lang.LapseSpan))

// earlierReach is how many words a count's clause is searched for the marks
// of an earlier event.
const earlierReach = 10

// recalledEarlier reports a count at i of an event the sentence sets before
// its own, by marks that need no publication date: "a day after killing
// 34", "died in fighting two weeks earlier", "killed in attacks several
// years ago" (a day or days earlier or ago may still be the event the
// article reports the aftermath of), "killed
// ... last weekend", "last Feb. 27", "on November 20, 2003" (a year
// before the year the article was given, or any when it came without a
// date: wire copy writes no year for the week's events).
func recalledEarlier(toks []ftok, i int, published time.Time) bool {
	for j := i - 1; j >= 1 && j >= i-earlierReach; j-- {
		if toks[j].punct && toks[j].w != "," {
			break
		}
		if (toks[j].w == "after" || toks[j].w == "before") && lapseUnits.Has(toks[j-1].w) && !(toks[j].w == "before" && toks[j-1].w == "hours") {
			// "a day after killing 34 people", "only hours after car bombs killed 26"; but a clause "hours
			// before" tells what came next in the same battle: "fighting raged for six hours before the
			// troops fled, leaving 220 killed"
			return true
		}
	}
	for j := i + 1; j < len(toks) && j <= i+earlierReach; j++ {
		w := toks[j].w
		if toks[j].punct && w != "," {
			break
		}
		prev := toks[j-1].w
		switch {
		case (w == "earlier" || w == "ago") && lapseUnits.Has(prev) && prev != "hours" && prev != "day" && prev != "days":
			return true // "two weeks earlier", "several years ago"
		case w == "last" && j+1 < len(toks) && (toks[j+1].w == "weekend" || monthNumber(toks[j+1].w) != 0) && !startWords[prev]:
			return true // "last weekend", "last Feb. 27"
		case toks[j].year && onDateBefore(toks, j) && (published.IsZero() || int(toks[j].num) < published.Year()):
			return true // "on November 20, 2003"
		}
	}
	return false
}

// onDateBefore reports "on" and a month's name among the four words before
// the year at j: "on November 20, 2003", "on 20 November 2003" (a
// dateline's "Yangon, 22 December 2017" has no "on" and dates no event).
func onDateBefore(toks []ftok, j int) bool {
	for k := j - 1; k >= 1 && k >= j-3; k-- {
		if monthNumber(toks[k].w) != 0 && toks[k].w != "may" {
			return toks[k-1].w == "on" || k >= 2 && toks[k-1].isNum && toks[k-2].w == "on"
		}
	}
	return false
}

// Follow-up stories tell of what came after an attack: a trial, charges,
// arrests, an inquiry. followUpCharges take the attack after "for", "over",
// "with" ("in connection with") or "in" ("charged in the killings");
// followUpInquiries after "into", "of", "over", "on", "for" or "in".
var (
	followUpCharges   = lang.WordSetOf(lang.WarWords(lang.ChargeWord))
	followUpInquiries = lang.WordSetOf(lang.WarWords(lang.InquiryWord))
	followUpEvents    = lang.WarWords(lang.FollowedEvent)
)

// followUpOf reports a count at i in the clause of an attack that a trial,
// charges, arrests or an inquiry are about: "questioning two men in
// connection with a suicide attack that killed three people", "jailed four
// others for the bombing of the ship, which killed 17 sailors",
// "investigations into the grenade attack which killed 20". The article's
// news is what followed; the attack's toll is background. "arrested 20
// in a raid that killed three" is the raid's own toll.
func followUpOf(toks []ftok, i int) bool {
	for e := i - 1; e >= 1 && e >= i-20; e-- {
		if clauseStop(toks, e) {
			return false
		}
		if !toks[e].is(wcFollowUp) && !(toks[e].w == "taking" && toks[e].hyph && toks[e-1].w == "hostage") {
			continue // but "the school hostage-taking that left 360 dead"
		}
		for p := e - 1; p >= 1 && p >= e-7 && !clauseStop(toks, p); p-- {
			if toks[p].w == "whether" {
				return false // "an inquiry into whether a breach triggered the massacre of 49": into a cause, a close call left to the massacre
			}
		}
		for p := e - 1; p >= 1 && p >= e-7; p-- {
			if clauseStop(toks, p) {
				return false
			}
			if followUpPrep(toks, p) {
				return true
			}
		}
		return false
	}
	return false
}

// clauseStop reports a mark that ends a clause at k: not a comma, nor the
// point of a month's short name ("the Aug. 21 attack").
func clauseStop(toks []ftok, k int) bool {
	return toks[k].punct && toks[k].w != "," && !(toks[k].w == "." && k > 0 && monthNumber(toks[k-1].w) != 0)
}

// followUpPrep reports a preposition at p that a follow-up word among the eight
// before it takes: "arrested four suspects, among them a bomb-maker, over".
func followUpPrep(toks []ftok, p int) bool {
	w := toks[p].w
	for c := p - 1; c >= 0 && c >= p-8; c-- {
		if clauseStop(toks, c) {
			return false
		}
		cw := toks[c].w
		switch {
		case followUpInquiries.Has(cw) && (w == "into" || w == "of" || w == "over" || w == "on" || w == "for" || w == "in"):
			return true
		case followUpCharges.Has(cw) && (w == "for" || w == "over" || w == "with" || (w == "in" && cw != "arrested" && cw != "detained")):
			return true
		}
	}
	return false
}

// subordinatorBetween reports a subordinator after the count at i and
// before token j: a clause of its own that a date at j may be of.
func subordinatorBetween(toks []ftok, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if subordinators.Has(toks[k].w) {
			return true
		}
	}
	return false
}

// longSpans are spans of time that set an event well before the news: "in
// recent weeks", "several years ago".
var longSpans = lang.SpanWords(lang.LongSpan)

// startWords date the start of something a count's clause names, not the count.
var startWords = lang.WarWords(lang.StartWord)

// recentBefore reports "recent" among the three words before the attacks at
// e, plural: "other recent terrorist attacks". Recent attacks that open
// the sentence as its subject ("Repeated and recent attacks in three
// districts have displaced ...") are the ones the report tells of, not
// others set beside its event.
func recentBefore(toks []ftok, e int) bool {
	if !strings.HasSuffix(toks[e].w, "s") {
		return false
	}
	for k := e - 1; k >= 0 && k >= e-3 && !toks[k].punct; k-- {
		if toks[k].w == "recent" {
			return !subjectOpening(toks, k)
		}
	}
	return false
}

// subjectOpening reports the words before k as no more than the opening of
// a sentence's subject: at most three words, no "other" and no mark.
func subjectOpening(toks []ftok, k int) bool {
	if k > 3 {
		return false
	}
	for j := 0; j < k; j++ {
		if toks[j].punct || toks[j].w == "other" || toks[j].num > 0 {
			return false
		}
	}
	return true
}

// sameDoerBefore reports a count at i that names a doer by an earlier deed:
// "the same group that killed 12 hostages".
func sameDoerBefore(toks []ftok, i int) bool {
	for r := i - 1; r >= 3 && r >= i-3; r-- {
		if w := toks[r].w; w == "that" || w == "who" || w == "which" {
			return toks[r-2].w == "same" && toks[r-3].w == "the"
		}
	}
	return false
}

// yearReach is how far along a count's clause "last year" or an attack
// dated by its year is looked for.
const yearReach = 20

// earlierYear reports a count at i of an attack the sentence dates to an
// earlier year: "the 22 workers killed in a bombing that shattered the
// offices last year", "the 2000 bombing of the ship, which killed 17" (a
// year before the year the article was given, or any when it came without
// a date: wire copy names the week's attacks by their day, not their
// year).
func earlierYear(toks []ftok, i int, given time.Time) bool {
	for j := i + 1; j+1 < len(toks) && j <= i+yearReach && !clauseStop(toks, j); j++ {
		w, next := toks[j].w, toks[j+1].w
		switch {
		case toks[j-1].is(wcStart):
			return false // "in an offensive which began last year": the offensive's start, not the count's date
		case w == "last" && next == "month" && !subordinatorBetween(toks, i, j):
			return true // "the siege that killed nearly 340 ... last month"; not "17 dead as ... After militia expelled jihadists last month"
		case w == "last" && (next == "year" || next == "weekend"), w == "recent" && toks[j+1].is(wcLongSpan),
			toks[j].is(wcLongSpan) && (next == "ago" || next == "earlier"):
			return true // "last year", "last weekend", "in recent weeks", "several years ago"
		}
	}
	if sameDoerBefore(toks, i) {
		return true
	}
	for e := i - 1; e >= 1 && e >= i-yearReach && !clauseStop(toks, e); e-- {
		followed := toks[e].is(wcFollowUp)
		if !followed && !datedEventNouns.Has(toks[e].w) {
			continue
		}
		if followed && recentBefore(toks, e) {
			return true // "other recent attacks that have killed more than 400": several events' total
		}
		y, ok := eventYear(toks, e)
		return ok && (given.IsZero() || y < given.Year())
	}
	return false
}

// datedEventNouns name a known event a year may date (lang "dated"): "the
// 2010 Upper Big Branch Mine disaster", "a major riot in July 2009".
var datedEventNouns = lang.WordSetOf(lang.WarWords(lang.DatedEvent))

// eventNameReach is how many words of its name ("Upper Big Branch Mine")
// may stand between an event's year and its noun.
const eventNameReach = 5

// eventYear returns the year that dates the event noun at e: one inside its
// noun phrase, back to its article ("the 2000 bombing of the ship", "the 2010
// Upper Big Branch Mine disaster"), or right after it, "in" a year or a
// month and year ("a major riot in July 2009, which ... left 197 dead").
func eventYear(toks []ftok, e int) (int, bool) {
	for k := e - 1; k >= 0 && k >= e-eventNameReach && !toks[k].punct; k-- {
		if toks[k].year {
			return int(toks[k].num), true
		}
		if toks[k].w == "the" || toks[k].w == "a" || toks[k].w == "an" {
			break
		}
	}
	k := e + 1
	if k >= len(toks) || toks[k].w != "in" {
		return 0, false
	}
	if k++; k < len(toks) && isMonth(toks[k].w) {
		k++
	}
	if k < len(toks) && toks[k].year {
		return int(toks[k].num), true
	}
	return 0, false
}

// violenceWords tell of fighting without a count's verb.
var violenceWords = lang.WordSetOf(lang.WarWords(lang.ViolenceWord))

// asAside reports a count at i in a clause that "as" or "even as" sets
// beside a sentence of another kind of news, the lead's own clause telling
// of no killing, wounding or attack: "The hostage pleaded for her life, as
// seven people died in air strikes on the city", "The premier will urge
// unity even as two more soldiers die", "The premier pressed his plan to
// leave Foo, where two soldiers were killed in new violence": the deaths
// are another event.
// (The headline of wire copy is glued to the lead: it is part of the
// clause read; a title of its own is asked by violentTitle.)
func asAside(toks []ftok, i int) bool {
	a := -1
	for j := i - 1; j >= 1; j-- {
		if clauseStop(toks, j) {
			return false
		}
		if toks[j].w == "as" && (toks[j-1].w == "," || toks[j-1].w == "even") || (toks[j].w == "while" || toks[j].w == "where") && toks[j-1].w == "," ||
			toks[j].w == "following" && toks[j+1].w == "the" {
			a = j // "..., while two soldiers were killed", "... following the siege when 300 died", "... from Foo, where two died"
			break
		}
	}
	if a < 0 {
		return false
	}
	for j := 0; j < a; j++ {
		w := toks[j].w
		if harmWord(w) || toks[j].is(wcEventNoun) || toks[j].is(wcFollowUp) || (violenceWords.Has(w) && w != "violence" && w != "deadly") || toks[j].isNum && !toks[j].year {
			return false
		}
	}
	return true
}

// violentTitle reports a title that tells of a killing, a wounding or an
// attack.
func violentTitle(sents []factSentence) bool {
	if len(sents) == 0 || sents[0].index >= 0 {
		return false
	}
	for _, t := range sents[0].toks {
		if harmWord(t.w) || t.is(wcEventNoun) || t.is(wcFollowUp) || violenceWords.Has(t.w) {
			return true
		}
	}
	return false
}

// harmWord reports a word of killing or wounding ("killed", "dead", "wounded").
func harmWord(w string) bool {
	return killedKind.before.Has(w) || killedKind.after.Has(w) || injuredKind.before.Has(w) || injuredKind.after.Has(w)
}

// afterReach is how far back from its count the "after" or "following"
// that opens its clause may stand.
const afterReach = 24

// recalledAfter reports a count at i in a clause that "after" or
// "following" sets behind the sentence's own news, when that clause dates
// its deed to an earlier day ("Turkey bombs rebel sites after a bombing
// yesterday that killed 16 soldiers", "... vowed to crush the group after
// its gunmen rampaged through towns on Oct. 7, killing 1,400") or names as
// its doer one the main clause acts on ("Jets strike PKK positions
// following a PKK attack which left 16 soldiers dead"): the deed answered
// or recalled, not the news. A main clause of three words at least comes
// first; published (zero when unknown) dates a day and month.
func recalledAfter(s *factSentence, i int, published time.Time) bool {
	toks := s.toks
	a := -1
	for j := i - 1; j >= 3 && j >= i-afterReach; j-- {
		if clauseStop(toks, j) {
			return false
		}
		if w := toks[j].w; w == "after" || w == "following" {
			a = j
			break
		}
	}
	if a < 0 {
		return false
	}
	dated, yesterday := earlierInClause(toks, a, published)
	return dated || (yesterday && violentClause(toks[:a])) || doerActedOn(s, a, i)
}

// strikeVerbs tell of an attack in any tense: "Turkey bombs PKK sites".
var strikeVerbs = lang.WordSetOf(lang.WarWords(lang.StrikeVerb))

// violentClause reports words of an attack, a killing or fighting: a
// clause with a deed of its own, that a day-old deed it follows is the
// cause of ("Turkey bombs rebel camps after a bombing yesterday that killed
// 9"); a ban or a vow after it is the reaction to it, and the deed the news.
func violentClause(toks []ftok) bool {
	for _, t := range toks {
		if harmWord(t.w) || t.is(wcEventNoun) || violenceWords.Has(t.w) || strikeVerbs.Has(t.w) {
			return true
		}
	}
	return false
}

// earlierInClause reports the marks of an earlier day in the clause opened
// at a: dated, a day and month more than three days before published (any,
// when published is unknown) or "last week" (weekend, month); yesterday,
// "yesterday".
func earlierInClause(toks []ftok, a int, published time.Time) (dated, yesterday bool) {
	for k := a + 1; k < len(toks) && !clauseStop(toks, k); k++ {
		w := toks[k].w
		yesterday = yesterday || w == "yesterday"
		if w == "last" && k+1 < len(toks) && (toks[k+1].w == "week" || toks[k+1].w == "weekend" || toks[k+1].w == "month") {
			return true, yesterday
		}
		if d, ok := monthDayAt(toks, k, published); ok && (published.IsZero() || midnight(published).Sub(d) > datedEventAge) {
			return true, yesterday
		}
	}
	return false, yesterday
}

// monthDayAt reads a day and month at k ("Oct. 7", "October 7", "7
// October"), the month's name at k; a name that is also a word ("may",
// "march") needs its day after it.
func monthDayAt(toks []ftok, k int, published time.Time) (time.Time, bool) {
	if monthNumber(toks[k].w) == 0 || k == 0 || (toks[k].w == "may" || toks[k].w == "march") && !(k+1 < len(toks) && toks[k+1].isNum) {
		return time.Time{}, false
	}
	return dayMonthAt(toks, k, published)
}

// doerActedOn reports a doer of the clause from a to the count at i, a
// name before its attack's noun or verb ("a deadly PKK attack", "Foo
// attacked"), that the main clause before a names too, past its first two
// words (its subject): "Jets strike PKK positions following a PKK attack
// which left 16 dead" — the deed of those the news acts against.
func doerActedOn(s *factSentence, a, i int) bool {
	toks := s.toks
	for k := a + 1; k+1 < i; k++ {
		if !capitalised(s, k) || !(toks[k+1].is(wcEventNoun) || strikeVerbs.Has(toks[k+1].w) || violenceWords.Has(toks[k+1].w)) {
			continue
		}
		for j := 2; j < a; j++ {
			if toks[j].w == toks[k].w && capitalised(s, j) && !holdsWord(toks[:2], toks[k].w) {
				return true
			}
		}
	}
	return false
}

// capitalised reports a word at k written with a capital.
func capitalised(s *factSentence, k int) bool {
	t := s.toks[k]
	return !t.punct && !t.isNum && t.off < len(s.text) && s.text[t.off] >= 'A' && s.text[t.off] <= 'Z'
}

// sinceRecalledDay marks as background a count of a clause "since" a day
// and month on which the article recalls an earlier event's count as
// background ("... rampaged through towns on Oct. 7, killing 1,400 ...
// At least 4,137 Palestinians have been killed in Gaza since Oct. 7"): the
// total since the recalled event, not the news.
func sinceRecalledDay(sents []factSentence, ms []mention, published time.Time) {
	for i := range ms {
		m := &ms[i]
		if m.background {
			continue
		}
		d, ok := sinceDay(sents[m.sent].toks, m.tok, published)
		if !ok {
			continue
		}
		for j := range ms {
			if b := &ms[j]; b.background && j != i && datesDay(sents[b.sent].toks, d, published) {
				m.background = true
				break
			}
		}
	}
}

// sinceDay returns the day and month after a "since" in the clause of the
// count at i ("have been killed in Gaza since Oct. 7").
func sinceDay(toks []ftok, i int, published time.Time) (time.Time, bool) {
	for k := i + 1; k+1 < len(toks) && k <= i+afterReach && !clauseStop(toks, k); k++ {
		if toks[k].w == "since" {
			return monthDayAt(toks, k+1, published)
		}
	}
	return time.Time{}, false
}

// datesDay reports a sentence that names day d by its day and month.
func datesDay(toks []ftok, d time.Time, published time.Time) bool {
	for k := range toks {
		if e, ok := monthDayAt(toks, k, published); ok && e.Equal(d) {
			return true
		}
	}
	return false
}

// tallyNouns count the events a monitor tallies ("incidents").
var tallyNouns = lang.WordSetOf(lang.CountingWords(lang.TallyNoun))

// incidentTally reports a toll at i counted over a tally of ten incidents
// or more told before it in its clause ("In 2019, 910 incidents of
// shelling hit the city's districts, killing 64 civilians", "410 incidents
// (involving 409 deaths and 207 injured)"): the sum of many events, not
// the event reported. A few ("Three incidents on Monday killed five")
// stay an event's.
func incidentTally(toks []ftok, i int) bool {
	for j := i - 1; j >= 1 && j >= i-incidentTallyReach; j-- {
		if w := toks[j].w; w == "." || w == ";" {
			return false
		}
		if p := toks[j-1]; tallyNouns.Has(toks[j].w) && p.isNum && !p.year && !p.amount && p.num >= incidentTallyMin {
			return true
		}
	}
	return false
}

// incidentTallyReach is how far before its toll a tally's count may stand;
// incidentTallyMin is the fewest incidents a tally counts.
const (
	incidentTallyReach = 20
	incidentTallyMin   = 10
)
