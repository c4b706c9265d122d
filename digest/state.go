package digest

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// ceasefireWords name ceasefire states in a change's text.
var ceasefireWords = map[news.CeasefireStatus]string{
	news.CeasefireProposed:  "proposed",
	news.CeasefireInEffect:  "in effect",
	news.CeasefireViolated:  "violated",
	news.CeasefireCollapsed: "collapsed",
}

// changeWords say each change of state.
var changeWords = map[news.Change]string{
	news.ChangeCeasefireProposed:  "ceasefire proposed",
	news.ChangeCeasefireInEffect:  "ceasefire took effect",
	news.ChangeCeasefireViolated:  "ceasefire violated",
	news.ChangeCeasefireCollapsed: "ceasefire collapsed",
	news.ChangeTalksOpened:        "talks opened",
	news.ChangeTalksSuspended:     "talks suspended",
	news.ChangeTalksConcluded:     "agreement reached",
	news.ChangeSiegeImposed:       "siege imposed",
	news.ChangeSiegeLifted:        "siege lifted",
	news.ChangeEvacuationBegun:    "evacuation began",
	news.ChangeEmergencyDeclared:  "emergency declared",
	news.ChangeFirst:              "a first of its kind",
	news.ChangeInterstateStrike:   "a foreign state struck government forces",
	news.ChangeOffensiveLaunched:  "offensive launched",
}

// ChangeText says a change of state in words: "ceasefire: in effect →
// collapsed" when the story saw the state before, else "ceasefire
// collapsed", "talks opened".
func ChangeText(c news.Change, from news.CeasefireStatus) string {
	if to := strings.TrimPrefix(string(c), "ceasefire_"); from != news.CeasefireNone && to != string(c) {
		return "ceasefire: " + ceasefireWords[from] + " → " + ceasefireWords[news.CeasefireStatus(to)]
	}
	if w, ok := changeWords[c]; ok {
		return w
	}
	return strings.ReplaceAll(string(c), "_", " ")
}

// itemChanges are the story's changes of state in words, oldest first, as
// the analyses of its articles decided them: the digest reads no headline.
// A finding only a party's own outlets tell (partyFinding) is no change:
// the story weighs as the party's statement it is (stated).
func itemChanges(s *news.Story) (out []ItemChange, stated bool) {
	for _, c := range s.Changes {
		if PartyStatement(s, c.Change) {
			stated = true
			continue
		}
		out = append(out, ItemChange{Change: c.Change, Text: ChangeText(c.Change, c.From), At: c.At.UTC(),
			Source: story.DisplaySource(c.Source), from: c.From})
	}
	return out, stated
}

// PartyStatement reports whether change c of story s, as s's reader sees
// it (its Sources), is a party's statement, not a change of state: a
// finding (partyFinding) that only a party's own outlets tell. It is the
// one decision the digest (itemChanges: no arrow, no change weight, no
// trend) and the alerts (package alert: no alert) share, so that a channel
// is never woken for what the digest itself would show as a party's word.
// Once an outlet not a party's reports the story, the finding is a change.
func PartyStatement(s *news.Story, c news.Change) bool {
	return partyFinding[c] && partyToldOnly(s.Sources)
}

// partyFinding are the changes whose weight is the teller's finding about
// the war, not an act that changed it: a disaster area or an emergency
// declared, a truce said to be violated. Told only by a party to the
// fighting (the opposition's coalition declaring a province it fights in a
// disaster area, state media saying the rebels broke the truce), it is
// that party's statement: it may be shown, weighed by its sources and its
// toll as any statement is, but it is no change of state that leads the
// week or decides a conflict's trend. A party's own act (a truce it
// declares, an offensive it launches, talks it opens) stays a change.
var partyFinding = map[news.Change]bool{news.ChangeEmergencyDeclared: true, news.ChangeCeasefireViolated: true}

// partyToldOnly reports a story every report of which comes from a party's
// own outlet (story.PartySource: SANA, Al-Manar, the Syrian Coalition's
// site); false for a story of no reports.
func partyToldOnly(srcs []news.StorySource) bool {
	for _, s := range srcs {
		if !story.PartySource(s.SourceName) {
			return false
		}
	}
	return len(srcs) > 0
}

// direction is whether a change is for the better or the worse; a first
// of its kind is news, neither.
func direction(c news.Change) Direction {
	switch {
	case c.Worse():
		return Worse
	case c.Better():
		return Better
	}
	return Unchanged
}

// figureOrder is the order key figures are shown in: the dead, the
// wounded, then the harm to people by how grave it is, then those who had
// to move (see the package doc, "Figure lines").
var figureOrder = []string{news.FigureKilled, news.FigureInjured, news.FigureCasualties, news.FigureMissing,
	news.FigureAbducted, news.FigureDetained, news.FigureAffected, news.FigureTreated, news.FigureDisplaced,
	news.FigureEvacuated}

// itemFigures are a story's figures for reading; headline is the item's,
// whose counts pick each figure's lead (leadLine). Counts are dated when
// they were given on different days, or when the item's events span days
// (daysSpan) and the counts' one day is not the item's only one: "21–23
// Aug" over "activists: at least 213" would leave the reader to guess.
func itemFigures(figs []news.StoryFigure, headline string, daysSpan bool) []ItemFigure {
	out := []ItemFigure{}
	span := story.SpanDays(figs) || daysSpan // one kind's counts of days dates every kind's
	told := headlineCounts(headline)
	for _, kind := range figureOrder {
		for _, f := range figs {
			if f.Kind == kind && !wordOnly(f) {
				out = append(out, newItemFigure(f, span, told))
			}
		}
	}
	for _, f := range figs { // kinds this package does not know, after the known ones
		if !slices.Contains(figureOrder, f.Kind) && !wordOnly(f) {
			out = append(out, newItemFigure(f, span, told))
		}
	}
	return out
}

// wordOnly reports an amount in words that no one is named for ("dozens"):
// no figure a reader can cite (a story stored before they needed one).
func wordOnly(f news.StoryFigure) bool {
	return f.Word != "" && f.High.Value == 0 && f.Latest.Originator == ""
}

// newItemFigure is f for reading. Its lead — Value, Qualifier, By and AsOf,
// the count a key development and a conflict's line cite — is the newest
// count of the line leadLine picks, told (the headline's counts) first;
// without lines, the story's latest figure. Its lines are in a reader's
// order (orderedLines); the lead and the spread are chosen from the lines
// as reported.
func newItemFigure(f news.StoryFigure, span bool, told []int64) ItemFigure {
	shown := f
	shown.Lines = orderedLines(f, told)
	latest := f.Latest
	if latest.Value == 0 {
		latest = f.High
	}
	it := ItemFigure{
		Kind: f.Kind, Text: story.FormatFigure(oneCountAs(f, latest)), Value: max(latest.Value, f.High.Value),
		Qualifier: latest.Qualifier, By: f.By, AsOf: f.AsOf.UTC(), Lines: figureLines(shown, span, nil),
		History: figureHistory(shown), src: &shown, span: span,
	}
	it.peak = it.Value
	it.backing = backing(f)
	it.period = latest.RecentPeriod // decided by the analysis
	it.Latest, it.outlets = latestByOriginator(shown)
	if l, ok := leadLine(f, told); ok {
		last := newest(l)
		by := l.Originator
		if by == "" {
			by = story.DisplaySource(l.Outlet)
		}
		it.Value, it.Qualifier, it.By, it.AsOf = last.Value, last.Qualifier, by, last.Published.UTC()
		it.period = last.RecentPeriod
		it.lead = &news.DeliveredFigure{Kind: f.Kind, By: by, Text: story.FigureText(last.Figure), Value: last.Value, PartyClaim: l.PartyClaim}
		it.leadVia, it.leadViaParty = story.LineVia(l)
		if last.Unit == "" {
			it.lead.Who = last.Who // the group its line gives it ("19 soldiers"), for the key line
		}
		g := oneCountAs(f, last.Figure)
		if !f.AsOf.After(last.Published) && story.FigureText(f.Latest) != story.FigureText(last.Figure) {
			// The story's "latest" is another count reported no later
			// than the lead's newest (of one time, whichever came in
			// last): no later news than the lead's.
			g.Latest, g.By, g.AsOf = last.Figure, last.Source, last.Published
		}
		it.Text = story.FormatFigure(g)
		it.spread = spread(f, l, told)
		it.Spread = it.spread.text(nil)
		it.Text = it.spread.inText(it.Text, it.lead.Text)
	}
	if it.Value == 0 {
		it.Word = f.Word // "dozens (Shadi al-Jundi)": no count of none
	}
	return it
}

// oneCountAs is f with its one count (every report gave the same value)
// worded as shown, the count whose qualifier the item gives beside it: a
// story of "at least 31" and "31" whose lead is the exact count reads "31",
// never one report's words beside another's qualifier. f as it is when its
// reports gave more than one value, or shown another.
func oneCountAs(f news.StoryFigure, shown news.Figure) news.StoryFigure {
	if f.Low.Value != f.High.Value || shown.Value != f.High.Value || isRangeCount(f.High) || isRangeCount(shown) {
		return f
	}
	f.Low, f.High = shown, shown
	return f
}

// isRangeCount reports a count that is itself a range ("between 1,000 and
// 1,800").
func isRangeCount(c news.Figure) bool { return c.Low > 0 && c.Low < c.Value }

// wideSpread is how many times the lowest named source's count the
// highest must be for the item's line to show the range instead of the
// lead alone.
const wideSpread = 1.5

// spread is the range the named sources of f give, lowest to highest,
// each end with its qualifier and who gives it, when the highest is more
// than wideSpread times the lowest: "494 (an opposition monitoring
// group) to at least 1,300 (opposition, a party to the fighting)", never
// a sum. The key and trend line a reader copies must never state a range
// the item's own figure lines contradict, nor one that starts at a count
// its sources have overtaken, so:
//   - each source counts where it stands now (standing), as its figure
//     line shows it: a source that put the toll at 1,800 and later at
//     1,300 stands at 1,300;
//   - the high end is the highest of those counts, the lead line l (the
//     count a reader cites, leadLine) among them;
//   - the low end is the lowest count not overtaken: a floor ("more
//     than 40", "at least 213") that a source not a party to the fighting
//     counts past (640) is an early, partial count, not a disagreement —
//     a toll of 640 is more than 40 — and is no end (the 2013 window's
//     range ran from SOHR's first "more than 40" while independent groups
//     counted hundreds: its readers judged it misleading). A floor only a
//     party's claim goes past ("at least 300" beside the rebels' 900)
//     stays the end it is;
//   - an outlet's count no one is named for is no end, nor is a count
//     added to earlier ones ("40 more") or a total of separate attacks
//     (story.FigureText), and a spread never runs from one such count.
//
// "" when the sources agree within wideSpread (the line shows the lead
// alone), and when the lead is a count the headline tells (told: the
// headline's report says what the story is; a larger count may be of
// another strike) — unless a party to the fighting gives it: a party's
// claim heading the story ("Syrian opposition: 1300 killed") is never the
// one count a reader copies while other sources give others.
func spread(f news.StoryFigure, l news.FigureLine, told []int64) *spreadEnds {
	lead, ok := standing(l)
	if !ok || (tellsCount(l, told) && !l.PartyClaim) {
		return nil
	}
	type end struct {
		st   news.FigureBy
		line news.FigureLine
	}
	ends := []end{{lead, l}}
	for _, o := range f.Lines {
		if o.Originator == "" {
			continue
		}
		if st, ok := standing(o); ok && st.Who == lead.Who && st.Unit == lead.Unit && !st.Added && !lead.Added && !st.Separate && !lead.Separate {
			// a group's count and a total (or another group's) are no
			// ends of one range: "12 civilians" to "40" is not a
			// spread, nor "6 families" to "40"
			ends = append(ends, end{st, o})
		}
	}
	hi := ends[0]
	for _, e := range ends[1:] {
		if e.st.Value > hi.st.Value {
			hi = e
		}
	}
	overtaken := func(e *end) bool { // a floor another independent source counts past
		if !isFloor(e.st.Figure) {
			return false
		}
		for _, o := range ends {
			if !o.line.PartyClaim && o.st.Value > e.st.Value {
				return true
			}
		}
		return false
	}
	var lo *end
	for i := range ends {
		e := &ends[i]
		if overtaken(e) {
			continue
		}
		if lo == nil || low(e.st.Figure) < low(lo.st.Figure) {
			lo = e
		}
	}
	if lo == nil || float64(hi.st.Value) <= wideSpread*float64(low(lo.st.Figure)) {
		return nil
	}
	e := &spreadEnds{lo: news.Figure{Value: lo.st.Value, Qualifier: lo.st.Qualifier, Text: lo.st.Text},
		hi:   news.Figure{Value: hi.st.Value, Qualifier: hi.st.Qualifier, Text: hi.st.Text},
		loBy: giver(lo.line), hiBy: giver(hi.line), loAt: lo.st.Published, hiAt: hi.st.Published}
	if lo.st.Low > 0 && lo.st.Low < lo.st.Value {
		e.lo = news.Figure{Value: lo.st.Low} // a range's lower bound
	}
	if hi.st.Low > 0 && hi.st.Low < hi.st.Value {
		e.hi = news.Figure{Value: hi.st.Value}
	}
	e.lo.Unit, e.hi.Unit = lead.Unit, lead.Unit // "6 to 9 families": both ends count families
	if lead.Unit == "" {
		e.who = lead.Who // the group both ends count, as the lead's key line gives it (figureShort)
	}
	return e
}

// isFloor reports a count given as a lower bound: "at least 213", "more
// than 40".
func isFloor(f news.Figure) bool {
	return f.Qualifier == news.AtLeast || f.Qualifier == news.MoreThan
}

// spreadEnds are the ends of a figure's spread: each count, who gives it
// and when it was reported.
type spreadEnds struct {
	lo, hi     news.Figure
	loBy, hiBy string
	loAt, hiAt time.Time
	// who is the group both ends count ("soldiers"), "" for a total or
	// a unit the counts' text names.
	who string
}

// inText puts the spread in place of the story's range in a figure's
// text (story.FormatFigure: "more than 40 (SOHR) to 1,000–1,800 (reported
// by Al Arabiya); latest at least 1,300 (opposition), as of 21 Aug 2013"):
// the story's range takes in an outlet's count no one is named for, which
// the item's lines and spread never make an end, so the JSON text would
// state a range its own lines contradict (the 2013 window's readers of two
// sessions counted it). The text's "latest" stays unless it is an end of
// the spread (lead, the lead line's newest count), and so does its "as of";
// nil: text as it is.
func (e *spreadEnds) inText(text, lead string) string {
	if e == nil {
		return text
	}
	rest := ""
	if i := strings.Index(text, "; latest "); i >= 0 && lead != story.FigureText(e.hi) && lead != story.FigureText(e.lo) {
		rest = text[i:]
	} else if i := strings.Index(text, ", as of "); i >= 0 {
		rest = text[i:]
	}
	return e.text(nil) + rest
}

// text says the spread, each end dated by its report as day writes it
// (undated for nil: a trend's reason dates itself): "more than 40 (SOHR,
// 12 Apr) to 1,300 (opposition, a party to the fighting, 13 Apr)"; the
// group both ends count is said once, after the high end, as in "8 to 19
// soldiers": "8 (state media, 12 Jul) to 19 soldiers (SOHR, 12 Jul)" —
// a key or conflict line of "8 to 19" alone reads as the event's whole
// toll (issue 10, issue 13 item 7).
func (e *spreadEnds) text(day func(time.Time) string) string {
	if e == nil {
		return ""
	}
	hi := story.FigureText(e.hi)
	if e.who != "" {
		hi += " " + e.who
	}
	return story.FigureText(e.lo) + " (" + dated(e.loBy, e.loAt, day) + ") to " +
		hi + " (" + dated(e.hiBy, e.hiAt, day) + ")"
}

// dated is who gave a count and, when known, the day of its report as
// day writes it: "SOHR, 12 Apr"; by alone for a nil day (outside a
// digest, no period to know the year by).
func dated(by string, at time.Time, day func(time.Time) string) string {
	if at.IsZero() || day == nil {
		return by
	}
	if by == "" {
		return day(at)
	}
	return by + ", " + day(at)
}

// low is a count's lower bound: a range's Low, else its value.
func low(f news.Figure) int64 {
	if f.Low > 0 && f.Low < f.Value {
		return f.Low
	}
	return f.Value
}

// standing is where a line's source stands: the highest of the counts it
// gave on the day of its newest (one day's differing counts are a range
// or a toll rising through the day, "UOSSM: 4–5"), the newest of equals;
// a count of an earlier day it has since revised, up or down, is not. A
// range of that day that holds one of its counts is that count's margin,
// not a higher count: "at least 1,300; between 1,000 and 1,800" stands at
// 1,300, not at the range's top. False when the line has no count.
func standing(l news.FigureLine) (news.FigureBy, bool) {
	if len(l.Steps) == 0 {
		return news.FigureBy{}, false
	}
	last := l.Steps[len(l.Steps)-1]
	day := last.Published.UTC().Truncate(24 * time.Hour)
	var of []news.FigureBy
	for _, st := range l.Steps {
		if st.Published.UTC().Truncate(24 * time.Hour).Equal(day) {
			of = append(of, st)
		}
	}
	best := last
	for _, st := range of {
		if st.Value > best.Value && !marginOf(st, of) || marginOf(best, of) && !marginOf(st, of) && st.Value > 0 {
			best = st
		}
	}
	return best, best.Value > 0
}

// newest is a line's newest count, or, when that is a range of its day
// that holds another of its counts of that day, the count it is the margin
// of (standing): the opposition's "at least 1,300; between 1,000 and
// 1,800" is summed up by 1,300, as its spread's end is.
func newest(l news.FigureLine) news.FigureBy {
	last := l.Steps[len(l.Steps)-1]
	if last.Low <= 0 || last.Low >= last.Value {
		return last
	}
	if st, ok := standing(l); ok {
		return st
	}
	return last
}

// marginOf reports a range (Low to Value) that holds a count other than a
// range among the counts of its day, of: that count's margin.
func marginOf(r news.FigureBy, of []news.FigureBy) bool {
	if r.Low <= 0 || r.Low >= r.Value {
		return false
	}
	for _, st := range of {
		if (st.Low <= 0 || st.Low >= st.Value) && st.Value >= r.Low && st.Value <= r.Value {
			return true
		}
	}
	return false
}

// giver names who gives a line's counts for readers, a party to the
// fighting said so: "SOHR", "opposition, a party to the fighting",
// "reported by Daily Sabah".
func giver(l news.FigureLine) string {
	if l.Originator == "" {
		return partyMarked(reportedBy(story.DisplaySource(l.Outlet)), l.PartyClaim)
	}
	return partyMarked(l.Originator, l.PartyClaim)
}

// leadLine is the line of f whose count a reader would cite for the story:
//   - one that gives a count its headline tells (told): the headline's
//     report says what the story is, and its key figure agrees with it
//     ("Four medics killed" is UOSSM's 4, not activists' 15 of another
//     clinic);
//   - a named originator's over an outlet's count no one is named for (an
//     outlet's relay), and one not given by a party to the fighting over a
//     party's claim;
//   - the one the most reports give or agree with (the Red Cross's "about
//     20", which another outlet repeats, over "at least 22" of local
//     sources told once);
//   - a named body's over a group named by what it is ("activists", "local
//     sources");
//   - else the first reported. Never the largest for being largest.
func leadLine(f news.StoryFigure, told []int64) (news.FigureLine, bool) {
	i := leadIndex(f, told)
	if i < 0 {
		return news.FigureLine{}, false
	}
	return f.Lines[i], true
}

// leadIndex is the index in f.Lines of leadLine's line, -1 for none.
func leadIndex(f news.StoryFigure, told []int64) int {
	best, bestKey := -1, [5]int{}
	for i, l := range f.Lines {
		if len(l.Steps) == 0 {
			continue
		}
		a := authority(f, l)
		k := [5]int{oneIf(!tellsCount(l, told)), a[0], a[1], a[2], a[3]}
		if best < 0 || slices.Compare(k[:], bestKey[:]) < 0 {
			best, bestKey = i, k
		}
	}
	return best
}

// authority ranks a line of f among its figure's, lowest first: a named
// originator's over an outlet's count no one is named for, one not given
// by a party to the fighting over a party's claim, the one the most
// reports give or agree with, a named body's over a group named by what
// it is.
func authority(f news.StoryFigure, l news.FigureLine) [4]int {
	return [4]int{oneIf(l.Originator == ""), oneIf(l.PartyClaim), -support(f, l), oneIf(genericName(l.Originator))}
}

// orderedLines are f's lines in the order a reader expects them (see the
// package doc, "Figure lines"): the lead line first (leadIndex: the count
// the item is summed up by, the headline's first), then the others by the
// day of their latest report, newest first; on one day, by authority, then
// by the time of the latest report, newest first, then as reported.
func orderedLines(f news.StoryFigure, told []int64) []news.FigureLine {
	lead := leadIndex(f, told)
	if lead < 0 || len(f.Lines) < 2 {
		return f.Lines
	}
	idx := make([]int, len(f.Lines))
	for i := range idx {
		idx[i] = i
	}
	rank := func(i int) int { return oneIf(i != lead) }
	slices.SortStableFunc(idx, func(a, b int) int {
		la, lb := f.Lines[a], f.Lines[b]
		ta, tb := lineReported(la), lineReported(lb)
		ka, kb := authority(f, la), authority(f, lb)
		return cmp.Or(
			cmp.Compare(rank(a), rank(b)),
			reportDay(tb).Compare(reportDay(ta)),
			slices.Compare(ka[:], kb[:]),
			tb.Compare(ta),
		)
	})
	out := make([]news.FigureLine, len(idx))
	for k, i := range idx {
		out[k] = f.Lines[i]
	}
	return out
}

// lineReported is the time of a line's latest report, zero when none is
// known.
func lineReported(l news.FigureLine) time.Time {
	var t time.Time
	for _, st := range l.Steps {
		if st.Published.After(t) {
			t = st.Published
		}
	}
	return t
}

// reportDay is the UTC day of a report: counts of one day rank by who
// gives them, not by the hour.
func reportDay(t time.Time) time.Time { return t.UTC().Truncate(24 * time.Hour) }

// backing weighs the independent sources of a figure: each originator's
// line not a party's claim counts half, each party's claim (a side to the
// fighting counting its enemies' dead) a quarter, at most 1.5; a figure
// stored without lines counts as one source. A toll one outlet relays once
// weighs half one that two bodies give. Parties' lines told only by
// reports another party's line was told by add nothing: a state outlet's
// one report of the police's count and then state TV's is one side's word,
// not two sources.
func backing(f news.StoryFigure) float64 {
	if len(f.Lines) == 0 {
		return 0.5
	}
	var b float64
	partyReports := map[string]bool{}
	for _, l := range f.Lines {
		if len(l.Steps) == 0 {
			continue
		}
		if !l.PartyClaim {
			b += 0.5
			continue
		}
		seen := true
		for _, st := range l.Steps {
			if st.ArticleID == "" || !partyReports[st.ArticleID] {
				seen = false
			}
			partyReports[st.ArticleID] = st.ArticleID != ""
		}
		if !seen {
			b += 0.25
		}
	}
	return min(max(b, 0.25), 1.5)
}

func oneIf(b bool) int {
	if b {
		return 1
	}
	return 0
}

// tellsCount reports whether one of l's counts is one the headline tells.
func tellsCount(l news.FigureLine, told []int64) bool {
	for _, st := range l.Steps {
		if slices.Contains(told, st.Value) {
			return true
		}
	}
	return false
}

// genericName reports an originator named by what it is, not who
// ("activists", "local sources", "civil defence"): lines write those in
// lower case.
func genericName(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return name != "" && unicode.IsLower(r)
}

// support counts the reports that give one of l's counts: its own
// originator's (or outlet's) reports, and others' that give the same
// number.
func support(f news.StoryFigure, l news.FigureLine) int {
	values := map[int64]bool{}
	reports := map[string]bool{}
	for _, st := range l.Steps {
		values[st.Value] = true
		reports[st.ArticleID] = true
	}
	for _, r := range f.Refs {
		own := r.Giver() == l.Giver() && (l.Originator != "" || r.Source == l.Outlet)
		if own || values[r.Value] {
			reports[r.ArticleID] = true
		}
	}
	for _, o := range f.Lines {
		for _, st := range o.Steps {
			if values[st.Value] {
				reports[st.ArticleID] = true
			}
		}
	}
	return len(reports)
}

// headlineCounts are the numbers a headline gives ("Four medics killed",
// "at least 126", "1,500"): in digits, or one number word.
func headlineCounts(headline string) []int64 {
	var out []int64
	for _, w := range strings.Fields(strings.ToLower(headline)) {
		w = strings.Trim(w, ".,:;!?\"'()")
		digits := strings.ReplaceAll(w, ",", "")
		if n, err := strconv.ParseInt(digits, 10, 64); err == nil && n > 0 {
			out = append(out, n)
			continue
		}
		var sum int64
		for _, part := range strings.Split(w, "-") { // "twenty-five"
			v, ok := lang.Cardinal(part)
			if !ok {
				sum = 0
				break
			}
			sum += v
		}
		if sum > 0 {
			out = append(out, sum)
		}
	}
	return out
}

// reportedBy marks an outlet's name as the reporter of a figure, not its
// source.
func reportedBy(outlet string) string { return "reported by " + outlet }

// latestByOriginator is each originator's latest figure of f, and which of
// the names it gives are outlets (no originator named).
func latestByOriginator(f news.StoryFigure) ([]news.DeliveredFigure, map[string]bool) {
	var out []news.DeliveredFigure
	outlets := map[string]bool{}
	for _, l := range f.Lines {
		if len(l.Steps) == 0 {
			continue
		}
		by := l.Originator
		if by == "" {
			by = story.DisplaySource(l.Outlet)
			outlets[by] = true
		}
		out = append(out, deliveredCount(f.Kind, by, l.PartyClaim, l.Steps[len(l.Steps)-1]))
	}
	if len(out) == 0 && f.Latest.Value > 0 {
		by := story.DisplaySource(f.By)
		outlets[by] = true
		party := story.PartySource(f.By) // the outlet's own count, as its re-derived line marks it
		out = append(out, deliveredCount(f.Kind, by, party, news.FigureBy{Figure: f.Latest, Published: f.AsOf}))
	}
	return out, outlets
}

// deliveredCount is a line's latest count as the next digest compares it:
// the group it counts as figure lines say it (not for families, whose
// unit the text names) and the day of its report.
func deliveredCount(kind, by string, party bool, last news.FigureBy) news.DeliveredFigure {
	c := news.DeliveredFigure{Kind: kind, By: by, Text: story.FigureText(last.Figure), Value: last.Value,
		PartyClaim: party, Reported: last.Published.UTC()}
	if last.Unit == "" {
		c.Who = last.Who
	}
	if last.Published.IsZero() {
		c.Reported = time.Time{}
	}
	return c
}

// who says who gives a figure of f for readers: its originator
// ("SOHR"), or the outlet that reported it ("reported by Daily Sabah").
func (f *ItemFigure) who(by string) string {
	if by != "" && f.outlets[by] {
		return reportedBy(by)
	}
	return by
}

// placeOf returns where a story happened and the conflict it belongs to.
// The conflict is the one most of its places belong to (those of its
// leads counting double): a report from Tabqa datelined Moscow is Syria's.
// The place is that conflict's most named place below country level, the
// leads' first; else the story's first place below country level; else its
// country (of two named as often, the conflict's own).
func placeOf(s *news.Story) (place, conflict string) {
	weight := map[string]int{}
	for _, p := range s.Places {
		if p.Conflict != "" {
			weight[p.Conflict] += max(p.Count, 1) * map[bool]int{true: 2, false: 1}[p.Lead]
		}
	}
	for c, w := range weight {
		if w > weight[conflict] || (w == weight[conflict] && c < conflict) {
			conflict = c
		}
	}
	ps := slices.Clone(s.Places)
	slices.SortStableFunc(ps, func(a, b news.Entity) int {
		if a.Lead != b.Lead {
			if a.Lead {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		// a tie of countries goes to the conflict's own: Turkey's army
		// shelling targets in northern Syria is Syria's news
		return cmp.Compare(ownCountry(b, conflict), ownCountry(a, conflict))
	})
	for _, want := range []func(news.Entity) bool{
		func(p news.Entity) bool { return p.Kind != "country" && p.Conflict == conflict },
		func(p news.Entity) bool { return p.Kind != "country" },
		func(news.Entity) bool { return true },
	} {
		for _, p := range ps {
			if p.Name != "" && want(p) {
				return p.Name, conflict
			}
		}
	}
	return "", conflict
}

// ownCountry is 1 for the country a conflict is named after (Syria of
// "syria"), else 0.
func ownCountry(p news.Entity, conflict string) int {
	if p.Kind == "country" && conflict != "" && strings.EqualFold(p.Name, ConflictName(conflict)) {
		return 1
	}
	return 0
}

// changePlace returns where a story's change of state happened: a place
// of the story its headline names (one below country level first) — a
// nationwide truce that collapsed is the country's news, not that of the
// town whose shelling its lead tells — else its conflict's country when
// the story names it, else fallback.
func changePlace(s *news.Story, headline, fallback string) string {
	words := " " + strings.Join(lang.Words(headline), " ") + " "
	named := func(p news.Entity) bool {
		ws := lang.Words(p.Name)
		return len(ws) > 0 && strings.Contains(words, " "+strings.Join(ws, " ")+" ")
	}
	var country string
	for _, p := range s.Places {
		if p.Name == "" || !named(p) {
			continue
		}
		if p.Kind != "country" {
			return p.Name
		}
		if country == "" {
			country = p.Name
		}
	}
	if country != "" {
		return country
	}
	return fallback
}

// FormatDate renders a day as "5 Apr 2017", in UTC.
func FormatDate(t time.Time) string { return t.UTC().Format("2 Jan 2006") }
