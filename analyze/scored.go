package analyze

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
)

// leadSentences is how many sentences of the text count as the lead.
const leadSentences = 4

// scored is one sentence (or the title) with the cues found in it.
type scored struct {
	text  string
	w     weights
	index int                // position in the text; -1 for the title
	bgf   [nFeatures]float32 // per feature: 1 for news, down to 0.25 for background
	// point marks a sentence that is a bullet point of its own: it opens
	// a paragraph with a bullet mark ("• In August, 107 security incidents
	// were registered, with 58 killed") and the paragraph holds no other
	// sentence, as an agency's highlights list its points.
	point bool
	// record marks a sentence of violence that gives civilian casualties
	// as a count the agency confirmed or verified (recordedToll): its own
	// record of the attacks, which counts as a point does.
	record bool
	// breach marks a sentence that reports a truce broken by an attack
	// ("rockets hit the town in a new breach of the truce"): news of the
	// ceasefire wherever it stands.
	breach bool
	// calm marks a sentence that tells the situation calm or better
	// because of a truce (calmedByTruce): news of the truce in force
	// wherever it stands, as a breach is.
	calm bool
	// sides marks a sentence that tells two sides of one war dealing with
	// each other (sidesParley): a war's business, as warwork is.
	sides bool
	// endNoun marks a sentence that tells a truce's end as a noun phrase
	// ("the attack follows the collapse of the truce"), renewed one that
	// tells a new truce in force after it (endedAsNoun).
	endNoun, renewed bool
	// freed marks a sentence that tells captives freed beside a truce
	// (freesCaptives): its talks are the truce's exchange carried out,
	// no truce still under discussion.
	freed bool
	// toCome marks a sentence that tells a truce's end still to come
	// (endToCome): the truce is in force, and what the sentence tells as
	// possible or planned is what comes after it, no truce proposed.
	toCome bool
	// lead marks the headline and the sentences of the lead (markLead).
	lead bool
	// section marks the opening sentences of an agency report's situation
	// section ("SITUATION OVERVIEW"): a lead of its talks and its truce
	// (markLead, diplomacyLead).
	section bool
	// textHead marks a text's first sentence that is its headline: a page
	// read with no headline of its own (or one the text repeats) that
	// opens with a line of its own with no closing stop (headlineLine).
	textHead bool
	// own marks a sentence that tells a halt one side declares for
	// itself (ownHalt); ordered one that holds a word of an order or a
	// call ("calls on", "urged", "ordered"), which a headline shares with
	// the lead's own halt it sums up (statusScores).
	own, ordered bool
	// resumed marks a sentence naming no truce that tells fighting taken
	// up again as news ("bombings have resumed": resumedFighting).
	resumed bool
	// imperiled marks a sentence that names a truce and fears or threatens
	// its breach or end: a strong breach or end cue beside a word of a
	// state feared ("in case the militia may violate the ceasefire"), or a
	// threat whose object is the truce ("threatening to wreck a
	// cease-fire": threatensTruce). shaken marks one of them that tells
	// fighting before the words of the threat ("troops battled rebels,
	// threatening to wreck a truce"): the fighting is reported, the threat
	// is the truce's (atRisk, status.go).
	imperiled, shaken bool
	// ownDay marks a sentence dated to a day of the period its report's
	// headline names (ownDated): the period's own incident ("On 10 July,
	// airstrikes struck two cars" in a July update; "following clashes
	// between 27 August and 04 September" in a flash of September).
	ownDay bool
	// ownSpan marks a sentence of an update whose headline names its
	// period that names the span it covers up to its day (ownSpan):
	// "during the previous two weeks", "since the last update", "the
	// recent escalation".
	ownSpan bool
}

// scoreSentences matches the lexicon against the title and every sentence.
// Once a page's tail of links to other stories begins, nothing after it
// counts.
func scoreSentences(d *doc) []scored {
	out := d.arena.scored.take(len(d.sents) + 1)
	titleHeads, _ := d.wordHeads()
	legislature := legislatureLead(d)
	hazard := false // the headline names a hazard or an outbreak as the report's subject
	if d.title != "" && !titleRepeated(d) {
		tw := d.titleWords
		if low, cut := cutLinks(lang.Lower(d.title)); cut {
			tw, titleHeads = lang.Words(low), nil
		}
		sc := newScoredIn(d.title, tw, titleHeads, -1, d.year, d.month, period{})
		if legislature {
			restOfLegislature(&sc, tw)
		}
		if hazard = hazardHeadline(tw, titleHeads); hazard {
			hazardDead(&sc, tw, titleHeads)
		}
		out = append(out, sc)
	} else if len(d.sents) > 0 {
		hazard = hazardHeadline(d.sents[0].words, d.sentHeads(0)) // the doc's heads are made above: a slice of them
	}
	tail := false
	dated, earlier := 0, 0 // dated entries past the lead; those not of the report's own months
	var wars []string
	warsRead := false
	lead := func() []string {
		if !warsRead {
			wars, warsRead = leadWars(d), true
		}
		return wars
	}
	seen := d.arena.seenMap(len(d.sents))
	own := ownPeriodRuns(d.titleRuns())
	setting := false
	for i := range d.sents {
		s := &d.sents[i]
		ws, hs := s.words, d.sentHeads(i)
		if _, low := s.cutFront(); len(low) < len(s.lower) {
			// The furniture in front of the sentence is no news of it.
			ws, hs = lang.Words(low), nil
		}
		if s.index == 0 {
			if lead, ok := afterRelatedHeads(s.text, d.title); ok {
				// Other stories' headlines run into the lead are no news of it.
				ws, hs = lang.Words(strings.ToLower(lead)), nil
			}
		}
		if low, cut := cutLinks(s.lower); cut {
			// Nor are a post's links and closing tags.
			if _, front := s.cutFront(); len(front) < len(s.lower) {
				low, _ = cutLinks(front)
			}
			ws, hs = lang.Words(low), nil
		}
		sc := newScoredIn(s.text, ws, hs, s.index, d.year, d.month, own)
		if legislature {
			restOfLegislature(&sc, ws)
		}
		if hazard {
			hazardDead(&sc, ws, hs)
		}
		sc.point = bulletPoint(d, i)
		sc.textHead = i == 0 && len(out) == 0 && headlineLine(d)
		if s.index > 0 && otherFront(s.text, lead) {
			// "In Lebanon, the ceasefire with Hezbollah was violated"
			// in a report of the Gaza truce: another war's truce is
			// the context of this one's, not its state.
			sc.bgf[fCeasefire] *= otherFrontWeight
		}
		tail = tail || sc.w[fBoiler] >= 1 || (s.index > 0 && opensRelated(s.words))
		switch {
		case tail || seen[s.lower]:
			// Past the article's end, or a sentence the page repeats
			// (a timeline printed twice): it adds nothing.
			sc.bgf = [nFeatures]float32{}
		case dated >= 2:
			// Two dated entries past the lead open a chronology: what
			// follows them is history, dated or not. For violence, not
			// when the entries are of the report's own month (a monthly
			// brief's list of the month's incidents).
			for f := range sc.bgf {
				if feature(f) != fViolence || earlier >= 2 {
					sc.bgf[f] *= 0.4
				}
			}
		}
		sc.record = sc.w[fViolence] >= 0.5 && recordedToll(ws)
		switch {
		case len(s.words) <= settingHeadingWords && headingLine(strings.TrimSpace(s.text)):
			// A heading opens a section: one that names the setting of
			// an agency's work runs to the next heading.
			setting = settingHeading(s.words)
		case setting && s.index >= leadSentences && !sc.record:
			// "Operational context: ... Armed groups attacked army
			// posts during the month": the attacks an agency's report
			// tells under the heading of its work's setting are the
			// context its operations run in, not its news (issue 14,
			// h-viol5: rwp7 and ReliefWeb 2017 fit halves). The lead
			// stays the lead, and so does the agency's own record of
			// the attacks' toll (recordedToll).
			sc.bgf[fViolence] *= settingWeight
		}
		if s.index >= leadSentences && (datedEntry(s.words) || namesTimeline(s.words)) {
			dated++
			if !datedEntry(s.words) || !periodDay(s.words, 0, own) {
				earlier++
			}
		}
		seen[s.lower] = true
		out = append(out, sc)
	}
	d.arena.scored.keep(out)
	markLead(out)
	parleyAcrossHead(d, out)
	quietWarWork(out)
	quietTreaty(out)
	return out
}

// restOfLegislature holds a sentence of a report of a legislature's
// resolution (legislatureLead) to the talks its other words hold when it
// names a resolution of no UN body's: the legislature's again ("The
// resolution is not binding").
func restOfLegislature(sc *scored, ws []string) {
	if sc.w[fTalks] == 0 {
		return
	}
	if masked, ok := maskWhere(ws, func(i int) bool { return bareResolution(ws, i) }); ok {
		var w weights
		lex.match(masked, &w, nil)
		sc.w[fTalks] = min(sc.w[fTalks], w[fTalks])
	}
}

// parleyAcrossHead gives the headline the talks of a parley told across it
// and the lead's first sentence: a meeting in the one and two sides of a
// war in the other ("Envoy meets regional leaders" over "Israelis and
// Palestinians now face a chance to move forward", issue 14, h-talks3: the
// headline says who met, the lead whose war it is). Neither may tell
// violence, a threat or a truce (sidesParley's weaker words) or talks of
// other business.
func parleyAcrossHead(d *doc, ss []scored) {
	if len(ss) < 2 || ss[0].index >= 0 || ss[1].index != 0 {
		return
	}
	t, l := &ss[0], &ss[1]
	quiet := func(w *weights) bool {
		return w[fViolence] < 0.5 && w[fHypo] < 0.5 && w[fCeasefire] < 0.5 && w[fNotTalks] == 0 && !aidBusiness(w)
	}
	if !quiet(&t.w) || !quiet(&l.w) {
		return
	}
	titleHeads, _ := d.wordHeads()
	pairIn := func(ws []string, hs []*head, text string) bool {
		var h disputeHits
		h.scan(ws, hs, text, d.year)
		return h.sidesPair()
	}
	switch {
	case !t.sides && t.w[fParley] > 0 && pairIn(d.sents[0].words, d.sentHeads(0), d.sents[0].text):
		t.w[fTalks] = 1 - (1-t.w[fTalks])*(1-t.w[fParley])
	case !l.sides && l.w[fParley] > 0 && pairIn(d.titleWords, titleHeads, d.title):
		l.w[fTalks] = 1 - (1-l.w[fTalks])*(1-l.w[fParley])
	}
}

// quietTreaty caps the talks (at a hint), humanitarian evidence (at 0.2) and
// the violence (at a trace: a treaty's report counts casualties in every
// paragraph) of every sentence of an article whose headline or lead names
// an arms treaty's regime (lexicon treaty: its states parties, the mine
// ban, mine action): the conference of the treaty's states agreeing a
// deadline, its envoys, the victims and casualties its reports count and
// the "humanitarian mine action" it funds are the treaty's business, not
// a war's talks, attacks or aid (the labelling guide's readers mark such
// reports as not about armed conflict).
//
// An envoy of a cause named in the headline or lead (lexicon causeenvoy:
// the envoy on youth, an agency's special envoy or goodwill ambassador)
// makes the article the envoy's visit: its talks are capped alike. So does
// a headline that names one of the UN's themes (lexicon untheme: Women,
// Peace and Security, conflict prevention, peacebuilding): a national
// action plan's report to parliament, a council's statement on the stages
// of conflict prevention, a paper on confidence-building for conflict
// prevention are the theme's policy, and the peace processes they name
// as where women took part are no talks reported (rw-dev: three such
// reports, none labelled talks).
func quietTreaty(ss []scored) {
	treaty, envoy := false, false
	for i := range ss {
		if ss[i].lead {
			treaty = treaty || ss[i].w[fTreaty] > 0
			envoy = envoy || ss[i].w[fCauseEnvoy] > 0
		}
		envoy = envoy || ss[i].index < 0 && ss[i].w[fUNTheme] > 0
	}
	for i := range ss {
		if treaty || envoy {
			ss[i].w[fTalks] = min(ss[i].w[fTalks], 0.3)
		}
		if treaty {
			ss[i].w[fViolence] = min(ss[i].w[fViolence], 0.1)
			ss[i].w[fHumanitarian] = min(ss[i].w[fHumanitarian], 0.2)
		}
	}
}

// quietWarWork caps the talks of every sentence that names nothing of a
// war's business (lexicon warwork: peace, a truce, rebels, prisoners, the
// parties...) when neither the headline nor the lead names any: the
// meetings, conferences, envoys and agreements of an article about
// something else (a treaty's conference agreeing a deadline, an envoy for
// youth visiting a school, partners agreeing a plan) are no peace talks.
// An article about a war's diplomacy names its business early; a text no
// longer than a lead is left as it is.
func quietWarWork(ss []scored) {
	if len(ss) <= leadSentences+1 {
		// A wire item or a snippet is all lead: its one or two
		// sentences name the talks' subject as a place ("India and
		// Pakistan wind up talks on Kashmir") more often than in words.
		return
	}
	for i := range ss {
		if ss[i].index < leadSentences && (ss[i].w[fWarWork] > 0 || ss[i].sides) {
			return
		}
	}
	for i := range ss {
		if ss[i].w[fWarWork] == 0 && !ss[i].sides {
			ss[i].w[fTalks] = min(ss[i].w[fTalks], 0.3)
		}
	}
}

// namesTimeline reports a sentence that heads a chronology ("Timeline",
// "Chronology"), as pages that print one after the story do.
func namesTimeline(ws []string) bool {
	for _, w := range ws[:min(len(ws), 8)] {
		if w == "timeline" || w == "chronology" {
			return true
		}
	}
	return false
}

// newScored scores one sentence (index -1: the title) of an article
// published in year (0: unknown).
func newScored(text string, ws []string, hs []*head, index, year int) scored {
	return newScoredIn(text, ws, hs, index, year, 0, period{})
}

// newScoredIn is newScored for a report published in month (0 when
// unknown), which dates a month named as "in February" (inEarlierMonth),
// under a headline that names the months own as its period (ownPeriod).
func newScoredIn(text string, ws []string, hs []*head, index, year int, month time.Month, own period) scored {
	sc := scored{text: text, index: index, lead: index < leadSentences, ownDay: ownDated(ws, own)}
	var sp spans
	if hs == nil {
		hs = headsOf(ws)
	}
	lex.matchHeads(ws, hs, &sc.w, &sp)
	if own.months != 0 {
		if from, to := ownSpan(ws); from >= 0 {
			// An update whose headline names its period tells that
			// period's events as "during the previous two weeks,
			// clashes continued", "since the last update", "the recent
			// escalation of hostilities": the span's words are the
			// update's own time, no history discounting the fighting
			// beside them, and the sentence is the period's news
			// (ownSpan; issue 14, h-viol13).
			sp.dropBackgroundIn(from, to)
			sc.ownSpan = true
		}
	}
	if masked, ok := citedResolution(ws, hs); ok {
		// "Resolution 2332 authorizes UN agencies to use the border
		// crossings": a resolution named by its number with no decision
		// told is the law an operation runs under, not a vote on a war;
		// the sentence's talks are what its other words hold.
		var w weights
		lex.match(masked, &w, nil)
		sc.w[fTalks] = w[fTalks]
	}
	for _, mask := range talksMasks {
		// "Geneva/Damascus (ICRC) –", "OCHA Geneva, +41 ...", "the
		// Geneva Conventions": the city where an agency sits or dates its
		// statement, or the name of the law of war, is no venue of talks;
		// nor is the Red Cross's head of delegation a side's team, nor an
		// envoy who accuses or says something a mediator at work (issue
		// 14, h-talks11). The sentence's talks, and the parley that two
		// sides named in it would make talks (sidesParley), are what its
		// other words hold.
		if masked, ok := mask(ws, hs); ok {
			var w weights
			lex.match(masked, &w, nil)
			sc.w[fTalks] = min(sc.w[fTalks], w[fTalks])
			sc.w[fParley] = min(sc.w[fParley], w[fParley])
		}
	}
	sc.sides = sidesParley(&sc.w, &sp, ws, hs, text, year)
	if !sc.sides && sc.w[fTalks] > 0.3 && oneCampMeeting(&sc.w, ws, hs, text, year) {
		// "Hezbollah's leader met Hamas figures to discuss their aim",
		// "Saudi Arabia's king told the summit the air campaign would go
		// on": a meeting or a summit of one camp of a war, its other
		// camp unnamed, is allies' business (the labelling guide: no
		// talks), not diplomacy to settle the war (issue 14, h-prec1:
		// fignews and cnndm fit halves).
		sc.w[fTalks] = min(sc.w[fTalks], 0.3)
	}
	if partyUnity(ws, hs, text, year) {
		// "Sharon's Likud party and the opposition Labour agreed to form
		// a national unity government, while eight Palestinians were
		// killed in Gaza": a unity government one country's parties
		// form is its politics (the labelling guide: no talks), whatever
		// the sentence tells beside it (issue 14, h-talks12).
		sc.w[fTalks] = min(sc.w[fTalks], 0.3)
		sc.sides = false
	}
	if sc.w[fCeasefire] >= 0.5 && sc.w[fHypo] < 0.5 && freesCaptives(ws) {
		// "Hamas released 10 hostages as the truce continued", "42
		// prisoners will be freed today under the truce": captives freed
		// under or during a truce are the exchange its deal made carried
		// out (the labelling guide's talks: prisoner exchanges), not only
		// the truce.
		sc.w[fTalks] = 1 - (1-sc.w[fTalks])*(1-freedInTruce)
		sc.freed = true
	}
	if sc.w[fHypo] < 0.5 && (releaseOnTerms(&sc.w, ws) || endsStrife(&sc.w, &sp) || releaseMission(&sc.w, ws, hs)) {
		// "An offer to release two captives", "a delay in hostages being
		// released": a release told with its terms is a negotiated one;
		// "leaders trying to end the uprising flew into Najaf": a war's
		// strife set out to be ended by other means than force is
		// peacemaking (issue 14, h-talks3: the classes of talks missed on
		// the fit halves of AG News, fignews and cep); "dispatched his
		// foreign minister to work for the release of two reporters
		// abducted in Iraq": a go-between sent to win captives' freedom is
		// hostage diplomacy (releaseMission; h-talks12). Each is decisive,
		// as "hostage deal" and "peace mission" are: a wire item's lead
		// tells it once.
		sc.w[fTalks] = 1
	}
	if masked, ok := maskAgencyNames(ws); ok {
		// "from European Commission's Directorate-General for European
		// Civil Protection and Humanitarian Aid Operations": the name of
		// an agency (a page's publisher line) delivers no aid; the
		// sentence's humanitarian words are what its other words hold.
		var w weights
		lex.match(masked, &w, nil)
		sc.w[fHumanitarian], sc.w[fAid] = w[fHumanitarian], w[fAid]
	}
	if at := longWar(ws); at >= 0 {
		// "A peace accord ending a 36-year war": a war told by its age
		// as what a deal ends is its object, not history beside it. An
		// aim to end it stays history ("would bury what little hope
		// remains of reviving an effort to end the five-year-old civil
		// war"): only a deal's "ending" or "ends" makes it the object,
		// or a deal whose object runs on to the war ("will announce a
		// deal on justice for crimes committed in the fifty-year-long
		// conflict": dealOnWar).
		sp.addBackgroundOf(at, at+1, 0.8, false, endedByDeal(ws, at) || dealOnWar(ws, at))
	}
	if sc.w[fNotEvent] > 0 {
		sc.w[fAid] = min(sc.w[fAid], 0.3)
		sc.w[fCeasefire] = min(sc.w[fCeasefire], 0.3)
		sc.w[fHumanitarian] = min(sc.w[fHumanitarian], 0.3)
		// "Unimpeded access to the site": the access is the
		// inspectors', not aid's.
		sc.w[fAccess] = min(sc.w[fAccess], 0.3)
	}
	if headsHoldBoth(hs, dcCaptive, dcTreated) { // captivesTreated(ws), by the words' heads
		// "Hostages were serially abused", "freed hostages describe what
		// they endured": how captives are held is the detainees'
		// conditions of the labelling guide (issue 14, fignews fit half).
		sc.w[fHumanitarian] = max(sc.w[fHumanitarian], captiveTreatment)
	}
	if sc.w[fNotPlight] > 0 {
		// "Appeals for the hostage's release", "the school hostage
		// siege": a captive's story, not civilians in need of aid.
		for _, f := range [...]feature{fSiege, fAppeal, fAid, fHumanitarian} {
			sc.w[f] = min(sc.w[f], 0.3)
		}
	}
	if sc.w[fCampsite] > 0 && sc.w[fViolence] >= 0.8 {
		// "Tanks stormed the Khan Younis refugee camp", "gunmen attacked
		// an IDP camp, killing 12 civilians": the camp is where the raid
		// was, a place name of the attack, not displacement news; its
		// civilians killed are the attack's casualties (the labelling
		// guide: violence).
		sc.w[fDisplacement] *= 0.4
	}
	if sc.w[fFighters] > 0 && sc.w[fCivilians] == 0 && !agentsOnly(ws, int(sp.first[fFighters])) {
		// "Rebels were evacuated to Idlib", "fighters fled": armed men
		// leaving under a deal or in retreat are a surrender's terms or
		// a battle's course, not civilians rescued or displaced. Armed
		// men named first as the doers or targets of a deed ("3,000
		// villagers evacuate over killings by soldiers and militiamen")
		// are not the ones who leave (agentsOnly).
		sc.w[fEvacuation] *= 0.4
		sc.w[fDisplacement] *= 0.4
		// "The aid became available to the contras": aid whose only
		// receivers named are armed men is arms and money for a war.
		sc.w[fAid] *= 0.4
	}
	if sc.w[fEvacuation] > 0 && sc.w[fCivilians] == 0 && forcesEvacuated(ws) {
		// "The US has evacuated its last 100 special forces from Yemen",
		// "those being evacuated are the last American troops": a state's
		// soldiers pulled out are a force withdrawn, not civilians
		// rescued (issue 14, mix9 and cnndm fit halves).
		sc.w[fEvacuation] *= 0.4
	}
	if sc.w[fRhetoric] > 0 {
		// "killings and displacement undermine all chances of...": the
		// plight listed in a condemnation is not reported as news.
		sc.w[fDisplacement] *= 1 - 0.5*sc.w[fRhetoric]
	}
	if sc.w[fTreated] > 0 {
		// "treated in hospital": the hospital is where an attack's
		// casualties went, a detail of the attack, not a health crisis.
		sc.w[fHealth] *= 0.4
	}
	// "averting an offensive", "could kill thousands": violence feared is
	// not violence reported.
	sc.w[fViolence] *= 1 - 0.5*sc.w[fHypo]
	if sc.w[fSurvey] > 0 {
		// "A third of the women surveyed experienced sexual violence":
		// a study's findings over years, not an attack reported.
		sc.w[fViolence] = min(sc.w[fViolence], 0.3)
	}
	if sc.w[fChronic] > 0 && !namesDay(ws) && !recordSince(ws) && !lang.TellsEscalation(ws) {
		// "Due to the armed conflict since August, there have been many
		// casualties", "people bear the brunt of the ongoing
		// hostilities": the war told as the condition a report's
		// civilians live in, no attack of a day reported (the labelling
		// guide's background). A sentence that dates its event to a day
		// ("the ongoing fighting killed 12 on Monday") keeps its weight, and
		// so does one that tells the fighting grew ("since late November,
		// airstrikes and shelling gradually increased"): a change reported.
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if a := sc.w[fAssembly]; a > 0 {
		// "The endorsement of the General Assembly to expand the fund":
		// the Assembly's business is a war's only where the sentence
		// names one ("an urgent meeting of the General Assembly to halt
		// the war").
		if sc.w[fWarWork] == 0 {
			a = min(a, 0.3)
		}
		sc.w[fTalks] = 1 - (1-sc.w[fTalks])*(1-a)
	}
	if index >= 0 && sc.w[fViolence] > chronicCap && violenceNamedOnly(ws, hs) && !headingOnly(text) {
		// "The humanitarian picture takes in the communal violence in
		// the central states", "areas affected by armed violence that
		// leads to needs": violence named only as a phenomenon, no act
		// of it, no day, no toll and nothing new, is the setting of the
		// report's needs, the labelling guide's background, as a war
		// told as a standing condition is (issue 14, h-viol5: rwp8 fit
		// half). A heading that names it ("LIBYA: Communal violence in
		// Murzuq") is a flash update's subject, and keeps it.
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fDisplacement] >= 0.8 && causeOfFlight(ws) && !namesDay(ws) && !freshOrDated(ws) {
		// "The offensive on the city led to the displacement of a million
		// people", "displacements continued due to heavy fighting":
		// violence named as the cause of a displacement the sentence
		// reports, with no time and no novelty of its own, is the
		// displacement's cause (the labelling guide's background), not an
		// attack reported. "Renewed fighting at the end of November led to
		// another wave of displacement" is the fighting's news.
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > chronicCap && violenceAsCause(ws, &sp) && !namesDay(ws) && !freshOrDated(ws) && !lang.TellsEscalation(ws) {
		// "Thousands are left without water due to shelling", "services
		// were disrupted because of the fighting": violence named only as
		// the cause of what the sentence reports, with no time and no
		// novelty of its own, is that report's background (the labelling
		// guide), as the cause of a displacement is. "Schools closed due
		// to shelling on Monday" dates its own attack and keeps it.
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > chronicCap && violenceDrivesNeeds(ws, &sp) {
		// "Attacks by armed groups continue to exacerbate humanitarian
		// needs", "armed group activity has made humanitarian access more
		// difficult": violence named only as what worsens the needs,
		// access or displacement an agency's report counts is that
		// report's background, as a cause after "due to" is (issue 14,
		// h-viol7: rwp9 fit half).
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > chronicCap && flightCause(ws, &sp) {
		// "EU aid to Sudanese refugees who fled to Chad following
		// intercommunal clashes": the violence a relative clause names as
		// why the people it describes fled is who they are, not an attack
		// the sentence reports, whatever day its main clause names (the
		// labelling guide: a cause of displacement is background).
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > chronicCap && plightUnderFire(ws, &sp, &sc.w) {
		// "Agency staff saw thousands of families escaping the air
		// strikes", "patients are trapped in the clinic, under constant
		// fire", "again besieged and bombarded, clinics cannot take in
		// the sick": the fighting told as the circumstance of the
		// civilians' plight the sentence reports is that plight's
		// background, not an attack reported (issue 14, h-prec1:
		// fignews and truce fit halves, whose readers gave such posts
		// humanitarian only).
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > chronicCap && antecedentViolence(ws, &sp) {
		// "The crackdown comes soon after the militia attacked the
		// towns", "this conflict was triggered by a brutal attack in
		// March": an earlier attack named as what the news follows or
		// what started the war is the news's background (the labelling
		// guide), not an attack reported (issue 14, h-prec1: fignews and
		// truce fit halves).
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > chronicCap && decisionGrounds(ws, &sp) {
		// "The move follows the killing of the general in an airstrike
		// last week", "this decision falls within the response to the
		// threat posed by the group and its brutal attacks": an attack
		// named as what a body's decision follows or answers is the
		// decision's grounds, its background (issue 14, h-viol14:
		// Wikinews and mix9 fit halves).
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > chargeCap && chargedKilling(ws) {
		// "The scale of killing in Gaza is unprecedented", "Participation
		// in killing": a killing named as a mass noun, no object, is a
		// charge in a party's words, no killing reported (issue 14,
		// h-viol14: mix9 and truce fit halves); the sentence holds what
		// its other words give.
		sc.w[fViolence] = min(sc.w[fViolence], max(chargeCap, violenceWithout(ws, func(i int) bool { return killingAsCharge(ws, i) })))
	}
	if sc.w[fViolence] > chronicCap && spanBefore(ws, &sp) {
		// "Needs remain vast after 14 months of constant bombardment",
		// "the return comes after months of exchanges of fire": the war's
		// months or years before the news are its background, not an
		// attack reported (issue 14, h-viol7: rwp9 fit half).
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > chronicCap && captivesNamed(ws, hs) {
		// "For the families of those seized by the militia, Sunday marks
		// a milestone", "to save the lives of 10 employees kidnapped by
		// militants": captives named by their seizure in a clause of
		// their own are who the sentence is about, not an attack it
		// reports (issue 14, h-viol3: fignews and AG News fit halves).
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > 0.3 && violenceToCome(ws, &sp) {
		// "We will return to the attack once the truce ends", "the
		// ministry declared it will use artillery to repel any attack",
		// "threatened merciless strikes": violence promised or
		// threatened is no attack reported, as violence feared is not.
		sc.w[fViolence] = min(sc.w[fViolence], 0.3)
	}
	if sc.w[fViolence] > chronicCap && periodRecord(ws) && !lang.TellsEscalation(ws) {
		// "From October 2016 to September 2017, almost 8,900
		// conflict-related incidents, including airstrikes and shelling,
		// were reported", "between March 2015 and November 2017, 256
		// schools were destroyed by airstrikes": incidents counted over
		// a span of months, each end a month of a year, are the war's
		// record, the labelling guide's background, not an attack
		// reported.
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fExploit] > 0 && sc.w[fFighters] == 0 {
		// "Migrants are at risk of being killed, tortured, raped or put
		// into domestic slavery", "abducted by criminal trafficking
		// networks": the abuse of people smuggled, trafficked, enslaved
		// or put to forced labour is a crime against them, not an attack
		// of a war, whoever commits it (issue 14, h-viol10: rwp11 fit
		// half, whose readers gave such reports no category).
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > chronicCap && sc.w[fFighters] == 0 && namesMurder(hs) && !armedHands(hs) {
		// "A man was murdered on 8 February, died of forty-one stab
		// wounds", "indicted in the murders of an elderly couple": a
		// murder whose sentence names no armed party nor its captive is
		// a crime's, not the armed violence of the labelling guide
		// (issue 14, h-viol12): the sentence holds what its other words
		// give.
		sc.w[fViolence] = min(sc.w[fViolence], max(chronicCap, violenceWithout(ws, func(i int) bool { return hs[i].is(dcMurder) })))
	}
	if sc.w[fRemnants] > 0 {
		// "209 civilians were killed by explosive hazards left in the
		// city", "an unexploded shell went off": the war's leftovers
		// killing after the fighting, an accident of its legacy, not an
		// attack reported, whatever day it names.
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > 0.3 && sc.w[fFighters] == 0 && (namesEpidemic(hs) || atSea(ws) || namesIllness(ws, hs)) && !violentBesideDeaths(ws) {
		// "439,812 suspected cases and 695 associated deaths", "cholera
		// cases rose, with 12 deaths recorded", "100 people were injured in
		// a fire at the site": the dead and hurt counted beside an epidemic
		// or an accident, with no armed men and no other word of violence
		// (an attack, shelling, clashes), are the epidemic's or the
		// accident's, not an attack's; so are the dead of a crossing
		// counted at sea (atSea).
		sc.w[fViolence] = min(sc.w[fViolence], 0.3)
	}
	if sc.w[fViolence] > chronicCap && armsFound(ws, hs) {
		// "Police found explosives, detonators and a gun in a cinema",
		// "tons of explosives have gone missing", "a fighter holding a
		// grenade launcher": arms found, seized, lost or carried, with
		// no attack, no shot and no one killed beside them, are arms,
		// not violence reported; so are drugs and contraband seized
		// ("border guards seized 460,000 yaba tablets", rwp7 f22247486a).
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] > chronicCap && capturedFigure(ws) {
		// "Forces captured two top figures of the deposed government",
		// "Top aide captured": a leader or a suspect captured is an
		// arrest, not the capture of ground (the labelling guide's
		// violence: "capture or recapture of territory").
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if index >= 0 && sc.w[fViolence] > chronicCap && photoCaption(text) {
		// "Children collect metal parts from the site of a car bomb
		// explosion in Baghdad, Iraq, October 4.": a photograph's
		// caption left in a page's text dates the picture's event; it
		// reports nothing of the article's own.
		sc.w[fViolence] = min(sc.w[fViolence], chronicCap)
	}
	if sc.w[fViolence] >= 0.8 && condemnsAttack(ws, hs) {
		// "The members of the Security Council condemned in the
		// strongest terms the terrorist attack in the capital": a
		// body's condemnation of an attack is the attack's news, no
		// diplomacy to settle a war (the labelling guide: "a leader
		// merely condemning"), unless the sentence tells a decision
		// taken (a resolution adopted, a veto).
		sc.w[fTalks] = min(sc.w[fTalks], 0.3)
	}
	if sc.w[fRhetoric] > 0 {
		sc.w[fTalks] *= 1 - 0.7*sc.w[fRhetoric]
	}
	// "Holding violators of the truce to account": the hold is justice's.
	sc.w[fInEffect] *= 1 - sc.w[fNotState]
	if sc.w[fCeasefire] >= 0.5 && endToCome(ws) {
		// "Israel will resume fighting once the truce ends": an end to
		// come is a truce in force now.
		sc.w[fCollapsed], sc.w[fPreTruce] = 0, 0
		sc.w[fInEffect] = 1
		sc.toCome = true
	} else if sc.w[fCeasefire] >= 0.5 && resumedAfterTruce(ws) {
		// "Israel resumed combat operations after the truce": its end.
		sc.w[fCollapsed] = max(sc.w[fCollapsed], 0.8)
	} else if sc.w[fCeasefire] >= 0.5 && startToCome(ws) {
		// "When the truce comes into effect, fighting will halt": a
		// start to come is a truce not in force yet.
		sc.w[fInEffect] = 0
		sc.w[fProposed] = max(sc.w[fProposed], 0.6)
	} else if sc.w[fCeasefire] >= 0.5 && ownHalt(ws) {
		// "The ministry said it would halt fire for three hours each
		// day", "the cleric called on his followers to stop fighting":
		// a halt one side declares for itself is a truce declared, not
		// one called for or feared.
		sc.w[fProposed], sc.w[fPreTruce], sc.w[fHypo] = 0, 0, 0
		sc.w[fInEffect] = max(sc.w[fInEffect], 0.8)
		sc.own = true
	}
	if sc.w[fCeasefire] >= 0.5 && truceBidOnly(ws) {
		// "Cease-fire talks to restore calm", "the ceasefire attempt
		// failed": a truce named only as a bid's object is sought, not in
		// force, and the bid's end is none of a truce.
		sc.w[fCollapsed], sc.w[fViolated], sc.w[fDespite], sc.w[fInEffect] = 0, 0, 0, 0
		sc.w[fProposed] = max(sc.w[fProposed], 0.8)
	}
	if sc.w[fCeasefire] >= 0.5 && !sc.toCome && sc.w[fCollapsed] == 0 && truceExtended(ws) {
		// "Mediation efforts aimed at extending the current ceasefire",
		// "if Hamas wants to extend the truce, it must release ...": a
		// running truce whose extension is sought, offered or agreed is
		// in force (the labelling guide: "extended"); the efforts, the
		// proposal and the "if" are the extension's.
		sc.w[fProposed], sc.w[fPreTruce], sc.w[fHypo] = 0, 0, 0
		sc.w[fInEffect] = max(sc.w[fInEffect], 0.8)
	}
	if sc.w[fCeasefire] >= 0.5 && welcomesTruce(ws) {
		// "UN chief welcomes Gaza ceasefire, hostage deal", "Guterres
		// welcomed the announcement of an agreement to secure a
		// ceasefire": a truce a third party welcomes is one the parties
		// agreed or declared (issue 14, h-status9).
		sc.w[fInEffect] = max(sc.w[fInEffect], developed)
	}
	if said, ok := othersModal(&sc.w, &sp, ws); ok {
		sc.w[fHypo] = 0
		if int(sp.first[fProposed]) > said {
			sc.w[fProposed] = 0
		}
	}
	sc.ordered = index < 0 && sc.w[fCeasefire] >= 0.5 && ordersHalt(ws)
	sc.imperiled = sc.w[fCeasefire] >= 0.5 && sc.w[fHypo] > 0 && (max(sc.w[fViolated], sc.w[fCollapsed]) >= 0.5 || threatensTruce(ws))
	sc.shaken = sc.imperiled && sc.w[fViolence] > 0 && sp.first[fViolence] < sp.first[fHypo]
	if sc.w[fCeasefire] >= 0.5 && proposalOffAim(&sc, &sp) {
		// "Troops stand ready for a possibility in which Hamas may
		// violate the cease-fire": a readiness, a call or a condition
		// whose object is no halt, beside a truce told there, is no
		// truce sought.
		sc.w[fProposed] = 0
	}
	sc.resumed = sc.w[fCeasefire] < 0.5 && sc.w[fViolence] >= 0.5 && sc.w[fHypo] == 0 && resumedFighting(ws, hs)
	if sc.w[fCeasefire] >= 0.5 && earlierEnd(&sc.w, &sp, ws) {
		sc.renewed = true
	}
	if sc.w[fCollapsed] > 0 && sc.w[fHypo] == 0 && truceEndNoun(ws) {
		sc.endNoun, sc.renewed = endedAsNoun(&sc.w, ws)
	}
	if sc.w[fUNTheme] > 0 {
		// "The Council stresses the primacy of politics ... including
		// the monitoring of ceasefires": the UN's work in general.
		sc.w[fTalks] = min(sc.w[fTalks], 0.3)
		sc.w[fCeasefire] = min(sc.w[fCeasefire], 0.1)
	}
	if sc.w[fNotTalks] > 0 || (sc.w[fAidWork] > 0 && sc.w[fWarWork] == 0) {
		// "Trade talks"; "donors pledged $50 million at the conference",
		// "the ministry and the agency signed an agreement for school
		// meals": a meeting or an agreement on aid or development business
		// that names nothing of a war is no peace talks.
		sc.w[fTalks] = min(sc.w[fTalks], 0.3)
	}
	if sc.w[fTalks] > 0 && sc.w[fWarWork] == 0 && discussesRemedy(ws) {
		// "organised an international conference in Kinshasa to discuss
		// durable solutions for situations of displacement", "placed
		// calls to his counterparts to discuss potential response": a
		// meeting or a call whose object is a response to the war's
		// effects (the aid response, a military answer to an attack) or
		// the displaced's durable solutions, in a sentence that names
		// nothing of a war's business, is a coordination meeting or an
		// allies' call, no settlement sought (issue 14, h-talks19: rwp9
		// fit rwp9-8bc2754542, FA-KES dev fakes-553).
		sc.w[fTalks] = min(sc.w[fTalks], 0.3)
	}
	if sc.w[fTalks] > madeAsTimeTalks && sc.w[fViolence] >= 0.5 {
		if from, to := truceMadeAsTime(ws); from > int(sp.first[fViolence]) {
			// "Two Turkish soldiers were killed in Idlib, just two weeks
			// after a ceasefire was imposed by Ankara and Moscow",
			// "clashes resumed shortly after the 24-hour ceasefire
			// mediated by the U.S. and Saudi Arabia expired": a truce's
			// making told as the time of the fight the sentence reports
			// dates the fight; it is no news of diplomacy, a hint at
			// most (issue 14, h-talks20: cf2 fit cf2-0d01984485, cf3 fit
			// cf3-21245676bf, cf3-6fa961b871). Other talks the sentence
			// tells outside the clause keep their weight.
			masked, _ := maskWhere(ws, func(i int) bool { return i >= from && i < to })
			var w weights
			lex.match(masked, &w, nil)
			sc.w[fTalks] = min(sc.w[fTalks], max(w[fTalks], madeAsTimeTalks))
		}
	}
	if sc.w[fAidWork] > 0 && accordAsFrame(ws) {
		// "The project will be carried out in the framework of the
		// implementation of the peace accord", "launched a reintegration
		// programme under the peace agreement": an aid or development
		// project run under a peace deal names the deal as its frame;
		// the project is the news, no diplomacy (issue 14, h-talks13:
		// ReliefWeb 2017 development rw-2391249, "a past accord as a
		// project's framework" of h-rw14's classes).
		sc.w[fTalks] = min(sc.w[fTalks], 0.3)
	}
	if brokerAgency(&sc.w) {
		// "The release follows negotiations brokered by the Red Cross",
		// "the ICRC welcomed the prisoner swap": an agency named as a
		// party to talks, with no aid, no plight and no civilians in the
		// sentence, is diplomacy's news, not the response to civilians'
		// plight.
		sc.w[fHumanitarian] = min(sc.w[fHumanitarian], 0.3)
	}
	humanitarianOf(&sc.w, &sp)
	if sc.w[fUNTheme] > 0 {
		// "Peacebuilding must involve humanitarian and development
		// actors": the UN's work in general, no aid delivered.
		sc.w[fHumanitarian] = min(sc.w[fHumanitarian], 0.3)
	}
	sc.breach = sc.w[fCeasefire] >= 0.5 && max(sc.w[fViolated], sc.w[fDespite]) >= 0.9 && sc.w[fViolence] >= 0.5 && sc.w[fHypo] == 0
	// A timeline entry ("January 2017 Russia and Turkey agree...") is
	// background as a whole; page furniture counts for nothing.
	whole := 1 - min(1, sc.w[fBoiler])
	wholeViolence := whole
	if index > 0 && datedEntry(ws) {
		whole *= 0.4
		if !periodDay(ws, 0, own) {
			wholeViolence *= 0.4
		}
	}
	// The spans of the violence cues' background when a day of the
	// report's own months is no earlier event for them (ownPeriod: "On 10
	// July, airstrikes struck two cars" in a July update, "13 September
	// 2017: In Bujumbura, six armed men broke into ..." in September's
	// brief): the period's incidents are its news. The other features
	// keep the day's background: a monitors' daily report dates its
	// aid and its truce's state so too.
	var spViolence *spans
	if at := datedOn(ws); at >= 0 && index >= leadSentences {
		// Past the lead, "on February 27" dates an earlier event: news
		// style names the weekday for the week's events.
		if periodDay(ws, at, own) {
			c := sp
			spViolence = &c
		}
		sp.addBackground(at, at+2, 0.7, false)
	} else if at := inEarlierMonth(ws, month); at >= 0 && !sc.breach {
		// "A truce agreed in February has been violated nearly
		// continuously" in a report of June, in its lead too: a month
		// before the report's dates what it names (a short wire item's
		// background; issue 13, 2016-05-30 window). An attack told
		// beside it as a breach ("strikes battered Idlib despite a
		// ceasefire brokered in December") is the truce's news.
		sp.addBackground(at, at+2, 0.7, false)
	}
	for f := range sc.bgf {
		var bg float32 // most sentences hold no background span: no call a feature
		if sp.nbg > 0 {
			bg = sp.background(feature(f))
		}
		sc.bgf[f] = whole * (1 - 0.75*bg)
	}
	if sc.calm = calmedByTruce(ws, &sc.w); sc.calm {
		// The truce the calm rests on is a halt in fighting, and its
		// day of agreement dates its start, not the calm the sentence
		// tells now.
		sc.w[fCeasefire] = max(sc.w[fCeasefire], 1)
		sc.bgf[fCeasefire] = whole
	}
	if spViolence == nil {
		spViolence = &sp
	}
	sc.bgf[fViolence] = wholeViolence * (1 - 0.75*spViolence.background(fViolence))
	return sc
}

// sidesParley reports whether a sentence (text, its words ws, their heads hs)
// tells two sides of one armed dispute of year dealing with each other: a
// parley cue (a meeting, talks, a dialogue, a deal; one of the weaker words
// of relations only in a sentence that tells no violence, no threat and no
// truce)
// beside a pair of the dispute table (disputeHits.pair). Such a sentence holds that war's
// talks at the parley's weight, and its talks cues stand where the
// parley's words do (for the background phrases near them). The caps that
// follow in newScored still apply: trade talks between two sides of a war
// are trade talks.
func sidesParley(w *weights, sp *spans, ws []string, hs []*head, text string, year int) bool {
	if w[fParley] == 0 || aidBusiness(w) {
		return false
	}
	p := parleyOfPair(w, ws, hs, text, year)
	if p < 1 && (w[fViolence] >= 0.5 || w[fHypo] >= 0.5 || w[fCeasefire] >= 0.5) {
		// Only weaker words of relations ("peace", "ties", "agreed"):
		// beside violence or a threat they tell the fight, not a parley,
		// and beside a truce the truce ("the Houthis and the coalition
		// agree to extend the truce": a ceasefire agreement is the truce,
		// as the labelling guide has it).
		p = 0
	}
	if p == 0 {
		return false
	}
	if w[fTalks] == 0 {
		sp.first[fTalks], sp.last[fTalks] = sp.first[fParley], sp.last[fParley]
	} else {
		sp.first[fTalks], sp.last[fTalks] = min(sp.first[fTalks], sp.first[fParley]), max(sp.last[fTalks], sp.last[fParley])
	}
	w[fTalks] = 1 - (1-w[fTalks])*(1-p)
	return true
}

// oneCampMeeting reports a sentence (weights w, words ws, their heads hs)
// that tells a meeting or a summit with no word of settling a war beside
// it (settleWords: peace, a truce, captives, a settlement, talks proper,
// an aim to curb or end; nor a truce cue), held by no body of the
// world's (the UN, its Council, an "international meeting"), and names
// sides of the dispute table's wars in one camp of each only: no pair, no
// mediator, no disputed land, no process.
// The war's own words may stand there ("the Lebanese militant group",
// "the air campaign would go on"): they tell the camp's war, not its end.
func oneCampMeeting(w *weights, ws []string, hs []*head, text string, year int) bool {
	if w[fCeasefire] >= 0.3 || w[fTerms] > 0 {
		return false
	}
	meeting, summit := false, false
	for _, x := range ws {
		switch x {
		case "summit", "summits":
			summit = true
			fallthrough
		case "met", "meets", "meet", "meeting", "meetings":
			meeting = true
		case "un", "u.n", "u.n.", "council", "nations", "international":
			// the UN's or the world's meeting is no camp's
			return false
		}
		for _, p := range settleWords {
			if strings.HasPrefix(x, p) {
				return false
			}
		}
	}
	if !meeting {
		return false
	}
	var h disputeHits
	h.scan(ws, hs, text, year)
	if h.n == 0 || h.pair() {
		return false
	}
	for _, x := range h.hit[:h.n] {
		if x.mediators != 0 || x.place || x.process {
			return false
		}
	}
	// A meeting names two of the camp at least ("Hezbollah's leader met
	// Hamas figures"); one name beside a meeting may be met by a party
	// the table does not hold ("the EU's envoy met Hamas"). A summit is a
	// gathering of its own.
	return summit || tableNames(ws, hs) >= 2
}

// tableNames counts the names of the dispute table that ws names, each
// once.
func tableNames(ws []string, hs []*head) int {
	var seen []string
	for i := 0; i < len(ws); i++ {
		n := disputes.longest(ws, hs, i)
		if n == 0 {
			continue
		}
		if k := disputes.key(ws[i : i+n]); !slices.Contains(seen, k) {
			seen = append(seen, k)
		}
		i += n - 1
	}
	return len(seen)
}

// settleWords are the beginnings of words that put a meeting in the
// business of settling a war (oneCampMeeting).
var settleWords = lang.SettleStems()

// aidBusiness reports a sentence that tells aid, its work or the plight it
// answers (the raw cues, before humanitarianOf folds them): two sides of a
// war named there are a host and its refugees or a donor and its grantee
// ("welcomed this multi-year agreement ... people from South Sudan" in
// Sudan), and its agreement is aid's.
func aidBusiness(w *weights) bool {
	return w[fAidWork] > 0 || max(w[fHumanitarian], w[fAid], w[fAccess], w[fEvacuation], w[fDisplacement], w[fHealth]) >= 0.5
}

// doerReach is how many words before the first armed men a sentence
// names may stand the "by" or the killing verb that makes them the doers
// or the targets of a deed.
const doerReach = 3

// agentsOnly reports whether the armed men a sentence first names at word
// at are the doers of a deed ("killings by soldiers and militiamen", "an
// attack by armed men") or its targets ("after killing enemy fighters
// outside the gates"): "by" or a killing verb stands at most doerReach
// words before them. Such men are whom the others flee or what the army
// did beside the aid it brought, not the ones moved or supplied.
func agentsOnly(ws []string, at int) bool {
	for i := max(0, at-doerReach); i < at && i < len(ws); i++ {
		if ws[i] == "by" || killedKind.before.Has(ws[i]) {
			return true
		}
	}
	return false
}

// epidemicWords name an epidemic or its count of cases, an accident or a
// disaster: causes of death and harm other than an attack.
var epidemicWords = lang.CauseWords(lang.EpidemicCause | lang.AccidentCause)

// atSea reports a sentence that places its dead at sea: "at sea", "in the
// sea", "on the Mediterranean", "in the Mediterranean Sea" ("some 160
// people were reported dead or missing in three incidents in the
// Mediterranean Sea"): a crossing's drowned, not an attack's dead. A sea
// that names a coast or a region ("Yemen's Red Sea border area") is a
// place.
func atSea(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if (ws[i] == "sea" || ws[i] == "mediterranean") && (ws[i-1] == "at" || ws[i-1] == "the") {
			return true
		}
	}
	return false
}

// illnessWords name the sick and the ill: "the sick just suffered and
// died", "five COVID-infected patients died in the district" (issue 14,
// h-viol2: a clinic's story and a district's weekly update, each read as an
// attack's dead). Their dead, with no armed men and no word of violence
// beside them, are the illness's, as an epidemic's are.
var illnessWords = lang.CauseWords(lang.IllnessCause)

// namesIllness reports a word of illnessWords in ws, or an "-infected"
// ("COVID-infected").
//
// hs are the heads of ws, whose docClass holds illnessWords.
func namesIllness(ws []string, hs []*head) bool {
	for i, w := range ws {
		if hs[i].is(dcIllness) || strings.HasSuffix(w, "-infected") {
			return true
		}
	}
	return false
}

// namesEpidemic reports whether the words whose heads are hs name an
// epidemic, a disease or its cases, an accident or a disaster.
func namesEpidemic(hs []*head) bool {
	for _, h := range hs {
		if h.is(dcEpidemic) {
			return true
		}
	}
	return false
}

// deathWords count the dead and the hurt of any cause: a health bulletin
// or a disaster's report uses them as much as a war report.
var deathWords = lang.DeathWords(lang.DeathToll)

// deathStarts holds the first bytes of deathWords (isDeathWord).
var deathStarts = longTriSetOf(deathWords)

// isDeathWord reports a word of deathWords; most words begin none and are
// passed unhashed.
func isDeathWord(w string) bool { return deathStarts.mayHoldLong(w) && deathWords[w] }

// violentBesideDeaths reports whether ws holds violence once its words of
// death and harm are taken out: an attack, shelling, a clash.
func violentBesideDeaths(ws []string) bool {
	return violentWithout(ws, func(i int) bool { return isDeathWord(ws[i]) })
}

// murderWords are the words of violence.tsv's murder rows (lang's
// deaths.tsv "murder").
var murderWords = lang.DeathWords(lang.Murder)

// namesMurder reports a sentence that holds a word of murderWords, by its
// words' heads hs (docClass dcMurder).
func namesMurder(hs []*head) bool { return headsAny(hs, dcMurder) }

// armedWords name armed men and soldiers (lang's counted groups
// "fighters" and "soldiers"), and a side's captives and their takers
// (lang's captives.tsv): the hands a war's killing is done by, or the
// people it holds.
var armedWords = func() map[string]bool {
	m := lang.CaptiveWords(lang.CaptiveNoun | lang.TakerNoun | lang.MissionHeld)
	for w, g := range lang.CountedGroups() {
		if g == "fighters" || g == "soldiers" {
			m[w] = true
		}
	}
	return m
}()

// armedHands reports a sentence that names armed men, soldiers, or a
// side's captives or their takers (armedWords): "taken by Hamas terrorists
// as a hostage", "freed from Hamas captivity", "by soldiers and
// militiamen". hs are the heads of its words (docClass dcArmed).
func armedHands(hs []*head) bool { return headsAny(hs, dcArmed) }

// armsWords name arms and munitions, and contraband seized as arms are
// (drugs, narcotics: a district's crime weekly, issue 14, h-viol11): found
// or held, no attack.
var armsWords = lang.ArmsWords(lang.ArmsNoun | lang.GoodsNoun)

// foundWords tell arms found, seized, lost, hidden or carried, or massed and
// deployed at a border or a front ("accuses its neighbour of massing troops,
// armoured vehicles and rockets along the border"): arms moved, not fired.
var foundWords = lang.ArmsWords(lang.FoundWord)

// armsFound reports a sentence whose violence is arms found, seized, lost,
// carried or deployed (armsWords beside foundWords): with both sets of words taken
// out, no violence is left (no attack, no shot, no one killed).
//
// hs are the heads of ws, whose docClass holds armsWords and foundWords.
func armsFound(ws []string, hs []*head) bool {
	if !headsHoldBoth(hs, dcArms, dcFound) {
		return false
	}
	return !violentWithout(ws, func(i int) bool { return hs[i].is(dcArms) || hs[i].is(dcFound) })
}

// violentWithout reports whether ws holds violence (a cue of 0.5) once the
// words for which drop(i) holds are taken out.
func violentWithout(ws []string, drop func(i int) bool) bool {
	return violenceWithout(ws, drop) >= 0.5
}

// violenceWithout is the violence the cues of ws give once the words for
// which drop(i) holds are taken out. The words left are matched as a
// sentence's are, halts and all: "a magnitude 5.2 earthquake struck the
// district, which left 42 injured" holds no violence once its hurt are
// taken out, for "earthquake struck" halts the "struck" that, matched
// alone, was an attack (issue 14, h-viol15: ReliefWeb 2017 development
// rw-2393409, a Red Crescent report on the Kerman earthquake).
func violenceWithout(ws []string, drop func(i int) bool) float32 {
	masked := make([]string, len(ws))
	for i, w := range ws {
		if !drop(i) {
			masked[i] = w
		}
	}
	var w weights
	var sp spans
	lex.match(masked, &w, &sp)
	return w[fViolence]
}

// figureWords name a person of rank or a suspect, whom a capture arrests.
var figureWords = lang.WordSetOf(lang.ArmsWords(lang.RankNoun))

// capturedFigure reports a sentence whose violence is a capture of a
// person of rank (figureWords within captureReach words of "captured"),
// with no other violence left once the capture and the person are taken
// out.
func capturedFigure(ws []string) bool {
	at := slices.Index(ws, "captured")
	if at < 0 {
		return false
	}
	for i := at + 1; i < len(ws) && i <= at+captureReach; i++ {
		if groundWords.Has(ws[i]) {
			return false // "captured the town", "captured two villages"
		}
	}
	near := -1
	for i := max(0, at-captureReach); i < len(ws) && i <= at+captureReach; i++ {
		if figureWords.Has(ws[i]) {
			near = i
			break
		}
	}
	if near < 0 {
		return false
	}
	return !violentWithout(ws, func(i int) bool { return i == at || i == near })
}

// groundWords name ground that a capture takes: the labelling guide's
// "capture or recapture of territory".
var groundWords = lang.WordSetOf(lang.ArmsWords(lang.GroundNoun))

// captureReach is how many words from "captured" the person captured may
// stand: "captured two top figures", "Top Zarqawi aide captured".
const captureReach = 4

// photoCaption reports a sentence that ends as an agency's photograph
// caption does, with the picture's place and day after a comma: "...
// in Baghdad, Iraq, October 4." or "..., Oct. 4, 2004."
func photoCaption(text string) bool {
	if strings.IndexByte(text, ',') < 0 {
		return false // no comma: told by IndexByte, which reads many bytes a step, not LastIndexByte's one
	}
	t := strings.TrimRight(text, " .")
	i := strings.LastIndexByte(t, ',')
	if i < 0 {
		return false // no comma: most sentences, read once
	}
	if i > 0 && lang.IsYear(strings.TrimSpace(t[i+1:])) {
		t = t[:i] // ", 2004"
		if i = strings.LastIndexByte(t, ','); i < 0 {
			return false
		}
	}
	month, day, ok := twoFields(t[i+1:])
	if !ok || !isDay(day) {
		return false
	}
	if month[0] < 'A' || month[0] > 'Z' {
		return false
	}
	_, ok = lang.Month(strings.ToLower(strings.TrimSuffix(month, ".")))
	return ok
}

// twoFields returns the fields of s when strings.Fields finds two, and
// whether it does, with nothing split: most clauses after a comma are
// longer.
func twoFields(s string) (a, b string, ok bool) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", "", false
	}
	a, s = s[:i], strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	if s == "" {
		return "", "", false
	}
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		if strings.TrimLeftFunc(s[i:], unicode.IsSpace) != "" {
			return "", "", false // a third field
		}
		s = s[:i]
	}
	return a, s, true
}

// agencyNames are the names of agencies and offices that hold words of
// aid: ECHO's ("civil protection and humanitarian aid operations"), OCHA's
// ("coordination of humanitarian affairs"), an Under-Secretary-General's
// ("for humanitarian affairs").
var agencyNames = [][]string{
	{"civil", "protection", "and", "humanitarian", "aid"},
	{"humanitarian", "aid", "and", "civil", "protection"},
	{"humanitarian", "aid", "office"},
	{"coordination", "of", "humanitarian", "affairs"},
	{"for", "humanitarian", "affairs"},
}

// truceNames are the names of a truce that "humanitarian" before them
// makes a kind of truce (maskAgencyNames).
var truceNames = lang.WordSetOf(lang.TruceWords(lang.TruceName))

// maskAgencyNames returns ws with the words of the agency names it holds
// (agencyNames) blanked, and the "humanitarian" that names a truce's kind
// ("Baku proposed a humanitarian ceasefire", "the week-long humanitarian
// truce collapsed": a halt in fighting, no aid; issue 14, h-talks12: cf3
// fit half), and whether it held any. The sentence's own words of aid
// ("a humanitarian truce to let convoys reach the city") keep theirs.
func maskAgencyNames(ws []string) ([]string, bool) {
	if !slices.Contains(ws, "humanitarian") {
		return nil, false // every name of agencyNames holds it: most sentences hold none
	}
	var out []string
	for i := range ws {
		if ws[i] == "humanitarian" && i+1 < len(ws) && truceNames.Has(ws[i+1]) {
			if out == nil {
				out = slices.Clone(ws)
			}
			out[i] = ""
			continue
		}
		if ws[i] != "civil" && ws[i] != "humanitarian" && ws[i] != "coordination" && ws[i] != "for" {
			continue
		}
		for _, name := range agencyNames {
			if len(ws)-i < len(name) || !slices.Equal(ws[i:i+len(name)], name) {
				continue
			}
			if out == nil {
				out = slices.Clone(ws)
			}
			for k := range name {
				out[i+k] = ""
			}
		}
	}
	return out, out != nil
}

// opensRelated reports a sentence that opens with "Related" (after a count
// of shares or views, perhaps): the list of links that ends a page.
func opensRelated(ws []string) bool {
	for i := 0; i < len(ws) && i < 2; i++ {
		if ws[i] == "related" {
			return true
		}
		if !lang.AllDigits(ws[i]) { // checked first: Atoi's error is an allocation
			return false
		}
		if _, err := strconv.Atoi(ws[i]); err != nil {
			return false
		}
	}
	return false
}

// plightSetting is how many words after "amid" a list of the plight
// may run and still be the setting of other news.
const plightSetting = 8

// backgroundReach is how many words a background phrase colours: "since
// the truce collapsed last year" is history; the strike reported in the
// same sentence's other clause is not.
const backgroundReach = 10

// background is how strongly the background phrases of a sentence bear on
// the cues of feature f: fully when near them, a little when far.
func (sp *spans) background(f feature) float32 {
	var bg float32
	for _, b := range sp.bg[:sp.nbg] {
		if b.ended && f == fTalks {
			continue
		}
		if b.after {
			inSetting := sp.first[f] > b.end && sp.last[f] <= b.end+settingReach
			if b.setting && f == fHumanitarian {
				// "Netanyahu rejected truce calls amid mounting civilian
				// deaths, hunger and displacement": the plight listed as
				// the setting of other news, as the fighting is.
				if sp.first[f] > b.end && sp.last[f] <= b.end+plightSetting {
					bg = max(bg, b.w)
				}
				continue
			}
			if b.setting && (f != fViolence || !inSetting) {
				continue
			}
			if f == fViolence && sp.last[f] >= sp.first[f] && (sp.first[f] > b.end && sp.first[f] <= b.end+backgroundReach ||
				b.at > sp.last[f] && b.at <= sp.last[f]+aftermathHead) {
				bg = max(bg, b.w)
			}
			continue
		}
		w := b.w
		far := b.at < sp.first[f]-backgroundReach || b.at > sp.last[f]+backgroundReach
		if b.trail {
			far = b.end <= sp.first[f] || b.at > sp.last[f]+backgroundReach
		}
		if far {
			w *= 0.3
		}
		bg = max(bg, w)
	}
	return min(bg, 1)
}

// brokerAgency reports a sentence of talks (fTalks of brokerTalks or more)
// whose only humanitarian cue is its own (an agency's name, "humanitarian")
// before humanitarianOf folds the types in: no aid, access, siege,
// evacuation, displacement, health or appeal, no civilians named and no
// truce (a humanitarian pause agreed in talks is aid's news too).
func brokerAgency(w *weights) bool {
	if w[fHumanitarian] == 0 || w[fTalks] < brokerTalks || w[fCivilians] > 0 || w[fCeasefire] >= 0.5 {
		return false
	}
	for f := fAid; f <= fAppeal; f++ {
		if w[f] > 0 {
			return false
		}
	}
	return true
}

// brokerTalks is the talks evidence that makes a sentence diplomacy's.
const brokerTalks = 0.8

// humanitarianOf folds the humanitarian types into the humanitarian
// feature. Siege and health cues in a sentence that reports an attack are
// details of the attack (the wounded taken to hospital, the besieged
// district that was shelled), which is violence news.
func humanitarianOf(w *weights, sp *spans) {
	plight := max(w[fSiege], w[fHealth]) * (1 - 0.4*w[fViolence])
	first, last := sp.first[fHumanitarian], sp.last[fHumanitarian]
	if w[fHumanitarian] == 0 {
		first, last = 1<<30, -1
	}
	for f := fAid; f <= fAppeal; f++ {
		if w[f] > 0 {
			first, last = min(first, sp.first[f]), max(last, sp.last[f])
		}
	}
	sp.first[fHumanitarian], sp.last[fHumanitarian] = first, last
	// "Urged", "called on": an appeal's words are everyday words; only a
	// clear appeal makes humanitarian news by itself.
	appeal := w[fAppeal]
	if appeal < 0.75 {
		appeal *= 0.5
	}
	w[fHumanitarian] = max(w[fHumanitarian], w[fAid], w[fAccess],
		w[fEvacuation], w[fDisplacement], appeal, plight)
}

// freedInTruce is the talks a sentence holds that tells captives freed
// beside a truce (freesCaptives).
const freedInTruce = 0.8

// freeWords tell someone set free; captiveWords name who is held by a side.
var (
	freeWords    = listOf(lang.CaptiveWords(lang.FreeWord))
	captiveWords = listOf(lang.CaptiveWords(lang.CaptiveNoun))
)

// treatedWords tell how captives are held: abuse, torture, hunger, an
// ordeal endured.
var treatedWords = listOf(lang.CaptiveWords(lang.TreatedWord))

// captiveTreatment is the humanitarian evidence of a sentence that tells
// how captives are held (captivesTreated).
const captiveTreatment = 0.8

// captivesTreated reports a sentence whose words ws name captives and how
// they are held: "hostages were serially abused", "detainees say they were
// tortured", "hostages who returned describe what they endured".
func captivesTreated(ws []string) bool { return holdsBoth(ws, captiveWords, treatedWords) }

// freesCaptives reports a sentence whose words ws tell captives set free: a
// word of freeing and a captive.
func freesCaptives(ws []string) bool { return holdsBoth(ws, freeWords, captiveWords) }

// headsAny reports whether a word whose head is in hs is in the docClass
// list c.
func headsAny(hs []*head, c docClass) bool {
	for _, h := range hs {
		if h.is(c) {
			return true
		}
	}
	return false
}

// headsHoldBoth is holdsBoth read from the words' heads (headsOf): whether
// they hold a word of the docClass list a and one of b, with no lookup.
func headsHoldBoth(hs []*head, a, b docClass) bool {
	inA, inB := false, false
	for _, h := range hs {
		if h != nil {
			inA = inA || h.cls&a != 0
			inB = inB || h.cls&b != 0
			if inA && inB {
				return true
			}
		}
	}
	return false
}

// holdsBoth reports whether the words ws hold a word of a and a word of b.
func holdsBoth(ws []string, a, b wordList) bool {
	inA, inB := false, false
	for _, w := range ws {
		inA = inA || a.has(w)
		inB = inB || b.has(w)
		if inA && inB {
			return true // the rest of the words can change nothing
		}
	}
	return false
}

// takerWords name those who hold captives: a release asked of them is a
// captive's ("demanding the kidnappers release the journalists").
var takerWords = listOf(lang.CaptiveWords(lang.TakerNoun))

// releaseOnTerms reports a sentence (weights w, words ws) that tells
// captives freed, or asked or offered to be freed, with the terms of it
// (fTerms: a deal, an offer, conditions, a delay, a ransom).
func releaseOnTerms(w *weights, ws []string) bool {
	if w[fTerms] == 0 {
		return false
	}
	if freesCaptives(ws) {
		return true
	}
	free, taker := false, false
	for _, x := range ws {
		free = free || freeWords.has(x)
		taker = taker || takerWords.has(x)
	}
	return free && taker
}

// strifeReach is how many words after an aim to end ("to end") its strife may
// stand ("to try to end a bloody three-week uprising"), and how many before
// it the force that is its means ("an offensive launched to end").
const strifeReach = 6

// endsStrife reports a sentence (weights w, cue spans sp) that sets out to
// end a war's strife ("to end the uprising", "to stop the killing") with no
// force named just before as the means ("troops sent to stop the fighting").
func endsStrife(w *weights, sp *spans) bool {
	if w[fEndAim] == 0 || w[fStrife] == 0 {
		return false
	}
	at := sp.first[fEndAim]
	near := func(p int32) bool { return p > at && p-at <= strifeReach }
	if !near(sp.first[fStrife]) && !near(sp.last[fStrife]) {
		return false
	}
	if w[fByForce] > 0 {
		before := func(p int32) bool { return p < at && at-p <= strifeReach }
		if before(sp.first[fByForce]) || before(sp.last[fByForce]) {
			return false
		}
	}
	return true
}

// titleRepeated reports whether the text opens with the headline, as pages
// copied whole often do; the headline then counts once, as the lead.
func titleRepeated(d *doc) bool {
	if len(d.sents) == 0 {
		return false
	}
	tw := d.titleWords
	sw := d.sents[0].words
	if len(tw) == 0 || len(sw) < len(tw) {
		return false
	}
	for i := 0; i+len(tw) <= len(sw) && i <= 8; i++ {
		if slices.Equal(sw[i:i+len(tw)], tw) {
			return true
		}
	}
	return false
}

// headlineLine reports a text whose first sentence is a paragraph of its
// own with no closing stop: a page's headline at the top of its text
// ("Clashes renew in Galkayo amid ceasefire deal", then the lead), as a
// page read with no headline of its own carries it.
func headlineLine(d *doc) bool {
	if len(d.sents) < 2 || d.sents[1].para == d.sents[0].para {
		return false
	}
	t := strings.TrimRight(d.sents[0].text, " ")
	last, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && !strings.ContainsRune(".!?:;\"”’'", last)
}

// datedEntry reports a sentence that opens with a full date ("January 2017
// Russia and Turkey agree...", "22 Dec 2016 The regime declares..."): past
// the first sentence, that is a timeline of earlier events.
func datedEntry(ws []string) bool {
	if len(ws) < 3 {
		return false
	}
	a, b, c := ws[0], ws[1], ws[2]
	switch {
	case isMonth(a) && lang.IsYear(b):
		return true
	case isMonth(a) && isDay(b) && lang.IsYear(c):
		return true
	case isDay(a) && isMonth(b) && lang.IsYear(c):
		return true
	}
	return false
}

// datedOn returns where "on February 27" or "on 27 February" is written,
// or 0 for a sentence that opens with a month ("In April, clashes broke
// out": news tells the week's events by their weekday, so a month named
// first past the lead dates history), or -1.
func datedOn(ws []string) int {
	if len(ws) > 2 && ws[0] == "in" && isMonth(ws[1]) && ws[1] != "may" {
		return 0
	}
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] != "on" {
			continue
		}
		if (isMonth(ws[i+1]) && isDay(ws[i+2])) || (isDay(ws[i+1]) && isMonth(ws[i+2])) {
			return i
		}
	}
	return -1
}

// earlierMonths is how many months before a report's own a month it
// names "in" is read as past: a month further back ("in November" of a
// February report) is as likely to be one ahead.
const earlierMonths = 6

// inEarlierMonth returns where "in February" is written when February is
// one to earlierMonths months before month, the report's own, or -1 ("in
// May" is no month: "in may" is a verb's).
func inEarlierMonth(ws []string, month time.Month) int {
	if month == 0 {
		return -1
	}
	for i := 0; i+1 < len(ws); i++ {
		m, ok := lang.Month(ws[i+1])
		if ws[i] != "in" || !ok || ws[i+1] == "may" {
			continue
		}
		if back := (int(month) - int(m) + 12) % 12; back >= 1 && back <= earlierMonths {
			return i
		}
	}
	return -1
}

// longWar returns where a "six-year war" or "five-year-old conflict" is
// named, or -1: the war told as a whole is background.
func longWar(ws []string) int {
	for i := 0; i+1 < len(ws); i++ {
		w := ws[i]
		if n := len(w); n < len("-year") || w[n-1] != 'r' && w[n-1] != 'd' && w[n-1] != 'g' {
			continue // the last byte of none of the three below: most words, told with no compare
		}
		if !strings.HasSuffix(w, "-year") && !strings.HasSuffix(w, "-year-old") && !strings.HasSuffix(w, "-year-long") {
			continue
		}
		switch ws[i+1] {
		case "war", "conflict", "crisis", "uprising", "civil":
			return i
		}
	}
	return -1
}

// dealOnWar reports a deal, an agreement, an accord, a pact or a treaty
// within dealObjectReach words before words[at] whose object opens right
// after it ("a deal on", "an agreement over", "a pact for"): the war named
// by its age at the end of that object is what the deal settles, so its
// age is no history beside the talks. A deal that "ended" the war, or one
// "signed in 2016", opens no object and stays background.
func dealOnWar(words []string, at int) bool {
	for i := max(0, at-dealObjectReach); i+1 < at; i++ {
		switch words[i] {
		case "deal", "agreement", "accord", "pact", "treaty":
		default:
			continue
		}
		switch words[i+1] {
		case "on", "over", "for":
			return true
		}
	}
	return false
}

// dealObjectReach is how many words a deal's object may run before the
// war it ends on.
const dealObjectReach = 10

// evidenceOf is how far one sentence's cue counts as news of feature f.
func (s *scored) evidenceOf(f feature) float32 {
	return s.w[f] * s.bgf[f]
}

// isDay reports whether w is a day of the month written in digits.
func isDay(w string) bool {
	_, ok := lang.DayOfMonth(w)
	return ok
}

// chronicCap is the most violence a sentence that tells the war as a
// standing condition (lexicon chronic) holds: a hint, less than one cue
// sentence of a paragraph (0.5).
const chronicCap = 0.15

// spokenDay reports a word that dates a deed to the day of its telling or
// the one before: "yesterday", "today", "overnight", "tonight".
func spokenDay(w string) bool {
	switch w {
	case "yesterday", "today", "overnight", "tonight":
		return true
	}
	return false
}

// namesDay reports a sentence that dates something to a day: a weekday,
// "yesterday", "today", "overnight", or a day of the month beside a month
// ("on 28 November", "December 3").
func namesDay(ws []string) bool {
	for i, w := range ws {
		if spokenDay(w) {
			return true
		}
		if _, ok := lang.Weekday(w); ok {
			return true
		}
		if _, ok := lang.Month(w); ok {
			if i > 0 {
				if _, ok := lang.DayOfMonth(ws[i-1]); ok {
					return true
				}
			}
			if i+1 < len(ws) {
				if _, ok := lang.DayOfMonth(ws[i+1]); ok {
					return true
				}
			}
		}
	}
	return false
}

// condemnsAttack reports a sentence that condemns or deplores (an attack,
// as its caller checks) and tells no decision taken (statesDecision); hs
// are the heads of ws.
func condemnsAttack(ws []string, hs []*head) bool {
	for _, w := range ws {
		if strings.HasPrefix(w, "condemn") || strings.HasPrefix(w, "deplor") {
			return !statesDecision(hs)
		}
	}
	return false
}

// causeOfFlight reports a sentence that names a cause of something it
// tells: "due to", "because of", "as a result of", "led to", "caused",
// "forced ... to flee" (not "forced displacement", a kind of displacement),
// "driven by", "triggered" ("clashes resulted in shelling in the south,
// triggering a displacement of 10,000 residents"; not "resulting in": an
// agency's flash runs its news on with it, "fierce fighting continues on
// three fronts, resulting in casualties and massive displacement").
func causeOfFlight(ws []string) bool {
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		switch {
		case (w == "due" || w == "owing") && next == "to",
			w == "because" && next == "of",
			w == "result" && next == "of" && i > 0 && ws[i-1] == "a",
			(w == "led" || w == "leading") && next == "to",
			w == "caused", w == "driven", w == "triggering", w == "triggered",
			w == "forced" && !strings.HasPrefix(next, "displace"):
			// "forced displacement" names the displacement's kind, not
			// its cause: "Intense conflict and forced displacement"
			// reports both.
			return true
		}
	}
	return false
}

// causeReach is how many words may stand between a causal preposition and
// the violence it names as a cause ("due to the heavy shelling").
const causeReach = 3

// violenceAsCause reports a sentence whose violence cues all stand in one
// phrase that a causal preposition opens ("due to", "because of", "as a
// result of", "owing to"): the violence is named as a cause only. The dead
// and hurt it causes make it an attack reported ("three people sustained
// injuries due to a rocket fired on the town").
func violenceAsCause(ws []string, sp *spans) bool {
	first, last := int(sp.first[fViolence]), int(sp.last[fViolence])
	if first < 0 || last < first || last-first > causeReach {
		return false
	}
	for _, w := range ws {
		if isDeathWord(w) || w == "wounded" || w == "casualties" || w == "wounding" {
			return false
		}
	}
	for i := max(0, first-causeReach-1); i < first; i++ {
		if i+1 >= len(ws) {
			break
		}
		w, next := ws[i], ws[i+1]
		if ((w == "due" || w == "owing") && next == "to") || (w == "because" && next == "of") ||
			(w == "result" && next == "of" && i > 0 && ws[i-1] == "a") {
			return true
		}
	}
	return false
}

// flightCause reports a sentence whose violence is only the cause of a flight
// told in a relative clause ("refugees who fled to Chad following
// clashes", "families who had fled attacks on their villages"): "who"
// within whoReach words before a verb of flight, every violence cue after
// that verb and within fledReach words of it, no clause of its own between
// them (an auxiliary: "refugees who fled last year were attacked on
// Monday" reports the attack), and no dead or hurt in the sentence.
func flightCause(ws []string, sp *spans) bool {
	first, last := int(sp.first[fViolence]), int(sp.last[fViolence])
	if first < 0 || last < first {
		return false
	}
	at := -1
	for i := max(0, first-fledReach); i < first; i++ {
		switch ws[i] {
		case "fled", "fleeing", "flee", "escaped", "escaping":
			for _, v := range ws[max(0, i-whoReach):i] {
				if v == "who" {
					at = i
				}
			}
		}
	}
	if at < 0 || last > at+fledReach {
		return false
	}
	for _, w := range ws[at+1 : first] {
		switch w {
		case "was", "were", "is", "are", "has", "have", "had", "been":
			return false
		}
	}
	// the dead and hurt last: most sentences have no flight before
	// their violence, and this reads every word
	for _, w := range ws {
		if isDeathWord(w) || w == "wounded" || w == "casualties" || w == "wounding" {
			return false
		}
	}
	return true
}

// plightUnderFire reports a sentence whose violence is only the
// circumstance of a plight it tells: people named fleeing it in a reduced
// relative clause ("thousands of families escaping the air strikes"), or,
// beside a siege or a health crisis, a phrase of state that opens it or
// stands at most fledReach words before it ("trapped in the clinic, under constant fire
// from the hills", "besieged and bombarded, clinics cannot cope"). Every
// violence cue stands within fledReach words of that phrase's start, no
// auxiliary between (a clause of its own: "families fleeing the town were
// shelled"), and no one is dead or hurt in the sentence (the attack's
// toll is its news).
func plightUnderFire(ws []string, sp *spans, w *weights) bool {
	first, last := int(sp.first[fViolence]), int(sp.last[fViolence])
	if first < 0 || last < first || last >= len(ws) {
		return false
	}
	at := -1
	if w[fDisplacement] >= 0.8 {
		for i := max(1, first-fledReach); i < first; i++ {
			if (ws[i] == "fleeing" || ws[i] == "escaping") && fleeingPeople.Has(ws[i-1]) {
				at = i
			}
		}
	}
	if at < 0 && max(w[fSiege], w[fHealth]) >= 0.5 {
		for i := max(0, first-fledReach); i <= first && i+1 < len(ws); i++ {
			if ws[i] == "under" || (ws[i] == "besieged" && ws[i+1] == "and") {
				at = i
			}
		}
	}
	if at < 0 || last > at+fledReach {
		return false
	}
	for _, x := range ws[min(at+1, first):first] {
		switch x {
		case "was", "were", "is", "are", "has", "have", "had", "been":
			return false
		}
	}
	for _, x := range ws {
		if isDeathWord(x) || x == "wounded" || x == "casualties" || x == "wounding" || x == "injured" {
			return false
		}
	}
	return true
}

// antecedentViolence reports a sentence whose violence cues all stand after
// a phrase that makes them what its news follows or what started it: a
// verb of coming with "after" at most two words on ("comes soon after",
// "came days after"), or "triggered by", "sparked by"; the first cue
// within precedingReach words of it. A cue before the phrase is the
// news's own ("the raid came a day after the talks failed").
func antecedentViolence(ws []string, sp *spans) bool {
	first := int(sp.first[fViolence])
	if first < 1 || first >= len(ws) {
		return false
	}
	for p := max(0, first-precedingReach); p < first; p++ {
		switch ws[p] {
		case "after":
			for _, w := range ws[max(0, p-3):p] {
				switch w {
				case "comes", "came", "come", "coming":
					return true
				}
			}
		case "by":
			if p > 0 && (ws[p-1] == "triggered" || ws[p-1] == "sparked") {
				return true
			}
		}
	}
	return false
}

// spanCount is how many words may count a span after "after" ("after
// nearly five months of").
const spanCount = 2

// spanBefore reports a sentence whose violence cues all stand after an
// "after" that a clause of the news goes before and that opens the months
// or years of a war ("needs remain vast after 14 months of constant
// bombardment", "the return comes after months of exchanges of fire that
// grew into open war"): the first cue within precedingReach words of the
// span's "of" (longSpans: weeks, months, years, decades), no cue before "after", at least spanClause words before
// it, and no day named from "after" on. The war's span before the news
// is its background (the labelling guide). A sentence that opens with the
// span ("After weeks of fighting, the army took the town") goes on to its
// own news, which may be an attack.
func spanBefore(ws []string, sp *spans) bool {
	first := int(sp.first[fViolence])
	if first < 0 || first >= len(ws) {
		return false
	}
	for p := spanClause; p < first; p++ {
		if ws[p] != "after" {
			continue
		}
		for q := p + 1; q <= p+1+spanCount && q+1 < first; q++ {
			if longSpans[ws[q]] && ws[q+1] == "of" {
				return first-(q+1) <= precedingReach && !namesDay(ws[p:])
			}
		}
	}
	return false
}

// spanClause is how many words must go before the "after" of spanBefore:
// a clause of the news the span precedes.
const spanClause = 3

// precedingReach is how many words after "after" or "by" the first
// violence cue of an antecedent may stand ("soon after Hamas attacked").
const precedingReach = 4

// fleeingPeople are the words of people that a participle of flight
// ("fleeing", "escaping") follows as its subject.
var fleeingPeople = lang.WordSetOf(lang.PeopleWords(lang.FleeingNoun))

// seizedWords are the participles of a seizure of people.
var seizedWords = lang.CaptiveWords(lang.SeizedWord)

// seizedStarts holds the first bytes of seizedWords (isSeizedWord).
var seizedStarts = longTriSetOf(seizedWords)

// isSeizedWord reports a word of seizedWords.
func isSeizedWord(w string) bool { return seizedStarts.mayHoldLong(w) && seizedWords[w] }

// seizedOpeners open the agent, place or time of a participle that names
// captives ("kidnapped by", "abducted from", "seized in", "taken last").
var seizedOpeners = lang.WordSetOf(lang.PrepositionWords(lang.SeizedPrep))

// beWord reports an auxiliary of a passive or perfect clause: a form of
// "be" or "have", or "get"/"got" ("got killed").
func beWord(w string) bool { return lang.PassiveBe(w) || lang.Auxiliary(w) || w == "got" || w == "get" }

// seizedReach is how many words a participle clause of captives runs on
// after its participle ("abducted from her home in Kerewa by Boko Haram
// gunmen").
const seizedReach = 12

// captivesNamed reports a sentence whose violence is only the seizure that
// names its captives, in a clause of their own: a participle of seizure
// (seizedWords) followed by its agent, place or time (seizedOpeners), either
// in a relative clause ("Maya, who was abducted from her home by gunmen,
// was among those released") or right after a noun that a preposition
// governs ("the families of those seized by Hamas", "the lives of 10
// employees kidnapped by militants"), with no dead or hurt in the sentence
// and no violence left once the clause (up to its next auxiliary, at most
// seizedReach words) is taken out. "Five soldiers were kidnapped by rebels"
// and a headline's "Five soldiers kidnapped in the north" tell the seizure.
//
// hs are the heads of ws, whose docClass holds seizedWords and deathWords.
func captivesNamed(ws []string, hs []*head) bool {
	if !headsAny(hs, dcSeized) { // slices.ContainsFunc(ws, isSeizedWord)
		return false // most sentences have none: the dead are not looked for
	}
	for i, w := range ws {
		if hs[i].is(dcDeath) || w == "wounded" || w == "casualties" { // isDeathWord
			return false
		}
	}
	for i := range ws {
		if !hs[i].is(dcSeized) || i == 0 || i+1 >= len(ws) || !seizedOpeners.Has(ws[i+1]) {
			continue
		}
		start := i // the clause's first word: the participle, or "who" and its auxiliaries
		for start > 0 && i-start < 2 && beWord(ws[start-1]) {
			start--
		}
		named := start > 0 && ws[start-1] == "who" && start < i
		if named {
			start--
		}
		for k := i - 2; !named && start == i && k >= max(0, i-4) && !beWord(ws[k]); k-- {
			switch ws[k] {
			case "of", "for", "with", "among":
				named = true
			}
		}
		if !named {
			continue
		}
		end := min(len(ws), i+seizedReach+1)
		for k := i + 1; k < end; k++ {
			if beWord(ws[k]) {
				end = k
				break
			}
		}
		if !violentWithout(ws, func(k int) bool { return k >= start && k < end }) {
			return true
		}
	}
	return false
}

// vowWords tell violence to come: a future, a threat or a vow.
var vowWords = lang.WordSetOf(lang.AuxiliaryWords(lang.VowWord))

// vowReach is how many words before the first violence cue a vow word may
// stand ("will return to the attack", "threatened 'merciless strikes'").
const vowReach = 4

// violenceToCome reports a sentence whose violence cues all follow a word
// of violence to come (vowWords) within vowReach words of the first, with
// no dead or hurt in it: "we will strike you soon", "it will use
// artillery and missiles".
func violenceToCome(ws []string, sp *spans) bool {
	first := int(sp.first[fViolence])
	if first <= 0 {
		return false
	}
	vow := false
	for i := max(0, first-vowReach); i < first; i++ {
		if vowWords.Has(ws[i]) {
			vow = true
			break
		}
	}
	if !vow {
		return false // most violence follows no vow: the dead are not looked for
	}
	for _, w := range ws {
		if isDeathWord(w) || w == "wounded" || w == "casualties" || w == "wounding" {
			return false
		}
	}
	return true
}

// whoReach is how many words before a verb of flight "who" may stand ("who
// had recently fled"); fledReach how many words after it the violence that
// caused the flight may ("fled to Chad following intercommunal clashes").
const (
	whoReach  = 3
	fledReach = 7
)

// periodRecord reports a sentence that counts over a span of months whose
// both ends are a month and a year ("from October 2016 to September 2017",
// "between March 2015 and November 2017"), at least periodMonths long.
func periodRecord(ws []string) bool {
	monthYear := func(i int) (int, int, bool) {
		// "October 2016" or "1 October 2016" from word i
		if i < len(ws) && isDay(ws[i]) {
			i++
		}
		if i+1 >= len(ws) {
			return 0, 0, false
		}
		m, ok := lang.Month(ws[i])
		if !ok {
			return 0, 0, false
		}
		y, err := strconv.Atoi(ws[i+1])
		if err != nil || y < 1990 || y > 2039 {
			return 0, 0, false
		}
		return int(m) + 12*y, i + 2, true
	}
	for i, w := range ws {
		if w != "from" && w != "between" {
			continue
		}
		a, j, ok := monthYear(i + 1)
		if !ok || j >= len(ws) {
			continue
		}
		switch ws[j] {
		case "to", "and", "until", "till", "through":
		default:
			continue
		}
		b, _, ok := monthYear(j + 1)
		if ok && b-a >= periodMonths {
			return true
		}
	}
	return false
}

// periodMonths is the shortest span, in months, that periodRecord reads as
// a record of the war (a quarter): a week's or a month's incidents are news.
const periodMonths = 3

// freshOrDated reports a sentence that names a month or tells its event
// as new: "renewed", "fresh", "new", "latest", "erupted", "broke out".
func freshOrDated(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "renewed", "fresh", "new", "latest", "erupted", "broke", "recent", "recently":
			return true
		}
		if _, ok := lang.Month(w); ok {
			return true
		}
	}
	return false
}

// recordReach is how many words before "since" a superlative may stand to
// make the since-phrase a record's comparison.
const recordReach = 10

// recordSince reports a superlative measured since a time: "November was
// the most dangerous month since December 2013, with nine killed", "the
// deadliest attack since". The since-phrase dates the record the news
// sets, not a war told as a standing condition (lexicon chronic).
func recordSince(ws []string) bool {
	for i, w := range ws {
		if w != "since" {
			continue
		}
		for _, v := range ws[max(0, i-recordReach):i] {
			switch v {
			case "most", "deadliest", "worst", "highest", "largest", "biggest", "bloodiest", "heaviest", "fiercest":
				return true
			}
		}
	}
	return false
}

// citedResolution reports a sentence that names a resolution by its number
// ("Security Council resolution 2332", "resolutions 2165 and 2191") and
// tells no decision on it (statesDecision), and returns its words with the
// resolution's name (and a "Security Council" just before it) left out;
// hs are the heads of ws.
func citedResolution(ws []string, hs []*head) ([]string, bool) {
	at := -1
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "resolution" || ws[i] == "resolutions") && lang.AllDigits(ws[i+1]) {
			at = i
			break
		}
	}
	if at < 0 || statesDecision(hs) {
		return nil, false
	}
	from := at
	if from >= 2 && ws[from-2] == "security" && ws[from-1] == "council" {
		from -= 2
	}
	out := make([]string, 0, len(ws))
	out = append(out, ws[:from]...)
	return append(out, ws[at+2:]...), true
}

// talksMasks each return a sentence's words with those left out that name
// no talks where they stand, and whether any were (newScoredIn).
// hs are the heads of ws: envoySpeaker and legislatureBusiness read them.
var talksMasks = [...]func(ws []string, hs []*head) ([]string, bool){
	wordsOnly(genevaSeat), wordsOnly(officeDelegation), envoySpeaker, wordsOnly(governmentName), legislatureBusiness,
	wordsOnly(signatoryName)}

// signatoryWords are the nouns signatoryName reads, with pactWords.
var signatoryWords = lang.TalksWords(lang.SignatoryWord)

// signatoryReach is how many words after "of" or "to" the deal a
// signatory's name holds may stand: "signatories of the February 2019
// peace agreement".
const signatoryReach = 5

// signatoryName returns ws with the words left out that name parties by a
// deal they signed: a word of lang's signatory kind, "of" or "to", then
// within signatoryReach words one of its pact kind ("armed groups
// signatories to the 2015 peace agreement", "signatories of the February
// 2019 peace agreement"). The name tells who the parties are, not a deal
// made or talks held now; a meeting or a deal the sentence tells besides
// keeps its words (issue 14, h-talks21: rwp10 fit rwp10-31ab5250bc, rwp8
// fit rwp7-48a11ff006).
func signatoryName(ws []string) ([]string, bool) {
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		if !signatoryWords[ws[i]] || (ws[i+1] != "of" && ws[i+1] != "to") {
			continue
		}
		for k := i + 2; k < len(ws) && k <= i+1+signatoryReach; k++ {
			if pactWords[ws[k]] {
				for k+1 < len(ws) && pactWords[ws[k+1]] {
					k++ // "peace agreement", "ceasefire deal": the deal's whole name
				}
				if out == nil {
					out = slices.Clone(ws)
				}
				for j := i; j <= k; j++ {
					out[j] = ""
				}
				i = k
				break
			}
		}
	}
	return out, out != nil
}

// wordsOnly is a talks mask that reads the words alone, as talksMasks
// calls one.
func wordsOnly(mask func([]string) ([]string, bool)) func([]string, []*head) ([]string, bool) {
	return func(ws []string, _ []*head) ([]string, bool) { return mask(ws) }
}

// maskWhere returns ws with each word at which at reports true left out,
// and whether any was.
func maskWhere(ws []string, at func(i int) bool) ([]string, bool) {
	var out []string
	for i := range ws {
		if !at(i) {
			continue
		}
		if out == nil {
			out = slices.Clone(ws)
		}
		out[i] = ""
	}
	return out, out != nil
}

// officeDelegation returns ws with each "delegation" left out that is an
// agency's office or a visiting group of lawmakers, no side's team at
// talks: "Head of Delegation", or a word within two before it or three
// after it names the office or the visitors ("Head of Delegation for the
// ICRC", "the regional delegation", "the EU delegation", "a delegation of
// French parliamentarians", "a congressional delegation"). A side's
// delegation ("the rebel delegation", "the head of the rebel delegation")
// keeps its weight, and talks told with their own words beside an
// office's ("said the parties had agreed to exchange prisoners") keep
// theirs.
func officeDelegation(ws []string) ([]string, bool) {
	if !holdsDelegation(ws) {
		return nil, false // most sentences: no word to mask, told with no call a word
	}
	return maskWhere(ws, func(i int) bool {
		if ws[i] != "delegation" && ws[i] != "delegations" {
			return false
		}
		if i >= 2 && ws[i-1] == "of" && (ws[i-2] == "head" || ws[i-2] == "heads") {
			return true // "Head of Delegation" (the head of the rebel delegation is its negotiator)
		}
		for k := max(0, i-2); k < len(ws) && k <= i+3; k++ {
			if delegationOffices.Has(ws[k]) {
				return true
			}
		}
		return false
	})
}

// holdsDelegation reports whether ws holds "delegation" or "delegations"
// (slices.Contains of each, a word at a time: compared with the constants
// inline, where Contains calls memequal for every word of their length).
func holdsDelegation(ws []string) bool {
	for _, v := range ws {
		if v == "delegation" || v == "delegations" {
			return true
		}
	}
	return false
}

// delegationOffices are the words that make a delegation an office or a
// visit (officeDelegation).
var delegationOffices = lang.WordSetOf(lang.TalksWords(lang.DelegationOffice))

// governmentName returns ws with the talks words left out of a government
// named as one side of the fighting: Libya's "Government of National
// Accord", and "the unity government" or "the Government of National
// Unity" in a sentence that tells no government being formed ("rocket
// fire hit the airport, violating a truce between the unity government
// and forces loyal to Haftar"; issue 14, h-talks12: cf3 fit half). A
// unity government agreed or formed ("the parties agreed to form the
// unity government") keeps its weight.
func governmentName(ws []string) ([]string, bool) {
	if !holdsUnityAccord(ws) {
		return nil, false // each name below holds "unity" or "accord"
	}
	forming := formingWords.HasAny(ws)
	return maskWhere(ws, func(i int) bool {
		switch {
		case i >= 3 && ws[i-3] == "government" && ws[i-2] == "of" && ws[i-1] == "national" && ws[i] == "accord":
			return true
		case forming:
			return false
		case i >= 1 && i+1 < len(ws) && ws[i-1] == "the" && ws[i] == "unity" && ws[i+1] == "government":
			return true
		case i >= 2 && ws[i-2] == "the" && ws[i-1] == "unity" && ws[i] == "government":
			return true
		case i >= 4 && ws[i-4] == "the" && ws[i-3] == "government" && ws[i-2] == "of" && ws[i-1] == "national" && ws[i] == "unity":
			return true
		}
		return false
	})
}

// holdsUnityAccord reports whether ws holds "unity" or "accord", the
// constants compared inline (holdsDelegation).
func holdsUnityAccord(ws []string) bool {
	for _, v := range ws {
		if v == "unity" || v == "accord" {
			return true
		}
	}
	return false
}

// formingWords tell a government being formed (governmentName).
var formingWords = lang.WordSetOf(lang.TalksWords(lang.FormingWord))

// legislatureBusiness returns ws with a legislature's business left out of
// a sentence that names a legislature or its members ("Iraq's parliament
// voted on a resolution to expel US troops", "Kurdish members of
// parliament boycotted the session", "the European Parliament passed a
// resolution calling for a ceasefire"): its resolutions (bareResolutions)
// and its boycotts are a country's politics, the labelling guide's
// domestic politics, no diplomacy (issue 14, h-talks13: Wikinews fit
// half; the parliament sessions of the agency genre, on invented
// sentences). A resolution of the UN's ("urged the government to implement
// Security Council resolution 2216") and talks told with their own words
// beside it ("lawmakers ratified the peace agreement") keep their weight.
// hs are the heads of ws, whose docClass holds legislatureWords.
func legislatureBusiness(ws []string, hs []*head) ([]string, bool) {
	if !headsAny(hs, dcLegislature) { // legislatureWords.HasAny(ws)
		return nil, false
	}
	return maskWhere(ws, func(i int) bool {
		return bareResolution(ws, i) || strings.HasPrefix(ws[i], "boycott")
	})
}

// frameReach is how many words after "framework of" or "under" the deal
// that accordAsFrame reads as a frame may stand ("in the framework of the
// implementation of the peace accord").
const frameReach = 6

// accordAsFrame reports a sentence that names a peace deal as the frame of
// what it tells: "in the framework of" or "within the framework of", or
// "under", then within frameReach words a deal's noun (accord,
// agreement, deal) beside "peace" ("under the peace agreement", "in the
// framework of the implementation of the 2016 peace accord").
func accordAsFrame(ws []string) bool {
	for i, w := range ws {
		from := -1
		switch {
		case w == "framework" && i+1 < len(ws) && ws[i+1] == "of":
			from = i + 2
		case w == "under":
			from = i + 1
		}
		if from < 0 {
			continue
		}
		peace := false
		for k := from; k < len(ws) && k < from+frameReach; k++ {
			switch ws[k] {
			case "peace":
				peace = true
			case "accord", "accords", "agreement", "agreements", "deal":
				if peace {
					return true
				}
			}
		}
	}
	return false
}

// discussWords and remedyWords are the words discussesRemedy reads.
var (
	discussWords = lang.TalksWords(lang.DiscussWord)
	remedyWords  = lang.TalksWords(lang.RemedyWord)
)

// remedyReach is how many words after a word of a discussion its object
// may stand: "discuss durable solutions", "discuss potential response",
// "discuss the humanitarian response".
const remedyReach = 3

// discussesRemedy reports a sentence whose discussion has a response or
// durable solutions as its object: a word of lang's discuss kind, then
// within remedyReach words one of its remedy kind.
func discussesRemedy(ws []string) bool {
	for i, w := range ws {
		if !discussWords[w] {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+remedyReach; k++ {
			if remedyWords[ws[k]] {
				return true
			}
		}
	}
	return false
}

// pactWords and madeWords are, with talkWords, the words truceMadeAsTime
// reads.
var (
	pactWords = lang.TalksWords(lang.PactWord)
	madeWords = lang.TalksWords(lang.MadeWord)
)

// madeAsTimeReach is how many words after "after" or "since" a truce's
// noun and the verb of its making may stand: "just two weeks after a
// ceasefire was imposed by", "since the two sides signed a peace accord".
const madeAsTimeReach = 7

// madeAsTimeTalks is the most talks a truce's making told as the time of
// a fight holds: a hint.
const madeAsTimeTalks = 0.3

// truceMadeAsTime returns the words [from, to) of a clause that tells a
// truce's or a peace deal's making as a time: "after" or "since", then
// within madeAsTimeReach words a word of lang's pact kind and one of its
// made kind, or a broker's compound ("a UN-brokered ceasefire"), and no
// word of talks ("after talks in Doha reached a deal" tells the talks).
// from is -1 when the sentence holds no such clause.
func truceMadeAsTime(ws []string) (from, to int) {
	for i, w := range ws {
		if w != "after" && w != "since" {
			continue
		}
		pact, made := false, false
	clause:
		for k := i + 1; k < len(ws) && k <= i+madeAsTimeReach; k++ {
			x := ws[k]
			switch {
			case talkWords.Has(x):
				break clause
			case pactWords[x]:
				pact = true
			case madeWords[x]:
				made = true
			default:
				if h := strings.LastIndexByte(x, '-'); h > 0 && madeWords[x[h+1:]] {
					made = true
				}
			}
			if pact && made {
				return i, k + 1
			}
		}
	}
	return -1, -1
}

// legislatureWords name a legislature or its members
// (legislatureBusiness).
var legislatureWords = lang.TalksWords(lang.LegislatureWord)

// unResolutionReach is how many words before "resolution" a word of the
// UN's bodies makes it the UN's (bareResolution): "Security Council
// resolution", "a UN resolution", "the Council's draft resolution".
const unResolutionReach = 3

// bareResolution reports whether ws[i] is a "resolution" with no word of
// the UN's bodies (un, u n, united nations, council, general assembly)
// within unResolutionReach words before it.
func bareResolution(ws []string, i int) bool {
	if ws[i] != "resolution" && ws[i] != "resolutions" {
		return false
	}
	for k := max(0, i-unResolutionReach); k < i; k++ {
		switch ws[k] {
		case "un", "un's", "n", "nations", "nations'", "council", "council's", "assembly", "assembly's":
			return false
		}
	}
	return true
}

// legislatureLead reports a headline or a lead sentence that names a
// legislature beside a resolution of its own (legislatureBusiness and
// bareResolution): the report is of the legislature's act, and "the
// resolution" it names again later without the legislature ("The
// resolution still awaited approval by the government") is the same one.
func legislatureLead(d *doc) bool {
	holds := func(ws []string, hs []*head) bool {
		if !headsAny(hs, dcLegislature) { // legislatureWords.HasAny(ws)
			return false
		}
		for i := range ws {
			if bareResolution(ws, i) {
				return true
			}
		}
		return false
	}
	titleHeads, _ := d.wordHeads()
	if holds(d.titleWords, titleHeads) {
		return true
	}
	for i := range d.sents[:min(leadSentences, len(d.sents))] {
		if holds(d.sents[i].words, d.sentHeads(i)) {
			return true
		}
	}
	return false
}

// envoySpeaker returns ws with its envoys and diplomats left out when the
// sentence tells one of them accusing, criticising or saying something
// ("Israeli envoy accuses UNRWA workers of Hamas links", "the Iraq war has
// done little to halt terrorism, Kofi Annan said"): the title names who
// speaks, not a mediation at work. Talks told with their own words beside
// it ("the envoy said the sides agreed to resume talks") keep their
// weight.
// hs are the heads of ws, whose docClass holds speakVerbs.
func envoySpeaker(ws []string, hs []*head) ([]string, bool) {
	if !headsAny(hs, dcSpeak) { // a word of speakVerbs
		return nil, false
	}
	return maskWhere(ws, func(i int) bool { return envoyWords.Has(ws[i]) })
}

// envoyWords are the titles and names of a war's go-betweens that the
// lexicon's talks cues hold (envoySpeaker).
var envoyWords = lang.WordSetOf(lang.TalksWords(lang.EnvoyWord))

// speakVerbs tell a statement, an accusation or a criticism (envoySpeaker).
var speakVerbs = lang.TalksWords(lang.EnvoySpeakVerb)

// genevaSeat returns ws with each "geneva" that names no venue of talks
// left out: the Geneva Conventions; the seat of an agency named within two
// words of it ("ICRC Geneva", "Geneva/Damascus (ICRC)", "Head of OCHA in
// Geneva", "the United Nations Office at Geneva"); a dateline's city, a
// date or the country right after it ("Geneva, 22 December 2017 –",
// "Geneva, Switzerland"). Talks in Geneva are told with talks' own words
// ("the Geneva talks", "negotiations in Geneva"), which keep their weight.
func genevaSeat(ws []string) ([]string, bool) {
	if !holdsGeneva(ws) {
		return nil, false // most sentences: no word to mask, told with no call a word
	}
	return maskWhere(ws, func(i int) bool { return ws[i] == "geneva" && agencyGeneva(ws, i) })
}

// holdsGeneva is slices.Contains(ws, "geneva") with the constant
// compared inline (holdsDelegation).
func holdsGeneva(ws []string) bool {
	for _, v := range ws {
		if v == "geneva" {
			return true
		}
	}
	return false
}

// agencyGeneva reports whether the "geneva" of ws[i] is an agency's seat,
// a dateline's city or the Geneva Conventions (genevaSeat).
func agencyGeneva(ws []string, i int) bool {
	for k := i + 1; k < len(ws) && k <= i+2; k++ {
		if _, ok := lang.Month(ws[k]); ok || ws[k] == "switzerland" || isDay(ws[k]) && k == i+1 {
			return true
		}
	}
	if i+1 < len(ws) && (ws[i+1] == "convention" || ws[i+1] == "conventions") {
		return true
	}
	for k := max(0, i-2); k < len(ws) && k <= i+2; k++ {
		if genevaAgencies.Has(ws[k]) {
			return true
		}
	}
	return false
}

// genevaAgencies are the words that name an agency or an office beside
// the city it sits in ("who" is left out: "the delegates who met in
// Geneva").
var genevaAgencies = lang.WordSetOf(lang.TalksWords(lang.SeatedAgency))

// bulletPoint reports whether sentence i of d is a bullet point of its own
// (scored.point): it opens with a bullet mark and no other sentence shares
// its paragraph.
func bulletPoint(d *doc, i int) bool {
	s := &d.sents[i]
	t := strings.TrimLeft(s.text, " \t")
	if !strings.HasPrefix(t, "•") && !strings.HasPrefix(t, "- ") && !strings.HasPrefix(t, "* ") && !strings.HasPrefix(t, "▪") {
		return false
	}
	return (i == 0 || d.sents[i-1].para != s.para) && (i+1 == len(d.sents) || d.sents[i+1].para != s.para)
}

// clauseBreaks are the words that join two clauses of one sentence, each
// of its own news ("... agreed to form a unity government, while eight
// Palestinians were killed").
var clauseBreaks = lang.WordSetOf(lang.JoinerWords(lang.ClauseBreak))

// partyUnity reports a sentence that tells a unity government formed by
// one country's parties: "unity government", "unity cabinet" or
// "government of national unity" in a clause that names a party or the
// opposition and no two sides of one armed dispute of year ("Hamas and
// Fatah agreed to form a unity government, officials of the Fatah party
// said" is a war's reconciliation). What the sentence tells in its other
// clauses does not make the parties a war's sides.
func partyUnity(ws []string, hs []*head, text string, year int) bool {
	at := -1
	for i := 0; i+1 < len(ws) && at < 0; i++ {
		switch {
		case ws[i] == "unity" && (ws[i+1] == "government" || ws[i+1] == "cabinet"):
			at = i
		case ws[i] == "government" && i+3 < len(ws) && ws[i+1] == "of" && ws[i+2] == "national" && ws[i+3] == "unity":
			at = i
		}
	}
	if at < 0 {
		return false
	}
	from, to := 0, len(ws)
	for i := at - 1; i >= 0; i-- {
		if clauseBreaks.Has(ws[i]) {
			from = i + 1
			break
		}
	}
	for i := at + 2; i < len(ws); i++ {
		if clauseBreaks.Has(ws[i]) {
			to = i
			break
		}
	}
	party := false
	for _, w := range ws[from:to] {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		party = party || w == "party" || w == "opposition"
	}
	if !party {
		return false
	}
	var clauseHeads []*head
	if hs != nil {
		clauseHeads = hs[from:to]
	}
	var h disputeHits
	h.scan(ws[from:to], clauseHeads, text, year)
	return !h.sidesPair()
}

// missionReach is how many words after a go-between's sending ("sent his
// deputy to Amman to work for") the aim to free or persuade may stand.
const missionReach = 12

// sendWords send a go-between, or tell one on the way.
var sendWords = lang.CaptiveWords(lang.SendWord)

// missionAims are the verbs of a go-between's aim toward captives ("to work
// for the release", "to persuade the militants", "to free them").
var missionAims = listOf(lang.CaptiveWords(lang.MissionAim))

// missionHeld name captives as the news of a kidnapping does.
var missionHeld = lang.CaptiveWords(lang.MissionHeld)

// releaseMission reports a sentence (weights w, words ws) that tells a
// go-between sent to win captives' freedom: a word of sending, an aim of
// freeing or persuading ("to work for the release", "to persuade") at
// most missionReach words after it, and captives or their takers named,
// with no force in the sentence (fByForce, commandos: troops sent to
// free hostages are a rescue).
// hs are the heads of ws (headsOf; nil: looked up here), whose docClass
// holds sendWords and missionHeld.
func releaseMission(w *weights, ws []string, hs []*head) bool {
	if w[fByForce] > 0 {
		return false
	}
	if hs == nil {
		hs = headsOf(ws)
	}
	held, sent, aim := false, -1, false
	for i, x := range ws {
		held = held || hs[i].is(dcMissionHeld)
		if x == "commandos" || x == "commando" {
			return false
		}
		if sent < 0 && hs[i].is(dcSend) {
			sent = i
		}
		if sent >= 0 && !aim && x == "to" && i+1 < len(ws) && missionAims.has(ws[i+1]) && i-sent <= missionReach {
			aim = true
		}
	}
	return held && aim
}

// forceWords name a state's armed men as an evacuation's people
// (lang.ForceNoun).
var forceWords = lang.WordSetOf(lang.PeopleWords(lang.ForceNoun))

// forceReach is how many words after an evacuation word its object may
// stand ("evacuated its remaining 100 special operations forces").
const forceReach = 6

// forceTurns end an evacuation's object: the troops of "evacuated the town
// as Russian troops advanced" are not the ones moved.
var forceTurns = lang.WordSetOf(lang.JoinerWords(lang.ForceTurn))

// forcesEvacuated reports a sentence whose evacuation moves soldiers: a
// force word up to forceReach words after an "evacuat-" word, with no
// clause turn between ("evacuating 100 special forces", "evacuated are the
// last US troops"), or just before it with a passive be ("troops were
// evacuated", "soldiers being evacuated"). Soldiers before an active verb
// do the evacuating ("troops evacuated the residents").
func forcesEvacuated(ws []string) bool {
	for i, w := range ws {
		if !strings.HasPrefix(w, "evacuat") {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+forceReach && !forceTurns.Has(ws[j]); j++ {
			if forceWords.Has(ws[j]) {
				return true
			}
		}
		if i >= 2 && forceWords.Has(ws[i-2]) && beWord(ws[i-1]) {
			return true
		}
	}
	return false
}
