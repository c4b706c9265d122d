package story

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// figureKinds are the figures merged across sources, in digest order.
var figureKinds = []string{"killed", "injured", "displaced", "evacuated"}

func figureOf(f *news.Facts, kind string) *news.Figure {
	switch kind {
	case "killed":
		return f.Killed
	case "injured":
		return f.Injured
	case "displaced":
		return f.Displaced
	case "evacuated":
		return f.Evacuated
	}
	return nil
}

// lonePerson reports a figure of one person the sentence tells by an
// article or a possessive, with no number ("a nurse", "his son"): the
// analysis counts it, as its labels do, but a story shows no toll of no
// number. Two or more ("a child and a woman") are a toll told person by
// person, and "one" is a number.
func lonePerson(f *news.Figure) bool {
	if f.Value != 1 || f.Word != "" {
		return false
	}
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(f.Text)), " ")
	switch first {
	case "a", "an", "his", "her", "their":
		return true
	}
	return false
}

// mergeFigures gives, for each kind of figure that a member states, the
// lowest and highest figure with their sources, the latest, and the running
// toll of each originator. Figures of different sources count the same
// people, so they are never added up. Members must be in order of
// publication.
//
// Another source's count that a member reports beside its own is taken
// as a count of the same people when it names no other group; one of the
// other side ("39 civilians" beside a ministry's "40 attackers") is kept
// only as its own originator's toll of that group, on a line of its own,
// never in the range (sameGroup): the monitor's civilian toll of the
// strike is the main event's too, and readers missed it beside the
// party's. A count that a later report repeats from an earlier day is not
// a new count (see stale). An amount in words ("dozens") is no figure: it
// is kept only with the originator who gave it. A reaction that recalls an
// earlier day's attack (a minister's call, a vote: see news.TitleReaction)
// gives that attack's toll, another event's: none of its figures count.
// One person told without a number ("a nurse critically wounded") is the
// article's fact but no toll a digest prints as "Injured: 1" (lonePerson).
//
// listed gives for each member the member whose article its counts cite
// (listedReports): a copy's count is its listed report's.
func mergeFigures(ms []Member, listed []int) []news.StoryFigure {
	var out []news.StoryFigure
	ref := func(i int, f news.Figure) news.FigureBy {
		r := ms[i].ref(f)
		if j := listed[i]; j != i {
			r.ArticleID = articleRef(&ms[j].Article)
		}
		return r
	}
	recounts := make([]bool, len(ms)) // read once per member, not once per kind
	for i := range ms {
		recounts[i] = ms[i].recallsOther()
	}
	for _, kind := range figureKinds {
		var all []news.FigureBy
		var isAlt []bool
		var word *news.FigureBy
		for i := range ms {
			if recounts[i] {
				continue
			}
			f := figureOf(&ms[i].Analysis.Facts, kind)
			if f != nil && f.Value > 0 && !lonePerson(f) {
				main, other := movedBothWays(&ms[i], *f)
				all, isAlt = append(all, ref(i, main)), append(isAlt, false)
				if other != nil {
					all, isAlt = append(all, ref(i, *other)), append(isAlt, true)
				}
			}
			for _, g := range ms[i].Analysis.Facts.Figures {
				switch {
				case g.Kind != kind:
				case g.Scope == news.ScopeAlternative && g.Value > 0 && sameGroup(f, g):
					all, isAlt = append(all, ref(i, g)), append(isAlt, true)
				case g.Scope == news.ScopeMain && g.Word != "" && g.Originator != "" && word == nil:
					r := ref(i, g)
					word = &r
				}
			}
		}
		old := stale(all)
		var refs, alts []news.FigureBy
		for i, r := range all {
			switch {
			case old[i]:
			case isAlt[i]:
				alts = append(alts, r)
			default:
				refs = append(refs, r)
			}
		}
		refs, alts = ownTolls(refs, alts)
		switch {
		case len(refs) > 0:
			sf := storyFigure(kind, refs)
			sf.Lines = figureLines(refs, alts)
			out = append(out, sf)
		case word != nil:
			out = append(out, news.StoryFigure{Kind: kind, Word: word.Word, Latest: word.Figure, By: word.Source, AsOf: word.Published})
		}
	}
	markParties(out, partiesOf(ms))
	return out
}

// ownTolls is refs and alts without the totals of separate attacks
// (Separate: "separate air raids killed 25" across three towns) when
// another count is the toll of one: a story of the market strike has its
// own toll, and the total counts other strikes' dead beside it (issue 10,
// fig42). A story whose reports give only such totals shows them, marked.
func ownTolls(refs, alts []news.FigureBy) ([]news.FigureBy, []news.FigureBy) {
	one := func(r news.FigureBy) bool { return !r.Separate }
	if !slices.ContainsFunc(refs, one) && !slices.ContainsFunc(alts, one) {
		return refs, alts
	}
	sep := func(r news.FigureBy) bool { return r.Separate }
	return slices.DeleteFunc(refs, sep), slices.DeleteFunc(alts, sep)
}

// partiesOf returns the givers (folded to lower case) that the analysis
// of any member marks as a party to the fighting, for any count: a state
// is one in a report that tells it fights, and stays one in the story.
func partiesOf(ms []Member) map[string]bool {
	parties := map[string]bool{}
	note := func(f *news.Figure) {
		if f != nil && f.PartyClaim && f.Originator != "" {
			parties[strings.ToLower(f.Giver())] = true
		}
	}
	for i := range ms {
		facts := &ms[i].Analysis.Facts
		for _, kind := range figureKinds {
			note(figureOf(facts, kind))
		}
		for j := range facts.Figures {
			note(&facts.Figures[j])
		}
	}
	return parties
}

// markParties marks every line and latest count of a giver the story knows
// as a party (partiesOf) as a party's claim, so that an item treats one
// side's counts alike in every line and beside the other side's: "Turkey
// (a party to the fighting)" on its killed and its injured line, whichever
// report each count came from.
func markParties(figs []news.StoryFigure, parties map[string]bool) {
	if len(parties) == 0 {
		return
	}
	for i := range figs {
		f := &figs[i]
		for _, c := range []*news.Figure{&f.Low, &f.High, &f.Latest} {
			if parties[strings.ToLower(c.Giver())] {
				c.PartyClaim = true
			}
		}
		for j := range f.Refs {
			if r := &f.Refs[j].Figure; parties[strings.ToLower(r.Giver())] {
				r.PartyClaim = true
			}
		}
		for j := range f.Lines {
			l := &f.Lines[j]
			if parties[strings.ToLower(l.Giver())] {
				l.PartyClaim = true
				for k := range l.Steps {
					l.Steps[k].PartyClaim = true
				}
			}
		}
	}
}

// recallsOther reports whether the member is a reaction whose lead recalls
// the day of an earlier event: its figures are that event's.
func (m *Member) recallsOther() bool {
	if !m.Analysis.TitleMarks.Has(news.TitleReaction) {
		return false
	}
	r, _, _ := recalled(&m.Article, &m.Analysis, EventDay(m.Analysis.EventDate, m.Article.Fetched))
	return r != NoDay
}

// Figures merges the figures of a story's members as Build does: the
// range, the latest and each originator's running toll per kind.
func Figures(members []Member) []news.StoryFigure {
	ms := slices.Clone(members)
	slices.SortStableFunc(ms, func(a, b Member) int { return a.published().Compare(b.published()) })
	first, _ := eventDays(ms)
	return mergeFigures(ms, listedReports(ms, first))
}

// sameGroup reports whether another source's count g of the main event
// may stand beside a member's main figure f: it names no group, or f's,
// or it is a named originator's own count of the other side of the fight
// ("SOHR: 39 civilians" beside "Russian defence ministry: 40 attackers":
// armed men against civilians), which figureLines keeps on its own line.
// A count of a group inside f's ("58 civilians" or "25 children" of "82
// people"; children of civilians), no one is named for, or f's own
// originator gives, is a part of f's toll or no count, and not shown.
func sameGroup(f *news.Figure, g news.Figure) bool {
	if g.Who == "" || f != nil && f.Who == g.Who {
		return true
	}
	return f != nil && f.Who != "" && armedGroup(f.Who) != armedGroup(g.Who) &&
		g.Originator != "" && !strings.EqualFold(f.Giver(), g.Giver())
}

// armedGroup reports a group of armed men (analysis Who: "fighters",
// "soldiers"): a count of them and one of civilians count no one twice.
func armedGroup(who string) bool { return who == "fighters" || who == "soldiers" }

// stale marks the counts that a report repeats from an earlier day rather
// than gives anew, among refs of one kind in order of publication: a count
// below one reported on an earlier day that
//   - its originator gave on an earlier day (SOHR's first toll, quoted again
//     a week later: it stands under its first date), or
//   - is a lower bound ("at least 58") while the story's tolls rose from day
//     to day before it (70, 86, 87): a later report recalling an early toll.
//
// A toll only grows as reports come in, so such a count would read as a
// fall. Counts of one day are never stale: sources differ on the day; nor
// do stale counts stand for the counts of their day.
func stale(refs []news.FigureBy) []bool {
	out := make([]bool, len(refs))
	for i, r := range refs {
		day := dayOf(r.Published)
		if day.IsZero() || r.Added || r.Separate {
			continue // "40 more" below an earlier toll is no fall
		}
		var before []news.FigureBy // the counts of earlier days
		above, repeat := false, false
		for j, e := range refs {
			if d := dayOf(e.Published); d.IsZero() || !d.Before(day) || out[j] || e.Added || e.Separate {
				continue
			}
			before = append(before, e)
			above = above || e.Value > r.Value
			repeat = repeat || e.Value == r.Value && nameOf(e.Figure, e.Source) == nameOf(r.Figure, r.Source)
		}
		lowerBound := r.Qualifier == news.AtLeast || r.Qualifier == news.MoreThan
		out[i] = above && (repeat || lowerBound && rising(before))
	}
	return out
}

// rising reports whether counts rose from day to day: each day's highest
// at least the day before's, the last above the first.
func rising(refs []news.FigureBy) bool {
	refs = slices.Clone(refs)
	slices.SortStableFunc(refs, func(a, b news.FigureBy) int { return a.Published.Compare(b.Published) })
	var highs []int64
	var last time.Time
	for _, r := range refs {
		d := dayOf(r.Published)
		if len(highs) == 0 || !d.Equal(last) {
			highs, last = append(highs, r.Value), d
			continue
		}
		highs[len(highs)-1] = max(highs[len(highs)-1], r.Value)
	}
	if len(highs) < 2 || highs[len(highs)-1] <= highs[0] {
		return false
	}
	for i := 1; i < len(highs); i++ {
		if highs[i] < highs[i-1] {
			return false
		}
	}
	return true
}

// dayOf is t's day in UTC, zero for no time.
func dayOf(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.UTC().Truncate(24 * time.Hour)
}

func (m *Member) ref(f news.Figure) news.FigureBy {
	return news.FigureBy{Figure: describedMonitor(f), Source: m.source(), ArticleID: articleRef(&m.Article), Published: m.givenAt(f)}
}

// givenAt is when a member's figure f was given: the day of the week its
// sentence says it was given on (f.GivenOn, decided by the analysis:
// "news of the massacre surfaced on Wednesday with the opposition accusing
// ... of killing 1,000", "the monitor said on Monday 40 were killed"),
// counted back from the day of the report, at its time of day; else when
// the report was (reported). A report of Friday that tells Wednesday's
// claim does not date the claim Friday. A figure of an analysis stored
// before the field existed is dated by its report.
func (m *Member) givenAt(f news.Figure) time.Time {
	p := m.reported()
	wd, ok := lang.Weekday(f.GivenOn)
	if p.IsZero() || !ok {
		return p
	}
	return p.AddDate(0, 0, -((int(p.UTC().Weekday()) - int(wd) + 7) % 7))
}

// reported is when a member's figures were given: its publication, or the
// day of its dateline when that is more than a day off it (an archive or a
// feed that stamps a page with another day than the one it was written: a
// page datelined 5 April and published 13 April gave its toll on 5 April),
// at the publication's time of day.
//
// Nor is a report written before the event it tells: a publication stamp
// before the member's event day gives way to that day (a strike of 11 April
// reported in a page stamped 6 April).
func (m *Member) reported() time.Time {
	p := m.published()
	if p.IsZero() {
		return p
	}
	day := p.UTC().Truncate(24 * time.Hour)
	d, err := time.Parse(time.DateOnly, m.Analysis.EventDate)
	if err == nil && m.Analysis.EventDateBy == analyze.DatedByDateline && d.Sub(day).Abs() > 24*time.Hour {
		return d.Add(p.UTC().Sub(day))
	}
	if dl, ok := m.dateline(); ok && dl.Sub(day).Abs() > 24*time.Hour {
		return dl.Add(p.UTC().Sub(day)) // the lead's "on Tuesday" moved the event, not the page
	}
	if err == nil && d.After(day) {
		return d.Add(p.UTC().Sub(day))
	}
	return p
}

// Written is the day a member's report was written, as far as it is known:
// the day of its dateline, else of its publication, unless the publication
// is stamped before the day of the event the report tells (an archive's
// stamp: the report was written on that day or any day after it); zero
// when unknown.
func (m *Member) Written() time.Time {
	if d, ok := m.dateline(); ok {
		return d
	}
	p := m.published()
	if d, err := time.Parse(time.DateOnly, m.Analysis.EventDate); err == nil && !p.IsZero() && dayOf(p).Before(d) {
		return time.Time{}
	}
	return p
}

// dateline is the day the member's report gives in its opening dateline,
// as its analysis found it.
func (m *Member) dateline() (time.Time, bool) {
	d, err := time.Parse(time.DateOnly, m.Analysis.Dateline)
	return d, err == nil
}

// Bounds of a story's running tolls: a story of hundreds of reports shows
// its first figures and its latest, never all of them. Six lines hold the
// tolls of one attack's monitors, rescuers and parties (issue 13, 2013: with
// Reuters' report of the Ghouta attack in its story, four lines left out
// SOHR's count and the monitor's 494).
const (
	maxLines = 6
	maxSteps = 5
)

// figureLines groups the members' figures by originator, in order of first
// report; the figures no one is named for go by outlet; and, when they
// name more than one group counted (aid workers, civilians), by group too. Each line reads as
// the count's rise (asRise). alts are other sources' counts that members
// report beside their own.
func figureLines(refs, alts []news.FigureBy) []news.FigureLine {
	all := append(append([]news.FigureBy{}, refs...), alts...)
	slices.SortStableFunc(all, func(a, b news.FigureBy) int { return a.Published.Compare(b.Published) })
	var lines []news.FigureLine
	index := map[string]int{}
	groups := len(groupsOf(all)) > 0
	for _, r := range all {
		key := nameOf(r.Figure, r.Source) // an outlet's own count and the same name as a source are one line
		if groups {
			// aid workers and civilians are two tolls, not one rising; so
			// are one giver's "8 civilians" and its "at least 9" of
			// civilians and fighters together (a total)
			key += "\x00" + lineGroup(r, all)
		}
		key += "\x00" + r.From // people out of two places are two counts, not one rising
		if r.Added || r.Separate {
			// "40 more" adds to a toll, and separate attacks' total is
			// several tolls: neither is a step of one's rise
			key += "\x00" + strconv.FormatBool(r.Added) + strconv.FormatBool(r.Separate)
		}
		i, ok := index[key]
		if !ok {
			i = len(lines)
			index[key] = i
			l := news.FigureLine{Originator: r.Originator, OriginatorKey: r.OriginatorKey, PartyClaim: r.PartyClaim}
			if r.Originator == "" {
				// an outlet's own count, no one else named: a party's
				// claim when the outlet is a party's own (SANA, Al-Manar,
				// the Syrian Coalition's site), as it is when another
				// outlet quotes it
				l.Outlet, l.PartyClaim = r.Source, PartySource(r.Source)
			}
			lines = append(lines, l)
		}
		l := &lines[i]
		if n := len(l.Steps); n == 0 || l.Steps[n-1].Value != r.Value || l.Steps[n-1].Qualifier != r.Qualifier {
			l.Steps = append(l.Steps, r)
		}
	}
	for i := range lines {
		lines[i].Steps = asRise(lines[i].Steps)
		if s := lines[i].Steps; len(s) > maxSteps {
			lines[i].Steps = append(s[:1:1], s[len(s)-maxSteps+1:]...)
		}
	}
	lines = withoutRelays(lines)
	return firstLines(lines, maxLines)
}

// lineGroup is the group r's line counts: the group r names, else the
// group its giver's counts of no group are of (totalsGroup); "" for a
// count of no group, a total, which is a line apart from any group's
// count of the same giver.
func lineGroup(r news.FigureBy, all []news.FigureBy) string {
	if r.Who != "" {
		return r.Who
	}
	return totalsGroup(all, nameOf(r.Figure, r.Source), r.From)
}

// totalsGroup is the group a giver's counts that name none count, when its
// reports use the two alike: one of its counts of no group is the value of
// one of its counts of that group (Reuters' "18 civilians" and AFP's "at
// least 18 people" of one statement), so its counts of no group are no
// total apart. "" when none is, or two groups are: then a count of no group
// is a total, another toll than a group's ("8 civilians" beside "at least
// 9" of civilians and fighters).
func totalsGroup(all []news.FigureBy, name, from string) string {
	group := ""
	for _, e := range all {
		if e.Who == "" || e.From != from || nameOf(e.Figure, e.Source) != name {
			continue
		}
		shared := slices.ContainsFunc(all, func(u news.FigureBy) bool {
			return u.Who == "" && u.Value == e.Value && u.From == from && nameOf(u.Figure, u.Source) == name
		})
		if !shared {
			continue
		}
		if group != "" && group != e.Who {
			return ""
		}
		group = e.Who
	}
	return group
}

// likeForLike is refs for a story's range: without a giver's counts of a
// group when that giver also gives a total (its line of no group,
// lineGroup): "8 civilians" and "at least 9" of civilians and fighters of
// one giver are two tolls, and "8 to at least 9" no range of one. The
// total stands for the giver; a giver whose counts of no group are its
// group's (totalsGroup) gives no total.
func likeForLike(refs []news.FigureBy) []news.FigureBy {
	if whole := slices.DeleteFunc(slices.Clone(refs), func(r news.FigureBy) bool { return r.Added || r.Separate }); len(whole) > 0 {
		refs = whole // "40 more" adds to a toll, separate attacks' total sums tolls: no end of one's range
	}
	if len(groupsOf(refs)) == 0 {
		return refs
	}
	totals := map[string]bool{} // the givers that give a total
	who := make([]string, len(refs))
	for i, r := range refs {
		if who[i] = lineGroup(r, refs); who[i] == "" {
			totals[nameOf(r.Figure, r.Source)] = true
		}
	}
	var out []news.FigureBy
	for i, r := range refs {
		if who[i] == "" || !totals[nameOf(r.Figure, r.Source)] {
			out = append(out, r)
		}
	}
	return out
}

// latestsGroup is like without the counts of another group than the
// latest's: "8" (a total, state media) and "19 soldiers" (SOHR) count
// different victims, and "8 to 19" is no range of one toll, as a digest's
// spread is never one (issue 10, fig42).
func latestsGroup(like []news.FigureBy) []news.FigureBy {
	if len(groupsOf(like)) == 0 {
		return like
	}
	g := lineGroup(like[len(like)-1], like)
	return slices.DeleteFunc(slices.Clone(like), func(r news.FigureBy) bool { return lineGroup(r, like) != g })
}

// firstLines bounds lines to n: past n, the counts an outlet gave without
// saying whose they are go first, the latest first, then the lines of the
// latest originators.
func firstLines(lines []news.FigureLine, n int) []news.FigureLine {
	for i := len(lines) - 1; i >= 0 && len(lines) > n; i-- {
		if lines[i].Originator == "" {
			lines = slices.Delete(lines, i, i+1)
		}
	}
	return lines[:min(len(lines), n)]
}

// withoutRelays drops from an outlet's unattributed line the counts that
// stand, with their qualifiers, in a named originator's line, and the line
// when none is left: the outlet carried that count without saying whose it
// is ("reported by Sputnik: 18" beside "US-led coalition: 18" is one count,
// not two; a copy of the wire's "at least 58" whose "the Observatory said"
// fell in the outlet's rewrite is SOHR's 58, not the outlet's first count
// before its own later one). The outlet stays among the story's sources.
func withoutRelays(lines []news.FigureLine) []news.FigureLine {
	type count struct {
		value int64
		qual  news.Qualifier
	}
	named := map[count]bool{}
	for _, l := range lines {
		if l.Originator != "" {
			for _, st := range l.Steps {
				named[count{st.Value, st.Qualifier}] = true
			}
		}
	}
	for i := range lines {
		if l := &lines[i]; l.Originator == "" && len(l.Steps) > 0 {
			l.Steps = slices.DeleteFunc(slices.Clone(l.Steps), func(st news.FigureBy) bool {
				return named[count{st.Value, st.Qualifier}]
			})
		}
	}
	return slices.DeleteFunc(lines, func(l news.FigureLine) bool {
		return l.Originator == "" && len(l.Steps) == 0
	})
}

// asRise orders one originator's counts of one event as they rose: by
// value, each value once, with the qualifier and article of its latest report, under
// the day it was first given on or after the day of the count below it (a
// count quoted again later stands under its first day; a misdated copy does
// not put it before the count it rose from). A count of the killed, hurt
// or displaced by one event only grows as reports come in, so a smaller
// count that arrives later is an older report published or stored late
// (archives, misdated pages), not a fall: in publication order SOHR's "24,
// 43, 112, 126" can arrive as "126, 24, 112, 126". An originator who
// revises a toll down is shown as the range it spans.
func asRise(steps []news.FigureBy) []news.FigureBy {
	out := slices.Clone(steps)
	slices.SortStableFunc(out, func(a, b news.FigureBy) int {
		return cmp.Or(cmp.Compare(a.Value, b.Value), a.Published.Compare(b.Published))
	})
	k := 0
	for i := 0; i < len(out); {
		j := i
		for j < len(out) && out[j].Value == out[i].Value {
			j++
		}
		pick := out[i] // the first report of the value, else the first on or after the count below
		if k > 0 {
			for _, st := range out[i:j] {
				if !st.Published.Before(out[k-1].Published) {
					pick = st
					break
				}
			}
		}
		// The latest report's words (qualifier, group) with that report as
		// the count's article: a reader who opens the article a count cites
		// finds the count as shown ("at least 29" is not cited to the report
		// that wrote a flat 29). The day stays the first the value was given.
		w := qualifiedTwin(out[i:j], j-1-i) + i
		if out[w].Who == "" {
			// a report that names whom the count counts, in the same
			// words otherwise, is the count as a reader should cite it
			// ("5 soldiers" beside another outlet's "5")
			for m := j - 1; m >= i; m-- {
				if out[m].Who != "" && out[m].Qualifier == out[w].Qualifier && out[m].Low == out[w].Low {
					w = m
					break
				}
			}
		}
		pick.Figure, pick.ArticleID, pick.Source = out[w].Figure, out[w].ArticleID, out[w].Source
		out[k] = pick
		k++
		i = j
	}
	return out[:k]
}

// qualifiedTwin returns the index among refs of the count to show for
// refs[k]: itself, or when it is a flat number a report stamped at the
// same time gives as a floor ("at least 25", "more than 25") with the same
// value from the same giver: neither report is the later, the giver's own
// words kept their qualifier, an outlet that wrote a flat 25 dropped it,
// and a reader who cites "25" cites a count no one gave as exact. A flat
// count reported later than the floor stays the latest words.
func qualifiedTwin(refs []news.FigureBy, k int) int {
	r := refs[k]
	if r.Qualifier != news.Exact && r.Qualifier != "" {
		return k
	}
	for m := len(refs) - 1; m >= 0; m-- {
		e := refs[m]
		if m != k && e.Value == r.Value && (e.Qualifier == news.AtLeast || e.Qualifier == news.MoreThan) &&
			e.Published.Equal(r.Published) && nameOf(e.Figure, e.Source) == nameOf(r.Figure, r.Source) {
			return m
		}
	}
	return k
}

// twinOf is r, or its qualified twin among refs (qualifiedTwin).
func twinOf(refs []news.FigureBy, r news.FigureBy) news.FigureBy {
	for k := range refs {
		if refs[k] == r {
			return refs[qualifiedTwin(refs, k)]
		}
	}
	return r
}

// storyFigure summarises refs, in order of publication. Ties go to the
// earliest source for the range, to the later one for the latest.
func storyFigure(kind string, refs []news.FigureBy) news.StoryFigure {
	like := likeForLike(refs) // the range and the latest count one group
	like = latestsGroup(like)
	lo, hi := like[0], like[0]
	for _, r := range like[1:] {
		if r.Value < lo.Value {
			lo = r
		}
		if r.Value > hi.Value {
			hi = r
		}
	}
	last := like[len(like)-1]
	lo, hi, last = twinOf(refs, lo), twinOf(refs, hi), twinOf(refs, last)
	return news.StoryFigure{
		Kind: kind, Low: lo.Figure, LowBy: lo.Source, High: hi.Figure, HighBy: hi.Source,
		Latest: last.Figure, By: last.Source, AsOf: last.Published, Refs: refs,
	}
}

func articleRef(a *news.Article) string {
	if a.ExternalID != "" {
		return a.ExternalID
	}
	return strconv.FormatInt(a.ID, 10)
}

// FormatFigure renders a story figure for a digest: one value with its
// sources ("at least 16 (AFP, SOHR)"), or the range with the source of each
// end ("at least 112 (Reuters) to 126 (SOHR)", "90 to 270 (Reuters)" when
// one source gave both), then the latest figure when it is neither end, and
// the date of the latest ("as of 5 Jul 2016"). A source that is not named
// is never guessed: its parenthesis is left out, or reads "source not
// named" where another end of the range is named. The kind is the caller's
// to name.
func FormatFigure(f news.StoryFigure) string {
	var b strings.Builder
	if f.Word != "" && f.High.Value == 0 {
		return f.Word + paren(f.Latest.Originator, false)
	}
	lo, hi := giverOf(f.Low, f.LowBy), giverOf(f.High, f.HighBy)
	loText, hiText := endTexts(f.Low, f.High)
	switch {
	case f.Low.Value == f.High.Value:
		b.WriteString(figureText(f.High) + paren(joinGivers(sourcesOf(f)), false))
	case lo == hi:
		b.WriteString(loText + " to " + hiText + paren(hi, false))
	default:
		b.WriteString(loText + paren(lo, true) + " to " + hiText + paren(hi, true))
	}
	if f.Low.Value != f.High.Value && figureText(f.Latest) != figureText(f.Low) && figureText(f.Latest) != figureText(f.High) {
		b.WriteString("; latest " + figureText(f.Latest) + paren(giverOf(f.Latest, f.By), lo != "" || hi != ""))
	}
	if !f.AsOf.IsZero() {
		b.WriteString(", as of " + f.AsOf.UTC().Format("2 Jan 2006"))
	}
	return b.String()
}

// lowEnd is a figure as the low end of a story's range: a count that is
// itself a range ("between 1,000 and 1,800") stands there by its lower
// bound, so that the range never reads "1,000 to 1,000 to 1,800".
func lowEnd(f news.Figure) news.Figure {
	if f.Low > 0 && f.Low < f.Value {
		return news.Figure{Value: f.Low, Unit: f.Unit}
	}
	return f
}

// endTexts words the two ends of a story's range. An end that is itself a
// range stands by its bound when the other end says the rest ("1,000 to
// 1,800" for 1,000 and "between 1,000 and 1,800"), else whole, with a dash
// ("more than 40 (SOHR) to 1,000–1,800 (…)"): its bound alone would drop
// half of what its report said (the 2013 reader's JSON note).
func endTexts(low, high news.Figure) (string, string) {
	loEnd, hiEnd := lowEnd(low), highEnd(high)
	loText, hiText := figureText(loEnd), figureText(hiEnd)
	if isRange(high) && high.Low != loEnd.Value {
		hiText = strings.Replace(figureText(high), " to ", "–", 1)
	}
	if isRange(low) && low.Value != hiEnd.Value {
		loText = strings.Replace(figureText(low), " to ", "–", 1)
	}
	return loText, hiText
}

// isRange reports whether a count is itself a range ("between 1,000 and
// 1,800").
func isRange(f news.Figure) bool { return f.Low > 0 && f.Low < f.Value }

// highEnd is a figure as the high end of a story's range: a range by its
// upper bound ("1,000 to 1,800" ends the story's range at 1,800).
func highEnd(f news.Figure) news.Figure {
	if f.Low > 0 && f.Low < f.Value {
		return news.Figure{Value: f.Value, Unit: f.Unit, Planned: f.Planned}
	}
	return f
}

// nameOf names who gave a figure: its originator ("SOHR"), else the outlet
// that carried it.
func nameOf(f news.Figure, outlet string) string {
	if f.Originator != "" {
		return f.Giver() // "Turkish security sources" and "Turkish officials" are one body's
	}
	return DisplaySource(outlet)
}

// giverOf names who gave a figure for readers: its originator ("SOHR"),
// else the outlet that carried it marked as its reporter ("reported by Al
// Arabiya"), as figure lines mark it: an outlet is never shown in an
// originator's place.
func giverOf(f news.Figure, outlet string) string {
	if f.Originator != "" {
		return f.Originator
	}
	if name := DisplaySource(outlet); name != "" {
		return "reported by " + name
	}
	return ""
}

// joinGivers lists the givers of one count: "SOHR, reported by AFP";
// "reported by AFP, Daily Sabah" when outlets alone carried it.
func joinGivers(names []string) string {
	const rb = "reported by "
	for _, n := range names {
		if !strings.HasPrefix(n, rb) && n != "others" {
			return strings.Join(names, ", ")
		}
	}
	out := slices.Clone(names)
	for i := 1; i < len(out); i++ {
		out[i] = strings.TrimPrefix(out[i], rb)
	}
	return strings.Join(out, ", ")
}

// FormatLines renders a story figure's running tolls, one line per
// originator: "SOHR: 58 → 72 → at least 86", "Syrian Coalition (a party
// to the fighting): more than 100", "Reuters: 12" for an outlet's own
// count. Stories stored before figures had originators get theirs from
// the refs. When the counts name more than one group, each says whom it
// counts ("local sources: at least 22 workers", "IFRC: about 20
// civilians"). The kind and the date are the caller's to name.
func FormatLines(f news.StoryFigure) []string { return FormatLinesDated(f, false) }

// FormatLinesDated is FormatLines with each count dated also when its own
// lines were all reported on one day but the item's other figures span
// days (SpanDays): a reader who sees "Killed — SOHR: 24 (15 Apr) → 126 (16
// Apr)" sees of when "Evacuated — reported by Sputnik: about 5,000 (15
// Apr)" is, too.
func FormatLinesDated(f news.StoryFigure, itemSpans bool) []string {
	parts := FormatLineParts(f, LineStyle{ItemSpans: itemSpans})
	if parts == nil {
		return nil
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = p.Name + ": " + p.Counts
	}
	return out
}

// LineStyle says how FormatLineParts writes counts: which it dates and
// how, and whether each says whom it counts.
type LineStyle struct {
	// Groups: each count says the group it counts when its report names
	// one ("Russian military: 62 militants"), also when the figure's
	// counts all name the same one.
	Groups bool
	// ItemSpans: the item's other figures span days (FormatLinesDated).
	ItemSpans bool
	// Always dates every line: a line of one day's counts carries the
	// day once, at its end ("SOHR: at least 35 (14 Apr)"); counts of
	// days reported out of the order of their rise each carry theirs,
	// joined by "; " (no rise to arrow).
	Always bool
	// Day writes a report's day; nil writes "2 Jan".
	Day func(time.Time) string
}

func (d LineStyle) day(t time.Time) string {
	if d.Day != nil {
		return d.Day(t)
	}
	return t.UTC().Format("2 Jan")
}

// LinePart is one line of a figure in its two parts, for a caller that
// words them: Name gives the counts ("SOHR", "hospital", "state media (a
// party to the fighting)", an outlet's name for its own count), Counts
// are them ("58 (12 Apr) → 72 (13 Apr)").
type LinePart struct {
	Name, Counts string
	// Generic: Name says what gave the counts, not who ("hospital",
	// "officials", "local sources"), as the analysis writes such names,
	// in lower case.
	Generic bool
	// Outlet: no originator is named, and Name is the outlet whose own
	// count it is.
	Outlet bool
}

// FormatLineParts is FormatLinesDated in parts, written as d says.
func FormatLineParts(f news.StoryFigure, d LineStyle) []LinePart {
	lines := f.Lines
	if f.Word != "" && f.High.Value == 0 {
		if f.Latest.Originator == "" {
			return nil // an amount in words no one is named for is no figure
		}
		counts := f.Word
		if d.Always && !f.AsOf.IsZero() {
			counts += " (" + d.day(f.AsOf) + ")"
		}
		return []LinePart{{Name: originatorName(f.Latest.Originator, f.Latest.PartyClaim), Counts: counts,
			Generic: GenericGiver(f.Latest.Originator)}}
	}
	if len(lines) == 0 && len(f.Refs) > 0 {
		lines = figureLines(f.Refs, nil)
	}
	out := make([]LinePart, 0, len(lines))
	span := linesSpanDays(lines) || (d.ItemSpans || d.Always) && linesDated(lines)
	var counts []news.FigureBy
	for _, l := range lines {
		counts = append(counts, l.Steps...)
	}
	groups := groupsOf(counts)
	total := slices.ContainsFunc(counts, func(r news.FigureBy) bool { return r.Who == "" })
	named := len(groups) > 1 || len(groups) == 1 && total || d.Groups // each count says whom it counts
	for _, l := range lines {
		name := l.Originator
		if name == "" {
			name = DisplaySource(l.Outlet)
		}
		party := l.PartyClaim
		if via, viaParty := LineVia(l); via != "" {
			// "local sources via SANA (a party to the fighting)": the
			// chain, marked as the party's organ's relay it is
			name, party = name+" via "+via, party || viaParty
		}
		p := LinePart{Name: originatorName(name, party), Generic: GenericGiver(l.Originator),
			Outlet: l.Originator == "" && name != ""}
		if r, ok := oneDayRange(l.Steps); ok { // its counts are of one known day
			if span || d.Always {
				r += " (" + d.day(l.Steps[0].Published) + ")"
			}
			p.Counts = r
			out = append(out, p)
			continue
		}
		p.Counts = countsText(l, named, span, d)
		out = append(out, p)
	}
	return out
}

// countsText writes a line's counts: each dated when they span days, in
// the order of their rise. When d dates always, the line's one day is
// given once at its end, else each count carries its day ("day not
// known" for a report of none beside dated ones; a line of no known day
// has none), joined by "; " when their days run against their rise —
// whatever the figure's other lines.
func countsText(l news.FigureLine, named, span bool, d LineStyle) string {
	steps := make([]string, len(l.Steps))
	ordered := inOrder(l.Steps)
	oneDay := oneDayOf(l.Steps)
	beside := besideSteps(l.Steps)
	each := span && ordered
	if d.Always {
		each = !oneDay
	}
	for i, s := range l.Steps {
		plain := s.Figure
		plain.Separate = false // the note after the group: "25 civilians in separate attacks"
		steps[i] = figureText(plain)
		if s.Low > 0 && s.Low < s.Value && len(l.Steps) > 1 {
			// "1,000 → 1,000 to 1,800" would read as one range running
			// into another.
			steps[i] = "between " + strings.Replace(steps[i], " to ", " and ", 1)
		}
		if named && s.Who != "" && s.Unit == "" {
			steps[i] += " " + s.Who
		}
		if s.From != "" {
			steps[i] += " from " + s.From
		}
		if s.Separate {
			steps[i] += separateNote
		}
		inCluster := beside[i] || i+1 < len(beside) && beside[i+1]
		if inCluster && s.Source != "" {
			steps[i] += " via " + DisplaySource(s.Source) // side by side: each count as its outlet carried it
		}
		switch {
		case i+1 < len(beside) && beside[i+1]:
			// the count beside it carries their one day
		case each && !s.Published.IsZero():
			steps[i] += " (" + d.day(s.Published) + ")"
		case each && d.Always && anyDated(l.Steps):
			steps[i] += " (day not known)" // not to be read as its neighbours' day
		}
	}
	sep := stepSep(l)
	if each && !ordered {
		sep = "; "
	}
	var b strings.Builder
	for i, st := range steps {
		switch {
		case i == 0:
		case beside[i]:
			b.WriteString(", ") // side by side; "; " parts a digest's originators
		default:
			b.WriteString(sep)
		}
		b.WriteString(st)
	}
	text := b.String()
	if d.Always && oneDay {
		text += " (" + d.day(l.Steps[0].Published) + ")"
	}
	return text
}

// besideSteps marks each count of a line (from the second) that stands
// beside the one before it rather than after it: the two count two named
// groups ("8 civilians", "5 rebels"), or two outlets carried them in
// reports stamped alike (Reuters' "8 civilians" and AFP's "at least 9" of
// one day: two readings of one statement, not a toll that rose, for no
// report of the two is the later). Such counts are joined by a comma, each
// with its outlet, never by an arrow; a later report's count still reads
// as a rise ("58 via A, 72 via B (4 Apr) → 86 (5 Apr)").
func besideSteps(steps []news.FigureBy) []bool {
	out := make([]bool, len(steps))
	for i := 1; i < len(steps); i++ {
		a, b := steps[i-1], steps[i]
		out[i] = a.Who != "" && b.Who != "" && a.Who != b.Who || !a.Published.IsZero() && a.Published.Equal(b.Published) && a.Source != b.Source
	}
	return out
}

// anyDated reports whether one of the counts has a known day.
func anyDated(steps []news.FigureBy) bool {
	return slices.ContainsFunc(steps, func(s news.FigureBy) bool { return !s.Published.IsZero() })
}

// oneDayOf reports whether the counts were all reported on one known day.
func oneDayOf(steps []news.FigureBy) bool {
	for _, s := range steps {
		if s.Published.IsZero() || !dayOf(s.Published).Equal(dayOf(steps[0].Published)) {
			return false
		}
	}
	return len(steps) > 0
}

// GenericGiver reports a giver named by what it is, not who ("hospital",
// "local sources"): the analysis writes those in lower case.
func GenericGiver(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return name != "" && (unicode.IsLower(r) || analyze.StateKind(name) != "") // "Turkish security sources"
}

// oneDayRange renders the counts of one source given on one day as the
// range they span, "4–5", when they differ, each is a count, not a floor
// ("at least", "more than"), and they tell no rise: reported at one time
// (copies of one report, dated alike, that say five medics in the lead
// and "the four staff" further down) or falling in order of report. A toll
// that rose over the day ("58" at nine, "86" at two) and one day's raised
// floors ("at least 24" then "at least 43") stay a history. False when the
// counts are of more than one day, agree, or one is a floor or a range.
func oneDayRange(steps []news.FigureBy) (string, bool) {
	if len(steps) < 2 {
		return "", false
	}
	lo, hi := steps[0].Value, steps[0].Value
	day := dayOf(steps[0].Published)
	oneTime, falls := true, false
	for i, st := range steps {
		if st.Published.IsZero() || !dayOf(st.Published).Equal(day) || st.Low > 0 || st.Unit != "" || st.Planned ||
			(st.Qualifier != news.Exact && st.Qualifier != news.About && st.Qualifier != "") {
			return "", false
		}
		if i > 0 {
			oneTime = oneTime && st.Published.Equal(steps[0].Published)
			falls = falls || st.Value < steps[i-1].Value
		}
		lo, hi = min(lo, st.Value), max(hi, st.Value)
	}
	if lo == hi || lo <= 0 || !oneTime && !falls {
		return "", false
	}
	return groupThousands(lo) + "–" + groupThousands(hi), true
}

// originatorName is who gave a figure as a line names it: "source not
// named" for no one, marked when a party to the fighting gave it.
// LineVia is the party's media every count of a named originator's line
// came through (news.Figure.Via) and whether it is a party's organ; "" when
// the line names no originator or one of its counts came otherwise.
func LineVia(l news.FigureLine) (string, bool) {
	if l.Originator == "" || len(l.Steps) == 0 {
		return "", false
	}
	via, party := l.Steps[0].Via, false
	for _, s := range l.Steps {
		if s.Via != via {
			return "", false
		}
		party = party || s.ViaParty
	}
	return via, party
}

func originatorName(name string, party bool) string {
	if name == "" {
		name = "source not named"
	}
	if party {
		name += " (a party to the fighting)"
	}
	return name
}

// linesSpanDays reports whether a figure's counts were reported on more
// than one day, each known: then each count carries the day of its report
// ("SOHR: 58 (12 Apr) → 86 (14 Apr)", "IFRC: about 20 (20 Sep)"), so that a
// reader of a story told over days sees which count is of when; one day's
// counts carry none.
func linesSpanDays(lines []news.FigureLine) bool {
	var first time.Time
	span := false
	for _, l := range lines {
		for _, s := range l.Steps {
			if s.Published.IsZero() {
				return false
			}
			d := s.Published.UTC().Truncate(24 * time.Hour)
			if first.IsZero() {
				first = d
			}
			span = span || !d.Equal(first)
		}
	}
	return span
}

// groupsOf is the groups that counts name (Who: "civilians", "workers"),
// each once.
func groupsOf(refs []news.FigureBy) []string {
	var out []string
	for _, r := range refs {
		if r.Who != "" && !slices.Contains(out, r.Who) {
			out = append(out, r.Who)
		}
	}
	return out
}

// SpanDays reports whether a story's figures, of all kinds together, were
// reported on more than one day, each known: then each count of each kind
// carries the day of its report (FormatLinesDated).
func SpanDays(figs []news.StoryFigure) bool {
	var all []news.FigureLine
	for _, f := range figs {
		all = append(all, f.Lines...)
	}
	return linesSpanDays(all)
}

// linesDated reports whether each count of lines has a known day.
func linesDated(lines []news.FigureLine) bool {
	for _, l := range lines {
		for _, s := range l.Steps {
			if s.Published.IsZero() {
				return false
			}
		}
	}
	return len(lines) > 0
}

// inOrder reports whether a line's counts were reported in the order of
// their rise: counts whose days run against it come from a misdated report,
// and carry no day to trust.
func inOrder(steps []news.FigureBy) bool {
	for i := 1; i < len(steps); i++ {
		if steps[i].Published.UTC().Truncate(24 * time.Hour).Before(steps[i-1].Published.UTC().Truncate(24 * time.Hour)) {
			return false
		}
	}
	return true
}

// stepSep joins a line's counts: an arrow where one named body's count
// rose, a semicolon where the counts are a group's that names no one
// ("activists", "a monitor", "local media": several people, so no rise).
func stepSep(l news.FigureLine) string {
	if GenericGiver(l.Originator) {
		return "; "
	}
	return " → "
}

// paren is " (name)"; for no name, " (source not named)" when the reader
// must tell it from a named source beside it, else nothing.
func paren(name string, contrast bool) string {
	switch {
	case name != "":
		return " (" + name + ")"
	case contrast:
		return " (source not named)"
	}
	return ""
}

// sourcesOf lists the named sources that gave the figure's single value,
// at most three, in order of publication; the high's source when no ref
// says more; none when no source is named. An outlet that carried the
// count without saying whose it is, when a named originator gives it with
// the same qualifier, is left out, as its line is (withoutRelays): "17
// (SOHR, reported by Al-Manar)" reads as SOHR's count carried by Al-Manar
// when another outlet's report gave SOHR's.
func sourcesOf(f news.StoryFigure) []string {
	named := map[news.Qualifier]bool{}
	for _, r := range f.Refs {
		if r.Originator != "" && r.Value == f.High.Value {
			named[r.Qualifier] = true
		}
	}
	var out []string
	for _, r := range f.Refs {
		name := giverOf(r.Figure, r.Source)
		if r.Originator == "" && named[r.Qualifier] {
			continue
		}
		if name != "" && r.Value == f.High.Value && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	if len(out) == 0 && giverOf(f.High, f.HighBy) != "" {
		out = append(out, giverOf(f.High, f.HighBy))
	}
	if len(out) > 3 {
		out = append(out[:3], "others")
	}
	return out
}

// qualifierWords are the usual words of each qualifier (lang's list), as a
// figure's value is written after them.
var qualifierWords = map[news.Qualifier]string{
	news.AtLeast: lang.HedgeWords(lang.AtLeast) + " ", news.About: lang.HedgeWords(lang.About) + " ",
	news.MoreThan: lang.HedgeWords(lang.MoreThan) + " ", news.UpTo: lang.HedgeWords(lang.UpTo) + " ",
}

// qualifierOf is the words before a figure's value: the article's own for
// a count just below its number ("nearly 90" is shown as written, never
// as "about 90": the "about" qualifiers of lang's list bound below).
func qualifierOf(f news.Figure) string {
	if f.Qualifier == news.About {
		for _, q := range lang.Qualifiers() {
			if q.Hedge != lang.About || q.Bound != lang.Below {
				continue
			}
			if w := q.Phrase + " "; len(f.Text) >= len(w) && strings.EqualFold(f.Text[:len(w)], w) {
				return w
			}
		}
	}
	return qualifierWords[f.Qualifier]
}

// separateNote follows a total of separate attacks (news.Figure.Separate).
const separateNote = " in separate attacks"

// figureText is a figure's qualifier and value: "at least 1,200", "about
// 1,000 families", "8,000 (planned)", "1,000 to 1,800" for a range, "about
// 40 more" for a count added to earlier ones, "at least 25 in separate
// attacks" for a total of several.
func figureText(f news.Figure) string {
	t := qualifierOf(f) + groupThousands(f.Value)
	if f.Low > 0 && f.Low < f.Value {
		t = groupThousands(f.Low) + " to " + groupThousands(f.Value)
	}
	if f.Added {
		t += " more"
	}
	if f.Separate {
		t += separateNote
	}
	if f.Unit != "" {
		t += " " + f.Unit
	}
	if f.Planned {
		t += " (planned)"
	}
	return t
}

func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// FigureText renders one figure with its qualifier: "at least 1,200",
// "about 1,000 families", "1,000 to 1,800".
func FigureText(f news.Figure) string { return figureText(f) }
