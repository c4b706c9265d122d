package ask

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// The argument of the asked verb: "Which broadcaster reported that …" asks
// for the doer of "reported", "What did the family buy …" for the thing
// bought, "Which village was hit …" for the thing hit. A report writes the
// answer as that verb's subject ("… Haberturk reported on Monday") or
// object ("… and buy an old sewing machine"), often beside other names
// and words that are nearer the question's own. Read from the question's
// word order (no parts of speech: the verb is told by its place after the
// question's phrase or auxiliary, a suffix, or the lists of common verbs),
// and in the sentence from the verb's neighbours: the noun phrase ending
// before it, or opening after it.

// Slots of the asked verb's argument.
const (
	slotNone    = 0
	slotSubject = 1 // "which agency announced": the doer, written before the verb
	slotObject  = 2 // "what did she buy", "which town was hit": written after the verb
	// "in which city was the workshop held", "in which town did the talks
	// take place": the place written after the verb and "in" or "at" ("the
	// workshop held in Bangkok"). Not "where": its answer is as often a
	// place the sentence's own "where" refers back to ("the silos where
	// farmers were gathered in the east of Manbij"). With another opening
	// preposition (openingPreps, q.argPrep), what that preposition takes
	// after the verb ("through which agency are they supplied": "supplied
	// through the National Medical Stores").
	slotPlace = 3
)

// placePreps open the place of a verb written after it.
var placePreps = lang.PrepositionWords(lang.VerbPlacePrep)

// openingPreps open a question whose phrase is what the verb's
// preposition takes ("Through which agency are the clinics supplied?",
// "From which town did the families flee?"): the report writes the
// answer after the verb and the same preposition ("supplied through the
// National Medical Stores"). Not "by" (the doer, read as such) nor "of".
var openingPreps = lang.PrepositionWords(lang.OpeningPrep)

// wArgument is the bonus of a span standing in the asked verb's argument.
const wArgument = 0.15

// doAux are the auxiliaries after which a question's subject and verb
// follow: what the question asks is the verb's object.
var doAux = lang.AuxiliaryWords(lang.DoAux)

// perfectAux precede a participle without making it passive.
var perfectAux = lang.AuxiliaryWords(lang.PerfectAux)

// askedArgument sets q.argVerb, q.argPrep and q.argSlot from the words
// after the question word: "which X VERBed" (subject), "which X did Y
// VERB (PREP)" and "which X was VERBed" (object).
func askedArgument(q *Question, toks []token) {
	switch q.Type {
	case TypeOther, TypeName, TypePerson, TypePlace:
	default:
		return
	}
	w := -1
	for i, t := range toks {
		if t.low == "what" || t.low == "which" || t.low == "who" || t.low == "whom" {
			w = i
			break
		}
	}
	if q.Type == TypePlace && q.passive == "" && w == 1 && placePreps[toks[0].low] {
		askedVerbPlace(q, toks, max(w, 0))
		return
	}
	if q.passive == "" && w == 1 && openingPreps[toks[0].low] {
		askedVerbPlace(q, toks, w)
		if q.argSlot == slotPlace {
			q.argPrep = toks[0].low
		}
		return
	}
	if w < 0 || w > 0 && isStop(toks[w-1].low) || q.passive != "" {
		return // "by which group": no argument read
	}
	from, rel := w+1, false
	if r := namedClause(toks, w); r > 0 {
		// "what is the name of the broadcaster that reported": the clause
		// after the thing named asks as "which broadcaster reported" does
		from, rel = r+1, true
	}
	for k := from; k < len(toks); k++ {
		t := toks[k]
		switch {
		case doAux[t.low]:
			if v, prep := verbAfterSubject(q.Text, toks, k+1); v >= 0 {
				q.argVerb, q.argPrep, q.argSlot = verbBase(toks[v].low), prep, slotObject
			}
			return
		case lang.PassiveBe(t.low) || perfectAux[t.low]:
			passive := lang.PassiveBe(t.low)
			j := k + 1
			for j < len(toks) && (lang.PassiveBe(toks[j].low) || strings.HasSuffix(toks[j].low, "ly")) {
				passive = passive || lang.PassiveBe(toks[j].low)
				j++
			}
			if j >= len(toks) || !pastParticiple(toks[j].low) {
				return // "who is the president of": a copula asks no verb's argument
			}
			q.argVerb, q.argSlot = verbBase(toks[j].low), slotSubject
			if passive {
				q.argSlot = slotObject // "which village was hit": the thing hit
			}
			return
		case (k > w+1 || toks[w].low == "who" || rel) && !isCapitalized(t) && askedVerbForm(t.low):
			if !lang.IsStop(t.low, lang.Reporting) {
				// who said it: a report writes the speaker before the
				// verb or after it ("said Mr Guterres") alike
				q.argVerb, q.argSlot = verbBase(t.low), slotSubject
			}
			return
		case t.low == "that":
			return // a relative clause: no argument read
		}
	}
}

// namedClause returns the index of the relative pronoun ("that", "who",
// "which") that opens the clause after the thing a question asks the name
// of ("What is the name of the Turkish broadcaster that reported ...",
// "what was the name of the woman who learned sewing"), or -1: its verb
// is the asked verb, the thing named its subject or, passive, its object.
func namedClause(toks []token, w int) int {
	k := w + 1
	if k < len(toks) && lang.PassiveBe(toks[k].low) {
		k++
	}
	for k < len(toks) && lang.IsDeterminer(toks[k].low) {
		k++
	}
	if k+1 >= len(toks) || toks[k].low != "name" && toks[k].low != "names" || toks[k+1].low != "of" {
		return -1
	}
	for r := k + 2; r < len(toks); r++ {
		switch toks[r].low {
		case "that", "who", "which":
			return r
		}
	}
	return -1
}

// countVerb returns the base of the verb a count question counts the
// doing of ("how many Burundian refugees did UNHCR repatriate": repatriate;
// "how many yaba tablets were seized": seize), or "".
func countVerb(q *Question, toks []token) string {
	if q.Type != TypeCount {
		return ""
	}
	for i := 1; i < len(toks); i++ {
		if toks[i-1].low != "how" || toks[i].low != "many" && toks[i].low != "much" {
			continue
		}
		for k := i + 1; k < len(toks); k++ {
			t := toks[k]
			switch {
			case doAux[t.low]:
				if v, _ := verbAfterSubject(q.Text, toks, k+1); v >= 0 {
					return verbBase(toks[v].low)
				}
				return ""
			case lang.PassiveBe(t.low) || perfectAux[t.low]:
				j := k + 1
				for j < len(toks) && (lang.PassiveBe(toks[j].low) || adverb(toks[j].low)) {
					j++
				}
				if j < len(toks) && pastParticiple(toks[j].low) {
					return verbBase(toks[j].low)
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// askedVerbPlace sets the verb whose place "in which X" asks ("In which
// city was the workshop held in May?", "In which town did the talks take
// place?"): after "did" the verb after the subject, after "was" the
// participle closing the subject (before a preposition, a figure or the
// question's end: "the affected families" holds none).
func askedVerbPlace(q *Question, toks []token, w int) {
	k := w + 1
	for k < len(toks) && !doAux[toks[k].low] && !lang.PassiveBe(toks[k].low) {
		k++ // the question's phrase: "which city", "which part of the country"
	}
	if k >= len(toks) {
		return
	}
	if doAux[toks[k].low] {
		// after "did" the verb is a base form: a plural is the object
		// misread ("did an air strike kill 18 civilians")
		if v, _ := verbAfterSubject(q.Text, toks, k+1); v >= 0 && (!strings.HasSuffix(toks[v].low, "s") || phraseVerbs[toks[v].low]) {
			q.argVerb, q.argSlot = verbBase(toks[v].low), slotPlace
		}
		return
	}
	for j := k + 2; j < len(toks); j++ {
		t := toks[j]
		if isCapitalized(t) || !pastParticiple(t.low) {
			continue
		}
		if j+1 == len(toks) || isStop(toks[j+1].low) || isNumber(toks[j+1]) {
			q.argVerb, q.argSlot = verbBase(t.low), slotPlace
			return
		}
	}
}

// askedVerbForm reports whether w, after a question's phrase, is its verb
// in the past or present tense ("announced", "spoke", "leads").
func askedVerbForm(w string) bool {
	if len(w) > 3 && strings.HasSuffix(w, "ed") {
		return true
	}
	return phraseVerbs[w] || irregularForms[w] != "" && !strings.HasSuffix(w, "ing")
}

// pastParticiple reports whether w is a verb's participle ("hit", "declared").
func pastParticiple(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "ed") || irregularParticiples[w] || irregularForms[w] != "" && !strings.HasSuffix(w, "ing")
}

// verbAfterSubject returns the index of the verb after the subject that
// opens at toks[from] ("a mortar hit", "Suad, a tailor from Homs, buy"),
// and the preposition that closes the question after it ("speak with",
// "point to"); -1 when no word there reads as a verb.
func verbAfterSubject(text string, toks []token, from int) (int, string) {
	prevContent := false
	for k := from; k < len(toks); k++ {
		t := toks[k]
		if k == from+1 && strings.Contains(between(text, toks, k-1), ",") {
			// an apposition after the subject's name: on to its closing comma
			for k+1 < len(toks) && !strings.Contains(between(text, toks, k), ",") {
				k++
			}
			prevContent = true
			continue
		}
		if isCapitalized(t) || isStop(t.low) || lang.IsDeterminer(t.low) || isNumber(t) {
			prevContent = isCapitalized(t) || isNumber(t)
			continue
		}
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].low
		}
		verb := phraseVerbs[t.low] || irregularForms[t.low] != "" || lang.IsStop(t.low, lang.Reporting)
		if !verb && prevContent && !participleLike(t.low) && (next == "" || verbPreps[next] || lang.IsDeterminer(next)) {
			verb = true // "the deal update?", "consolidate the", "buy with"; not "the guidance for councils"
		}
		if !verb && prevContent && !participleLike(t.low) && k+1 < len(toks) && isNumber(toks[k+1]) && plainGapIn(text, toks, k) {
			// "did UNHCR assist 447 families" (qa3-rwp7-b266f93906-1): after
			// the subject, the word before the object's count is the verb
			verb = true
		}
		if verb {
			if lang.IsStop(t.low, lang.Reporting) || t.low == "say" || t.low == "tell" {
				return -1, "" // "did UNICEF say was hit": what is said is a clause
			}
			prep := ""
			if k+1 < len(toks) && isStop(next) && !lang.IsDeterminer(next) && (k+2 == len(toks) || isStop(toks[k+2].low)) {
				prep = next // "speak with by phone", "point to?"
			}
			return k, prep
		}
		prevContent = true
	}
	return -1, ""
}

// plainGapIn reports whether nothing but spaces or hyphens stands between
// toks[i] and toks[i+1] of text.
func plainGapIn(text string, toks []token, i int) bool {
	return strings.Trim(between(text, toks, i), " -") == ""
}

// verbPreps are the prepositions that may follow a question's verb ("buy
// with", "speak to"); "of" and "for" follow its nouns as often.
var verbPreps = lang.PrepositionWords(lang.VerbPrep)

// between returns the text between toks[i] and toks[i+1] of text.
func between(text string, toks []token, i int) string {
	if i+1 >= len(toks) {
		return ""
	}
	return text[toks[i].end:toks[i+1].start]
}

func participleLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// verbBase returns what a verb's forms share: the base of an irregular
// verb ("bought": "buy"), else the stem.
func verbBase(w string) string {
	if b, ok := irregularForms[w]; ok {
		return b
	}
	return lang.Stem(w)
}

// argRanges returns the extents [from, to] of s's words that stand in the
// asked verb's argument: the phrase before the verb (its auxiliaries and
// adverbs passed over) for a doer, the one after it (or after "by" in a
// passive sentence) for a doer written so, and for a thing done to the
// phrase after the verb, or before it when the sentence is passive.
func argRanges(q *Question, s *sentence) [][2]int {
	if q.argSlot == slotNone {
		return nil
	}
	var out [][2]int
	var phrases [][2]int
	bestHits := -1
	for i, t := range s.toks {
		if t.stem != q.argVerb && verbBase(t.low) != q.argVerb && !lang.SameAct(t.low, q.argVerb) {
			continue
		}
		if phrases == nil {
			low := make([]string, len(s.toks))
			for k, t := range s.toks {
				low[k] = t.low
			}
			phrases = lang.NounPhrases(low, func(k int) rune { return gapRune(s, k) })
		}
		e := i - 1
		for e >= 0 && (lang.PassiveBe(s.toks[e].low) || perfectAux[s.toks[e].low] || doAux[s.toks[e].low] || adverb(s.toks[e].low)) {
			e--
		}
		// "are supporting" is no passive; "was hit", "were recently declared",
		// "was also declared" are
		passive := false
		for k := e + 1; k < i && !strings.HasSuffix(t.low, "ing"); k++ {
			passive = passive || lang.PassiveBe(s.toks[k].low)
		}
		if e >= 1 && relatives[s.toks[e].low] {
			e-- // "the European Union, who are supporting": the phrase the pronoun stands for
		}
		if q.argSlot == slotPlace {
			b := i + 1
			for b < len(s.toks) && (adverb(s.toks[b].low) || s.toks[b].low == "place") {
				b++ // "took place in"
			}
			for n := b; q.argPrep != "" && n+1 < len(s.toks) && n <= i+5 && (s.hit[n] || isStop(s.toks[n].low)) && plainGap(s, n); n++ {
				if s.toks[n].low == q.argPrep {
					b = n // "supplied with vaccines through": the question's own words between
					break
				}
			}
			if b+1 < len(s.toks) && (q.argPrep == "" && placePreps[s.toks[b].low] || q.argPrep != "" && s.toks[b].low == q.argPrep) &&
				plainGap(s, b-1) && plainGap(s, b) {
				a := phraseAt(phrases, s, b+1, true)
				if n := hitsBefore(s, i); q.argPrep != "" && n != bestHits {
					if n < bestHits {
						continue
					}
					out, bestHits = out[:0], n
				}
				out = append(out, a)
				if ap, ok := apposedName(phrases, s, b+1); ok {
					out = append(out, ap)
				}
			} else if a, ok := prepBefore(q, phrases, s, e); ok {
				if n := hitsBefore(s, i); n != bestHits {
					if n < bestHits {
						continue
					}
					out, bestHits = out[:0], n
				}
				out = append(out, a)
			}
			continue
		}
		before := q.argSlot == slotSubject && !passive || q.argSlot == slotObject && passive
		if before {
			if e >= 0 && plainGap(s, e) || e >= 0 && relatives[s.toks[e+1].low] {
				out = append(out, phraseAt(phrases, s, e, false))
			}
		} else {
			b := i + 1
			if passive && b < len(s.toks) && s.toks[b].low == "by" {
				b++ // "was announced by the agency"
			} else if q.argPrep != "" && b < len(s.toks) && s.toks[b].low == q.argPrep {
				b++ // "spoke with", "point to"
			}
			for b < len(s.toks) && adverb(s.toks[b].low) {
				b++
			}
			if b < len(s.toks) && plainGap(s, b-1) {
				a := phraseAt(phrases, s, b, true)
				if n := a[1] + 1; a[1]-a[0] < 2 && n < len(s.toks) && gapRune(s, a[1]) == ',' && !s.hit[n] {
					a[1] = phraseAt(phrases, s, n, true)[1] // "an old, second-hand sewing machine"
				}
				out = append(out, a)
			}
		}
	}
	for _, a := range out {
		if k := a[1] + 1; k < len(s.toks) && acronym(s.toks[k].text) && strings.TrimSpace(between(s.text, s.toks, a[1])) == "(" {
			out = append(out, [2]int{k, k}) // "the National Medical Stores (NMS)": the acronym names the phrase
		}
	}
	return out
}

// prepBefore returns the phrase the question's opening preposition takes
// when a report writes it before the verb, between the doer and the verb
// or its auxiliary ("UNHCR through ADRA assisted 447 families", "UNICEF,
// through its partner ADRA, distributed kits") for "through which partner
// did UNHCR assist 447 families" (qa3-rwp7-b266f93906-1: the same sentence
// later writes "and through YRCS ... 48 families were assisted", whose
// words before the verb hold fewer of the question's). Agency reports put
// the partner so in any outlet; the phrase must end right before the verb
// (e, the word before it, its auxiliaries and adverbs passed over), the
// preposition right before the phrase.
func prepBefore(q *Question, phrases [][2]int, s *sentence, e int) ([2]int, bool) {
	if q.argPrep == "" || e < 1 || !(plainGap(s, e) || gapRune(s, e) == ',') {
		return [2]int{}, false
	}
	var a [2]int
	found := false
	for _, p := range phrases {
		if p[1] == e {
			a, found = p, true
			break
		}
	}
	if !found {
		a = [2]int{e, e}
	}
	if s.hit[a[1]] || a[0] < 1 || s.toks[a[0]-1].low != q.argPrep || !plainGap(s, a[0]-1) {
		return [2]int{}, false
	}
	return a, true
}

// apposedName returns the name set off by a comma after the noun phrase
// opening at word k ("allowed only through one border crossing, Bab
// Al-Hawa" for "through which single border crossing ... allowed":
// qa3-rwp7-b38374b05e-1): the phrase says what kind, the apposition which
// one, as a report writes a kind then its name in any outlet.
func apposedName(phrases [][2]int, s *sentence, k int) ([2]int, bool) {
	end := -1
	for _, p := range phrases {
		if p[0] == k {
			end = p[1]
			break
		}
	}
	if end < 0 || end+1 >= len(s.toks) || gapRune(s, end) != ',' || !isCapitalized(s.toks[end+1]) || s.hit[end+1] {
		return [2]int{}, false
	}
	return phraseAt(phrases, s, end+1, true), true
}

// hitsBefore counts the question's words among the five before s's word
// i: where a sentence writes the asked verb twice ("clinics supplied
// through X, and private ones supplied through Y"), the one whose subject
// is the question's ("public clinics") holds most of them.
func hitsBefore(s *sentence, i int) int {
	n := 0
	for k := max(i-5, 0); k < i; k++ {
		if s.hit[k] {
			n++
		}
	}
	return n
}

// phraseAt returns the noun phrase of s opening (open) or closing at word
// k, else word k alone, short of the question's own words at its end ("the
// Qasr district" of "which district": "the Qasr").
func phraseAt(phrases [][2]int, s *sentence, k int, open bool) [2]int {
	a := [2]int{k, k}
	for _, p := range phrases {
		if open && p[0] == k || !open && p[1] == k {
			a = p
			break
		}
	}
	for a[1] > a[0] && s.hit[a[1]] {
		a[1]--
	}
	return a
}

// relatives are the pronouns that open a relative clause after the
// phrase they stand for.
var relatives = lang.JoinerWords(lang.RelativePronoun)

// adverb reports whether w reads as an adverb between a verb and its
// auxiliary or argument ("reportedly", "recently").
func adverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w != "early" && w != "only" || plainAdverbs[w]
}

// plainAdverbs stand between an auxiliary and its verb as the "-ly" ones
// do ("was also declared", "have already been repaired", "was not hit").
var plainAdverbs = lang.AuxiliaryWords(lang.PlainAdverb)

// argFit returns wArgument when the span holds the last word of one of
// the argument's extents, the phrase's head ("oven" of "an old,
// second-hand oven", not "old").
func argFit(args [][2]int, sp span) float64 {
	for _, a := range args {
		if sp.from <= a[1] && a[1] <= sp.to {
			return wArgument
		}
	}
	return 0
}
