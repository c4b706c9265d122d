package analyze

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// findAll returns every figure the sentences state, in article order within
// each kind's pass, with its originator and the marks that scope it.
// published dates the article (its dateline's date when the text has one);
// given is the publication date the article came with, zero when unknown.
// ms is an empty array to fill (tokArena.takeMentions).
func findAll(sents []factSentence, ms []mention, published, given time.Time, wl weekLead) ([]mention, []int) {
	titleDisease := len(sents) > 0 && sents[0].index < 0 && diseaseIn(sents[0].toks)
	pastNoun := "" // the attack an earlier sentence put in an earlier week (recalled.go)
	leadDay, leadDayOK := leadWeekday(sents)
	calmTitle := !violentTitle(sents)
	var lead leadFacts // read once a sentence asks (otherturn.go)
	now := articleMonth(sents, published)
	answerNews := 0 // 1: the headline and lead tell no answer to an act; 2: they do (response.go)
	for si := range sents {
		s := &sents[si]
		if !s.hasNum || tableLike(s.toks) || len(ms) >= maxMentions {
			if s.index >= 0 && pastNoun == "" {
				pastNoun = pastEventNoun(s, published)
			}
			continue
		}
		start := len(ms)
		present := kindsIn(s.toks)
		for _, k := range figureKinds {
			if present&k.bit != 0 {
				ms = appendMentions(ms, s, si, k)
			}
		}
		ms = append(ms, singularMentions(s, si)...)
		ms = append(ms[:start], oneKindPerNumber(ms[start:])...)
		ms = append(ms, partsOf(s, si, ms[start:])...)
		increments(s.toks, ms[start:])
		other, past := otherEventMark(s.toks) || followsRecall(sents, si), earlierDate(s.toks, published) && !weekLeadDay(s, wl)
		disease := !titleDisease && diseaseIn(s.toks)
		turned := !other && s.index > 0 && (followsOtherEvent(sents, si, &lead) || otherDayOpening(sents, si, published, &lead))
		if !other && !turned && s.index > 0 && answersAct(s.toks) {
			if answerNews == 0 {
				answerNews = 1
				if answerIsNews(sents) {
					answerNews = 2
				}
			}
			turned = answerNews == 1 // another side's answer to the act told: another incident (response.go)
		}
		for i := start; i < len(ms); i++ {
			ms[i].other = other || afterLinks(s.toks, ms[i].tok) || amidReports(s.toks, ms[i].tok) || alongWith(s.toks, ms[i].tok) ||
				(calmTitle && s.index <= 0 && asAside(s.toks, ms[i].tok)) ||
				(disease && ms[i].kind == &killedKind) || (turned && !statedInHeadline(ms[:start], &ms[i]))
			ms[i].background = ms[i].background || past && !datedOnlyInPart(s.toks, ms[i].tok, published) || datedEventBefore(s.toks, ms[i].tok, published) ||
				recallsPastEvent(s.toks, ms[i].tok, pastNoun) || otherDayClause(s.toks, ms[i].tok, leadDay, leadDayOK) ||
				recalledEarlier(s.toks, ms[i].tok, given) || earlierYear(s.toks, ms[i].tok, given) || amidSpate(s.toks, ms[i].tok) ||
				recalledAfter(s, ms[i].tok, given) || monthsBefore(s.toks, now)
		}
		if s.index >= 0 && pastNoun == "" {
			pastNoun = pastEventNoun(s, published)
		}
	}
	sinceRecalledDay(sents, ms, published)
	markTruceTolls(sents, ms)
	sameAsOther := make([]bool, len(ms))
	for i := range ms {
		sameAsOther[i] = !ms[i].other && otherGroupsCount(ms, i)
	}
	for i, o := range sameAsOther {
		ms[i].other = ms[i].other || o
	}
	return ms, attribute(sents, ms)
}

// increments marks as parts the displaced a sentence adds to the total it
// brings them to ("an additional 685 displaced families ... since the
// previous report, bringing the total number of internally displaced
// persons to at least 18,785 families"): the latest increment of the
// running total, which is the displacement's figure.
func increments(toks []ftok, ms []mention) {
	for j := range ms {
		t := &ms[j]
		if t.kind != &displacedKind || !t.update || !displacedTotal(toks, t.tok) {
			continue
		}
		for i := range ms[:j] {
			if m := &ms[i]; m.kind == &displacedKind && m.tok < t.tok && m.fig.Value < t.fig.Value {
				m.part = true
			}
		}
	}
}

// diseaseWords name an outbreak: its deaths are not the fighting's, unless
// the headline is about the outbreak.
var diseaseWords = lang.CauseWords(lang.DiseaseName)

func diseaseIn(toks []ftok) bool {
	for i := range toks {
		if toks[i].is(wcDisease) {
			return true
		}
	}
	return false
}

// Bounds of the work on one article: a sentence stating more numbers than
// maxSentenceNumbers is a table (no sentence of news states so many), and
// an article yields at most maxMentions figures before scoping.
const (
	maxSentenceNumbers = 30
	maxMentions        = 400
)

func tableLike(toks []ftok) bool {
	n := 0
	for _, t := range toks {
		if t.isNum {
			if n++; n > maxSentenceNumbers {
				return true
			}
		}
	}
	return false
}

// oneKindPerNumber keeps one figure per number of a sentence: the first
// kind's ("executed 15 detainees" is a death toll, not a count of detainees).
func oneKindPerNumber(ms []mention) []mention {
	out := ms[:0]
	seen := map[int]bool{}
	for _, m := range ms {
		if !seen[m.tok] {
			seen[m.tok] = true
			out = append(out, m)
		}
	}
	return out
}

// attribute sets each figure's originator: the source its sentence names,
// else the next sentence's when that one attributes without a figure of its
// own ("... killed 43 people. The Observatory said the blast ..."). A
// generic "monitor" is the one monitor the article names, if it names one.
// It returns the sentences' sources (sources).
func attribute(sents []factSentence, ms []mention) []int {
	named := -2 // looked up at the first generic "monitor"
	for i := range ms {
		sents[ms[i].sent].figs = true
	}
	src, carried := sources(sents)
	briefing := relaysUs(sents)
	pub := publisherName(sents)
	for i := range ms {
		if reportsOfCount(sents[ms[i].sent].toks, ms[i].tok) {
			ms[i].path = pathNone
			continue // "... appealed for help after reports of some 160 deaths": the reports' count
		}
		id := src[ms[i].sent]
		blocked := carried[ms[i].sent] != ownSource && ms[i].background || carried[ms[i].sent] == fromNext && ms[i].other
		if blocked {
			id = -1 // the relayed or next sentence's source told of the main event, not of Friday's shelling or a war-wide total
		}
		if c := clauseSource(&sents[ms[i].sent], ms[i].tok); c >= 0 && id >= 0 {
			id = c // "..., the Observatory said, while the army said it had killed 50 militants"
		}
		if m, ok := attribution(&sents[ms[i].sent]); id >= 0 && ok && m.id == id && carried[ms[i].sent] == ownSource &&
			outsideCue(&sents[ms[i].sent], m, ms[i].tok) {
			id = -1 // "killing seven in a raid the military said targeted a hideout": the military said what follows
		}
		if m, ok := attribution(&sents[ms[i].sent]); id >= 0 && ok && m.id == id && carried[ms[i].sent] == ownSource {
			if n, p, ok := listedFirst(&sents[ms[i].sent], m); ok {
				ms[i].path = pathCueSubject
				ms[i].fig.Originator, ms[i].fig.PartyClaim = n, p // "..., the Danish embassy in Baz and the Foo government said": the first listed
				continue
			}
			if n, p, ok := cueSubjectName(&sents[ms[i].sent], m); ok {
				ms[i].path = pathCueSubject
				ms[i].fig.Originator, ms[i].fig.PartyClaim = n, p // "... by dissidents of the FARC, the Foo Joint Task Force said": the word's own subject
				continue
			}
		}
		if p, ok := partyAgentClaim(&sents[ms[i].sent], ms[i].tok); id < 0 && ok {
			ms[i].path = pathPartyAgent
			ms[i].fig.Originator, ms[i].fig.PartyClaim = origs.source(p) // "the SDF killed 35 militants, media reported"
			if n, party, ok := agencyNamedAfter(sents, ms[i].sent, p); ok {
				ms[i].fig.Originator, ms[i].fig.PartyClaim = n, party // "... media reported. According to the Firat News Agency, ..."
			}
			continue
		}
		if n, p, ok := saysBefore(&sents[ms[i].sent], ms[i].tok); ok {
			ms[i].path = pathSaysBefore
			ms[i].fig.Originator, ms[i].fig.PartyClaim = n, p // "..., French say two dead ABIDJAN (AFP) - ..."
			continue
		}
		if id >= 0 && carrier(origs.list[id].kind) {
			if n, p, ok := writtenSource(&sents[ms[i].sent]); ok {
				ms[i].path = pathCarrierWritten
				ms[i].fig.Originator, ms[i].fig.PartyClaim = n, p // "(AP) AP - An Iraqi group said it had killed 11": the group's, not the wire's
				continue
			}
			if n, ok := describedAnaphor(&sents[ms[i].sent]); ok {
				ms[i].path = pathCarrierWritten
				ms[i].fig.Originator, ms[i].fig.PartyClaim = n, false // "KHARTOUM (Reuters) - ... of a British charity ..., the aid agency said"
				continue
			}
		}
		if _, _, named := writtenSource(&sents[ms[i].sent]); id < 0 && !named {
			if n, p, ok := kindSayer(&sents[ms[i].sent], ms[i].tok); ok {
				ms[i].path = pathKindSayer
				ms[i].fig.Originator, ms[i].fig.PartyClaim = n, p // "a survivor said up to 19 were killed"
				continue
			}
		}
		if id < 0 {
			ms[i].path = pathWritten
			ms[i].fig.Originator, ms[i].fig.PartyClaim = written(sents, src, ms[i].sent)
			if n, ok := communitySayer(&sents[ms[i].sent]); ok && (ms[i].fig.Originator == "" || strings.HasSuffix(ms[i].fig.Originator, " "+n)) {
				ms[i].fig.Originator = n // "Israeli Kibbutz Foo announced that two of its residents ..."
			}
			if n, ok := unnamedSources(&sents[ms[i].sent]); ok && ms[i].fig.Originator == "" {
				// "Palestinian sources reported that ...", "diplomatic sources told AFP",
				// "sources in the region said"
				ms[i].fig.Originator = n
			}
			if n, ok := agencyPartners(&sents[ms[i].sent]); ok && ms[i].fig.Originator == "" {
				ms[i].fig.Originator = n // "humanitarian partners have verified ...", "according to field reports"
			}
			if n, ok := placeSpokesman(&sents[ms[i].sent]); ok && ms[i].fig.Originator == "" {
				ms[i].fig.Originator, ms[i].fig.PartyClaim = n, true // "the spokesman for the state of Foo said"
			}
			if ms[i].fig.Originator == "" {
				// a figure linked to an agency's page: "[1 million refugees](https://data.unhcr.org/...)"
				ms[i].fig.Originator, ms[i].fig.PartyClaim = linkSource(&sents[ms[i].sent], ms[i].tok)
			}
			if ms[i].fig.Originator == "" {
				// "... reported missing1." and the footnotes' first line "Source: OCHA, Sitrep #2"
				ms[i].fig.Originator = footnoteSource(sents, ms[i].sent)
			}
			if ms[i].fig.Originator == "" && !blocked {
				// a report's section headed by its sources: "Philippines, impact & response (NDRRMC, DSWD)"
				ms[i].fig.Originator, ms[i].fig.PartyClaim = headingSource(sents, ms[i].sent)
			}
			if ms[i].fig.Originator == "" && !blocked && briefing {
				// a briefing's "Our colleagues from MINUSMA tell us that ..." and what follows
				ms[i].fig.Originator, ms[i].fig.PartyClaim = toldUsBefore(sents, ms[i].sent)
			}
			if ms[i].fig.Originator == "" && !blocked {
				// "MoPH data shows that 54,000 people are confirmed to have had it. Some 2,300 have died."
				ms[i].fig.Originator, ms[i].fig.PartyClaim = dataShowsBefore(sents, ms[i].sent)
			}
			if ms[i].fig.Originator == "" && !blocked {
				// "The team reported a total of 5,667 cases. Of these, ... 81 had died."
				ms[i].fig.Originator, ms[i].fig.PartyClaim = partsOfBefore(sents, ms[i].sent)
			}
			if ms[i].fig.Originator == "" && !countsOwn(&sents[ms[i].sent], pub) {
				// the agency whose report it is: "WFP South Sudan Situation Report"
				ms[i].fig.Originator = pub
			}
			continue
		}
		if o := origs.list[id]; o.generic || genericKinds.Has(o.name) {
			if n, p, ok := briefedBy(&sents[ms[i].sent]); ok {
				ms[i].fig.Originator, ms[i].fig.PartyClaim, ms[i].path = n, p, pathGenericBody
				continue // "a security source who was briefed by Foo intelligence told CNN": the body that briefed
			}
			if n, p, ok := namedAfterKind(&sents[ms[i].sent], id); ok {
				ms[i].fig.Originator, ms[i].fig.PartyClaim, ms[i].path = n, p, pathGenericBody
				continue // "according to the rights group Foo Lawyers"
			}
			if n, p, ok := appositiveBody(&sents[ms[i].sent], id); ok {
				ms[i].fig.Originator, ms[i].fig.PartyClaim, ms[i].path = n, p, pathGenericBody
				continue // "The Aleppo Media Center, an activist collective, said"
			}
			if n, p, ok := writtenBodyAt(&sents[ms[i].sent], id); ok {
				ms[i].fig.Originator, ms[i].fig.PartyClaim, ms[i].path = n, p, pathGenericBody
				continue // "activists in the Syrian Revolution General Commission"
			}
			if n, p, ok := listedGroupOf(&sents[ms[i].sent], id); ok {
				ms[i].fig.Originator, ms[i].fig.PartyClaim, ms[i].path = n, p, pathGenericBody
				continue // "witnesses and an influential group of Sunni clerics said"
			}
		}
		if origs.list[id].generic {
			if named == -2 {
				named = namedMonitor(sents)
			}
			if named >= 0 {
				id, ms[i].unnamed = named, true
			} else if m := monitorNear(sents, ms[i].sent); named == -1 && m >= 0 {
				id = m // two monitors named: "the UK-based monitor" after the Observatory's name is the Observatory
			}
		}
		if id == bareArmy && !countryArmy(&sents[ms[i].sent]) {
			id = armyOf(sents, src, id)
		}
		if s, ok := inSyria[id]; ok && leadConflict(sents) == "syria" && !foreignSource(&sents[ms[i].sent]) {
			id = s // "the government said", "the Red Crescent said" in an article set in Syria
		}
		id = narrowed(sents, id)
		ms[i].fig.Originator, ms[i].fig.PartyClaim = origs.source(id)
		ms[i].path = tablePath(carried[ms[i].sent])
		if n, ok := toldPerson(&sents[ms[i].sent]); ok && carrier(origs.list[id].kind) {
			ms[i].fig.Originator, ms[i].fig.PartyClaim = n, false // "George Sabra told Al Arabiya ..."
			ms[i].path = pathToldPerson
			if b := spokesmanBody(sents, src, ms[i].sent); b >= 0 {
				ms[i].fig.Originator, ms[i].fig.PartyClaim = origs.source(b) // "..., the body's spokesman said. ... Jundi told AFP": the body's
			}
		}
	}
	var before []string // the originators before the rules over the article's figures, for the ranker's paths
	if origHook != nil {
		before = make([]string, len(ms))
		for i := range ms {
			before[i] = ms[i].fig.Originator
		}
	}
	unnamedMonitors(ms)
	restatedSources(ms)
	partitiveSources(sents, ms, carried)
	outletSums(ms, carried)
	headlineSources(ms)
	for i := range ms {
		if ms[i].index < 0 && ms[i].fig.Originator == "" { // the body gave it none
			if id := colonSource(&sents[ms[i].sent]); id >= 0 {
				ms[i].fig.Originator, ms[i].fig.PartyClaim = origs.source(id) // "Syrian opposition: 1300 killed ..."
			}
		}
		if ms[i].fig.Originator == "" && ms[i].path != pathNone {
			if id := colonSayer(&sents[ms[i].sent]); id >= 0 {
				ms[i].fig.Originator, ms[i].fig.PartyClaim = origs.source(id) // "The army spokesman: 12 soldiers killed ..."
			}
		}
	}
	bodySources(ms)
	stateParties(sents, ms)
	for i := range before {
		if ms[i].fig.Originator != before[i] {
			ms[i].path = pathAfter // a rule over the article's figures changed it
		}
	}
	return src
}

// Which of attribute's rules gave a figure its originator (mention.path),
// a feature of the learned ranker (origrank.go).
const (
	pathNone           = iota // no rule named one
	pathCueSubject            // the attribution word's own subject as written
	pathPartyAgent            // a party's deed told by media
	pathSaysBefore            // a sayer before a dateline
	pathCarrierWritten        // a name as written behind an outlet
	pathKindSayer             // a source by kind
	pathWritten               // a name as written (written)
	pathGenericBody           // the body behind a generic kind
	pathTableOwn              // a table name of its own sentence
	pathTableNext             // a table name the next sentence or the account around lends
	pathTableRelay            // the source a relay goes on with
	pathToldPerson            // a person who told an outlet
	pathAfter                 // changed by a rule over the article's figures
	rulePaths
)

// tablePath is the path of a table name by where its sentence took it from.
func tablePath(c carry) uint8 {
	switch c {
	case fromNext:
		return pathTableNext
	case fromRelay:
		return pathTableRelay
	}
	return pathTableOwn
}

// colonSource returns the originator a headline opens with before a colon
// ("Syrian opposition: 1300 killed in chemical attack"): the claim after
// it is that source's; -1 for none, or for an outlet.
func colonSource(s *factSentence) int {
	s.tokenise()
	for _, m := range s.origs {
		if m.start == 0 && m.end < len(s.toks) && s.toks[m.end].w == ":" && !carrier(origs.list[m.id].kind) {
			return m.id
		}
	}
	return -1
}

// partitiveReach is how many sentences back the count a partitive ("22 of
// the jihadists") takes its part of may stand.
const partitiveReach = 2

// partitiveSources gives a count that a sentence attributing nothing states
// as a part of a group counted before ("At least 22 of the jihadists were
// killed in fighting on the border", after "35 jihadists were killed, the
// Observatory said") the source of that larger count of its kind, or of
// the same count ("Three of the dead were of one family" after "John Roe
// said three people were killed"), also over a source the next sentence
// lends (carried): the part is of the count before it.
func partitiveSources(sents []factSentence, ms []mention, carried []carry) {
	for i := range ms {
		m := &ms[i]
		if m.fig.Originator != "" && carried[m.sent] != fromNext || m.index < 0 || m.background || !partitiveAt(sents[m.sent].toks, m.tok) {
			continue
		}
		if _, ok := attribution(&sents[m.sent]); ok || ownCue(sents[m.sent].toks) {
			continue // "Two of the attackers were reported killed": a report of its own
		}
		for j := i - 1; j >= 0; j-- {
			p := &ms[j]
			if p.sent < m.sent-partitiveReach || p.index < 0 {
				break
			}
			if p.kind == m.kind && p.fig.Value >= m.fig.Value && p.fig.Originator != "" && !p.background {
				m.fig.Originator, m.fig.PartyClaim = p.fig.Originator, p.fig.PartyClaim
				break
			}
		}
	}
}

// outletSums gives back to the outlet a count whose sentence names no
// source and takes the next sentence's (fromNext), when that source gives
// a smaller count of the same kind of its own further on that, with
// another count of the report, adds up to it (sumsWith): "At least 30
// people were killed in air strikes on the province on Sunday. A warplane
// struck a market, a civil defence official said. 'At least 27 people
// were killed in the attack,' he said. Meanwhile three were killed in
// another town." The 30 is the outlet's own sum of the official's market
// toll and another town's dead, not the official's count. A part of the
// count ("27 of the dead", "including 27 children") is no count of its own.
func outletSums(ms []mention, carried []carry) {
	for i := range ms {
		m := &ms[i]
		if carried[m.sent] != fromNext || m.fig.Originator == "" || m.index < 0 || m.background || m.fig.Value <= 0 {
			continue
		}
		for j := i + 1; j < len(ms); j++ {
			o := &ms[j]
			if o.sent > m.sent && carried[o.sent] == ownSource && o.kind == m.kind && o.fig.Originator == m.fig.Originator &&
				o.fig.Value > 0 && o.fig.Value < m.fig.Value && o.fig.Word == "" && !o.background && !o.other &&
				!subgroups.Has(o.fig.Who) && sameGroup(m, o) && !partitiveOf(o) && sumsWith(ms, j, m) {
				m.fig.Originator, m.fig.PartyClaim = "", false
				break
			}
		}
	}
}

// sumsWith reports another count of the report, of m's kind and group
// and not a subgroup's, that ms[j] adds up with to m's count: the outlet's
// sum of the source's 27 and another town's three is the 30 it leads with.
func sumsWith(ms []mention, j int, m *mention) bool {
	for k := range ms {
		x := &ms[k]
		if k != j && x != m && x.kind == m.kind && x.fig.Value > 0 && x.fig.Word == "" && !x.background &&
			!subgroups.Has(x.fig.Who) && sameGroup(m, x) && ms[j].fig.Value+x.fig.Value == m.fig.Value {
			return true
		}
	}
	return false
}

// partitiveOf reports a mention told as a part of a group already counted
// ("27 of the dead"): its sentence's tokens are not kept on the mention, so
// its text is read.
func partitiveOf(m *mention) bool {
	i := strings.Index(m.fig.Sentence, m.fig.Text)
	if m.fig.Text == "" || i < 0 {
		return false
	}
	rest := strings.Fields(strings.ToLower(m.fig.Sentence[i+len(m.fig.Text):]))
	return len(rest) >= 2 && rest[0] == "of" && (rest[1] == "the" || rest[1] == "them" || rest[1] == "those" || rest[1] == "these")
}

// partitiveAt reports a number followed by "of the", "of them", "of those"
// or "of these": a part of a group already counted.
func partitiveAt(toks []ftok, i int) bool {
	return i+2 < len(toks) && toks[i+1].w == "of" &&
		(toks[i+2].w == "the" || toks[i+2].w == "them" || toks[i+2].w == "those" || toks[i+2].w == "these")
}

// headingReach is how many sentences a report's section heading may stand
// before a figure it sources; headingWords how long a heading may be.
const headingReach, headingWords = 6, 14

// headingSource returns the first source a report's section heading names
// in brackets at its end, for a figure of that section that names none:
// "3. Philippines, impact & response (NDRRMC, DSWD)" above "• 123 persons
// dead and 160 still missing" is the NDRRMC's count. The heading states no
// figure; a sentence between that names a source of its own ends the
// section's reach. "" when there is none.
func headingSource(sents []factSentence, si int) (string, bool) {
	if sents[si].index < 0 {
		return "", false
	}
	for j := si - 1; j >= 0 && j >= si-headingReach && sents[j].index >= 0; j-- {
		h := &sents[j]
		if h.figs {
			if _, ok := attribution(h); ok {
				return "", false
			}
			continue
		}
		if !strings.HasSuffix(strings.TrimSpace(h.text), ")") {
			continue // no heading's bracket: not worth tokenising
		}
		h.tokenise()
		if n, p, ok := bracketedSources(h); ok {
			return n, p
		}
	}
	return "", false
}

// bracketedSources reads a heading that ends with a bracketed list of
// sources, each one the table knows or an acronym: "(NDRRMC, DSWD)",
// "(OCHA)"; it returns the first.
func bracketedSources(h *factSentence) (string, bool, bool) {
	toks := h.toks
	n := len(toks)
	if n < 3 || n > headingWords || toks[n-1].w != ")" {
		return "", false, false
	}
	open := -1
	for k := n - 2; k >= 0; k-- {
		if toks[k].w == "(" {
			open = k
			break
		}
	}
	if open < 1 {
		return "", false, false
	}
	first, firstParty, found := "", false, false
	for k := open + 1; k < n-1; {
		if toks[k].w == "," {
			k++
			continue
		}
		name, party, size := bracketName(h, k)
		if size == 0 {
			return "", false, false // a word that names no source: "(figure above)", "(in USD)"
		}
		if !found {
			first, firstParty, found = name, party, true
		}
		k += size
	}
	return first, firstParty, found
}

// bracketName returns the source named at token k of a heading's bracket:
// one of the table's names, else an acronym; size 0 for neither.
func bracketName(h *factSentence, k int) (string, bool, int) {
	if id, size := origs.longestAt(h.text, h.toks, k); size > 0 {
		name, party := origs.source(id)
		return name, party, size
	}
	t := h.toks[k]
	if w := h.text[t.off:t.end]; !t.punct && !t.isNum && acronymWord(w) {
		return w, false, 1
	}
	return "", false, 0
}

// toldUsReach is how many sentences after a briefing's "X tell us that"
// its account may go on.
const toldUsReach = 3

// toldUsBefore returns the source of a briefing's account that a sentence
// before opens with "tell us", "told us" or "inform us" ("Our colleagues
// from the UN Mission tell us that a patrol hit a mine this morning. One
// peacekeeper was slightly wounded."): the figures after it that name no
// source are its, until a sentence names a source of its own; "" when none.
func toldUsBefore(sents []factSentence, si int) (string, bool) {
	if sents[si].index < 0 {
		return "", false
	}
	for j := si - 1; j >= 0 && j >= si-toldUsReach && sents[j].index >= 0; j-- {
		p := &sents[j]
		p.tokenise()
		m, ok := attribution(p)
		if ok && tellsUs(p.toks) && publisherKinds.Has(origs.list[m.id].kind) {
			return origs.source(m.id)
		}
		if ok || p.figs {
			return "", false
		}
	}
	return "", false
}

// dataShowsBefore returns the source of the sentence right before that
// opens with its data: "As of 21 January, MoPH data shows that 54,483
// people are confirmed to have had COVID-19. Some 46,887 people have
// recovered, and 2,370 people have died." The sentence after it goes on
// with the same data when it names no source of its own (the caller asks
// only then); "" when the sentence before says no such thing.
func dataShowsBefore(sents []factSentence, si int) (string, bool) {
	if si < 1 || sents[si].index < 0 || sents[si-1].index < 0 {
		return "", false
	}
	p := &sents[si-1]
	p.tokenise()
	for _, m := range p.origs {
		if m.end+1 < len(p.toks) && dataNouns.Has(p.toks[m.end].w) && showVerbs.Has(p.toks[m.end+1].w) {
			return origs.source(m.id)
		}
	}
	return "", false
}

// partsOfBefore returns the source of the sentence right before when a
// sentence opens by taking the parts of the count that one gave ("As of
// Sunday, the Disease Surveillance Team reported a total of 5,667 cases.
// Of these, ... 81 had lost their lives"; "1,221,863 displacements
// recorded by the CCCM Cluster ... This includes around 93,200
// displacements recorded in November"): its counts are that source's. The
// caller asks only when the sentence names no source of its own; "" when
// the sentence before names none or states no number.
func partsOfBefore(sents []factSentence, si int) (string, bool) {
	if si < 1 || sents[si].index <= 0 || sents[si-1].index < 0 {
		return "", false
	}
	toks := sents[si].toks
	words := make([]string, 0, 3)
	for k := 0; k < len(toks) && k < 3; k++ {
		words = append(words, toks[k].w)
	}
	if !lang.OpensWithParts(words) {
		return "", false
	}
	p := &sents[si-1]
	p.tokenise()
	if !p.hasNum {
		return "", false
	}
	if m, ok := attribution(p); ok {
		return origs.source(m.id)
	}
	if n, party, ok := writtenSource(p); ok {
		return n, party
	}
	return "", false
}

// dataNouns and showVerbs: a source's data that shows a count.
var (
	dataNouns = lang.WordSetOf(lang.ReportingWords(lang.DataNoun))
	showVerbs = lang.WordSetOf(lang.ReportingWords(lang.ShowVerb))
)

// relaysUs reports an article with a "tell us", "told us" or "inform(s)
// us" in it: a cheap test before toldUsBefore reads sentences.
func relaysUs(sents []factSentence) bool {
	for i := range sents {
		t := sents[i].text
		if indexAfterSpace(t, "us") < 0 { // strings.Contains(t, " us"), by the rarer "u"
			continue // in each of the phrases below: one search for most sentences, not four
		}
		if strings.Contains(t, "tell us") || strings.Contains(t, "told us") || strings.Contains(t, "tells us") ||
			strings.Contains(t, "inform") && strings.Contains(t, " us") {
			return true
		}
	}
	return false
}

// tellsUs reports "tell us", "told us", "inform(s) us", "informed us" in a
// sentence: a briefing relaying a body's account.
func tellsUs(toks []ftok) bool {
	for j := 0; j+1 < len(toks); j++ {
		switch toks[j].w {
		case "tell", "tells", "told", "inform", "informs", "informed":
			if toks[j+1].w == "us" {
				return true
			}
		}
	}
	return false
}

// unnamedMonitors takes back the name given to "a monitor" whose count the
// named monitor does not give: under "Strikes killed over 80 civilians, a
// monitor said", the Observatory's own "At least 27 civilians were killed"
// near the lead shows the text does not tie them, and 80 is no count of the
// Observatory. A count of a subgroup ("11 of them children") or of no
// named group is no such toll.
func unnamedMonitors(ms []mention) {
	for i := range ms {
		u := &ms[i]
		if !u.unnamed || u.fig.Value <= 0 {
			continue
		}
		same, differs := false, false
		for j := range ms {
			m := &ms[j]
			if m.unnamed || m.kind != u.kind || m.fig.Originator != u.fig.Originator || m.fig.Value <= 0 || m.background || m.other ||
				m.fig.Who == "" || m.fig.Who != u.fig.Who || subgroups.Has(m.fig.Who) || m.index > closeWithin+1 || termOfSum(ms, j) {
				continue // only the named monitor's own toll of the same group, near the lead
			}
			if m.fig.Value == u.fig.Value {
				same = true
			} else if !m.part && nearCount(u, m) {
				differs = true
			}
		}
		if differs && !same {
			u.fig.Originator, u.fig.PartyClaim, u.unnamed = "a monitor", false, false
		}
	}
}

// termOfSum reports a count whose sentence states another count of its
// kind that is no subgroup of it: "Eleven civilians were killed in Foo and
// seven others in Bar" gives the terms of a toll, not a toll.
func termOfSum(ms []mention, j int) bool {
	for k := range ms {
		if k != j && ms[k].sent == ms[j].sent && ms[k].kind == ms[j].kind && !subgroups.Has(ms[k].fig.Who) {
			return true
		}
	}
	return false
}

// headlineSources gives a headline's figure that names no source the source
// of the body's statement of the same count ("Strike kills 18 including
// five children"; "... including five children, the Observatory said"),
// not of a background or another event's count that happens to be as large.
func headlineSources(ms []mention) {
	for i := range ms {
		h := &ms[i]
		if h.index >= 0 || h.fig.Originator != "" || h.fig.Value <= 0 {
			continue
		}
		same := false
		for j := range ms {
			if m := &ms[j]; m.index >= 0 && m.kind == h.kind && m.fig.Value == h.fig.Value && !m.background && !m.other {
				same = true // not a count of the week before that happens to be the headline's
				if m.fig.Originator != "" && !toldAsKnown(ms, j) {
					h.fig.Originator, h.fig.PartyClaim = m.fig.Originator, m.fig.PartyClaim
					break
				}
			}
		}
		if !same {
			leadSource(ms, h)
		}
	}
}

// restatedSources gives a body's count that names no source the source of
// a later sentence that gives the same count of the same kind: a lead's
// "reports that forces killed 1300 people" is the count that "opposition
// leader Omar Haddad of the Syrian National Council told Al Arabiya 1,300
// were killed" says whose it is. Not across events: neither count is
// another event's or background.
func restatedSources(ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.index < 0 || m.fig.Originator != "" || m.fig.Value <= 0 || m.background || m.other {
			continue
		}
		for j := range ms {
			if o := &ms[j]; j != i && o.index > m.index && o.kind == m.kind && o.fig.Value == m.fig.Value &&
				o.fig.Originator != "" && !o.background && !o.other && !toldAsKnown(ms, j) {
				m.fig.Originator, m.fig.PartyClaim = o.fig.Originator, o.fig.PartyClaim
				break
			}
		}
	}
}

// toldAsKnown reports a body's count told as one the body gave before
// ("Fire killed five girls. ... PAP reported all five deaths were caused
// by carbon monoxide"; "the man's daughter discovered all three bodies"):
// its sentence's source tells the cause or the finding of those counted,
// not the count, and lends it no source (round h-orig3). The first
// statement of a count keeps its source however it is worded ("killing all
// 37 passengers, the airline said" under "Crash kills 37").
func toldAsKnown(ms []mention, j int) bool {
	o := &ms[j]
	if !o.backRef || o.index < 0 {
		return false
	}
	for i := range ms {
		if m := &ms[i]; m.index >= 0 && m.index < o.index && m.kind == o.kind && m.fig.Value == o.fig.Value {
			return true
		}
	}
	return false
}

// bodySources gives a body's count that names no source the source its
// headline names for the same count: under "Syrian opposition: 1300 killed
// in chemical attack", the lead's "1,300 people were killed, he told Al
// Arabiya" is the opposition's count, not the outlet's own.
func bodySources(ms []mention) {
	for i := range ms {
		h := &ms[i]
		if h.index >= 0 || h.fig.Originator == "" || h.fig.Value <= 0 {
			continue
		}
		for j := range ms {
			if m := &ms[j]; m.index >= 0 && m.kind == h.kind && m.fig.Value == h.fig.Value && m.fig.Originator == "" && !m.background && !m.other {
				m.fig.Originator, m.fig.PartyClaim = h.fig.Originator, h.fig.PartyClaim
			}
		}
	}
}

// leadSource gives a headline's figure that the body does not restate the
// source of the lead's own count of its kind: "Five killed in car explosion
// || ... killing four soldiers and a civilian, police said" is the police's
// count too. Not a background count's source ("... whom the military said
// was behind an attack that killed two last week"). The lead is the first
// body sentence, or the second when the first tells no count of the kind
// (a dateline and the headline copied: "Sat Feb 28 2015 35 Dead Dozens
// Wounded in Battle. Nusra drove rebels out of a base in fighting that
// left dozens dead, a monitor said.").
func leadSource(ms []mention, h *mention) {
	lead := 1
	for j := range ms {
		if ms[j].index == 0 && ms[j].kind == h.kind {
			lead = 0
			break
		}
	}
	for j := range ms {
		m := &ms[j]
		if m.index != lead || m.kind != h.kind || m.background || m.other || m.fig.Originator == "" {
			continue
		}
		h.fig.Originator, h.fig.PartyClaim = m.fig.Originator, m.fig.PartyClaim
		return
	}
}

// publisherKinds are the originators whose own reports carry their own
// counts: agencies, aid groups, rescuers, health authorities, monitors.
var publisherKinds = lang.WordSetOf(map[string]bool{"un": true, "ngo": true, "rescue": true, "health": true, "monitor": true})

// publisher returns the agency a headline opens with ("WFP South Sudan
// Situation Report #205", "Philippines: IFRC warns of ...", "NDRRMC Update
// SitRep No. 10"): the report is that agency's, and so are the counts it
// attributes to no one else; -1 for none. A news agency is an outlet, not a
// publisher here.
func publisher(sents []factSentence) int {
	if len(sents) == 0 || sents[0].index >= 0 {
		return -1
	}
	t := &sents[0]
	at := 0
	for j := 0; j < len(t.toks) && j < 6; j++ {
		if t.toks[j].w == ":" {
			at = j + 1 // "Philippines: IFRC warns"
			break
		}
	}
	for _, m := range t.origs {
		o := origs.list[m.id]
		if !publisherKinds.Has(o.kind) || o.generic {
			continue
		}
		if (m.start == 0 || m.start == at) && reactsTo(t.toks, m) {
			continue // "UN condemns deadly attack in Foo": news of its reaction, the counts not its report
		}
		if m.start == 0 || m.start == at || afterTitleBreak(t, m.start) || possessiveNear(t.toks, m) ||
			reportNamed(t.toks, m) || statementBy(t.toks, m) || datelineAgency(t, m) {
			return m.id
		}
	}
	if b := firstBody(sents); b != nil {
		b.tokenise()
		for _, m := range b.origs {
			if o := origs.list[m.id]; publisherKinds.Has(o.kind) && !o.generic && datelineAgency(b, m) {
				return m.id // the dateline opens the body: "Geneva (ICRC) – ..."
			}
		}
	}
	return -1
}

// reactionVerbs after an agency that opens a headline tell of its reaction
// to an event others report: "UN condemns deadly attack in Foo".
var reactionVerbs = lang.WordSetOf(lang.ReportingWords(lang.ReactionVerb))

// reactsTo reports a headline's agency at m followed by a verb of reaction.
func reactsTo(toks []ftok, m origMatch) bool {
	return m.end < len(toks) && reactionVerbs.Has(toks[m.end].w)
}

// firstBody returns the body's first sentence, nil for none.
func firstBody(sents []factSentence) *factSentence {
	for i := range sents {
		if sents[i].index >= 0 {
			return &sents[i]
		}
	}
	return nil
}

// titleBreakReach is how far into a headline a break may come before the
// agency that opens its second part.
const titleBreakReach = 8

// afterTitleBreak reports a headline part that token i opens after a break
// other than a colon: "Somalia - UNHCR Operational Update", "Syria | WHO
// Flash Update".
func afterTitleBreak(t *factSentence, i int) bool {
	if i == 0 || i > titleBreakReach {
		return false
	}
	gap := t.text[t.toks[i-1].end:t.toks[i].off]
	return strings.Contains(gap, " - ") || strings.Contains(gap, " – ") || strings.Contains(gap, "|")
}

// reportKinds name a kind of report an agency issues.
var reportKinds = lang.WordSetOf(lang.ReportingWords(lang.ReportKind))

// reportNamed reports an agency's name that a report's kind follows within
// a few words of the headline: "Nigeria UNICEF Humanitarian Situation
// Report", "Yemen WHO Situation Update".
func reportNamed(toks []ftok, m origMatch) bool {
	for k := m.end; k < len(toks) && k <= m.end+3; k++ {
		if toks[k].punct || toks[k].isNum {
			return false
		}
		if reportKinds.Has(toks[k].w) {
			return true
		}
	}
	return false
}

// statementWords open a headline that names who speaks: "Statement by the
// UNICEF Representative ...", "Remarks of the WFP Executive Director".
var statementWords = lang.WordSetOf(lang.ReportingWords(lang.StatementWord))

// statementBy reports an agency named right after a headline's opening
// "Statement by [the]" (or of, from).
func statementBy(toks []ftok, m origMatch) bool {
	if m.start > 5 || len(toks) == 0 {
		return false
	}
	k := m.start - 1
	if k >= 0 && toks[k].w == "the" {
		k--
	}
	if k < 1 || (toks[k].w != "by" && toks[k].w != "of" && toks[k].w != "from") {
		return false
	}
	for j := 0; j < k; j++ {
		if statementWords.Has(toks[j].w) {
			return true
		}
	}
	return false
}

// datelineReachTokens is how far into a text a dateline may name its
// agency.
const datelineReachTokens = 12

// datelineAgency reports an agency named in brackets in a dateline, a dash
// after it: "Geneva/Damascus (ICRC) – The International Committee ...".
func datelineAgency(t *factSentence, m origMatch) bool {
	toks := t.toks
	if m.start < 1 || m.start > datelineReachTokens || m.end >= len(toks) || toks[m.start-1].w != "(" || toks[m.end].w != ")" {
		return false
	}
	rest := strings.TrimLeft(t.text[toks[m.end].end:], " *_")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

// possessiveNear reports an agency's name in the possessive among a
// headline's first words: "Inside SAMS's first clinic in ...", "A look at
// UNICEF's response ..." is the agency's own story.
func possessiveNear(toks []ftok, m origMatch) bool {
	if m.start > 3 || m.end < 1 || m.end > len(toks) {
		return false
	}
	_, ok := lang.CutPossessive(toks[m.end-1].w)
	return ok
}

// onlyAgency returns the one agency a headline names, when it names it more
// than once and names no other source: a press release names its own body
// in its title and dateline ("61 IRCS teams ... Iran/ Tehran/ IRCS _
// December 24th _ Iranian Red Crescent Society (IRCS) has set up ..."); -1
// otherwise.
func onlyAgency(t *factSentence) int {
	found, n := -1, 0
	for _, m := range t.origs {
		o := origs.list[m.id]
		if !publisherKinds.Has(o.kind) || o.generic {
			return -1
		}
		if found >= 0 && m.id != found {
			return -1
		}
		found, n = m.id, n+1
	}
	if n < 2 {
		return -1
	}
	return found
}

// publisherName is the name of the agency whose report the article is
// (publisher), or one the table does not know that opens the headline as
// the subject of its verb ("Philippine Red Cross appeals for aid for
// 500,000 people affected by 'Vinta'"); "" for none. A party is never a
// publisher here: its counts are claims the text must attribute.
func publisherName(sents []factSentence) string {
	if id := publisher(sents); id >= 0 {
		name, _ := origs.source(id)
		return name
	}
	if name := writtenPublisher(sents); name != "" {
		return name
	}
	if name := statementOf(sents); name != "" {
		return name
	}
	if len(sents) > 0 && sents[0].index < 0 {
		if id := onlyAgency(&sents[0]); id >= 0 {
			name, _ := origs.source(id)
			return name
		}
	}
	return ""
}

// countsOwn reports a sentence that counts the publisher's own people ("three
// U.N. workers", "two UN hostages"): a headline naming the agency ("UN
// hostages: kidnappers set a deadline") is then about its people, and the
// count is the outlet's, not the agency's report.
func countsOwn(s *factSentence, pub string) bool {
	if pub == "" {
		return false
	}
	for _, m := range s.origs {
		if name, _ := origs.source(m.id); name == pub && m.end < len(s.toks) && attr.counted[s.toks[m.end].w] {
			return true
		}
	}
	return false
}

// writtenPublisher returns the name the table does not know that opens the
// headline as the subject of its verb, "" for none.
func writtenPublisher(sents []factSentence) string {
	if len(sents) == 0 || sents[0].index >= 0 || len(sents[0].origs) > 0 && sents[0].origs[0].start == 0 {
		return ""
	}
	t := &sents[0]
	lo, hi, ok := nameSpan(t, 0, 1)
	if !ok || lo != 0 || hi < 1 || hi+1 >= len(t.toks) {
		return ""
	}
	// a name of two words or more, then a verb of the present, as headlines
	// write them: "... Red Cross appeals", "... Society warns"
	next := t.toks[hi+1]
	if next.punct || next.isNum || lang.Capitalised(t.text[next.off:next.end]) || !strings.HasSuffix(next.w, "s") ||
		strings.HasSuffix(next.w, "ss") {
		return ""
	}
	if name, party, ok := bodyName(t, lo, hi); ok && !party && !acronymWord(name) {
		return name
	}
	return ""
}

// statementOf returns the body the table does not know whose statement the
// headline says the report is ("Statement of the Chairperson of the African
// Union Commission on ...", "Remarks by the Head of the Foo Relief Agency"),
// "" for none or a party's.
func statementOf(sents []factSentence) string {
	if len(sents) == 0 || sents[0].index >= 0 {
		return ""
	}
	t := &sents[0]
	if len(t.toks) < 3 || !statementWords.Has(t.toks[0].w) {
		return ""
	}
	k := 1
	if t.toks[k].w == "by" || t.toks[k].w == "of" || t.toks[k].w == "from" {
		k++
	} else {
		return ""
	}
	if name, party, ok := nameAt(t, k, 1); ok && !party && !acronymWord(name) {
		return name
	}
	return ""
}

// written returns the source a figure's sentence names as written, when the
// originator table knows none there: its own, or the next sentence's when
// that one states no figure. src are the sentences' sources (sources).
func written(sents []factSentence, src []int, si int) (string, bool) {
	if n, p, ok := writtenSource(&sents[si]); ok {
		return n, p
	}
	if n, ok := toldPerson(&sents[si]); ok {
		if b := spokesmanBody(sents, src, si); b >= 0 {
			return origs.source(b) // "..., the body's spokesman said. ... Jundi told AFP": the body's
		}
		return n, false
	}
	if len(spokenNames(&sents[si])) > 0 {
		if b := spokesmanBody(sents, src, si); b >= 0 {
			return origs.source(b) // "... according to a spokesman for the Foo civil defence. ..., John Roe said": the body's
		}
	}
	if n, ok := delegate(sents, si); ok {
		return n, false // "JANE DOE (Norway) said 30 staff had been killed"
	}
	if n, ok := personSayer(sents, si); ok {
		return n, false // "..., John Roe said", "Roe said" after "a militia led by John Roe"
	}
	if n, p, ok := quotedSayer(sents, si); ok {
		return n, p // "A survivor said: \"... Yesterday the shells killed 13 of us.\""
	}
	if n, p, ok := writtenBefore(sents, si); ok {
		return n, p // "The Foo Brigades claimed the attack. The group said two of its members were killed."
	}
	if n, p, ok := writtenAnaphorIn(&sents[si]); ok {
		return n, p // "... held by the Foo Independence Army killed 60 people, a spokesman for the group said."
	}
	if n, ok := groupOwnOrgan(&sents[si]); ok {
		return n, true // "A militant Foo group has killed two hostages, a video posted on its website shows."
	}
	if n, p, ok := closedBeforeWritten(sents, si); ok {
		return n, p // "..., the Bar Maritime Bureau reported. Two crewmen were killed."
	}
	if sents[si].index < 0 {
		return "", false
	}
	if si+1 >= len(sents) {
		n, _ := citedAfter(sents, si) // the text's last sentence may close with its citation
		return n, false
	}
	if !sents[si+1].hasNum {
		next := &sents[si+1]
		next.tokenise()
		if n, p, ok := writtenSource(next); ok && carries(next.toks) && !declines(next.toks) &&
			!((onlookers.Has(n) || tellsDoing(next.toks)) && !restates(sents[si].toks, next)) {
			return n, p
		}
	}
	if n, ok := citedAfter(sents, si); ok {
		return n, false // "... Sunday night. ... (Foo FM 8 Sept, Bar News 10 Sept)."
	}
	if footnoteMark(sents[si].text) > 0 {
		return footnoteSource(sents, si), false // its footnote's line, not the next "Source:" line
	}
	return sourceLineAfter(sents, si)
}

// citedReach is how many sentences after a figure the bracketed list of
// the sources of its paragraph may come.
const citedReach = 2

// citedAfter returns the first source of a bracketed list that closes the
// figure's sentence or one up to citedReach after it and cites the sources
// of the account with the day of each report, as digests of the press
// write it: "Seven people were killed when insurgents attacked the town on
// Sunday night. It is the first attack since 2021. (Foo FM 8 Sept, Bar
// News 10 Sept)." — Foo FM's count; a sentence with a figure of its own
// between ends the account.
func citedAfter(sents []factSentence, si int) (string, bool) {
	for j := si; j < len(sents) && (j <= si+citedReach || paragraphCited(sents, si, j)) && sents[j].index >= 0; j++ {
		c := &sents[j]
		para := j > si && c.figs && paragraphCited(sents, si, j) // "... 65,800 are sheltering in schools. The clashes killed 40 (OCHA, 12/05/2021)."
		if j > si && c.figs && !para {
			return "", false
		}
		if n, ok := closingCitation(c); ok {
			return n, true
		}
		if n := gluedSources(c.text); n != "" && paragraphCited(sents, si, j) {
			return n, true // "... including 1,529 Sources: FOOREL daily report ..."
		}
		if j > si && paragraphCited(sents, si, j) && footnoteMark(c.text) > 0 {
			n := footnoteSource(sents, j) // "More than 20,000 people have fled. 32 have died, while 40 are missing1."
			return n, n != ""
		}
		if para && ownSourced(c) {
			return "", false // a count with its own source between
		}
	}
	return "", false
}

// closingCitation returns the first source of the bracketed citation list
// that closes sentence c ("... (Foo FM 8 Sept, Bar News 10 Sept).").
func closingCitation(c *factSentence) (string, bool) {
	if t := strings.TrimSuffix(strings.TrimSpace(c.text), "."); !strings.HasSuffix(t, ")") {
		return "", false
	}
	c.tokenise()
	open := -1
	for k := range c.toks {
		if c.toks[k].w == "(" {
			open = k
		}
	}
	if open < 0 {
		return "", false
	}
	return citedFirst(c, open)
}

// citedFirst reads the first item of a bracketed citation list opening at
// token open: a capitalised name of up to maxNameWords words and the day of
// its report ("Foo FM 8 Sept"), the list going on after a comma.
func citedFirst(c *factSentence, open int) (string, bool) {
	toks, text := c.toks, c.text
	k := open + 1
	for k < len(toks) && k <= open+maxNameWords && !toks[k].isNum && lang.Capitalised(text[toks[k].off:toks[k].end]) {
		k++
	}
	if k == open+1 || k >= len(toks) {
		return "", false
	}
	d := k
	if toks[k].w == "," {
		d = k + 1 // "(OCHA, 12/05/2021)"
	}
	if e := numericDateEnd(c, d); e > 0 && e < len(toks) && (toks[e].w == ";" || toks[e].w == ")" || toks[e].w == ",") {
		return text[toks[open+1].off:toks[k-1].end], true // "(Foo 09/11/2020; Bar 09/11/2020)", as briefing notes cite
	}
	if k+2 >= len(toks) || !toks[k].isNum {
		return "", false
	}
	if _, ok := lang.Month(toks[k+1].w); !ok || toks[k+2].w != "," {
		return "", false // a date closes the item and a comma goes on with the list
	}
	return text[toks[open+1].off:toks[k-1].end], true
}

// sourceLineReach is how many sentences after a figure a report's
// "Source: ..." line may come.
const sourceLineReach = 3

// sourceLineAfter returns the source a "Source: ..." line names soon after
// sentence si, as situation reports cite under their figures.
func sourceLineAfter(sents []factSentence, si int) (string, bool) {
	for j := si + 1; j < len(sents) && j <= si+sourceLineReach; j++ {
		s := &sents[j]
		if !hasLowerPrefix(strings.TrimLeft(s.text, " *-•"), "source") {
			continue
		}
		s.tokenise()
		if n, p, ok := writtenSource(s); ok {
			return n, p
		}
		if m, ok := attribution(s); ok {
			return origs.source(m.id)
		}
	}
	return "", false
}

// hasLowerPrefix reports whether s lower-cased begins with prefix, a
// lower-case ASCII word with no "i" or "k", without lower-casing s: no rune
// but the ASCII capitals lower-cases to one of its letters (only "İ" and
// the Kelvin sign lower-case to ASCII, to "i" and "k").
func hasLowerPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// carry is where a sentence's source was taken from when it names none of
// its own.
type carry int

const (
	ownSource carry = iota
	fromRelay       // the source a state-media report relays, going on
	fromNext        // the next sentence's, which tells of the event before it
)

// sources returns each sentence's source: its own attribution, the next
// sentence's, or, for "It said ..." and "The source added ...", the last
// source named before it; in a report that relays a source ("a source at
// the police told SANA"), that source until another is named; -1 for none.
// carried marks a source taken from another sentence (the relayed source, the
// next sentence's), which tells of the main event, not of a background figure.
func sources(sents []factSentence) (out []int, carried []carry) {
	out, carried = make([]int, len(sents)), make([]carry, len(sents))
	last, relay := -1, -1 // the last source; the relayed one a report goes on with
	relayDay := -1        // the weekday the relayed source speaks of, -1 for none named
	for si := range sents {
		s := &sents[si]
		out[si] = -1
		if !s.hasNum {
			continue
		}
		id := sentenceSource(sents, si)
		if m, ok := attribution(s); id >= 0 && (!ok || m.id != id) {
			carried[si] = fromNext // the next sentence's: it told of the main event, not of a war-wide total
		}
		if m, ok := closingAnaphor(s); id < 0 && ok {
			id = m.id // "..., the group said": the group it names
		}
		if b, ok, statement := closingAnaphorBefore(sents, si); ok && (id < 0 || carried[si] == fromNext || statement) {
			id, carried[si] = b, ownSource // "..., the charity said": the charity named the sentence before, not the next sentence's source
		}
		if b, ok := possessedPost(sents, si); id < 0 && ok {
			id = b // "The ministry's spokesman Jane Roe said ...": the ministry named before
		}
		if b, ok := groupNamedAfter(sents, si); id < 0 && ok {
			id = b // "..., the aid group said. The Union of Syrian Medical Relief Organisations ..."
		}
		if id < 0 {
			if p := personSource(sents, si); p >= 0 {
				if _, _, named := writtenSource(s); !named {
					id = p // "..., Barazi said": the governor Talal al-Barazi is; not "The government's Foo Forces said"
				}
			}
		}
		if id < 0 && quoteClosedAfter(sents, si) {
			if b, ok, _ := closingAnaphorBefore(sents, si+1); ok {
				id = b // "\"... injured eight. DNA tests are under way,\" the ministry said": the ministry named before
			}
		}
		if id < 0 {
			id = groupAnaphor(sents, si) // "The terror group claimed to have killed 63 soldiers": the armed group named before
		}
		if id < 0 && (anaphoric(s.text, s.toks) || quoteClosedAfter(sents, si) || personTold(s)) {
			if id = pronounPerson(sents, si); id < 0 {
				id = lastSource(sents, si, last)
			}
		}
		if id < 0 {
			id = quoteGoesOn(sents, si)
		}
		if id < 0 {
			id = quoteClosedBy(sents, si)
		}
		if id < 0 && s.index == 0 {
			id = repeatedHeadline(sents, si, out) // the page's first line repeats its headline: "... Dead - Military"
		}
		if id < 0 {
			if id = between(sents, si); id >= 0 {
				carried[si] = fromNext // the account around it told of the main event, not of a war-wide total
			}
		}
		if id < 0 {
			id = accordingBefore(sents, si)
		}
		if id < 0 {
			id = closedBefore(sents, si)
		}
		if id < 0 && s.index > 0 && !ownCue(s.toks) && sameDay(s.toks, relayDay) {
			if id = relay; relay >= 0 {
				carried[si] = fromRelay // a state-media report's later figures: its relayed source's
			}
		}
		if r, ok := relayedSource(s); ok && r.id == id {
			relay, relayDay = id, -1 // "A source at Aleppo Police Command told SANA ..."
			if d, ok := dayOf(s.toks); ok {
				relayDay = int(d)
			}
		} else if id != relay {
			relay = -1
		}
		if id >= 0 && s.index >= 0 {
			last = id
		}
		out[si] = id
	}
	return out, carried
}

// groupBack is how many sentences back the armed group that an opening
// "The group said" stands for may be named.
const groupBack = 8

// groupAnaphor returns the armed group named last, up to groupReach
// sentences before si (the headline among them), when si opens with "The
// group" (two words of what it is between: "The terror group", "The
// militant group") and an attribution word ("claimed to have killed",
// "said"): the group the article told of, whether as the attacker or a
// source; -1 otherwise. The noun says what the antecedent is: a group, not
// the official quoted last.
func groupAnaphor(sents []factSentence, si int) int {
	toks := sents[si].toks
	if sents[si].index < 0 || len(toks) < 3 || toks[0].w != "the" {
		return -1
	}
	k := 1
	for k < len(toks) && k <= 3 && toks[k].w != "group" && !toks[k].punct {
		k++
	}
	if k >= len(toks)-1 || toks[k].w != "group" || !isCue(toks, k+1) || toks[k+1].is(wcAhead) {
		return -1
	}
	for b := si - 1; b >= 0 && b >= si-groupBack; b-- {
		sents[b].tokenise()
		p := &sents[b]
		for _, m := range p.origs { // the first, its sentence's subject: "Al-Shabaab claimed ..., a day after the al-Qaeda affiliate lost ..."
			if o := origs.list[m.id]; o.kind == "armed_group" && o.name != "militants" && o.name != "rebels" &&
				(m.end >= len(p.toks) || !affiliateWords.Has(p.toks[m.end].w)) {
				return m.id
			}
		}
	}
	return -1
}

// affiliateWords after a group's name make it another group's description:
// "the al-Qaeda affiliate".
var affiliateWords = lang.WordSetOf(lang.WarWords(lang.AffiliateWord))

// sameDay reports a sentence that names no weekday, or the one a relayed
// source spoke of (day, -1 for none): "on Friday" in a report of
// Saturday's shelling is an earlier event the source did not tell of.
func sameDay(toks []ftok, day int) bool {
	d, ok := dayOf(toks)
	return !ok || day < 0 || int(d) == day
}

// dayOf returns the first weekday a sentence names.
func dayOf(toks []ftok) (time.Weekday, bool) {
	for _, t := range toks {
		if d, ok := lang.Weekday(t.w); ok {
			return d, true
		}
	}
	return 0, false
}

// accordingBefore returns the source of the sentence before si when that
// one opens with it and states no figure of its own ("According to the
// Observatory, heavy bombardment has battered the province in recent days.
// Since Thursday bombardment has killed 44 civilians."; "According to the
// Red Cross, the country is one of the most dangerous for aid workers. 54
// volunteers have been killed since 2011.": "one of" is no count): the
// account goes on; -1 otherwise.
func accordingBefore(sents []factSentence, si int) int {
	if sents[si].index <= 0 || sents[si-1].index < 0 || sents[si-1].figs || ownCue(sents[si].toks) {
		return -1
	}
	prev := &sents[si-1]
	prev.tokenise()
	if len(prev.toks) < 3 || prev.toks[0].w != "according" || prev.toks[1].w != "to" {
		return -1
	}
	if m, ok := attribution(prev); ok && m.start <= 3 {
		return m.id
	}
	return -1
}

// shortCount is the most tokens of a sentence that only adds a count to the
// one before ("At least three people were killed.").
const shortCount = 12

// closedBefore returns the source that closes the sentence before si ("...,
// police and the U.S. military said.") when si is a short sentence that only
// adds a count and attributes nothing ("At least three people were
// killed.", "One American soldier was hurt."): the account goes on; -1
// otherwise.
func closedBefore(sents []factSentence, si int) int {
	if !addsCount(sents, si) {
		return -1
	}
	prev := &sents[si-1]
	if m, ok := attribution(prev); ok && m.end+closingReach >= closingEnd(prev.toks)+1 {
		return m.id
	}
	return -1
}

// addsCount reports a short sentence si that only adds a count and
// attributes nothing, after a sentence that closes with its source.
func addsCount(sents []factSentence, si int) bool {
	s := &sents[si]
	if s.index <= 0 || sents[si-1].index < 0 || len(s.toks) > shortCount || len(s.origs) > 0 || ownCue(s.toks) || otherEventMark(s.toks) {
		return false
	}
	prev := &sents[si-1]
	prev.tokenise()
	return closingCue(prev.toks) || closesAfterAdjunct(prev)
}

// adjunctWords make up what may follow a closing attribution, a phrase of
// time or manner: "..., the Foo administration said in a statement on
// Thursday morning.", "said by phone", "told reporters late on Monday".
var adjunctWords = lang.WordSetOf(lang.ReportingWords(lang.AdjunctWord))

// adjunctOpens may open that phrase.
var adjunctOpens = lang.WordSetOf(lang.PrepositionWords(lang.AdjunctOpen))

// closingEnd returns where a sentence's last clause ends once its full stop
// and a closing phrase of time or manner after a comma or an attribution
// word are taken off ("..., said John Roe, head of the Foo administration,
// in a statement on Thursday morning."): len(toks) less the stop when there is
// no such phrase.
func closingEnd(toks []ftok) int {
	n := len(toks)
	for n > 0 && toks[n-1].punct && toks[n-1].w != "," {
		n-- // the full stop, a closing quote
	}
	k := n
	for k > 0 && !toks[k-1].isNum && (adjunctWords.Has(toks[k-1].w) || isWeekday(toks[k-1].w)) {
		k--
	}
	for k < n && !adjunctOpens.Has(toks[k].w) {
		k++ // "the statement" opens no phrase: it may be the subject's own
	}
	if k == n || k == 0 {
		return n
	}
	if toks[k-1].w == "," {
		return k - 1
	}
	if isCue(toks, k-1) {
		return k
	}
	return n
}

func isWeekday(w string) bool {
	_, ok := lang.Weekday(w)
	return ok
}

// closesAfterAdjunct reports a sentence whose attribution closes it once a
// phrase of time or manner is taken off: an attribution word in the last
// closingReach tokens ("..., the Foo administration said in a statement on
// Thursday."), or an inverted one that only a person's name and post
// follow ("..., said John Roe, head of the Foo administration, in a
// statement.").
func closesAfterAdjunct(s *factSentence) bool {
	toks := s.toks
	n := closingEnd(toks)
	for j := n - 1; j >= 0 && j >= n-closingReach; j-- {
		if isCue(toks, j) {
			return true
		}
	}
	for j := n - 1; j > 0 && j >= n-maxPostWords; j-- {
		if toks[j].isNum || toks[j].punct && toks[j].w != "," || j+1 < n && isCue(toks, j) && !toks[j].is(wcInverted) {
			return false
		}
		if isCue(toks, j) && toks[j].is(wcInverted) {
			return j+1 < n && nameWord(s.text, toks, j+1) // "said John Roe, head of ..."
		}
	}
	return false
}

// maxPostWords bounds a person's name and post after an inverted attribution
// word: "said Jane Roe, head of the Foo regional military administration".
const maxPostWords = 16

// closedBeforeWritten is closedBefore for a source the table does not know,
// as written: "The tanker Foo Star was hit by a missile, the Bar Maritime
// Bureau reported. Two crewmen were killed." The wire names its source once
// and goes on, whoever the source is.
func closedBeforeWritten(sents []factSentence, si int) (string, bool, bool) {
	if !addsCount(sents, si) {
		return "", false, false
	}
	prev := &sents[si-1]
	if _, ok := attribution(prev); ok {
		return "", false, false
	}
	return writtenSource(prev)
}

// closingCue reports a sentence that ends in an attribution word ("...,
// observers said."): it names its own source, one the table may not know.
func closingCue(toks []ftok) bool {
	for j := len(toks) - 1; j >= 0 && j >= len(toks)-closingReach; j-- {
		if toks[j].is(wcInverted) && isCue(toks, j) {
			return true
		}
	}
	return false
}

// ownCue reports a sentence with an attribution word of its own ("two more
// were reported killed", "according to the latest toll"): a report that
// names no source is not the relayed source's.
func ownCue(toks []ftok) bool {
	for j := range toks {
		if isCue(toks, j) {
			return true
		}
	}
	return false
}

// personTold reports a sentence that ends in what a person the table does
// not know told an outlet ("The missiles also wounded 25 others Ibrahim Abu
// Leys told Anadolu Agency."): a spokesman of the source named before.
func personTold(s *factSentence) bool {
	toks := s.toks
	for _, m := range s.origs {
		j := m.start - 1
		if j > 0 && toks[j].w == "the" {
			j--
		}
		if j < 2 || toks[j].w != "told" || !carrier(origs.list[m.id].kind) || m.end < len(toks)-closingReach {
			continue
		}
		for _, n := range s.origs {
			if n.end == j {
				return false // "the Observatory told AFP": named, not a person
			}
		}
		a, b := toks[j-1], toks[j-2]
		return !a.punct && !b.punct && lang.Capitalised(s.text[a.off:a.end]) && lang.Capitalised(s.text[b.off:b.end])
	}
	return false
}

// quoteGoesOn returns the source of the sentence before si when si is a
// quotation that goes on from a quotation that sentence attributes
// ("\"...\" the army said in a statement. \"Sixty-two soldiers were
// killed.\""): the same speaker's words; -1 otherwise.
func quoteGoesOn(sents []factSentence, si int) int {
	s := &sents[si]
	if s.index <= 0 || sents[si-1].index < 0 || len(s.toks) == 0 {
		return -1
	}
	if !quoteMark(s.toks[0].w) {
		return quoteLeftOpen(sents, si) // "The army said: \"... at dawn. Seven soldiers were killed.\""
	}
	prev := &sents[si-1]
	if quoteMarks(prev.text) == 0 {
		return -1
	}
	prev.tokenise()
	if m, ok := attribution(prev); ok {
		return m.id
	}
	if anaphoric(prev.text, prev.toks) {
		return lastSource(sents, si-1, -1) // "“... in my communities,” he said. “Yesterday, ... after killing three persons.": his, the quotation going on
	}
	return -1
}

// quoteLeftOpen returns the source of the sentence before si when that
// sentence opens a quotation after its attribution and leaves it open, and
// si, with no attribution word of its own, goes on with it: "The army said
// in a statement: \"Our posts came under fire at dawn. Seven soldiers were
// killed.\"" — the army's count; -1 otherwise.
func quoteLeftOpen(sents []factSentence, si int) int {
	q, ok := openQuote(sents, si)
	if !ok {
		return -1
	}
	prev := &sents[si-1]
	if m, ok := attribution(prev); ok && m.start < q {
		return m.id
	}
	return -1
}

// openQuote returns the quotation mark that the sentence before si opens
// and leaves open when si goes on with the quotation (no more than its
// closing mark, no attribution word of its own); ok is false otherwise.
func openQuote(sents []factSentence, si int) (int, bool) {
	s := &sents[si]
	if si == 0 || s.index <= 0 || sents[si-1].index < 0 || quoteMarks(s.text) > 1 || quoteMarks(sents[si-1].text)%2 == 0 {
		return -1, false
	}
	for j := range s.toks {
		if isCue(s.toks, j) {
			return -1, false
		}
	}
	prev := &sents[si-1]
	prev.tokenise()
	q := -1
	for k := range prev.toks {
		if quoteMark(prev.toks[k].w) {
			q = k // the last mark: the one left open
		}
	}
	return q, q >= 1
}

// quoteClosedBy returns the source that the next sentence names right
// after the closing mark of a quotation open in sentence si ("\"... Fifteen
// bodies were buried this morning. There are also wounded,\" a local
// official said."): the quoted speaker's words; -1 otherwise.
func quoteClosedBy(sents []factSentence, si int) int {
	if sents[si].index < 0 || si+1 >= len(sents) || sents[si+1].index < 0 || !quoteOpen(sents, si) {
		return -1
	}
	next := &sents[si+1]
	next.tokenise()
	q := slices.IndexFunc(next.toks, func(t ftok) bool { return quoteMark(t.w) })
	if m, ok := attribution(next); q >= 0 && ok && m.start > q && m.start <= q+3 {
		return m.id
	}
	return -1
}

// repeatedHeadline returns the source of a headline that sentence si, the
// body's first, repeats at its end (a page's title line, a date stamp
// before it); -1 otherwise. out holds the headline's source, worked out
// before the body's.
func repeatedHeadline(sents []factSentence, si int, out []int) int {
	text := strings.TrimSpace(sents[si].text)
	for h := 0; h < si && sents[h].index < 0; h++ {
		if out[h] >= 0 && strings.HasSuffix(text, strings.TrimSpace(sents[h].text)) {
			return out[h]
		}
	}
	return -1
}

func quoteMark(w string) bool {
	return w == "\"" || w == "“" || w == "”"
}

// between returns the source that both the sentence before si and the one
// after it name, when si names none: "..." said Rami Abdel Rahman, head of
// the Observatory. Two days of bombardment have killed 38 civilians.
// Fighting has also killed 30 fighters, according to the Observatory.";
// -1 otherwise.
func between(sents []factSentence, si int) int {
	if sents[si].index <= 0 || sents[si-1].index < 0 || si+1 >= len(sents) {
		return -1
	}
	if closingCue(sents[si].toks) || closesAfterAdjunct(&sents[si]) {
		return -1 // "..., the state's information minister John Roe said by phone.": its own sayer, one the table does not know
	}
	prev, next := &sents[si-1], &sents[si+1]
	prev.tokenise()
	a, ok := attribution(prev)
	if !ok {
		return -1
	}
	next.tokenise()
	if b, ok := attribution(next); ok && b.id == a.id {
		return a.id
	}
	return -1
}

// quoteClosedAfter reports a sentence in a quotation that the next sentence
// closes with an anaphoric attribution and no number of its own ("... 546
// people have been injured. Casualty figures are expected to rise\" the
// statement read."): the figure is the quoted source's.
func quoteClosedAfter(sents []factSentence, si int) bool {
	if sents[si].index < 0 || si+1 >= len(sents) || sents[si+1].hasNum || !quoteOpen(sents, si) {
		return false
	}
	next := &sents[si+1]
	next.tokenise()
	return strings.ContainsAny(next.text, "\"”") && anaphoric(next.text, next.toks)
}

// quoteOpen reports a quotation open at the end of sentence si: opened in
// it, or in the sentence before and not closed since.
func quoteOpen(sents []factSentence, si int) bool {
	n := quoteMarks(sents[si].text)
	if n == 0 && si > 0 && sents[si-1].index >= 0 {
		n = quoteMarks(sents[si-1].text)
	}
	return n%2 == 1
}

func quoteMarks(s string) int {
	n := strings.Count(s, "\"")
	if strings.IndexByte(s, "“"[0]) < 0 { // the curly quotes' first byte: most sentences hold none
		return n
	}
	return n + strings.Count(s, "“") + strings.Count(s, "”")
}

// lastSource returns the source the sentences before si name last, looking
// back a few sentences (tokenising those that state no number); else the
// last source of a figure, or -1.
func lastSource(sents []factSentence, si, last int) int {
	for j := si - 1; j >= 0 && j >= si-4 && sents[j].index >= 0; j-- {
		sents[j].tokenise()
		if m, ok := attribution(&sents[j]); ok {
			return m.id
		}
	}
	return last
}

// pronounPerson returns the body of the person a sentence that opens on
// "He" or "She" and a word of saying speaks of, when the sentence before
// introduced one with a post and attributed nothing ("Opposition leader
// Omar Haddad called for an inquiry. He told Al Arabiya that 900 people
// were killed."); -1 otherwise.
func pronounPerson(sents []factSentence, si int) int {
	toks := sents[si].toks
	if si == 0 || sents[si].index <= 0 || len(toks) < 2 || toks[0].w != "he" && toks[0].w != "she" {
		return -1
	}
	if !isCue(toks, 1) && !(len(toks) > 2 && toks[1].w == "also" && isCue(toks, 2)) {
		return -1
	}
	prev := &sents[si-1]
	prev.tokenise()
	if _, ok := attribution(prev); ok {
		return -1
	}
	var names []string
	for k := range prev.toks {
		if nameWord(prev.text, prev.toks, k) && !inOrig(prev.origs, k) {
			names = append(names, prev.toks[k].w)
		}
	}
	return introduced(prev, names)
}

// sentenceSource returns the originator sentence si attributes to, or the
// next sentence's; -1 for none.
func sentenceSource(sents []factSentence, si int) int {
	if m, ok := attribution(&sents[si]); ok {
		return m.id
	}
	if sents[si].index < 0 || si+1 >= len(sents) {
		return -1
	}
	next := &sents[nextSentence(sents, si)] // past a caption under a headline line
	if unnamedReport(sents[si].toks) {
		if m, ok := attribution(next); ok && m.start <= reportNamedReach && speaksAt(next.toks, m.end) {
			return m.id // "... were killed, a report says. The Observatory said Wednesday that the attacks ...": the report's
		}
	}
	if closingCue(sents[si].toks) || anaphoric(sents[si].text, sents[si].toks) {
		return -1 // "... wounding dozens more, observers said" and "He added that ..." have their own
	}
	if _, _, ok := writtenSource(&sents[si]); ok || kindSayerIn(&sents[si]) {
		return -1 // "The Foo Rights Council said 31 civilians were killed. The army said ...": the council's; "a survivor said ..." the survivor's
	}
	next.tokenise()
	if m, ok := attribution(next); ok && !next.figs && m.end+1 < len(next.toks) && goesOnWords.Has(next.toks[m.end].w) && isCue(next.toks, m.end+1) {
		return m.id // "... reportedly killing at least 19. ... the Observatory further said ...": it speaks on
	}
	if next.hasNum && (next.figs || sents[si].index > 0) && !restates(sents[si].toks, next) && !sumRestates(sents[si].toks, next) {
		return -1 // its source is for its own figures; but the lead's, when the next states only other numbers ("says it has seized three camps")
	}
	if declines(next.toks) {
		return -1 // "The Afghan government has not commented on the reports": it said nothing of the figure
	}
	if m, ok := attribution(next); ok && carries(next.toks) && !alsoBefore(next.toks, m) && !describesDoers(next.toks, m) &&
		!((onlookers.Has(origs.list[m.id].name) || tellsDoing(next.toks)) && !restates(sents[si].toks, next)) {
		return m.id
	}
	if m, ok := closingAnaphor(next); ok && next.hasNum && restates(sents[si].toks, next) {
		return m.id // "Four medics were killed ... The four staff of UOSSM were in ambulances, the group said."
	}
	return -1
}

// onlookers are the table's sources who tell what they saw, not a count:
// "Three people were killed in a blast. Witnesses said it shattered windows
// streets away." leaves the count the outlet's; a witness's sentence that
// tells the same count again ("Residents said they saw three bodies") stands
// behind it.
var onlookers = lang.WordSetOf(lang.PeopleWords(lang.Onlooker))

// goesOnWords between a source and its attribution word tell that it
// speaks on from the sentence before: "the Observatory further said".
var goesOnWords = lang.WordSetOf(lang.AuxiliaryWords(lang.GoesOnWord))

// reportNamedReach is how far into the next sentence the source of an
// unnamed report may be named: "The so-called Syrian Observatory ... said".
const reportNamedReach = 4

// unnamedReport reports a sentence that closes on a report nobody is named
// for: "..., a report says", "..., reports said".
func unnamedReport(toks []ftok) bool {
	n := len(toks)
	for n > 0 && toks[n-1].punct {
		n--
	}
	if n < 3 || !isCue(toks, n-1) {
		return false
	}
	r := n - 2
	return (toks[r].w == "report" && (toks[r-1].w == "a" || toks[r-1].w == "one")) || toks[r].w == "reports" && !toks[r-1].isNum
}

// speaksAt reports an attribution word at toks[k], perhaps after "also" or
// "further": the name before it is the subject that speaks.
func speaksAt(toks []ftok, k int) bool {
	if k+2 < len(toks) && toks[k].w == "(" && toks[k+2].w == ")" {
		k += 3 // "the Syrian Observatory for Human Rights (SOHR) said"
	}
	if k < len(toks) && goesOnWords.Has(toks[k].w) {
		k++
	}
	return k < len(toks) && isCue(toks, k)
}

// declineWords tell that a body gave no statement: "has not commented on
// the reports", "declined to comment", "made no comment", "could not
// confirm", "would not say".
var declineWords = lang.WordSetOf(lang.AuxiliaryWords(lang.DeclineWord))

// declinedWords are what a body declined to do.
var declinedWords = lang.ReportingWords(lang.DeclinedWord)

// declineReach is how many words after a word of declineWords what was
// declined may stand ("has not yet officially commented").
const declineReach = 4

// declines reports a sentence that tells who did not speak of the news
// ("The Soviet-backed Afghan government has not commented on the reports"):
// it attributes nothing, so the sentence before it keeps its own source.
func declines(toks []ftok) bool {
	for j, t := range toks {
		if declineWords.Has(t.w) && wordWithin(toks, j+1, declineReach, declinedWords) {
			return true
		}
	}
	return false
}

// restates reports a next sentence that tells each figure of the one
// before again, the same number of the same people, and names one source
// ("Three women were wounded in a mortar attack. A source at the police
// said the shell wounded 3 women."): that source stands behind both. A
// lead's total that the source's sentence gives otherwise ("killing 8 and
// injuring more than 58" before the police's "8 ... more than 55") stays
// the outlet's own.
func restates(toks []ftok, next *factSentence) bool {
	n := 0
	for i, t := range toks {
		if !t.isNum || t.num <= 0 || t.year || i+1 >= len(toks) || toks[i+1].punct {
			continue
		}
		if !tellsAgain(next.toks, t.num, toks[i+1].w) {
			return false
		}
		n++
	}
	return n > 0 && oneSource(next)
}

// sumRestates reports a next sentence that names one source and tells a
// count of the sentence before as its terms ("... at least 20 were killed.
// According to the police, the confirmed deaths are fourteen civilians,
// five soldiers and one coastguard."): that source stands behind the sum.
func sumRestates(toks []ftok, next *factSentence) bool {
	var sum int64
	terms := 0
	for _, t := range next.toks {
		if t.isNum && t.num > 0 && !t.year && !t.amount {
			sum += t.num
			terms++
		}
	}
	if terms < 2 || !oneSource(next) {
		return false
	}
	for _, t := range toks {
		if t.isNum && t.num == sum && !t.year {
			return true
		}
	}
	return false
}

// tellsDoing reports a sentence whose source tells what someone or
// something was doing when the event happened ("Officials said the
// helicopter was carrying supplies ...", "The victims were waiting in a
// queue, according to police"): a circumstance of its own, no source for
// the count of the sentence before, which stays the outlet's unless the
// sentence tells that count again (round h-orig3).
func tellsDoing(toks []ftok) bool {
	for j := 1; j < len(toks); j++ {
		if lang.WasDoing(toks[j-1].w, toks[j].w) {
			return true
		}
	}
	return false
}

// doerNouns name those who carried out an attack.
var doerNouns = lang.WordSetOf(lang.WarWords(lang.DoerNoun))

// describesDoers reports a source whose reported clause tells of the
// attackers, not of the toll ("The deputy governor says the attackers were
// well organised and wore uniforms."): a fact of its own, no source for the
// count before.
func describesDoers(toks []ftok, m origMatch) bool {
	for c := m.end; c < len(toks) && c <= m.end+describeReach; c++ {
		if !isCue(toks, c) {
			continue
		}
		for j := c + 1; j+1 < len(toks) && j <= c+3; j++ {
			if doerNouns.Has(toks[j].w) && lang.PassiveBe(toks[j+1].w) {
				return true
			}
		}
		return false
	}
	return false
}

// describeReach is how far after its source's name the word of saying may
// stand: "The deputy governor of the province says".
const describeReach = 6

// toldTo reports a name that is told something: "told SANA", "to the
// agency".
func toldTo(toks []ftok, start int) bool {
	j := start - 1
	if j > 0 && toks[j].w == "the" {
		j--
	}
	return j >= 0 && (toks[j].w == "told" || toks[j].w == "to")
}

// tellsAgain reports the number v before word w in toks, or after "the"
// ("the four staff of ...": the people just counted, told again).
func tellsAgain(toks []ftok, v int64, w string) bool {
	for j, u := range toks {
		if u.isNum && u.num == v && !u.year && j+1 < len(toks) && (toks[j+1].w == w || j > 0 && toks[j-1].w == "the") {
			return true // the same people, or "the four staff": those just counted
		}
	}
	return false
}

// oneSource reports a sentence that names one source, outlets and the
// agency a source spoke to aside ("told SANA", "in a statement to SANA").
func oneSource(s *factSentence) bool {
	id := -1
	for _, m := range s.origs {
		if carrier(origs.list[m.id].kind) || notSource(s.toks, m) || toldTo(s.toks, m.start) {
			continue
		}
		if id >= 0 && m.id != id {
			return false
		}
		id = m.id
	}
	return id >= 0
}

// alsoBefore reports a sentence that tells a further fact of its own before
// naming its source ("A mosque was also destroyed by airstrikes, civil
// defence sources said."): its source is not the sentence before's.
func alsoBefore(toks []ftok, m origMatch) bool {
	for j := 1; j < m.start; j++ {
		if toks[j].w == "also" {
			return true
		}
		if otherFactVerbs.Has(toks[j].w) && lang.PassiveBe(toks[j-1].w) {
			return true // "Several suspects were arrested after the clash, officials said.": the arrests are theirs
		}
	}
	return false
}

// otherFactVerbs are participles of a further fact than a toll: a sentence
// that tells one ("were arrested", "was destroyed") before its source says
// that fact, not the count of the sentence before.
var otherFactVerbs = lang.WordSetOf(lang.WarWords(lang.OtherFactVerb))

// carries reports a sentence that says or reports something, and so may
// stand behind the figures of the sentence before; one that only blames
// ("The United States has accused the Assad regime of being behind the
// attack") or gives a reason ("Hezbollah cited the threat ...") does not.
func carries(toks []ftok) bool {
	for _, t := range toks {
		if t.is(wcCarry) {
			return true
		}
	}
	return false
}

// otherMarks open a sentence about another event than the one before it.
var otherMarks = lang.JoinerWords(lang.OtherEventMark)

// otherEventMark reports a sentence that turns to another event:
// "Meanwhile ...", "In another attack ...", "Elsewhere ...", "In Iraq
// meanwhile ...", "Also on Saturday ..."; not "another was injured", one
// more person; nor "Meanwhile the coalition said the attack killed more
// than 100": another source's word on the act told (saysTheAct).
func otherEventMark(toks []ftok) bool {
	if len(toks) > 3 && toks[0].w == "in" && toks[1].w == "the" && toks[2].w == "same" && toks[3].w == "context" {
		return true // SANA's turn to the next incident
	}
	for j := 0; j < len(toks) && j < 8; j++ {
		w := toks[j].w
		if toks[j].is(wcOtherMark) && !(w == "another" && j+1 < len(toks) && (toks[j+1].isNum || toks[j+1].w == "of" || auxiliaries.Has(toks[j+1].w))) &&
			!(w == "meanwhile" && saysTheAct(toks)) {
			return true
		}
		if w == "also" && j+1 < len(toks) && toks[j+1].w == "on" {
			return true
		}
		if _, day := lang.Weekday(toks[min(1, len(toks)-1)].w); j == 0 && w == "also" && day {
			return true // "Also Monday, ...": AP's "Also on Monday"
		}
	}
	return false
}

// saysTheAct reports a sentence in which a source says what "the" one act
// did ("said the attack killed", "reported the strike left"): the act is
// the one told before, not another.
func saysTheAct(toks []ftok) bool {
	for j := 0; j+2 < len(toks); j++ {
		if sayTheVerbs.Has(toks[j].w) && toks[j+1].w == "the" && theActNouns.Has(toks[j+2].w) {
			return true
		}
	}
	return false
}

var (
	sayTheVerbs = lang.WordSetOf(lang.ReportingWords(lang.SayTheVerb))
	theActNouns = lang.WordSetOf(lang.WarWords(lang.TheActNoun))
)

// followsRecall reports a sentence that opens on "The attack ..." right
// after one that recalls an earlier event ("The strike comes two days
// after jets hit an aid convoy."): the attack it names is the one recalled,
// the last one named.
func followsRecall(sents []factSentence, si int) bool {
	s := &sents[si]
	if si == 0 || s.index <= 0 || sents[si-1].index < 0 || len(s.toks) < 2 || s.toks[0].w != "the" || !s.toks[1].is(wcEventNoun) {
		return false
	}
	prev := &sents[si-1]
	prev.tokenise()
	for j := 2; j+1 < len(prev.toks); j++ {
		if prev.toks[j+1].w == "after" && timeUnits.Has(prev.toks[j].w) && (prev.toks[j-1].isNum || prev.toks[j-1].w == "a") {
			return true // "two days after", "a week after"
		}
	}
	return false
}

var timeUnits = lang.WordSetOf(lang.SpanWords(lang.AfterSpan))

// alongWith reports a count added "along with" a larger group the sentence
// counts first ("More than 5,000 people left the two towns along with 2,200
// evacuated from two others"): the group added is not the sentence's, and
// not the main event's when the first count is the subject.
func alongWith(toks []ftok, i int) bool {
	_, qn := qualifierBefore(toks, i)
	j := i - qn
	if j < 2 || toks[j-1].w != "with" || toks[j-2].w != "along" {
		return false
	}
	for k := 0; k < j-2; k++ {
		if toks[k].isNum && !toks[k].year && !toks[k].amount && toks[k].num > toks[i].num {
			return true
		}
	}
	return false
}

// amidReports reports a number after "amid reports that": the statement is
// set beside news of another event ("The statement came amid reports that
// rebel forces ... have agreed to leave the town in exchange for evacuation
// of 8,000 remaining residents").
func amidReports(toks []ftok, i int) bool {
	for j := max(0, i-amidReach); j+1 < i; j++ {
		if toks[j].w == "amid" && (toks[j+1].w == "reports" || toks[j+1].w == "news") {
			return true
		}
	}
	return false
}

// spateNouns gather many events into one: "a flurry of attacks", "a wave
// of bombings".
var spateNouns = lang.WordSetOf(lang.WarWords(lang.SpateNoun))

// amidSpateReach is how many words after "amid" the count of a spate may
// stand: "amid a flurry of attacks that wounded over a dozen".
const amidSpateReach = 8

// amidSpate reports a count at i in the clause of "amid a flurry (wave,
// spate, ...) of" attacks: the setting the news came in, many events'
// total, not the news ("A bomb killed a soldier, the army said, amid a
// flurry of attacks that wounded 12 others").
func amidSpate(toks []ftok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-amidSpateReach; j-- {
		if clauseStop(toks, j) {
			return false
		}
		if toks[j].w == "amid" && j+3 < i && toks[j+1].w == "a" && spateNouns.Has(toks[j+2].w) && toks[j+3].w == "of" {
			return true
		}
	}
	return false
}

// amidReach is how far into its sentence "amid reports" reaches.
const amidReach = 40

// linkWords start a page's list of links to other stories ("Related",
// "Read also"): numbers after them are other stories' figures.
var linkWords = lang.FurnitureWords(lang.LinkListWord)

// afterLinks reports a number soon after "Related" or "Read also/more" in
// its sentence, where the page's links were glued into the text; further on,
// the glued text is the article's own again.
func afterLinks(toks []ftok, i int) bool {
	for j := max(0, i-linkReach); j < i; j++ {
		if toks[j].is(wcLink) && (toks[j].w == "related" || (j+1 < len(toks) && (toks[j+1].w == "also" || toks[j+1].w == "more"))) {
			return true
		}
	}
	return false
}

// linkReach is how many tokens a glued list of links is taken to run.
const linkReach = 20

// earlierDate reports a sentence that dates an event ("On April 4", "on 21
// August") more than two days and less than a year before the article's
// publication: an earlier event recalled. A dateline ("Published April 2
// 2017") has no "on" and dates nothing.
func earlierDate(toks []ftok, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	if earlierMonth(toks, published) {
		return true
	}
	for j := 2; j < len(toks); j++ {
		if toks[j-2].w != "on" && !(toks[j-2].w == "the" && j >= 3 && toks[j-3].w == "on") {
			continue // "on 22 April", "on the 22 April"
		}
		m, day := monthNumber(toks[j-1].w), toks[j]
		if m == 0 {
			m, day = monthNumber(toks[j].w), toks[j-1]
		}
		if m == 0 || !day.isNum || day.amount || day.num < 1 || day.num > 31 || onsetBefore(toks, j-2) {
			continue
		}
		d := time.Date(published.Year(), time.Month(m), int(day.num), 0, 0, 0, 0, time.UTC)
		if d.After(published) {
			d = d.AddDate(-1, 0, 0)
		}
		if age := published.Sub(d); age > 60*time.Hour && age < 300*24*time.Hour {
			return true
		}
	}
	return false
}

// onsetWords name the start of a period a count runs over: "after the
// onset of clashes ... on 26 August" dates when the counting began.
var onsetWords = lang.WordSetOf(lang.WarWords(lang.OnsetWord))

// onsetBefore reports a date ("on" at k) that dates the onset of the events
// a count runs over: "After the onset of clashes between armed groups in
// Tripoli on 26 August, at least 3,845 families have been displaced" counts
// the displaced of those clashes up to now, no earlier event recalled. (A
// count "since" such an onset is a running total: isBackground's.) So does
// a clause "since the offensive began on 13 June" (datedBegan).
func onsetBefore(toks []ftok, k int) bool {
	for j := k - 1; j >= 1 && j >= k-onsetReach; j-- {
		if toks[j].w == "." || toks[j].w == ";" || toks[j].isNum {
			return false
		}
		if onsetWords.Has(toks[j-1].w) && toks[j].w == "of" || toks[j].w == "since" && datedBegan(toks, j) {
			return true
		}
	}
	return false
}

// onsetReach is how many words before its date an onset's "... of" may stand.
const onsetReach = 10

// datedOnlyInPart reports a sentence whose earlier date (earlierDate)
// stands only in an "including ..." clause after the count at i: "At least
// 90 civilians killed ... in the clashes, including the air strike on 4
// August" dates one part of the count, not the count.
func datedOnlyInPart(toks []ftok, i int, published time.Time) bool {
	for k := i + 1; k < len(toks); k++ {
		if toks[k].w == "." || toks[k].w == ";" {
			return false
		}
		if toks[k].w == "including" || toks[k].w == "includes" {
			return !earlierDate(toks[:k], published)
		}
	}
	return false
}

// datedEventBefore reports a count in the clause of an attack its noun
// phrase dates more than three days before the article's event day: "the 4
// April attack, which killed at least 87", "the attack of April 4 that
// killed 87", "the April 4 attack that killed 87". The count is the earlier
// event's toll, recalled; the date may be given without "on", which
// earlierDate asks for.
func datedEventBefore(toks []ftok, i int, published time.Time) bool {
	relative := false
	for j := i - 1; j >= 0 && j >= i-datedEventReach; j-- {
		if toks[j].w == ";" || toks[j].w == "." && !(j > 0 && monthNumber(toks[j-1].w) != 0) ||
			(toks[j].isNum && !toks[j].year && j < i-1 && !nextToMonth(toks, j) && !(j > 1 && toks[j-1].w == "." && monthNumber(toks[j-2].w) != 0)) {
			return false // another clause, or another count between
		}
		relative = relative || toks[j].w == "which" || toks[j].w == "that"
		if !toks[j].is(wcEventNoun) {
			continue
		}
		d, ok := phraseDate(toks, j, published)
		if published.IsZero() {
			return ok && relative // undated: an attack named by its day, its toll in a clause of its own, is a past one
		}
		age := midnight(published).Sub(d)
		return ok && age > datedEventAge && age < 300*24*time.Hour
	}
	return false
}

// nextToMonth reports a number that is a date's day: "April 4", "4 April".
func nextToMonth(toks []ftok, j int) bool {
	return (j > 0 && monthNumber(toks[j-1].w) != 0) || (j+1 < len(toks) && monthNumber(toks[j+1].w) != 0)
}

// datedEventReach is how far back from its count an attack's noun is
// looked for; datedEventAge is how much older than the article's event day
// a dated attack must be to be an earlier one.
const (
	datedEventReach = 10
	datedEventAge   = 3 * 24 * time.Hour
)

// phraseDate returns the day and month dating the attack noun at j, before
// it ("the 4 April attack", "the April 4 chemical attack") or just after it
// ("the attack of April 4", "the attack on 4 April"), in the year that puts
// it on or before published.
func phraseDate(toks []ftok, j int, published time.Time) (time.Time, bool) {
	for k := j - 1; k >= 1 && k >= j-4 && !toks[k].punct; k-- {
		if d, ok := dayMonthAt(toks, k, published); ok {
			return d, true
		}
		if toks[k].w == "the" {
			break
		}
	}
	if j+2 < len(toks) && (toks[j+1].w == "of" || toks[j+1].w == "on") {
		if d, ok := dayMonthAt(toks, j+2, published); ok {
			return d, true
		}
		if j+3 < len(toks) {
			return dayMonthAt(toks, j+3, published)
		}
	}
	return time.Time{}, false
}

// dayMonthAt reads a day and month ending or starting at k: "4 April" or
// "April 4", with k on either word.
func dayMonthAt(toks []ftok, k int, published time.Time) (time.Time, bool) {
	m := monthNumber(toks[k].w)
	var day ftok
	switch {
	case m != 0 && k+1 < len(toks) && toks[k+1].isNum:
		day = toks[k+1]
	case m != 0 && k+2 < len(toks) && toks[k+1].w == "." && toks[k+2].isNum:
		day = toks[k+2] // "Oct. 7"
	case m != 0 && k > 0 && toks[k-1].isNum:
		day = toks[k-1]
	case toks[k].isNum && k+1 < len(toks) && monthNumber(toks[k+1].w) != 0:
		m, day = monthNumber(toks[k+1].w), toks[k]
	case toks[k].isNum && k > 0 && monthNumber(toks[k-1].w) != 0:
		m, day = monthNumber(toks[k-1].w), toks[k]
	default:
		return time.Time{}, false
	}
	if day.amount || day.year || day.num < 1 || day.num > 31 {
		return time.Time{}, false
	}
	d := time.Date(published.Year(), time.Month(m), int(day.num), 0, 0, 0, 0, time.UTC)
	if d.After(midnight(published)) {
		d = d.AddDate(-1, 0, 0)
	}
	return d, true
}

// earlierMonth reports "in February" (no day) for a month one to nine
// months before the article's: an earlier event recalled.
func earlierMonth(toks []ftok, published time.Time) bool {
	for j := 1; j < len(toks); j++ {
		m := monthNumber(toks[j].w)
		if toks[j-1].w != "in" || m == 0 || m == 5 || (j+1 < len(toks) && toks[j+1].isNum && !toks[j+1].year) {
			continue // "in May" may be a verb's; "in March 15" has its day
		}
		diff := (int(published.Month()) - m + 12) % 12
		if j+1 < len(toks) && toks[j+1].year {
			diff = (published.Year()-int(toks[j+1].num))*12 + int(published.Month()) - m
		}
		if diff >= 1 && diff <= 9 {
			return true
		}
	}
	return false
}

// closeWithin is the last sentence where a count a little larger than the
// first one is taken as the same event's latest toll.
const closeWithin = 2

// chooseMain returns the mention that is the main event's figure of kind
// k: the first one stated in the headline or lead, raised to a later "toll
// rose to" or a larger count close to it; -1 when no sentence states one.
// Its qualifier and originator come from the body when the headline drops
// them ("kills 21" in the headline, "at least 21" in the lead).
func chooseMain(sents []factSentence, ms []mention, k *figureKind) int {
	anchor := -1
	for i := range ms {
		if mainCandidate(&ms[i], k) && !headlineElsewhere(ms, i) {
			anchor = i
			break
		}
	}
	if anchor < 0 {
		return -1
	}
	anchor = beyondHeadlineGroup(ms, anchor, k)
	if anchor = headlinePlace(sents, ms, anchor, k); anchor < 0 {
		return -1
	}
	restate(ms, anchor, k) // a headline's source and qualifier, to compare with
	chosen := anchor
	for i := anchor + 1; i < len(ms); i++ {
		m := &ms[i]
		if !mainCandidate(m, k) || m.fig.Value <= ms[chosen].fig.Value || !sameGroup(&ms[anchor], m) ||
			rounded(&ms[chosen], m) {
			continue
		}
		a := ms[anchor].fig.Value
		close := m.fig.Value*2 <= a*3 && m.index <= closeWithin
		// another source's larger count of the same toll: the largest is
		// the event's (GUIDE.md); a different source is what makes it the
		// same toll rather than a later one.
		alt := m.fig.Value*2 <= a*3 && m.fig.Originator != "" && ms[chosen].fig.Originator != "" &&
			m.fig.Originator != ms[chosen].fig.Originator && !elsewhere(sents, &ms[anchor], m)
		// "over 50 were injured" then "55 injuries": the precise count
		c := &ms[chosen]
		precise := m.fig.Qualifier == news.Exact && c.fig.Qualifier != news.Exact && c.fig.Qualifier != news.UpTo &&
			m.fig.Value*2 <= c.fig.Value*3 && c.fig.Originator != "" && m.fig.Originator == c.fig.Originator
		if (m.update && m.fig.Value <= a*5) || close || alt || precise || holdsPart(ms, i, ms[chosen].fig.Value) {
			chosen = i
		}
	}
	if j := sumOfIncluded(ms, chosen, k); j >= 0 {
		// the first term of the sum, with its sentence's qualifier ("Over")
		c := &ms[chosen]
		c.fig.Value, c.fig.Low = ms[j].fig.Value, 0
		c.fig.Text = c.fig.Text[:strings.Index(c.fig.Text, " and ")]
	}
	restate(ms, chosen, k)
	sumRestated(sents, ms, chosen, k)
	return chosen
}

// sumOfIncluded returns the count another sentence states whose part
// ("including ...") the chosen sum adds to it: "Over 16,700 individuals and
// 620 migrants have been displaced" where the report says elsewhere "at
// least 16,700 individuals have been displaced ... including around 620
// migrants" counts the migrants twice; the count that holds them is the
// toll, the sum's first term. -1 when there is none.
func sumOfIncluded(ms []mention, chosen int, k *figureKind) int {
	c := &ms[chosen]
	a := strings.Index(c.fig.Text, " and ")
	if a < 0 {
		return -1 // no sum
	}
	first := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, c.fig.Text[:a])
	for j := range ms {
		x := &ms[j]
		if first != strconv.FormatInt(x.fig.Value, 10) || j == chosen || x.sent == c.sent || !mainCandidate(x, k) || x.fig.Value >= c.fig.Value {
			continue
		}
		for p := range ms {
			if y := &ms[p]; y.part && y.sent == x.sent && y.kind == k && x.fig.Value+y.fig.Value == c.fig.Value {
				return j
			}
		}
	}
	return -1
}

// sumRestated gives a headline's count that the body tells only as a sum
// ("35 dead" over "At least 29 fighters were killed along with six
// militants, the Observatory said") the qualifier and source of the sum's
// first term: at least 29 and six are at least 35, the Observatory's; the
// source of the lead's other count is not its.
func sumRestated(sents []factSentence, ms []mention, chosen int, k *figureKind) {
	c := &ms[chosen]
	if c.index >= 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.index < 0 || m.kind != k || m.background || m.other || m.fig.Value <= 0 {
			continue
		}
		if m.fig.Value == c.fig.Value && !m.part {
			return // the body restates it
		}
		if n, ok := addedAlong(sents[m.sent].toks, m.tok); ok && m.fig.Value+n == c.fig.Value {
			c.fig.Qualifier = m.fig.Qualifier
			if m.fig.Originator != "" {
				c.fig.Originator, c.fig.PartyClaim = m.fig.Originator, m.fig.PartyClaim
			}
			return
		}
	}
}

// addedAlong returns the count a clause adds to the one at i "along with"
// or "as well as" it: "29 fighters were killed along with six militants".
func addedAlong(toks []ftok, i int) (int64, bool) {
	for j := i + 1; j+2 < len(toks) && j <= i+afterReach && !clauseStop(toks, j); j++ {
		n := -1
		switch {
		case toks[j].w == "along" && toks[j+1].w == "with":
			n = j + 2
		case toks[j].w == "as" && toks[j+1].w == "well" && toks[j+2].w == "as":
			n = j + 3
		}
		if n > 0 && n < len(toks) && toks[n].isNum && !toks[n].year && !toks[n].amount && toks[n].num > 0 {
			return toks[n].num, true
		}
	}
	return 0, false
}

// elsewhere reports a count whose sentence names towns or regions and none
// of those its anchor's sentence (or the headline) names: "28 rebels had
// been killed in Qalamun" below a report of 25 killed in Homs is another
// place's toll, not another source's count of the same.
func elsewhere(sents []factSentence, anchor, m *mention) bool {
	there := placesIn(sents[m.sent].text)
	if len(there) == 0 {
		return false
	}
	here := placesIn(sents[anchor.sent].text)
	if len(sents) > 0 && sents[0].index < 0 {
		here = append(here, placesIn(sents[0].text)...)
	}
	return len(here) > 0 && !overlaps(here, there)
}

// rounded reports a round restatement of an exact count: "nearly 40" after
// "38 regime forces" is the same toll, the exact one the better.
// otherGroupsCount reports a count of hundreds within 5 % of one the
// article gives as another group's or event's ("along with 2,200
// evacuated from Madaya", then "around 2,220 evacuees from Madaya"): the
// same people, not the main event's.
func otherGroupsCount(ms []mention, i int) bool {
	v := ms[i].fig.Value
	if v < 100 {
		return false // small counts agree by chance
	}
	for j := range ms {
		if w := ms[j].fig.Value; j != i && ms[j].other && ms[j].kind == ms[i].kind && (v-w)*20 <= v && (w-v)*20 <= w {
			return true
		}
	}
	return false
}

func rounded(exact, m *mention) bool {
	return exact.fig.Qualifier == news.Exact && (m.fig.Qualifier == news.About || m.fig.Qualifier == news.UpTo) &&
		m.fig.Value*10 <= exact.fig.Value*11
}

// holdsPart reports a count stated with the given value as its part ("82
// people including 58 civilians" after "58 civilians"): the same event's
// fuller toll.
func holdsPart(ms []mention, i int, part int64) bool {
	for j := range ms {
		if ms[j].part && ms[j].sent == ms[i].sent && ms[j].kind == ms[i].kind && ms[j].fig.Value == part {
			return true
		}
	}
	return false
}

// headlineElsewhere reports a headline figure whose number the body states
// only as another event's or background: the headline then tells of that
// event ("8 Killed" where the body's 8 are Sunday's dead).
func headlineElsewhere(ms []mention, h int) bool {
	if ms[h].index >= 0 {
		return false
	}
	found := false
	for j := range ms {
		m := &ms[j]
		if j == h || m.kind != ms[h].kind || m.fig.Value != ms[h].fig.Value || m.part {
			continue
		}
		if !m.other && !m.background {
			return false
		}
		found = true
	}
	return found
}

// mainCandidate reports a figure that may be the main one of kind k: a number
// stated as the event's own, not a part, not background, not another event's,
// not an evacuation only planned without a deal.
func mainCandidate(m *mention, k *figureKind) bool {
	return m.kind == k && !m.part && !m.background && !m.other && m.fig.Value > 0 && m.fig.Word == "" &&
		!(m.fig.Planned && !dealNear(m.fig.Sentence))
}

// dealNear reports a deal in the sentence: evacuations due under a deal
// count as evacuated (GUIDE.md).
func dealNear(s string) bool {
	for _, t := range ftokens(s) {
		if t.w == "deal" || t.w == "agreement" || t.w == "agreed" || t.w == "truce" {
			return true
		}
	}
	return false
}

// subgroups are groups that a headline may count out of a larger toll.
var subgroups = lang.WordSetOf(lang.PeopleWords(lang.HeadlineSubgroup))

// beyondHeadlineGroup moves a count of a group ("25 children killed") to
// a larger toll of the same kind that holds them: the group is a part.
func beyondHeadlineGroup(ms []mention, anchor int, k *figureKind) int {
	a := &ms[anchor]
	if !subgroups.Has(a.fig.Who) {
		return anchor
	}
	for i := anchor + 1; i < len(ms); i++ {
		m := &ms[i]
		if mainCandidate(m, k) && m.fig.Value > a.fig.Value && !subgroups.Has(m.fig.Who) {
			return i
		}
	}
	return anchor
}

// headlinePlace moves the anchor to a later count stated in the place the
// headline names when the anchor's sentence names only other places: a
// statement about "the bombing of Aleppo" that opens with Douma's toll.
func headlinePlace(sents []factSentence, ms []mention, anchor int, k *figureKind) int {
	if !k4(k) || len(sents) == 0 || sents[0].index >= 0 || ms[anchor].index < 0 {
		return anchor
	}
	title := placesIn(sents[0].text)
	if len(title) == 0 {
		return anchor
	}
	here := placesIn(ms[anchor].fig.Sentence)
	if len(here) == 0 || overlaps(here, title) {
		return anchor
	}
	// the counts of one sentence come one after another: its places are
	// read once for them all
	last, lastPlaces := ms[anchor].fig.Sentence, here
	for i := anchor + 1; i < len(ms); i++ {
		m := &ms[i]
		if !mainCandidate(m, k) {
			continue
		}
		if m.fig.Sentence != last {
			last, lastPlaces = m.fig.Sentence, placesIn(m.fig.Sentence)
		}
		if overlaps(lastPlaces, title) {
			otherSentence(ms, ms[anchor].sent) // the other place's event
			return i
		}
	}
	if k != &killedKind {
		otherSentence(ms, ms[anchor].sent)
		return -1 // the headline's event states no such count; the lead's is another town's
	}
	return anchor
}

// otherSentence marks every figure of a sentence as another event's.
func otherSentence(ms []mention, sent int) {
	for i := range ms {
		if ms[i].sent == sent {
			ms[i].other = true
		}
	}
}

// placesIn returns the towns and cities (not countries or provinces) a
// text names.
func placesIn(text string) []int {
	var out []int
	gaz.match(lang.Words(text), text, func(id int) {
		if e := gaz.entries[id]; e.place && (e.Kind == "city" || e.Kind == "town" || e.Kind == "village" ||
			e.Kind == "district" || e.Kind == "neighbourhood" || e.Kind == "region") {
			out = append(out, id)
		}
	})
	return out
}

func overlaps(a, b []int) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// sameGroup reports counts of compatible groups: a toll of "regime forces"
// is not raised to a count of civilians.
func sameGroup(a, b *mention) bool {
	return a.fig.Who == "" || b.fig.Who == "" || a.fig.Who == b.fig.Who
}

// otherSide reports counts of the two sides of a fight: armed men
// ("fighters", "soldiers") and a group that is not. Neither is a part of
// the other.
//
// Their sentences must tell the same action (sameAction): a monitor's "39
// civilians were killed in overnight bombardment" is the toll of the
// bombardment, not of the offensive a party says it repelled "killing 40
// attackers", even in one report of one city.
func otherSide(a, b *mention) bool {
	armed := func(w string) bool { return w == "fighters" || w == "soldiers" }
	return a.fig.Who != "" && b.fig.Who != "" && armed(a.fig.Who) != armed(b.fig.Who) &&
		(a.index == b.index || sameAction(a.fig.Sentence, b.fig.Sentence))
}

// actionStems name the act of a fight a toll is of, by the start of its
// words: "strikes" and "airstrike" are strikes, "bombing" and
// "bombardment" bombing.
var actionStems = lang.StemList(lang.ActionStem)

// sameAction reports whether two sentences tell one act of a fight: a word
// of the same actionStems stem in both ("air strikes" and "the same
// strikes"). Killing words tell no act of their own.
func sameAction(a, b string) bool {
	acts := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r)
		}) {
			w = strings.TrimPrefix(w, "air") // "airstrikes": strikes
			for _, st := range actionStems {
				if strings.HasPrefix(w, st) {
					out[st] = true
				}
			}
		}
		return out
	}
	x := acts(a)
	for st := range acts(b) {
		if x[st] {
			return true
		}
	}
	return false
}

// restate gives the chosen figure the qualifier, originator and sentence of
// the body's statements of the same number of the same people: a headline
// drops "at least", and the first qualified statement is the careful one.
func restate(ms []mention, chosen int, k *figureKind) {
	c := &ms[chosen]
	var qual news.Qualifier
	body := -1
	for i := range ms {
		m := &ms[i]
		if m.kind != k || m.fig.Value != c.fig.Value || m.part || m.background || m.index < 0 {
			continue
		}
		if c.fig.Who != "" && m.fig.Who != "" && m.fig.Who != c.fig.Who {
			continue // "at least 20 army troops" is no statement of "20 civilians"
		}
		if body < 0 {
			body = i
		}
		// "40 Killed" over "40 more were killed", "raids kill 25" over
		// "separate raids killed 25": the count as the body tells it
		c.fig.Added, c.fig.Separate = c.fig.Added || m.fig.Added, c.fig.Separate || m.fig.Separate
		if qual == "" && m.fig.Qualifier != news.Exact {
			qual = m.fig.Qualifier
		}
		if m.fig.Originator != "" && !toldAsKnown(ms, i) && (c.fig.Originator == "" || (c.index < 0 && i == body) || namesCamp(c, m)) {
			// the body's source, more exact than a headline's ("Red Cross")
			// or a lead's camp ("activists said"): the body names whose count it is
			c.fig.Originator, c.fig.PartyClaim = m.fig.Originator, m.fig.PartyClaim
		}
	}
	if body < 0 {
		return
	}
	if qual == "" {
		qual = news.Exact
	}
	c.fig.Qualifier = qual
	if c.index < 0 {
		b := ms[body].fig
		c.fig.Sentence, c.fig.Text = b.Sentence, b.Text
		if c.fig.Who == "" {
			c.fig.Who = b.Who
		}
	}
}

// namesCamp reports a later statement m of the chosen count c that names
// the body a camp or an unnamed monitor stands for: "At least 23 civilians
// were killed, activists said" and then "The Syrian Observatory reported
// 23 civilians had been killed" is the Observatory's count. A party's claim
// names no body for the camp.
func namesCamp(c, m *mention) bool {
	return campSource(c.fig.Originator) && namedBody(m.fig.Originator) && !m.fig.PartyClaim &&
		!m.other && m.index > c.index
}

// namedBody reports an originator of the table that is one body, not a
// camp, a kind of source or an outlet: "SOHR", "civil defence"; not
// "activists", "hospital" or a sayer by kind ("a nurse").
func namedBody(name string) bool {
	if campSource(name) || genericKinds.Has(name) || name == "hospital" {
		return false
	}
	for _, e := range origs.list {
		if e.name == name {
			return !carrier(e.kind)
		}
	}
	return false
}

// campSource reports an originator that names a camp or kind of source a
// body may speak for, not one body: "activists", "local sources", "a
// monitor". Officials, residents or witnesses are people of their own.
func campSource(name string) bool { return campNames.Has(name) }

var campNames = lang.WordSetOf(map[string]bool{"a monitor": true, "activists": true, "local sources": true, "medical sources": true,
	"emergency workers": true})

// scopeFigures sets the scope of every figure that is not a main one: parts,
// background, other events' figures, and other sources' counts of the main
// event's toll.
func scopeFigures(ms []mention, mains map[*figureKind]int) {
	for i := range ms {
		m := &ms[i]
		main, hasMain := mains[m.kind]
		switch {
		case hasMain && main == i:
			m.fig.Scope = news.ScopeMain
		case m.part:
			m.fig.Scope = news.ScopePart
		case m.background:
			m.fig.Scope = news.ScopeBackground
		case m.other:
			m.fig.Scope = news.ScopeOtherEvent
		case m.fig.Word != "" && m.index > closeWithin:
			m.fig.Scope = news.ScopeOtherEvent // an amount in words past the lead: no event of its own to go by
		case !hasMain || m.fig.Word != "":
			m.fig.Scope = news.ScopeMain // an amount in words in the lead, or a named kind's or planned figure
		case m.fig.Value == ms[main].fig.Value:
			m.fig.Scope = news.ScopeMain // a restatement
		case termsOfMain(ms, i, &ms[main]):
			m.fig.Scope = news.ScopePart // "15 civilians were killed in Foo while six others were killed in Bar" of 21
		case m.fig.Originator != "" && ms[main].fig.Originator != "" && m.fig.Originator != ms[main].fig.Originator &&
			(sameGroup(&ms[main], m) || otherSide(&ms[main], m)) && nearCount(&ms[main], m):
			// another source's count of the same toll is near it; or its
			// count of the other side's dead (a monitor's civilians beside
			// a ministry's attackers), no part of the main toll
			m.fig.Scope = news.ScopeAlternative
		case m.fig.Originator != "" && ms[main].fig.Originator != "" && m.fig.Originator != ms[main].fig.Originator &&
			m.fig.Value < ms[main].fig.Value && m.index <= closeWithin && sameGroup(&ms[main], m) &&
			!subgroups.Has(m.fig.Who) && toldRisen(&ms[main]):
			// "leaving 12 civilians dead, a police source said", then "the
			// number of civilians killed has become around 40", state TV
			// said: the toll moved in the report, and the lead's smaller
			// count of the same people is another source's earlier count
			// of it, no part of it
			m.fig.Scope = news.ScopeAlternative
		case m.fig.Value < ms[main].fig.Value && m.index <= closeWithin+1:
			m.fig.Scope = news.ScopePart
		default:
			m.fig.Scope = news.ScopeOtherEvent
		}
	}
}

// riseWords tell a toll that moved up to the count after them: "has
// become around 40", "rose to 25", "has climbed to 30".
var riseWords = lang.WordSetOf(lang.CountingWords(lang.RiseWord))

// riseReach is how many words before a count a rise word may stand ("rose
// to at least", "has become around").
const riseReach = 4

// toldRisen reports a count its sentence tells the toll rose to: a rise
// word (riseWords) among the few words before it.
func toldRisen(m *mention) bool {
	i := strings.Index(m.fig.Sentence, m.fig.Text)
	if m.fig.Text == "" || i < 0 {
		return false
	}
	ws := strings.Fields(strings.ToLower(m.fig.Sentence[:i]))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-riseReach; k-- {
		if riseWords.Has(strings.Trim(ws[k], ".,;:\"'()")) {
			return true
		}
	}
	return false
}

// termsOfMain reports a count j whose sentence states other counts of its
// kind, no subgroups of it, that add up with it to the main toll: "At least
// 15 civilians were killed in Foo while six others were killed in Bar" gives
// the two terms of another source's 21, not its count of the toll.
func termsOfMain(ms []mention, j int, main *mention) bool {
	sum, terms := int64(0), 0
	for k := range ms {
		if x := &ms[k]; x.sent == ms[j].sent && x.kind == ms[j].kind && !x.background && !subgroups.Has(x.fig.Who) && x.fig.Value > 0 {
			sum += x.fig.Value
			terms++
		}
	}
	return terms > 1 && ms[j].fig.Value < main.fig.Value && sum == main.fig.Value
}

// nearCount reports another source's count m near the main toll: half to
// twice it (sources of one day's strikes differ that much: "the Observatory
// reported 23 ... the civil defence documented 43"), or from a third when
// both count the same named group ("over 80 civilians, a monitor said" and
// "at least 27 civilians, the Observatory said"), no subgroup of it. A
// party's claim reaches only to half again: the "50 terrorists" state media
// claims beside a monitor's 25 civilians are other people; but to twice it
// when the claim names the main toll's own act (theAct): "the opposition
// coalition said the attack killed more than 100" beside the monitor's "the
// attack killed at least 58" is the party's count of the same dead.
func nearCount(main, m *mention) bool {
	low := int64(2)
	if m.fig.Who != "" && m.fig.Who == main.fig.Who && !subgroups.Has(m.fig.Who) {
		low = 3
	}
	if m.fig.PartyClaim && !theAct(main, m) {
		return m.fig.Value*low >= main.fig.Value && m.fig.Value*2 <= main.fig.Value*3
	}
	return m.fig.Value*low >= main.fig.Value && m.fig.Value <= main.fig.Value*2
}

// theAct reports a count m, of the main toll's group or none, whose
// sentence names with "the" an act (actionStems) the main toll's sentence
// tells: "said the attack killed", "the strike left".
func theAct(main, m *mention) bool {
	if m.fig.Who != "" && m.fig.Who != main.fig.Who || m.fig.Sentence == main.fig.Sentence {
		return false
	}
	ws := strings.FieldsFunc(strings.ToLower(m.fig.Sentence), func(r rune) bool { return !unicode.IsLetter(r) })
	for i := 1; i < len(ws); i++ {
		if ws[i-1] != "the" {
			continue
		}
		for _, st := range actionStems {
			if strings.HasPrefix(strings.TrimPrefix(ws[i], "air"), st) && sameAction(ws[i], main.fig.Sentence) {
				return true
			}
		}
	}
	return false
}

// otherIncidentsInjured marks as another incident's the injured counts
// stated after the main death toll (ms[killed]) that it does not go with:
// those beside a death toll of another incident ("two civilians were killed
// and 4 others sustained serious injuries" after "Six civilians were
// killed"), and, when the main toll's sentence gives the injured in words
// only ("and several others were injured", "injure scores"), those below
// the least number the words can mean ("a woman was injured").
func otherIncidentsInjured(sents []factSentence, ms []mention, killed int) {
	main := &ms[killed]
	mainSents := map[int]bool{}
	var least int64
	for i := range ms {
		if m := &ms[i]; m.kind == &killedKind && !m.part && m.fig.Value == main.fig.Value {
			mainSents[m.sent] = true
			least = max(least, injuredInWords(sents, m.sent, ms))
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != &injuredKind || m.part || mainSents[m.sent] || m.sent < main.sent || m.fig.Value <= 0 {
			continue
		}
		if near, far := tollsBeside(ms, m.sent, main); !near && (far || m.fig.Value < least) {
			m.other = true
		} else if !near && sameActAsOther(sents, ms, m, main) {
			m.other = true
		}
	}
}

// sameActAsOther reports an injured count m, with no death toll beside it,
// whose sentence tells an act the lead does not (leadActs) that a sentence
// between the main toll and it told with another incident's death toll:
// "Two people were killed by a mortar round that hit the opera house. ...
// Mortar fire also wounded three people in another district" in a report
// led by a car bomb are the shelling's wounded, not the blast's.
func sameActAsOther(sents []factSentence, ms []mention, m, main *mention) bool {
	if m.sent >= len(sents) || sents[m.sent].index <= 0 {
		return false
	}
	sents[m.sent].tokenise()
	acts := actsOf(sents[m.sent].toks)
	if acts == 0 || acts&leadActs(sents) != 0 {
		return false
	}
	for p := main.sent + 1; p < m.sent; p++ {
		if _, far := tollsBeside(ms, p, main); !far {
			continue
		}
		sents[p].tokenise()
		if actsOf(sents[p].toks)&acts != 0 {
			return true
		}
	}
	return false
}

// tollsBeside reports whether sentence sent states a death toll of the
// main event (near the main toll, two thirds to half again; or another
// source's count of it, half to half again as ScopeAlternative reads it, to
// twice it when its sentence names the main toll's act: theAct)
// and one of another incident: a smaller or larger one (not a rise), unless
// it may be a group of the main toll ("four civilians" of "nine people").
func tollsBeside(ms []mention, sent int, main *mention) (near, far bool) {
	v0 := main.fig.Value
	for i := range ms {
		x := &ms[i]
		if x.sent != sent || x.kind != &killedKind || x.part || x.background || x.fig.Value <= 0 {
			continue
		}
		v := x.fig.Value
		otherSource := x.fig.Originator != "" && main.fig.Originator != "" && x.fig.Originator != main.fig.Originator
		switch {
		case v*3 >= v0*2 && v*2 <= v0*3, otherSource && v*2 >= v0 && (v*2 <= v0*3 || v <= v0*2 && theAct(main, x)):
			near = true
		case v < v0 && !(main.fig.Who == "" && x.fig.Who != ""), v > v0 && !x.update:
			far = true
		}
	}
	return near, far
}

// injuredInWords returns the least number of injured that sentence si
// gives in words when it gives them no number: an amount ("dozens": 24),
// else 2 for a plural ("several others were injured"); 0 when it gives a
// number or does not tell of the injured.
func injuredInWords(sents []factSentence, si int, ms []mention) int64 {
	var least int64
	for i := range ms {
		if m := &ms[i]; m.sent == si && m.kind == &injuredKind {
			if m.fig.Value > 0 {
				return 0
			}
			if w, _, _ := strings.Cut(m.fig.Word, " "); w != "" {
				if v, ok := lang.Amount(w); ok {
					least = max(least, v)
				}
			}
		}
	}
	if least > 0 {
		return least
	}
	for _, t := range sents[si].toks {
		if t.is(wcInjured) {
			return 2
		}
	}
	return 0
}
