package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// measureWords after a number make it no head count, as a unit of
// measure does (lang.Unit): an age ("old"), a time of day, an ordinal's
// ending, a scale.
var measureWords = lang.WordSetOf(lang.CountingWords(lang.MeasureWord))

// subsetWords introduce a part of a count already given ("18 people
// including five children"): the part is not added.
var subsetWords = lang.WordSetOf(lang.DeterminerWords(lang.SubsetWord))

// tollLinks may stand between "toll" and its number ("toll rose to 126").
var tollLinks = lang.WordSetOf(lang.CountingWords(lang.TollLink))

// fillers may stand between a verb and its number ("killed a total of 14").
var fillers = lang.WordSetOf(lang.DeterminerWords(lang.CountFiller))

// mention is one figure a sentence states.
type mention struct {
	fig        news.Figure
	kind       *figureKind
	sent       int   // position in the fact sentences
	index      int   // sentence index in the article, -1 for the title
	tok        int   // token of the number in its sentence
	update     bool  // stated as a (new) toll: "the death toll rose to N"
	background bool  // a cumulative or past figure, not the main event's
	part       bool  // a part of a count: "including five children"
	other      bool  // marked as another event's: "Meanwhile ...", "In another attack"
	unnamed    bool  // "a monitor said", named after the one monitor the article names
	backRef    bool  // told as a count already known: "all five deaths were caused by ..."
	path       uint8 // which of attribute's rules gave its originator (rulePath...)
}

// findMentions returns the figures of kind k that sentence s states, in order.
func findMentions(s *factSentence, si int, k *figureKind) []mention {
	return appendMentions(nil, s, si, k)
}

// appendMentions appends findMentions(s, si, k) to out: findAll gathers
// the kinds' mentions in one array, not one a kind copied into it.
func appendMentions(out []mention, s *factSentence, si int, k *figureKind) []mention {
	toks := s.toks
	used := -1 // numbers up to this index belong to an earlier mention
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.isNum || i <= used || isMeasure(toks, i) || isDate(toks, i) || notCount(s, i) || ageAfterName(s, i) || lifeNumber(toks, i) {
			continue
		}
		q, qn := qualifierBefore(toks, i)
		if qn == 0 && i > 1 && toks[i-1].w == "," {
			if q2, n2 := qualifierBefore(toks, i-1); n2 > 0 {
				q, qn = q2, n2+1 // "approximately, 1,980 IDPs"
			}
		}
		if t.year && qn == 0 {
			continue
		}
		if qn == 0 {
			q = sharedQualifier(toks, i)
		}
		if b, ok := familiesBound(toks, i-qn); ok {
			q = b // "at least 2,840 families (approximately 14,200 individuals)": at least 14,200
		}
		if q == news.Exact && (estimatedAfter(toks, i) || estimateThat(toks, i-qn) || estimateBack(toks, i)) {
			q = news.About // "45,000 are estimated to be displaced", "estimates that 21,000", "(this estimated figure ...)"
		}
		if t.lo > 0 && q == news.Exact {
			q = news.UpTo // "2,000-3,000 people": a range, as "between" reads
		}
		if isSubset(toks, i-qn) && !casesInclude(toks, i-qn) || partAfter(toks, i) || amongKind(toks, i) != nil ||
			partitiveAt(toks, i) && i+3 < len(toks) && k.after.Has(toks[i+3].w) {
			continue // a part: partsOf keeps it with the kind of its toll ("one of the wounded was a farmer")
		}
		v, end, ok := countBefore(toks, i, qn, k)
		if !ok && s.index < 0 {
			v, end, ok = titleGroups(toks, i, k) // "23 Palestinians, 3 Israelis Die in Gaza Fighting" is 26
		}
		if !ok {
			v, end, ok = countAfter(toks, i, k)
		}
		if !ok {
			v, end, ok = namesAsideCount(s.text, toks, i, k)
		}
		if !ok {
			v, end, ok = subjectCount(s.text, toks, i, qn, k)
		}
		if !ok && k == &evacuatedKind {
			v, end, ok = leftPlace(s.text, toks, i, qn) // "more than 5000 people ... left the two towns"
		}
		if !ok && k == &displacedKind {
			v, end, ok = registeredCount(toks, i, qn) // "39,150 refugees have been registered"
			if ok && q == news.Exact && (i-qn >= 2 && toks[i-qn-2].w == "estimated" || i+1 < len(toks) && toks[i+1].w == "estimated") {
				q = news.About // "registrations ... estimated at 44,032 people", "655,000 Estimated new arrivals"
			}
		}
		if !ok && qn == 0 {
			v, end, ok = totalLabelled(s.text, toks, i, k) // "Total associated deaths – 38"
		}
		if ok && (k == &killedKind || k == &injuredKind) {
			if n, e := asWereAdded(toks, end); n > 0 {
				v, end = v+n, e // "90 civilians were wounded, as were 17 soldiers" is 107
			}
		}
		upd := false
		if !ok && k == &displacedKind {
			var est bool
			if ok, est = displacedBroughtTo(toks, i-qn); ok {
				v, end, upd = t.num, i, true // "Latest arrivals bring the number of new refugees to 16,250"
				if est && qn == 0 {
					q = news.About
				}
			}
		}
		if !ok && k.toll {
			ok, upd, v, end = tollAt(toks, i, qn), true, t.num, i
			if n, e := tollGroupAdded(toks, i); ok && n > 0 {
				v, end = v+n, e // "raising the death toll to 22 Iraqis and one U.S. soldier" is 23
			}
		}
		if !ok || v > maxPeople {
			continue // a sum beyond any head count: "100000000 and twenty"
		}
		if (k == &killedKind || k == &injuredKind) && rateCount(toks, i-qn, end) {
			continue // "an estimated 1 million deaths every year", "45 out of every 100 airmen killed": a rate
		}
		used = end
		fig := news.Figure{Value: v, Qualifier: q, Sentence: s.text, Kind: k.name, Low: t.lo,
			Text: s.text[toks[i-qn].off:toks[summedTo(toks, i, end, v)].end], Scope: news.ScopeMain}
		if t.amount {
			fig.Value, fig.Word, fig.Qualifier = 0, strings.ToLower(s.text[t.off:t.end]), news.Exact
		}
		fig.Who, fig.Unit = whoAfter(toks, i)
		fig.Added = addedTo(toks, i, qn) && !upd && !tollNear(toks, i) && !otherKindBefore(toks, i-qn, k) && !listedCountBefore(toks, i-qn)
		fig.Separate = separateActs(toks, i-qn)
		if fig.Who != "" && mixedGroups(toks, i, end, v, fig.Who) {
			fig.Who = "" // "19 fighters and four civilians", "25 troops and pro-government gunmen": no one group
		}
		if fig.Unit == "families" {
			if n, at, ok := peopleInAside(toks, i); ok {
				// people, not families, when the report counts both
				fig.Value, fig.Unit, fig.Text = n, "", s.text[toks[at].off:toks[at].end]
				used = max(used, at)
			}
		}
		fig.Planned = k == &evacuatedKind && plannedNear(toks, i)
		background := isBackground(toks, i) || earlierEvent(toks, i) || worldTotal(toks) || recalledFor(toks, i) || (k == &killedKind || k == &injuredKind) && (followUpOf(toks, i) || incidentTally(toks, i)) || truceToll(toks, i) || (k == &displacedKind && (stockCount(toks, i, end) || aidServed(toks, i) || returnedSince(toks, i) || timelessMillions(toks, v))) ||
			k == &evacuatedKind && destinationTally(s, i)
		out = append(out, mention{
			fig:        fig,
			kind:       k,
			sent:       si,
			index:      s.index,
			tok:        i,
			backRef:    qn == 0 && i > 0 && lang.BackReference(toks[i-1].w),
			update:     upd || tollNear(toks, i),
			background: background,
			part:       k == &injuredKind && treatedAt(toks, end) || k == &killedKind && diedAfterTransfer(toks, end) || ofThoseOpens(toks) || restOfToll(toks, i, end),
		})
	}
	return out
}

// destinationTally reports an evacuated count its clause splits in brackets
// among two or more countries they were taken to ("1,342 individuals
// evacuated from Libya (1,020 to Niger, 312 to Italy and 10 to Romania)"):
// an evacuation programme's tally over its months, not one evacuation.
func destinationTally(s *factSentence, i int) bool {
	toks := s.toks
	k := i + 1
	for ; k < len(toks) && toks[k].w != "(" && k <= i+tallyReach; k++ {
		if toks[k].punct && toks[k].w != "," {
			return false
		}
	}
	n := 0
	for k++; k+2 < len(toks) && toks[k].w != ")"; k++ {
		if toks[k].isNum && toks[k+1].w == "to" && capitalised(s, k+2) {
			n++
		}
	}
	return n >= 2
}

// tallyReach is how far after an evacuated count its brackets may open.
const tallyReach = 8

// asWereAdded returns the people a clause "as were N ..." adds to the
// count whose verb is at toks[end] ("90 civilians were wounded, as were 17
// soldiers, and two each from the navy and the police": 17 + 2 × 2), and
// the last token it reads; 0 for none. Its terms are joined by commas and
// "and"; "N each from A and B" counts N for each body named.
func asWereAdded(toks []ftok, end int) (int64, int) {
	j := end + 1
	if j+3 >= len(toks) || toks[j].w != "," || toks[j+1].w != "as" || toks[j+2].w != "were" && toks[j+2].w != "was" {
		return 0, end
	}
	var sum int64
	last := end
	for j += 3; j < len(toks); {
		t := toks[j]
		if !t.isNum || t.year || t.amount || t.num <= 0 || isMeasure(toks, j) {
			break
		}
		n, e := t.num, j+1
		for e < len(toks) && e <= j+asWereWords && !toks[e].punct && !toks[e].isNum && toks[e].w != "and" {
			e++
		}
		if e < len(toks) && toks[e].isNum {
			break // "as were 3 in 2019": no term of people
		}
		if j+1 < len(toks) && toks[j+1].w == "each" {
			bodies := int64(1)
			for e < len(toks) && !toks[e].punct && !toks[e].isNum && e <= j+2*asWereWords {
				if toks[e].w == "and" {
					bodies++
				}
				e++
			}
			n *= bodies
		}
		sum, last = sum+n, e-1
		if e+1 < len(toks) && toks[e].w == "," && toks[e+1].w == "and" {
			e++
		}
		if e+1 >= len(toks) || toks[e].w != "and" && toks[e].w != "," {
			break
		}
		j = e + 1
	}
	if sum == 0 {
		return 0, end
	}
	return sum, last
}

// asWereWords bounds the words of one term of an "as were" clause.
const asWereWords = 6

// restOfToll reports a count that the words up to its kind's word make
// the rest of a toll told before ("Four militiamen and 11 jihadists made
// up the rest of the dead"): a part of that toll, not a toll of its own.
func restOfToll(toks []ftok, i, end int) bool {
	for j := i + 1; j+1 < len(toks) && j < end; j++ {
		if (toks[j].w == "rest" || toks[j].w == "remainder") && toks[j+1].w == "of" {
			return true
		}
	}
	return false
}

// ofThoseOpens reports a sentence that opens on "Of those" ("Of them",
// "Of these"): its counts divide the count told before it ("Of those, 70
// died in combat"), parts of it.
func ofThoseOpens(toks []ftok) bool {
	return len(toks) > 2 && toks[0].w == "of" && (toks[1].w == "those" || toks[1].w == "them" || toks[1].w == "these")
}

// tollGroupAdded returns the people a toll's group adds after "and" ("the
// toll to 22 Iraqis and one U.S. soldier", "... and two soldiers") and the
// token after them; 0 for none.
func tollGroupAdded(toks []ftok, i int) (int64, int) {
	j := i + 1
	for j < len(toks) && j <= i+titleGroupWords && !toks[j].punct && !toks[j].isNum && toks[j].w != "and" {
		j++
	}
	if j == i+1 || j+1 >= len(toks) || toks[j].w != "and" {
		return 0, i
	}
	if n, e := personRun(toks, j+1); n > 0 {
		return int64(n), e
	}
	if t := toks[j+1]; !t.isNum || t.year || t.num <= 0 {
		return 0, i
	}
	for k := j + 2; k <= j+3 && k < len(toks); k++ { // "and two soldiers", "and one U.S. soldier"
		if whoGroupTable.Get(toks[k].w) != "" || toks[k].is(wcPersonNoun) {
			return toks[j+1].num, k
		}
	}
	return 0, i
}

// titleGroupWords bounds the words of a group a headline counts before the
// comma that joins the next: "Six Iraqi national guards, 10 civilians".
const titleGroupWords = 3

// titleGroups reads a headline's groups joined by a comma, as headlines
// write "and" ("23 Palestinians, 3 Israelis Die"): the sum, when the last
// group's count is of kind k.
func titleGroups(toks []ftok, i int, k *figureKind) (int64, int, bool) {
	j := i + 1
	for j < len(toks) && j <= i+titleGroupWords && !toks[j].punct && !toks[j].isNum && toks[j].kinds() == 0 && tollKind(toks[j].w) == nil {
		j++
	}
	if j == i+1 || j+1 >= len(toks) || toks[j].w != "," || !toks[j+1].isNum || toks[j+1].year {
		return 0, 0, false
	}
	v, end, ok := countAfter(toks, j+1, k)
	if !ok {
		return 0, 0, false
	}
	return toks[i].num + v, end, true
}

// summedTo returns the last number of a count that adds numbers ("12
// civilians and 3 fighters" is 15), so that the figure's text shows every
// number it adds; i when the count is one number.
func summedTo(toks []ftok, i, end int, v int64) int {
	if v == toks[i].num {
		return i
	}
	last := i
	for j := i + 1; j <= end && j < len(toks); j++ {
		if toks[j].isNum && toks[j-1].w == "and" {
			last = j // not a number in an aside: "7,224 people (2,316 households)"
		}
		if n, e := personRun(toks, j); n > 0 && toks[j-1].w == "and" {
			for last = e - 1; toks[last].punct; last-- {
			}
			// "17 militants and a child"
		}
	}
	return last
}

// maxPeople bounds a head count: a larger number (a budget in dollars, a
// misread "1,000,000,000") is no figure of people.
const maxPeople = 100_000_000

// labelWords name a unit or an item by its number ("Brigade 93",
// "Resolution 2254", "No. 7", a disease's "COVID-19"): the number is a
// label, not a count.
var labelWords = lang.WordSetOf(lang.CountingWords(lang.LabelWord))

// placeLabels are the label words of a place or an office, whose number a
// count of people may follow with no comma ("As per the control room 135
// people have died", "in the district 42 civilians were killed").
var placeLabels = lang.WordSetOf(lang.CountingWords(lang.PlaceLabel))

// countNouns are the plain nouns of a head count.
var countNouns = lang.WordSetOf(lang.PeopleWords(lang.CountNoun))

// peopleAfter reports a noun of a head count right after the number at
// toks[i], and no number before its label ("room 135 people"; not "Block 4
// 12 people").
func peopleAfter(toks []ftok, i int) bool {
	return i+1 < len(toks) && countNouns.Has(toks[i+1].w) && !(i > 1 && toks[i-2].isNum)
}

// yearThenCount reports a count after a year that "in" opens: "In 2020
// 315 people were killed".
func yearThenCount(toks []ftok, i int) bool {
	return toks[i-1].year && i > 1 && toks[i-2].w == "in" && i+1 < len(toks) && !toks[i+1].isNum && !toks[i+1].punct
}

// notCount reports a number that is no count of people: a cell of a table
// or a run of digits (a phone number: "+963 930 336 718"), a label ("Brigade
// 93"), an amount of money ("$200", "US$1.72 billion"), or too large.
func notCount(s *factSentence, i int) bool {
	toks := s.toks
	t := toks[i]
	if t.num > maxPeople || (!t.amount && t.num <= 0) {
		return true // "0 killed" counts no one
	}
	if i > 1 && toks[i-1].w == ":" && toks[i-2].isNum {
		return true // "11:30"
	}
	if i > 1 && toks[i-1].w == "," && toks[i-1].end == t.off && toks[i-2].end == toks[i-1].off &&
		!toks[i-2].isNum && isDigit(toks[i-2].w[len(toks[i-2].w)-1]) {
		return true // the tail of "than112,100": a number glued to a word, misread
	}
	if i+2 < len(toks) && toks[i+1].w == ":" && toks[i+2].isNum {
		return true
	}
	if i > 0 && (toks[i-1].w == ")" || toks[i-1].w == "]") && toks[i-1].end == t.off {
		return true // "(2.5 million children)1": a footnote's mark glued to the bracket
	}
	if i > 0 {
		p := toks[i-1]
		if p.isNum && !p.amount && !datelineThenWords(toks, i) && !datelineDash(s, i) && !yearThenCount(toks, i) ||
			labelWords.Has(p.w) && !(placeLabels.Has(p.w) && peopleAfter(toks, i)) || p.w == "$" || p.w == "€" || p.w == "£" || p.w == "us" && p.end == t.off {
			return true
		}
		if weekNumber(toks, i) || rateValue(toks, i) {
			return true
		}
	}
	return !t.amount && i+1 < len(toks) && toks[i+1].isNum && !toks[i+1].amount && !toks[i+1].year && toks[i+1].off > t.end
}

// rateValue reports a number that a rate is "of" ("a test-positivity-rate –
// positive tests as a percentage of total tests – of 30", "a case fatality
// ratio of 2"): a rate, whatever count words a broken line puts after it.
func rateValue(toks []ftok, i int) bool {
	if toks[i-1].w != "of" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-rateNameReach; j-- {
		w := toks[j].w
		if toks[j].isNum || w == "." || w == ";" {
			return false
		}
		if w == "rate" || w == "ratio" || strings.HasSuffix(w, "-rate") {
			return true
		}
	}
	return false
}

// rateNameReach is how many words before its "of N" a rate's name may stand.
const rateNameReach = 14

// weekNumber reports a number that names a week of a bulletin's calendar
// ("No death recorded in week 23", "as at end of epi-week 23"): "week"
// right before it and a preposition ("in", "end of") or "epi" before that, so
// that "last week 12 people died" still counts.
func weekNumber(toks []ftok, i int) bool {
	w := toks[i-1].w
	if w == "epi-week" || w == "epiweek" {
		return true
	}
	if w != "week" || i < 2 {
		return false
	}
	p := toks[i-2].w
	return p == "epi" || weekPrepositions.Has(p) // "epi-week 23": the hyphen joins, no token
}

// weekPrepositions before "week N" make N the week's number.
var weekPrepositions = lang.WordSetOf(lang.PrepositionWords(lang.WeekPrep))

// maxAge bounds a number read as a person's age.
const maxAge = 120

// ageAfterName reports a number set off by commas right after a name
// ("Karami, 66, died at a hospital"): the wire's way of giving a person's
// age, no count of anyone.
func ageAfterName(s *factSentence, i int) bool {
	toks := s.toks
	if i < 2 || i+1 >= len(toks) || toks[i].num >= maxAge || toks[i].amount || toks[i-1].w != "," || toks[i+1].w != "," {
		return false
	}
	p := toks[i-2]
	w := s.text[p.off:p.end]
	return !p.punct && !p.isNum && lang.Capitalised(w) && !acronymWord(w) && isDigit(s.text[toks[i].off])
}

// lifeAges and lifeYears open a number of one person's life
// (lang/lexicon/deaths.tsv: lifeage, lifeyear).
var lifeAges, lifeYears = lang.WordSetOf(lang.DeathWords(lang.LifeAge)), lang.WordSetOf(lang.DeathWords(lang.LifeYear))

// lifeNumber reports a number at i that is one person's age ("He was 101
// and died", "she is 88") or year of birth ("born in 1818 and died in
// 1888"): no count of the dead beside the death word (round h-fig52).
func lifeNumber(toks []ftok, i int) bool {
	if i < 2 || toks[i].amount {
		return false
	}
	p, pp := toks[i-1].w, toks[i-2].w
	return (p == "was" || p == "is") && lifeAges.Has(pp) && toks[i].num < maxAge || p == "in" && lifeYears.Has(pp)
}

// datelineDash reports a number right after a dateline's date and its dash
// ("JOHANNESBURG, March 17 - Seven black youths were ..."): the lead's
// first word, not a number glued to the day (the tokens drop the dash).
func datelineDash(s *factSentence, i int) bool {
	toks := s.toks
	return i >= 2 && monthNumber(toks[i-2].w) != 0 && strings.ContainsAny(s.text[toks[i-1].end:toks[i].off], "-–—")
}

// datelineThenWords reports a number in words after a full date ("...
// September 24 2016 Ninety-two civilians were killed"): a sentence glued to
// its dateline, no run of digits; "In December 2016 three" stays a date's.
// An ISO date stamp is one too ("2021-10-21 Nine ...").
func datelineThenWords(toks []ftok, i int) bool {
	if toks[i].w == "" || isDigit(toks[i].w[0]) {
		return false
	}
	return i >= 2 && toks[i-1].year && toks[i-2].isNum && !toks[i-2].year || isoDateBefore(toks, i)
}

// isoDateBefore reports a date written year-month-day right before token i
// ("date 2021-10-21 Nine soldiers died"): a page's date stamp glued to its
// lead.
func isoDateBefore(toks []ftok, i int) bool {
	return i >= 2 && toks[i-2].year && toks[i-1].isNum && toks[i-1].hyph // the tokens keep the year and the day
}

// sharedQualifier returns the qualifier of a count coordinated just before
// this one: "at least 12 dead and 55 wounded" is at least 55 wounded too.
// The displaced counted before a toll keep theirs ("more than 13,000
// displaced and four suspected deaths": four deaths).
func sharedQualifier(toks []ftok, i int) news.Qualifier {
	if i < 3 || toks[i-1].w != "and" || !kindWord(toks[i-2].w) || toks[i-2].w == "displaced" || !toks[i-3].isNum || toks[i-3].amount {
		return news.Exact
	}
	q, _ := qualifierBefore(toks, i-3)
	return q
}

// partAfter reports "27 of them", "five of whom": a part of a count.
func partAfter(toks []ftok, i int) bool {
	return i+2 < len(toks) && toks[i+1].w == "of" && (toks[i+2].w == "them" || toks[i+2].w == "whom")
}

// partsOf returns the parts a sentence states ("including 11 children",
// "27 of them children", "11 children were among 18 dead"), each given the
// kind of the nearest count of the sentence: ms are its other mentions.
func partsOf(s *factSentence, si int, ms []mention) []mention {
	var out []mention
	toks := s.toks
	for i := range toks {
		t := toks[i]
		if !t.isNum || t.amount || t.year || isMeasure(toks, i) || isDate(toks, i) {
			continue
		}
		q, qn := qualifierBefore(toks, i)
		ofToll := ofTollKind(toks, i)
		if !isSubset(toks, i-qn) && !partAfter(toks, i) && !amongFollows(toks, i) && ofToll == nil || casesInclude(toks, i-qn) {
			continue
		}
		k := nearestKind(ms, i)
		if pk := partKind(toks, i-qn); pk != nil {
			k = pk // "the dead included 109 evacuees": dead, whatever the sentence counts besides
		} else if pk := amongKind(toks, i); pk != nil {
			k = pk // "109 evacuees were among the dead"
		} else if ofToll != nil {
			k = ofToll // "98 of the 126 dead were evacuees", "evacuees, 98 of whom died"
		}
		if k == nil {
			continue
		}
		fig := news.Figure{Value: t.num, Qualifier: q, Sentence: s.text, Kind: k.name, Text: s.text[toks[i-qn].off:t.end],
			Scope: news.ScopePart}
		fig.Who, fig.Unit = whoAfter(toks, i)
		out = append(out, mention{fig: fig, kind: k, sent: si, index: s.index, tok: i, part: true})
	}
	for _, m := range ms {
		if n := runAdded(toks, m.tok); n > 0 && !m.part && m.fig.Word == "" && m.fig.Value == toks[m.tok].num+int64(n) {
			// "17 militants and a child" is 18: the 17 a part of it, as the child is (singularMentions)
			part := m
			part.fig.Value, part.fig.Scope, part.part = toks[m.tok].num, news.ScopePart, true
			part.fig.Text = s.text[toks[m.tok].off:toks[m.tok].end]
			out = append(out, part)
		}
	}
	return out
}

// runAdded returns how many people a run told one by one adds to the count
// at i: "17 militants and a child" adds 1; 0 when none follows.
func runAdded(toks []ftok, i int) int {
	for j := i + 1; j+1 < len(toks) && j <= i+5 && !toks[j].punct && !toks[j].isNum; j++ {
		if toks[j].w == "and" {
			n, _ := personRun(toks, j+1)
			return n
		}
	}
	return 0
}

// addedTo reports a count at i (its qualifier qn words before it) told as
// added to earlier ones: "40 more", "another 12", "a further 30", "an
// additional 685" — not "20 more than" a comparison.
func addedTo(toks []ftok, i, qn int) bool {
	if i+1 < len(toks) && toks[i+1].w == "more" && (i+2 >= len(toks) || toks[i+2].w != "than") {
		return true
	}
	j := i - qn - 1
	return j >= 0 && addedBefore.Has(toks[j].w)
}

// otherKindBefore reports a word of another kind than k before token i
// of its sentence: "killed 38 and wounded another 250", "six died and four
// more were injured" count the hurt besides the dead, not more hurt than
// an earlier count.
func otherKindBefore(toks []ftok, i int, k *figureKind) bool {
	for j := range toks[:max(i, 0)] {
		if b := kindWordTable.Get(toks[j].w); b != 0 && b&k.bit == 0 {
			return true
		}
	}
	return false
}

// listedCountBefore reports a count before token i of its sentence (a number
// that is no year and no day of a month): "17 civilians were injured in
// one district while another one was injured in the next", "killed 15
// civilians and 27 fighters with another 10 bodies" tell the next part of
// the sentence's own list, not people added to an earlier report's toll
// (issue 10, fig43). With otherKindBefore, a count of another kind
// before it is already no base.
func listedCountBefore(toks []ftok, i int) bool {
	for j := range toks[:max(i, 0)] {
		t := toks[j]
		if !t.isNum || t.amount || t.year || t.num <= 0 {
			continue
		}
		if j+1 < len(toks) && isMonth(toks[j+1].w) || j > 0 && isMonth(toks[j-1].w) {
			continue // "on 14 May", "May 14"
		}
		return true
	}
	return false
}

// separateActs reports a count whose subject, before token i, is
// separate attacks ("Separate air raids by regime and coalition jets killed
// at least 25 civilians", "25 people were killed in separate strikes"
// after it is another clause's): the total of several attacks, no one
// attack's toll. Only the words up to the count's verb are read: a subject
// of twenty words at most, none of them a number.
func separateActs(toks []ftok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-separateReach && !toks[j].isNum; j-- {
		if toks[j].w != "separate" {
			continue
		}
		for k := j + 1; k < i && k <= j+3; k++ {
			if actNouns.Has(toks[k].w) {
				return true
			}
		}
	}
	return false
}

// separateReach bounds the subject separateActs reads back over.
const separateReach = 20

// actNouns are attacks a count may total.
var actNouns = lang.WordSetOf(lang.WarWords(lang.ActNoun))

// addedBefore are the words before a count that add it to earlier ones.
var addedBefore = lang.WordSetOf(lang.DeterminerWords(lang.AddedBefore))

// amongFollows reports "11 children were among": the number is a part.
func amongFollows(toks []ftok, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+4 && !toks[j].punct && !toks[j].isNum; j++ {
		if toks[j].w == "among" {
			return true
		}
	}
	return false
}

// nearestKind returns the kind of the count nearest before token i (after
// it when none is before).
func nearestKind(ms []mention, i int) *figureKind {
	var before, after *figureKind
	for _, m := range ms {
		if m.tok < i {
			before = m.kind
		} else if after == nil {
			after = m.kind
		}
	}
	if before != nil {
		return before
	}
	return after
}

// whoGroups map the noun after a count to the group it counts; families
// are counted as families, not people.
var whoGroups = lang.CountedGroups()

// whoGroupTable is whoGroups as the rules read it, a word at a time.
var whoGroupTable = lang.WordMapOf(whoGroups)

// kindWordTable is kindWords as the rules read it, a word at a time.
var kindWordTable = lang.WordMapOf(kindWords)

// whoAfter returns the group a count names within the next few words and
// its unit ("families" or "").
//
// "Forces" count the side their modifier names (forcesGroup: "19 regime
// forces" are soldiers).
func whoAfter(toks []ftok, i int) (who, unit string) {
	for j := i + 1; j < len(toks) && j <= i+4 && !toks[j].punct && !toks[j].isNum; j++ {
		if toks[j].w == "forces" && j > i+1 {
			if g := forcesGroup(toks, j); g != "" {
				return g, ""
			}
		}
		if g, ok := whoGroupTable.Lookup(toks[j].w); ok {
			if g == "families" {
				return "", "families"
			}
			return g, ""
		}
		if toks[j].w == "people" || toks[j].w == "persons" || toks[j].w == "others" || toks[j].w == "and" || subsetWords.Has(toks[j].w) {
			return "", "" // "Kills 23 including Militants": the militants are a part of the 23
		}
	}
	return "", ""
}

// forcesGroup is the group of "forces" at j by the modifier before it: a
// state's ("regime", "government", "pro-government", "security",
// "Syrian") are soldiers, the other side's ("rebel", "opposition",
// "anti-government") fighters; "" when it names no side.
func forcesGroup(toks []ftok, j int) string {
	w := toks[j-1].w
	switch {
	case toks[j-1].hyph && j >= 2 && toks[j-2].w == "anti":
		return "fighters"
	case stateForces.Has(w):
		return "soldiers"
	case whoGroupTable.Get(w) == "fighters" || irregularForces.Has(w):
		return "fighters"
	}
	return ""
}

// stateForces and irregularForces are modifiers of "forces" that name a
// side: a state's army or police, or armed groups.
var (
	stateForces     = lang.WordSetOf(lang.WarWords(lang.StateForce))
	irregularForces = lang.WordSetOf(lang.WarWords(lang.IrregularForce))
)

// mixedGroups reports a count whose people are of more than one group:
// a sum whose added numbers count another group than who ("19 fighters
// from the group and four civilians" is 23, not 23 fighters), or a group
// joined by "and" to another group ("25 troops and pro-government gunmen").
// Subgroups joined to their whole stay the whole's ("civilians and
// children" are civilians).
func mixedGroups(toks []ftok, i, end int, v int64, who string) bool {
	other := func(g string) bool { return g != "" && g != who && !(who == "civilians" && subgroups.Has(g)) }
	if v != toks[i].num {
		for j := i + 1; j <= end && j < len(toks); j++ {
			if toks[j-1].w != "and" {
				continue
			}
			if g, _ := whoAfter(toks, j); toks[j].isNum && other(g) {
				return true
			}
			if n, e := personRun(toks, j); n > 0 && e-1 < len(toks) && other(whoGroupTable.Get(toks[e-1].w)) {
				return true // "17 militants and a child"
			}
		}
	}
	for j := i + 1; j < len(toks) && j <= i+4 && !toks[j].punct && !toks[j].isNum; j++ {
		if whoGroupTable.Get(toks[j].w) == "" {
			continue
		}
		if j+1 >= len(toks) || toks[j+1].w != "and" {
			return false
		}
		for k := j + 2; k < len(toks) && k <= j+5 && !toks[k].punct && !toks[k].isNum; k++ {
			if g := whoGroupTable.Get(toks[k].w); g != "" {
				return other(g)
			}
		}
		return false
	}
	return false
}

// plannedWords near an evacuation make it planned, not done: "will
// leave", "in exchange for the evacuation of", "waiting to be evacuated",
// "is set to see … evacuated".
var plannedWords = lang.WordSetOf(lang.AuxiliaryWords(lang.PlannedWord))

// plannedNear reports a planned evacuation: a word of plan or future, or
// "to be" / "to leave", among the few words around the number.
func plannedNear(toks []ftok, i int) bool {
	for j := max(0, i-6); j < len(toks) && j <= i+6; j++ {
		w, next := toks[j].w, ""
		if j+1 < len(toks) {
			next = toks[j+1].w
		}
		if plannedWords.Has(w) || ((w == "to" || w == "set") && (next == "be" || next == "leave" || evacuatedKind.before.Has(next))) ||
			(w == "set" && next == "to") { // "the deal is set to see 30,000 evacuated"
			return true
		}
	}
	return false
}

// isMeasure reports whether the number at i is a measure: a unit follows, or
// a hyphenated compound ("10-year-old", "48-hour").
func isMeasure(toks []ftok, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if lang.Unit(n.w, lang.AnyUnit) || measureWords.Has(n.w) || (n.hyph && !n.isNum) || n.w == "%" {
		return true
	}
	for j := i + 1; j < len(toks) && j <= i+3 && !toks[j].punct && !toks[j].isNum && !phraseEnd.Has(toks[j].w); j++ {
		if thingWord(toks[j].w) {
			return true
		}
		if kindWord(toks[j].w) {
			return false
		}
		if whoGroupTable.Get(toks[j].w) != "" || toks[j].w == "people" || toks[j].w == "of" || toks[j].w == "and" {
			return false
		}
	}
	return false
}

// phraseEnd words end the noun phrase after a number.
var phraseEnd = lang.WordSetOf(lang.JoinerWords(lang.CountPhraseEnd))

// kindWord reports a word of any kind of figure ("killed", "wounded").
func kindWord(w string) bool { return kindWordTable.Get(w) != 0 }

// thingWord reports a word that after a number makes it a count of things
// or an amount of money, not of people: "Evacuation of 4 Syrian Towns",
// "killed in 56 airstrikes", "2,000 dinars" (currencies are lang's).
func thingWord(w string) bool { return thingWords.Has(w) || lang.Currency(w) }

// thingWords are thingWord's words other than currencies.
var thingWords = lang.WordSetOf(lang.CountingWords(lang.ThingWord))

func isSubset(toks []ftok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if subsetWords.Has(toks[j].w) || (toks[j].w == "them" && j > 0 && toks[j-1].w == "among") {
			return true
		}
	}
	return partKind(toks, i) != nil
}

// casesWords count the sick, not a kind's people: the deaths among them
// are a toll of their own ("3,882 reported cases and 136 deaths" is 136
// deaths).
var casesWords = lang.WordSetOf(lang.CauseWords(lang.CaseCount))

// casesInclude reports a count at i that "including" sets among a count of
// cases ("More than 2,000 cholera cases, including 76 fatalities were
// reported"): the deaths are the outbreak's toll, no part of a toll of
// their kind; so are the deaths among casualties, the dead and hurt
// together ("126 civilian casualties, including 29 civilian deaths").
func casesInclude(toks []ftok, i int) bool {
	j := i - 1
	if j < 1 || toks[j].w != "including" {
		return false
	}
	if toks[j-1].w == "," {
		j--
	}
	return j >= 1 && (casesWords.Has(toks[j-1].w) || toks[j-1].w == "casualties" || affectedCount(toks, j-1) || casesClauseBefore(toks, j))
}

// casesClauseBefore reports a clause ending at j (its "including") whose
// count is of cases or casualties, its verb and agent between: "111
// civilian casualties have been verified by the Health Sector, including
// 23 civilian deaths", "four confirmed cases of EVD, including two deaths".
func casesClauseBefore(toks []ftok, j int) bool {
	for k := j - 1; k >= 1 && k >= j-casesClauseReach; k-- {
		if toks[k].punct {
			return false
		}
		if !toks[k].isNum {
			continue
		}
		for n := k + 1; n < j && n <= k+3; n++ {
			if casesWords.Has(toks[n].w) || toks[n].w == "casualties" {
				return true
			}
		}
		return false
	}
	return false
}

// casesClauseReach is how far before "including" the clause's count may stand.
const casesClauseReach = 12

// affectedCount reports the number at toks[j] as a count of the affected
// ("The number of people affected by the floods has increased to nearly
// 73,000, including more than 13,000 displaced"): its parts of other kinds
// are their own counts, as an outbreak's deaths among its cases are.
func affectedCount(toks []ftok, j int) bool {
	if !toks[j].isNum {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-18; k-- {
		if toks[k].punct && toks[k].w != "(" && toks[k].w != ")" {
			return false
		}
		if affectedKind.after.Has(toks[k].w) || affectedKind.before.Has(toks[k].w) {
			return true
		}
	}
	return j+2 < len(toks) && affectedKind.after.Has(toks[j+1].w) // "73,000 affected, including ..."
}

// partKind returns the kind of a toll whose part the number at i is, as the
// words around it say: "the dead included 109 evacuees", "the dead, who
// included 109 evacuees", "among those killed were 109 evacuees", "109
// evacuees were among the dead", "of those killed, 109 were evacuees",
// "those wounded include 12 children" (the evacuees are dead, not
// evacuated); nil for none.
func partKind(toks []ftok, i int) *figureKind {
	if k := amongKind(toks, i); k != nil {
		return k
	}
	if i < 1 {
		return nil
	}
	v := toks[i-1].w
	if includeWords.Has(v) {
		for j := i - 2; j >= 0 && j >= i-4; j-- {
			if k := tollKind(toks[j].w); k != nil {
				return k
			}
			if w := toks[j].w; w != "," && w != "who" && w != "which" && w != "had" && w != "have" {
				break
			}
		}
		return nil
	}
	// "of those killed, 98 were evacuees", "of the dead, 98 were children",
	// "of the 126 people killed, 98 were evacuees"
	if v == "," && i >= 4 {
		for j := i - 3; j >= 0 && j >= i-ofTollReach; j-- {
			if toks[j].w == "of" && (toks[j+1].w == "the" || toks[j+1].w == "those") && (j == 0 || toks[j-1].punct) {
				return tollKind(toks[i-2].w)
			}
		}
	}
	// "among the dead were", "among those killed were"
	if (v == "were" || v == "are" || v == "was") && i >= 4 && (toks[i-3].w == "the" || toks[i-3].w == "those") &&
		toks[i-4].w == "among" {
		return tollKind(toks[i-2].w)
	}
	return nil
}

// ofTollReach is how far before a part "of the 126 people killed," may open.
const ofTollReach = 7

// ofTollKind returns the kind of the toll that the number at i is stated as
// a part of by "of" after it: "98 of the 126 dead were evacuees", "98 of
// those killed", "evacuees, 98 of whom died" (killed, not evacuated); nil
// for none.
func ofTollKind(toks []ftok, i int) *figureKind {
	if i+2 >= len(toks) || toks[i+1].w != "of" {
		return nil
	}
	switch toks[i+2].w {
	case "the", "those":
		for j := i + 3; j < len(toks) && j <= i+6 && !toks[j].punct; j++ {
			if k := tollKind(toks[j].w); k != nil {
				return k
			}
		}
	case "whom", "them":
		for j := i + 3; j < len(toks) && j <= i+5 && !toks[j].punct; j++ {
			if k := tollKind(toks[j].w); k != nil {
				return k
			}
		}
	}
	return nil
}

// amongKind returns the kind of the toll a count is stated among: "109
// evacuees were among the dead" (killed), "12 children were among the
// wounded"; nil for none.
func amongKind(toks []ftok, i int) *figureKind {
	for j := i + 1; j < len(toks) && j <= i+5 && !toks[j].punct && !toks[j].isNum; j++ {
		if toks[j].w != "among" {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+3 && !toks[k].punct && !toks[k].isNum; k++ {
			if kind := tollKind(toks[k].w); kind != nil {
				return kind
			}
		}
		return nil
	}
	return nil
}

// tollKind returns the kind a word of a toll names: "dead", "killed",
// "victims" (killed); "wounded", "injured" (injured); nil for others.
func tollKind(w string) *figureKind {
	switch {
	case injuredKind.after.Has(w):
		return &injuredKind
	case killedKind.after.Has(w) || w == "victims":
		return &killedKind
	}
	return nil
}

// includeWords state a part of the toll before them: "the dead included".
var includeWords = lang.WordSetOf(lang.CountingWords(lang.IncludeWord))

// dateLead are words before a day of a date.
var dateLead = lang.WordSetOf(lang.PrepositionWords(lang.DateLeadPrep))

// isDate reports a number that is the day of a date.
func isDate(toks []ftok, i int) bool {
	if toks[i].amount {
		return false
	}
	if i > 0 && isMonth(toks[i-1].w) && toks[i].num <= 31 { // "July 25"
		return true
	}
	if i > 1 && toks[i-1].w == "." && isMonth(toks[i-2].w) && toks[i].num <= 31 {
		return true // "Sept. 16": an abbreviated month's dot
	}
	if i > 0 && i+1 < len(toks) && toks[i].num <= 31 && (toks[i+1].w == "may" || toks[i+1].w == "march") &&
		dateLead.Has(toks[i-1].w) {
		return true // "since 21 May", "on 15 March"
	}
	return i+1 < len(toks) && isMonth(toks[i+1].w) && toks[i].num <= 31 && toks[i+1].w != "may" && toks[i+1].w != "march"
}

// countBefore matches "killing [at least] N ..." and "claimed the lives of
// N": a verb of kind k before the number, then adds a coordinated count
// ("killing 12 civilians and 3 fighters").
func countBefore(toks []ftok, i, qn int, k *figureKind) (int64, int, bool) {
	j := i - qn - 1
	for n := 0; j >= 0 && n < 3 && fillers.Has(toks[j].w) && !k.before.Has(toks[j].w); n++ {
		j--
	}
	if j < 0 {
		return 0, 0, false
	}
	hit := k.before.Has(toks[j].w)
	if !hit && j >= 1 {
		hit = k.beforeOf[[2]string{toks[j-1].w, toks[j].w}]
	}
	if !hit && j+1 < i && j >= 0 {
		hit = k.beforeOf[[2]string{toks[j].w, toks[j+1].w}]
	}
	combined := k == &casualtiesKind && pairedVerbs(toks, j)
	if !combined && (!hit || combinedBefore(toks, j, k)) || outcomeFollows(toks, i) {
		return 0, 0, false // "killed or wounded 3,000" is casualties, not a count of either kind
	}
	if intentAt(toks, j) {
		return 0, 0, false // "a deadline to execute three hostages", "threatened to kill 20", "would kill five": not done
	}
	if (toks[j].w == "loss" || (toks[j].w == "of" && j >= 1 && toks[j-1].w == "loss")) && !livesFollow(toks, i) {
		return 0, 0, false // "the loss of 500 jobs"
	}
	if toks[j].w == "lives" && !livesTakenBefore(toks, j) {
		return 0, 0, false // "concern was on the lives of 52,800 pregnant women"
	}
	v, end := toks[i].num, i
	if v2, e2, ok := coordinated(toks, i, k); ok {
		v, end = v+v2, e2
	}
	return v, end, true
}

// fallVerbs are the forms of "fall" in "fell victim to".
var fallVerbs = lang.WordSetOf(lang.CountingWords(lang.FallVerb))

// fellVictimAt reports "fell victim(s) [to ...]" with "victim" at j: the
// counted were killed ("1,500 people have fallen victims to the gas"),
// unless what they fell to is another kind of harm ("fell victim to
// kidnappers", "to injuries").
func fellVictimAt(toks []ftok, j int) bool {
	if w := toks[j].w; w != "victim" && w != "victims" || j == 0 || !fallVerbs.Has(toks[j-1].w) {
		return false
	}
	if j+1 >= len(toks) || toks[j+1].w != "to" {
		return true // "... have fallen victims and 3,600 were injured": the next count is its own
	}
	for e := j + 2; e < len(toks) && e <= j+4 && !toks[e].punct && toks[e].w != "and"; e++ {
		if w := toks[e].w; otherFigure(w) || victimOfOther.Has(w) {
			return false
		}
	}
	return true
}

// victimOfOther are harms one falls victim to that are no death.
var victimOfOther = lang.WordSetOf(lang.CountingWords(lang.VictimOfOther))

// baseVerbs are the plain forms of verbs of a kind: after "to" they tell of
// an intent or a threat, not a count of the done.
var baseVerbs = lang.WordSetOf(lang.CountingWords(lang.BaseVerb))

// intentAt reports a plain verb of a kind at j after "to" or a modal ("to
// kill", "would kill", "will behead"): an intent or a threat, not a count of
// the done.
func intentAt(toks []ftok, j int) bool {
	return j >= 1 && baseVerbs.Has(toks[j].w) && (toks[j-1].w == "to" || modals.Has(toks[j-1].w))
}

// modalPassive reports a passive at j after a modal and "be" ("two
// captives would soon be killed", "will be executed"): of the dead or hurt,
// a threat or a fear, not a count of the done, as intentAt's "would kill"
// (people who "will be evacuated" are planned: plannedNear).
func modalPassive(toks []ftok, j int) bool {
	if j < 2 || toks[j-1].w != "be" {
		return false
	}
	k := j - 2
	if !modals.Has(toks[k].w) && k > 0 && !toks[k].punct && !toks[k].isNum {
		k-- // "would soon be killed"
	}
	return modals.Has(toks[k].w)
}

// modals before a plain verb of a kind make it a threat: "would kill one
// captive".
var modals = lang.WordSetOf(lang.AuxiliaryWords(lang.ThreatModal))

// livesVerbs take lives: "claimed 12 lives", "cost at least 30 lives".
var livesVerbs = lang.WordSetOf(lang.CountingWords(lang.LivesVerb))

// livesTaken reports "lives" (at j) right after the number at i, or one
// word after it, with a verb that takes them before the number.
func livesTaken(toks []ftok, i, j int) bool {
	if j > i+2 {
		return false
	}
	_, qn := qualifierBefore(toks, i)
	p := i - qn - 1
	return p >= 0 && livesVerbs.Has(toks[p].w)
}

// livesTakenBefore reports a verb that takes lives before "[the] lives" at
// j: "claimed the lives of", "cost the lives of".
func livesTakenBefore(toks []ftok, j int) bool {
	p := j - 1
	if p >= 0 && toks[p].w == "the" {
		p--
	}
	return p >= 0 && livesVerbs.Has(toks[p].w)
}

// arrivalNouns count the people an influx brings across a border or a
// front: not "people" or "fighters", whom a deal's buses may bring
// (evacuated, not displaced).
var arrivalNouns = lang.WordSetOf(lang.PeopleWords(lang.ArrivalNoun))

// arrivedFrom reports "have arrived" (or "arrived") at j after a count at
// i of refugees, asylum-seekers, individuals or persons ("92,000 individuals
// from the neighbouring country have arrived in the province"): the
// influx's displaced.
func arrivedFrom(toks []ftok, i, j int) bool {
	if toks[j].w != "arrived" || i+1 >= len(toks) {
		return false
	}
	n := i + 1
	if toks[n].w == "new" && n+1 < len(toks) {
		n++
	}
	return arrivalNouns.Has(toks[n].w) && (j == n+1 || toks[j-1].w == "have" || toks[j-1].w == "has")
}

// lostWords are the forms of "lose" in "lost their life".
var lostWords = lang.WordSetOf(lang.CountingWords(lang.LostWord))

// bringVerbs bring a running total to its new value.
var bringVerbs = lang.WordSetOf(lang.CountingWords(lang.BringVerb))

// displacedNouns name the displaced a running total counts.
var displacedNouns = lang.WordSetOf(lang.PeopleWords(lang.DisplacedNoun))

// broughtReach is how far before "to" a running total's verb may stand;
// fromReach more when a "from" names the place the displaced fled.
const broughtReach, fromReach = 10, 2

// displacedBroughtTo reports the number at toks[i] as the value a verb
// brings a total of the displaced to ("bringing the total number of
// displaced people to 5,600", "Latest arrivals bring the estimated number
// of new refugees to 16,250"): the influx's most recent figure. est: the
// total is "estimated". The place the displaced came from may stand
// between ("the total number of internally displaced persons from Murzuq
// to at least 760 families").
func displacedBroughtTo(toks []ftok, i int) (ok, est bool) {
	if i < 4 || toks[i-1].w != "to" {
		return false, false
	}
	noun, total := false, false
	lo := i - broughtReach
	for j := i - 2; j >= 0 && j >= lo; j-- {
		w := toks[j].w
		switch {
		case w == "from":
			lo -= fromReach // "persons from Murzuq to": the place they fled, no more words of the total's
		case toks[j].punct || toks[j].isNum:
			return false, false
		case displacedNouns.Has(w):
			noun = true
		case w == "number" || w == "total":
			total = true
		case w == "estimated":
			est = true
		case bringVerbs.Has(w):
			return noun && total, est
		}
	}
	return false, false
}

// estimatedAfter reports a count the clause after it calls an estimate:
// "45,000 are estimated to be displaced", "12,000 people were estimated
// to have fled".
func estimatedAfter(toks []ftok, i int) bool {
	for j := i + 1; j+1 < len(toks) && j <= i+3 && !toks[j].punct && !toks[j].isNum; j++ {
		if w := toks[j].w; (w == "are" || w == "were" || w == "is" || w == "was") && toks[j+1].w == "estimated" {
			return j+2 < len(toks) && toks[j+2].w == "to"
		}
	}
	return false
}

// estimateThat reports a count that a verb of estimating brings in by
// "that", whose start is toks[a]: "the humanitarian team estimates that
// 21,000 displaced people have gathered", "it is estimated that there are
// 5,000 IDPs" (h-fig54).
func estimateThat(toks []ftok, a int) bool {
	j := a - 1
	if j >= 1 && lang.PassiveBe(toks[j].w) && toks[j-1].w == "there" {
		j -= 2 // "estimates that there are 5,000"
	}
	return j >= 1 && toks[j].w == "that" && estimateVerbs.Has(toks[j-1].w)
}

// estimateBack reports a count that a later "this estimated figure" of its
// sentence, with no other number between, calls an estimate: "92,053
// individuals have arrived in the DRC (this estimated figure is yet to be
// verified)" (h-fig54).
func estimateBack(toks []ftok, i int) bool {
	for j := i + 1; j+2 < len(toks); j++ {
		if toks[j].isNum {
			return false
		}
		if (toks[j].w == "this" || toks[j].w == "these") && estimateVerbs.Has(toks[j+1].w) && estimateNouns.Has(toks[j+2].w) {
			return true
		}
	}
	return false
}

var (
	estimateVerbs = lang.WordSetOf(lang.CountingWords(lang.EstimateVerb))
	estimateNouns = lang.WordSetOf(lang.CountingWords(lang.EstimateNoun))
)

// receivedEvacuation reports "received evacuation" at toks[j]: the count
// before it was evacuated.
func receivedEvacuation(toks []ftok, j int) bool {
	return toks[j].w == "evacuation" && (toks[j-1].w == "received" || toks[j-1].w == "receive")
}

// evacuatedAhead reports the evacuation of the displaced that toks[j]
// names, within its clause: "IDPs received evacuation", "IDPs were
// evacuated" count the evacuated, no new displaced.
func evacuatedAhead(toks []ftok, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+4 && !toks[k].punct && !toks[k].isNum; k++ {
		if toks[k].w == "evacuated" || receivedEvacuation(toks, k) {
			return true
		}
	}
	return false
}

// lostTheirLife reports "lost their life" with "life" at j: the counted
// died (the singular as agency reports write it beside "lost their lives").
func lostTheirLife(toks []ftok, j int) bool {
	return toks[j].w == "life" && j >= 2 && toks[j-1].w == "their" && lostWords.Has(toks[j-2].w)
}

// deathCountNoun reports a bulletin's "mortality cases" after a count ("3
// COVID-19 related mortality cases"): its dead, told by a noun the killed
// words do not hold.
func deathCountNoun(toks []ftok, j int) bool {
	return toks[j].w == "mortality" && j+1 < len(toks) && toks[j+1].w == "cases"
}

// livesFollow reports "lives" within the few words after the number at i:
// "the loss of four civilian lives".
func livesFollow(toks []ftok, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+3 && !toks[j].punct; j++ {
		if toks[j].w == "lives" || toks[j].w == "life" {
			return true
		}
	}
	return false
}

// combinedBefore reports a verb of another kind just before the verb at j
// ("Kills Injures over 70", "killed and injured over 400"): the count is of
// casualties, not of either kind.
func combinedBefore(toks []ftok, j int, k *figureKind) bool {
	p := j - 1
	if p >= 0 && (toks[p].w == "and" || toks[p].w == "or" || toks[p].w == ",") {
		p-- // "killing and injuring 40", "Kills, Injures 88"
	}
	if p < 0 {
		return false
	}
	w := toks[p].w
	for _, o := range figureKinds[:2] {
		if o != k && (o.before.Has(w) || o.after.Has(w)) {
			return !ownCountBefore(toks, p) // not "left seven people dead and injured 16": the first kind's count stands before it
		}
	}
	return false
}

// ownCountBefore reports a count in the few words before the kind word at p
// ("seven people dead", "12 civilians killed").
func ownCountBefore(toks []ftok, p int) bool {
	for k := p - 1; k >= 0 && k >= p-3 && !toks[k].punct; k-- {
		if toks[k].isNum {
			return !toks[k].year
		}
	}
	return false
}

// coordinated finds "and N more-people" after the noun phrase of the count at
// i, when that second count is of the same kind (not "and 3 injured").
func coordinated(toks []ftok, i int, k *figureKind) (int64, int, bool) {
	j, ok := countedGroupEnd(toks, i+1, k)
	if !ok {
		return 0, 0, false
	}
	mid, j := commaListed(toks, j, k)
	if j+1 < len(toks) && toks[j].w == "and" && !toks[j+1].isNum {
		if n, end := personRun(toks, j+1); n > 0 {
			return mid + int64(n), end - 1, true // "killing three foreigners and their Iraqi driver" is 4
		}
	}
	if j+1 >= len(toks) || toks[j].w != "and" || !toks[j+1].isNum || toks[j+1].year || isMeasure(toks, j+1) ||
		overlapping(toks, i, j+1) {
		return 0, 0, false
	}
	e := j + 1
	for n := 0; e+1 < len(toks) && n < 4 && !toks[e+1].punct; n++ {
		w := toks[e+1].w
		if otherFigure(w) || w == "others" {
			return 0, 0, false
		}
		if w == "and" || toks[e+1].isNum {
			break
		}
		e++
	}
	return mid + toks[j+1].num, j + 1, true
}

// countedGroupEnd returns the token after the few words that name a count's
// group from j ("militants", "Turkish soldiers"), at a comma, a number or
// "and"; false when a word makes the count a part or another kind's.
func countedGroupEnd(toks []ftok, j int, k *figureKind) (int, bool) {
	for n := 0; j < len(toks) && n < 4 && !toks[j].punct && !toks[j].isNum && toks[j].w != "and"; n++ {
		if subsetWords.Has(toks[j].w) || k.after.Has(toks[j].w) || otherFigure(toks[j].w) || casesWords.Has(toks[j].w) {
			return 0, false
		}
		j++
	}
	return j, true
}

// totalReach is how many words before a labelled total's kind word
// "total" may stand: "Total associated deaths – 38".
const totalReach = 3

// totalLabelled reads a report's labelled total: a kind word, a dash or a
// colon, then the count at i, "total" among the few words before the kind
// word ("Total associated deaths – 38", "Total deaths: 16"), as a sitrep's
// summary lists its figures.
func totalLabelled(text string, toks []ftok, i int, k *figureKind) (int64, int, bool) {
	j := i - 1
	if j >= 0 && toks[j].w == ":" {
		j--
	}
	if j < 1 || !k.after.Has(toks[j].w) || toks[i].amount {
		return 0, 0, false
	}
	gap := strings.TrimSpace(text[toks[j].end:toks[i].off])
	if gap != "–" && gap != "-" && gap != "—" && gap != ":" {
		return 0, 0, false
	}
	for p := j - 1; p >= 0 && p >= j-totalReach; p-- {
		if toks[p].w == "total" {
			return toks[i].num, i, true
		}
		if toks[p].punct || toks[p].isNum {
			break
		}
	}
	return 0, 0, false
}

// commaListed adds the counts a list joins by commas after a first count,
// up to the comma at j before its last "and" ("killing 34 militants, four
// civilians, and two soldiers": 4 here, the last count is coordinated's);
// it returns their sum and the index of that "and", or 0 and j when no such
// list stands there ("killing 12 people, 20 of them children").
func commaListed(toks []ftok, j int, k *figureKind) (int64, int) {
	var sum int64
	e := j
	for e+1 < len(toks) && toks[e].w == "," && toks[e+1].isNum && !toks[e+1].year && !toks[e+1].amount && !isMeasure(toks, e+1) {
		n, ok := countedGroupEnd(toks, e+2, k)
		if !ok || n == e+2 || n >= len(toks) || toks[n].isNum || ofAt(toks, e+2, n) {
			return 0, j
		}
		sum, e = sum+toks[e+1].num, n
		if toks[e].w == "," && e+1 < len(toks) && toks[e+1].w == "and" {
			e++ // the comma before the last "and"
		}
	}
	if e == j || toks[e].w != "and" {
		return 0, j
	}
	return sum, e
}

// ofAt reports "of" among the tokens from a to b: "20 of them" is a part.
func ofAt(toks []ftok, a, b int) bool {
	for x := a; x < b; x++ {
		if toks[x].w == "of" {
			return true
		}
	}
	return false
}

// overlapping reports two coordinated counts whose groups may hold the same
// people, so that they do not add: one a group by age or sex ("children",
// "women"), the other by what befell them or where they were ("evacuees",
// "civilians", "patients"): "98 evacuees and 68 children were killed" is
// not 166. Disjoint groups add: "12 civilians and 3 fighters", "three
// women and five children".
func overlapping(toks []ftok, i, j int) bool {
	a, b := groupAfter(toks, i), groupAfter(toks, j)
	return demographicGroups.Has(a) && statusGroups.Has(b) || statusGroups.Has(a) && demographicGroups.Has(b)
}

// groupAfter returns the word right after the number at i, "" at the end.
func groupAfter(toks []ftok, i int) string {
	if i+1 < len(toks) {
		return toks[i+1].w
	}
	return ""
}

var (
	demographicGroups = lang.WordSetOf(lang.PeopleWords(lang.DemographicNoun))
	statusGroups      = lang.WordSetOf(lang.PeopleWords(lang.StatusNoun))
)

// otherFigure reports words of injury, capture or displacement: a count they
// describe is not a death toll.
func otherFigure(w string) bool {
	return injuredKind.after.Has(w) || injuredKind.before.Has(w) || w == "arrested" || w == "captured" || w == "detained" ||
		w == "kidnapped" || w == "abducted" || w == "missing" || w == "displaced" || w == "rescued" || w == "casualties"
}

// countAfter matches "N [people ...] were killed": a word of kind k within a
// few words after the number; "12 civilians and 3 fighters were killed" adds,
// "18 people including five children were killed" does not.
func countAfter(toks []ftok, i int, k *figureKind) (int64, int, bool) {
	if verbOfOtherKind(toks, i, k) {
		return 0, 0, false // "arrested 14 suspects and 3 people are missing": 14 is the arrests'
	}
	v := toks[i].num
	subset, asides, clause := false, 0, false
	limit := i + subjectNear
	if membersOf(toks, i) {
		limit += subjectNear // "33 members of the "Foo State in Iraq and Levant" and "Bar Front" organizations were killed": the names are the subject's
	}
	for j := i + 1; j < len(toks) && j <= limit; j++ {
		t := toks[j]
		if w := t.w; w == "\"" || w == "“" || w == "”" {
			limit++ // a quoted name's marks are no words of the reach
		}
		if e := parenEnd(toks, j); e > j && toks[j+1].isNum {
			limit += e - j // "7,224 people (2,316 households) were displaced": an aside
			j = e
			continue
		}
		if placeCount(toks, j) {
			continue // "500,000 people in 23 provinces have been affected"
		}
		if t.w == "and" && !subset && !clause {
			if n, end := personRun(toks, j+1); n > 0 {
				v, limit, j = v+int64(n), limit+end-j-1, end-1 // "Four militants and an Israeli soldier were killed" is 5
				continue
			}
		}
		switch {
		case t.w == "," && j+1 < len(toks) && (subsetWords.Has(toks[j+1].w) || ofThemAt(toks, j+1)):
			subset, limit, asides = true, limit+6, asides+1 // "Five civilians, including two children, were killed"
		case t.w == "," && subset && asides == 1:
			asides++ // the aside's closing comma
		case t.w == "," && !subset && participleAside(toks, j+1, k):
			return v, j + 1, true // "More than 100 soldiers, seriously wounded during the offensive, arrived ..."
		case t.w == "," && groupListAt(toks, j):
			limit++ // "138 men, women and children were killed": one group named in a list
		case t.punct && t.w != "\"" && t.w != "“" && t.w != "”" && t.w != "(" && t.w != ")":
			return 0, 0, false
		case k == &displacedKind && (t.w == "shelter" && seekWords.Has(toks[j-1].w) || t.w == "sheltering") && !peopleAt(toks, i+1):
			return 0, 0, false // "1,200 vessels ... to find shelter", "1,710 relief tents for sheltering": no people
		case k == &displacedKind && t.w == "shelter" && seekWords.Has(toks[j-1].w):
			return v, j, true // "More than 20,000 people have sought shelter in schools"
		case k == &displacedKind && t.w == "homes" && j >= 2 && toks[j-1].w == "their" && toks[j-2].w == "from":
			return v, j, true // "nine million have been driven from their homes"
		case k == &killedKind && (doneToDeath(toks, j) || gunnedDown(toks, j)):
			return v, j, true // "Seven youths were knifed and shot to death"
		case k == &displacedKind && arrivedFrom(toks, i, j):
			return v, j, true // "92,000 refugees from the neighbouring country have arrived in the province"
		case k == &killedKind && lostTheirLife(toks, j):
			return v, j, true // "135 people have already lost their life"
		case k == &killedKind && deathCountNoun(toks, j):
			return v, j, true // "3 COVID-19 related mortality cases"
		case k == &evacuatedKind && receivedEvacuation(toks, j):
			return v, j, true // "187 IDPs received evacuation to safe areas"
		case k == &evacuatedKind && t.w == "idps" && evacuatedAhead(toks, j):
			// the displaced who were evacuated: the verb ahead counts them
		case k == &killedKind && (fellVictimAt(toks, j) || t.w == "victims" && livesTaken(toks, i, j)):
			return v, j, true // "1,500 people have fallen victims to the attack", "claimed 25 victims"
		case k == &casualtiesKind && (killedKind.after.Has(t.w) || injuredKind.after.Has(t.w)) && combinedCount(toks, j):
			if rateAfter(toks, j) {
				return 0, 0, false // "24 people were killed or injured every day": a rate, no event's count
			}
			return v, j, true // "3,000 troops were killed or wounded": casualties
		case k.after.Has(t.w) && j+1 < len(toks) && toks[j+1].w == "per":
			return 0, 0, false // "918 deaths per 100 000 live births": a rate
		case k.after.Has(t.w):
			if t.w == "idps" && (j > i+2 || evacuatedAhead(toks, j)) {
				return 0, 0, false // "100 000 people - both IDPs and ...": IDPs named, not counted; "187 IDPs were evacuated": the evacuated
			}
			if subset && toks[j-1].isNum {
				return 0, 0, false // "700 people including 47 wounded": the word is the part's
			}
			if k == &evacuatedKind && (diedAhead(toks, j) || amongEarlier(toks, j)) {
				return 0, 0, false // "98 evacuees and 68 children were killed", "killed 126, 98 evacuees among them": dead
			}
			if k == &displacedKind && (fledPlace(toks, j) || staffFled(toks, i, j)) {
				return 0, 0, false // "a dozen medical staff fled the hospital": out of a building, not from home
			}
			if combinedCount(toks, j) || (t.w == "lives" && toks[j-1].w != "their" && !livesTaken(toks, i, j)) ||
				verbWithCount(toks, j, k) || (k == &killedKind || k == &injuredKind) && modalPassive(toks, j) {
				return 0, 0, false
			}
			return v, j, true
		case t.w == "among" && j+1 < len(toks) && toks[j+1].w == "them":
			subset, limit = true, limit+4 // "12 people among them 5 children were killed"
		case t.w == "among":
			return 0, 0, false // "70 children were among those killed": a part of the toll
		case subsetWords.Has(t.w):
			subset, limit = true, limit+4
		case casesWords.Has(t.w) && !subset:
			return 0, 0, false // "2,514 reported cases and 87 deaths": the first count is the cases'
		case t.isNum && !subset && toks[j-1].w == "and" && !t.year:
			if clause {
				return 0, 0, false // "31 lorries were destroyed and 20 civilians were killed": 31 had its own verb
			}
			if isMeasure(toks, j) || (j+1 < len(toks) && (toks[j+1].w == "others" || toks[j+1].w == "other")) {
				return 0, 0, false // "aged 10 and 11 years"; "12 people and 500 others were affected"
			}
			if overlapping(toks, i, j) {
				return 0, 0, false // "98 evacuees and 68 children were killed": the children may be evacuees
			}
			v, limit = v+t.num, j+subjectNear // "nine Iraqis and four US soldiers are reported to have been killed": the reach runs from the last group
		case t.isNum && toks[j-1].w == "covid":
			// "3 COVID-19 related deaths": the disease's name, no count
		case t.isNum && !subset:
			return 0, 0, false
		case t.w == "said" || t.w == "says" || t.w == "according" || foreignOutcome(k, t.w):
			return 0, 0, false
		case lang.Auxiliary(t.w):
			clause = true
		}
	}
	return 0, 0, false
}

// asideAdverbs may stand before the participle of an aside: "seriously
// wounded", "badly hurt".
var asideAdverbs = lang.WordSetOf(lang.CountingWords(lang.AsideAdverb))

// asidePreps follow the participle of an aside and tell where or how the
// counted were harmed: "wounded during the offensive", "hurt in the blast".
var asidePreps = lang.WordSetOf(lang.PrepositionWords(lang.AsidePrep))

// participleAside reports an aside opening at j (after the counted's comma)
// with a participle of kind k and where or how it happened: "100 soldiers,
// seriously wounded during the offensive, arrived ...". A verb with a count
// of its own ("killed 5 soldiers, wounded 12") is no aside.
func participleAside(toks []ftok, j int, k *figureKind) bool {
	if j < len(toks) && asideAdverbs.Has(toks[j].w) {
		j++
	}
	return j+1 < len(toks) && k.after.Has(toks[j].w) && asidePreps.Has(toks[j+1].w)
}

// ofThemAt reports an aside that says what the counted were, opening at j
// with a share "of them": "At least 120 people, almost half of them
// children, died", "30 people, most of them civilians, were killed".
func ofThemAt(toks []ftok, j int) bool {
	for k := j; k < len(toks)-1 && k <= j+3; k++ {
		if toks[k].punct || toks[k].isNum && toks[k].num > 0 {
			return false
		}
		if toks[k].w == "of" && toks[k+1].w == "them" {
			return k > j
		}
	}
	return false
}

// amongEarlier reports a group word at j followed by "among them" (or
// "those", "the dead") that ends the count: the group is a part of a toll
// stated before ("killed 126 people, 98 evacuees among them"), not a count
// whose part follows ("5,000 evacuees, among them 1,000 children").
func amongEarlier(toks []ftok, j int) bool {
	if j+2 >= len(toks) || toks[j+1].w != "among" {
		return false
	}
	if w := toks[j+2].w; w != "them" && w != "those" && w != "the" {
		return false
	}
	return j+3 >= len(toks) || !toks[j+3].isNum
}

// diedAhead reports a word of a toll ("killed", "dead", "wounded") later in
// the clause of the group word at j.
func diedAhead(toks []ftok, j int) bool {
	for e := j + 1; e < len(toks) && e <= j+8 && !(toks[e].punct && toks[e].w != ","); e++ {
		if tollKind(toks[e].w) != nil {
			return true
		}
	}
	return evacueesDied(toks, j)
}

// evacueesDied reports a count of evacuees whose own predicate, later in
// the sentence, is a death: "98 evacuees from the government-held towns of
// Foua and Kefraya were killed", "98 evacuees, most of them from Foua, were
// killed". Another count on the way ("... after 5 people were killed") or
// the sentence's end stops it.
func evacueesDied(toks []ftok, j int) bool {
	if toks[j].w != "evacuees" {
		return false
	}
	for e := j + 1; e < len(toks) && e <= j+25; e++ {
		t := toks[e]
		switch {
		case t.punct && t.w != "," && t.w != "-" && t.w != "(" && t.w != ")":
			return false
		case t.isNum || t.w == "said" || t.w == "says":
			return false
		case tollKind(t.w) != nil:
			return lang.Auxiliary(toks[e-1].w) || t.w == "died" || t.w == "dead"
		}
	}
	return false
}

// staffWords are people counted at work: staff who flee a hospital under
// fire leave a workplace, not their homes ("prompting nearly a dozen medical
// staff to flee").
var staffWords = lang.WordSetOf(lang.PeopleWords(lang.StaffNoun))

// staffFled reports a displaced count whose counted group, between the
// number at i and the word of fleeing at j, is a workplace's staff.
func staffFled(toks []ftok, i, j int) bool {
	for e := i + 1; e < j && e < len(toks); e++ {
		if staffWords.Has(toks[e].w) {
			return true
		}
	}
	return false
}

// fledFrom are the places a person flees for an hour, not a home: "fled
// the hospital" in a raid is no displacement.
var fledFrom = lang.WordSetOf(lang.PlaceWords(lang.FledBuilding))

// fledPlace reports "fled [the] hospital" after the word of fleeing at j.
func fledPlace(toks []ftok, j int) bool {
	w := toks[j].w
	if w != "fled" && w != "flee" && w != "fleeing" {
		return false
	}
	n := j + 1
	for n < len(toks) && n <= j+3 && (appositives.Has(toks[n].w) || toks[n].w == "their" || toks[n].w == "its" || toks[n].w == "field") {
		n++
	}
	return n < len(toks) && fledFrom.Has(toks[n].w)
}

// treatedAt reports an injured count whose clause says where they are
// treated ("31 people hurt in the attack were being treated in Turkish
// hospitals"): the patients of some hospitals, a part of the wounded.
func treatedAt(toks []ftok, end int) bool {
	for j := end + 1; j < len(toks) && j <= end+8 && !toks[j].punct; j++ {
		if toks[j].w == "treated" || toks[j].w == "hospitalised" || toks[j].w == "hospitalized" {
			return j+1 < len(toks) && (toks[j+1].w == "in" || toks[j+1].w == "at") && lang.Auxiliary(toks[j-1].w) ||
				j >= 2 && toks[j-1].w == "being" && lang.Auxiliary(toks[j-2].w)
		}
	}
	return false
}

// transferWords move the wounded: "died since being brought from Syria".
var transferWords = lang.WordSetOf(lang.CountingWords(lang.TransferWord))

// diedAfterTransfer reports a death count whose clause says the dead died
// after being moved ("three people had died since being brought from
// Syria"): the patients of the hospitals they were taken to, a part of the
// dead.
func diedAfterTransfer(toks []ftok, end int) bool {
	for j := end + 1; j+2 < len(toks) && j <= end+4 && !toks[j].punct; j++ {
		if (toks[j].w == "since" || toks[j].w == "after") && toks[j+1].w == "being" && transferWords.Has(toks[j+2].w) {
			return true
		}
	}
	return false
}

// subjectReach is how far a sentence's main verb may stand from the count
// that opens it.
const subjectReach = 24

// subjectNear is countAfter's reach: subjectCount takes only verbs beyond it.
const subjectNear = 9

// auxiliaries join a subject to its participle: "have been evacuated".
var auxiliaries = lang.WordSetOf(lang.AuxiliaryWords(lang.PassiveAux))

// subjectCount matches a count that opens its sentence and the participle
// of kind k that is its verb, past a long phrase of places: "More than 1.1
// million people in 15 provinces and cities in the south of Viet Nam have
// been evacuated". Nothing but words and counts of places may stand
// between.
func subjectCount(text string, toks []ftok, i, qn int, k *figureKind) (int64, int, bool) {
	if !opensSentence(text, toks, i-qn) {
		return 0, 0, false
	}
	aux := -1
	for j := i + 1; j < len(toks) && j <= i+subjectReach; j++ {
		t := toks[j]
		if t.punct || (t.isNum && !placeCount(toks, j)) || kindWordTable.Get(t.w)&^k.bit != 0 || t.w == "said" ||
			(thingWord(t.w) && !placeWords.Has(t.w)) || (aux >= 0 && j > aux+3) {
			return 0, 0, false // "Two other targets were also hit and many were injured": not this count's verb
		}
		if aux < 0 && auxiliaries.Has(t.w) {
			aux = j
		}
		if k.after.Has(t.w) {
			// a nearer verb is countAfter's to judge ("were killed or injured")
			if j > i+subjectNear && !combinedCount(toks, j) &&
				(auxiliaries.Has(toks[j-1].w) || (j > 1 && auxiliaries.Has(toks[j-2].w))) {
				return toks[i].num, j, true
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// opensSentence reports a count's phrase at start that opens its sentence:
// first, after "A total of", or after a dateline in capitals ("HÀ NỘI —").
func opensSentence(text string, toks []ftok, start int) bool {
	if start == 0 || (start <= 3 && (toks[0].w == "a" || toks[0].w == "an")) {
		return true
	}
	if start > 4 {
		return false
	}
	if placeOpening(text, toks, start) {
		return true
	}
	for _, t := range toks[:start] {
		if w := text[t.off:t.end]; t.punct || strings.ToUpper(w) != w {
			return false
		}
	}
	return true
}

// placeOpening reports a sentence that opens on "In" and a name before
// the count at start: "In Foo, 28 members of the Bar militant group were
// killed", "In Foo Bar twenty people ...": the place sets the scene, the
// count is the sentence's subject still.
func placeOpening(text string, toks []ftok, start int) bool {
	if start < 2 || toks[0].w != "in" {
		return false
	}
	end := start
	if toks[end-1].w == "," {
		end--
	}
	if end < 2 {
		return false
	}
	for _, t := range toks[1:end] {
		if w := text[t.off:t.end]; t.punct || t.isNum || !lang.Capitalised(w) {
			return false
		}
	}
	return true
}

// maxAside is the most tokens a parenthesised aside may hold.
const maxAside = 8

// parenEnd returns the closing bracket of an aside opening at j, or -1
// (also when j is past the last token: a name that ends the text).
func parenEnd(toks []ftok, j int) int {
	if j < 0 || j >= len(toks) || toks[j].w != "(" {
		return -1
	}
	for e := j + 1; e < len(toks) && e <= j+maxAside; e++ {
		if toks[e].w == ")" {
			return e
		}
		if toks[e].w == "(" {
			return -1
		}
	}
	return -1
}

// placeCount reports a number of places after a preposition ("in 23
// provinces", "across 15 sites"): it says where, not how many people.
func placeCount(toks []ftok, j int) bool {
	if !toks[j].isNum || j == 0 || j+1 >= len(toks) {
		return false
	}
	p := toks[j-1].w
	return (p == "in" || p == "across" || p == "from") && (thingWord(toks[j+1].w) || placeWords.Has(toks[j+1].w))
}

// placeWords count places in ReliefWeb's reports.
var placeWords = lang.WordSetOf(lang.PlaceWords(lang.CountedPlace))

// familiesBound returns the bound ("at least", "more than") of a count of
// families whose aside gives the people in them, the aside opening at k
// ("at least 2,840 families (approximately 14,200 individuals)"): the
// families are counted to a bound, the people only estimated from them,
// so the people are counted to the same bound.
func familiesBound(toks []ftok, k int) (news.Qualifier, bool) {
	j := k - 2 // the families' word before "("
	if j < 1 || toks[k-1].w != "(" || (toks[j].w != "families" && toks[j].w != "households") {
		return "", false
	}
	if !toks[j-1].isNum {
		j-- // "11,220 Libyan families"
	}
	if j < 1 || !toks[j-1].isNum {
		return "", false
	}
	if q, n := qualifierBefore(toks, j-1); n > 0 && (q == news.AtLeast || q == news.MoreThan) {
		return q, true
	}
	return "", false
}

// peopleInAside returns the count of people a count of families gives in
// an aside right after it ("20,870 families (97,583 persons)"), with the
// token of that number; ok is false when there is none.
func peopleInAside(toks []ftok, i int) (int64, int, bool) {
	j := i + 1
	for ; j < len(toks) && j <= i+2 && toks[j].w != "(" && toks[j].w != "/"; j++ {
	}
	if j+2 >= len(toks) || toks[j].w != "(" {
		return 0, 0, false
	}
	n := j + 1
	if !toks[n].isNum && n+1 < len(toks) && toks[n+1].isNum {
		if _, qn := qualifierBefore(toks, n+1); qn == 1 {
			n++ // "(approximately 82,300 individuals)": the families' estimate
		}
	}
	if n+1 >= len(toks) || !toks[n].isNum || toks[n].amount {
		return 0, 0, false
	}
	switch toks[n+1].w {
	case "persons", "people", "individuals", "pers", "ind":
		return toks[n].num, n, true
	}
	return 0, 0, false
}

// verbOfOtherKind reports a verb of another kind just before the number at
// i ("killing 12", "arrested at least 14"): the number is that verb's count.
func verbOfOtherKind(toks []ftok, i int, k *figureKind) bool {
	j := i - 1
	for n := 0; j >= 0 && n < 3 && fillers.Has(toks[j].w); n++ {
		j--
	}
	if j < 0 {
		return false
	}
	for n := i + 1; n < len(toks) && n <= i+2; n++ {
		if k.after.Has(toks[n].w) {
			return false // "killed 10 15 injured": a headline's list
		}
	}
	for _, o := range figureKinds {
		if o != k && o.before.Has(toks[j].w) {
			return true
		}
	}
	return false
}

// foreignOutcome reports a word of another kind of figure than k: a count
// it describes is not of kind k.
func foreignOutcome(k *figureKind, w string) bool {
	if k == &killedKind {
		return otherFigure(w)
	}
	return kindWordTable.Get(w)&^k.bit != 0
}

// otherOutcome reports a participle of injury or capture right after a
// number ("killed 10 15 injured"): that number is not of this kind.
func otherOutcome(w string) bool {
	return injuredKind.after.Has(w) || w == "arrested" || w == "captured" || w == "detained" || w == "kidnapped" ||
		w == "abducted" || w == "missing" || w == "displaced" || w == "rescued" || w == "casualties"
}

// outcomeFollows reports "N [others] injured" right after the number at i.
func outcomeFollows(toks []ftok, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+3 && !toks[j].punct && !toks[j].isNum && toks[j].w != "and"; j++ {
		if otherOutcome(toks[j].w) {
			return true
		}
		if killedKind.after.Has(toks[j].w) {
			return false
		}
	}
	return false
}

// membersOf reports a count of the members of named bodies: "33 members
// of the ...", "at least 20 jihadists of A and B", "nine soldiers of the
// 3rd Battalion and ...": a group of fighters or soldiers (whoGroups)
// followed by "of".
func membersOf(toks []ftok, i int) bool {
	if i+2 >= len(toks) || toks[i+2].w != "of" {
		return false
	}
	g := whoGroupTable.Get(toks[i+1].w)
	return g == "fighters" || g == "soldiers"
}

// verbWithCount reports a verb at j followed by its own count ("towns killed
// 43 people"): the verb belongs to that count, not to one before it. A
// passive verb takes no count of its own: the part that follows it in a
// text without commas ("17 people were killed two of them medics") is a
// part of the count before it.
func verbWithCount(toks []ftok, j int, k *figureKind) bool {
	if !k.before.Has(toks[j].w) {
		return false
	}
	for n := j + 1; n < len(toks) && n <= j+4; n++ {
		if toks[n].isNum && !toks[n].year {
			if j > 0 && lang.PassiveBe(toks[j-1].w) && partAfter(toks, n) {
				return false
			}
			return !outcomeFollows(toks, n)
		}
		if !fillers.Has(toks[n].w) {
			return false
		}
	}
	return false
}

// rateWords before a span of time make a count a rate: "every day", "each
// year", "per month".
var rateWords = lang.WordSetOf(lang.DeterminerWords(lang.RateDeterminer))

// rateSpans are the spans of time of a rate.
var rateSpans = lang.WordSetOf(lang.SpanWords(lang.RateSpan))

// rateReach is how many words after its verb a count's rate may come.
const rateReach = 16

// rateAfter reports a rate after the verb at j in its clause ("were killed
// or injured by a landmine every day"): the count is a rate.
func rateAfter(toks []ftok, j int) bool {
	for k := j + 1; k+1 < len(toks) && k <= j+rateReach; k++ {
		if toks[k].punct && toks[k].w != "*" {
			return false
		}
		if rateWords.Has(toks[k].w) && rateSpans.Has(toks[k+1].w) {
			return true
		}
	}
	return false
}

// rateCount reports a count of the dead or the hurt from its first word at
// i to its last at end that is a rate: a span of time after it ("1 million
// deaths every year", "kill more than 300 people each week") or "every" or
// "per" before it ("45 out of every 100 airmen killed"), no event's toll
// (round h-fig52).
func rateCount(toks []ftok, i, end int) bool {
	return rateAfter(toks, end) || i > 0 && rateWords.Has(toks[i-1].w)
}

// pairedVerbs reports a verb of killing or wounding at j joined to one of
// the other kind before it ("killed or wounded 3,000", "killing and
// injuring 40"): the count after them is of casualties.
func pairedVerbs(toks []ftok, j int) bool {
	for _, k := range figureKinds[:2] {
		if k.before.Has(toks[j].w) && combinedBefore(toks, j, k) {
			return true
		}
	}
	return false
}

// combinedCount reports "killed and injured", "dead or wounded", "killed,
// wounded or captured", "Killed & Injured": the count is of casualties, not
// deaths.
func combinedCount(toks []ftok, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	c := toks[j+1].w
	if (injuredKind.after.Has(c) || injuredKind.before.Has(c)) && toks[j].w != "lives" && !ownCountAfter(toks, j+2) {
		// "88 Killed & Injured" ("&" is no token), "88 killed injured" of a
		// feed that strips punctuation; not "claimed hundreds of lives
		// wounded many others", whose comma was stripped
		return true
	}
	if j+2 >= len(toks) {
		return false
	}
	return (c == "and" || c == "or" || c == "," && listGoesOn(toks, j+2)) && otherFigure(toks[j+2].w) && !ownCountAfter(toks, j+3)
}

// ownCountAfter reports a count at toks[k] or after a qualifier there: "left
// seven people dead and injured 16", "dead and injured at least 16" give
// the second kind a count of its own.
func ownCountAfter(toks []ftok, k int) bool {
	for n := 0; k < len(toks) && n < 3 && !toks[k].punct; n, k = n+1, k+1 {
		if toks[k].isNum {
			return !toks[k].year
		}
		if !fillers.Has(toks[k].w) {
			return false
		}
	}
	return false
}

// listGoesOn reports a list of kinds going on from toks[k] to its "and" or
// "or" ("wounded or captured"), not a clause after a comma ("killed, police
// said").
func listGoesOn(toks []ftok, k int) bool {
	return k+2 < len(toks) && (toks[k+1].w == "and" || toks[k+1].w == "or")
}

// tollAt matches "the death toll rose to [at least] N".
func tollAt(toks []ftok, i, qn int) bool {
	j := i - qn - 1
	if j < 0 || !tollLinks.Has(toks[j].w) {
		return false
	}
	return tollNear(toks, i) && !(i+1 < len(toks) && otherFigure(toks[i+1].w))
}

// tollReach is how many words before a count its "toll" may stand: "the
// death toll from a car bomb attack on buses carrying evacuees from two
// besieged towns near Aleppo has risen to at least 112".
const tollReach = 24

// tollNear reports "toll" in the few words before i.
func tollNear(toks []ftok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-tollReach; j-- {
		if toks[j].w == "toll" || toks[j].w == "tolls" {
			return true
		}
		if (toks[j].w == "victims" || toks[j].w == "dead" || toks[j].w == "killed" || toks[j].w == "deaths" ||
			toks[j].w == "martyred" || toks[j].w == "martyrs") && numberOfBefore(toks, j) {
			// "the number of victims has reached 236", "the number of people reported as dead was 149",
			// "the number of civilians who have been martyred ... has become around 40"
			return true
		}
		if toks[j].punct && toks[j].w == "." {
			return false
		}
	}
	return false
}

// numberOfBefore reports "the number of" a few words before j, in its
// clause ("a number of terrorists were killed" counts no one).
func numberOfBefore(toks []ftok, j int) bool {
	for k := j - 1; k >= 2 && k >= j-6 && !toks[k].punct; k-- {
		if toks[k].w == "of" && toks[k-1].w == "number" && (toks[k-2].w == "the" || toks[k-2].w == "total") {
			return true
		}
	}
	return false
}

// namesAsideCount matches a count whose people are named in an aside before
// its verb: "two militants, Bob Smith and Jim Jones, were killed", "two
// soldiers, both reservists, Ann Lee and Tom Hill, have been killed". The
// aside closing before the verb names them (capitalised words joined by
// "and" or commas); it may follow a short description of its own.
func namesAsideCount(text string, toks []ftok, i int, k *figureKind) (int64, int, bool) {
	a, ok := countedGroupEnd(toks, i+1, k)
	for h := i + 1; ok && h <= a && h < len(toks); h++ {
		if heldWords.Has(toks[h].w) {
			a = heldPhraseEnd(toks, h) // "two hostages being held in Foo, Bob Smith and Jim Jones, were killed"
			break
		}
	}
	if !ok || a == i+1 || a >= len(toks) || toks[a].w != "," {
		return 0, 0, false
	}
	b := -1 // the aside's closing comma
	for j := a + 1; j < len(toks) && j <= a+namesAsideWords; j++ {
		if toks[j].isNum || toks[j].punct && toks[j].w != "," || kindWord(toks[j].w) || isCue(toks, j) {
			return 0, 0, false
		}
		if toks[j].w == "," && j+1 < len(toks) && (auxiliaries.Has(toks[j+1].w) || k.after.Has(toks[j+1].w)) {
			b = j
			break
		}
	}
	if b < 0 || !namesBefore(text, toks, a, b) {
		return 0, 0, false
	}
	for j := b + 1; j < len(toks) && j <= b+3; j++ {
		if k.after.Has(toks[j].w) || k == &killedKind && gunnedDown(toks, j) {
			if modalPassive(toks, j) {
				return 0, 0, false
			}
			return toks[i].num, j, true
		}
		if !auxiliaries.Has(toks[j].w) {
			break
		}
	}
	return 0, 0, false
}

// heldWords open a participle phrase that tells where or how the counted
// were held before the aside that names them: "being held captive in Foo",
// "held by the militia", "taken hostage in May".
var heldWords = lang.WordSetOf(lang.CountingWords(lang.HeldWord))

// heldPhraseEnd returns the comma that closes the participle phrase opening
// at toks[a], a itself when no comma closes it within namesAsideWords or a
// number, a kind's word or an attribution word comes first.
func heldPhraseEnd(toks []ftok, a int) int {
	for j := a + 1; j < len(toks) && j <= a+namesAsideWords; j++ {
		switch {
		case toks[j].w == ",":
			return j
		case toks[j].isNum || toks[j].punct || kindWord(toks[j].w) || isCue(toks, j):
			return a
		}
	}
	return a
}

// namesAsideWords bounds the words between a count and the verb that its
// naming aside puts there.
const namesAsideWords = 12

// namesBefore reports that the tokens before the comma at b, back to the
// aside's last comma after a, are two or more capitalised words (names)
// joined by "and" or commas only.
func namesBefore(text string, toks []ftok, a, b int) bool {
	caps := 0
	for j := b - 1; j > a; j-- {
		w := toks[j]
		if w.w == "and" {
			continue
		}
		if w.punct {
			return w.w == "," && caps >= 2
		}
		if r, _ := utf8.DecodeRuneInString(text[w.off:w.end]); !unicode.IsUpper(r) {
			return false
		}
		caps++
	}
	return caps >= 2
}

// listGroups are the nouns of people a count may name as a list: "men,
// women and children", "soldiers, police and civilians".
var listGroups = lang.WordSetOf(lang.PeopleWords(lang.ListNoun))

// groupListAt reports a comma at j inside a list of groups of people that
// closes with "and" and another group: "138 men, women and children
// killed" counts the three groups together; the comma ends no clause.
func groupListAt(toks []ftok, j int) bool {
	if j < 1 || !listGroups.Has(toks[j-1].w) {
		return false
	}
	for k := j + 1; k+1 < len(toks) && k <= j+6; k += 2 {
		if !listGroups.Has(toks[k].w) {
			return false
		}
		switch toks[k+1].w {
		case ",":
		case "and", "or":
			return k+2 < len(toks) && listGroups.Has(toks[k+2].w)
		default:
			return false
		}
	}
	return false
}

// seekWords before "shelter" make it the displaced's: "have sought
// shelter", "are taking shelter" (not "500 shelter kits").
var seekWords = lang.WordSetOf(lang.CountingWords(lang.SeekWord))

// peopleAt reports a count's head at k that is people: a noun of people
// ("people", "families", "women") or straight on to its verb ("20,000 have
// sought shelter").
func peopleAt(toks []ftok, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k].w
	return countNouns.Has(w) || demographicGroups.Has(w) || statusGroups.Has(w) || w == "families" || w == "households" ||
		w == "have" || w == "are" || w == "were" || w == "had" || w == "has" || w == "is" || w == "was"
}
