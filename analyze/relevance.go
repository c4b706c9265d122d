package analyze

import (
	"bufio"
	"cmp"
	_ "embed"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// The relevance gate decides, before any category, whether an article is
// about armed conflict, its diplomacy or its humanitarian consequences.
// General news feeds carry sport, business, disasters, health features and
// crime; read with the conflict lexicon, a match report "strikes" and a
// hurricane "kills". The gate first lets a topic of its own turn an
// article away when no armed word stands in its headline or lead, then
// asks for evidence of armed conflict: an armed word (an armed group,
// a weapon, an air strike, a ceasefire, peace talks) in the headline or
// lead; a war or refugees in the headline; words of violence, war,
// displacement or aid beside a conflict place of the gazetteer; or a text
// dense with armed words. Words that are armed only in a war's company
// ("attack", "killed", "conflict", "camp") never decide alone; neither
// does a headline's war that nothing in the text makes literal ("fare
// war"), nor one loose armed word ("terrorists", "missile", "truce") in
// an article with no violence, no war, no conflict place and no armed
// party. Soldiers searching for a storm's survivors are the disaster's, a
// team called the Rebels and the guards of the Olympics are sport's; troops,
// missiles and the army with no fighting, war or armed group anywhere,
// beside a contract, a test or a technology, are the defence business's; a
// market's or a company's report that names the market first and a war only
// as what moved its prices or its results ("oil rises on a rebel threat")
// is the market's (warAsMarketCause). A
// story of several hundred words that names a war only in passing — few of
// its armed and war words per thousand, or no place or side of a war at all
// — is another story's (warInPassing, passing.go). What
// it leaves in, the categories decide as before, and its relevance names
// the evidence that let it in. A learned classifier may
// replace it; the decision and its reason stay where they are
// (news.Analysis.Relevance).

//go:embed relevance.txt
var relevanceData string

// gate holds the phrase sets of relevance.txt by section, possessives
// taken off as gateWords takes them off the text's words.
var gate = parseGate(possessive.ReplaceAllString(relevanceData, "$1"))

// possessive is a word's possessive ending ("NBA's", "Cox’s").
var possessive = regexp.MustCompile(`(\w)(?:'s|’s)\b`)

// Limits of the gate, fitted on the fit half of testdata/gate: an article
// whose text has armedDensity armed words or more per thousand is about a
// conflict whatever else it is about.
const (
	armedDensity = 3.0
	gateTokens   = 1500 // tokens of the text counted for the density
	gateLead     = 3    // sentences that make the lead
)

// topicReasons are the topics checked by their own words, in order, with
// the reason each gives.
var topicReasons = []struct{ section, reason string }{
	{"business", news.NotBusiness}, {"disaster", news.NotDisaster},
	{"health", news.NotHealth}, {"climate", news.NotClimate},
}

// gateInput is what the gate reads of an article.
type gateInput struct {
	title, lead []string   // word tokens
	text        [][]string // the text's sentences' tokens, up to gateTokens
	// the heads of title, lead and text (headsOf), nil for tokens that
	// are not the doc's words
	titleHeads, leadHeads []*head
	textHeads             [][]*head
	textWords             int
	leadPlace             bool // a place of a conflict in the title or lead
	anyPlace              bool // a place of a conflict anywhere
	party                 bool // an armed group or army named
	group                 bool // an armed group named (not a state's army)
	// leadSide: an actor of one conflict of the gazetteer (its leaders,
	// government or armed groups: Zelensky, Abbas, the Tamil Tigers) in
	// the title or lead. Diplomacy beside one is that war's, as beside its
	// places: "Zelensky ready to meet Putin to discuss ending the war".
	leadSide bool
	// leadSides: the title and lead name two sides of one armed dispute
	// (gazetteer/disputes.tsv: India and Pakistan, Sinn Fein and the
	// British government, the Tamil Tigers and Colombo) and a parley cue
	// (a meeting, talks, a dialogue, a deal): that war's diplomacy, which
	// often names no place of it ("Musharraf looks forward to a dialogue
	// with Manmohan Singh").
	leadSides bool
	// leadDispute: the title or lead names the disputed land or the peace
	// process of one armed dispute of the article's year
	// (gazetteer/disputes.tsv). A side alone is not enough: a war's
	// leaders hold talks on trade and state visits too.
	leadDispute bool
	// leadTalks: a sentence of the title or lead holds the classifier's
	// own decisive talks (a lexicon weight of strongTalks or more, no
	// other business's talks): "a historic agreement", "a peace deal";
	// read only where leadDispute is.
	leadTalks bool
	// titleText and leadSents: the title and the lead's sentences as
	// written, for the readers that must see quotation marks (homeFront)
	titleText string
	leadSents []sentence
	// leadFrom: the lead's first sentence in text (past a page's furniture)
	leadFrom int
	// year: the article's year (0 when it is not known)
	year int
	// nearPlace: leadPlace, or for a page with no headline a place of a
	// conflict in its first proseReach sentences: the place a headline
	// would have named ("Syria: Shelter Monthly") that a report's body
	// names only below its first lines
	nearPlace bool
	// body: when the lead is a table's or a form's rows (tableLead), the
	// gate's input with the lead moved to the text's first sentences of
	// prose after it (bodyLead); nil otherwise
	body *gateInput
}

func newGateInput(d *doc, places, actors []news.Entity) gateInput {
	titleHeads, heads := d.wordHeads()
	var in gateInput
	in.title, in.titleHeads = gateWordsHeads(d.titleWords, titleHeads)
	n := 0 // the lead's words: the first of d.words, read where they are
	for _, s := range d.sents[:min(gateLead, len(d.sents))] {
		n += len(s.words)
	}
	skip := furnitureLead(d)
	if skip > 0 {
		// a page's furniture stands before its lead: the lead is the
		// gateLead sentences after it
		start := 0
		for _, s := range d.sents[:skip] {
			start += len(s.words)
		}
		n = start
		for _, s := range d.sents[skip:min(skip+gateLead, len(d.sents))] {
			n += len(s.words)
		}
		in.lead, in.leadHeads = gateWordsHeads(d.words[start:n:n], heads[start:n:n])
		in.leadSents = d.sents[skip:min(skip+gateLead, len(d.sents))]
		in.leadFrom = skip
	} else {
		in.lead, in.leadHeads = gateWordsHeads(d.words[:n:n], heads[:n:n])
		in.leadSents = d.sents[:min(gateLead, len(d.sents))]
	}
	in.titleText = d.title
	in.year = d.year
	// made once, not grown: room for the sentences that hold gateTokens
	// words at ten a sentence (a long article's are not all read)
	// words, in the doc's arena (the gate reads them in the analysis only)
	room := min(len(d.sents), gateTokens/10)
	in.text, in.textHeads = d.arena.gateText.take(room), d.arena.gateHeads.take(room)
	for i, s := range d.sents {
		if in.textWords < gateTokens {
			ws, hs := gateWordsHeads(s.words, d.sentHeads(i))
			in.text = append(in.text, ws)
			in.textHeads = append(in.textHeads, hs)
			in.textWords += len(ws)
		}
	}
	d.arena.gateText.keep(in.text)
	d.arena.gateHeads.keep(in.textHeads)
	for _, p := range places {
		if p.Conflict != "" {
			in.anyPlace = true
			in.leadPlace = in.leadPlace || p.Lead
		}
	}
	for _, a := range actors {
		if a.Kind == "armed_group" || a.Kind == "army" {
			in.party = true
		}
		in.group = in.group || a.Kind == "armed_group"
		in.leadSide = in.leadSide || a.Conflict != "" && a.Lead
	}
	in.leadSides, in.leadDispute = leadSidesParley(d)
	// read only where it can count (the gate's one use of it)
	in.leadTalks = in.leadDispute && leadTalksCue(d)
	if tableLead(in.leadSents) {
		if from := proseAfter(d, in.leadFrom+len(in.leadSents)); from > 0 {
			in.body = bodyLead(d, in, from)
		}
	}
	if skip > 0 && !in.leadPlace {
		// the places' lead is the text's first sentences; past a page's
		// furniture the gate's lead is further on, and a conflict place
		// there is the report's own
		in.leadPlace = conflictPlaceIn(d, skip, min(skip+gateLead, len(d.sents)))
	}
	in.nearPlace = in.leadPlace || len(in.title) == 0 && conflictPlaceIn(d, 0, min(proseReach, len(d.sents)))
	if in.body != nil {
		in.body.nearPlace = in.nearPlace || in.body.leadPlace
	}
	return in
}

// tableLead reports whether the lead's sentences are all rows of a
// table, a form or a list of headings: none ends in a full stop, a question
// or an exclamation. An agency's factsheet or dashboard opens with its
// figures ("USD 5,029,104.45 USD 987,953.82", "HHs by population group 89%
// IDP") and tells its report in the first paragraph of prose below them.
func tableLead(sents []sentence) bool {
	if len(sents) == 0 {
		return false
	}
	for _, s := range sents {
		t := strings.TrimRight(strings.TrimSpace(s.text), "*_")
		if strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
			return false
		}
	}
	return true
}

// proseAfter is the index of the first sentence of prose in d from
// sentence i on, among the first bodyReach sentences: one of at least
// eight words that ends in a full stop. 0 when there is none.
func proseAfter(d *doc, i int) int {
	for ; i < min(bodyReach, len(d.sents)); i++ {
		t := strings.TrimSpace(d.sents[i].text)
		if len(d.sents[i].words) >= 8 && strings.HasSuffix(t, ".") {
			return i
		}
	}
	return 0
}

// proseReach is how many of the first sentences of a page with no
// headline are read for the place a headline would name (nearPlace).
const proseReach = 6

// bodyReach is how far into a text (in sentences) the gate looks for the
// prose below a table's lead.
const bodyReach = 24

// bodyLead is in with its lead moved to the gateLead sentences of d from
// sentence from on (the first prose below a table's lead), and the
// conflict place of that lead found again.
func bodyLead(d *doc, in gateInput, from int) *gateInput {
	_, heads := d.wordHeads()
	b := in
	b.body = nil
	end := min(from+gateLead, len(d.sents))
	start := d.sents[from].at
	n := d.sents[end-1].at + len(d.sents[end-1].words)
	b.lead, b.leadHeads = gateWordsHeads(d.words[start:n:n], heads[start:n:n])
	b.leadSents = d.sents[from:end]
	b.leadFrom = from
	b.leadPlace = conflictPlaceIn(d, from, end)
	return &b
}

// conflictPlaceIn reports whether the sentences from..end-1 of d name a
// place of a conflict of the gazetteer.
func conflictPlaceIn(d *doc, from, end int) bool {
	found := false
	for i := from; i < end; i++ {
		gaz.matchHeads(d.sents[i].words, d.sentHeads(i), d.sents[i].text, func(id int) {
			e := gaz.entries[id]
			found = found || e.place && e.Conflict != ""
		})
	}
	return found
}

// furnitureLead is how many of the first sentences of d are a web page's
// furniture rather than its report: ReliefWeb's page as a reader saves it
// opens with the countries ("Nigeria + 1 more"), the report's title, its
// format ("Situation Report", "Originally published", "View original") and
// the site's own lines ("Skip to main content", "Informing humanitarians
// worldwide 24/7"), before its first sentence. The gate's lead is the
// sentences after them (with the title line, which a page with no headline
// holds there); 0 when d opens with no furniture.
func furnitureLead(d *doc) int {
	skip, seen := 0, false
	header := true // no sentence of the report yet: a PDF's heading lines
	for i, s := range d.sents {
		if i >= 8 {
			break
		}
		if pageFurniture(s.text) || header && pdfFurniture(strings.TrimSpace(s.text)) {
			skip, seen = i+1, true
		} else {
			header = header && headingLine(strings.TrimSpace(s.text))
		}
	}
	if skip >= len(d.sents) {
		return 0 // nothing follows: a closing line ("LIVE updates"), not a page's front
	}
	if !seen {
		return 0
	}
	return skip
}

// pageFurniture reports whether a sentence is a line of a web page's
// furniture (furnitureLead).
func pageFurniture(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 80 {
		return false // a sentence of the report
	}
	if strings.HasSuffix(s, " more") {
		return morePlaces.MatchString(s)
	}
	for _, f := range furnitureLines {
		if strings.EqualFold(s, f) {
			return true
		}
	}
	return false
}

// headingLine reports whether s is a short line that ends in no full stop:
// a heading of a PDF's first page, not a sentence of its report.
func headingLine(s string) bool {
	return !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") && len(strings.Fields(s)) <= 12
}

// pdfFurniture reports whether a line opening an agency's document (the
// text of a PDF's first page), before any sentence of its report, is its
// furniture rather than its report: a
// page or file number, a page marker, a photo's credit, a date or a
// period alone ("1-31 July 2020"), or a heading that ends in no full stop
// and names the document's kind ("SOMALIA OPERATIONAL UPDATE", "Situation
// Report No. 12", "Humanitarian Bulletin Issue N°13 | October 2020"). Such lines are no
// headline and no lead: the report begins after them.
func pdfFurniture(s string) bool {
	if pdfMarkerLeads.mayOpen(s) && pdfMarker.MatchString(s) || pdfDatesLeads.mayOpen(s) && mayBeDateAlone(s) && pdfDates.MatchString(s) ||
		pdfColophonLeads.mayOpen(s) && pdfColophon.MatchString(s) {
		return true
	}
	return headingLine(s) && pdfKind.MatchString(s)
}

// pdfMarker: a number, a page's number or marker, a photo's credit.
var pdfMarker = regexp.MustCompile(`(?i)^(?:[\d\s|/.,:#*-]+|[*\s]*\[page \d+ (?:start|end)\][*\s]*|page\s*\|?\s*\d+(?:\s*(?:of|/)\s*\d+)?|\(?(?:photo|photograph|cover photo|credit)\b.*)$`)

// pdfDates: a date or a period alone ("21 - 27 April 2018", "1-31 July
// 2020", "June 2018", "As of 30 May 2021").
var pdfDates = regexp.MustCompile(`(?i)^(?:(?:as of|as at|from|period:?|reporting period:?|covering)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:[a-z]+\s*)?(?:[-–—]|to)\s*)?\d{0,2}(?:st|nd|rd|th)?\s*(?:` + lang.MonthPattern() + `)\.?,?\s*(?:\d{4})?\s*(?:[-–—]\s*\d{1,2}\s*[a-z]*\s*\d{0,4})?$`)

// mayBeDateAlone reports whether s may be a line pdfDates matches, by a
// test far cheaper than the expression (which reads most sentences whole,
// their first byte being one a date may begin with): a line of ASCII that
// holds more runs of letters than pdfDates has parts that write letters is
// none. (A line with a byte past ASCII is left to the expression: a dash,
// or a letter that (?i) folds to an ASCII one.)
func mayBeDateAlone(s string) bool {
	runs, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true
		}
		letter := c|0x20 >= 'a' && c|0x20 <= 'z'
		if letter && !in {
			if runs++; runs > pdfDateRuns {
				return false
			}
		}
		in = letter
	}
	return true
}

// pdfDateRuns is the most runs of letters a line pdfDates matches may
// hold: two of its opening ("reporting period", "as of"), three of a day
// and the start of a period ("st", a word, "to"), one of the day
// ("th"), the month's name, and one of the end of a period.
var pdfDateRuns = func() int {
	month := 0
	for _, name := range strings.Split(lang.MonthPattern(), "|") {
		month = max(month, len(strings.FieldsFunc(name, func(r rune) bool { return !(r|0x20 >= 'a' && r|0x20 <= 'z') })))
	}
	return 2 + 3 + 1 + month + 1
}()

// pdfColophon: the lines in which an agency's report says who produced it,
// what period it covers and when the next one comes ("This report is
// produced by OCHA in collaboration with humanitarian partners. It covers
// the period from 1 to 30 November. The next report will be issued in
// January."): the document's furniture, no sentence of its news (issue 14,
// h-agency).
var pdfColophon = regexp.MustCompile(`(?i)^(?:this (?:report|document|update|bulletin|product|sitrep|situation report) (?:is|was|has been) (?:produced|prepared|published|issued|compiled)\b.*|it covers (?:the period|the time|\d|from)\b.*|(?:the )?next (?:report|update|bulletin|issue|sitrep|situation report) (?:will|is expected to) be (?:issued|published|released|produced)\b.*)$`)

// The bytes a line pdfMarker, pdfDates or pdfColophon matches may begin with.
var (
	pdfMarkerLeads   = anchoredLeads(pdfMarker)
	pdfDatesLeads    = anchoredLeads(pdfDates)
	pdfColophonLeads = anchoredLeads(pdfColophon)
)

// pdfKind: a heading that names the document's kind (a situation report,
// an update, a bulletin, a factsheet, a snapshot, a brief, highlights).
var pdfKind = regexp.MustCompile(`(?i)\b(?:situation reports?|sitreps?|updates?|bulletins?|fact ?sheets?|snapshots?|briefs?|briefing notes?|highlights|dashboards?|overview|newsletters?|reports?)\b`)

// morePlaces is ReliefWeb's line of a report's countries: "Sudan + 1
// more", "Tanzania + 5 more".
var morePlaces = regexp.MustCompile(`^[\pL][\pL .,'’()-]{0,60} \+ \d{1,3} more$`)

// furnitureLines are the lines of a saved ReliefWeb page that hold no
// report: its format, its links, the site's motto and its fields' names.
var furnitureLines = []string{
	"skip to main content", "situation report", "originally published", "view original",
	"informing humanitarians worldwide 24/7 — a service provided by un ocha",
	"informing humanitarians worldwide 24/7 - a service provided by un ocha",
	"countries", "sources", "publication date", "format", "news and press release",
	"originally published view original", "situation report originally published",
	"situation report originally published view original",
}

// leadSidesParley reports whether the title and the lead of d (its first
// gateLead sentences) name two sides of one armed dispute of the article's
// year (disputeHits.sidesPair) and a parley cue of the lexicon, or name its
// peace process in a sentence that tells it moving (parleyOfPair).
//
// named reports whether they name the disputed land or the peace process
// of one such dispute (gateInput.leadDispute).
func leadSidesParley(d *doc) (sides, named bool) {
	titleHeads, _ := d.wordHeads()
	lead := d.sents[:min(gateLead, len(d.sents))]
	var h disputeHits
	h.scan(d.titleWords, titleHeads, d.title, d.year)
	for i := range lead {
		h.scan(lead[i].words, d.sentHeads(i), lead[i].text, d.year)
	}
	for _, x := range h.hit[:h.n] {
		named = named || x.place || x.process
	}
	return leadPairParley(d, &h, titleHeads, lead), named
}

// strongTalks is the lexicon weight of talks in one sentence that the gate
// reads as a war's diplomacy beside its disputed land or peace process
// (gateInput.leadTalks).
const strongTalks = 0.8

// leadTalksCue reports whether the title or a sentence of the lead of d
// holds talks of strongTalks or more in the classifier's lexicon, or one
// of its decisive readings (a release on terms, strife set out to be
// ended, a go-between sent to free captives), in a sentence that tells no
// other business's talks (trade talks, aid's agreements, an arms treaty's
// or a cause's envoy). A talks feared or near ("on the brink of a historic
// agreement") is still the war's diplomacy.
func leadTalksCue(d *doc) bool {
	titleHeads, _ := d.wordHeads()
	strong := func(ws []string, hs []*head) bool {
		var w weights
		var sp spans
		lex.matchHeads(ws, hs, &w, &sp)
		if w[fNotTalks] > 0 || aidBusiness(&w) || w[fTreaty]+w[fCauseEnvoy]+w[fUNTheme] > 0 {
			return false
		}
		// the decisive readings of newScoredIn count as they do there
		return w[fTalks] >= strongTalks ||
			w[fHypo] < 0.5 && (releaseOnTerms(&w, ws) || endsStrife(&w, &sp) || releaseMission(&w, ws, hs))
	}
	if len(d.titleWords) > 0 && strong(d.titleWords, titleHeads) {
		return true
	}
	for i := range d.sents[:min(gateLead, len(d.sents))] {
		if strong(d.sents[i].words, d.sentHeads(i)) {
			return true
		}
	}
	return false
}

// leadPairParley is leadSidesParley's reading of the pair h found.
func leadPairParley(d *doc, h *disputeHits, titleHeads []*head, lead []sentence) bool {
	if !h.pair() {
		return false
	}
	if h.sidesPair() {
		// the sides may stand in the title and the lead's sentences apart
		// ("Talks with Musharraf 'very good' ... Manmohan Singh"): a
		// parley cue in any of them
		parley := func(ws []string, hs []*head) bool {
			var w weights
			var sp spans
			lex.matchHeads(ws, hs, &w, &sp)
			return w[fParley] > 0 && w[fNotTalks] == 0
		}
		if parley(d.titleWords, titleHeads) {
			return true
		}
		for i := range lead {
			if parley(lead[i].words, d.sentHeads(i)) {
				return true
			}
		}
		return false
	}
	// a process named: a sentence must tell it moving
	moving := func(ws []string, hs []*head, text string) bool {
		var w weights
		var sp spans
		lex.matchHeads(ws, hs, &w, &sp)
		return w[fNotTalks] == 0 && parleyOfPair(&w, ws, hs, text, d.year) > 0
	}
	if moving(d.titleWords, titleHeads, d.title) {
		return true
	}
	for i := range lead {
		if moving(lead[i].words, d.sentHeads(i), lead[i].text) {
			return true
		}
	}
	return false
}

// gateWords returns ws with the possessive taken off each word ("NBA's
// Utah Jazz", "Microsoft's new browser"), so that the gate's phrases find
// a name whether or not it owns something; ws itself is left as it is.
func gateWords(ws []string) []string {
	var out []string
	for i, w := range ws {
		stem, ok := strings.CutSuffix(w, "'s")
		if !ok {
			stem, ok = strings.CutSuffix(w, "’s")
		}
		if !ok || stem == "" {
			continue
		}
		if out == nil {
			out = slices.Clone(ws)
		}
		out[i] = stem
	}
	if out == nil {
		return ws
	}
	return out
}

// gateWordsHeads is gateWords with the heads of the words it returns: hs
// when it returns ws itself, nil when it took a possessive off.
func gateWordsHeads(ws []string, hs []*head) ([]string, []*head) {
	out := gateWords(ws)
	if len(out) > 0 && &out[0] != &ws[0] {
		return out, nil
	}
	return out, hs
}

// relevance decides whether the article of in is about armed conflict:
// first what speaks for another topic (sport, business, disaster, health,
// climate, labour, crime, politics), then whether anything speaks for
// armed conflict at all (evidence). An article with neither is
// turned away as not_conflict; one let in carries the evidence that let it
// in as its detail.
func relevance(in gateInput) news.Relevance {
	return relevanceOf(in, countGate(in))
}

// relevanceOf is relevance with the gate's counts of in already made (the
// learned layer reads them too).
func relevanceOf(in gateInput, c gateCounts) news.Relevance {
	no := func(reason string, section string) news.Relevance {
		return news.Relevance{Reason: reason, Detail: gate[section].found(in.title, in.lead)}
	}
	if c.tl("sport") > 0 && (c.armedTL < 2 || c.teamName(in) || c.guardedGames(in)) {
		return no(news.NotSport, "sport")
	}
	for _, t := range topicReasons {
		if c.topicWins(t.section, in) {
			return no(t.reason, t.section)
		}
	}
	if t, ok := c.naturalReport(in); ok {
		return no(t.reason, t.section)
	}
	if c.armsAtPeace(in) {
		r := no(news.NotDefence, "defence")
		if r.Detail == "" {
			r.Detail = gate["business"].found(in.title, in.lead)
		}
		return r
	}
	if c.natureOrPast(in) {
		return no(news.NotNoConflict, "nature")
	}
	switch {
	case c.title[gateSections["labour"]] > 0 && c.armedTL == 0, c.workersStrike(in):
		return no(news.NotLabour, "labour")
	case c.tl("crime") > 0 && c.armedTL+min(c.forceTL, 1) <= 1 && !in.anyPlace && !in.party,
		c.crimeAtPeace(in):
		return no(news.NotCrime, "crime")
	case c.title[gateSections["politics"]] > 0 && c.armedTL == 0 && !in.leadPlace:
		return no(news.NotPolitics, "politics")
	case c.politicalCrisis(in):
		return no(news.NotPolitics, "polcrisis")
	case c.pastCommemorated(in):
		return news.Relevance{Reason: news.NotNoConflict, Detail: peaceNeeds["memory"].found(in.title, in.lead)}
	case c.pastOnTrial(in):
		return news.Relevance{Reason: news.NotNoConflict, Detail: peaceNeeds["trial"].found(in.title, in.lead)}
	case c.gangViolence(in):
		return news.Relevance{Reason: news.NotCrime, Detail: peaceNeeds["gangs"].found(in.title, in.lead)}
	case c.endedWarOnly(in):
		return news.Relevance{Reason: news.NotNoConflict, Detail: "a war told as ended years before"}
	case c.epidemicReport(in):
		return no(news.NotHealth, "health")
	case c.migrantsAbused(in):
		return news.Relevance{Reason: news.NotNoConflict, Detail: "migrants abused by traffickers"}
	case c.hazardOpening(in):
		return news.Relevance{Reason: news.NotDisaster, Detail: gate["disaster"].found(openingSentence(in), nil)}
	case c.hazardTold(in):
		return news.Relevance{Reason: news.NotDisaster, Detail: firstHazard(in)}
	case c.minesOfNoWar(in):
		return news.Relevance{Reason: news.NotNoConflict, Detail: peaceNeeds["mines"].found(in.title, in.lead)}
	case c.deathNotice(in):
		return news.Relevance{Reason: news.NotNoConflict, Detail: peaceNeeds["notice"].found(in.title, nil)}
	case c.asylumHost(in):
		return news.Relevance{Reason: news.NotPolitics, Detail: peaceNeeds["asylum"].found(in.title, nil)}
	case c.forcesAtPeace(in):
		return no(news.NotDefence, "military")
	case c.warAsMarketCause(in):
		return no(news.NotBusiness, "business")
	}
	ev := c.evidence(in)
	if ev == "" {
		if in.body != nil {
			// a table's lead told nothing: the prose below it is the
			// report's lead, read by the whole gate again
			if r := relevance(*in.body); r.Relevant {
				return r
			}
		}
		return news.Relevance{Reason: news.NotNoConflict}
	}
	if c.epidemicAid(in) {
		// let in by a war's place alone: the epidemic's and the aid's
		return no(news.NotHealth, "health")
	}
	if r, ok := c.warInPassing(in, ev); ok {
		return r
	}
	if c.homeFront(in) {
		// the war's evidence is a side and its attack named at home
		r := news.Relevance{Reason: news.NotPolitics, Detail: homeFronts["front"].found(in.title, in.lead)}
		if r.Detail == "" {
			r.Detail = gate["politics"].found(in.title, in.lead)
		}
		return r
	}
	return news.Relevance{Relevant: true, Detail: ev}
}

// gateCounts is how often each section of the gate occurs in an article's
// title, lead and text (idioms such as "time bomb" or "conflict of
// interest" count for none), and the density of armed words in the text.
type gateCounts struct {
	title, lead, text [maxSections]int
	armedTL, forceTL  int
	density           float64 // armed words per thousand words of the text
}

func countGate(in gateInput) gateCounts {
	c := gateCounts{title: gateAll.countsHeads(in.title, in.titleHeads), lead: gateAll.countsHeads(in.lead, in.leadHeads),
		text: gateAll.countsAll(in.text, in.textHeads)}
	c.armedTL, c.forceTL = c.tl("armed"), c.tl("force")
	c.density = 1000 * float64(c.text[gateSections["armed"]]) / float64(max(in.textWords, 1))
	return c
}

// otherTopic reports whether the title or lead names a topic of its own:
// sport, business, a disaster, health, the climate, labour, crime or
// politics.
func (c *gateCounts) otherTopic() bool {
	for _, s := range []string{"sport", "business", "disaster", "health", "climate", "labour", "crime", "politics"} {
		if c.tl(s) > 0 {
			return true
		}
	}
	return false
}

// naturalCause reports whether the title or lead names a disaster or the
// climate: what displaces people and calls for relief when no war does.
func (c *gateCounts) naturalCause() bool {
	return c.tl("disaster")+c.tl("climate") > 0
}

// tl is how often section occurs in the title and lead.
func (c *gateCounts) tl(section string) int {
	i := gateSections[section]
	return c.title[i] + c.lead[i]
}

// topicWins reports whether a topic of its own speaks for the article and
// no armed word does (nor a war in the headline): the topic is in the
// headline, or twice in a lead that names no conflict place or no
// violence. Refugees or the displaced in the headline keep a health or
// climate report in ("Severe malnutrition tops 11% in refugee camps"),
// not a disaster's: floods displace people too. Violence in the lead
// beside a conflict place, other than a disaster's dead and injured and
// the army of its relief (relevance.txt's [toll]), keeps a disaster's, an
// epidemic's or the climate's headline from deciding: "Gangs on prowl in
// storm-wracked Haiti ... gangs who attack food convoys"; gender-based
// violence (gbvIn) tells no such violence. A text dense
// with armed words keeps the topic from deciding, unless it is a
// disaster's report dense with one armed word (loneDisasterWord).
func (c *gateCounts) topicWins(section string, in gateInput) bool {
	leadPlace := in.leadPlace
	if c.title[gateSections["war"]] > 0 && !c.warAsCost(section, in) || c.armedTL > 0 && !c.disasterRelief(section, leadPlace) && !c.marketHeadline(section, in) && !c.armsTrade(section, in) {
		return false
	}
	if c.density >= armedDensity && c.armedTL == 0 && !c.loneDisasterWord(section, in) {
		return false
	}
	if c.title[gateSections["refugee"]] > 0 || (section != "disaster" && c.title[gateSections["crisis"]] > 0) {
		return false
	}
	if section != "business" && c.warRefugeesLead(in) {
		return false
	}
	if section != "business" && leadPlace && c.forceTL-gbvIn(in.title, in.lead) > c.tl("toll") {
		// a disaster's, an epidemic's or the climate's headline, a war's
		// lead; violence at home and gender-based violence a drought
		// brings ("increased risks of domestic violence") are no war's
		return false
	}
	warTL := c.forceTL + c.tl("war")
	return c.title[gateSections[section]] > 0 || (c.tl(section) >= 2 && (!leadPlace || warTL == 0 || section == "business" && c.tl(section) > warTL))
}

// naturalReport returns the topic of a report whose headline or lead names
// a disaster, an epidemic or the climate (the first of them in
// topicReasons' order) and nothing of war beside it: no war or clashes, no
// refugees, no civilians, no armed word but the soldiers,
// armed forces and peacekeepers of relief, no violence but the dead and
// injured, the army and forces a disaster's report names as well (and a
// storm that strikes, the explosions of an industrial disaster), no armed
// party anywhere and a text not dense with armed words but relief's (or
// a disaster's report dense with one armed word: loneDisasterWord). Such a report is its topic's wherever it happens: a flood
// that kills two in a place of a conflict, an earthquake whose survivors
// the armed forces evacuate, an epidemic of meningitis that kills a
// hundred ("Torrential rains in Kinshasa killed 39 people and left
// thousands homeless"). Refugees in the headline or lead keep the report
// in (most are a war's), and displaced people in the headline keep an
// epidemic's or the climate's report in, as in topicWins, not a disaster's;
// so does a humanitarian crisis or displacement in the lead of an
// epidemic's or a health service's report from a place of a conflict: an
// epidemic displaces no one, and the crisis is the war's ("the closure of
// the ports will aggravate the humanitarian crisis ... pregnant women need
// maternal care").
func (c *gateCounts) naturalReport(in gateInput) (t struct{ section, reason string }, ok bool) {
	if c.tl("war")+c.tl("refugee")+c.tl("wartoll") > 0 || in.party || c.reliefDensity(in) >= armedDensity && !c.loneDisasterWord("disaster", in) {
		return t, false
	}
	if c.armedTL > c.tl("relief") || c.forceTL > c.tl("toll") {
		return t, false
	}
	for _, t := range topicReasons[1:] {
		if c.tl(t.section) == 0 {
			continue
		}
		switch {
		case t.section == "disaster":
			return t, true
		case c.title[gateSections["crisis"]] > 0:
			return t, false
		case t.section == "health" && in.leadPlace && c.tl("crisis") > 0:
			return t, false
		}
		return t, true
	}
	return t, false
}

// loneDisasterWord reports whether the topic is a disaster's, named in the
// headline or lead, and the text's density of armed words is one armed
// word (loneArmedWord) with no armed party named: a short flood report
// that places a town "in the conflict-affected north-east" tells the
// flood, not the war. An epidemic's or a health service's report from a
// place of a conflict is another matter (the war made its crisis), and
// keeps the density.
func (c *gateCounts) loneDisasterWord(section string, in gateInput) bool {
	return section == "disaster" && c.tl("disaster") > 0 && c.loneArmedWord() && !in.party
}

// reliefDensity is the density of armed words in the text (per thousand
// words) leaving out those of a disaster's relief (relevance.txt's
// [relief]): the soldiers who search for survivors make no text dense with
// war.
func (c *gateCounts) reliefDensity(in gateInput) float64 {
	armed, relief := gateSections["armed"], gateSections["relief"]
	return 1000 * float64(c.text[armed]-c.text[relief]) / float64(max(in.textWords, 1))
}

// marketHeadline reports whether the headline is a market's or a
// company's and names nothing of war: no armed word, no violence, no war,
// no refugees or displacement. The armed words of its lead are then the
// business's — the oil that saboteurs' attacks in Iraq drive up, the
// fighter jets a defence maker sells, the troops a caterer feeds — and the
// war itself is news of its own.
func (c *gateCounts) marketHeadline(section string, in gateInput) bool {
	if section != "business" || c.title[gateSections["business"]] == 0 || c.talksHeadline(in) {
		return false
	}
	for _, s := range []string{"armed", "force", "refugee", "crisis"} {
		if c.title[gateSections[s]] > 0 {
			return false
		}
	}
	return true
}

// warAsMarketCause reports whether a market's or a company's report names
// a war only as what moved its prices or its results: two or more words of
// markets and companies in the headline and lead, the headline a
// market's (or naming nothing of war) and naming no war itself (a war that
// looms over a market in its headline is literal news of its own when
// troops mass in its lead: TestRelevanceGate), and the lead naming the market
// before any armed word, violence or war ("crude oil futures jumped as
// rebels vowed an all-out war", "a pretax loss ... after terrorist attacks
// in Europe"); no armed group, refugees, displacement or aid named there,
// no war's talks in the headline, and a text that names the market at
// least as often as arms. A report that tells the attack first ("Rebels
// blew up a pipeline ... and crude jumped") is the war's news, the
// market's move its aftermath.
func (c *gateCounts) warAsMarketCause(in gateInput) bool {
	b := gateSections["business"]
	if c.tl("business") < 2 || in.group || c.armedTL+c.forceTL+c.tl("war") == 0 ||
		c.tl("refugee")+c.tl("crisis")+c.tl("aid") > 0 || c.text[b] < c.text[gateSections["armed"]] || c.talksHeadline(in) {
		return false
	}
	if c.title[gateSections["war"]] > 0 || c.title[b] == 0 && c.title[gateSections["armed"]]+c.title[gateSections["force"]] > 0 {
		return false
	}
	market := gate["business"]
	for k := range in.lead {
		if market.at(in.lead, k) != nil {
			hs := in.leadHeads
			if hs != nil {
				hs = hs[:k]
			}
			n := gateAll.countsHeads(in.lead[:k], hs)
			return n[gateSections["armed"]]+n[gateSections["force"]]+n[gateSections["war"]] == 0
		}
	}
	return false
}

// talksHeadline reports whether the headline names talks (relevance.txt's
// [diplomacy] beyond the words business shares) and the headline or lead
// names a war, its sides or its settlement (an armed word such as "peace
// negotiations", a war, two sides named together, a side's adjective, a
// place of a conflict): "Syria and Israel to resume talks, investors
// cheer". The talks are then the news and the market's words its
// reaction, so the headline is no market's: a war's talks outrank the
// business words beside them. Trade talks name no war ("Steel firms resume
// trade talks") and stay the business's.
func (c *gateCounts) talksHeadline(in gateInput) bool {
	if c.title[gateSections["diplomacy"]] <= c.title[gateSections["loosediplomacy"]] {
		return false
	}
	return c.armedTL+c.tl("war")+c.tl("sides")+c.tl("sidename") > 0 || in.leadSides
}

// warAsCost reports whether a market's headline names a war only as a
// cost or a worry of the market ("Iraq war costs weigh on dollar"): the
// headline names a business, and nothing in the article is an armed word,
// violence, refugees or displacement.
func (c *gateCounts) warAsCost(section string, in gateInput) bool {
	if section != "business" || c.title[gateSections["business"]] == 0 || c.talksHeadline(in) {
		return false
	}
	for _, s := range []string{"armed", "force", "refugee", "crisis"} {
		if c.title[gateSections[s]]+c.text[gateSections[s]] > 0 {
			return false
		}
	}
	return true
}

// armsTrade reports whether the armed words of a business report's title
// and lead are all loose ones (missiles, fighter jets, terrorists:
// relevance.txt's [loose]) among words of markets and companies, with no
// violence, war or displacement, no place of a conflict and no armed
// party: the missiles are a maker's products, the terrorists a security
// firm's customers' worry ("Shares of missile makers rose as investors bet
// on profits from fighter jets").
func (c *gateCounts) armsTrade(section string, in gateInput) bool {
	return section == "business" && c.tl("business") >= 2 && c.armedTL == c.tl("loose") &&
		c.forceTL+c.tl("war")+c.tl("refugee")+c.tl("crisis") == 0 && !in.leadPlace && !in.party
}

// armsAtPeace reports whether the article is about armed forces and their
// arms outside any fighting: every armed word and word of violence in it
// is one of relevance.txt's [military] (troops, soldiers, the army,
// missiles, fighter jets), none of its arms hits anything ([impact]:
// missiles that struck a depot), it names no war, refugees or
// displacement and no armed group, and its headline or lead names the
// business of arms or a technology ([defence], or two words of
// [business]): a contract to feed troops in Iraq, a missile test, a satellite the military launches, body armour for
// soldiers. Such news reports no fighting, no halt in it, no talks and no
// civilians' plight, and it is not the war's news; an arms sale to a side
// at war is no different, unless the article tells of fighting too (then a
// word of violence or war keeps it in).
func (c *gateCounts) armsAtPeace(in gateInput) bool {
	if c.armedTL+c.forceTL == 0 || in.group || c.tl("defence") == 0 && c.tl("business") < 2 {
		return false
	}
	for _, s := range []string{"war", "refugee", "crisis", "impact"} {
		if c.title[gateSections[s]]+c.text[gateSections[s]] > 0 {
			return false
		}
	}
	if nonMilitary(in.title) > 0 {
		return false
	}
	for _, ws := range in.text {
		if nonMilitary(ws) > 0 {
			return false
		}
	}
	return true
}

// forcesAtPeace reports whether the headline and lead name the armed
// forces only as people and places of a service at peace: every armed word
// and word of violence of the title and lead is one of relevance.txt's
// [military] (a soldier, troops, the army), no side of a war is named by
// its name there ("soldiers charged with abusing Iraqi prisoners" are the
// war's), and the article names no war, refugees, displacement or strike
// on anything ([impact]), no place of a conflict and no armed party, and
// at most one other armed word or word of violence in all its text. A
// soldier home from a tour, a barracks' retired horse: the army is their
// setting, and no fighting is told. (A report of troops sent to a war
// names the war or its place; one of soldiers killed names violence.)
func (c *gateCounts) forcesAtPeace(in gateInput) bool {
	if c.armedTL == 0 || c.tl("sidename") > 0 || in.anyPlace || in.party || c.armsTalks() {
		return false
	}
	for _, s := range []string{"war", "refugee", "crisis", "impact", "wartoll"} {
		if c.title[gateSections[s]]+c.text[gateSections[s]] > 0 {
			return false
		}
	}
	if nonMilitary(in.title)+nonMilitary(in.lead) > 0 {
		return false
	}
	n := 0
	for _, ws := range in.text {
		if n += nonMilitary(ws); n > 1 {
			return false
		}
	}
	return true
}

// nonMilitary counts the armed words and words of violence of ws that are
// not one of relevance.txt's [military] (soldiers, troops, the army) and
// stand in no idiom (an idiom's words are no arms: "missile defense").
func nonMilitary(ws []string) int {
	armed, force, military, idiom := gate["armed"], gate["force"], gate["military"], gate["idiom"]
	n := 0
	for i := 0; i < len(ws); i++ {
		if p := idiom.at(ws, i); p != nil {
			i += p.match(ws[i:]) - 1
			continue
		}
		if (armed.at(ws, i) != nil || force.at(ws, i) != nil) && military.at(ws, i) == nil {
			n++
		}
	}
	return n
}

// natureOrPast reports whether the headline or lead is about the natural
// world, the distant past or a simulation (relevance.txt's [nature]:
// animals, cells, fossils, Roman legions, a bomb of the Second World War, a
// training simulation, a war game, a video game's players) and the article
// names no place of a conflict, no armed group, no refugees and no
// displacement: its wars, attacks and weapons are a figure or history
// ("Chimpanzees raid neighbouring groups and kill rival males", "T cells
// trained to attack tumours", "an unexploded World War II bomb defused", "a
// multiplayer simulation trains first responders to a terrorist attack").
//
// A ceasefire told in the headline or lead, in a sentence that names
// nothing of the natural world or the past, is a war's, whatever else the
// lead recalls ("Border ceasefire comes into effect as military chiefs meet
// ... near the ancient temple"): the ancient is then the setting, not the
// subject. (A truce alone may be the Olympics' ancient one.)
func (c *gateCounts) natureOrPast(in gateInput) bool {
	if c.tl("nature") > 0 && truceBesideNoNature(in) {
		return false
	}
	return c.tl("nature") > 0 && !in.anyPlace && !in.group && c.tl("refugee")+c.tl("crisis") == 0
}

// politicalCrisis reports whether the headline or lead names a state's
// political crisis (relevance.txt's [polcrisis]: a disputed election, a
// constitutional crisis) and nothing in the article is armed: no armed word,
// no violence, no war, no refugees or displacement, no armed party. Its
// mediators and envoys are a political crisis's, even in a country where
// the gazetteer knows a war ("Mediation efforts to end Ukraine crisis ...
// to mediate the political crisis").
//
// A headline that names the crisis (an agency's "Humanitarian Situation
// Report (Economic Crisis)") decides with less: the headline and lead name
// no armed word, no violence, no war and no refugees, and no armed party
// is named. The displaced and the aid of its report are the crisis's.
func (c *gateCounts) politicalCrisis(in gateInput) bool {
	if c.tl("polcrisis") == 0 || in.party {
		return false
	}
	headline := c.title[gateSections["polcrisis"]] > 0
	for _, s := range []string{"armed", "force", "war", "refugee", "crisis"} {
		if headline && s != "crisis" && c.title[gateSections[s]]+c.lead[gateSections[s]] > 0 {
			return false
		}
		if !headline && c.title[gateSections[s]]+c.text[gateSections[s]] > 0 {
			return false
		}
	}
	return true
}

// workersStrike reports whether the lead tells of a strike of workers: a
// word of relevance.txt's [labour] in the headline or lead, whose only words
// of violence are strikes ([strike]), with no war and no armed word but
// loose ones ([loose]: the "peace talks" of a union and its employers) where
// no place of a conflict and no armed party is named ("Strike hits ports and
// airport ... a general strike by public sector unions").
func (c *gateCounts) workersStrike(in gateInput) bool {
	if c.armedTL > 0 && (c.armedTL > c.tl("loose") || in.anyPlace || in.party) {
		return false
	}
	return c.tl("labour") > 0 && c.forceTL == c.tl("strike") && c.tl("war") == 0
}

// crimeAtPeace reports whether the headline and lead tell violence in a
// crime's words: two or more of relevance.txt's [crime] (police, charged,
// a trial, jailed, murder) beside a word of violence, and no armed word,
// no war, no refugees or displacement, no civilians and no side of a war
// by its name ("Iraqi prisoners", "Afghan detainees": a war's captives'
// trial is the war's) in them, no armed party anywhere and a text not
// dense with armed words. The shooting, stabbing or killing they tell is
// then a crime's, even where a place of a conflict is named or a name
// reads as one ("a boy charged with fatally shooting his father's fiancee ...
// Jordan Brown, now 17, was jailed"; "a holidaymaker found murdered in
// Turkey, police said"): a war's attack is told by its attackers
// (gunmen, militants, troops), its war or its armed group.
func (c *gateCounts) crimeAtPeace(in gateInput) bool {
	return c.tl("crime") >= 2 && c.forceTL > 0 && c.armedTL == 0 && !in.party && c.density < armedDensity &&
		c.tl("war")+c.tl("refugee")+c.tl("crisis")+c.tl("wartoll")+c.tl("sidename") == 0
}

// teamName reports whether the armed words of a sports report's title and
// lead are one word repeated, with no violence and no war beside it: a
// team's name ("the Rebels", "the Militia") said in the headline and again
// in the lead, where no place of a conflict is named.
func (c *gateCounts) teamName(in gateInput) bool {
	return c.forceTL+c.tl("war") == 0 && !in.leadPlace && gate["armed"].distinct(in.title, [][]string{in.lead}, 2) < 2
}

// guardedGames reports whether a sports report's armed words are those of
// guarding the games: at most one armed word besides the loose ones
// (terrorists, missiles: relevance.txt's [loose]), and no place of a
// conflict in the lead ("70,000 police and soldiers guard the Athens
// Olympics, with Patriot missiles on alert against terrorist attack").
// A missile on a stadium in a city at war stays war.
func (c *gateCounts) guardedGames(in gateInput) bool {
	return c.armedTL-c.tl("loose") < 2 && !in.leadPlace
}

// disasterRelief reports whether the armed words of the title and lead
// are soldiers or troops of a disaster's relief ("Philippine storm toll
// rises to 400 ... soldiers searching for survivors"): the topic is a
// disaster, named in the headline, and nothing else of war is there (no
// other armed word, no violence, no conflict place in the lead).
func (c *gateCounts) disasterRelief(section string, leadPlace bool) bool {
	return section == "disaster" && c.title[gateSections["disaster"]] > 0 && c.armedTL <= c.tl("relief") &&
		c.forceTL == 0 && !leadPlace
}

// evidence names what speaks for armed conflict, "" for nothing: an
// armed word in the title or lead, a war or refugees in the title;
// violence, war, refugees or diplomacy with a conflict place in the lead (diplomacy
// also beside the sides of a standing dispute named together, and beside a
// war's side named by its adjective or an actor of one conflict, its
// leaders, government or armed groups, when it is more than the words
// business shares: a solution, a conference, a delegation; never beside a
// market: OPEC's members negotiating a price), and the
// displaced or humanitarian work too when no disaster or climate explains
// them (a drought displaces and calls for relief); people displaced or
// fleeing where no disaster is named and the text has an armed word;
// violence with an armed party; a text dense with armed words in an
// article that names a place of a conflict or tells violence or war in its
// headline or lead (a ban on face veils whose suicide bombings, told past
// the lead, struck a country at no war, is the ban's news); or, in a
// report from a place of a conflict whose headline and lead name no other
// cause, people displaced by fighting in one sentence anywhere
// (displacedByWar).
//
// The name is kept as the relevance's detail: `bot analyze` says why an
// article was let in, as it says why one was turned away.
func (c *gateCounts) evidence(in gateInput) string {
	if c.inPassing(in) {
		return ""
	}
	switch {
	case c.armsTalks(), c.nuclearArms(in):
		return ""
	case c.armedTL > 0:
		return "armed word in the headline or lead"
	case c.title[gateSections["refugee"]] > 0 && (c.warSign(in) || c.title[gateSections["sidename"]] > 0):
		// refugees named by a war's side ("Syrian refugees", "Afghan
		// refugees") are that war's, with no place or armed word beside them
		return "refugees in the headline"
	case c.warRefugeesLead(in):
		return "refugees of a war in the lead"
	case len(in.title) == 0 && len(in.text) > 0 && refugeesOfSide(in.text[0], in.textHeads[0], c.warSign(in)):
		// an item with no headline (an events digest's line, a post) opens
		// with its headline's sentence: "A Syrian girl dies and other
		// refugees are missing after their boat sinks" (issue 14, h-open3)
		return "refugees in the headline"
	case c.title[gateSections["war"]] > 0 && !c.figurativeWar(in):
		return "war in the headline"
	case in.nearPlace && c.forceTL-c.gbvAlone(in)+c.tl("war")+c.tl("refugee") > 0 && !(c.forceTL <= gbvIn(in.title, in.lead) && c.tl("war") == listedWars(in, true) && c.peacetimeNeeds(in)):
		return "violence, war or refugees beside a conflict place"
	case c.forceTL > 0 && c.tl("war") > 0 && violentWar(in):
		return "war and violence in one sentence"
	case in.nearPlace && c.tl("crisis")+c.tl("aid") > 0 && !c.naturalCause() && !c.peacetimeNeeds(in) && !c.needsOfNoWar(in):
		return "displacement or aid beside a conflict place"
	case c.nuclearTalks():
		return ""
	case in.leadSides && c.tl("business") == 0:
		return "diplomacy between a war's sides"
	case c.tl("hostagetalks") > 0 && c.tl("business") == 0:
		// "New conditions for the release of hostages": captives' release
		// negotiated is a war's diplomacy where no place of it is named
		// (issue 14, h-talks3); the topics above (a robbery's hostages are
		// the crime's) have had their say.
		return "a captives' release negotiated"
	case (in.leadPlace || c.tl("sides") > 0) && c.tl("diplomacy") > 0 && c.tl("business") == 0,
		(in.leadSide || c.tl("sidename") > 0) && c.tl("diplomacy") > c.tl("loosediplomacy") && c.tl("business") == 0:
		return "diplomacy beside a conflict place"
	case in.leadDispute && in.leadTalks && c.tl("business")+c.tl("sport")+c.tl("nuclear") == 0:
		// "We stand on the brink of a historic agreement on Northern
		// Ireland": the classifier's decisive talks beside the disputed
		// land or the peace process of a standing dispute are its
		// diplomacy, though the gate's own diplomacy words and a side are
		// not there (issue 14, h-talks12). A side alone is not enough
		// (a war's leaders hold talks on trade), nor, on the fit halves,
		// was a place of a war (a road map for democracy in Myanmar, a
		// peace treaty problem datelined Moscow).
		return "a war's talks beside its disputed land or peace process"
	case c.tl("crisis")+c.tl("refugee") > 0 && c.text[gateSections["armed"]] > 0 && !c.naturalCause():
		return "displacement with an armed word"
	case in.party && c.forceTL+c.tl("war") > 0:
		return "violence or war with an armed party"
	case c.density >= armedDensity && !c.loneArmedWord() && (in.anyPlace || c.forceTL+c.tl("war") > 0) && !c.armsInPassing(in):
		return "a text dense with armed words"
	case sideAsDoer(in.title) || sideAsDoer(in.lead):
		return "a war's side as the doer of violence"
	case c.displacedByWar(in):
		return "people displaced by fighting"
	case c.aidHamperedByWar(in):
		return "aid hampered by fighting or insecurity"
	case warByAgeIn(in) && c.tl("business")+c.tl("sport")+c.tl("labour")+c.tl("crime") == 0:
		return "a war counted by its years"
	}
	return ""
}

// warByAgeIn reports whether the headline or a sentence of the lead tells
// a war by its age (warByAge).
func warByAgeIn(in gateInput) bool {
	if warByAge(in.title) {
		return true
	}
	for _, s := range in.leadSents {
		if warByAge(s.words) {
			return true
		}
	}
	return false
}

// warByAge reports a war told by its age in the sentence ws: a number of
// years or decades of fighting, war, conflict, bloodshed or an insurgency
// ("a retreat from four years of fighting", "after 20 years of civil
// war", "two decades of conflict in the region"). Agency and wire copy
// count a war's years where they name no place of it. A fight counted so
// is a war's only where the count ends the sentence or a place, a time or
// a clause follows it ("in", "since", "that", "and"); one with an object or
// an opponent after it is a court's, a company's, a campaign's or a
// patient's ("three years of fighting over the merger", "two years of
// fighting with the regulator", "ten years of fighting for equal pay",
// "seven years of fighting cancer", "five years of fighting in court").
func warByAge(ws []string) bool {
	for i := 1; i+2 < len(ws); i++ {
		if ws[i] != "years" && ws[i] != "decades" || ws[i+1] != "of" {
			continue
		}
		if _, ok := lang.Cardinal(ws[i-1]); !ok && !lang.AllDigits(ws[i-1]) {
			continue
		}
		j := i + 2
		switch ws[j] {
		case "civil", "armed", "bloody", "brutal", "ethnic", "sectarian", "guerrilla", "intermittent":
			j++
		}
		if j >= len(ws) {
			return false
		}
		switch ws[j] {
		case "fighting", "war", "warfare", "conflict", "bloodshed", "insurgency":
		default:
			continue
		}
		if j+1 == len(ws) {
			return true
		}
		switch ws[j+1] {
		case "in":
			if j+2 < len(ws) && ws[j+2] != "court" {
				return true
			}
		case "since", "that", "which", "and", "across", "along", "around", "near", "has", "have", "had":
			return true
		}
	}
	return false
}

// warRefugeesLead reports whether the lead names refugees as a war's or a
// persecution's (relevance.txt's [refugee] beside its [warsign]: the
// Rohingya and their camps, people who fled violence, insecurity): an
// agency's report of them is the war's humanitarian news, whatever of
// their needs (an epidemic in their camps, a fire, the monsoon) it tells.
//
// Violence, insecurity or persecution fled is a war's only where the
// article shows a war: a place of a conflict or an armed party named
// anywhere, or a people the lexicon knows as a persecution's refugees
// (a phrase of both [refugee] and [warsign]: the Rohingya). People who
// flee "violence, persecution and insecurity" from countries of no war
// flee gangs and crime (issue 14, h-agency2).
func (c *gateCounts) warRefugeesLead(in gateInput) bool {
	if c.lead[gateSections["refugee"]] == 0 || c.lead[gateSections["warsign"]] == 0 {
		return false
	}
	return in.anyPlace || in.party || persecutedPeople(in.lead)
}

// persecutedPeople reports whether ws names a people or a place that is a
// persecution's refugees by its name alone: a phrase of both [refugee] and
// [warsign] (the Rohingya, the camps of Cox's Bazar).
func persecutedPeople(ws []string) bool {
	refugee, sign := gate["refugee"], gate["warsign"]
	for i := range ws {
		if p := refugee.at(ws, i); p != nil && sign.at(ws, i) != nil {
			return true
		}
	}
	return false
}

// refugeesOfSide reports whether the sentence ws (heads hs) names refugees
// and a war's side or a sign of war (warSign): the headline's rule for an
// item whose first sentence stands in its headline's place. Refugees of a
// political or economic collapse the sentence names ([polcrisis]:
// Venezuela's exodus) are not a war's, whatever place hosts them.
func refugeesOfSide(ws []string, hs []*head, warSign bool) bool {
	n := gateAll.countsHeads(ws, hs)
	return n[gateSections["refugee"]] > 0 && n[gateSections["polcrisis"]] == 0 && (warSign || n[gateSections["sidename"]] > 0)
}

// displacedByWar reports whether a sentence anywhere in the text tells
// people displaced, fleeing or refugees beside the fighting that made them
// so (displaceCauses: fighting, hostilities, clashes, a conflict, military
// operations) and names no other cause and no condition, in an article that
// names a place of a conflict or an armed party and whose headline and lead
// name no disaster, epidemic or climate. An agency's situation report often
// opens with its food rations or its funding and tells only further down
// why its people are displaced ("Escalated fighting in two districts has
// led to new civilian displacement", "IDPs in Juba and Wau as a result of
// the recent hostilities"); a flood's or an epidemic's report that names a
// war in passing stays its topic's.
func (c *gateCounts) displacedByWar(in gateInput) bool {
	if !c.warPlaceReport(in) {
		return false
	}
	for _, ws := range in.text {
		if (displacedIn(ws) || gate["refugee"].count(ws) > 0) && warCauseIn(ws) && !causeAsLabel(ws) {
			return true
		}
	}
	return false
}

// causeAsLabel reports whether the war's cause in ws (displaceCauses'
// [cause]) is only a label of a group of people an agency counts, "conflict"
// right before the displaced it names ("conflict displaced people",
// "conflict-induced IDPs"), with no insecurity named: a beneficiary line
// that lists them beside other groups ("WFP further assisted 309,975
// seasonally food insecure people, 69,993 refugees from Pakistan, 26,593
// conflict displaced people and 20,419 returnees": rwp7-6ba297a1bd, a WFP
// country brief on COVID-19, floods, drought and nutrition, both readings
// not about war) tells who the programme serves, not that fighting displaced
// anyone. A war told as what displaced them ("those displaced by the
// on-going fighting", "clashes have led to a steady influx of refugees",
// "in response to the increased fighting ... newly displaced persons":
// rwp7-036daf7b51, rwp7-40016c0bc4, rwp7-e70313ab14, about war) is no
// label (issue 14, h-gate4).
func causeAsLabel(ws []string) bool {
	if insecurityIn(ws) {
		return false
	}
	label := false
	for i := 0; i < len(ws); i++ {
		p := displaceCauses["cause"].at(ws, i)
		if p == nil {
			continue
		}
		j := i + p.match(ws[i:])
		if !strings.HasPrefix(ws[i], "conflict") || j-i != 1 || !labelAfter(ws, j) || i > 0 && lang.IsDeterminer(ws[i-1]) {
			return false
		}
		label = true
		i = j - 1
	}
	return label
}

// labelAfter reports whether ws[j:] begins with the displaced as a group
// of people: "IDPs", or "displaced" before people ("displaced people",
// "displaced households"). "The conflict displaced 30,000 people" tells
// the displacement, and a determiner before "conflict" makes it the war's
// ("the conflict displaced people across the region").
func labelAfter(ws []string, j int) bool {
	if j >= len(ws) {
		return false
	}
	switch ws[j] {
	case "idps", "idp":
		return true
	case "displaced":
		return j+1 < len(ws) && labelledPeople.Has(ws[j+1])
	}
	return false
}

// labelledPeople are the nouns a group label stands before ("displaced
// people", "displaced households", "displaced children"): lexicon/people.tsv's
// population, count and demographic nouns.
var labelledPeople = lang.WordSetOf(lang.PeopleWords(lang.PopulationNoun | lang.CountNoun | lang.DemographicNoun))

//go:embed sidedoer.txt
var sideDoerData string

// sideDoers are the words sideAsDoer reads (sidedoer.txt).
var sideDoers = parseGate(sideDoerData)

// sideAsDoer reports whether ws names a side of a war by its adjective
// ([sidename]) right before what it does or fields as a party to the war
// (sidedoer.txt's [doer]: "tens of thousands escaping Israeli strikes",
// "Sudanese army shelling", "Yemeni troops advance"; or a power that
// fights in others' wars ([power]: Russian, Saudi-led) right before an
// attack ([act]: "Russian strikes pound the city"). The war is told by
// its side's act where no place of it and no armed word is named; a
// victim named by the adjective ("an Israeli killed") is not its act, and
// a strike of workers or a sport's topic has had its say before
// (relevanceOf).
func sideAsDoer(ws []string) bool {
	side, doer := gate["sidename"], sideDoers["doer"]
	for i := range ws {
		p := side.at(ws, i)
		if p == nil {
			continue
		}
		if j := i + p.match(ws[i:]); j < len(ws) && doer.at(ws, j) != nil && !strikesObject(ws, j) {
			return true
		}
	}
	power, act := sideDoers["power"], sideDoers["act"]
	for i := range ws {
		if p := power.at(ws, i); p != nil {
			if j := i + p.match(ws[i:]); j < len(ws) && act.at(ws, j) != nil && !strikesObject(ws, j) {
				return true
			}
		}
	}
	return false
}

// strikesObject reports a "strike" or "strikes" at ws[i] that is a verb
// with its object after it ("Russian strikes a deal", "Israeli strikes
// back", "Turkish strikes gold"): sidedoer.txt's [verb] after it.
func strikesObject(ws []string, i int) bool {
	return (ws[i] == "strike" || ws[i] == "strikes") && i+1 < len(ws) && sideDoers["verb"].at(ws, i+1) != nil
}

// warPlaceReport reports whether the article names a place of a conflict
// or an armed party and its headline and lead name no disaster, epidemic,
// climate or political crisis: a report whose sentences further down may
// tell the war's consequences (displacedByWar, aidHamperedByWar).
func (c *gateCounts) warPlaceReport(in gateInput) bool {
	if !in.anyPlace && !in.party {
		return false
	}
	for _, s := range []string{"disaster", "health", "climate", "polcrisis"} {
		if c.tl(s) > 0 {
			return false
		}
	}
	return true
}

// warCauseIn reports whether ws names the fighting or the insecurity
// (displaceCauses' [cause], insecurityIn) as what it tells happened, with
// no condition ([condition]: "could", "if") and no other cause (namesCause).
func warCauseIn(ws []string) bool {
	return (displaceCauses["cause"].count(ws) > 0 || insecurityIn(ws)) && displaceCauses["condition"].count(ws) == 0 && !namesCause(ws)
}

// aidHamperedByWar reports whether a sentence anywhere in the text tells
// the work of aid delayed, disrupted or suspended ([hamper] of
// displacement.txt) by the fighting or the insecurity that hampers it
// (warCauseIn), in a report from a place of a war (warPlaceReport), as
// displacedByWar reads the displaced. An agency's
// situation report often tells its rations county by county and only in
// passing that "insecurity delayed and disrupted distributions" or that
// "clashes suspended the convoys": attacks on aid and the war's hold on
// access are the war's humanitarian news (issue 14, h-agency2).
func (c *gateCounts) aidHamperedByWar(in gateInput) bool {
	if !c.warPlaceReport(in) {
		return false
	}
	for _, ws := range in.text {
		if displaceCauses["hamper"].count(ws) > 0 && warCauseIn(ws) {
			return true
		}
	}
	return false
}

// insecurityIn reports whether ws names insecurity other than food's or
// nutrition's ("Insecurity in the north-east continues to contribute to
// large-scale displacement", not "food insecurity among displaced people").
func insecurityIn(ws []string) bool {
	for i, w := range ws {
		if w == "insecurity" && (i == 0 || ws[i-1] != "food" && ws[i-1] != "nutrition" && ws[i-1] != "nutritional") {
			return true
		}
	}
	return false
}

//go:embed displacement.txt
var displaceData string

// displaceCauses are the words displacedByWar reads (displacement.txt):
// [cause] the fighting that displaces people, [condition] what makes a
// sentence's displacement a possibility ("a contingency plan for 50,000
// people if fighting displaces them").
var displaceCauses = parseGate(displaceData)

// peacetimeNeeds reports whether the needs, the aid or the refugees an
// article tells beside a place of a conflict are of another cause it names,
// and of no war: nothing in the text is armed, a war, a sign of one
// (insecurity, fleeing violence) or violence other than a disaster's toll
// ([toll]: the dead, the injured, an explosion) and the gender-based
// violence every agency's programmes answer, no armed party is named, and
// the text names an economic or political crisis, a disaster, the climate
// or an explosion. A country the gazetteer knows a war of has droughts,
// port blasts and economic crises too, and an agency's report of the aid
// it gives after them ("the Deyr rains began ... risk of flooding along the
// Juba and Shabelle", "UNICEF assisted 15,404 people with safe water after
// the explosion at the port") is the aid's, not a war's. Refugees in the
// headline or lead, or people displaced anywhere, are a war's unless the
// headline or lead itself names the other cause ("the economic crisis left
// 2.2 million Lebanese and 207,700 Palestinian refugees in need"): a
// refugees' report that mentions the climate, or a sitrep of the displaced
// that mentions a flood, stays the war's.
func (c *gateCounts) peacetimeNeeds(in gateInput) bool {
	if in.party {
		return false
	}
	listed := listedWars(in, false)
	for _, s := range []string{"armed", "war", "warsign"} {
		n := c.title[gateSections[s]] + c.text[gateSections[s]]
		if s == "war" {
			n -= listed
		}
		if n > 0 {
			return false
		}
	}
	force, toll := gateSections["force"], gateSections["toll"]
	if c.title[force]+c.text[force]-gbvIn(append([][]string{in.title}, in.text...)...) > c.title[toll]+c.text[toll] {
		return false
	}
	leadOnly := c.tl("refugee") > 0
	for _, ws := range in.text {
		leadOnly = leadOnly || displacedIn(ws) && !namesCause(ws)
	}
	for _, s := range []string{"polcrisis", "disaster", "climate"} {
		if c.tl(s) > 0 || !leadOnly && c.text[gateSections[s]] > 0 {
			return true
		}
	}
	for i, ws := range append([][]string{in.title, in.lead}, in.text...) {
		if (i < 2 || !leadOnly) && peaceNeeds["explosion"].count(ws) > 0 {
			return true
		}
	}
	return false
}

// pastCommemorated reports whether the headline or lead commemorates
// (peaceNeeds' [memory]: an anniversary, a memorial, victims remembered)
// a year at least pastYears before the article's own and names no year
// nearer it, and the article names no place of a conflict in its lead, no
// armed group and no refugees or displaced people: a genocide of 1995
// remembered, a massacre's victims buried decades on, are history, not a
// war's news. The anniversary of a war of today ("four years since the war
// began", "the 2013 crisis") is nearer than pastYears and stays.
func (c *gateCounts) pastCommemorated(in gateInput) bool {
	m := peaceNeeds["memory"]
	if in.year == 0 || in.leadPlace || in.group || m.count(in.title)+m.count(in.lead) == 0 || c.tl("refugee")+c.tl("crisis") > 0 {
		return false
	}
	return openingYearsBy(in, in.year-pastYears)
}

// pastOnTrial reports whether the headline or lead names a court, a trial
// or an inquiry (peaceNeeds' [trial]), names a year, and every year it
// names lies endedYears or more before the latest year of the article
// (its own, or the latest its text names): photos of a leader's hideout in
// 1996 shown at a terrorism trial, lawyers' claims over a battle of 2004
// that an inquiry dismissed, are a legal story about the past, not news of
// a war (round h-gate22; eval/cnndm, both readings not about war). A year
// of the present in the headline or lead keeps the article, as do refugees
// or displaced people there; an article with no year of its own and none
// later in its text than the lead's is left to the evidence.
func (c *gateCounts) pastOnTrial(in gateInput) bool {
	t := peaceNeeds["trial"]
	if t.count(in.title)+t.count(in.lead) == 0 || c.tl("refugee")+c.tl("crisis") > 0 {
		return false
	}
	latest := in.year
	for _, ws := range in.text {
		for _, w := range ws {
			if y, ok := lang.Year(w); ok && y > latest {
				latest = y
			}
		}
	}
	return openingYearsBy(in, latest-endedYears)
}

// openingYearsBy reports whether the headline and lead of in name a year
// and every year they name is last or earlier.
func openingYearsBy(in gateInput, last int) bool {
	named := false
	for _, ws := range [][]string{in.title, in.lead} {
		for _, w := range ws {
			y, ok := lang.Year(w)
			if !ok {
				continue
			}
			if y > last {
				return false
			}
			named = true
		}
	}
	return named
}

// pastYears is how many years before an article a commemorated year must
// lie to be history (pastCommemorated).
const pastYears = 15

// endedYears: a war told as ended this many years or more before the
// report is its background (endedWarOnly).
const endedYears = 5

// endedWarOnly reports whether every sentence of the text that names
// anything of a war (relevance.txt's [armed], [force], [war], [warsign],
// [refugee], [crisis]) tells that the war ended, in a year endedYears or
// more before the report's (the article's year, or the latest year its text
// names), and its headline names none of it and no armed group is named: a
// report on a yellow fever campaign "in a health system rebuilt after the
// civil war ended in 2002", on families moving into new homes "displaced
// during the civil war, which ended in 2009", tells today's epidemic or
// housing with an old war as its background (issue 14, h-gate4; the
// lead's class "an old war named as background"; GUIDE.md: a passing
// background mention earns no label). A war told as still going on
// anywhere in the text, or one that ended lately, keeps the report.
func (c *gateCounts) endedWarOnly(in gateInput) bool {
	if in.group {
		return false
	}
	secs := []string{"armed", "force", "war", "warsign", "refugee", "crisis"}
	for _, s := range secs {
		if c.title[gateSections[s]] > 0 {
			return false
		}
	}
	ref := in.year
	if ref == 0 {
		for _, ws := range in.text {
			ref = max(ref, latestYear(ws))
		}
	}
	ended := false
	for i, ws := range in.text {
		n := gateAll.countsHeads(ws, in.textHeads[i])
		war := 0
		for _, s := range secs {
			war += n[gateSections[s]]
		}
		if war == 0 {
			continue
		}
		y := endedIn(ws)
		if y == 0 || y > ref-endedYears {
			return false
		}
		ended = true
	}
	return ended
}

// endedIn returns the year a sentence tells something ended in, the first
// year within six words after "ended" or "the end of" ("the civil war, which
// ended in 2009", "since the end of the war in 2002"), or 0. A call "to end
// the war that began in 2011" tells no end.
func endedIn(ws []string) int {
	for i, w := range ws {
		if w != "ended" && (w != "end" || i == 0 || ws[i-1] != "the" || i+1 == len(ws) || ws[i+1] != "of") {
			continue
		}
		for _, v := range ws[i+1 : min(i+7, len(ws))] {
			if y, ok := lang.Year(v); ok {
				return y
			}
		}
	}
	return 0
}

// latestYear is the latest year ws names, or 0.
func latestYear(ws []string) int {
	y := 0
	for _, w := range ws {
		if v, ok := lang.Year(w); ok {
			y = max(y, v)
		}
	}
	return y
}

// gangViolence reports whether the headline or lead tells organised crime
// (peaceNeeds' [gangs]: gangs, cartels, homicides, extortion) and the
// article names nothing of war beside it: its only armed words in the
// headline and lead are loose ones (gunmen, armed men: relevance.txt's
// [loose]), none is elsewhere but those, it names no war, no refugees, no
// place of a conflict and no armed party. A country's murders and its
// cartels' shootings are its crime's news, not an armed conflict's, as
// the readers of the labels have it (rwp7: Central America's gangs).
func (c *gateCounts) gangViolence(in gateInput) bool {
	if in.anyPlace || in.party || peaceNeeds["gangs"].count(in.title)+peaceNeeds["gangs"].count(in.lead) == 0 {
		return false
	}
	armed, loose := gateSections["armed"], gateSections["loose"]
	for _, s := range []string{"war", "refugee", "warsign"} {
		if c.title[gateSections[s]]+c.text[gateSections[s]] > 0 {
			return false
		}
	}
	return c.title[armed]+c.text[armed] <= c.title[loose]+c.text[loose]
}

// epidemicReport reports whether the article is an epidemic's report
// told in a place of a war: its headline names an epidemic (relevance.txt's
// [health]: a disease, an outbreak, a vaccination) and nothing of war (no
// armed word, no violence, no war or its toll, no refugees or
// displacement), and its text names the epidemic at least epidemicShare
// times for each armed word, word of violence or of war. The war is then
// the report's setting or the obstacle to its response — insecurity that
// delays the vaccinators, attacks on treatment centres, clashes that
// halt the tracing of contacts — and the readers of the labels call such
// a report the epidemic's (GUIDE.md; WHO's Disease Outbreak News from
// North Kivu, Haiti or Yemen). An attack that is the news names its
// violence in the headline ("Gunmen attack Ebola clinic"), and a report of
// a people known as a persecution's refugees (the Rohingya: warRefugeesLead)
// stays theirs.
func (c *gateCounts) epidemicReport(in gateInput) bool {
	head, headN, displaced := in.title, c.title, false
	if len(head) == 0 {
		// a page the store gives with no headline: its first sentence of
		// prose stands for the headline, and since no headline tells
		// whether refugees or the displaced are the report's subject, the
		// text's refugees and displaced weigh with its war (h-gate23)
		head = openingSentence(in)
		headN, displaced = gateAll.counts(head), true
	}
	if headN[gateSections["health"]] == 0 || persecutedPeople(head) || persecutedPeople(in.lead) {
		return false
	}
	war := 0
	for _, s := range []string{"armed", "force", "war", "refugee", "crisis", "wartoll"} {
		if headN[gateSections[s]] > 0 {
			return false
		}
		if s == "armed" || s == "force" || s == "war" || displaced && (s == "refugee" || s == "crisis") {
			war += c.text[gateSections[s]]
		}
	}
	return c.text[gateSections["health"]] >= epidemicShare*war
}

// openingSentence returns the words of the lead's first sentence of prose
// (eight words or more ending in a full stop, as proseAfter has it), or
// nil: the sentence that stands for the headline of a page with none. A
// report's series heading or dateline ("Situation at a glance", "9 August
// 2018") tells not what the report is about; its first sentence does ("On
// 1 August 2018, the Ministry of Health ... declared a new outbreak of
// Ebola virus disease in North Kivu Province": issue 14, h-gate23).
func openingSentence(in gateInput) []string {
	for _, s := range in.leadSents {
		t := strings.TrimSpace(s.text)
		if len(s.words) >= 8 && strings.HasSuffix(t, ".") && s.index < len(in.text) {
			return in.text[s.index]
		}
	}
	return nil
}

// epidemicShare is how many words of the epidemic an epidemic's report
// names for each word of war (epidemicReport).
const epidemicShare = 2

// minesOfNoWar reports whether the headline or lead is about landmines and
// the remnants of wars (peaceNeeds' [mines]: the Mine Ban Convention, a
// campaign to clear them, a yearly count of their casualties) and the
// article names no war of its own: every armed word in it is one of
// [mines], it names no war but "remnants of war", no violence but a toll
// (casualties, the killed), no place of a conflict and no armed party.
// The readers of the labels call such a report the treaty's or the
// campaign's, not a war's (rw-dev); a mine that kills children in a
// village of a war's place stays the war's.
func (c *gateCounts) minesOfNoWar(in gateInput) bool {
	mines := peaceNeeds["mines"]
	if in.anyPlace || in.party || mines.count(in.title)+mines.count(in.lead) == 0 {
		return false
	}
	all := append([][]string{in.title}, in.text...)
	n, remnants := 0, 0
	for _, ws := range all {
		n += mines.count(ws)
		remnants += peaceNeeds["remnants"].count(ws)
	}
	armed, war, force, toll := gateSections["armed"], gateSections["war"], gateSections["force"], gateSections["toll"]
	return c.title[armed]+c.text[armed] <= n && c.title[war]+c.text[war] <= remnants &&
		c.title[force]+c.text[force] <= c.title[toll]+c.text[toll]
}

// needsOfNoWar reports whether the headline names needs of their own
// (peaceNeeds' [needs]: migrants, food security, its markets and prices;
// [nutrition]: malnutrition, in a text longer than its lead)
// and the text shows no war (noWarShown): IOM's returns of migrants
// stranded in a country at war, a food-security outlook or a market
// monitor of one, a nutrition survey, are its migration's, its food's and
// its children's news unless the text ties them to the war. A post of one
// or two sentences on a war's place ("Malnutrition among children in
// Tigray has doubled") has no text to show a war in, and is left to the
// plight it tells (h-open3). An item with no headline (a page whose store
// gives none) opens with its headline's sentence, as refugeesOfSide reads
// it: "Ending acute malnutrition requires everyone's commitment" (issue
// 14, h-gate2).
func (c *gateCounts) needsOfNoWar(in gateInput) bool {
	head := in.title
	if len(head) == 0 && len(in.text) > 0 {
		head = in.text[0]
	}
	needs := peaceNeeds["needs"].count(head) > 0 || len(in.text) > gateLead && peaceNeeds["nutrition"].count(head) > 0
	return needs && c.noWarShown(in)
}

// noWarShown reports whether an article from a place of a conflict shows
// no war at all: no armed word, no war but one listed among other causes
// (listedWars), no sign of one (insecurity, fleeing violence), no violence
// but gender-based violence, no refugees, no people displaced or fleeing,
// no blockade, siege or detainees (peaceNeeds' [plight]) and no armed party.
// Its aid is the needs it names: a food-security outlook, a nutrition
// bulletin, a market monitor, a water cluster's dashboard or migrants'
// returns from a country at war are news of a war's humanitarian
// consequences only where the text ties them to it, as the readers of the
// labels have it (GUIDE.md; rw-dev: a market monitor of Libya and a cholera
// assessment of Taiz that name no war are not about armed conflict).
func (c *gateCounts) noWarShown(in gateInput) bool {
	if in.party {
		return false
	}
	wars, signs := listedWithSigns(in)
	for _, s := range []string{"armed", "war", "warsign", "refugee"} {
		n := c.title[gateSections[s]] + c.text[gateSections[s]]
		switch s {
		case "war":
			n -= wars
		case "warsign":
			n -= signs
		}
		if n > 0 {
			return false
		}
	}
	force := gateSections["force"]
	all := append([][]string{in.title}, in.text...)
	if c.title[force]+c.text[force] > gbvIn(all...) {
		return false
	}
	for _, ws := range all {
		if displacedIn(ws) || peaceNeeds["plight"].count(ws) > 0 {
			return false
		}
	}
	return true
}

// listedWars counts the war words of the text's sentences that name a war
// only as one cause in a list of others: two or more of a disaster, the
// climate, an epidemic or an economic crisis beside it and no armed word,
// no violence and no sign of war ("the drivers of acute food insecurity
// include poor rainfall, flooding, locusts, the impacts of COVID-19, and
// conflict"). Such a report is its other causes', the war named as context
// (issue 14, h-agency: a food-security release from a country at war).
// With lead, only the lead's sentences are read.
func listedWars(in gateInput, lead bool) int {
	war := gateSections["war"]
	n := 0
	for i, ws := range in.text {
		if lead && (i < in.leadFrom || i >= in.leadFrom+gateLead) {
			continue
		}
		var hs []*head
		if i < len(in.textHeads) {
			hs = in.textHeads[i]
		}
		k := gateAll.countsHeads(ws, hs)
		if k[war] == 0 || k[gateSections["armed"]]+k[gateSections["force"]]+k[gateSections["warsign"]] > 0 {
			continue
		}
		if k[gateSections["disaster"]]+k[gateSections["climate"]]+k[gateSections["health"]]+k[gateSections["polcrisis"]] >= listedCauses {
			n += k[war]
		}
	}
	return n
}

// listedWithSigns is listedWars (over the whole text) where a war's sign
// listed with it counts as the war listed: "other contributing factors
// include ongoing conflict and insecurity, acute food insecurity in some
// provinces, and the consequences of climate change (flooding, drought)"
// names the conflict and its insecurity as one cause among others (issue
// 14, h-gate2: Chad's IPC malnutrition analysis). It returns the war words
// and the signs of war of such sentences; a sentence with an armed word or
// violence is no list.
func listedWithSigns(in gateInput) (wars, signs int) {
	war, sign := gateSections["war"], gateSections["warsign"]
	for i, ws := range in.text {
		var hs []*head
		if i < len(in.textHeads) {
			hs = in.textHeads[i]
		}
		k := gateAll.countsHeads(ws, hs)
		if k[war] == 0 || k[gateSections["armed"]]+k[gateSections["force"]] > 0 {
			continue
		}
		if k[gateSections["disaster"]]+k[gateSections["climate"]]+k[gateSections["health"]]+k[gateSections["polcrisis"]] >= listedCauses {
			wars += k[war]
			signs += k[sign]
		}
	}
	return wars, signs
}

// listedCauses is how many other causes a sentence names beside a war for
// listedWars to read the war as one cause among them.
const listedCauses = 2

//go:embed peacetime.txt
var peacetimeData string

// peaceNeeds are the words peacetimeNeeds, asylumHost and deathNotice read
// besides relevance.txt's (peacetime.txt): gender-based violence, refugees'
// asylum, the explosions of an accident, and a death of age or illness.
var peaceNeeds = parseGate(peacetimeData)

// deathNotice reports a headline that tells a death of age or illness
// (peaceNeeds' [notice]: "Former president dies aged 95", "Poet passes
// away") with no armed word, violence or war in the headline or lead: an
// obituary, whatever wars the life it tells saw (eval/open wikinews: a
// former leader's obituary read as violence from its history). A fighter
// who "dies aged 23 of wounds from an ambush" names the ambush.
func (c *gateCounts) deathNotice(in gateInput) bool {
	return peaceNeeds["notice"].count(in.title) > 0 && c.armedTL+c.forceTL+c.tl("war") == 0
}

// asylumHost reports whether the headline tells refugees' asylum in the
// country that hosts them (peaceNeeds' [asylum]: asylum seekers, their
// deportation) and neither the headline nor the lead names an armed word,
// violence, displacement or a sign of war: the host country's asylum
// business — a deportation suspended, an asylum seeker joining a town's
// fire brigade — whatever war they once fled, as the readers of the
// ReliefWeb labels have it (rw-dev: the refugees' reports from Belgium,
// Germany, Serbia and Greece are not about armed conflict). Asylum
// seekers "fleeing the fighting" or "shelled in the camp" stay the war's.
func (c *gateCounts) asylumHost(in gateInput) bool {
	if peaceNeeds["asylum"].count(in.title) == 0 || in.group {
		return false
	}
	return c.armedTL+c.forceTL+c.tl("crisis")+c.tl("warsign") == 0
}

// gbvIn is how often the sentences name gender-based violence (or
// violence at home): a word of [force] that tells no armed violence. In a
// sentence that names it, "violence" said again is the same violence
// ("Domestic violence is the most common form of violence reported to the
// centre").
func gbvIn(sents ...[]string) int {
	n := 0
	for _, ws := range sents {
		if peaceNeeds["gbv"].count(ws) == 0 {
			continue
		}
		for _, w := range ws {
			if w == "violence" {
				n++
			}
		}
	}
	return n
}

// gbvAlone is how often the headline and lead name gender-based violence
// (gbvIn) when it is the only violence the article tells: no word of
// [force] anywhere in it but gender-based violence and a disaster's toll
// ([toll]). A protection programme's report from a place of a war — the
// survivors of gender-based violence its centres counsel, the cases of
// domestic violence its hotline takes — tells the programme, not the war;
// violence told elsewhere in the text ("continued violent attacks on
// schools", "students abducted by armed groups": rwp7-d23605fa9b, an
// OCHA sitrep whose highlights count GBV incidents) keeps the lead's GBV
// a war's plight (issue 14, h-gate4).
func (c *gateCounts) gbvAlone(in gateInput) int {
	gbv := gbvIn(in.title, in.lead)
	if gbv == 0 {
		return 0
	}
	force, toll := gateSections["force"], gateSections["toll"]
	if c.title[force]+c.text[force]-gbvIn(append([][]string{in.title}, in.text...)...) > c.title[toll]+c.text[toll] {
		return 0
	}
	return gbv
}

// namesCause reports whether ws names a cause of need other than a war: an
// economic or political crisis, a disaster, the climate, an explosion ("the
// blast damaged 9,700 buildings, leading to 300,000 people being
// displaced").
func namesCause(ws []string) bool {
	n := gateAll.counts(ws)
	for _, s := range []string{"polcrisis", "disaster", "climate"} {
		if n[gateSections[s]] > 0 {
			return true
		}
	}
	return peaceNeeds["explosion"].count(ws) > 0
}

// displacedIn reports whether ws names people displaced or fleeing (a
// phrase of relevance.txt's [crisis] other than a humanitarian crisis or
// situation).
func displacedIn(ws []string) bool {
	for i := range ws {
		if p := gate["crisis"].at(ws, i); p != nil && p[0] != "humanitarian" {
			return true
		}
	}
	return false
}

// loneArmedWord reports whether the text's density of armed words is one
// armed word with less than two words of violence beside it: a passing
// mention past the lead of a short report (a budget that funds
// peacekeeping troops), however short the report. One armed word among
// attacks and strikes is still a war's text.
func (c *gateCounts) loneArmedWord() bool {
	return c.text[gateSections["armed"]] < 2 && c.text[gateSections["force"]] < 2
}

// nuclearTalks reports whether the headline or lead is diplomacy over a
// nuclear programme (relevance.txt's [nuclear]) with no violence and no
// war in them: negotiations with Iran over its uranium enrichment are no
// war's diplomacy though the gazetteer knows a war of Iran's. It is asked
// after the armed and violent evidence, so talks beside strikes on a
// reactor stay in.
func (c *gateCounts) nuclearTalks() bool {
	return c.tl("nuclear") > 0 && c.tl("diplomacy") > 0 && c.forceTL+c.tl("war") == 0
}

// armsTalks reports whether the headline or lead is nuclear or arms-control
// diplomacy ([nuclear], [diplomacy]) whose every armed word and word of
// violence is one of the arms it counts ([military]: missiles, nuclear
// forces), with no war: talks on curbing medium-range missiles count
// weapons, they fire none. Missiles that struck, or a war, keep it in.
func (c *gateCounts) armsTalks() bool {
	return c.tl("nuclear") > 0 && c.tl("diplomacy") > 0 && c.tl("war") == 0 && c.armedTL+c.forceTL <= c.tl("military")
}

// nuclearArms reports whether the headline or lead tells a nuclear
// programme's bomb (peacetime.txt's [nukes]: a nuclear or atomic bomb)
// and no violence but that bomb, with no war, no armed
// party and no armed word but loose ones ([loose]): "Iran could acquire a
// nuclear bomb ... more willing to aid terrorist groups", a censure over a
// programme said to seek an atomic bomb. A bomb sought or feared is a
// weapon, not a war's violence (issue 13, AG News 2004); a bomb that fell
// beside it, a war or an armed group keep the article in.
func (c *gateCounts) nuclearArms(in gateInput) bool {
	n := peaceNeeds["nukes"].count(in.title) + peaceNeeds["nukes"].count(in.lead)
	return n > 0 && c.tl("war") == 0 && !in.party && c.forceTL <= n && c.armedTL <= c.tl("loose")
}

// warSign reports whether anything in the article names a war beside its
// refugees: a place of a conflict, an armed party, or an armed word, a war
// or violence anywhere in the text, or a word that says a war or a
// persecution made them refugees (relevance.txt's [warsign]: the Rohingya,
// insecurity, fleeing violence). Refugees whose report names none of
// these are refugees of no war the article tells ("Refugees urged to
// return before their status ends", "Asylum seekers join a town's fire
// brigade"): their headline alone does not make the report one of armed
// conflict.
func (c *gateCounts) warSign(in gateInput) bool {
	if in.anyPlace || in.party {
		return true
	}
	for _, s := range []string{"armed", "force", "war", "warsign"} {
		if c.title[gateSections[s]]+c.text[gateSections[s]] > 0 {
			return true
		}
	}
	return false
}

// violentWar reports whether a sentence of the title or lead names both a
// war and violence ("the conflict in breakaway South Ossetia, where daily
// exchanges of gunfire threaten ..."), where no place of the gazetteer
// says which war: a merger "struck after 18 months of conflict" is none.
func violentWar(in gateInput) bool {
	force, war := gateSections["force"], gateSections["war"]
	for i, ws := range append([][]string{in.title}, in.text...) {
		if i > gateLead {
			break
		}
		if n := gateAll.counts(ws); n[force] > 0 && n[war] > 0 {
			return true
		}
	}
	return false
}

// inPassing reports whether the article's only sign of armed conflict is
// one loose armed word (relevance.txt's [loose]), however often repeated,
// with no violence, no war, no place of a conflict and no armed party
// anywhere, and either not in the headline or beside a topic of its own:
// terrorists named in passing or in a quotation ("she said the terrorists
// put it there"), a truce of two software makers. One such word in a
// short text would pass the density on its own. A headline's truce or
// missiles with nothing else to go by ("FARC and government agree
// truce") stay evidence. So do peace talks beside a war's side named by
// its adjective or an actor of it ("Syrian government and opposition
// delegates meet for peace talks"): the side says whose talks they are,
// as it does for the diplomacy of evidence.
func (c *gateCounts) inPassing(in gateInput) bool {
	armed, loose := gateSections["armed"], gateSections["loose"]
	if in.anyPlace || in.party || c.text[armed]+c.title[armed] == 0 || c.text[armed]+c.title[armed] > c.text[loose]+c.title[loose] {
		return false
	}
	if (in.leadSide || c.tl("sidename") > 0) && c.tl("diplomacy") > c.tl("loosediplomacy") {
		return false
	}
	if c.title[armed] > 0 && !c.otherTopic() {
		return false
	}
	if truceHeld(in) {
		return false
	}
	for _, s := range []string{"force", "war", "refugee", "crisis"} {
		if c.title[gateSections[s]]+c.text[gateSections[s]] > 0 {
			return false
		}
	}
	return gate["armed"].distinct(in.title, in.text, 2) < 2
}

// figurativeWar reports whether the war of a headline is a figure of
// speech: the headline's war words are all "war" (not a conflict or
// clashes), and the text names no violence, no war, no displacement, no
// place of a conflict and no armed party ("Trans-Tasman war hots up": two
// airlines compete). A company's or a market's war, in a headline that
// names a business and nothing else of war, may have its attacks and
// offensives too ("Software giant declares war on spyware ... will attack
// the programs").
func (c *gateCounts) figurativeWar(in gateInput) bool {
	if in.anyPlace || in.party {
		return false
	}
	sections := []string{"armed", "force", "war", "refugee", "crisis"}
	if c.title[gateSections["business"]] > 0 && c.title[gateSections["force"]] == 0 {
		sections = []string{"armed", "refugee", "crisis"}
	}
	for _, s := range sections {
		if c.text[gateSections[s]] > 0 {
			return false
		}
	}
	wars := 0
	for _, w := range in.title {
		if w == "war" || w == "wars" {
			wars++
		}
	}
	return wars >= c.title[gateSections["war"]]
}

// gateSections numbers the sections of relevance.txt, for gateAll.
var gateSections = func() map[string]int {
	m := map[string]int{}
	for i, name := range sortedKeys(gate) {
		m[name] = i
	}
	return m
}()

// gateAll finds the phrases of every section of the gate in one pass.
var gateAll = func() *taggedSet {
	t := newTaggedSet(gate, gateSections)
	if tag, ok := gateSections["idiom"]; ok {
		t.idiom = tag
		t.idiomsFirst()
	}
	return t.freeze()
}()

// maxSections bounds the sections a taggedSet counts.
const maxSections = 32

// taggedSet is the phrases of several sets, each tagged with its set's
// number: it counts all of them in one pass over the words.
type taggedSet struct {
	exact, prefix map[string][]taggedPhrase
	prefixes      triSet // prefix's keys, so that a word that begins none is passed without a lookup
	idiom         int    // the tag of the phrases whose words count for no tag, or -1
	// exactT and prefixT are exact and prefix as countsHeads reads them
	// (frozen by newTaggedSet's caller once the lists are in order)
	exactT, prefixT lang.WordMap[[]taggedPhrase]
}

// freeze sets exactT and prefixT from exact and prefix, whose lists are
// final.
func (t *taggedSet) freeze() *taggedSet {
	t.exactT, t.prefixT = lang.WordMapOf(t.exact), lang.WordMapOf(t.prefix)
	return t
}

type taggedPhrase struct {
	p   phrase
	tag int
}

func newTaggedSet(sets map[string]*phraseSet, tags map[string]int) *taggedSet {
	if len(tags) > maxSections {
		panic("analyze: too many sections in relevance.txt")
	}
	t := &taggedSet{exact: map[string][]taggedPhrase{}, prefix: map[string][]taggedPhrase{}, idiom: -1}
	for name, s := range sets {
		for k, ps := range s.exact {
			for _, p := range ps {
				t.exact[k] = append(t.exact[k], taggedPhrase{p, tags[name]})
			}
		}
		for k, ps := range s.prefix {
			for _, p := range ps {
				t.prefix[k] = append(t.prefix[k], taggedPhrase{p, tags[name]})
				t.prefixes.add(k)
			}
		}
	}
	return t
}

// idiomsFirst puts the idioms of each of t's lists before its other
// phrases, in their order: idiomAt reads a list's idioms only, and the
// count of tags skips them.
func (t *taggedSet) idiomsFirst() {
	for _, lists := range []map[string][]taggedPhrase{t.exact, t.prefix} {
		for _, tps := range lists {
			slices.SortStableFunc(tps, func(a, b taggedPhrase) int {
				return cmp.Compare(t.rank(a), t.rank(b))
			})
		}
	}
}

// rank is 0 for an idiom, 1 for any other phrase.
func (t *taggedSet) rank(tp taggedPhrase) int {
	if tp.tag == t.idiom {
		return 0
	}
	return 1
}

// counts returns, per tag, how many positions of ws a phrase of that tag
// starts at, as phraseSet.count does for each set. The words of an idiom
// count for no tag: "a ticking time bomb" holds no bomb.
func (t *taggedSet) counts(ws []string) (n [maxSections]int) {
	return t.countsHeads(ws, nil)
}

// countsHeads is counts given the heads of ws (headsOf), or nil. (For
// gateAll only: the heads hold its phrases.)
func (t *taggedSet) countsHeads(ws []string, hs []*head) (n [maxSections]int) {
	for i := 0; i < len(ws); i++ {
		var exact, prefix []taggedPhrase // each looked up once, for idioms and tags
		if hs != nil {
			exact = hs[i].gatePhrases()
		} else {
			exact = t.exactT.Get(ws[i])
		}
		if len(ws[i]) >= 4 && t.prefixes.mayBegin(ws[i]) {
			prefix = t.prefixT.Get(ws[i][:4])
		}
		if len(exact) == 0 && len(prefix) == 0 {
			continue // most words begin no phrase
		}
		if k := t.idiomAt(exact, prefix, ws[i:]); k > 0 {
			i += k - 1
			continue
		}
		var seen [maxSections]bool
		for j, tps := range [2][]taggedPhrase{exact, prefix} {
			for _, tp := range tps {
				// no idiom matched here (idiomAt); an exact phrase's first
				// word is ws[i] (matchFrom 1)
				if tp.tag != t.idiom && !seen[tp.tag] && tp.p.matchFrom(ws[i:], 1-j) > 0 {
					seen[tp.tag] = true
					n[tp.tag]++
				}
			}
		}
	}
	return n
}

// idiomAt returns how many words of ws the idiom that starts it covers, 0
// when none does: the first idiom of exact, then of prefix, that matches,
// as phraseSet.at finds it in the idiom set (a set's phrases keep their
// order within each of t's lists).
func (t *taggedSet) idiomAt(exact, prefix []taggedPhrase, ws []string) int {
	if t.idiom < 0 {
		return 0
	}
	for j, tps := range [2][]taggedPhrase{exact, prefix} {
		for _, tp := range tps {
			if tp.tag != t.idiom {
				break // the idioms come first (idiomsFirst)
			}
			if k := tp.p.matchFrom(ws, 1-j); k > 0 { // an exact phrase's first word is ws[0]
				return k
			}
		}
	}
	return 0
}

// countsAll is counts over several sentences' tokens, given their heads
// (hss[i] of wss[i], or nil) as countsHeads.
func (t *taggedSet) countsAll(wss [][]string, hss [][]*head) (n [maxSections]int) {
	for i, ws := range wss {
		c := t.countsHeads(ws, hss[i])
		for i := range n {
			n[i] += c[i]
		}
	}
	return n
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// phrase is a sequence of words; a word ending in '*' matches any word
// that begins with it, and "..." stands for up to gapWords words of any
// kind ("suspend* ... talks": "suspended the Geneva peace talks").
type phrase []string

// gapWords is how many words "..." in a phrase may stand for.
const gapWords = 3

// phraseSet finds phrases in word tokens, indexed by their first word (or
// the first four letters of a first word with '*').
type phraseSet struct {
	exact  map[string][]phrase
	prefix map[string][]phrase
	// firsts holds the first three bytes of the keys of both, so that a
	// word that begins none (most words, for most sets) is passed without
	// a lookup
	firsts triSet
	// exactT and prefixT are exact and prefix as at reads them (set by
	// parseGate once the lists are whole)
	exactT, prefixT lang.WordMap[[]phrase]
}

func parseGate(data string) map[string]*phraseSet {
	sets := map[string]*phraseSet{}
	var cur *phraseSet
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = &phraseSet{exact: map[string][]phrase{}, prefix: map[string][]phrase{}}
			sets[line[1:len(line)-1]] = cur
			continue
		case cur == nil:
			panic("analyze: relevance.txt: a phrase before any section: " + line)
		}
		p := phrase(strings.Fields(strings.ToLower(line)))
		if first, ok := strings.CutSuffix(p[0], "*"); ok {
			if len(first) < 4 {
				panic("analyze: relevance.txt: a prefix under four letters: " + line)
			}
			cur.prefix[first[:4]] = append(cur.prefix[first[:4]], p)
			cur.firsts.add(first)
		} else {
			cur.exact[p[0]] = append(cur.exact[p[0]], p)
			if len(p[0]) >= 3 {
				cur.firsts.add(p[0]) // a shorter word is always looked up (mayHold)
			}
		}
	}
	for _, set := range sets {
		set.exactT, set.prefixT = lang.WordMapOf(set.exact), lang.WordMapOf(set.prefix)
	}
	return sets
}

// count returns how many times the set's phrases occur in ws (a phrase
// counts where it starts).
func (s *phraseSet) count(ws []string) int {
	n := 0
	for i := range ws {
		if s.at(ws, i) != nil {
			n++
		}
	}
	return n
}

// at returns the phrase of the set that starts at ws[i], or nil. Most
// words begin none of a set's phrases: the test they fail stands alone in
// a small function, its lookups in held (fewer instructions a word).
func (s *phraseSet) at(ws []string, i int) phrase {
	if !s.firsts.mayHold(ws[i]) {
		return nil
	}
	return s.held(ws, i)
}

// held is at for a word firsts may hold.
func (s *phraseSet) held(ws []string, i int) phrase {
	for _, p := range s.exactT.Get(ws[i]) {
		if p.matchFrom(ws[i:], 1) > 0 { // its first word is ws[i]
			return p
		}
	}
	if len(ws[i]) >= 4 {
		for _, p := range s.prefixT.Get(ws[i][:4]) {
			if p.match(ws[i:]) > 0 {
				return p
			}
		}
	}
	return nil
}

// match returns how many words of ws the phrase covers from ws[0], 0 when
// it does not match there.
func (p phrase) match(ws []string) int { return p.matchFrom(ws, 0) }

// matchFrom is match for a phrase whose first from words (no gap among
// them) are known to match ws's first: a phrase of an exact list, found
// by its first word (from 1), is not compared with that word again.
func (p phrase) matchFrom(ws []string, from int) int {
	// a word at a time, no call a word: only a gap ("...") is matched by
	// the rest of the phrase at each of its lengths
	n := from // words of ws matched
	for k := from; k < len(p); k++ {
		pat := p[k]
		if pat == "..." {
			rest := ws[n:]
			for gap := 0; gap <= gapWords && gap < len(rest); gap++ {
				if m := p[k+1:].match(rest[gap:]); m > 0 {
					return n + gap + m
				}
			}
			return 0
		}
		if n == len(ws) {
			return 0
		}
		// a pattern ending in "*" matches the words it begins, any other
		// only itself (here, with no call: most words a phrase is tried
		// on are not its own)
		if last := len(pat) - 1; last >= 0 && pat[last] == '*' {
			if !strings.HasPrefix(ws[n], pat[:last]) {
				return 0
			}
		} else if ws[n] != pat {
			return 0
		}
		n++
	}
	return n
}

// distinct returns how many distinct phrases of the set occur in title and
// text, counting no further than limit.
func (s *phraseSet) distinct(title []string, text [][]string, limit int) int {
	var seen []string
	for _, ws := range append([][]string{title}, text...) {
		for i := range ws {
			p := s.at(ws, i)
			if p == nil {
				continue
			}
			if w := strings.Join(ws[i:i+p.match(ws[i:])], " "); !containsString(seen, w) {
				seen = append(seen, w)
				if len(seen) >= limit {
					return len(seen)
				}
			}
		}
	}
	return len(seen)
}

// found names up to three distinct words of the set in title and lead, as
// the reason's detail.
func (s *phraseSet) found(title, lead []string) string {
	var out []string
	for _, ws := range [][]string{title, lead} {
		for i := range ws {
			p := s.at(ws, i)
			if p == nil {
				continue
			}
			w := strings.Join(ws[i:i+p.match(ws[i:])], " ")
			if !containsString(out, w) {
				out = append(out, w)
			}
			if len(out) == 3 {
				return strings.Join(out, ", ")
			}
		}
	}
	return strings.Join(out, ", ")
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

//go:embed trucesigns.txt
var truceSignsData string

// truceSigns are the words of a truce between armed sides that the gate
// reads besides relevance.txt's (trucesigns.txt): [ceasefire] a ceasefire by its own name,
// [state] the state of a truce that only a war's has: held or broken
// "despite incidents", violated.
// A rivals' truce (two software makers', two unions') is called, ended or
// kept; it is not "largely holding across the region" and is not breached
// by "incidents".
var truceSigns = parseGate(truceSignsData)

// truceHeld reports whether a sentence of the title or text tells a truce's
// state in a war's words (truceSigns' [state]): "The truce is largely
// holding across the region, despite isolated incidents". Such a truce
// is no loose word in passing, though no place, party or fighting is
// named beside it.
func truceHeld(in gateInput) bool {
	for _, ws := range append([][]string{in.title}, in.text...) {
		if truceSigns["state"].count(ws) > 0 {
			return true
		}
	}
	return false
}

// truceBesideNoNature reports whether a sentence of the title or lead names
// a ceasefire (truceSigns' [ceasefire]) and no word of relevance.txt's
// [nature]: "Thailand-Cambodia ceasefire comes into effect as opposing
// military chiefs meet".
func truceBesideNoNature(in gateInput) bool {
	sents := [][]string{in.title}
	for _, ws := range in.text {
		if len(sents) > gateLead {
			break
		}
		sents = append(sents, ws)
	}
	for _, ws := range sents {
		if truceSigns["ceasefire"].count(ws) > 0 && gate["nature"].count(ws) == 0 {
			return true
		}
	}
	return false
}
