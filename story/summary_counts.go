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

// headlineToll is the killed count a story's headline states: the largest
// of its reports' main counts that the headline states, as digits or a
// word ("92 civilians", "Five medics": statesCount); 0 when it states none.
func headlineToll(headline string, ms []Member) int64 {
	var h int64
	for i := range ms {
		if k := ms[i].Analysis.Facts.Killed; k != nil && k.Value > h && (statesCount(headline, k.Value) || statesNumber(headline, k.Text, k.Value)) {
			h = k.Value
		}
	}
	return h
}

// leadWithHeadline opens a summary with a sentence that states the count
// its headline states (h), when its first sentence tells the story from a
// report that gives a smaller toll ("At least 25 civilians were killed"
// under a headline of 92; "killed dozens" under 1,300): the reader meets
// the story where its headline puts it, and the earlier count after. The
// first chosen sentence that states h as its report's main count and tells
// the event (no reaction, no person's relayed statement, nothing that
// leans on a sentence before it) goes first; else the best such
// candidate, in place of the last when the summary is full. A talks story
// is left alone: its statements are its news.
func leadWithHeadline(chosen, cands []candidate, ms []Member, h int64, primary news.Category) []candidate {
	if primary == news.Talks || h == 0 || len(chosen) == 0 {
		return chosen
	}
	carries := func(c candidate) bool {
		return slices.Contains(statedKilled(c, ms), h) &&
			!lang.ReactionOpening(c.text) && !personQuote(c.text) && !analyze.LeansBack(c.text)
	}
	if carries(chosen[0]) || !behind(chosen[0], ms, h) {
		return chosen
	}
	if i := slices.IndexFunc(chosen, carries); i > 0 {
		return append(append([]candidate{chosen[i]}, chosen[:i]...), chosen[i+1:]...)
	}
	// A candidate that says what a chosen sentence behind says, with the
	// headline's count ("... an attack that killed 1,300" beside "...
	// an attack that killed dozens"), takes that sentence's place.
	ahead := slices.DeleteFunc(slices.Clone(chosen), func(c candidate) bool { return behind(c, ms, h) })
	best := -1
	for i, c := range cands {
		if carries(c) && !repeats(c, ahead) && (best < 0 || c.score > cands[best].score) {
			best = i
		}
	}
	if best < 0 {
		return chosen
	}
	kept := slices.DeleteFunc(slices.Clone(chosen), func(c candidate) bool { return repeats(cands[best], []candidate{c}) })
	return putFirst(kept, cands, best)
}

// behind reports a sentence of a report whose main killed count is below
// the headline's h (not within a tenth of it), or that tells the toll as
// an amount h outgrew ("dozens").
func behind(c candidate, ms []Member, h int64) bool {
	if c.member < 0 || c.member >= len(ms) {
		return false
	}
	f := &ms[c.member].Analysis.Facts
	k := f.Killed
	return k != nil && k.Value > 0 && k.Value < h && !nearLined(k.Value, map[int64]bool{h: true}) ||
		farOutgrown(c.text, *f, h, false)
}

// farOutgrown is amountOutgrown for an amount whose least reading is a
// tenth of h or less ("dozens" beside 1,300): one of the count's order
// ("tens" beside 70, "hundreds" beside 1,300) tells the same toll in round
// words.
func farOutgrown(sent string, f news.Facts, h int64, told bool) bool {
	return amountOutgrown(sent, f, h/10+1, told)
}

// agreeingCounts keeps a summary's later sentences from telling its toll
// otherwise than its first does with no word of who says so: a sentence
// that states a killed count of the main event (its report's main count or
// another source's) far from every count the first sentence states and the
// headline's (h), and names no source ("said", "reported", "according
// to", "claimed": namesSource), reads as a second toll beside the first
// ("Five medics were killed ... Four staff were killed ..."); so does one
// telling the toll as an amount the first's count outgrew ("killed
// dozens" after 1,300), whoever gives it. Such a sentence is replaced by
// the best candidate that states a count agreeing with the first's, else
// left out (nor by one stating a count the figure lines do not show:
// unlinedCount). A differing count its sentence attributes stays: the
// figure lines weigh it.
func agreeingCounts(chosen, cands []candidate, ms []Member, h int64, lined map[int64]bool) []candidate {
	if len(chosen) < 2 {
		return chosen
	}
	first := statedKilled(chosen[0], ms)
	if h > 0 {
		first = append(first, h)
	}
	if len(first) == 0 {
		return chosen
	}
	agreed := map[int64]bool{}
	for _, v := range first {
		agreed[v] = true
	}
	top := slices.Max(first)
	conflicts := func(c candidate) bool {
		if c.text == chosen[0].text || c.member < 0 || c.member >= len(ms) {
			return false
		}
		if farOutgrown(c.text, ms[c.member].Analysis.Facts, top, true) {
			return true
		}
		for _, v := range statedKilled(c, ms) {
			if !nearLined(v, agreed) && !namesSource(c.text) {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(chosen, conflicts) {
		return chosen
	}
	reacts := map[int]bool{} // reports that lead with a reaction: their sentences are others' words
	for _, c := range cands {
		if c.rank == 0 && lang.ReactionOpening(c.text) {
			reacts[c.member] = true
		}
	}
	out := replaceFirst(chosen, cands, conflicts, func(n candidate) bool {
		return !conflicts(n) && !reacts[n.member] && !unlinedCount(n, ms, lined) && !slices.ContainsFunc(statedKilled(n, ms), func(v int64) bool { return !nearLined(v, agreed) }) &&
			!lang.ReactionOpening(n.text) && !personQuote(n.text) && !pointsBack(n) && n.score >= 0
	})
	if len(out) == 0 {
		return chosen[:1]
	}
	return out
}

// statedKilled returns the killed counts of the main event (main or
// another source's: not a part, not another event's, not one told as
// added to it: addedCount) that c's report's analysis found and c states.
func statedKilled(c candidate, ms []Member) []int64 {
	var out []int64
	for _, g := range killedOf(c, ms) {
		if (g.Scope == news.ScopeMain || g.Scope == news.ScopeAlternative || g.Scope == "") &&
			statesNumber(c.text, g.Text, g.Value) && !addedCount(c.text, g.Text) && !slices.Contains(out, g.Value) {
			out = append(out, g.Value)
		}
	}
	return out
}

// addedWords before a count tell it as more on top of another: "Another 12
// were killed in the city".
var addedWords = lang.DeterminerWords(lang.AddedWord)

// addedCount reports a count (its words, text) that s tells as added to
// another ("Another 12 fighters were killed"), no rival of it.
func addedCount(s, text string) bool {
	if text == "" {
		return false
	}
	low := strings.ToLower(s)
	i := strings.Index(low, strings.ToLower(text))
	if i <= 0 {
		return false
	}
	ws := strings.Fields(low[:i])
	return len(ws) > 0 && addedWords[ws[len(ws)-1]]
}

// namesSource reports a sentence that says who gives what it tells: a verb
// of saying or reporting ("said", "told", "according to", "reported") or
// a claim ("claimed", "the claim by activists").
func namesSource(s string) bool {
	for _, w := range lang.Words(lang.Lower(s)) {
		if lang.IsStop(w, lang.Reporting|lang.Report) || strings.HasPrefix(w, "claim") {
			return true
		}
	}
	return false
}

// introduced keeps a later sentence that points back (pointsBack: "John
// Roe, a volunteer with the group, said ...", "The aim of these moves is
// ...", "... under the rubble, the group added") only right after the
// sentence of its report it points at, or, for a body, after any sentence
// that names it by its noun ("the observatory" after "the Syrian
// Observatory for Human Rights"): where the summary does not give it
// there, that sentence is brought in when the summary has room for it
// (summarySentences, summaryChars), else the sentence is left out. Second
// in a summary, "the group" reads as the group the first sentence told of,
// another report's perhaps. A road named by its kind or a sayer given as
// "the source" (pointsFurther) needs a sentence of the summary that gives
// them (furtherTold), right after its report's sentence before it too:
// "the road" may have been named paragraphs back. The first sentence is
// standAloneFirst's to settle.
func introduced(chosen, cands []candidate) []candidate {
	if len(chosen) < 2 {
		return chosen
	}
	size := summarySize(chosen)
	introduces := func(c candidate) func(candidate) bool {
		return func(o candidate) bool {
			return c.pos > 1 && o.member == c.member && o.pos == c.pos-1 && !pointsBack(o)
		}
	}
	out := chosen[:1:1]
	rest := slices.Clone(chosen[1:])
	brought := false // an introducing sentence came in: the rest fills what room is left
	for len(rest) > 0 {
		c := rest[0]
		rest = rest[1:]
		if brought && (len(out) >= summarySentences || summarySize(out)+len(c.text) > summaryChars) {
			continue
		}
		told := !leansOn(c) && analyze.BodyBack(c.text) == "" || namedBefore(c, out) || eventToldBefore(c, out) || placeToldBefore(c, out, cands)
		if (introduces(c)(out[len(out)-1]) || told) && furtherTold(c, out) {
			out = append(out, c)
			continue
		}
		toldBy := func(o candidate) bool { return furtherTold(c, append(slices.Clone(out), o)) }
		if j := slices.IndexFunc(rest, introduces(c)); j >= 0 && toldBy(rest[j]) { // chosen after it: it goes before
			out = append(out, rest[j], c)
			rest = slices.Delete(rest, j, j+1)
			continue
		}
		a := slices.IndexFunc(cands, introduces(c))
		if a >= 0 && len(out)+2+len(rest) <= summarySentences && size+len(cands[a].text) <= summaryChars &&
			!repeats(cands[a], chosen) && toldBy(cands[a]) {
			out = append(out, cands[a], c)
			size += len(cands[a].text) + 1
			continue
		}
		if a >= 0 && c.nameBack != "" && len(out)+2 <= summarySentences && summarySize(out)+len(cands[a].text)+len(c.text) <= summaryChars &&
			!repeats(cands[a], chosen) && toldBy(cands[a]) {
			// a sayer given by its short name: the sentence naming it
			// whole comes in, and takes the room of the sentences after
			out, brought = append(out, cands[a], c), true
			continue
		}
		size -= len(c.text) + 1 // left out
	}
	return out
}

// pointsBack reports a sentence that leans on an earlier one: by its
// opening (analyze.LeansBack) or by a body it names by a common noun
// (analyze.BodyBack).
// Past its report's first sentence, a sentence that counts parties named
// before (partiesBack) or names an event by a definite noun in a phrase
// (eventBack) points back too, as does one that names a route or its
// sayer as told before (pointsFurther: "on the road", "the source added").
func pointsBack(c candidate) bool {
	return leansOn(c) || analyze.BodyBack(c.text) != "" || pointsFurther(c)
}

// eventToldBefore reports a sentence whose only pointer is an event named by
// a definite noun (eventBack: "Among the dead in the blast ...") after a
// sentence of out that tells an event (tellsEvent).
func eventToldBefore(c candidate, out []candidate) bool {
	if c.nameBack != "" || analyze.LeansBack(c.text) || partiesBack(c.text) || analyze.BodyBack(c.text) != "" || eventBack(c.text) == "" {
		return false
	}
	return slices.ContainsFunc(out, func(o candidate) bool { return tellsEvent(o.text) })
}

// placeToldBefore reports a sentence whose only pointer is a place named
// by its kind (placeBack: "in the Sukari district of the city") after a
// sentence of out that names a place below a country ("in Aleppo city"),
// or the same kind ("the village" after "the village": one place to the
// reader, told as the first sentence tells it).
//
// When its own report names a place in a sentence before it (the nearest
// of its candidates, cands, that names one), that place is the one it
// means, and a sentence of out must name it: "aid to all parts of the
// province" of a report whose sentence before told of Aleppo is not told
// after a sentence of Daraa.
func placeToldBefore(c candidate, out, cands []candidate) bool {
	if !placeBack(c.text) || leansOnOther(c) || analyze.BodyBack(c.text) != "" {
		return false
	}
	if meant := meantPlaces(c, cands); len(meant) > 0 {
		if coarser(meant, placeKindOf(c.text)) {
			return false
		}
		return slices.ContainsFunc(out, func(o candidate) bool {
			return slices.ContainsFunc(localPlaces(o.text), func(p string) bool { return slices.Contains(meant, p) })
		})
	}
	kind := placeKindOf(c.text)
	return slices.ContainsFunc(out, func(o candidate) bool { return namesLocalPlace(o.text) || placeKindOf(o.text) == kind })
}

// finePointers are the kinds a sentence names a place by that lie within
// a city ("the district", "the neighbourhood") or are a village: a city,
// province or region named before is not the place they mean.
var finePointers = lang.PlaceWords(lang.FinePointer)

// coarser reports whether every place of meant is a city, province, region
// or country while kind, the kind a sentence names its place by, is finer
// (finePointers): "The regime's capture of the district ..." after a
// sentence of Aleppo points to a district its report named (in words the
// gazetteer does not know), not to Aleppo, and no sentence of Aleppo
// tells the reader which.
func coarser(meant []string, kind string) bool {
	if !finePointers[kind] {
		return false
	}
	for _, p := range meant {
		e, ok := analyze.LookupPlace(p)
		if !ok {
			return false
		}
		switch e.Kind {
		case "city", "governorate", "region", "country":
		default:
			return false
		}
	}
	return true
}

// meantPlaces returns the places below a country that the nearest sentence
// before c in its report names (its meant, past the lead; else of cands:
// c's member, a smaller pos), nil when none is known.
func meantPlaces(c candidate, cands []candidate) []string {
	if c.meant != nil {
		return c.meant // past the lead: told by its report's text
	}
	best := 0
	var meant []string
	for _, o := range cands {
		if o.member != c.member || o.pos < 1 || o.pos >= c.pos || o.pos <= best {
			continue
		}
		if ps := localPlaces(o.text); len(ps) > 0 {
			best, meant = o.pos, ps
		}
	}
	return meant
}

// localPlaces returns the gazetteer's names of the places below a country
// a sentence names ("Aleppo city", "Daraa province").
func localPlaces(s string) []string {
	var out []string
	fs := strings.Fields(s)
	for i := range fs {
		if e, ok := placeAt(fs, i); ok && e.Kind != "country" && lang.Capitalised(strings.Trim(fs[i], "\"“”‘’'(")) && !slices.Contains(out, e.Name) {
			out = append(out, e.Name)
		}
	}
	return out
}

// namedBefore reports a sentence pointing back to a body by its noun
// ("according to the observatory") after a sentence of out that names it
// with that noun capitalised ("the Syrian Observatory for Human Rights
// says"), or giving its sayer by a short name (nameBack) after one that
// names the body whole; a demonstrative's sentence is never named so.
func namedBefore(c candidate, out []candidate) bool {
	if c.nameBack != "" {
		if !slices.ContainsFunc(out, func(o candidate) bool { return analyze.NamesWhole(o.text, c.nameBack) }) {
			return false
		}
		if !analyze.LeansBack(c.text) && !partiesBack(c.text) && analyze.BodyBack(c.text) == "" {
			return true // its short name was its only pointer
		}
	}
	noun := analyze.BodyBack(c.text)
	if noun == "" || analyze.LeansBack(c.text) && !strings.Contains(strings.ToLower(c.text), "the "+noun) {
		return false
	}
	for _, o := range out {
		for _, w := range strings.Fields(o.text) {
			w = strings.Trim(w, ",.'\"()")
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && strings.EqualFold(w, noun) {
				return true
			}
		}
	}
	return false
}

// withHeadlineCount makes the sentences a digest shows (ShownSentences)
// back the killed count its headline states (h, headlineToll): a headline
// "Army kills 28 militants" over a summary that tells the clash and no one
// killed reads as a count the item never gives (issue 13, text audit, two
// items of the fit half). When no shown sentence states h, the best
// candidate (cands) that states it as its report's count comes second
// (putSecond); else a sentence its report's analysis found the count in
// (killedOf: the main count's, then its other figures', past the lead a
// summary reads), the first
// sentence's report's before the others'. The sentence stands on its own
// or after the first (standsAfter), repeats not the first and tells the item's event
// (ownEvent). A quote mark its source opened and never closed
// (unclosedQuote: "\"At least 25 fighters were killed ... the army
// added.") is dropped. A talks story is left alone: its statements are its
// news.
func withHeadlineCount(chosen, cands []candidate, ms []Member, h int64, primary news.Category, headline string, tc *TextCache) []candidate {
	if primary == news.Talks || h == 0 || len(chosen) == 0 {
		return chosen
	}
	if slices.ContainsFunc(chosen[:min(len(chosen), ShownSentences)], func(c candidate) bool {
		return statesCount(c.text, h) || slices.Contains(statedKilled(c, ms), h)
	}) {
		return chosen
	}
	before := []string{headline, chosen[0].text}
	fits := func(c candidate) bool {
		return slices.Contains(statedKilled(c, ms), h) && !strings.ContainsAny(c.text, "\"“”") && !titleRunIn(c, ms) &&
			standsAfter(c, chosen[0]) && !repeats(c, chosen) && ownEvent(c, before, ms)
	}
	best := -1
	for i, c := range cands {
		if fits(c) && (best < 0 || c.score > cands[best].score) {
			best = i
		}
	}
	if best >= 0 {
		return putSecond(chosen, cands, cands[best])
	}
	for _, m := range membersFrom(chosen[0].member, len(ms)) {
		for _, k := range killedOf(candidate{member: m}, ms) {
			if k.Value != h || k.Sentence == "" {
				continue
			}
			if c := tc.evidence(unclosedQuote(k.Sentence), ms[m].Article.Title, ms[m].source()); c != nil {
				e := *c
				e.member = m
				if fits(e) {
					return putSecond(chosen, cands, e)
				}
			}
		}
	}
	return chosen
}

// unclosedQuote is s without the quote mark it opens with when that mark
// is its only one: a quote its source never closed, whose words read as
// the sayer's told ("\"At least 25 were killed in the attack the army
// added." is "At least 25 were killed in the attack the army added.").
func unclosedQuote(s string) string {
	if strings.HasPrefix(s, "\"") && strings.Count(s, "\"") == 1 && !strings.ContainsAny(s, "“”") {
		return strings.TrimSpace(s[1:])
	}
	return s
}

// standsAfter reports a sentence a summary may give second, after first:
// one that stands on its own (standsAlone), or one that follows first in
// its report's lead and points back only at what first tells ("The
// assault was repelled and 17 were killed the source said." after "...
// a military source said"), no person's relayed words nor a quote left
// open.
func standsAfter(c, first candidate) bool {
	if standsAlone(c) {
		return true
	}
	return c.pos > 1 && c.member == first.member && first.pos == c.pos-1 && !pointsBack(first) &&
		!personQuote(c.text) && !lang.ReactionOpening(c.text) && strings.Count(c.text, "\"")%2 == 0
}

// titleRunIn reports a sentence that is its report's title, or opens with
// it run into it, its punctuation lost ("35 Dead Dozens Wounded in Battle
// in Aleppo At least 29 fighters ..."): of its first words, as many as the
// title has (at least five), all but one at most are the title's. The
// analysis may find a count in the title alone: no sentence of a summary.
func titleRunIn(c candidate, ms []Member) bool {
	if c.member < 0 || c.member >= len(ms) {
		return false
	}
	title := lang.Words(ms[c.member].Article.Title)
	ws := lang.Words(c.text)
	if len(title) < 5 || len(ws) < 5 {
		return false
	}
	ws = ws[:min(len(ws), len(title))]
	in := map[string]bool{}
	for _, w := range title {
		in[strings.ToLower(w)] = true
	}
	n := 0
	for _, w := range ws {
		if in[strings.ToLower(w)] {
			n++
		}
	}
	return n >= len(ws)-1
}
