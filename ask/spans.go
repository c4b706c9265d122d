package ask

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
)

var (
	nameConnectors = lang.QuestionWords(lang.NameConnector)
	placeBefore    = lang.PlaceWords(lang.PlaceBefore)
	// ofPlace are the words before "of" that make what follows a place
	// ("north of Hama", "the outskirts of Aleppo").
	ofPlace     = lang.PlaceWords(lang.OfPlace)
	sourceWords = lang.FurnitureWords(lang.SourceMark)
	personAfter = lang.ReportingWords(lang.PersonAfter)
)

// nameSpans returns runs of capitalised words ("al-Furqan School", "Jen
// Psaki", "Base 46") that are not only the question's own words.
func nameSpans(q *Question, s *sentence) []span {
	var out []span
	for i := 0; i < len(s.toks); {
		if t := s.toks[i]; !isCapitalized(t) || attributive(t.low) || sourceWords[t.low] || isCalendarWord(t.low) || t.low == "by" {
			i++
			continue
		}
		j := i
		for j+1 < len(s.toks) && (plainGap(s, j) || initial(s, j)) && nameWord(s, j+1) {
			j++
		}
		j = andName(s, i, j)
		j = andBody(q, s, j)
		from, to := trimName(s, i, j)
		if q.Type == TypePerson {
			from = afterRole(s, from, to)
			for from < to && lang.Title(s.toks[from].low) {
				from++ // "Lt. Gen Omar Mahmood Hayat": the rank is no part of the name
			}
			if from == to && lang.Title(s.toks[from].low) {
				from++ // "Lt" alone
			}
		}
		if fileMarked(s, from, to) {
			i = j + 1 // "October-2020 FINAL": a title made of the file's name
			continue
		}
		if from < to || from == to && len(s.toks[from].text) > 1 { // a letter alone is no name ("S")
			if sp, ok := nameSpan(q, s, from, to); ok {
				out = append(out, sp)
			}
		}
		i = j + 1
	}
	mostFigure(q, s, out)
	rowOfFigure(q, s, out)
	return out
}

// causeBefore reports whether a cause marker ("due to", "because of", "as
// a result of") ends right before token from.
func causeBefore(s *sentence, from int) bool {
	for _, n := range []int{2, 4} {
		if k := from - n; k >= 0 && causeMarker(s, k) == n && plainGap(s, from-1) {
			return true
		}
	}
	return false
}

// fileMarked reports whether the name run [from, to] holds a mark of a
// file's name in capitals ("Al-Hol camp-profile October-2020 FINAL").
func fileMarked(s *sentence, from, to int) bool {
	for k := from; k <= to && k < len(s.toks); k++ {
		if lang.FileMark(s.toks[k].text) {
			return true
		}
	}
	return false
}

// figureVerbs are the words that join a name to its figure in a list of
// them ("Yola North has 463 cases; Girei has 188 cases", "Girei with 132
// cases", "Song reported 1 case").
var figureVerbs = lang.ReportingWords(lang.FigureListVerb)

// mostFigure marks up, when the question ranks names by a count ("which
// area had the most cases"), the name of the sentence whose figure of the
// counted noun is the largest of two or more ("Yola North has 463 cases;
// Girei has 188 cases": Yola North), and marks the others down: the list
// answers by its figures, not by a name's words.
func mostFigure(q *Question, s *sentence, sps []span) {
	if len(q.mostOf) == 0 || len(sps) < 2 {
		return
	}
	unit := q.mostOf[len(q.mostOf)-1]
	vals, n := rowValues(s, sps, unit)
	best := -1
	for x, v := range vals {
		if v >= 0 && (best < 0 || v > vals[best]) {
			best = x
		}
	}
	if n >= 2 {
		markRow(sps, vals, best)
	}
}

// rowValues returns the figure each span's row pairs it with (rowFigure;
// -1 where none) and how many have one.
func rowValues(s *sentence, sps []span, unit string) ([]float64, int) {
	vals, n := make([]float64, len(sps)), 0
	for x, sp := range sps {
		vals[x] = -1
		if v, ok := rowFigure(s, sp, unit); ok {
			vals[x] = v
			n++
		}
	}
	return vals, n
}

// markRow marks up the name of row pick, which answers, and marks down the
// other names the list pairs with a figure.
func markRow(sps []span, vals []float64, pick int) {
	for x := range sps {
		switch {
		case x == pick:
			sps[x].bonus += 0.5
			sps[x].ranked = true
		case vals[x] >= 0:
			sps[x].bonus -= 0.1
		}
	}
}

// rowFigure returns the figure a list pairs with the name span sp, as a
// row of a table flattened into a sentence: after the name ("Girei has 188
// cases", "Girei: 188 cases", "Girei (188 cases)"), the unit written after
// the figure; a bare figure in brackets ("Imsalata (12)") when the unit is
// written before the list ("24 cases ... : Aljofra (2), Imsalata (12)");
// or before the name ("946 from MMC"). With unit "" any unit does.
func rowFigure(s *sentence, sp span, unit string) (float64, bool) {
	before := func() bool { // the unit is written before the name
		if unit == "" {
			return true
		}
		for u := 0; u < sp.from; u++ {
			if s.toks[u].stem == unit {
				return true
			}
		}
		return false
	}
	if f := sp.from - 2; f >= 0 && s.toks[sp.from-1].low == "from" && plainGap(s, sp.from-1) && plainGap(s, f) && isNumber(s.toks[f]) &&
		(f == 0 || !isNumber(s.toks[f-1])) {
		if v, j, ok := readNumber(s, f); ok && j == f && before() {
			return v, true // "256 from Jere, 946 from MMC"
		}
	}
	k := sp.to + 1
	for g := 0; g < 2 && k < len(s.toks) && figureVerbs[s.toks[k].low] && plainGap(s, k-1); g++ {
		k++
	}
	if k >= len(s.toks) || k == sp.to+1 && !strings.ContainsAny(s.text[s.toks[sp.to].end:s.toks[k].start], ":(") {
		return 0, false // "Girei 188" alone is no pair; "Girei: 188", "Girei (188 cases)" are
	}
	v, j, ok := readNumber(s, k)
	if !ok {
		return 0, false
	}
	for u := j + 1; u < len(s.toks) && u <= j+3; u++ {
		if unit == "" || s.toks[u].stem == unit {
			return v, true
		}
		if !plainGap(s, u-1) {
			break
		}
	}
	if gap := s.text[s.toks[sp.to].end:s.toks[k].start]; strings.TrimSpace(gap) == "(" && closesBracket(s, j) && before() {
		return v, true // "Aljofra (2), Imsalata (12) and Bengazi (10)" after "24 cases were reported"
	}
	return 0, false
}

// closesBracket reports whether a closing bracket follows token j.
func closesBracket(s *sentence, j int) bool {
	end := len(s.text)
	if j+1 < len(s.toks) {
		end = s.toks[j+1].start
	}
	return strings.HasPrefix(strings.TrimSpace(s.text[s.toks[j].end:end]), ")")
}

// rowOfFigure marks up, when a name question states a figure of the list
// it asks about ("which LGA accounted for 946 of the cases"), the name the
// sentence's list pairs with that figure ("256 from Jere, 946 from MMC"):
// the row the figure names, not the list's first name.
func rowOfFigure(q *Question, s *sentence, sps []span) {
	if len(q.stated) == 0 || len(sps) == 0 {
		return
	}
	vals, _ := rowValues(s, sps, "")
	for x, v := range vals {
		if v >= 0 && q.stated[v] {
			markRow(sps, vals, x)
			return
		}
	}
}

// statedCounts returns the figures a question states as counts ("946 of
// the cases"), not as a date's, a week's or a year's ("week 15", "4 May").
func statedCounts(q *Question) map[float64]bool {
	ws := lang.Fields(strings.ToLower(q.Text))
	for i, w := range ws {
		ws[i] = strings.Trim(w, ",.?;:()'’")
	}
	want := map[float64]bool{}
	for i, w := range ws {
		if !lang.AllDigits(w) || lang.IsYear(w) {
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = ws[i-1]
		}
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		if strings.HasSuffix(prev, "week") || prev == "weeks" || monthOf(prev) > 0 || monthOf(next) > 0 || isCalendarWord(prev) {
			continue
		}
		if v, err := strconv.ParseFloat(w, 64); err == nil {
			want[v] = true
		}
	}
	return want
}

// andName extends the name run [i, j] over "and" when the two make one
// country's name ("Antigua and Barbuda", "Saint Vincent and the
// Grenadines"), else returns j.
func andName(s *sentence, i, j int) int {
	if j+2 >= len(s.toks) || s.toks[j+1].low != "and" || !plainGap(s, j) {
		return j
	}
	for k := j + 2; k < len(s.toks) && k <= j+4 && plainGap(s, k-1); k++ {
		if andCountries[strings.ToLower(joinSpan(s, i, k))] {
			return k
		}
	}
	return j
}

// andBody extends a name run ending at j over "and" and the capitalised
// run after it when that run ends in the question's head noun or a body's
// last word ("Policy Analysis and Innovation Section" for which section,
// "Food and Agriculture Organization"): one body's name, not two names.
func andBody(q *Question, s *sentence, j int) int {
	if q.Type != TypeName || j+2 >= len(s.toks) || s.toks[j+1].low != "and" || !plainGap(s, j) || !plainGap(s, j+1) {
		return j
	}
	for k := j + 2; k < len(s.toks) && k <= j+5 && isCapitalized(s.toks[k]); k++ {
		if t := s.toks[k]; t.stem == q.Head || orgEnds[t.low] {
			return k
		}
		if k+1 < len(s.toks) && !plainGap(s, k) {
			break
		}
	}
	return j
}

// andCountries are the countries and territories whose names hold "and".
var andCountries = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Split(`antigua and barbuda|trinidad and tobago|bosnia and herzegovina|saint kitts and nevis|`+
		`st kitts and nevis|saint vincent and the grenadines|st vincent and the grenadines|sao tome and principe|`+
		`são tomé and príncipe|turks and caicos|turks and caicos islands|wallis and futuna|saint pierre and miquelon|`+
		`heard island and mcdonald islands`, "|") {
		m[n] = true
	}
	return m
}()

// afterRole returns the first token of a person's name run that follows
// the role the question names ("Foreign Secretary of India Dr S.
// Jaishankar": the question's words, then the person), or from.
func afterRole(s *sentence, from, to int) int {
	k := from
	for k < to && (s.hit[k] || nameConnectors[s.toks[k].low]) {
		k++
	}
	if k == from || !s.hit[k-1] {
		return from
	}
	return k
}

// besideRole reports whether a person's name stands next to the role the
// question names: after it ("Special Representative Tadamichi Yamamoto")
// or after a comma before it ("Marijke Wijnroks, Interim Executive
// Director of the Fund").
func besideRole(s *sentence, from, to int) bool {
	role := func(k int) bool {
		t := s.toks[k]
		return s.hit[k] && (personNouns[t.low] || personNouns[t.stem])
	}
	if from > 0 && role(from-1) {
		return true
	}
	// the role before a rank and the question's other words ("Chairman
	// NDMA, Lt. Gen Omar Mahmood Hayat"); without the rank, the question's
	// words between are another's (one answer of ../shared/eval/run ask lost)
	for k := from - 1; k >= 0 && k >= from-5 && from > 0 && lang.Title(s.toks[from-1].low); k-- {
		if role(k) {
			return true
		}
		if !s.hit[k] && !lang.Title(s.toks[k].low) {
			break
		}
	}
	if to+2 < len(s.toks) && (s.toks[to+1].low == "is" || s.toks[to+1].low == "was") && plainGap(s, to) {
		// "Ms. Wickramanayake is the United Nations Secretary-General's
		// Envoy on Youth": the role said of the name
		for k := to + 2; k < len(s.toks) && k <= to+8; k++ {
			if role(k) {
				return true
			}
			if !plainGap(s, k-1) && !strings.Contains(s.text[s.toks[k-1].end:s.toks[k].start], "’") &&
				!strings.Contains(s.text[s.toks[k-1].end:s.toks[k].start], "'") {
				break
			}
		}
	}
	if to+1 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[to].end:s.toks[to+1].start]) != "," {
		return false
	}
	for k := to + 1; k < len(s.toks) && k <= to+4; k++ {
		if role(k) {
			return true
		}
	}
	return false
}

// agentBy reports whether a span follows "by" after the question's own
// verb or words ("hosted by French President Emmanuel Macron", "carried
// out by ICF"): the doer the question asks for.
func agentBy(q *Question, s *sentence, from int) bool {
	if from >= 1 && s.toks[from-1].low == "the" {
		from-- // "led by the National Planning Commission"
	}
	if from < 2 || s.toks[from-1].low != "by" {
		return false
	}
	return s.hit[from-2] || from >= 3 && s.toks[from-2].low == "out" && s.hit[from-3] || askedVerb(q, s.toks[from-2].low)
}

// askedVerb reports whether w is a form of an irregular verb the question
// uses ("led" for "leads", "written" for "wrote"): a stem does not join
// them, and "led by REACH" names who leads.
func askedVerb(q *Question, w string) bool {
	base, ok := irregularForms[w]
	if !ok {
		return false
	}
	for _, t := range q.Terms {
		if irregularForms[t.Word] == base {
			return true
		}
	}
	return false
}

// irregularForms maps each form of an irregular verb to its base.
var irregularForms = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(`lead leads leading led|write writes writing wrote written|run runs running ran|
give gives giving gave given|hold holds holding held|build builds building built|make makes making made|
take takes taking took taken|bring brings bringing brought|send sends sending sent|pay pays paying paid|
sell sells selling sold|find finds finding found|keep keeps keeping kept|choose chooses choosing chose chosen|
speak speaks speaking spoke spoken|begin begins beginning began begun|fight fights fighting fought|
win wins winning won|draw draws drawing drew drawn|teach teaches teaching taught|seize seizes seizing seized|
undertake undertakes undertaking undertook undertaken|oversee oversees overseeing oversaw overseen|
buy buys buying bought|hit hits hitting|tell tells telling told|say says saying said|meet meets meeting met|
see sees seeing saw seen|shoot shoots shooting shot|lose loses losing lost`, "|") {
		ws := strings.Fields(line)
		for _, w := range ws {
			m[w] = ws[0]
		}
	}
	return m
}()

// initial reports whether token i is a capital's initial before the
// name it abbreviates ("S. Jaishankar"): its point is no break.
func initial(s *sentence, i int) bool {
	t := s.toks[i]
	return len(t.text) == 1 && isCapitalized(t) && i+1 < len(s.toks) &&
		s.text[t.end:s.toks[i+1].start] == ". " && isCapitalized(s.toks[i+1])
}

// nameWord reports whether token k continues a name: capitalised, a number
// after a capitalised word, or a connector followed by a capitalised word.
func nameWord(s *sentence, k int) bool {
	t := s.toks[k]
	switch {
	case isCalendarWord(t.low) || monthOf(t.low) > 0 || sourceWords[t.low] || t.low == "by":
		return false // "... against HIV By Marijke Wijnroks": a headline's byline is no part of its words
	case isCapitalized(t):
		if lang.CompassPoint(t.low) && k+1 < len(s.toks) && s.toks[k+1].low == "of" {
			return false // "al-Malaah Northwest of Aleppo": the name ends before the direction
		}
		return !attributive(t.low)
	case isNumber(t):
		p := s.toks[k-1]
		date := k+1 < len(s.toks) && monthOf(s.toks[k+1].low) > 0 // "Raqqa 21 November": a date follows
		return isCapitalized(p) && !isCalendarWord(p.low) && monthOf(p.low) == 0 && !date
	case nameConnectors[t.low]:
		return k+1 < len(s.toks) && plainGap(s, k) && isCapitalized(s.toks[k+1])
	}
	return false
}

// acronym reports whether a word is written in capitals ("UNICEF").
func acronym(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// attributive reports whether a word is an adjective made of a name
// ("Western-armed", "Russian-backed", "Britain-based"), not a name.
func attributive(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	switch w[i+1:] {
	case "armed", "based", "backed", "led", "held", "controlled", "run", "born", "style", "linked",
		"affiliated", "allied", "funded", "trained", "made", "brokered", "sponsored", "owned":
		return true
	}
	return false
}

// trimName drops generic and calendar words and connectors at the edges.
func trimName(s *sentence, i, j int) (int, int) {
	edge := func(t token) bool {
		return genericCaps[t.low] || isCalendarWord(t.low) || nameConnectors[t.low] && t.text == t.low ||
			monthOf(t.low) > 0 && isCapitalized(t) || wordValue(t.low) > 0
	}
	for i <= j && edge(s.toks[i]) {
		i++
	}
	for j >= i && (edge(s.toks[j]) || lang.IsYear(s.toks[j].low)) {
		j--
	}
	return i, j
}

// nameSpan scores a name for the question's type and extends it with the
// question's head noun ("Shahba" + "hotel").
func nameSpan(q *Question, s *sentence, from, to int) (span, bool) {
	if from == to && from > 0 && acronym(s.toks[from].text) && s.hit[from-1] &&
		strings.Contains(s.text[s.toks[from-1].end:s.toks[from].start], "(") {
		return span{}, false // "(UOSSM)" after the question's own name abbreviates it
	}
	if spellsOut(s, from, to) {
		return span{}, false // "the Disaster Authority of Varonia (DAV)" for "the DAV chairman": the question's own body
	}
	k := headAt(q, s, from+1, to)
	named := k > 0
	if named {
		to = k // "al-Furqan School for Basic Education": the school is "al-Furqan School"
	}
	novel, asked, kind := 0, 0, 0
	for k := from; k <= to; k++ {
		switch {
		case (!s.hit[k] || particleHit(q, s.toks[k])) && !nameConnectors[s.toks[k].low] && !adjectiveOf(q, s.toks[k].low):
			novel++
		case named && s.hit[k] && q.headWords[s.toks[k].stem]:
			kind++ // the words of the kind asked, in a name of that kind ("Yom Nan Water Management Project")
		case s.hit[k] && s.toks[k].stem != q.Head:
			asked++
		}
	}
	if novel == 0 {
		return span{}, false
	}
	sp := span{from: from, to: to, bonus: 0.1*float64(novel)/float64(to-from+1-kind) - 0.05*float64(asked)}
	prev, next := "", ""
	if from > 0 {
		prev = s.toks[from-1].low
	}
	if to+1 < len(s.toks) {
		next = s.toks[to+1].low
	}
	switch {
	case q.Head != "" && next != "" && lang.Stem(next) == q.Head:
		sp.to++
		sp.bonus += 0.15
	case q.Head != "" && to+2 < len(s.toks) && nounType(next) != "" && s.toks[to+2].stem == q.Head:
		sp.to += 2 // "the Atme border crossing"
		sp.bonus += 0.15
	}
	if prev == "of" && from >= 2 {
		before := s.toks[from-2].low
		if q.Head != "" && lang.Stem(before) == q.Head {
			sp.bonus += 0.15 // "the neighborhood of al-Kallaseh"
		}
		if !placeNouns[before] && !placeNouns[lang.Stem(before)] && !ofPlace[before] {
			prev = "" // "a picture of Abou Ez": "of" says nothing of a place here
		}
	}
	if q.Head != "" && (prev != "" && lang.Stem(prev) == q.Head || named) {
		sp.bonus += 0.15 // "the school of al-Furqan", "al-Furqan School"
	}
	if sp.to > to || named {
		next = s.toks[sp.to].low // the head noun the span was extended to, or ends with
	}
	sp.bonus += typeFit(q.Type, prev, next, to-from+1) + shapeFit(q, s, from, to, prev, next) + orgFit(q, s, from, to) + personFit(q, s, from, to)
	if q.Type != TypePlace && agentBy(q, s, from) {
		sp.bonus += 0.15
	}
	if q.Type == TypePerson && (namingWords[prev] || prev == "as" && from >= 2 && s.toks[from-2].low == "known") {
		sp.bonus += 0.1 // "who is nicknamed Abu Moussa": a name given as one
	}
	if k := from - 2; q.Type == TypePerson && k >= 0 && lang.Honorific(prev) && speechBefore[s.toks[k].low] {
		sp.bonus += 0.1 // "said Mr Guterres": the honorific is no part of the run
	}
	if furnitureName(q, s, from, to) || relayingOutlet(q, s, from, to) {
		sp.bonus -= 0.3 // who wrote the report, where and when it was filed, who relayed it: not what it reports
	}
	sp.bonus += roleFit(q, s, from, to)
	if t := s.toks[to]; q.Type == TypePerson && (personNouns[t.low] || personNouns[t.stem]) {
		sp.bonus -= 0.2 // a title, not who holds it: "the Swedish Ambassador", "Interim Executive Director"
	}
	if q.Type == TypePerson && q.passive != "" && from >= 1 && (s.toks[from-1].stem == q.passive || lang.SameAct(s.toks[from-1].low, q.passive)) && plainGap(s, from-1) {
		sp.bonus += 0.3 // "who was appointed leader": "its council appointed Hashem al-Sheikh"
	}
	names := q.Type == TypePlace || q.Type == TypePerson || q.Type == TypeName
	if q.Type == TypePlace || q.Type == TypePerson || q.many >= 2 || names && q.headPlural {
		end := coordinated(s, sp.to)
		if q.many >= 2 || names && q.headPlural {
			end = listed(s, sp.to)
		}
		if end > sp.to {
			if q.Type == TypePerson && to == from {
				sp.bonus += 0.1 // "Bono and Bobby Shriver": two people, a name of two words or more as typeFit counts
			}
			sp.to = end
			if q.Head != "" && end+1 < len(s.toks) && plainGap(s, end) && s.toks[end+1].stem == q.Head {
				sp.to++ // "in Mubi and Madagali towns": the head noun names both
				sp.bonus += 0.15
			}
		}
	}
	if t := s.toks[sp.to]; q.Head != "" && t.stem == q.Head && t.low != t.stem && strings.HasSuffix(t.low, "s") && !q.headPlural &&
		!strings.Contains(joinSpan(s, sp.from, sp.to), " and ") {
		// "Middle Income Countries", "Ma’amoun neighborhoods" of a list:
		// several, when one is asked ("Mubi and Madagali towns" names each)
		sp.bonus -= 0.2
	}
	if glossOfAsked(s, from, to) {
		sp.bonus -= 0.1 // "the Fon of Nso (Bui division), Sehm Mbinglo": the bracket glosses the question's words
	}
	if q.causeOf && causeBefore(s, from) {
		sp.bonus += 0.15 // "which conditions were expected to bring ...": "due to La Niña conditions"
	}
	if superlativeAfter(s, sp.to) {
		sp.bonus += 0.2 // "Al Haleys settlement, the largest ... in Benghazi" for "what is the largest settlement"
	}
	if q.many >= 2 && namesIn(s, sp.from, sp.to) == q.many {
		sp.bonus += 0.15 // "in which two neighbourhoods": "(Hai Alandalus and Abusliem)"
	}
	if q.many == 0 && names && q.headPlural && namesIn(s, sp.from, sp.to) >= 2 {
		sp.bonus += 0.15 // "in which countries": "the DRC, South Africa, and Zambia"
	}
	if q.Type == TypePlace && q.Head == "" {
		sp.from = facilityIn(s, sp.from)
	}
	sp.typed = true
	sp.text = gluedText(s, sp.from, sp.to)
	return sp, true
}

// facilityIn returns where the place name opening at word from should
// open for a plain "where" question (no kind of place asked) when the
// report writes it as the town of a named facility: "taken to the National
// Reference Laboratory in Abuja" answers "where were the samples taken"
// with the laboratory and its town, not the town alone
// (qa2-rwp7-f561bdb2d0-0). The facility's name is a run of capitalised
// words, none the question's, ending in a kind of facility
// (facilityKinds) right before "in"; any outlet writes a hospital, a camp,
// a laboratory so.
func facilityIn(s *sentence, from int) int {
	if from < 2 || s.toks[from-1].low != "in" || !plainGap(s, from-2) || !plainGap(s, from-1) {
		return from
	}
	k := from - 2
	if t := s.toks[k]; !isCapitalized(t) || s.hit[k] || !facilityKinds[t.stem] {
		return from
	}
	for k > 0 && isCapitalized(s.toks[k-1]) && !s.hit[k-1] && plainGap(s, k-1) && from-k < 6 {
		k--
	}
	return k
}

// glossOfAsked reports whether the name [from, to] opens a bracket right
// after the question's own words and fills it ("the Fon of Nso (Bui
// division)"): a gloss of what the question names, its place or its
// acronym, not the answer beside it.
func glossOfAsked(s *sentence, from, to int) bool {
	if from == 0 || !s.hit[from-1] || strings.TrimSpace(s.text[s.toks[from-1].end:s.toks[from].start]) != "(" {
		return false
	}
	closes := func(k int) bool { return strings.HasPrefix(strings.TrimSpace(s.text[s.toks[k].end:]), ")") }
	return closes(to) || to+1 < len(s.toks) && plainGap(s, to) && closes(to+1) // "(Bui)", "(Bui division)"
}

// superlativeAfter reports whether the name ending at token to stands in
// apposition with the question's own superlative: a comma, "the", then a
// word of the question ending in "-est" or "main" ("Al Haleys settlement,
// the largest IDP settlement in Benghazi").
func superlativeAfter(s *sentence, to int) bool {
	if to+1 < len(s.toks) && s.hit[to+1] && plainGap(s, to) {
		to++ // the kind's noun after the name: "Al Haleys settlement"
	}
	k := to + 1
	if k+1 >= len(s.toks) || s.text[s.toks[to].end:s.toks[k].start] != ", " || s.toks[k].low != "the" || !s.hit[k+1] {
		return false
	}
	w := s.toks[k+1].low
	return w == "main" || len(w) > 4 && strings.HasSuffix(w, "est")
}

// namesIn counts the names of the span [from, to]: those "and" and commas
// join, one without them.
func namesIn(s *sentence, from, to int) int {
	n := 1
	for k := from + 1; k <= to; k++ {
		if s.toks[k].low == "and" || strings.Contains(s.text[s.toks[k-1].end:s.toks[k].start], ",") {
			n++
		}
	}
	return n
}

// spellsOut reports whether the name ending at token to is followed by an
// acronym in brackets that the question writes: the name spells out what
// the question already names ("the Disaster Authority of Varonia (DAV)"
// for "who is the DAV chairman"), so it is no answer to it.
func spellsOut(s *sentence, from, to int) bool {
	k := to + 1
	if k >= len(s.toks) || !s.hit[k] || !acronym(s.toks[k].text) ||
		strings.TrimSpace(s.text[s.toks[to].end:s.toks[k].start]) != "(" {
		return false
	}
	var initials []rune
	for i := from; i <= to; i++ {
		if t := s.toks[i]; isCapitalized(t) {
			r, _ := utf8.DecodeRuneInString(t.text)
			initials = append(initials, r)
		}
	}
	// the acronym's letters are the name's initials: "Poland (COP24)" after
	// "the UN Climate Conference 2018 in" abbreviates the conference
	return strings.Trim(s.toks[k].text, "0123456789") == string(initials)
}

// gluedText is joinSpan's text widened to the whole written word where a
// name's last token is glued to more of it by "@" or "&" ("Entr@crush",
// "AT&T"): the tokenizer splits there, a reader does not.
func gluedText(s *sentence, from, to int) string {
	text := joinSpan(s, from, to)
	end := s.toks[to].end
	for end+1 < len(s.text) && (s.text[end] == '@' || s.text[end] == '&') && isAlnum(s.text[end+1]) {
		end++
		for end < len(s.text) && isAlnum(s.text[end]) {
			end++
		}
	}
	if end > s.toks[to].end {
		text = strings.TrimSpace(s.text[s.toks[from].start:end])
	}
	return text
}

// isAlnum reports an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// coordinated extends a name ending at token to over "and" and the name
// after it, neither of them the question's ("Dhobley and Baidoa", "Bono
// and Bobby Shriver"): a reader asking where or who wants both.
func coordinated(s *sentence, to int) int {
	k := to + 1
	if k+1 >= len(s.toks) || s.toks[k].text != "and" || !plainGap(s, to) || !plainGap(s, k) {
		return to
	}
	if end := nameRun(s, k+1); end > k {
		return end
	}
	return to
}

// listed extends a name ending at token to over the names a list writes
// after it ("DRC, South Africa, and Zambia", "Islam Qala and
// Zaranj/Milak"), when the question asks for several (a plural head, "which
// two"): names apart by commas, the last after "and".
func listed(s *sentence, to int) int {
	for n := 0; n < 8; n++ {
		if end := coordinated(s, to); end > to {
			return end
		}
		k := to + 1
		if k >= len(s.toks) || strings.TrimSpace(s.text[s.toks[to].end:s.toks[k].start]) != "," {
			return to
		}
		if s.toks[k].text == "and" {
			if k+1 >= len(s.toks) || !plainGap(s, k) {
				return to
			}
			k++
		}
		end := nameRun(s, k)
		if end < k {
			return to
		}
		to = end
		if s.toks[k-1].text == "and" {
			return to
		}
	}
	return to
}

// nameRun returns the last token of the name of capitalised words starting
// at token k, not opened by a word of the question's ("South Africa" may
// follow a question's "southern Africa"), or k-1 when none starts there; a
// slash joins two names of one place ("Zaranj/Milak").
func nameRun(s *sentence, k int) int {
	end := k - 1
	for j := k; j < len(s.toks) && j <= k+3; j++ {
		t := s.toks[j]
		if !isCapitalized(t) || genericCaps[t.low] || isCalendarWord(t.low) || s.hit[j] && j == k {
			break
		}
		end = j
		if j+1 < len(s.toks) && !plainGap(s, j) && s.text[s.toks[j].end:s.toks[j+1].start] != "/" {
			break
		}
	}
	return end
}

// particleHit reports whether a name joined to its particle ("al-Malaah")
// matched the question only by the particle ("Jaish Al Fath" asks "al"):
// the name itself is new.
func particleHit(q *Question, t token) bool {
	pre, rest, ok := strings.Cut(t.low, "-")
	if !ok || !lang.NameParticle(pre, lang.Joined) || rest == "" {
		return false
	}
	for _, tm := range q.Terms {
		if tm.Word == t.low || tm.Stem == t.stem || partMatch(tm, rest) || tm.Word == rest {
			return false
		}
	}
	return true
}

// adjectiveOf reports whether a name is the country or people of an
// adjective the question gives ("Zambia" for "Zambian town"): the
// question's own word, not its answer.
func adjectiveOf(q *Question, w string) bool {
	if len(w) < 4 {
		return false
	}
	for _, t := range q.Terms {
		if t.Name && len(t.Word) > len(w) && len(t.Word)-len(w) <= 3 && strings.HasPrefix(t.Word, w) {
			return true
		}
	}
	return false
}

// headAt returns the first of tokens [from, to] that is the question's head
// noun (a name that says what it is: "al-Furqan School"), or -1.
func headAt(q *Question, s *sentence, from, to int) int {
	for k := from; q.Head != "" && k <= to; k++ {
		if s.toks[k].stem == q.Head {
			return k
		}
	}
	return -1
}

// shapeFit scores what a name looks like for the type asked: a lone
// capitalised word opening a sentence may be a common word ("Air"), a lone
// acronym is an organisation rather than a place or a person, a place wants
// a cue.
func shapeFit(q *Question, s *sentence, from, to int, prev, next string) float64 {
	b := 0.0
	if from == 0 && to == from {
		b -= 0.1
	}
	if (q.Type == TypePlace || q.Type == TypePerson) && from == to && acronym(s.toks[from].text) {
		b -= 0.15
	}
	if w := s.toks[from].text; from == to && len(w) > 2 && strings.HasSuffix(w, "s") && acronym(w[:len(w)-1]) {
		b -= 0.15 // "NGOs", "IDPs": a class of bodies or people, not one of them
	}
	if q.Type == TypePlace && apposedRole(s, from, to) {
		b -= 0.15 // "Lotta Sylwander, UNICEF Philippines Representative": a person
	}
	if q.Type == TypePlace {
		b += placeCue(joinSpan(s, from, to), prev, next, q.Head)
		b += countryFit(q.Head, joinSpan(s, from, to), next)
	}
	if n := to - from + 1; n > 4 && (q.Type == TypePlace || q.Type == TypePerson) {
		b -= 0.1 * float64(n-4) // a run of names is a list ("Tags Syria Jayrud Qalamoun ..."), not one
	}
	return b
}

// apposedRole reports whether a name of two words or more the gazetteer
// does not know as a place is followed, after a comma, by a capitalised
// role within four words ("Lotta Sylwander, UNICEF Philippines
// Representative"): a person introduced, not a place.
func apposedRole(s *sentence, from, to int) bool {
	if to == from || to+2 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[to].end:s.toks[to+1].start]) != "," {
		return false
	}
	if _, place := analyze.LookupPlace(joinSpan(s, from, to)); place {
		return false
	}
	for k := to + 1; k < len(s.toks) && k <= to+4; k++ {
		if t := s.toks[k]; isCapitalized(t) && (personNouns[t.low] || personNouns[t.stem]) {
			return true
		}
		if k > to+1 && !plainGap(s, k-1) {
			break
		}
	}
	return false
}

// orgAsked reports whether the question asks which body ("which
// organisation", "which UN agency", "which NGO").
func orgAsked(q *Question) bool {
	return q.Type == TypeName && orgHeads[q.Head]
}

// orgHeads are the stems of the nouns that ask for a body.
var orgHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`organisation organization agency ngo charity society institution body`) {
		m[lang.Stem(w)] = true
	}
	return m
}()

// orgEnds are the last words of bodies' names ("British Red Cross",
// "Norwegian Church Aid", "National Medical Stores").
var orgEnds = lang.QuestionWords(lang.OrgEnd)

// orgFit scores a name for a question asking which body: the gazetteer's
// place is none ("London" in a dateline), an acronym or a name ending in a
// body's word is one, and so is an actor the gazetteer knows.
func orgFit(q *Question, s *sentence, from, to int) float64 {
	if !orgAsked(q) {
		return 0
	}
	name := joinSpan(s, from, to)
	_, actor := analyze.ResolveActor(name)
	b := 0.0
	if _, place := analyze.LookupPlace(name); place && !actor || from == to && demonyms[s.toks[from].low] != "" || datelinePlace(s, from, to) {
		b -= 0.2 // a place, a nationality ("European"), a dateline's city ("2017, London –")
	}
	if actor || from == to && len(s.toks[from].text) >= 3 && acronym(s.toks[from].text) || orgEnds[s.toks[to].low] {
		b += 0.1
	}
	return b
}

// personFit marks down a name that says it is no person when a person is
// asked for: a state or a place the gazetteer knows ("Saint Lucia",
// "Grenada" for "which Cuban leader"), a run ending in one ("Ministers of
// Cuba", "Reduction Interventions Islamabad": a headline's words before a
// dateline), or one ending in a body's word ("Gates Foundation").
func personFit(q *Question, s *sentence, from, to int) float64 {
	if q.Type != TypePerson {
		return 0
	}
	if isPlaceName(joinSpan(s, from, to)) {
		return -0.2
	}
	if last := s.toks[to]; to > from && (isPlaceName(last.text) || orgEnds[last.low]) {
		return -0.15
	}
	return 0
}

// isPlaceName reports whether name is a state of the world's or a place the
// gazetteer knows.
func isPlaceName(name string) bool {
	if lang.IsCountry(name) {
		return true
	}
	_, ok := analyze.LookupPlace(name)
	return ok
}

// datelinePlace reports whether the name [from, to] is a dateline's place: at
// the sentence's start or after a comma, and before a dash ("December 6th,
// 2017, London – The Academy ...", "GUAYNABO, Puerto Rico– More than").
func datelinePlace(s *sentence, from, to int) bool {
	before := strings.TrimRight(s.text[:s.toks[from].start], " *_")
	if before != "" && !strings.HasSuffix(before, ",") {
		return false
	}
	after := strings.TrimLeft(s.text[s.toks[to].end:], " ")
	return strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "- ")
}

// furnitureName reports whether the name [from, to] is a report's furniture
// rather than its matter, for a question that does not ask who wrote it: a
// byline's writer ("... against HIV By Marijke Wijnroks, Interim Executive
// Director", a headline ending in "JAMES SOKIRI") or a dateline's place
// followed by its date ("... Interventions Islamabad; 18th December:",
// "MANILA/COTABATO CITY, Philippines, 24 December 2017—").
func furnitureName(q *Question, s *sentence, from, to int) bool {
	if q.asksWriter() {
		return false
	}
	return bylineName(s, from, to) || datedPlace(s, to)
}

// relayingOutlet reports whether the name [from, to] is the outlet that
// relays its sentence's report, credited at the sentence's end after a
// comma (", reported CNN.", ", Orlen Television reported."), for a question
// that asks for no outlet: an outlet of the originator table, or a name
// ending in an outlet's noun ("... News", "... Television").
func relayingOutlet(q *Question, s *sentence, from, to int) bool {
	if q.asksOutlet() {
		return false
	}
	reporting := func(k int) bool {
		return k >= 0 && k < len(s.toks) && lang.IsStop(s.toks[k].low, lang.Report|lang.Reporting)
	}
	comma := func(k int) bool { // a comma closes the text before token k
		return k > 0 && strings.HasSuffix(strings.TrimSpace(s.text[s.toks[k-1].end:s.toks[k].start]), ",")
	}
	switch last := len(s.toks) - 1; {
	case to == last && reporting(from-1) && comma(from-1): // ", reported CNN."
	case to+1 == last && reporting(to+1) && comma(from): // ", CBS News reported."
	default:
		return false
	}
	name := joinSpan(s, from, to)
	return outletNouns[s.toks[to].low] && !bodyNouns[s.toks[to].low] || analyze.NamesOutlet(name)
}

// outletNouns name an outlet, a paper or the press ("... News", "which
// broadcaster"); bodyNouns are those that also name a body that speaks for
// itself ("the UN refugee agency").
var (
	outletNouns = lang.SourceWords(lang.OrganNoun | lang.OutletNoun | lang.PressNoun)
	bodyNouns   = lang.SourceWords(lang.DescribedBody)
)

// asksOutlet reports whether the question names an outlet's noun ("which
// broadcaster", "which news agency").
func (q *Question) asksOutlet() bool {
	for _, t := range q.Terms {
		if outletNouns[t.Word] {
			return true
		}
	}
	return false
}

// asksWriter reports whether the question asks who wrote or filed a report.
func (q *Question) asksWriter() bool {
	for _, t := range q.Terms {
		if writerWords[t.Word] {
			return true
		}
	}
	return false
}

var writerWords = lang.ReportingWords(lang.WriterWord)

// bylineName reports whether the name [from, to] follows a capitalised "By"
// and ends its sentence or stands before a comma ("By Marijke Wijnroks,
// Interim Executive Director"), or is a run of two or more words in capitals
// ending the sentence that opens the report ("... children's hospital
// **JAMES SOKIRI**").
func bylineName(s *sentence, from, to int) bool {
	last := to+1 == len(s.toks)
	if from > 0 && s.toks[from-1].text == "By" && plainGap(s, from-1) &&
		(last || strings.HasPrefix(strings.TrimSpace(s.text[s.toks[to].end:s.toks[to+1].start]), ",")) {
		return true
	}
	if s.pos != 0 || !last || to == from {
		return false
	}
	for k := from; k <= to; k++ {
		if t := s.toks[k].text; strings.ToUpper(t) != t || len(t) < 2 {
			return false
		}
	}
	return true
}

// datedPlace reports whether the name ending at token to is followed by a
// dateline's date and its dash or colon, with at most a comma's country
// between ("Islamabad; 18th December:", "COTABATO CITY, Philippines, 24
// December 2017—", "Kampala – 4/12/2017 -" is datelinePlace's).
func datedPlace(s *sentence, to int) bool {
	k := to + 1
	if k < len(s.toks) && strings.TrimSpace(s.text[s.toks[to].end:s.toks[k].start]) == "," && isCapitalized(s.toks[k]) && monthOf(s.toks[k].low) == 0 {
		k++ // ", Philippines"
	}
	if k >= len(s.toks) || !strings.ContainsAny(s.text[s.toks[k-1].end:s.toks[k].start], ",;") {
		return false
	}
	end, ok := dateRun(s, k)
	if !ok {
		return false
	}
	after := strings.TrimLeft(strings.TrimLeft(s.text[s.toks[end].end:], " *_"), " ")
	return strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, ":")
}

// dateRun returns the last token of a date starting at token k ("18th
// December", "24 December 2017", "December 26, 2017"), and whether one does.
func dateRun(s *sentence, k int) (int, bool) {
	day := func(i int) bool {
		if i >= len(s.toks) {
			return false
		}
		w := strings.TrimRight(s.toks[i].low, "stndrh")
		return len(w) > 0 && len(w) <= 2 && isNumber(token{low: w})
	}
	var end int
	switch {
	case day(k) && k+1 < len(s.toks) && monthOf(s.toks[k+1].low) > 0:
		end = k + 1
	case monthOf(s.toks[k].low) > 0 && k+1 < len(s.toks) && day(k+1):
		end = k + 1
	default:
		return 0, false
	}
	if end+1 < len(s.toks) && lang.IsYear(s.toks[end+1].low) {
		end++
	}
	return end, true
}

// capitalizedIn reports whether a token of [from, to] is capitalised.
func capitalizedIn(s *sentence, from, to int) bool {
	for k := from; k <= to; k++ {
		if isCapitalized(s.toks[k]) {
			return true
		}
	}
	return false
}

// countryFit scores a name for a question asking which country: a place
// the gazetteer knows as a city or a town is none (nor is a country a town),
// a state of the world's (lang.IsCountry) is one, any other name is none,
// and a country is often the subject of what it said ("Belarus said it had destroyed ...").
func countryFit(head, name, next string) float64 {
	if settlement[head] {
		// the other way round: a town, a city or a district asked for is
		// no country ("a forum in Bor ... the Mission in South Sudan")
		if e, ok := analyze.LookupPlace(name); ok && e.Kind == "country" {
			return -0.2
		}
		return 0
	}
	if head != "country" {
		return 0
	}
	b := 0.0
	e, known := analyze.LookupPlace(name)
	if known && e.Kind != "country" {
		b -= 0.2
	}
	switch {
	case lang.IsCountry(name):
		b += 0.1 // of the names a report gives, the states: "Australia", not "Middle East and North Africa"
	case !known || e.Kind != "country":
		b -= 0.1 // nor a researcher's name ("said Engelbrecht")
	}
	if personAfter[next] {
		b += 0.1 // typeFit took it off as a person's
	}
	return b
}

// headNumberSpans returns the figure or code that follows the question's
// head noun ("resolution 2393", "flight 17"): the name of the thing asked.
func headNumberSpans(q *Question, s *sentence) []span {
	var out []span
	for k := 0; q.Head != "" && k+1 < len(s.toks); k++ {
		if s.toks[k].stem == q.Head && isNumber(s.toks[k+1]) && plainGap(s, k) && !lang.IsYear(s.toks[k+1].low) {
			out = append(out, span{text: joinSpan(s, k, k+1), from: k, to: k + 1, bonus: 0.3 + yearFit(q, s, k+1), typed: true})
		}
	}
	return out
}

// headFigureSpans returns, for a question whose head noun no type list
// knows ("what was the median monthly household income", "the cumulative
// financial requirement", "the overall case fatality ratio"), the figure a
// report gives that noun: after it, a bracketed abbreviation, then a colon
// or a linking word ("income: 450 LYD", "requirement of USD 1.44 billion",
// "Ratio (CFR) is 1.54", "is forecast at 209 000 tonnes"), with its
// currency, decimals, groups, scale and one unit word. The report names
// the kind asked and writes its value beside it, as headNumberSpans' code
// does.
func headFigureSpans(q *Question, s *sentence) []span {
	var out []span
	for k := 0; q.Head != "" && k+1 < len(s.toks); k++ {
		if s.toks[k].stem != q.Head {
			continue
		}
		j := k + 1
		if strings.TrimSpace(s.text[s.toks[k].end:s.toks[j].start]) == "(" {
			for j < len(s.toks) && j <= k+3 && !strings.HasPrefix(strings.TrimSpace(s.text[s.toks[j].end:]), ")") {
				j++
			}
			j++ // "Ratio (CFR) is": past the bracket
		}
		if j >= len(s.toks) {
			continue
		}
		linked := strings.TrimSpace(s.text[s.toks[j-1].end:s.toks[j].start]) == ":"
		for n := 0; n < 2 && j < len(s.toks) && figureLinks[s.toks[j].low] && plainGap(s, j-1); n++ {
			j, linked = j+1, true
		}
		if !linked || j >= len(s.toks) {
			continue
		}
		from := j
		if j+1 < len(s.toks) && !isNumber(s.toks[j]) && currencyCode(s.toks[j].text) && plainGap(s, j) {
			j++ // "USD 1.44 billion", "US$ 294.8 million"
		}
		if !isNumber(s.toks[j]) || lang.IsYear(s.toks[j].low) || from < j && !plainGap(s, from) && !strings.HasSuffix(s.text[s.toks[from].end:s.toks[j].start], "$ ") {
			continue
		}
		to := j
		for to+1 < len(s.toks) && isNumber(s.toks[to+1]) && len(s.toks[to+1].low) == 3 && (s.text[s.toks[to].end:s.toks[to+1].start] == " " ||
			s.text[s.toks[to].end:s.toks[to+1].start] == ",") {
			to++ // "209 000", "1,1"
		}
		if to+1 < len(s.toks) && isNumber(s.toks[to+1]) && s.text[s.toks[to].end:s.toks[to+1].start] == "." {
			to++ // "1.44"
		}
		if to+1 < len(s.toks) && plainGap(s, to) {
			if _, ok := lang.Scale(s.toks[to+1].low); ok {
				to++ // "1.44 billion"
			}
		}
		if to+1 < len(s.toks) && plainGap(s, to) && !isStop(s.toks[to+1].low) && !s.hit[to+1] && !isNumber(s.toks[to+1]) {
			to++ // its unit: "450 LYD", "209 000 tonnes"
		}
		text := joinSpan(s, from, to)
		if to+1 < len(s.toks) && strings.HasPrefix(s.text[s.toks[to].end:], "%") {
			text += "%"
		}
		out = append(out, span{text: text, from: from, to: to, bonus: 0.3, typed: true})
	}
	return out
}

// figureLinks are the words between a noun and the figure a report gives
// it ("is 1.54", "of USD 1.44 billion", "stands at 791").
var figureLinks = lang.CountingWords(lang.FigureLink)

// currencyCode reports whether w writes a currency before its amount
// ("USD", "US$", "LYD", "EUR").
func currencyCode(w string) bool {
	if strings.HasSuffix(w, "$") || w == "US" {
		return true
	}
	return len(w) == 3 && strings.ToUpper(w) == w && unicode.IsUpper(rune(w[0])) && unicode.IsUpper(rune(w[2]))
}

// yearFit scores the year a report writes in brackets after the name of
// a thing ("resolution 2393 (2017)", "resolution 2165 (2014)") against the
// years the question asks about: the thing of another year is not the one
// asked for.
func yearFit(q *Question, s *sentence, k int) float64 {
	if q.Window.IsZero() || k+1 >= len(s.toks) || !lang.IsYear(s.toks[k+1].low) ||
		strings.TrimSpace(s.text[s.toks[k].end:s.toks[k+1].start]) != "(" {
		return 0
	}
	y, _ := strconv.Atoi(s.toks[k+1].low)
	from, until := q.Window.Since.Year(), q.Window.Until.Year()
	if q.Window.Since.IsZero() {
		from = until
	}
	if q.Window.Until.IsZero() {
		until = from
	}
	if y >= from && y <= until {
		return 0.05
	}
	return -0.2
}

// speechBefore are the verbs of speech a speaker's name follows when the
// quote comes first ("“...”, said Mr Guterres"); not "told", whose object
// is the listener.
var speechBefore = lang.ReportingWords(lang.SpeechBefore)

// namingWords give the name that follows them.
var namingWords = lang.ReportingWords(lang.NamingWord)

// typeFit scores the words around a name for the type asked.
func typeFit(t Type, prev, next string, n int) float64 {
	b := 0.0
	switch t {
	case TypePlace:
		if placeBefore[prev] {
			b += 0.1
		}
		if placeNouns[next] || placeNouns[lang.Stem(next)] {
			b += 0.05
		}
		if personNouns[prev] || personAfter[next] {
			b -= 0.1
		}
	case TypePerson:
		if n >= 2 {
			b += 0.1
		}
		if personNouns[prev] || personNouns[lang.Stem(prev)] || personAfter[next] || speechBefore[prev] {
			b += 0.1 // a role before, a verb of speech after or before it: "said Talal al-Barazi"
		}
		if placeBefore[prev] && !personNouns[prev] {
			b -= 0.1
		}
	case TypeName:
		if orgNouns[next] || orgNouns[prev] {
			b += 0.05
		}
	}
	return b
}

// settlement holds the stems of the nouns for places people live in, which
// reports use loosely for one another ("the town", "the city", "the area").
var settlement = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`town village city district neighbourhood neighborhood area region suburb quarter locality`) {
		m[lang.Stem(w)] = true
	}
	return m
}()

// placeCue marks down a name with no evidence that it is a place: neither
// the gazetteer knows it nor a word around it says so ("the town of X", "X
// village"). Knowing it earns nothing: the gazetteer's places are the famous
// ones, and a question's answer is rarely the famous place.
func placeCue(name, prev, next, head string) float64 {
	if _, ok := analyze.LookupPlace(name); ok {
		return 0
	}
	if head != "" && lang.Stem(next) == head {
		return 0
	}
	if ws := strings.Fields(strings.ToLower(name)); head != "" && len(ws) > 1 && placeNouns[lang.Stem(ws[len(ws)-1])] &&
		lang.Stem(ws[len(ws)-1]) != head && !(settlement[lang.Stem(ws[len(ws)-1])] && settlement[head]) {
		return -0.15 // its name says it is another kind of place: "Cotabato City" when a province is asked
	}
	if placeNouns[next] || placeNouns[lang.Stem(next)] {
		if head != "" && !(settlement[lang.Stem(next)] && settlement[head]) {
			return -0.15 // another kind of place: "Bustan al-Qasser neighborhood" when a school is asked
		}
		return 0
	}
	if placeBefore[prev] {
		return 0
	}
	return -0.1
}

// genericSites are heads of "what facility was hit": the kind of place is
// the answer, written in lower case ("a cotton-spinning plant").
var genericSites = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`facility site target building infrastructure installation`) {
		m[lang.Stem(w)] = true
	}
	return m
}()

// facilityKinds are the stems of kinds of facility.
var facilityKinds = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`plant factory mill warehouse bakery station depot refinery hospital clinic school
mosque church market well wells dam bridge silo granary tank pipeline generator substation office
headquarters prison camp shelter airport port laboratory lab`) {
		m[lang.Stem(w)] = true
	}
	return m
}()

// gapSpans returns runs of up to four words of the sentence that are not the
// question's: the fallback for answers that are not names ("yoghurt",
// "water wells").
func gapSpans(q *Question, s *sentence, bonus float64) []span {
	var out []span
	skip := func(k int) bool {
		t := s.toks[k]
		// a figure with the head noun after it names one of the kind
		// asked ("the 2008 edition"): numberedKind reads it
		numbered := q.Type == TypeName && k+1 < len(s.toks) && s.toks[k+1].stem == q.Head
		return isStop(t.low) || isCalendarWord(t.low) || sourceWords[t.low] || q.Type != TypeOther && isNumber(t) && !numbered
	}
	for i := 0; i < len(s.toks); {
		if s.hit[i] || skip(i) {
			i++
			continue
		}
		j := i
		for j+1 < len(s.toks) && j-i < 3 && !s.hit[j+1] && !skip(j+1) && plainGap(s, j) {
			j++
		}
		if j > i || !genericCaps[s.toks[i].low] {
			b := bonus
			if i > 0 && s.hit[i-1] && plainGap(s, i-1) {
				b += 0.1
			}
			typed := false
			if numberedKind(q, s, i, j) {
				j++                                  // the figure that says which one, with the kind asked: "the 2008 edition"
				b, typed = b+0.3-min(bonus, 0), true // it names one of the kind: no fallback's markdown
			}
			from := i
			if f, t := headBeside(q, s, i, j); !typed && (f < i || t > j) {
				from, j = f, t
				b += 0.15 // the head noun names the kind, as nameSpan's "al-Furqan School"
			}
			if q.Type == TypePlace && j+1 < len(s.toks) && s.toks[j+1].low == "where" && hitsIn(s, j+2, j+9) >= 2 {
				b, typed = b+0.45, true // "targeted water wells where a group of civilians were gathered"
			}
			if genericSites[q.Head] && facilityKinds[s.toks[j].stem] {
				b, typed = b+0.45, true // "what facility was hit": "a modest cotton-spinning plant"
			}
			if orgAsked(q) && !capitalizedIn(s, i, j) {
				b -= 0.1 // "which organisation": a body has a name ("briefing argues" is none)
			}
			out = append(out, span{text: joinSpan(s, from, j), from: from, to: j, bonus: b, typed: typed})
		}
		i = j + 1
	}
	return out
}

// headBeside extends a name question's gap run [i, j] of lower-case words
// with the question's head noun written beside it: "the national museum"
// for "which museum", "the Ministry of interior" for "which ministry". The
// words alone ("the national", "interior") name nothing of the kind asked
// (qc3-95e2f58f96-1, qc3-7bde1fbab9-0).
func headBeside(q *Question, s *sentence, i, j int) (int, int) {
	if q.Type != TypeName || q.Head == "" || capitalizedIn(s, i, j) {
		return i, j
	}
	if j+1 < len(s.toks) && plainGap(s, j) && s.toks[j+1].stem == q.Head {
		return i, j + 1 // "the national museum"
	}
	if i >= 2 && s.toks[i-1].low == "of" && plainGap(s, i-1) && plainGap(s, i-2) && s.toks[i-2].stem == q.Head {
		return i - 2, j // "the Ministry of interior"
	}
	return i, j
}

// hyponymSpans returns the things a sentence lists as of the kind asked:
// after the question's head noun, plural, and "such as", "including", "notably",
// "namely" or "especially" ("certain heavy metals, such as cadmium and
// mercury"), up to the next punctuation. The sentence itself says they
// are of that kind.
func hyponymSpans(q *Question, s *sentence) []span {
	if q.Head == "" || q.says(hyponymMarkers...) {
		return nil // "the alliance, including Al-Nusra Front": the question names a member itself
	}
	var out []span
	for k := 0; k+2 < len(s.toks); k++ {
		if t := s.toks[k]; t.stem != q.Head || t.low == t.stem || !strings.HasSuffix(t.low, "s") {
			continue // "the programme including its elements" tells its parts, not things of its kind
		}
		from := k + 1
		switch s.toks[from].low {
		case "such":
			if s.toks[from+1].low != "as" || !plainGap(s, from) {
				continue
			}
			from += 2
		case "including", "notably", "namely", "especially":
			from++
		default:
			continue
		}
		for from < len(s.toks) && lang.IsArticle(s.toks[from].low) {
			from++
		}
		if from >= len(s.toks) || !plainGap(s, from-1) || isStop(s.toks[from].low) {
			continue
		}
		to, novel := from, !s.hit[from]
		for to+1 < len(s.toks) && to-from < 5 && plainGap(s, to) && !verbish(s.toks[to+1].low) &&
			(!isStop(s.toks[to+1].low) || s.toks[to+1].low == "and" || s.toks[to+1].low == "or") {
			to++
			novel = novel || !s.hit[to]
		}
		for to > from && isStop(s.toks[to].low) {
			to--
		}
		if novel && (q.Type != TypeName || capitalizedIn(s, from, to)) { // a named kind lists names
			out = append(out, span{text: joinSpan(s, from, to), from: from, to: to, bonus: 0.35, typed: true})
		}
	}
	return out
}

// hyponymMarkers introduce things of a kind after its noun.
var hyponymMarkers = []string{"such as", "including", "notably", "namely", "especially"}

// numberedKind reports whether the gap run [i, j] of an untyped question
// holds a figure and is followed by the question's head noun ("the 2008
// edition", "the 16th session"): a thing of the kind asked, told from the
// others of its kind by its number.
func numberedKind(q *Question, s *sentence, i, j int) bool {
	if q.Type != TypeOther && q.Type != TypeName || q.Head == "" || j+1 >= len(s.toks) ||
		s.toks[j+1].stem != q.Head || !plainGap(s, j) {
		return false
	}
	for k := i; k <= j; k++ {
		if isNumber(s.toks[k]) {
			return true
		}
	}
	return false
}

// quoteSpans returns what a speaker said: the quoted words of a sentence, or
// the reported speech after "said", favouring sentences naming the speaker.
func quoteSpans(q *Question, s *sentence) []span {
	speaker := 0.0
	who := q.Speaker + " " + strings.Join(q.SpeakerNames, " ")
	for _, w := range lang.Fields(strings.ToLower(who)) {
		if isStop(w) || len(w) < 3 {
			continue
		}
		for _, t := range s.toks {
			if t.low == w || t.stem == lang.Stem(w) {
				speaker = 0.15
			}
		}
	}
	if text := quoted(s.text); text != "" {
		return []span{{text: text, to: len(s.toks) - 1, bonus: 0.15 + speaker, typed: true}}
	}
	for i, t := range s.toks {
		if personAfter[t.low] && i+1 < len(s.toks) {
			rest := strings.TrimSpace(s.text[s.toks[i+1].start:])
			rest = strings.TrimPrefix(rest, "that ")
			return []span{{text: rest, from: i + 1, to: len(s.toks) - 1, bonus: 0.1 + speaker, typed: true}}
		}
	}
	return nil
}

// titleNouns are heads of "what was the X" answered by a title in quotation
// marks ("the global theme of the campaign is “Leave No One Behind”").
var titleNouns = lang.QuestionWords(lang.TitleAsked)

// maxTitle is the most words of a title.
const maxTitle = 15

// titleSpans returns the quoted words of a sentence when the question asks
// for a title (titleNouns).
func titleSpans(q *Question, s *sentence) []span {
	if !titleNouns[q.Head] {
		return nil
	}
	if s.pos == 0 && q.Head == "title" && asksReport(q) {
		return headlineSpan(s)
	}
	text := quoted(s.text)
	at := strings.Index(s.text, text)
	if text == "" || at < 0 {
		return nil
	}
	from, to := -1, -1
	for k, t := range s.toks {
		if t.start >= at && t.end <= at+len(text) {
			if from < 0 {
				from = k
			}
			to = k
		}
	}
	if from <= 0 || to-from >= maxTitle {
		return nil // a sentence that opens with its quote, or a long one, is speech, not a title
	}
	bonus := 0.35
	for k := max(0, from-8); k < from; k++ {
		if s.toks[k].stem == q.Head {
			bonus = 0.5 // "the theme ... is “Leave No One Behind”": the title named as one
		}
	}
	return []span{{text: text, from: from, to: to, bonus: bonus, typed: true}}
}

// asksReport reports whether the question names a report (sources.go's
// reportNouns): "what is the title of the UNAIDS report" asks for its
// headline.
func asksReport(q *Question) bool {
	for _, w := range lang.Fields(strings.ToLower(q.Text)) {
		if reportNouns[w] {
			return true
		}
	}
	return false
}

// headlineSpan returns a report's headline as the answer to the title of
// the report asked about: the sentence at position 0, without the lead a
// page sets in bold after it ("Blind spot: Reaching out to men and boys
// **On World AIDS Day, ...**").
func headlineSpan(s *sentence) []span {
	text := s.text
	if i := strings.Index(text, "**"); i > 0 {
		text = strings.TrimSpace(text[:i])
	}
	to := -1
	for k, t := range s.toks {
		if t.end <= len(text) {
			to = k
		}
	}
	if to < 0 || to >= maxTitle {
		return nil
	}
	return []span{{text: text, from: 0, to: to, bonus: 0.5, typed: true}}
}

// knownAsSpans returns a name in quotation marks right after "known as",
// "called", "so-called", "named" or "dubbed" (a platform known as
// “Buy-From-Farmers”, the so-called “Bama Initiative”): the name of the
// thing asked, however it is capitalised.
func knownAsSpans(s *sentence) []span {
	var out []span
	for k := 0; k+1 < len(s.toks); k++ {
		switch w := s.toks[k].low; {
		case w == "as" && k > 0 && s.toks[k-1].low == "known", w == "called", w == "so-called", w == "named", w == "dubbed":
		default:
			continue
		}
		after := s.text[s.toks[k].end:]
		trimmed := strings.TrimLeft(after, " ")
		for _, p := range [][2]string{{"“", "”"}, {`"`, `"`}, {"‘", "’"}} {
			rest, ok := strings.CutPrefix(trimmed, p[0])
			if !ok {
				continue
			}
			end := strings.Index(rest, p[1])
			name := strings.TrimSpace(rest[:max(end, 0)])
			if end <= 0 || len(strings.Fields(name)) > 6 {
				break
			}
			from, to := k+1, k+1
			at := s.toks[k].end + (len(after) - len(trimmed)) + len(p[0])
			for to+1 < len(s.toks) && s.toks[to+1].end <= at+end {
				to++
			}
			out = append(out, span{text: name, from: from, to: to, bonus: 0.35, typed: true})
			break
		}
	}
	return out
}

// quoted returns the text between the first pair of quotation marks.
func quoted(s string) string {
	for _, p := range [][2]string{{"“", "”"}, {`"`, `"`}} {
		i := strings.Index(s, p[0])
		if i < 0 {
			continue
		}
		rest := s[i+len(p[0]):]
		if j := strings.Index(rest, p[1]); j > 10 {
			return strings.TrimSpace(rest[:j])
		}
	}
	return ""
}

// expandAcronym returns the name an acronym answer abbreviates, with the
// acronym, as candidate c's sentences define it ("the National Planning
// Commission (NPC)"), or "" when it is no acronym or none defines it.
func expandAcronym(c *candidate, acr string) string {
	if strings.ContainsRune(acr, ' ') || !acronym(strings.TrimSuffix(acr, "s")) || len(acr) > 8 {
		return ""
	}
	var caps []rune
	for _, r := range acr {
		if unicode.IsUpper(r) {
			caps = append(caps, r)
		}
	}
	for _, st := range c.sents {
		i := strings.Index(st.text, "("+acr+")")
		if i <= 0 {
			continue
		}
		if long := definedBefore(st.text[:i], caps); long != "" {
			return long + " (" + acr + ")"
		}
		if long := translatedBefore(st.text[:i], caps); long != "" {
			return long + " (" + acr + ")"
		}
	}
	return ""
}

// acronymWord reads a word of a name as definedBefore and translatedBefore
// do: the first rune of the word trimmed of punctuation, and whether it is
// one of a name's small words ("of", "for", "and", "the", "on"), which
// spell no initial.
func acronymWord(word string) (first rune, small bool) {
	w := strings.Trim(word, ",;:’'\"“”")
	first, _ = utf8.DecodeRuneInString(w)
	return first, nameConnectors[strings.ToLower(w)] || w == "and" || w == "the" || w == "on"
}

// definedBefore returns the words at the end of text whose capitals spell
// caps ("National Planning Commission" for N, P, C), skipping the small
// words of a name ("of", "for", "and", "the"), or "". The last word may
// be written small when the acronym has three letters or more.
func definedBefore(text string, caps []rune) string {
	words := strings.Fields(text)
	k := len(caps) - 1
	for i := len(words) - 1; i >= 0 && i >= len(words)-2*len(caps)-2; i-- {
		r, small := acronymWord(words[i])
		switch {
		case small:
			continue
		case k == len(caps)-1 && len(caps) >= 3 && unicode.IsLower(r) && unicode.ToUpper(r) == caps[k]:
			// "the National Medical stores (NMS)": the name's last word
			// written small, the capitals before it spelling the rest
		case !unicode.IsUpper(r) || r != caps[k]:
			return ""
		}
		k--
		if k < 0 {
			return strings.Join(words[i:], " ")
		}
	}
	return ""
}

// translatedBefore returns the capitalised words at the end of text whose
// initials are caps in another order ("Directorate of Civil Protection
// (DPC)": the acronym of the name in the country's own language), skipping
// the small words of a name, or "".
func translatedBefore(text string, caps []rune) string {
	words := strings.Fields(text)
	var initials []rune
	for i := len(words) - 1; i >= 0 && i >= len(words)-2*len(caps)-2; i-- {
		r, small := acronymWord(words[i])
		switch {
		case small:
			continue
		case !unicode.IsUpper(r):
			return ""
		}
		initials = append(initials, r)
		if len(initials) == len(caps) {
			if !sameRunes(initials, caps) {
				return ""
			}
			return strings.Join(words[i:], " ")
		}
	}
	return ""
}

// sameRunes reports whether a and b hold the same runes, in any order.
func sameRunes(a, b []rune) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// fullName returns a person answer led by a surname written alone
// ("Taalas, head of ...") with the first name candidate c's sentences
// give it before ("Petteri Taalas, head of ..."), or "": a report names a
// person in full once, then by the surname.
func fullName(c *candidate, p pick) string {
	st := &c.sents[p.sent]
	if p.from < 0 || p.from >= len(st.toks) {
		return ""
	}
	surname := st.toks[p.from].text
	if acronym(surname) || !isCapitalized(st.toks[p.from]) {
		return ""
	}
	for si := range c.sents {
		s := &c.sents[si]
		for k := 1; k < len(s.toks); k++ {
			t, prev := s.toks[k], s.toks[k-1]
			if t.text != surname || !plainGap(s, k-1) || !isCapitalized(prev) || acronym(prev.text) ||
				genericCaps[prev.low] || personNouns[prev.low] || isCalendarWord(prev.low) {
				continue
			}
			return prev.text + " " + p.text
		}
	}
	return ""
}
