package story

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
)

// summaryCandidates returns the sentences a story summary may use, those
// of each member's text (memberCandidates), numbered by member.
func summaryCandidates(texts []*memberText) []candidate {
	var out []candidate
	for i, t := range texts {
		for _, c := range t.cands {
			c.member = i
			out = append(out, c)
		}
	}
	return out
}

// memberCandidates returns the sentences of one member a story summary may
// use: its own summary and the first sentences of its text, cleaned by
// analyze's summary cleaner (no tag lists, datelines or headline run into
// the lead), without fragments, run-ons, sentences that repeat the title and those
// that open with a word pointing back to the sentence before, start inside
// a quote (quoteTail) or go on from what their sayer said before
// (furtherSaid). lead is the
// member's textLead. rank
// counts the member's usable sentences, its summary's first.
func memberCandidates(m *Member, lead []string, member int) []candidate {
	var out []candidate
	title := wordSet(m.Article.Title)
	sents := analyze.Sentences(m.Analysis.Summary)
	sents = append(sents, lead...)
	at := map[string]int{} // a lead sentence, cleaned: its place in the lead, from 1
	for i, s := range lead {
		if c, ok := cleanSentence(s, m.Article.Title, m.source()); ok && at[c] == 0 {
			at[c] = i + 1
		}
	}
	seen := map[string]bool{}
	for _, s := range sents {
		s, ok := cleanSentence(s, m.Article.Title, m.source())
		if !ok {
			continue
		}
		ws := lang.Words(s)
		if len(ws) < minWords || len(ws) > maxWords || seen[s] {
			continue
		}
		terms := sentenceTerms(ws)
		if lang.LeansOnBefore(ws[0]) || within(terms, title) > 0.8 || opinion(ws) || speakerlessQuote(s) || quoteTail(s) || furtherSaid(s) || gluedQuote(s) || describesMedia(s) {
			continue
		}
		seen[s] = true
		c := candidate{text: s, terms: terms, member: member, rank: len(seen) - 1, pos: at[s],
			nameBack: analyze.NameBack(s, m.Analysis.NamedWhole)}
		if c.pos == 0 && placeBack(s) {
			c.meant = placesBefore(m, s)
		}
		out = append(out, c)
	}
	return out
}

// placesBefore returns the places below a country that the nearest
// sentence before s in m's text names (localPlaces): the place a sentence
// past the lead names by its kind ("the province") is that one. nil when
// s is not found in the text or no sentence before it names a place.
func placesBefore(m *Member, s string) []string {
	fs := strings.Fields(strings.TrimRight(s, "."))
	if len(fs) < 6 {
		return nil
	}
	mid := strings.Join(fs[len(fs)/2-3:len(fs)/2+3], " ")
	full := m.Analysis.Sentences
	if full == nil {
		full = analyze.Sentences(analyze.LeadText(m.Article.Text))
	}
	for j, f := range full {
		if !strings.Contains(strings.Join(strings.Fields(f), " "), mid) {
			continue
		}
		for k := j - 1; k >= 0; k-- {
			if ps := localPlaces(full[k]); len(ps) > 0 {
				return ps
			}
		}
		return nil
	}
	return nil
}

// cleanSentence is analyze's summary cleaner, with the headline also
// recognised without the source it ends with: a lead that starts with
// "Opposition minister among 12 dead in Syria car bomb" repeats the
// headline "... car bomb Rebels"; and an outlet's or section's name that
// opens the lead ("Regional NNA - The blast heard ...", source "nna") is
// cut as a headline's is.
func cleanSentence(s, title, source string) (string, bool) {
	s = stripOutletPrefix(afterCredit(s), source)
	c, ok := analyze.CleanSentence(s, title)
	if head, src := splitAttribution(strings.Join(strings.Fields(title), " ")); ok && c == s && src != "" {
		c, ok = analyze.CleanSentence(s, head)
	}
	return dropCutClause(dropSubheading(c)), ok
}

// cutPrepositions open the phrase after a cut clause's noun: "while
// clashes between the army and the militants".
var cutPrepositions = lang.PrepositionWords(lang.CutPrep)

// cutClauseVerbs are verbs a clause of fighting goes on with, in the forms a
// clause writes them, besides attackOutcomes and the words ending in -ed
// or -ing ("while clashes between the two sides rage on", "... continue").
var cutClauseVerbs = lang.HeadlineWords(lang.ClauseGoesOnVerb)

// dropCutClause drops a closing "while" clause that a cut left without its
// verb: "Troops pushed the militants back from most of the farms while
// clashes between the army and the militants." (the report's text ends
// there) reads as unfinished. The clause is a plural noun of fighting or
// of a group (pluralAttacks, analyze.CountedGroup), a preposition and its
// phrase, and no verb (cutClauseVerbs, attackOutcomes, -ed, -ing) to its end;
// what comes before it keeps six words at least.
func dropCutClause(s string) string {
	ws := strings.Fields(strings.TrimRight(s, "."))
	for i := len(ws) - 3; i >= 6; i-- {
		if ws[i] != "while" {
			continue
		}
		noun := strings.ToLower(ws[i+1])
		if !pluralAttacks[noun] && !analyze.CountedGroup(noun) || !cutPrepositions[ws[i+2]] {
			return s
		}
		for _, w := range ws[i+3:] {
			low := strings.ToLower(strings.Trim(w, ",;\"'"))
			base := strings.TrimSuffix(low, "s")
			if cutClauseVerbs[low] || attackOutcomes[low] || attackOutcomes[base] || strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "ing") {
				return s
			}
		}
		return strings.TrimRight(strings.Join(ws[:i], " "), ",;") + "."
	}
	return s
}

// subheadWords is the most words a paragraph's subheading has.
const subheadWords = 6

// dropSubheading drops a paragraph's subheading that a text stripped of
// its layout glued to the paragraph's first sentence: a report's paragraph
// headed "UN resumes aid deliveries" reads "UN resumes aid deliveries A
// clearly marked UN convoy was due ...", and one headed "Pressure mounts
// on Assad" reads "Pressure mounts on Assad Turkey remains committed to a
// ceasefire ...", where the reader cannot tell where the heading ends and
// the heading is no part of the report's sentence (issue 13). The
// sentence starts after the heading's words (subheading); else s.
func dropSubheading(s string) string {
	ws := strings.Fields(s)
	if k := subheading(ws); k > 0 {
		return strings.Join(ws[k:], " ")
	}
	return s
}

// subheading returns how many of the first words of ws are a subheading
// glued to the sentence after it, 0 when none. The heading opens with a
// capital that is no function word ("On Sunday ...") and holds at most
// subheadWords words without punctuation; the sentence after it opens
// either with a capitalised article ("A", "An", "The") after a word in
// lower case that takes no object (not "told The Associated Press", "in
// The Hague"), or with a name of one to three words and a verb of its own
// ("Turkey remains committed ...", "The army said ..."). Where the word
// before the break is capitalised, it could be the start of the name
// after it (a name "al-Shimale The New Arab's correspondent", a title
// "Rebel commander Abu Ahmed said"): the heading must then be a clause of
// its own, a verb followed by its preposition ("Pressure mounts on
// Assad"), and no adverbial that leads into the sentence ("Hours after the
// attack", "Speaking in Moscow", "Last week").
func subheading(ws []string) int {
	if len(ws) < 4 || !unicode.IsUpper([]rune(ws[0])[0]) || noAttribution(ws[0]) {
		return 0
	}
	if k := placeHeading(ws); k > 0 {
		return k
	}
	for k := 2; k <= min(subheadWords, len(ws)-3); k++ {
		prev := ws[k-1]
		if strings.ContainsAny(prev, ".,;:!?\"'()") || lang.IsStop(strings.ToLower(prev), lang.Reporting) {
			return 0 // the heading has no punctuation and no sayer
		}
		next := ws[k]
		if !unicode.IsUpper([]rune(next)[0]) {
			continue
		}
		article := next == "A" || next == "An" || next == "The"
		switch {
		case noAttribution(prev):
			continue // "in The Hague", "told The Associated Press"
		case article && strings.ToLower(prev) == prev:
		case strings.ToLower(prev) != prev && headingClause(ws[:k]) && (article || opensClause(ws[k:])):
		default:
			continue
		}
		return k
	}
	return 0
}

// placeHeading returns how many of the first words of ws are a place's
// name that heads a paragraph of a round-up by province, glued to the
// paragraph's first sentence: "Hama An army unit clashed with ...",
// "Deir Ezzor The air force hit ...", "Aleppo In the same context a
// woman was killed ...". The name is one to three words the gazetteer
// knows, none of them punctuated, and the word after it opens a sentence
// of its own (headingOpeners), which no sentence's subject is followed by;
// else 0.
func placeHeading(ws []string) int {
	for k := 1; k <= 3 && k+3 <= len(ws); k++ {
		if w := ws[k-1]; strings.ContainsAny(w, ".,;:!?\"'()") || !unicode.IsUpper([]rune(w)[0]) {
			return 0
		}
		if headingOpeners[ws[k]] {
			if _, ok := analyze.LookupPlace(strings.Join(ws[:k], " ")); ok {
				return k
			}
		}
	}
	return 0
}

// headingOpeners open a paragraph's first sentence after a place's name
// as its heading: an article, a preposition of time or place, a turn.
var headingOpeners = map[string]bool{"A": true, "An": true, "The": true, "In": true, "On": true, "At": true,
	"Meanwhile": true, "Later": true, "Earlier": true, "Elsewhere": true}

// headingClause reports whether ws, the words before a break, read as a
// heading's clause: a verb in lower case right before a preposition
// ("mounts on", "advance in") that is no person's title ("activists in")
// and no adverbial that leads into the sentence after it (a participle
// first, "Speaking in Moscow"; a time, "Hours after the attack").
func headingClause(ws []string) bool {
	if first := strings.ToLower(ws[0]); adverbialOpeners[first] ||
		(strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ed")) && lang.IsStop(strings.ToLower(ws[1]), lang.Function) {
		return false
	}
	verb := false
	for i, w := range ws {
		lw := strings.ToLower(w)
		if timeWords[lw] || lang.IsStop(lw, lang.Function) && !headingPrepositions[lw] {
			return false // "after the attack", "last week", "who": no heading's words
		}
		if _, day := lang.Weekday(lw); day || isMonthName(lw) {
			return false
		}
		if i >= 1 && i+2 < len(ws) && lw == w && headingPrepositions[strings.ToLower(ws[i+1])] && !roleNouns[lw] &&
			(strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "ed") || clauseVerbs[lw]) {
			verb = true
		}
	}
	return verb
}

// opensClause reports whether ws open a sentence with a name of one to
// three capitalised words and a verb of its own ("Turkey remains", "Idlib
// rebels said" is not: "rebels" is no verb of the list).
func opensClause(ws []string) bool {
	for m := 1; m <= 3 && m < len(ws); m++ {
		if w := ws[m-1]; !unicode.IsUpper([]rune(w)[0]) || noAttribution(w) || strings.ContainsAny(w, ".,;:!?\"()") {
			return false
		}
		if clauseVerbs[ws[m]] {
			return true
		}
	}
	return false
}

// isMonthName reports a month's name in lower case.
func isMonthName(w string) bool {
	_, ok := lang.Month(w)
	return ok
}

// headingPrepositions are the function words a subheading's clause holds
// ("Pressure mounts on Assad", "Rebels advance in Hama").
var headingPrepositions = lang.PrepositionWords(lang.HeadingPrep)

// clauseVerbs are verbs that follow a sentence's subject: a name followed
// by one of them opens a clause.
var clauseVerbs = lang.AuxiliaryWords(lang.SubjectVerb)

// adverbialOpeners open a sentence's adverbial, not a heading ("Earlier
// this week Russia said", "Meanwhile Iraq ...").
var adverbialOpeners = lang.JoinerWords(lang.AdverbialOpener)

// timeWords tell a time: a phrase holding one leads into its sentence.
var timeWords = lang.SpanWords(lang.TimeWord)

// roleNouns are who a report names before a person's name ("Local
// activists in Idlib Hadi al-Abdallah said"), no heading's verb.
var roleNouns = lang.ReportingWords(lang.RoleNoun)

// creditWords mark a photo or agency credit in parentheses.
var creditWords = lang.StemList(lang.CreditWord)

// afterCredit returns the sentence that follows a photo caption and its
// credit when the splitter left them glued together ("Smoke rises over
// Dael September 5 2016. (TRT World and Agencies) A fragile ceasefire
// ..."), else s.
func afterCredit(s string) string {
	i := strings.Index(s, ". (")
	if i < 0 {
		return s
	}
	j := strings.Index(s[i+3:], ") ")
	if j < 0 || j > 40 {
		return s
	}
	for _, w := range lang.Words(s[i+3 : i+3+j]) {
		if slices.Contains(creditWords, w) {
			return strings.TrimSpace(s[i+3+j+2:])
		}
	}
	return s
}

// opinion reports whether a sentence is the writer's judgement, not news:
// it passes a verdict (opinionWords) that no one is said to have given
// ("... displaying once again the barbarity of the Assad administration"
// of a column). A verdict quoted from someone ("the UN called the attack
// barbaric", "... Rycroft told the Council") is news of what was said.
func opinion(ws []string) bool {
	verdict := false
	for _, w := range ws {
		if saidWords[w] {
			return false
		}
		verdict = verdict || opinionWords[w]
	}
	return verdict
}

// commentary reports a title of a piece that discusses the news rather
// than reports it: a question ("Syria: have the chemical weapons gloves
// come off?") or a label such as "Analysis:" or "Opinion -" before it. Its
// lead frames ("As the international community tries to wrap its head
// around ...") where a report's tells who did what, where and when.
func commentary(title string) bool {
	t := strings.TrimSpace(title)
	if strings.HasSuffix(t, "?") {
		return true
	}
	label, _, ok := strings.Cut(t, ":")
	if !ok {
		label, _, ok = strings.Cut(t, " - ")
	}
	return ok && commentaryLabels[strings.ToLower(strings.TrimSpace(label))]
}

// commentaryLabels open the titles of commentary.
var commentaryLabels = lang.HeadlineWords(lang.CommentaryLabel)

// newsReports returns the members (and their texts) whose sentences a
// story's summary tells: the reports, not commentary, when there is a
// report; all of them when there is none.
func newsReports(ms []Member, texts []*memberText) ([]Member, []*memberText) {
	var om []Member
	var ot []*memberText
	for i := range ms {
		if !commentary(ms[i].Article.Title) {
			om, ot = append(om, ms[i]), append(ot, texts[i])
		}
	}
	if len(om) == 0 || len(om) == len(ms) {
		return ms, texts
	}
	return om, ot
}

// opinionWords are verdicts a report leaves to those it quotes.
var opinionWords = lang.HeadlineWords(lang.OpinionWord)

// saidWords attribute a sentence's words to someone.
var saidWords = lang.ReportingWords(lang.SaidWord)

// textLead returns the first n sentences of a text: those its analysis
// carries (news.Analysis.Sentences) when it does, else split from the
// text's start. Only a member read back from the store comes without them.
func textLead(text string, carried []string, n int) []string {
	s := carried
	if s == nil {
		s = analyze.Sentences(analyze.LeadText(text))
	}
	return s[:min(len(s), n)]
}

func sentenceTerms(ws []string) map[string]float32 {
	tc := make(map[string]float32, len(ws))
	for _, w := range ws {
		if t := term(w); t != "" {
			tc[t]++
		}
	}
	return tc
}

// repeats reports whether c says what a chosen sentence says: most of the
// words of the shorter are in the other, or c repeats its claim (see
// restates). A candidate's terms are the words of its text as wordSet has
// them, with their counts.
func repeats(c candidate, chosen []candidate) bool {
	for _, d := range chosen {
		if overlap(c.terms, d.terms) > redundant || restates(c, d) {
			return true
		}
	}
	return false
}

// sameToll reports whether c and d both state their reports' main toll
// and it is the same count: two reports of one story telling one toll
// ("An explosion at a mosque in Velm on Friday killed at least 25" and "A
// mosque blast in Velm has reportedly left 25 militants dead"), or a
// report's lead and its agency's retelling ("... claiming the lives of ten
// civilians"), tell one fact in other words, which share too few words
// for overlap or restates to see (tollOnce drops the later). A quoted
// statement that tells where, a place the other sentence does not name, is
// a voice of its own ("\"... at least 20 jihadists were killed in strikes
// on positions in Idlib province\" the monitor's chief said", after "...
// were killed in air strikes Sunday"), and stays; one that tells the same
// count and nothing of where ("Around 15 young men are martyred" the
// priest reported, after "at least 15 of the hostages have been shot")
// tells the fact twice. So do two that tell the same main count of the
// injured ("more than 80 others were injured" in the lead, "hospitals
// received more than 80 wounded" in a later sentence of the report), and
// a quote that gives only counts the other gives (quotedRecount).
func sameToll(c, d candidate) bool {
	if quotedRecount(c, d) || quotedRecount(d, c) {
		return true
	}
	if (c.toll == 0 || c.toll != d.toll) && (c.hurt == 0 || c.hurt != d.hurt) {
		return false
	}
	return !quotes(c.text) && !quotes(d.text) || !namesNewPlace(c.text, d.text) && !namesNewPlace(d.text, c.text)
}

// quotedRecount reports a quote c whose counts, two or more, the other
// sentence d all states and which names no place d does not: the
// governor's quoted "five people were killed in the attack and seven
// others injured" after "A missile strike near Homs killed five people and
// injured seven, the governor said" is his count told twice, whichever
// count is its report's main toll.
func quotedRecount(c, d candidate) bool {
	if !quotes(c.text) || namesNewPlace(c.text, d.text) {
		return false
	}
	nc, nd := countsOf(c.text), countsOf(d.text)
	if len(nc) < 2 {
		return false
	}
	for v := range nc {
		if !nd[v] {
			return false
		}
	}
	return true
}

// countsOf returns the numbers s writes in digits or as a cardinal word
// ("five", "59"), years and times of day aside as far as the words tell.
func countsOf(s string) map[int64]bool {
	out := map[int64]bool{}
	for _, w := range lang.Words(s) {
		w = strings.ToLower(strings.Trim(w, ",."))
		if v, ok := lang.Cardinal(w); ok {
			out[v] = true
		} else if lang.AllDigits(w) && len(w) < 4 {
			if v, err := strconv.ParseInt(w, 10, 64); err == nil {
				out[v] = true
			}
		}
	}
	return out
}

// namesNewPlace reports whether s names a place of the gazetteer below
// country level that other does not name.
func namesNewPlace(s, other string) bool {
	low := strings.ToLower(other)
	for _, p := range placeNames(s) {
		if e, ok := analyze.LookupPlace(p); ok && e.Kind != "country" && !strings.Contains(low, strings.ToLower(p)) {
			return true
		}
	}
	return false
}

// quotes reports a sentence that quotes someone: it holds a quotation
// mark (or the replacement character a broken encoding left for one).
func quotes(s string) bool {
	return strings.ContainsAny(s, "\"“”«»") || strings.ContainsRune(s, utf8.RuneError)
}

// Restating: a quote and its paraphrase ("... have 'tested positive for
// the nerve agent sarin or a sarin-like substance' the ambassador told the
// Council" and "British scientists concluded that sarin or a sarin-like
// substance was used ...") share fewer words than redundant asks, since
// each names its speaker, but the claim's words are the same, verbatim.
const (
	restateShare = 0.4 // of c's term weight (idf) found in the other
	restateClaim = 15  // idf weight of the lower-case words of a run both write
)

// restates reports whether c restates d's claim: much of c's weight is in
// d's words and the two write the same run of words whose words in lower
// case (not the names of speakers and places) weigh restateClaim.
func restates(c, d candidate) bool {
	var in, all float32
	for t := range c.terms {
		w := idf(t)
		all += w
		if _, ok := d.terms[t]; ok {
			in += w
		}
	}
	return all > 0 && in/all >= restateShare && sharedRun(c.text, d.text) >= restateClaim
}

// sharedRun is the weight of the heaviest run of words a and b both write
// (case aside): the idf of its words written in lower case in a.
func sharedRun(a, b string) float32 {
	wa, wb := runWords(a), runWords(b)
	prev := make([]float32, len(wb)+1)
	cur := make([]float32, len(wb)+1)
	var best float32
	for i := range wa {
		var w float32
		if r, _ := utf8.DecodeRuneInString(wa[i]); unicode.IsLower(r) {
			if t := term(strings.ToLower(wa[i])); t != "" {
				w = idf(t)
			}
		}
		for j := range wb {
			cur[j+1] = 0
			if strings.EqualFold(wa[i], wb[j]) {
				cur[j+1] = prev[j] + w
				best = max(best, cur[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// runWords are the words of s without the quotes and marks around them.
func runWords(s string) []string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.Trim(w, "\"'“”‘’(),.;:")
	}
	return ws
}

func wordSet(s string) map[string]bool { return wordSetOf(lang.Words(s)) }

func wordSetOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		if t := term(w); t != "" {
			m[t] = true
		}
	}
	return m
}

// within is the share of a's words found in b (its keys).
func within[A, B any](a map[string]A, b map[string]B) float64 {
	if len(a) == 0 {
		return 1
	}
	n := 0
	for w := range a {
		if _, ok := b[w]; ok {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// overlap is the share of the smaller set's words found in the other.
func overlap[V any](a, b map[string]V) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	return within(a, b)
}
