package story

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// The sentences of a report that a summary cannot take out of their
// report's order (issue 13, text audit): a pointer to a number of parties
// named before ("The two jihadi groups were allies ..."), an event told by
// a definite noun in a phrase ("Among the dead in the blast ...", "The
// news of the killings ..."), a quote with no speaker, and a sentence that
// turns to another event ("Elsewhere ...", "In the east of Damascus ...",
// "Regime forces also conducted air raids on the town of Zamalka ...") or
// tells background as its clause ("last month witnessed heavy clashes").

// countWords open a pointer to parties a report counted before: "The two
// groups", "The three men".
var countWords = lang.DeterminerWords(lang.PartyCountWord)

// notParties follow "the two" without pointing back: a span of time, a
// part of a whole ("the two of them" is a pointer too, but rare).
var notParties = lang.SpanWords(lang.NotParty)

// partiesBack reports a sentence that opens with "The two", "The three"
// or "Both" and the parties it counts ("The two jihadi groups were allies
// ...", "Both sides accuse ..."): the parties are named in a sentence
// before it.
func partiesBack(s string) bool {
	ws := lang.Words(lang.Lower(s))
	fs := strings.Fields(s)
	if len(ws) < 3 || len(fs) < 3 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(fs[1]); ws[0] == "both" && unicode.IsUpper(r) {
		return false // "Both Kerry and Lavrov said": named here
	}
	if r, _ := utf8.DecodeRuneInString(fs[2]); ws[0] == "the" && unicode.IsUpper(r) {
		return false // "The Two Rivers Council": a name
	}
	switch {
	case ws[0] == "the" && countWords[ws[1]] && ws[1] != "both":
		return !notParties[ws[2]] && ws[2] != "of"
	case ws[0] == "both":
		return !notParties[ws[1]] && ws[1] != "of"
	}
	return false
}

// eventNouns name an event by a definite noun once it was told: "the
// blast", "the killings".
var eventNouns = lang.WarWords(lang.ToldEventNoun)

// eventPrepositions put a definite event noun in a phrase: "in the blast",
// "of the killings".
var eventPrepositions = lang.PrepositionWords(lang.EventPrep)

// qualifiers follow an event noun that its phrase tells of: "the attack
// on the offices", "the blast that hit".
var qualifiers = lang.PrepositionWords(lang.EventQualifier)

// eventBack returns the event noun by which a sentence points back at an
// event told before it, in a phrase within its opening words ("Among the
// dead in the blast ...", "The news of the killings was reported ..."),
// "" when it has none. Where "the blast" is the sentence's subject ("The
// blast hit near a research centre"), the sentence tells the event itself.
func eventBack(s string) string {
	ws := lang.Words(lang.Lower(s))
	for i := 1; i+1 < len(ws) && i < 2*6; i++ {
		if ws[i] != "the" || !eventPrepositions[ws[i-1]] {
			continue
		}
		n := i + 1
		if !eventNouns[ws[n]] && n+1 < len(ws) && eventNouns[ws[n+1]] {
			n++ // "in the air raids"
		}
		if !eventNouns[ws[n]] || n+1 < len(ws) && qualifiers[ws[n+1]] {
			continue // "in the attack on the offices", "in the blast in Namar": told what it was
		}
		return ws[n]
	}
	return ""
}

// tellsEvent reports a sentence that tells an event a later sentence may
// name by a definite noun: a word of violence ("bomb", "killed",
// "clashes").
func tellsEvent(s string) bool {
	for _, w := range lang.Words(lang.Lower(s)) {
		for _, p := range []string{"attack", "bomb", "blast", "explo", "strike", "struck", "raid", "shell", "clash",
			"fight", "kill", "massacre", "target", "offensive", "assault", "airstrike", "behead", "shot", "execut", "dead", "died"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// leansOn reports a sentence that cannot open a summary: one that leans on
// the sentence before it (analyze.LeansBack), counts parties named before
// (partiesBack), the context of the paragraph before it (contextTurn:
// "In the same context ...") or a time told before it (sinceThen: "Since
// then more than ... have been killed") or its victims (victimsBack: "The
// injured persons were taken to hospitals"), gives its sayer by a short name (nameBack: "The
// Observatory says ..."), or, past its report's first sentence (pos 1),
// names an event by a definite noun in a phrase (eventBack).
func leansOn(c candidate) bool {
	return leansOnOther(c) || placeBack(c.text)
}

// leansOnOther is leansOn but for a place named by its kind (placeBack).
func leansOnOther(c candidate) bool {
	ws := lang.Words(lang.Lower(c.text))
	return analyze.LeansBack(c.text) || contextTurn(ws) || sinceThen(ws) || victimsBack(ws) || partiesBack(c.text) || c.pos != 1 && eventBack(c.text) != "" || c.nameBack != ""
}

// placeKinds name a place by its kind once it was told: "the province",
// "the town".
var placeKinds = lang.PlaceWords(lang.PlaceKindNoun)

// placeHeads follow a place's kind that modifies them: "the town council",
// "the city hall".
var placeHeads = lang.PlaceWords(lang.PlaceHead)

// placeBack reports a sentence that names a place by its kind before it
// names any place below a country ("aid to all parts of the province",
// "clashes around the town"): the place is the one a sentence before it
// told, and out of its report the reader takes it for another ("the
// province" after a sentence of Daraa, of a report about Aleppo). "The
// city of Homs", "the town, Kafr Batna" and "the Damascus suburb ... the
// district" tell it.
func placeBack(s string) bool { return placeKindOf(s) != "" }

// placeKindOf returns the kind by which a sentence names a place before it
// names one below a country (placeBack), "" for none.
func placeKindOf(s string) string {
	fs := strings.Fields(s)
	for i := 0; i+1 < len(fs); i++ {
		w := strings.Trim(fs[i], "\"“”‘’'(),.;:")
		if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) {
			if e, ok := placeAt(fs, i); ok && e.Kind != "country" {
				return ""
			}
			continue
		}
		if !strings.EqualFold(w, "the") || strings.HasSuffix(fs[i], ",") {
			continue
		}
		noun := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(fs[i+1], "\"“”‘’'.;:"), "'s"), "’s")
		if !placeKinds[noun] { // lower case: "the City Council" is a body
			continue
		}
		if i+2 < len(fs) && placeHeads[strings.TrimSuffix(strings.ToLower(strings.TrimRight(fs[i+2], ",.;:")), "'s")] {
			continue // "the town council": a body of the place, told as its own subject
		}
		if strings.HasSuffix(fs[i+1], ",") || i+2 < len(fs) && (fs[i+2] == "of" || lang.Capitalised(fs[i+2])) {
			return "" // "the city of Homs", "the town, Foo,"
		}
		return noun
	}
	return ""
}

// namesLocalPlace reports a sentence that names a place below a country
// ("Aleppo city", "Zamalka").
func namesLocalPlace(s string) bool {
	fs := strings.Fields(s)
	for i := range fs {
		if e, ok := placeAt(fs, i); ok && e.Kind != "country" && lang.Capitalised(strings.Trim(fs[i], "\"“”‘’'(")) {
			return true
		}
	}
	return false
}

// placeAt returns the gazetteer's place of one to three words that starts
// at fs[i] ("Deir ez-Zor", "Eastern Ghouta").
func placeAt(fs []string, i int) (news.Entity, bool) {
	for n := min(3, len(fs)-i); n >= 1; n-- {
		name := strings.Trim(strings.Join(fs[i:i+n], " "), "\"“”‘’'(),.;:")
		if e, ok := analyze.LookupPlace(name); ok {
			return e, true
		}
	}
	return news.Entity{}, false
}

// furtherSaid reports a sentence whose sayer goes on from what its report
// told him say before ("... the Observatory further said the warplanes
// conducted more than a dozen airstrikes", "Director of the Observatory
// Rami Abdurrahman also stated that six of the raids ..."): "further" or
// "also" before a verb of saying. Out of its report it continues nothing,
// and its other pointers ("the group", "in the town") lean on the report's
// lead.
func furtherSaid(s string) bool {
	ws := strings.Fields(s)
	for i := 0; i+1 < len(ws); i++ {
		if w := strings.ToLower(ws[i]); (w == "further" || w == "also") && analyze.SayingVerb(strings.TrimRight(ws[i+1], ",.")) {
			return true
		}
	}
	return false
}

// speakerlessQuote reports a sentence that is a quote and nothing else
// ("\"Explosives were positioned near the meetings hall.\""): out of its
// report a reader does not know who says it.
func speakerlessQuote(s string) bool {
	rest, quoted, closed := afterQuote(s)
	return quoted && (!closed || strings.Trim(rest, "\"”.! ") == "") // never closed: the whole sentence is quoted
}

// quoteTail reports a sentence that starts inside a quote: its first
// quote mark closes one (glued to the word before it, a space or the end
// after it: "... Aleppo is almost under siege\" Abu Said said"), so the
// sentence is the tail of a quote a sentence break cut, whose start and
// perhaps its speaker's introduction stand in the sentence before.
func quoteTail(s string) bool {
	i := strings.IndexAny(s, "\"“”")
	if i <= 0 {
		return false
	}
	if strings.HasPrefix(s[i:], "“") {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+1:])
	if strings.HasPrefix(s[i:], "”") {
		after, _ = utf8.DecodeRuneInString(s[i+len("”"):])
	}
	return !unicode.IsSpace(before) && (after == utf8.RuneError || unicode.IsSpace(after) || strings.ContainsRune(".,;", after))
}

// afterQuote returns what follows the quote a sentence opens with (quoted:
// it opens with one), and whether the quote closes.
func afterQuote(s string) (rest string, quoted, closed bool) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "\"") && !strings.HasPrefix(s, "“") {
		return "", false, false
	}
	body := strings.TrimLeft(s, "\"“")
	i := strings.IndexAny(body, "\"”")
	if i < 0 {
		return "", true, false
	}
	return strings.TrimLeft(body[i:], "\"”"), true, true
}

// gluedQuote reports a quote run into another sentence: a sentence that
// opens with a quote whose words after it are no attribution of it but a
// report of their own, a verb of saying followed by "that" ("\"... death
// trap for the terrorists\" Reports also said on Thursday that ..."),
// which a quote's speaker never takes ("\"...\" he said").
func gluedQuote(s string) bool {
	rest, _, closed := afterQuote(s)
	if !closed {
		return false
	}
	ws := strings.Fields(rest)
	for j, w := range ws[:min(len(ws), 6)] {
		if !analyze.SayingVerb(strings.Trim(w, ",.")) {
			continue
		}
		k := j + 1
		if k+1 < len(ws) && ws[k] == "on" {
			k += 2 // "said on Thursday that"
		}
		return k < len(ws) && strings.Trim(ws[k], ",") == "that" && (k+1 >= len(ws) || !timeWords[strings.ToLower(strings.Trim(ws[k+1], ",."))]) // not "said that night"
	}
	return false
}

// turnOpeners open a sentence that turns to another event: "Elsewhere",
// "Meanwhile", "Separately".
var turnOpeners = lang.JoinerWords(lang.TurnOpener)

// directions name a part of a place: "In the east of Damascus", "In
// northern Syria", "North of Aleppo city".
var directions = lang.PlaceWords(lang.DirectionWord)

// contextTurn reports a sentence's words (lower case) that open by
// pointing at the context of the paragraph before them: "In the same
// context a woman was killed ...", "In a related development ...", "In
// another context ...". The phrase both leans on what came before (no
// summary opens with it) and turns to another event (oneEvent).
func contextTurn(ws []string) bool {
	if len(ws) < 5 || ws[0] != "in" {
		return false
	}
	switch ws[1] {
	case "another", "this":
		return contextNouns[ws[2]] && ws[3] != "of"
	case "the", "a":
		return contextAdjectives[ws[2]] && contextNouns[ws[3]] && ws[4] != "of"
	}
	return false
}

// sinceThen reports a sentence's words (lower case) that open by counting
// from a time the sentence before told: "Since then ...", "Since that day
// ...".
func sinceThen(ws []string) bool {
	return len(ws) > 2 && ws[0] == "since" && (ws[1] == "then" || ws[1] == "that")
}

// victimsBack reports a sentence's words (lower case) whose subject is the
// victims of an event told before it: "The injured persons were taken to
// hospitals", "The dead included two children", "The wounded were ...".
func victimsBack(ws []string) bool {
	if len(ws) < 3 || ws[0] != "the" || !victimNouns[ws[1]] {
		return false
	}
	return ws[2] != "of" && ws[2] != "in" && ws[2] != "from" // "the victims of the raid on Kafr": told what it was
}

var victimNouns = lang.WarWords(lang.VictimNoun)

// contextAdjectives tie a context to the one told before: "the same", "a
// related".
var contextAdjectives = lang.DeterminerWords(lang.ContextAdjective)

var contextNouns = lang.JoinerWords(lang.ContextNoun)

// turnsAway reports a sentence that turns from the event told before it to
// another: it opens with a turn ("Elsewhere ...", "Meanwhile ..."), or with
// a part of a place ("In the east of Damascus the military continued ...",
// "In northern Syria the Observatory reported ...", "North of Aleppo city
// ..."), or it tells what a party "also" did in a place that none of
// before (the headline and the sentences before it) names ("Regime forces
// also conducted air raids on the town of Zamalka in rural Damascus", after
// raids on rural Aleppo), or "in the same context" (contextTurn) in such
// a place ("In the same context a woman was killed ... in Aleppo city",
// after a bomb in Latakia).
func turnsAway(s string, before []string) bool {
	ws := lang.Words(lang.Lower(s))
	if len(ws) < 4 {
		return false
	}
	if turnOpeners[ws[0]] {
		return true
	}
	if ws[0] == "in" && (ws[1] == "the" && directions[ws[2]] && ws[3] == "of" || directions[ws[1]] && !directions[ws[2]]) {
		return true
	}
	if directions[ws[0]] && ws[1] == "of" {
		return true
	}
	also := -1
	for i, w := range ws[1:min(len(ws), 6)] {
		if w == "also" {
			also = i + 1
			break
		}
	}
	if also < 0 && !contextTurn(ws) {
		return false
	}
	told := strings.ToLower(strings.Join(before, " "))
	for _, p := range placeNames(s) {
		if !strings.Contains(told, strings.ToLower(p)) {
			return true
		}
	}
	return false
}

// placeNames returns the capitalised words of s that are places of the
// gazetteer ("Damascus", "Raqqa"), not an outlet named after a town ("Al
// Mayadeen TV channel", "the Aleppo Media Center": mediaWords after it).
func placeNames(s string) []string {
	var out []string
	ws := strings.Fields(s)
	for i, w := range ws {
		w = strings.Trim(w, ",.;:'\"()")
		r, _ := utf8.DecodeRuneInString(w)
		if i == 0 || !unicode.IsUpper(r) || lang.IsStop(strings.ToLower(w), lang.Function) {
			continue
		}
		if i+1 < len(ws) && mediaWords[strings.ToLower(strings.Trim(ws[i+1], ",.;:'\"()"))] {
			continue
		}
		if _, ok := analyze.LookupPlace(w); ok {
			out = append(out, w)
		}
	}
	return out
}

// mediaWords, after a town's name, make it an outlet's: "Al Mayadeen TV".
var mediaWords = lang.ReportingWords(lang.MediaWord)

// backgroundClause reports a sentence whose clause is background: a past
// span as its subject ("last month witnessed heavy clashes", "last year
// saw") or a state of long standing ("Rebel-on-rebel violence has been
// frequent").
func backgroundClause(s string) bool {
	ws := lang.Words(lang.Lower(s))
	for i := 0; i+2 < len(ws); i++ {
		switch {
		case (ws[i] == "last" || ws[i] == "this") && lapseWords[ws[i+1]] && (ws[i+2] == "saw" || ws[i+2] == "witnessed"):
			return true
		case (ws[i] == "has" || ws[i] == "have") && ws[i+1] == "been" && (ws[i+2] == "frequent" || ws[i+2] == "common"):
			return true
		case (ws[i] == "came" || ws[i] == "comes") && cameAfter(ws[i+1:]):
			return true
		}
	}
	return false
}

var lapseWords = lang.SpanWords(lang.LastLapse)

// cameAfter reports the words after "came" or "comes" that tie the event
// to what a party said at another time ("a day after the White House said
// it was following up reports of other strikes", "hours before the
// minister announced ...") — the sentence tells the statement, not the
// item's event. One tying it to an act of its parties ("a day after the
// group kidnapped eight fighters") tells its cause and stays.
func cameAfter(ws []string) bool {
	for i, w := range ws[:min(len(ws), 3)] {
		if w != "after" && w != "before" {
			continue
		}
		if i == 0 || !lapseUnits[ws[i-1]] {
			return false
		}
		return slices.ContainsFunc(ws[i+1:min(len(ws), i+9)], func(v string) bool {
			return analyze.SayingVerb(v) || v == "announced" || v == "warned"
		})
	}
	return false
}

// lapseUnits count the time between two events: "a day after", "hours
// before".
var lapseUnits = lang.SpanWords(lang.LapseUnit)

// oneEvent drops each sentence after the first that turns to another event
// (turnsAway), tells background as its clause (backgroundClause) or rounds
// up the fighting across the country away from the places told before
// (roundsUpElsewhere): a digest item tells one event, its headline's.
func oneEvent(chosen []candidate, headline string) []candidate {
	if len(chosen) < 2 {
		return chosen
	}
	out := chosen[:1:1]
	before := []string{headline, chosen[0].text}
	for _, c := range chosen[1:] {
		if turnsAway(c.text, before) || backgroundClause(c.text) || roundsUpElsewhere(c.text, before) {
			continue
		}
		out = append(out, c)
		before = append(before, c.text)
	}
	return out
}

// namesKnown drops each sentence after the first that opens with a
// person's surname alone (bareSurname: "Marwah called on ...") when no
// sentence before it in the summary names that person: the sentence of its
// report that gives the name whole is not there to tell who it is.
func namesKnown(chosen []candidate, ms []Member) []candidate {
	if len(chosen) < 2 {
		return chosen
	}
	out := chosen[:1:1]
	for _, c := range chosen[1:] {
		if c.member >= 0 && c.member < len(ms) && bareSurname(c.text, ms[c.member].Analysis.Surnames) {
			name, _, _ := strings.Cut(c.text, " ")
			if !slices.ContainsFunc(out, func(o candidate) bool { return lang.FullName(o.text, name) }) {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// opensAlone reports a sentence that may open a summary in place of one
// that leans on its report (standAloneFirst): it leans on none (leansOn),
// past its report's first sentence names no road nor sayer as told
// before (pointsFurther),
// is no reaction, and, past its report's first sentence, does not name
// the event by a definite noun as its subject ("The bombing came ahead of
// ..."): that is a pointer too.
func opensAlone(c candidate) bool {
	if leansOn(c) || c.pos != 1 && pointsFurther(c) || lang.ReactionOpening(c.text) {
		return false
	}
	ws := lang.Words(lang.Lower(c.text))
	return c.pos == 1 || len(ws) < 2 || ws[0] != "the" || !eventNouns[ws[1]]
}

// mediaNouns are what a page shows beside its report: "A video released
// on Friday shows ...".
var mediaNouns = lang.ReportingWords(lang.MediaNoun)

// describesMedia reports a sentence that tells what a page's video or
// picture shows ("A video released on Friday by the military media center
// shows heavy fighting in the city", "The footage shows airstrikes ..."):
// the media's description, of fighting on another day perhaps, not the
// event the report tells. Its subject is the media (the article and one
// noun, within its opening words) and its verb "shows" or "showed".
func describesMedia(s string) bool {
	ws := lang.Words(lang.Lower(s))
	if len(ws) < 3 || (ws[0] != "a" && ws[0] != "the") || !mediaNouns[ws[1]] {
		return false
	}
	for _, w := range ws[2:min(len(ws), 14)] {
		if w == "shows" || w == "showed" || w == "show" {
			return true
		}
	}
	return false
}

// headlinePlace puts in place of a chosen sentence that rounds up the
// fighting across the country (roundUp: "Army units targeted terrorists
// ... across the country killing dozens of them") the best candidate that
// names the place the headline names ("... kills 28 terrorists in Hama")
// and can stand in a summary (leansOn), when the round-up does not name
// it: the item tells the headline's event, of which the round-up says
// nothing. A summary with no such candidate is left alone.
func headlinePlace(chosen, cands []candidate, headline string) []candidate {
	var places []string
	for _, p := range placeNames(headline) {
		if e, ok := analyze.LookupPlace(p); ok && e.Kind != "country" {
			places = append(places, p)
		}
	}
	if len(places) == 0 {
		return chosen
	}
	names := func(c candidate) bool {
		return slices.ContainsFunc(places, func(p string) bool { return slices.Contains(placeNames(c.text), p) })
	}
	bad := func(c candidate) bool { return roundUp(c.text) && !names(c) }
	if !slices.ContainsFunc(chosen, bad) {
		return chosen
	}
	out := replaceFirst(chosen, cands, bad, func(n candidate) bool { return !bad(n) && names(n) && !leansOn(n) })
	if len(out) == 0 || len(out) == len(chosen)-1 && !slices.ContainsFunc(out, names) {
		return chosen
	}
	return out
}

// roundsUpElsewhere reports a round-up (roundUp: "The army targeted the
// terrorists' gatherings across the country killing scores", after raids
// on one province) that names none of the places of before (the headline
// and the sentences before it): it tells the whole war's day, not the
// item's event. "Aid convoys resumed across Syria two days after the
// attack near Aleppo" names the item's place and goes on with its story.
func roundsUpElsewhere(s string, before []string) bool {
	if !roundUp(s) {
		return false
	}
	told := strings.ToLower(strings.Join(before, " "))
	return !slices.ContainsFunc(placeNames(s), func(p string) bool { return strings.Contains(told, strings.ToLower(p)) })
}

// roundUp reports a sentence that tells fighting across a whole country or
// many places at once: "across the country", "throughout Syria", "in
// several provinces", "on various fronts".
func roundUp(s string) bool {
	ws := lang.Words(lang.Lower(s))
	for i := 0; i+1 < len(ws); i++ {
		switch {
		case (ws[i] == "across" || ws[i] == "throughout") && (ws[i+1] == "syria" || i+2 < len(ws) && ws[i+1] == "the" && ws[i+2] == "country"):
			return true
		case manyWords[ws[i]] && spreadNouns[ws[i+1]]:
			return true
		}
	}
	return false
}

var manyWords = lang.DeterminerWords(lang.ManyWord)

var spreadNouns = lang.PlaceWords(lang.SpreadNoun)

// sourceModifiers is how many words may stand between "the" and "sources"
// of a sayer: "the military sources said", "the local medical sources".
const sourceModifiers = 2

// sourcesIntroduced drops the "the" of sources given as a sentence's sayer
// ("... on the terrorists\" the military sources said") when no sentence
// before it in the summary speaks of sources: the article points back at
// sources its report (or no one) named before, and a summary reader asks
// which; "military sources said" introduces them. The sayer is "the", up
// to sourceModifiers lower-case words and "sources", then a verb of saying.
func sourcesIntroduced(sents []string) {
	for k, s := range sents {
		ws := strings.Fields(s)
		for i := 0; i+2 < len(ws); i++ {
			if !strings.EqualFold(ws[i], "the") {
				continue
			}
			n := i + 1
			for n < len(ws) && n-i-1 < sourceModifiers && ws[n] != "sources" && lang.Lower(ws[n]) == ws[n] && lettersOnly(ws[n]) {
				n++
			}
			if n+1 >= len(ws) || ws[n] != "sources" || !analyze.SayingVerb(strings.TrimRight(ws[n+1], ",.")) {
				continue
			}
			if i == 0 {
				r := []rune(ws[1])
				r[0] = unicode.ToUpper(r[0])
				ws[1] = string(r)
			}
			sents[k] = strings.Join(append(ws[:i:i], ws[i+1:]...), " ")
			return
		}
		if strings.Contains(strings.ToLower(s), "sources") {
			return
		}
	}
}
