package analyze

import (
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// periodicWords name an agency's periodic bulletin in its headline: "Humanitarian
// Bulletin Issue 14", "Afghanistan: Humanitarian Weekly", "Monthly News Brief",
// "Situation Fact Sheet August 2020". Such a bulletin strings separate items
// under headings (a place's clashes, another's floods, a camp's fire, the
// period's arrivals) and reports no one event as its news.
var periodicWords = lang.BulletinWords(lang.PeriodicWord)

// bulletinEventWords name an event a bulletin's headline may be about, beyond
// an epidemic's, a disaster's (epidemicWords, diseaseWords) and fighting's
// (violenceWords): "Cholera Outbreak Weekly Bulletin", "Hurricane Eta Weekly
// Update".
var bulletinEventWords = lang.WordSetOf(lang.BulletinWords(lang.BulletinEvent))

// periodicBulletin reports a headline that names a periodic bulletin and no
// event: its items are many stories and none is the main event, so a
// figure of any of them is not the bulletin's main figure (GUIDE.md: a
// bulletin of many items with no one main event has no main figure). A
// headline that names the event its bulletins follow ("Borno State COVID-19
// Weekly Sitrep", "Cholera Outbreak Bulletin 3") keeps it.
func periodicBulletin(title string) bool { return periodicBulletinRuns(titleRuns(title)) }

// periodicBulletinRuns is periodicBulletin of a headline's runs (titleRuns).
func periodicBulletinRuns(ws []string) bool {
	return namesSeries(ws, periodicWords) && !namesSubject(ws, true)
}

// namesSeries reports a word of words among a headline's runs ws, or two
// runs in a row that a two-word name of words joins by "_" ("fact_sheet").
func namesSeries(ws []string, words map[string]bool) bool {
	for i, w := range ws {
		if words[w] || i+1 < len(ws) && words[w+"_"+ws[i+1]] {
			return true
		}
	}
	return false
}

// namesSubject reports a headline's runs ws that name the event a
// bulletin follows: an epidemic, a disease, another event (bulletinEventWords)
// or, with fighting, a word of violence.
func namesSubject(ws []string, fighting bool) bool {
	for _, w := range ws {
		// "covid-19" is split at its dash: "covid" names it
		if epidemicWords[w] || diseaseWords[w] || fighting && violenceWords.Has(w) || bulletinEventWords.Has(w) {
			return true
		}
	}
	return false
}

// seriesNames name the series of an agency's update in its headline
// ("Yemen Update 1-15 July 2018", "Flash Update-3", "SitRep Libya 18
// April", "Country Brief", "Situation Report").
var seriesNames = lang.BulletinWords(lang.SeriesName)

// seriesUpdate reports a headline that names only an agency update's
// series: its place and period, no subject of its own. Such a headline
// says nothing of the news, which the paragraph past the document's
// heading lines (the lead, markLead) tells in its place: the envoy's
// diplomacy ("The Special Envoy has continued his diplomatic efforts to
// find a solution to the conflict"), the parties' attempts at a deal. A
// headline that names an epidemic, a disease or another event ("Protection
// Monitoring During COVID-19 Factsheet", "Cholera Outbreak Weekly
// Bulletin") has a subject of its own (issue 14, h-viol8). Violence keeps
// its lead of four sentences under such a headline too: read past the
// headings there, it gave violence to a held rwp7 report nobody labelled
// so (h-viol8 dropped it, as h-viol6 had).
func seriesUpdate(title string) bool { return seriesUpdateRuns(titleRuns(title)) }

// seriesUpdateRuns is seriesUpdate of a headline's runs (titleRuns).
func seriesUpdateRuns(ws []string) bool {
	return namesSeries(ws, seriesNames) && !namesSubject(ws, false)
}

// titleRuns cuts a headline into its lower-case runs of letters and
// digits, at every dash and mark ("TAB-Ebola-DRC-Feb-2021", "COVID-19"):
// file-name titles join their words so.
func titleRuns(title string) []string {
	return strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// reviewReach is how many of the text's first words may name a report as
// a review of a year or years.
const reviewReach = 25

// reviewReport reports a headline or opening that names the report a
// review of a year or of years: "Abuja facts and figures 2018", "3 Year
// Commemorative Report", "Annual achievements In 2019, UNICEF ...", "year
// in review". Its counts are the period's totals and its stock (the
// displaced "by December", "in 2019"), many events', none the main
// event's (GUIDE.md: figures of a period or a war are background).
func reviewReport(d *doc) bool {
	return reviewWords(d.titleWords) || reviewWords(d.words[:min(len(d.words), reviewReach)])
}

func reviewWords(ws []string) bool {
	for i, w := range ws {
		rest := ws[i+1:]
		if w == "commemorative" || w == "annual" && len(rest) > 0 && annualNouns.Has(rest[0]) ||
			len(rest) > 1 && (w == "facts" && rest[0] == "and" && rest[1] == "figures" || w == "year" && rest[0] == "in" && rest[1] == "review") {
			return true
		}
	}
	return false
}

// annualNouns follow "annual" in the name of a year's review: "Annual
// achievements", "annual report".
var annualNouns = lang.WordSetOf(lang.BulletinWords(lang.AnnualNoun))

// bulletinOthers marks every figure of a periodic bulletin that names no
// event (periodicBulletin), or of a year's review (reviewReport), as
// another event's.
func bulletinOthers(d *doc, ms []mention) {
	runs := d.titleRuns()
	periodic := periodicBulletinRuns(runs)
	if !periodic && !reviewReport(d) {
		return
	}
	lead := leadHighlight(d)
	from, to := leadSection(d)
	var own period
	if periodic {
		own = ownPeriodRuns(runs)
	}
	for i := range ms {
		if j := ms[i].index; j >= 0 && j < len(d.sents) {
			if p := d.sents[j].para; lead >= 0 && p == lead || from >= 0 && j >= from && p <= to {
				continue
			}
			if periodic && tellsOwnSpan(d.sents[j].words, d.titleWords, own) {
				continue
			}
		}
		ms[i].other = true
	}
}

// ownSpans name the span a periodic bulletin covers after "the": "month",
// "quarter".
var ownSpans = lang.WordSetOf(lang.BulletinWords(lang.OwnSpan))

// spanPreps open the time a count is told over: "throughout the month",
// "during the fourth quarter".
var spanPreps = lang.WordSetOf(lang.BulletinWords(lang.SpanPrep))

// tellsOwnSpan reports a sentence of a periodic bulletin (words ws, its
// headline's titleWords) that tells a count over the bulletin's own period:
// "104 people were killed and 181 were injured throughout the month" in a
// monthly update, "During the fourth quarter, four boys were killed" in the
// headline's "Fourth quarter of 2016" bulletin.
// That period's toll is the bulletin's news, its main figure (rw-dev's
// monthly update of a war's civilian toll, untuned's quarterly bulletin of
// children killed and injured), not one of its many items; an ordinal
// quarter the headline does not name ("During the third quarter"), and "the
// month of" a month the headline does not name (own, ownPeriod), are
// another period.
func tellsOwnSpan(ws, titleWords []string, own period) bool {
	for i := 0; i+2 < len(ws); i++ {
		if !spanPreps.Has(ws[i]) || ws[i+1] != "the" {
			continue
		}
		w := ws[i+2]
		if _, ord := lang.OrdinalWord(w); ord && i+3 < len(ws) && ownSpans.Has(ws[i+3]) {
			if namesPair(titleWords, w, ws[i+3]) {
				return true
			}
			continue
		}
		if ownSpans.Has(w) {
			if i+4 < len(ws) && ws[i+3] == "of" {
				if m, ok := lang.Month(ws[i+4]); ok && !own.hasMonth(m) {
					continue // "in the month of October" in November's update
				}
			}
			return true
		}
	}
	return false
}

// namesPair reports two words in a row a, b among ws: a headline's
// "fourth quarter".
func namesPair(ws []string, a, b string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == a && ws[i+1] == b {
			return true
		}
	}
	return false
}

// leadSection returns where a bulletin that leads with its first highlight
// (leadHighlight) tells that item in full — the first sentence and the last
// paragraph of that telling —, (-1, -1) when it does not: the paragraphs
// right after the list of highlights, under a heading alone on its line that
// restates the first item ("• More than 45 people were reportedly killed,
// including six aid workers, in an attack ... in Duk County" and "**Six aid
// workers killed in Jonglei's Duk County**"), up to the next heading; or,
// with no such heading, the first later sentence that restates the item's
// first sentence ("- An earthquake in north-eastern Iraq on 12 November
// reached 7.3 on the Richter scale" and "On 12 November, northeast Iraq
// experienced an earthquake of magnitude 7.3 on the Richter scale") to its
// paragraph's end. The injured and displaced it adds there are the lead
// story's; a first section on another subject stays another item.
func leadSection(d *doc) (int, int) {
	first := highlightsStart(d)
	if first < 0 || !bulleted(d.sents[first].text) {
		return -1, -1
	}
	var item []string
	i := first
	for i < len(d.sents) && bulleted(d.sents[i].text) {
		p := d.sents[i].para
		for i < len(d.sents) && d.sents[i].para == p {
			if p == d.sents[first].para {
				item = append(item, d.sents[i].words...)
			}
			i++
		}
	}
	if i+1 >= len(d.sents) {
		return -1, -1
	}
	if boldHeading(d.sents[i].text) && headingRestates(d.sents[i].words, item) {
		i++
		from, to := i, d.sents[i].para
		for ; i < len(d.sents) && !boldHeading(d.sents[i].text); i++ {
			to = d.sents[i].para
		}
		return from, to
	}
	lead := d.sents[first].words
	for ; i < len(d.sents) && i < maxFactSentences; i++ {
		if sentenceRestates(d.sents[i].words, lead) {
			return i, d.sents[i].para
		}
	}
	return -1, -1
}

// minRestatedEvent is how many of the first highlight's words of content a
// later sentence must hold to tell its event again (sentenceRestates).
const minRestatedEvent = 5

// sentenceRestates reports a sentence that holds at least minRestatedEvent
// of the lead sentence's words of content (no function word), and half of
// them or more: its event, day and measure told again ("earthquake", "12",
// "november", "7.3", "richter", "scale").
func sentenceRestates(ws, lead []string) bool {
	n, in := sharedContent(lead, ws)
	return in >= minRestatedEvent && 2*in >= n
}

// minRestated is how many of a heading's words of content its item must
// hold for the heading to restate it (headingRestates).
const minRestated = 3

// headingRestates reports a heading whose words of content (no function word)
// stand in item, three at least and half of them or more: the heading names
// the item's story ("Six aid workers killed in Jonglei's Duk County"), not
// only its field ("Situation Overview and Humanitarian Needs" beside an item
// on the humanitarian funding needs met).
func headingRestates(heading, item []string) bool {
	n, in := sharedContent(heading, item)
	return in >= minRestated && 2*in >= n
}

// sharedContent returns how many words of content (no function word) of
// holds, and how many of them stand in other.
func sharedContent(of, other []string) (n, in int) {
	for _, w := range of {
		if lang.IsStop(w, lang.Function) {
			continue
		}
		n++
		if slices.Contains(other, w) {
			in++
		}
	}
	return n, in
}

// leadHighlight returns the paragraph of a bulletin's first highlight, -1
// when it has none: a bulletin whose headline ends with its "Highlights"
// heading (as ReliefWeb's pages run a body's first heading into it), or
// whose text opens with that heading on a line of its own, and whose next
// paragraph is a bulleted item ("- Fighting in Foo displaced ...", "• More
// than 45 people were killed ..."). That item is the bulletin's lead story,
// whose figures its readers take as the main ones; the later items stay
// other stories.
func leadHighlight(d *doc) int {
	first := highlightsStart(d)
	if first < 0 || !bulleted(d.sents[first].text) {
		return -1
	}
	return d.sents[first].para
}

// highlightsStart returns the sentence after a report's "Highlights"
// heading — the headline's last word (ReliefWeb runs the body's first
// heading into it) or the text's first line —, -1 when it has none.
func highlightsStart(d *doc) int {
	if len(d.sents) == 0 {
		return -1
	}
	if n := len(d.titleWords); n > 0 && d.titleWords[n-1] == "highlights" {
		return 0
	}
	if len(d.sents[0].words) != 1 || d.sents[0].words[0] != "highlights" || len(d.sents) < 2 {
		return -1
	}
	return 1
}

// bulleted reports a list item's bullet at the start of text: "- ",
// "• ", "‐ " (a PDF's hyphen).
func bulleted(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "•") || strings.HasPrefix(t, "‐ ")
}

// minHighlights is how many bulleted items a report's opening list of
// highlights holds at least for highlightsOthers to read it as one.
const minHighlights = 2

// highlightsLeadEnd returns the last paragraph of the lead of a report
// that opens with its highlights, -1 for a text that does not: the
// bulleted items after the "Highlights" heading (at least minHighlights)
// and the first paragraph of text after them, past any heading alone on
// its line ("**Situation Update**"). That paragraph is where a situation
// report tells its lead item in full ("- On 28 April, fighting in Kelo
// ... resulted in at least 38 people killed").
func highlightsLeadEnd(d *doc) int {
	first := highlightsStart(d)
	if first < 0 {
		return -1
	}
	items, i := 0, first
	for i < len(d.sents) && bulleted(d.sents[i].text) {
		items++
		p := d.sents[i].para
		for i < len(d.sents) && d.sents[i].para == p {
			i++
		}
	}
	if items < minHighlights {
		return -1
	}
	for i < len(d.sents) && boldHeading(d.sents[i].text) {
		i++
	}
	if i == len(d.sents) {
		return d.sents[i-1].para
	}
	return d.sents[i].para
}

// boldHeading reports a sentence that is a heading alone: a bold run
// ("**OPERATIONAL ENVIRONMENT**", "**"), or no word at all.
func boldHeading(text string) bool {
	t := strings.TrimSpace(text)
	if strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && !strings.Contains(strings.Trim(t, "*"), "**") {
		return true
	}
	return len(lang.Words(t)) == 0
}

// highlightsOthers marks as other items' the figures a report that opens
// with its highlights (highlightsLeadEnd) gives past its lead: its later
// sections tell the period's other items — an incident list, an outbreak,
// another country's or district's news — none its main event (GUIDE.md: a
// report of many items with no one main event has no main figure). The
// figures of the highlights and of the first paragraph after them, and
// the headline's, keep their scope, and so do those of the section that
// tells the first item in full (leadSection).
func highlightsOthers(d *doc, ms []mention) {
	end := highlightsLeadEnd(d)
	if end < 0 {
		return
	}
	from, to := leadSection(d) // the first item's story told in full further on
	for i := range ms {
		if j := ms[i].index; j >= 0 && j < len(d.sents) && d.sents[j].para > end && !(from >= 0 && j >= from && d.sents[j].para <= to) {
			ms[i].other = true
		}
	}
}

// hubOthers marks as other events' the figures an agency's update gives
// under its heading "Updates from the (humanitarian) hubs": each hub's
// paragraph tells that hub's items (a district's displacement, an
// airstrike, a distribution), many stories and none the update's main
// event (GUIDE.md: a bulletin of many items has no main figure). Figures
// before the heading (a lead story) keep their scope.
func hubOthers(d *doc, sents []factSentence, ms []mention) {
	at := -1
	for i := range d.sents {
		if i >= maxFactSentences {
			break
		}
		if hubHeading(d.sents[i].words) > 0 {
			at = d.sents[i].index
			break
		}
	}
	if at < 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.index > at {
			m.other = true
			continue
		}
		if m.index < at {
			continue
		}
		toks := sents[m.sent].toks // the heading glued to the sentence it heads: the figures after it
		ws := make([]string, 0, len(toks))
		for _, t := range toks[:m.tok] {
			ws = append(ws, t.w)
		}
		if hubHeading(ws) > 0 {
			m.other = true
		}
	}
}

// hubHeading returns the word after an "update(s) from the (humanitarian)
// hub(s)" heading in ws, 0 for none.
func hubHeading(ws []string) int {
	for j := 0; j+3 < len(ws); j++ {
		if w := ws[j]; (w != "update" && w != "updates") || ws[j+1] != "from" || ws[j+2] != "the" {
			continue
		}
		k := j + 3
		if ws[k] == "humanitarian" && k+1 < len(ws) {
			k++
		}
		if ws[k] == "hub" || ws[k] == "hubs" {
			return k + 1
		}
	}
	return 0
}

// talksHint is the evidence of talks below which a headline tells none
// (a hint: "envoy", "meeting").
const talksHint = 0.3

// leadTalksFull is the evidence of a sentence that tells talks in full.
const leadTalksFull = 0.8

// leadTalks returns the most evidence of talks a sentence of the lead
// (markLead; not the headline) holds, when it tells talks in full, no
// fighting and no call, else 0: "The Special Envoy has continued his
// diplomatic efforts to find a solution to the conflict" stands in for an
// update's headline; "Despite attempts from the United Nations, government
// forces launched an assault on the port" tells the assault, and the
// attempts are its setting; "the city's final status must be resolved
// through negotiations" is a speaker's stance (callWords), no talks held.
func leadTalks(d *doc, ss []scored) float32 {
	var best float32
	for i := range ss {
		s := &ss[i]
		if s.index < 0 || !s.diplomacyLead() || s.w[fViolence] >= 0.5 || slices.ContainsFunc(d.sents[s.index].words, isCallWord) {
			continue
		}
		if e := s.evidenceOf(fTalks); e >= leadTalksFull {
			best = max(best, e)
		}
	}
	return best
}

// isCallWord reports a modal of a call: "should", "must", "ought".
func isCallWord(w string) bool { return callWords.Has(w) }
