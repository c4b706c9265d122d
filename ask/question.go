package ask

import (
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// Type is what kind of answer a question asks for.
type Type string

// Question types.
const (
	TypeCount    Type = "count"    // how many, death toll: a number with its qualifier
	TypePerson   Type = "person"   // who, which spokesman: a name
	TypePlace    Type = "place"    // where, in which town: a place name
	TypeDate     Type = "date"     // when, on what date
	TypeDuration Type = "duration" // how long
	TypeTime     Type = "time"     // at what time: a time of day ("16:30", "3.10 pm")
	TypeQuote    Type = "quote"    // what did X say: a quote or reported speech by X
	TypeState    Type = "state"    // is X holding, latest on X: the current state
	TypeName     Type = "name"     // which group, what facility: a named thing
	TypeOther    Type = "other"    // anything else: the words that answer
)

// Question is a question parsed for retrieval and extraction.
type Question struct {
	Text    string
	Type    Type
	Head    string   // stem of the noun the answer is an instance of ("town", "spokesman")
	Units   []string // for counts: stems of what is counted ("people", "missile")
	Speaker string   // for quotes: who spoke, as written in the question
	// SpeakerNames are the names the speaker stands for, from the gazetteer.
	SpeakerNames []string
	Terms        []Term   // content words, in question order, without duplicates
	Names        []string // capitalised phrases, lower-cased ("khan sheikhoun")
	Numbers      []string // figures the question states (never the answer)
	Window       Window   // when the question is about; zero: any time
	// SinceEvent is the event of "since the truce" ("truce"): the window
	// starts at the latest one the store knows (Asker.resolveSince).
	SinceEvent string
	// OffSubject is set when the question itself is not about armed
	// conflict, its diplomacy or its humanitarian consequences, as the
	// analysis's relevance gate reads it ("What is the weather in Paris
	// tomorrow?"): it is answered only on strong evidence.
	OffSubject bool
	// plain is the inverse document frequency of each word of the question
	// that is not a function word, as plain bm25 weighs them (set by the
	// asker from the store): the floor the ranking improves from.
	plain map[string]float64
	// plainArticles is what the store says of whole articles for the
	// words of plain (nil without an ArticleSearcher): their counts and
	// mean length, for the article floor (floor.go).
	plainArticles *articleWeights
	// passive is the stem of the participle of "who was appointed ...":
	// the person is the object written after the verb in a report
	// ("its council appointed Hashem al-Sheikh").
	passive string
	// argVerb is the base (verbBase) of the verb whose argument the
	// question asks for, argSlot which argument (argument.go), argPrep the
	// preposition the question closes the verb with ("speak with").
	argVerb, argPrep string
	argSlot          int
	// countVerb is the base of the verb a count question counts the doing
	// of (countVerb in argument.go): "how many refugees did UNHCR
	// repatriate".
	countVerb string
	// acronyms are those the question's capitalised runs spell, with the
	// terms they stand for (acronyms.go), read by the first candidate for
	// the terms acronymsOf opens
	acronyms   []acronymDef
	acronymsOf *group
	// headWords are the stems of the words of the phrase that ends in the
	// head ("water management project"): a name of that kind repeats them
	// ("Yom Nan Water Management Project").
	headWords map[string]bool
	// many is how many answers "which two X", "what three X" ask for (2
	// to 9), else 0
	many int
	// headPlural is set when the question writes its head in the plural
	// ("which countries"): several are asked for.
	headPlural bool
	// mostOf are the stems of what a name question ranks its answers by
	// ("which area had the most cholera cases": cholera, case), the
	// counted noun last; nil when it asks no such superlative.
	mostOf []string
	// causeOf is set when a name question asks what brought something
	// about ("which conditions were expected to bring below-average
	// rain"): a report writes the name after a cause marker ("due to La
	// Niña conditions").
	causeOf bool
	// unitTail are the words a count question writes after what it counts
	// ("votes in favour"): a report may write them after the bare figure
	// ("95 in favour").
	unitTail []string
	// role is the stem of the role a "who" question names ("who was the
	// pilot"), as Head is a "which" question's; "" when none.
	role string
	// sentences is how many sentences the store indexes (set by the asker).
	sentences int64
	// sources are the names (as in Names) written as a report's publisher
	// ("per the Red Cross update"): the report need not hold them.
	sources map[string]bool
	// rareYears are the years the question writes that the store seldom
	// does (set by the asker: markRareYears).
	rareYears map[string]bool
	// counts are the counts the question states of its event (counts.go)
	counts []eventCount
	// cause is set when the question asks why ("why was testing stalled",
	// "what caused the decrease"): the answer follows "due to", "since".
	cause bool
	// week is the week the question names by its number or its ordinal
	// ("the third week of November", "epidemiological week 15"), else 0.
	week int
	// stated are the counts a question that is no count states ("which LGA
	// accounted for 946 of the cases": 946), not a date's, a week's or a
	// year's number (statedCounts); nil when none.
	stated map[float64]bool
	// whole are the values of the figures a count question writes in
	// words or over more than one token ("how many of the six roads", "of
	// the $4.4 billion required"): its own figures, as its digits are
	// (skipFigure), not the answer (statedWhole); nil when none.
	whole map[float64]bool
	// unknown are the question's words no sentence of the store holds
	// (set by the asker: weighTerms), read are the texts of the articles
	// its answer read (set by answer): a word a reader misspelt is
	// written as those articles write it (respell.go).
	unknown []string
	read    []string
}

// money reports whether a count question asks for an amount of money
// ("how much did the UK contribute"), not a number of things.
func (q *Question) money() bool {
	// the head of what is counted: "how much humanitarian aid"
	if q.Type == TypeCount && len(q.Units) > 0 && priceNouns[q.Units[len(q.Units)-1]] {
		return true // "what budget", "to what price": an amount of money
	}
	if q.Type != TypeCount || len(q.Units) > 0 && !moneyUnits[q.Units[len(q.Units)-1]] {
		return false
	}
	return q.says(amountPhrases...)
}

// share reports whether a question asks for a share ("what percentage"),
// also by its measuring head ("what was the case fatality rate").
func (q *Question) share() bool {
	return q.says(sharePhrases...) || q.Type == TypeCount && shareHeads[q.Head]
}

// proportion reports whether a count question asks for a part of a whole
// ("what percentage", "what share of the IDPs"), which a report writes in
// per cent; a rate or a ratio may be a plain figure.
func (q *Question) proportion() bool {
	if q.Type != TypeCount {
		return false
	}
	for w := range percentWords {
		if q.Head == w || q.says("what "+w) {
			return true
		}
	}
	return false
}

// percentWords are the words of "what X" that ask for a part of a whole.
var percentWords = lang.QuestionWords(lang.PercentAsked)

// shareHeads are the measuring heads a report answers with a share.
var shareHeads = lang.QuestionWords(lang.ShareAsked)

// says reports whether the question's words hold one of the phrases.
func (q *Question) says(phrases ...string) bool {
	low := " " + strings.Join(whichAsWhat(lang.Fields(strings.ToLower(q.Text))), " ") + " "
	for _, p := range phrases {
		if strings.Contains(low, " "+p+" ") {
			return true
		}
	}
	return false
}

// whichAsWhat returns the lower-cased words of a question with its own
// "which" written "what": the question word that opens it, or follows the
// one word that opens it ("at which time", "by which percentage"). Readers
// ask "which share" and "what share" alike; a relative "which" later in
// the question ("the camp which hosts") is left as written.
func whichAsWhat(low []string) []string {
	for i := 0; i < len(low) && i < 2; i++ {
		if low[i] == "which" && (i == 0 || isStop(low[0])) {
			out := slices.Clone(low)
			out[i] = "what"
			return out
		}
	}
	return low
}

// numberOf returns the index of the "of" of a question that opens asking
// "what number of" or "what is (was) the number of", or 0: it asks "how
// many" of what follows. Not "the total number of", a figure of its own
// (typeByHead), nor "the number of the resolution".
func numberOf(low []string) int {
	k := 0
	if len(low) > 0 && (low[0] == "what" || low[0] == "which") {
		k = 1
	}
	if k == 1 && k < len(low) && lang.PassiveBe(low[k]) {
		k++
		if k < len(low) && low[k] == "the" {
			k++
		}
	}
	if k == 0 || k+2 >= len(low) || low[k] != "number" || low[k+1] != "of" || lang.IsDeterminer(low[k+2]) {
		return 0 // "what was the number of the resolution": its name's figure, no count
	}
	return k + 1
}

// Phrases that ask for an amount (of money when nothing else is counted)
// or a share.
var (
	amountPhrases = []string{"how much", "how large", "how big", "what was the total value", "what is the total value",
		"what was the value", "what is the value", "what amount", "what sum"}
	sharePhrases = []string{"what percentage", "what proportion", "what percent", "what share", "to what level", "what rate"}
)

// distancePhrases ask for a distance, written in distanceUnits.
var (
	distancePhrases = []string{"how far", "how close", "what distance"}
	distanceUnits   = []string{"km", "kilometr", "kilometer", "kilometre", "metr", "meter", "metre", "mile", "m"}
)

var moneyUnits = lang.QuestionWords(lang.MoneyUnit)

// priceNouns are the measuring heads that ask for an amount of money
// whatever the question's phrase ("what budget", "to what price").
var priceNouns = lang.QuestionWords(lang.PriceAsked)

// Term is a content word of a question.
type Term struct {
	Word string // lower-cased as written
	Stem string
	Alt  string // another word that counts as this one ("iran" for "iranian", "neighbourhood" for "neighborhood"), or ""
	Name bool   // part of a capitalised name in the question
}

var (
	personNouns = lang.QuestionWords(lang.PersonAsked)
	placeNouns  = lang.QuestionWords(lang.PlaceAsked)
	orgNouns    = lang.QuestionWords(lang.BodyAsked)
)

// Parse reads a question. now anchors relative time expressions ("last
// week"). Parse never fails: a question with no usable words has no terms.
func Parse(text string, now time.Time) Question {
	text = restate(text)
	toks := tokenize(text)
	q := Question{Text: text, Type: TypeOther}
	q.Window = parseWindow(toks, now)
	q.SinceEvent = sinceEvent(toks)
	typeQuestion(&q, toks)
	askedArgument(&q, toks)
	q.countVerb = countVerb(&q, toks)
	q.Terms, q.Names, q.Numbers = contentTerms(toks)
	q.sources = publisherNames(toks)
	q.counts = questionCounts(text, toks)
	q.cause = q.Type == TypeOther && causeAsked(toks)
	q.week = weekNamed(toks)
	if q.Type != TypeCount && len(q.Numbers) > 0 {
		q.stated = statedCounts(&q)
	}
	if q.Type == TypeCount {
		q.whole = statedWhole(text, toks)
	}
	if q.Type == TypePlace || q.Type == TypeName || q.Type == TypePerson {
		q.mostOf = mostOf(toks)
	}
	q.causeOf = (q.Type == TypeName || q.Type == TypeOther && q.Head != "") && !q.cause && causingVerb(toks)
	if q.Type == TypeState {
		q.Terms = dropStateFrame(q.Terms)
	}
	return q
}

// stateFrame are the words that ask for the state of a story without
// naming it ("is the truce holding", "still in effect"): the state is the
// answer, not a word the report must hold.
var stateFrame = lang.QuestionWords(lang.StateFrame)

func dropStateFrame(ts []Term) []Term {
	out := ts[:0]
	for _, t := range ts {
		if !stateFrame[t.Word] {
			out = append(out, t)
		}
	}
	return out
}

// typeQuestion sets Type, Head, Units and Speaker by rules on the words.
func typeQuestion(q *Question, toks []token) {
	low := make([]string, len(toks))
	for i, t := range toks {
		low[i] = t.low
	}
	// the phrases below are read with the question's own "which" as "what":
	// "which percentage", "at which time" ask as "what percentage", "at
	// what time" do
	joined := " " + strings.Join(whichAsWhat(low), " ") + " "
	of := numberOf(low)
	switch {
	case strings.Contains(joined, " how many ") || strings.Contains(joined, " how much "):
		q.Type = TypeCount
		var n int
		q.Units, n = unitsAfter(low, "many", "much")
		q.unitTail = unitTail(low, n)
	case of > 0:
		// "what number of households", "what was the number of people
		// displaced": what is counted follows as after "how many"
		asked := append([]string{"how", "many"}, low[of+1:]...)
		var n int
		q.Type = TypeCount
		q.Units, n = unitsAfter(asked, "many")
		q.unitTail = unitTail(asked, n)
	case q.says(distancePhrases...) || extentAsked(low):
		q.Type, q.Units = TypeCount, distanceUnits // "how far east of Hinatuan": 735 km
	case q.says(sharePhrases...) || q.says(amountPhrases...):
		q.Type = TypeCount // a share ("24%", "24 per cent"), an amount ("how large was the contribution")
	case measureAsked(low) != "":
		q.Type, q.Units = TypeCount, measureUnits[measureAsked(low)] // "how old was the boy": "12 years old"
	case strings.Contains(joined, " what death toll "),
		strings.Contains(joined, " death toll ") && slices.Contains(low, "what"), // not "which group gave the death toll"
		strings.Contains(joined, " what number ") || strings.Contains(joined, " what was the toll "):
		q.Type, q.Units = TypeCount, []string{"kill", "dead", "people", "death"}
	case strings.Contains(joined, " how long ") || strings.Contains(joined, " for how long "):
		q.Type = TypeDuration
	case strings.Contains(joined, " what time ") && !strings.Contains(joined, " what time of ") ||
		strings.Contains(joined, " at what hour "):
		q.Type = TypeTime // "At what time on 22 December did ... report shelling"
	case strings.HasPrefix(joined, " when ") || strings.Contains(joined, " what date ") ||
		strings.Contains(joined, " which date ") ||
		strings.Contains(joined, " what dates ") || strings.Contains(joined, " which dates ") || strings.Contains(joined, " what day ") ||
		strings.Contains(joined, " since when ") || strings.Contains(joined, " which day ") ||
		dateAsked(joined):
		q.Type = TypeDate
	case quoteQuestion(q, toks, low):
	case stateQuestion(joined) && !strings.HasPrefix(joined, " who ") && !titledState(q.Text):
		q.Type = TypeState
	case strings.Contains(joined, " where ") && !whoFirst(joined):
		// "Who hosted the summit in Paris where ...": the question's
		// first word asks, a later "where" only places the event.
		q.Type = TypePlace
	default:
		typeByHead(q, low, commaBefore(q.Text, toks), capsOf(toks))
	}
}

// titledState reports whether a question writes "State of the" or
// "Status of" capitalised inside it: a title ("The State of the
// Humanitarian System report"), not the state of a story.
func titledState(text string) bool {
	return strings.Contains(text[1:], "State of") || strings.Contains(text[1:], "Status of")
}

// extentAsked reports whether a question asks a distance without "how
// far": the length of a thing that has one ("how long is the
// Thailand-Cambodia land border along which ...": "817-km", not a time) or
// a measure a distance answers ("what was the range of the Fatah series
// missile": "120-km-range"); qc3-2ab423e731-0, qc3-a381a8b927-1. "How long
// was the ceasefire" still asks a time.
func extentAsked(low []string) bool {
	for i := 0; i+3 < len(low); i++ {
		switch {
		case low[i] == "how" && low[i+1] == "long" && lang.FiniteBe(low[i+2]):
			// the subject's phrase, up to the first word that is no part of it
			for k := i + 3; k < len(low) && k <= i+8; k++ {
				if extentWords[lang.Stem(low[k])] || extentWords[low[k]] {
					return true
				}
				if phraseEnds[low[k]] || lang.IsStop(low[k], lang.Function) && !lang.IsArticle(low[k]) {
					break
				}
			}
		case (low[i] == "what" || low[i] == "which") && lang.FiniteBe(low[i+1]) && low[i+2] == "the" && extentWords[low[i+3]] &&
			i+4 < len(low) && low[i+4] == "of":
			return true
		}
	}
	return false
}

// extentWords are the things whose "how long" asks a distance and the
// measures a distance answers.
var extentWords = lang.QuestionWords(lang.ExtentAsked)

// measureAsked returns the adjective of degree a question asks "how"
// with ("how old", "how high", "how deep"): a figure is asked for, written
// in measureUnits[adjective]; "" when it asks none.
func measureAsked(low []string) string {
	for i := 0; i+1 < len(low); i++ {
		if low[i] == "how" && measureUnits[low[i+1]] != nil {
			return low[i+1]
		}
	}
	return ""
}

// measureUnits are the adjectives of degree "how" asks with and the stems
// of the units a report writes their figures in.
var measureUnits = func() map[string][]string {
	length := strings.Fields("metre meter m feet foot km kilometre kilometer")
	return map[string][]string{
		"old": {"year", "old", "age", "aged"}, "high": length, "tall": length, "deep": length, "wide": length,
		"strong": {"magnitude", "km", "kph", "mph"}, "powerful": {"magnitude"}, "fast": {"km", "kph", "mph", "kilometre", "kilometer"},
		"often": {"time", "day", "week", "month", "year"}, "heavy": {"kg", "tonne", "ton"},
	}
}()

// dateAsked reports whether a question asks for a year or the end of a
// period: "since what year has the split lasted", "until when would the
// plan run".
func dateAsked(joined string) bool {
	for _, p := range []string{" what year ", " which year ", " until when ", " till when ", " by when ", " what month ", " which month ",
		" what period ", " which period ", " what time period "} {
		if strings.Contains(joined, p) {
			return true
		}
	}
	return false
}

// verbish reports whether a word after the first of a question's phrase
// ends it: a past tense or participle ("which country announced"), a
// direction ("which region northwest of Aleppo") or a common verb.
func verbish(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) || compassPoint(w) || phraseVerbs[w]
}

// compassPoint reports whether w is a point of the compass, written with a
// hyphen or not ("north-west of Goma", "northwest of Aleppo"): it says
// where a place lies and ends the phrase naming its kind.
func compassPoint(w string) bool {
	return lang.CompassPoint(w) || strings.Contains(w, "-") && lang.CompassPoint(strings.ReplaceAll(w, "-", ""))
}

// placeOffset reports whether low[k] opens a distance from another place
// ("which village 30km north of Baidoa", "which town 10 km east of"): a
// figure, glued to its unit or not, before a point of the compass. It ends
// the phrase naming the kind asked, as the point itself does.
func placeOffset(low []string, k int) bool {
	if low[k] == "" || low[k][0] < '0' || low[k][0] > '9' {
		return false
	}
	n := k + 1
	if n < len(low) && slices.Contains(distanceUnits, lang.Stem(low[n])) {
		n++
	}
	return n < len(low) && compassPoint(low[n])
}

// phraseEnds are prepositions the stopword list keeps: they end a
// question's noun phrase ("which town near the border").
var phraseEnds = lang.PrepositionWords(lang.QuestionPhraseEnd)

var phraseVerbs = lang.QuestionWords(lang.PhraseVerb)

// whoFirst reports whether the question opens by asking who.
func whoFirst(joined string) bool {
	for _, p := range []string{" who ", " whom ", " whose "} {
		if strings.HasPrefix(joined, p) {
			return true
		}
	}
	return false
}

// unitsAfter returns the stems of the words after "how many" up to the
// first stopword: what is being counted, without an adverb that opens it
// ("internally displaced persons" counts displaced persons: the participle
// and the noun say what a report counts); n is how many words it read.
func unitsAfter(low []string, keys ...string) (units []string, n int) {
	for i, w := range low {
		if (w == keys[0] || (len(keys) > 1 && w == keys[1])) && i > 0 && low[i-1] == "how" {
			var out []string
			rest := low[i+1:]
			read, coordinated := 0, false
			for k, u := range rest {
				if len(out) > 0 && linkParticiples[u] && k+1 < len(rest) && !isStop(rest[k+1]) && !questionWords[rest[k+1]] {
					// "how many COVID-19 related deaths", "conflict
					// affected people": the topic, then what is counted
					out, read = out[:0], k+1
					continue
				}
				if len(out) > 0 && coordinatedModifier(rest, k) {
					coordinated = true
					// "how much humanitarian and development aid", "how
					// many IDP and returnee families": two modifiers of
					// one counted noun, the last three words kept
					read = k + 1
					continue
				}
				// a participle ends what is counted: "how many incidents
				// affecting children" counts incidents
				if isStop(u) || questionWords[u] || len(out) == 3 && !coordinated || len(out) > 0 && participleEnds(rest, k) {
					break
				}
				out = append(out, lang.Stem(u))
				read = k + 1
			}
			if len(out) == 3 && !participleEnds(rest, 1) && strings.HasSuffix(rest[0], "ly") {
				return out[1:], read
			}
			return out[max(len(out)-3, 0):], read
		}
	}
	return nil, 0
}

// coordinatedModifier reports whether words[k], "and" or "or" after a
// modifier in the singular, joins it to a second modifier of one counted
// noun ("humanitarian and development aid", "IDP and returnee families"):
// two words follow, the second no verb, then the phrase ends. Nouns
// coordinated in the plural ("refugees and migrants") are counted apart.
func coordinatedModifier(words []string, k int) bool {
	if k == 0 || k+2 >= len(words) || words[k] != "and" && words[k] != "or" || strings.HasSuffix(words[k-1], "s") {
		return false
	}
	y, z := words[k+1], words[k+2]
	if isStop(y) || isStop(z) || questionWords[y] || questionWords[z] || verbish(z) || participleLike(z) {
		return false
	}
	return k+3 == len(words) || isStop(words[k+3]) || questionWords[words[k+3]]
}

// linkParticiples join a count's topic to the counted noun when a
// question writes them without a hyphen ("COVID-19 related deaths"):
// what follows is counted, as in "flood-affected people"
// (qa3-rwp7-c9f3ab2d0a-0, qa2-rwp7-c5b8c30af2-0).
var linkParticiples = lang.QuestionWords(lang.LinkParticiple)

// participleEnds reports whether the participle words[k] ends what a count
// question counts ("how many incidents affecting children"): not when it
// follows an adverb that opens the counted phrase ("how many internally
// displaced persons", "how many newly arrived refugees"), nor when an
// auxiliary follows it, the "-ing" word being the counted noun itself
// ("how much humanitarian funding did ... provide").
func participleEnds(words []string, k int) bool {
	u := words[k]
	ed, ing := strings.HasSuffix(u, "ed"), len(u) > 4 && strings.HasSuffix(u, "ing")
	switch {
	case !ed && !ing:
		return false
	case ed && k == 1 && len(words[0]) > 4 && strings.HasSuffix(words[0], "ly"):
		return false
	case ing && k+1 < len(words) && (lang.Auxiliary(words[k+1]) || doAux[words[k+1]]):
		return false
	}
	return true
}

// mostOf returns the stems of the words a superlative of number opens
// ("the most cholera cases", "the highest number of displaced people",
// "the largest number of arrivals") up to the first stopword or
// participle after a noun, the counted noun last, or nil.
func mostOf(toks []token) []string {
	low := make([]string, len(toks))
	for i, t := range toks {
		low[i] = t.low
	}
	for i, w := range low {
		k := i
		switch {
		case w == "most" && i > 0 && (low[i-1] == "the" || verbish(low[i-1]) || phraseVerbs[low[i-1]] || low[i-1] == "had" || low[i-1] == "has"):
		case (w == "highest" || w == "largest" || w == "greatest" || w == "biggest") && i+2 < len(low) &&
			(low[i+1] == "number" || low[i+1] == "count" || low[i+1] == "total") && low[i+2] == "of":
			k = i + 2
		default:
			continue
		}
		var out []string
		for _, u := range low[k+1:] {
			if isStop(u) || questionWords[u] || phraseEnds[u] || len(out) == 3 || len(out) > 0 && (strings.HasSuffix(u, "ed") || len(u) > 4 && strings.HasSuffix(u, "ing")) {
				break
			}
			out = append(out, lang.Stem(u))
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// countedOf returns the stems of the words after "of" at low[k+1] up to the
// first stopword or participle, as unitsAfter reads them after "how many":
// what "the total of" and "the total number of" count.
func countedOf(low []string, k int) []string {
	if k+1 < len(low) && low[k+1] == "number" {
		k++ // "total number of", the stopword list keeping "number"
	}
	if k+2 >= len(low) || low[k+1] != "of" {
		return nil
	}
	var out []string
	for _, u := range low[k+2:] {
		if isStop(u) || questionWords[u] || phraseEnds[u] || len(out) == 3 || len(out) > 0 && (strings.HasSuffix(u, "ed") || len(u) > 4 && strings.HasSuffix(u, "ing")) {
			break
		}
		out = append(out, lang.Stem(u))
	}
	return out
}

// unitTail returns up to three words after the n units of "how many",
// ending before a question word or an auxiliary, when one of them is no
// stopword ("in favour"), else nil.
func unitTail(low []string, n int) []string {
	for i, w := range low {
		if w != "many" && w != "much" || i == 0 || low[i-1] != "how" || n == 0 {
			continue
		}
		var out []string
		content := false
		for _, u := range low[i+1+n:] {
			if questionWords[u] || lang.Auxiliary(u) || len(out) == 3 {
				break
			}
			out = append(out, u)
			content = content || !isStop(u)
		}
		if !content {
			return nil
		}
		return out
	}
	return nil
}

// quoteQuestion recognises "what did X say", "what has X said".
func quoteQuestion(q *Question, toks []token, low []string) bool {
	if len(low) < 3 || low[0] != "what" {
		return false
	}
	for i := 2; i < len(low) && i < 14; i++ {
		switch low[i] {
		case "say", "said", "saying", "tell", "told", "announce", "announced", "claim", "claimed":
			if low[1] == "did" || low[1] == "has" || low[1] == "have" || low[1] == "does" || low[1] == "do" {
				q.Type = TypeQuote
				q.Speaker = strings.TrimSpace(spanText(toks, 2, i))
				return true
			}
		}
	}
	return false
}

func spanText(toks []token, from, to int) string {
	var b strings.Builder
	for _, t := range toks[from:to] {
		b.WriteString(t.text + " ")
	}
	return b.String()
}

// stateQuestion recognises "is the Idlib ceasefire holding", "latest on X".
func stateQuestion(joined string) bool {
	for _, p := range []string{" holding ", " latest ", " still in effect ", " status of ", " happening in ",
		" going on in ", " situation in ", " state of the "} {
		if strings.Contains(joined, p) {
			return true
		}
	}
	// "Has the truce collapsed?", "Is the ceasefire in Idlib still on?"
	for _, p := range []string{" is ", " has ", " are ", " have "} {
		if strings.HasPrefix(joined, p) {
			for w := range truceWords {
				if strings.Contains(joined, " "+w+" ") {
					return true
				}
			}
		}
	}
	return false
}

// typeByHead types "which X" and "what X" questions by the last noun of
// the phrase after "which" that names a kind of answer ("which Syrian
// national karate coach": a person), and "who" questions as persons.
func typeByHead(q *Question, low []string, comma, caps []bool) {
	for i, w := range low {
		switch w {
		case "who", "whom", "whose":
			q.Type = TypePerson
			q.passive = passiveAfter(low, i)
			q.role = roleAfterWho(low, i)
			return
		case "which", "what":
		default:
			continue
		}
		j := i + 1
		for j < len(low) && (isStop(low[j]) || questionWords[low[j]] || surname(low, j)) {
			j++
		}
		// "what was the name of the Syrian pilot": the thing named is the
		// head (the stopwords passed over hold "name of"), a name is asked for.
		nameOf := false
		for k := i + 1; k+1 < j; k++ {
			nameOf = nameOf || (low[k] == "name" || low[k] == "surname") && low[k+1] == "of"
		}
		head, kind, last := "", TypeOther, -1
		// A comma ends the phrase: "which al-Nusra leader, known by a
		// nickname" asks for a leader, "which faction, alongside the
		// Front," for a faction.
		for k := j; k < len(low) && !isStop(low[k]) && (k == j || !verbish(low[k]) && !phraseEnds[low[k]] && !comma[k] && !placeOffset(low, k)); k++ {
			if owner, ok := possessor(low[k]); ok && (nounType(owner) == TypePlace || nounType(owner) == TypeName) {
				// "which country's delegate warned": the country is asked
				// for; "which organisation's volunteers": the organisation
				q.Type, q.Head = nounType(owner), lang.Stem(owner)
				return
			}
			if t := nounType(low[k]); t != "" {
				head, kind = lang.Stem(low[k]), t
			}
			last = k
		}
		switch {
		case nameOf && last >= j && kind == TypeOther:
			head, kind = lang.Stem(low[kindWord(low, caps, j, last)]), TypeName // "the name of the mobile platform"
		case last > j && nounType(low[last]) == "" && nounType(low[last-1]) != "" && !phraseEnds[low[last]]:
			// The phrase's last word, after a noun of a type, is its head
			// ("which Security Council resolution"): a thing the type
			// lists do not know is a named one.
			head, kind = lang.Stem(low[last]), TypeName
		case kind == TypeOther && w == "what" && last > j && (low[j] == "estimated" || low[j] == "estimate"):
			// "what were the estimated damage and losses": an estimate is a figure
			q.Type, q.Head = TypeCount, lang.Stem(low[last])
			q.Units = []string{q.Head}
			return
		case kind == TypeOther && last >= j && measureAt(low, j, last) >= 0 && (w == "what" || moneyOrShare(low[measureAt(low, j, last)])):
			// "what was the magnitude of the earthquake", "what is the
			// estimated total refugee population", "what is the new
			// funding target" (a participle does not end the phrase
			// before its measure): a figure is asked for.
			q.Type, q.Head = TypeCount, lang.Stem(low[measureAt(low, j, last)])
			q.Units = []string{q.Head} // "8.2 magnitude", "954,500 estimated total population"
			if counted := countedOf(low, last); len(counted) > 0 && q.Head == "total" {
				// "what was the total number of suspected cholera cases": cases
				q.Head, q.Units = counted[len(counted)-1], counted
			}
			return
		case kind == TypeOther && last >= j && titleNouns[low[last]]:
			head = lang.Stem(low[last]) // "what was the global theme": a title
		case kind == TypeOther && j < len(low):
			// the phrase's last word: "which local partner" asks for a
			// partner, "which heavy metals" for metals
			last = kindWord(low, caps, j, max(j, last))
			head = lang.Stem(low[last])
			if (w == "which" || w == "what" && j == i+1 && !askedVerbForm(low[j]) && !verbish(low[j])) && (last == j || !strings.HasSuffix(low[last], "s")) {
				// "which consultancy", "which Syrian governorate", "which
				// indigenous community": one of the named kind, whatever
				// words qualify it; a plural head ("which heavy metals")
				// may be answered by common nouns
				kind = TypeName
			}
		}
		q.Type, q.Head = kind, head
		if n, ok := lang.Cardinal(low[min(i+1, len(low)-1)]); ok && n >= 2 && n <= 9 && j == i+1 && !scaleAt(low, j+1) {
			q.many = int(n) // "in which two neighbourhoods": as many names are asked
		}
		if k := max(j, last); k < len(low) && head != "" {
			q.headPlural = low[k] != head && strings.HasSuffix(low[k], "s")
		}
		if last > j {
			q.headWords = map[string]bool{}
			for k := j; k <= last; k++ {
				q.headWords[lang.Stem(low[k])] = true
			}
		}
		return
	}
}

// moneyOrShare reports whether a measuring head asks for a figure after
// "which" as after "what": an amount of money or a share ("which budget did
// the cluster have", "to which price was bread raised", "by which average
// percentage did prices rise"). Other measures after "which" ask for a
// group or a place ("which population", "which target").
func moneyOrShare(w string) bool {
	return priceNouns[w] || percentWords[w]
}

// kindWord returns the word of the phrase low[j:last+1] that names the
// kind asked when its last word is taken for it: the last, or, when the
// phrase ends in capitalised words after a lower-case one, that lower-case
// word. A name the question writes after the kind is the clause's subject
// or a name in it, not the kind ("the additional vessel WFP chartered",
// "which Fiji mental health provider employs counsellor Sisilia Siga").
func kindWord(low []string, caps []bool, j, last int) int {
	k := last
	for k > j && caps[k] {
		k--
	}
	if k == last || caps[k] || adverb(low[k]) {
		return last // "which Fon", "which mainly Christian": no lower-case noun before
	}
	return k
}

// capsOf reports, for each token but the first, whether it is capitalised.
func capsOf(toks []token) []bool {
	out := make([]bool, len(toks))
	for i := 1; i < len(toks); i++ {
		out[i] = isCapitalized(toks[i])
	}
	return out
}

// scaleAt reports whether low[k] multiplies the number before it ("two
// million"): no count of answers then.
func scaleAt(low []string, k int) bool {
	if k >= len(low) {
		return false
	}
	_, ok := lang.Scale(low[k])
	return ok
}

// surname reports whether low[j] asks for a part of a name as "name" does
// ("what is the surname of the executive secretary", "the last name of"):
// the question types by what is named.
func surname(low []string, j int) bool {
	switch low[j] {
	case "surname":
		return true
	case "last", "first", "family", "full", "given":
		return j+1 < len(low) && low[j+1] == "name"
	}
	return false
}

// commaBefore reports, for each token of text, whether a comma (or a
// semicolon) stands between it and the token before.
func commaBefore(text string, toks []token) []bool {
	out := make([]bool, len(toks))
	for i := 1; i < len(toks); i++ {
		if toks[i-1].end <= toks[i].start {
			out[i] = strings.ContainsAny(text[toks[i-1].end:toks[i].start], ",;")
		}
	}
	return out
}

// possessor returns the owner of a possessive ("country's": country).
func possessor(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if owner, ok := strings.CutSuffix(w, suf); ok && owner != "" {
			return owner, true
		}
	}
	return "", false
}

// passiveAfter returns the stem of the participle of "who was appointed",
// "who has been named" right after the question word at low[i], or "".
func passiveAfter(low []string, i int) string {
	k := i + 1
	for k < len(low) && k <= i+3 && lang.Auxiliary(low[k]) {
		k++
	}
	if k == i+1 || k >= len(low) || !(len(low[k]) > 4 && strings.HasSuffix(low[k], "ed") || irregularParticiples[low[k]]) {
		return ""
	}
	return lang.Stem(low[k])
}

var irregularParticiples = lang.QuestionWords(lang.IrregularParticiple)

// measureAt returns the measuring noun that heads the phrase at low[j:]:
// its last word, or the last of up to four words with no stopword between
// them, read past the participles that end a phrase elsewhere ("the new
// funding target"); or -1.
func measureAt(low []string, j, last int) int {
	if measureNouns[low[last]] {
		return last
	}
	m := -1
	for k := j; k < len(low) && k < j+4 && !isStop(low[k]) && !questionWords[low[k]] && !phraseEnds[low[k]]; k++ {
		if measureNouns[low[k]] {
			m = k
		}
	}
	return m
}

// measureNouns are heads of "what X" that ask for a figure.
var measureNouns = lang.QuestionWords(lang.MeasureAsked)

// nounType returns the answer type a head noun asks for, or "".
func nounType(w string) Type {
	s := lang.Stem(w)
	switch {
	case personNouns[w] || personNouns[s]:
		return TypePerson
	case placeNouns[w] || placeNouns[s]:
		return TypePlace
	case orgNouns[w] || orgNouns[s]:
		return TypeName
	}
	return ""
}

// maxTerms bounds the words of one question that are searched: a long
// question costs no more than a detailed one.
const maxTerms = 24

// contentTerms returns the words to search for: no stopwords, no question
// words, no calendar words (the window handles dates), each once; joined
// words ("Kerry-Lavrov", "US-led") count as their parts, but not a name with
// a particle ("al-Furqan").
func contentTerms(toks []token) (terms []Term, names, numbers []string) {
	seen := map[string]bool{}
	var name []string
	endName := func() {
		if len(name) > 0 {
			names = append(names, strings.Join(name, " "))
		}
		name = name[:0]
	}
	for i, t := range toks {
		capName := i > 0 && isCapitalized(t) && !genericCaps[t.low] && !isCalendarWord(t.low)
		if capName {
			name = append(name, t.low)
		} else {
			endName()
		}
		if isNumber(t) && !lang.IsYear(t.low) {
			numbers = append(numbers, t.low)
		}
		for _, w := range termWords(t) {
			if isStop(w.low) || questionWords[w.low] || isCalendarWord(w.low) ||
				lang.IsYear(w.low) || timeWords[w.low] || seen[w.stem] || len(w.low) < 2 && !isNumber(w) || len(terms) == maxTerms {
				continue
			}
			seen[w.stem] = true
			// A part of a joined word is a name when it is written as one
			// ("Russia-led": Russia, not "led").
			name := capName && (w.text == t.text || isCapitalized(w))
			alt := demonyms[w.low]
			if d, ok := dayBesideMonth(toks, i); ok {
				alt = lang.Ordinal(d)
			}
			if alt == "" {
				alt = lang.SpellingVariant(w.low) // "neighborhood": "neighbourhood"
			}
			terms = append(terms, Term{Word: w.low, Stem: w.stem, Alt: alt, Name: name})
		}
	}
	endName()
	return terms, names, numbers
}

// dayBesideMonth returns the day of the month token i writes in bare
// digits next to a month ("18 October", "October 18"): a report may write
// it "18th October, 2019", which the day's ordinal matches.
func dayBesideMonth(toks []token, i int) (int, bool) {
	t := toks[i]
	if !digitsOnly(t.low) {
		return 0, false
	}
	d, ok := lang.DayOfMonth(t.low)
	if !ok {
		return 0, false
	}
	if i+1 < len(toks) && monthOf(toks[i+1].low) > 0 || i > 0 && monthOf(toks[i-1].low) > 0 {
		return d, true
	}
	return 0, false
}

// causeAsked reports whether a question asks for a cause: it opens with
// "why", or asks "what caused", "what led to", "what was the reason".
func causeAsked(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	if toks[0].low == "why" {
		return true
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].low != "what" {
			continue
		}
		switch next := toks[i+1].low; {
		case next == "caused" || next == "prompted" || next == "triggered" || next == "led" && i+2 < len(toks) && toks[i+2].low == "to":
			return true
		case (next == "was" || next == "is" || next == "were") && i+3 < len(toks) && toks[i+2].low == "the" &&
			(toks[i+3].low == "reason" || toks[i+3].low == "cause" || toks[i+3].low == "reasons" || toks[i+3].low == "causes"):
			return true
		}
	}
	return false
}

// causingVerb reports whether a question writes a verb of bringing
// something about ("bring", "caused", "triggered", "led to", "resulted
// in").
func causingVerb(toks []token) bool {
	for i, t := range toks {
		switch t.low {
		case "bring", "brought", "bringing", "cause", "caused", "causing", "trigger", "triggered", "drive", "drove", "driven",
			"driving", "fuel", "fuelled", "fueled", "prompt", "prompted":
			return true
		case "led", "lead", "leading", "result", "resulted", "resulting":
			if i+1 < len(toks) && (toks[i+1].low == "to" || toks[i+1].low == "in") {
				return true
			}
		}
	}
	return false
}

// termWords returns a token, or its parts when it joins words of two or more
// letters none of which is a particle.
func termWords(t token) []token {
	parts := strings.Split(t.low, "-")
	if len(parts) < 2 {
		return []token{t}
	}
	for _, p := range parts {
		if len(p) < 2 || lang.NameParticle(p, lang.Joined) || isNumber(token{low: p}) {
			return []token{t}
		}
	}
	written := strings.Split(t.text, "-")
	out := make([]token, len(parts))
	for i, p := range parts {
		out[i] = token{text: p, low: p, stem: lang.Stem(p)}
		if len(written) == len(parts) {
			out[i].text = written[i]
		}
	}
	return out
}

// timeWords only locate the question in time.
var timeWords = lang.QuestionWords(lang.QuestionTime)
