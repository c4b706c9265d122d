package analyze

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// What a story or a digest asked of a report's sentences, read here once
// and carried in the analysis (issue 14.4; round h-carry3): the sentences
// that tell an offensive begun, a process resumed or a Security Council
// session held, the truce sentences told as background, and the places
// the report tells people moved from. The story decides what needs the
// other reports (another town, a shared stem, the evidence cleaning); the
// sentences themselves are read once, here.

// MarkCarried sets what analysis an of article a carries for stories, as
// Analyze sets it: Analyze reads the sentences of its own split (markDoc);
// a hand-made analysis (a test's) is marked by this, which splits the text
// again.
func MarkCarried(a *news.Article, an *news.Analysis) {
	texts := an.Sentences
	if len(texts) == 0 {
		texts = lang.Sentences(a.Text)
	}
	own := func() []sentence { return sentencesOf(lang.Sentences(a.Text)) }
	markCarried(a, an, sentencesOf(texts), own, carriedMarks{true, true, true})
}

// markDoc is MarkCarried for the analysis of doc d, whose sentences are
// a.Text's own when whole (the doc read the text as it is, uncut): their
// words are read once more for the marks, not split again.
func markDoc(d *doc, a *news.Article, an *news.Analysis, whole bool) {
	if !whole || len(d.sents) == 0 {
		MarkCarried(a, an)
		return
	}
	markCarried(a, an, d.sents, func() []sentence { return d.sents }, wordMarks(d.words))
}

// wordsIn returns lang.Words(text): the words of the sentence of ss that
// is text, split again only when none is.
func wordsIn(ss []sentence, text string) []string {
	for i := range ss {
		if ss[i].text == text {
			return ss[i].words
		}
	}
	return lang.Words(text)
}

// sentencesOf returns texts as sentences with their words.
func sentencesOf(texts []string) []sentence {
	out := make([]sentence, len(texts))
	for i, t := range texts {
		out[i] = sentence{text: t, words: lang.Words(t), index: i}
	}
	return out
}

// carriedMarks say which readings a text may give: it holds a word one of
// them needs (wordMarks), else the reading is not made.
type carriedMarks struct{ offensive, resumed, council bool }

// wordMarks returns the marks of lower-case words ws: "offensive" for an
// offensive begun, a resumption's or a halt's word for a process resumed
// (lang.TellsResumption), "council" or "unsc" for the Council's session.
func wordMarks(ws []string) carriedMarks {
	var m carriedMarks
	for _, w := range ws {
		switch w {
		case "offensive", "offensives":
			m.offensive = true
		case "resumed", "resumes", "restarted", "suspension", "halt", "pause", "stoppage":
			m.resumed = true
		case "council", "unsc":
			m.council = true
		}
	}
	return m
}

// markCarried sets the carried sentences of an: resumptions and sessions
// read in analysed (the analysis's sentences, as a story read them:
// news.Analysis.Sentences), offensives and moves in the text's own
// sentences (lang.Sentences(a.Text), split when asked); the title, lead
// and names as markReports reads them.
func markCarried(a *news.Article, an *news.Analysis, analysed []sentence, own func() []sentence, m carriedMarks) {
	if m.offensive && an.IsRelevant() {
		an.OffensiveBegun = offensivesBegun(a.Text, own())
	}
	if m.resumed {
		an.Resumed = resumptions(analysed)
	}
	if m.council {
		an.CouncilHeld = councilSessionsHeld(a.Text, analysed)
	}
	an.TruceBackground = truceBackground(a, an, analysed)
	for _, k := range []string{news.FigureEvacuated, news.FigureDisplaced} {
		if !countsOtherMove(an, k) {
			continue
		}
		markOutOf(&an.Facts, k)
		if ps := placesMovedFrom(own(), movedStems[k]); len(ps) > 0 {
			if an.MovedFrom == nil {
				an.MovedFrom = map[string][]string{}
			}
			an.MovedFrom[k] = ps
		}
	}
	markReports(a, an)
}

// leadEnds is how many sentence ends come before a sentence past a
// report's lead.
const leadEnds = 2

// PastLead reports whether sentence e of text begins after the text's
// first leadEnds sentences: a paragraph of its own, not the event the
// report leads with.
func PastLead(text, e string) bool {
	i := strings.Index(text, e)
	return i > 0 && strings.Count(text[:i], ". ") >= leadEnds
}

// PointsBack reports a sentence that points back to one before it: it
// says "also" ("the Observatory also reported", "Russia has also called")
// or "latter" — beside a summary, the reader has not read what it adds to.
func PointsBack(e string) bool { return refersBack(lang.Words(e)) }

func refersBack(ws []string) bool {
	for _, w := range ws {
		if w == "also" || w == "latter" {
			return true
		}
	}
	return false
}

// standsAlone reports a sentence whose quotes are whole (a quote's end run
// into the next sentence is no sentence) and that points back to none.
func standsAlone(s *sentence) bool {
	return strings.Count(s.text, `"`)%2 == 0 && !refersBack(s.words)
}

// offensivesBegun returns the sentences of text (sents, as lang.Sentences
// splits it) past its lead that tell an offensive announced or begun
// (lang.TellsOffensiveBegun) and stand alone: no outlet's promotion, no
// background (datesBefore: "launched the offensive in late May"). A story
// may tell one as its development (story.offensiveBegun) when it names no
// other town than the story's.
func offensivesBegun(text string, sents []sentence) []string {
	var out []string
	for i := range sents {
		s := &sents[i]
		if !lang.TellsOffensiveBegun(s.words) || !PastLead(text, s.text) || !standsAlone(s) || lang.CreditsOutlet(s.words) || datesBefore(s.words) {
			continue
		}
		out = append(out, s.text)
	}
	return out
}

// datesBefore reports whether words date what they tell before the week
// news tells of: a year or a month ("ISIL launched last June an
// offensive", "the offensive began in late May"), or "previously".
func datesBefore(ws []string) bool {
	for _, w := range ws {
		if _, ok := lang.Month(w); ok || lang.IsYear(w) || w == "previously" {
			return true
		}
	}
	return false
}

// resumptions returns the sentences that tell a process went on again
// (lang.TellsResumption): a story whose development tells the process
// halted tells it resumed instead when a report no older says so
// (story.newerState).
func resumptions(sents []sentence) []string {
	var out []string
	for i := range sents {
		if lang.TellsResumption(sents[i].words) {
			out = append(out, sents[i].text)
		}
	}
	return out
}

// councilSessionsHeld returns the sentences past text's lead, standing
// alone, that tell the Security Council met (lang.CouncilMeeting): a story
// whose development tells a session to come tells it held instead
// (story.sessionHeld).
func councilSessionsHeld(text string, sents []sentence) []string {
	var out []string
	for i := range sents {
		s := &sents[i]
		if lang.CouncilMeetingWords(s.words) == lang.CouncilHeld && PastLead(text, s.text) && standsAlone(s) {
			out = append(out, s.text)
		}
	}
	return out
}

// truceBackground returns the ceasefire sentences of an analysis (its
// evidence) that tell the truce as background of their own, for a report
// of an event of its own (another category beside Ceasefire): another
// outlet's report of an earlier day ("On Sunday Reuters said the truce was
// used to recruit", told of Wednesday's strikes: WeekdayBefore,
// NamesOutlet), a running count since a date ("registered 604 breaches
// since it came into effect on February 27": sinceDated), or a sentence
// that carries the one before it on ("It shows how the ceasefire ...
// backfired": carriesOn). A story files no such report under Ceasefire when
// its other truce sentences tell another town (story.truceAsBackground).
// The words of a sentence of analysed are its own, not split again.
func truceBackground(a *news.Article, an *news.Analysis, analysed []sentence) []string {
	ev := an.Evidence[news.Ceasefire]
	if len(ev) == 0 || len(an.Categories) < 2 {
		return nil
	}
	day := utcDay(a.Published)
	if d, err := time.Parse(time.DateOnly, an.EventDate); err == nil {
		day = d
	}
	ref := utcDay(a.Published)
	if d, err := time.Parse(time.DateOnly, an.Dateline); err == nil {
		ref = d
	}
	var out []string
	prev := ""
	for _, e := range ev {
		ws := wordsIn(analysed, e)
		if weekdayBefore(ws, ref, day) && NamesOutlet(e) || sinceDated(ws) || carriesOn(a.Text, prev, e, ws) {
			out = append(out, e)
		}
		prev = e
	}
	return out
}

// utcDay is t's day in UTC, zero for no time.
func utcDay(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.UTC().Truncate(24 * time.Hour)
}

// WeekdayBefore reports whether the first weekday sentence e names,
// counted back from ref (the report's day), falls before day first; false
// when first is zero or e names no weekday.
func WeekdayBefore(e string, ref, first time.Time) bool {
	if first.IsZero() {
		return false
	}
	return weekdayBefore(lang.Words(e), ref, first)
}

// weekdayBefore is WeekdayBefore given the sentence's words ws.
func weekdayBefore(ws []string, ref, first time.Time) bool {
	if first.IsZero() {
		return false
	}
	for _, w := range ws {
		if wd, ok := lang.Weekday(w); ok {
			back := (int(ref.Weekday()) - int(wd) + 7) % 7
			return ref.AddDate(0, 0, -back).Before(utcDay(first))
		}
	}
	return false
}

// sinceDated reports words that count from a date: a number, then
// "since" with a month or a year within the words after it ("registered
// 604 breaches since it came into effect on February 27") — a running
// count, not the day's news. A truce "repeatedly breached since it came
// into effect in February" counts nothing: the day's attack is one more.
func sinceDated(ws []string) bool {
	counted := false
	for i, w := range ws {
		if mayBeInt(w) && !lang.IsYear(w) {
			counted = true
		} else if _, ok := lang.Cardinal(w); ok {
			counted = true
		}
		if !counted || w != "since" {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+8)] {
			if _, ok := lang.Month(x); ok || lang.IsYear(x) {
				return true
			}
		}
	}
	return false
}

// mayBeInt reports whether strconv.Atoi reads w without its commas as a
// number, read only for a word of digits, commas and signs: a word with
// any other byte is none, and no error is made for it.
func mayBeInt(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != ',' && c != '+' && c != '-' {
			return false
		}
	}
	_, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
	return err == nil
}

// carriesOn reports a sentence e that opens with a word leaning on the
// sentence before (lang.LeansOnBefore: "It", "This", "But") and follows
// prev right after it in text (ws: lang.Words(e)).
func carriesOn(text, prev, e string, ws []string) bool {
	if prev == "" || len(ws) == 0 || !lang.LeansOnBefore(ws[0]) {
		return false
	}
	i := strings.Index(text, prev)
	return i >= 0 && strings.HasPrefix(strings.TrimSpace(text[i+len(prev):]), e)
}

// movedStems mark a sentence that tells people moving, for each kind of
// figure that counts them.
var movedStems = map[string]string{news.FigureEvacuated: "evacu", news.FigureDisplaced: "displac"}

// countsOtherMove reports whether the analysis counts people of kind k
// moving in another event than its lead's: a second place of an exchange
// ("along with 2200 evacuated from Madaya and Zabadani") that a story
// tells beside the main figure (story.movedBothWays).
func countsOtherMove(an *news.Analysis, k string) bool {
	for _, g := range an.Facts.Figures {
		if g.Kind == k && g.Scope == news.ScopeOtherEvent && g.Value > 0 && g.Word == "" {
			return true
		}
	}
	return false
}

// placesMovedFrom returns the places, each once and in the order the
// sentences tell them, that the sentences telling people moving (stem)
// name them moving from (lang.PlacesMovedFrom).
func placesMovedFrom(sents []sentence, stem string) []string {
	var out []string
	for i := range sents {
		s := sents[i].text
		if !strings.Contains(strings.ToLower(s), stem) {
			continue
		}
		if p := lang.PlacesMovedFrom(lang.WordsAsWritten(s), 0); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}
