package story

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Member is one article of a story with what Build needs to know of it.
type Member struct {
	Article   news.Article
	Analysis  news.Analysis
	Source    string    // outlet name; Article.SourceName when empty
	Published time.Time // Article.Published when zero
}

func (m *Member) source() string {
	if m.Source != "" {
		return m.Source
	}
	return m.Article.SourceName
}

func (m *Member) published() time.Time {
	if !m.Published.IsZero() {
		return m.Published
	}
	return m.Article.Published
}

// Build aggregates a story's members into one digest item: a headline, a
// multi-document summary, categories and humanitarian types by support, the
// ceasefire state with the one before its last change, places and actors,
// figures merged across sources (a range and the latest, never a sum) and
// the sources, newest first. The story's ID and Updated are left zero: they
// belong to the store. Build of no members is the zero story.
func Build(members []Member) news.Story { return build(members, nil) }

// build is Build with the members' text derived through c (afresh when c
// is nil).
func build(members []Member, c *TextCache) news.Story {
	if len(members) == 0 {
		return news.Story{}
	}
	ms := slices.Clone(members)
	slices.SortStableFunc(ms, func(a, b Member) int { return a.published().Compare(b.published()) })
	sample := textSample(ms)
	texts := make([]*memberText, len(sample))
	for i := range sample {
		texts[i] = c.text(&sample[i])
	}
	s := news.Story{
		Categories:        categories(ms),
		HumanitarianTypes: humanitarianTypes(ms),
		Places:            mergePlaces(ms),
		Actors:            mergeEntities(ms, func(an *news.Analysis) []news.Entity { return an.Actors }),
		FirstSeen:         ms[0].published(),
		LastSeen:          ms[len(ms)-1].published(),
	}
	if slices.Contains(s.Categories, news.Talks) {
		markVenue(s.Places, sample)
	}
	s.EventFirst, s.EventLast = eventDays(ms)
	s.Figures = mergeFigures(ms, listedReports(ms, s.EventFirst))
	s.CeasefireStatus, s.PrevCeasefireStatus = ceasefire(ms)
	s.Changes = changes(ms, s.CeasefireStatus, s.PrevCeasefireStatus)
	if Primary(&s) == news.Talks && allReactions(ms) {
		// Diplomacy about an attack (a call for an inquiry, a minister's
		// verdict): the toll its reports recount is the attack's, whose
		// own story shows it.
		s.Figures = nil
	}
	hs, ht := newsReports(sample, texts) // a question or an analysis heads no story of reports
	if Primary(&s) == news.Talks {
		hs, ht = diplomacyReports(hs, ht)
	} else {
		hs, ht = ownEventReports(hs, ht)
	}
	s.Headline = headline(hs, ht, headlineFigures(s.Figures))
	s.Sources = sources(ms, s.EventFirst)
	s.Summary = summary(sample, texts, Primary(&s), c, lineCounts(s.Figures), s.Headline)
	// a talks story told as acts (below) tells its statements there
	own := Primary(&s) == news.Talks && !allReactions(ms)
	d, from := development(sample, Primary(&s), own, s.EventFirst, conflictOf(s.Places), false, c)
	if d, from = newerState(d, from, sample, c); d == "" {
		d, from = offensiveBegun(sample, c)
	}
	if d == "" {
		d, from = development(sample, Primary(&s), own, s.EventFirst, conflictOf(s.Places), true, c)
	}
	d, from = sessionHeld(d, from, sample, c) // the Council met: no longer "expected to meet"
	if !strings.Contains(s.Summary, d) {
		s.Development = d // a development the summary tells already is not told twice
		if d != "" {
			s.DevelopmentSource = sample[from].source()
			s.DevelopmentArticle = sample[from].Article.ExternalID
		}
	}
	if o := alsoTells(sample, s.EventFirst, conflictOf(s.Places), c); o.text != "" &&
		!strings.Contains(s.Summary, o.text) && o.text != s.Development {
		s.OtherEvent, s.OtherEventPlace, s.OtherEventSource = o.text, o.place, sample[o.from].source()
		s.OtherEventDay = sentenceDay(o.sentence, &sample[o.from])
	}
	// told in the headline's words (mendProse), once every comparison of
	// the sentences as their reports have them is made
	s.Summary, s.Development, s.OtherEvent = mendProse(s.Summary), mendProse(s.Development), mendProse(s.OtherEvent)
	if Primary(&s) == news.Talks && allReactions(ms) {
		s.Acts = acts(sample, c) // reactions of several days: acts of their own (acts.go)
	}
	return s
}

// A report often tells a second event in a paragraph of its own, with its
// own day, place and actors: the evacuation of a besieged district under a
// local deal, in a report of the day's air strikes on another city; the
// Security Council's session, in a report of the attack it met on. That
// event is not the story's (the links keep one event per story), and the
// story is filed by its own event (categories, Primary), so without it the
// development would reach no item and no summary. The story carries one
// such development beside its summary (Story.Development), apart from its
// own sentences.

// development returns the sentence of a second event the story's reports
// tell, "" when none: the first sentence that earned a member a category
// of the digest's sections (talks, ceasefire, humanitarian) other than the
// story's primary one, lying past its report's lead (its own paragraph,
// not the event the report leads with: analyze.PastLead) and naming a day of its
// own (namesDay; a talks statement needs none: talksOfTheDay), whose quotes are whole (a quote's end run into the next
// sentence is no sentence). Cleaned and bounded as the summary's
// evidence sentences are. Not news beside the story, and left out: a
// sentence that points back to text the reader is not shown ("Russia has
// also called ...", "the latter", analyze.PointsBack), and one whose weekday falls
// before the story's first event day (first; dayBefore): the attack of
// Wednesday told on Thursday, in a story of Saturday's counter-claim.
// A sentence of another town than the story's (elsewhere) is another
// story's news, not this one's development: two of three readers counted
// the Homs evacuation shown under the Aleppo strikes, even labelled with
// its town, as a false merge; alsoTells keeps it apart. The reports are read
// newest first (newestFirst): of an evacuation halted on Saturday and
// resumed on Sunday, the development tells it resumed.
//
// Talks are talks of a war: a talks sentence that names another war's
// sides, places or peace process and nothing of the story's own war
// (otherWar) tells of that war's talks ("the minister welcomed the
// recently resumed peace talks between Israelis and Palestinians" in a
// report of his call for inspectors in Syria), no development of the
// story, however its verbs read.
//
// The story's own category (primary) gives a development only as a
// change of state its summary, read from the leads, cannot tell: aid,
// an evacuation or talks halted or resumed (lang.TellsHalt,
// lang.TellsResumption), read after the other categories — the convoys
// of an aid story resumed after their suspension.
//
// A talks story (own: one not told as acts, whose statements are its acts'
// lines) reads its own section first, and any talks statement past the
// lead is a development, dated or of the report's day (talksOfTheDay): an
// item's "Also reported" line carries its own section's news before
// another section's (readers of a talks item shown a town retaken asked
// for the rebels' refusal of Russia's mediation the same report told).
//
// undated lets a talks statement of the report's day (talksOfTheDay) stand
// without a weekday; Build asks for one only when no dated development,
// newer state or offensive begun is there: a dated event comes first.
func development(ms []Member, primary news.Category, own bool, first time.Time, conflict string, undated bool, c *TextCache) (string, int) {
	cats := []news.Category{news.Talks, news.Ceasefire, news.Humanitarian}
	if slices.Contains(cats, primary) {
		others := slices.DeleteFunc(slices.Clone(cats), func(x news.Category) bool { return x == primary })
		if cats = append(others, primary); own {
			cats = append([]news.Category{primary}, others...)
		}
	}
	for _, cat := range cats {
		for _, i := range newestFirst(ms) {
			an := &ms[i].Analysis
			if !an.IsRelevant() {
				continue
			}
			for _, e := range an.Evidence[cat] {
				ownStatement := own && cat == primary // a talks item's own statement needs no day, as undated below
				if !analyze.PastLead(ms[i].Article.Text, e) || !namesDay(e) && !((undated || ownStatement) && talksOfTheDay(cat, e)) || strings.Count(e, `"`)%2 != 0 ||
					lang.CreditsOutlet(lang.Words(e)) || analyze.PointsBack(e) || dayBefore(e, &ms[i], first) {
					continue // an outlet's promotion of its scoop; no news beside the story's
				}
				if elsewhere(e, ms) != "" {
					continue // an event of another town: its own story's news
				}
				if cat == news.Talks && otherWar(e, conflict) {
					continue // another war's talks: "the recently resumed talks between Israelis and Palestinians"
				}
				if ws := lang.Words(e); cat == primary && !own && !lang.TellsHalt(ws) && !lang.TellsResumption(ws) {
					continue // the story's own news, which its summary tells
				}
				if cand := c.evidence(e, ms[i].Article.Title, ms[i].source()); cand != nil {
					return cand.text, i
				}
			}
		}
	}
	return "", -1
}

// offensiveBegun returns the sentence of an offensive announced or begun
// (lang.TellsOffensiveBegun) that one of the story's reports tells past its
// lead, "" when none: the sections' evidence development reads never holds
// it (an offensive is violence, and a report of the day's strikes that
// adds "since the announcement two days ago of an offensive to capture the
// east of the city" earns no other category for it), yet it is the change
// of state a reader of the day's toll wants. Its day is often relative
// ("two days ago"), so it needs no weekday; a sentence of background
// (background: "launched the offensive in late May"), with a broken quote, an
// outlet's promotion or a back reference is none: the analysis read its
// sentences for it once (news.Analysis.OffensiveBegun). One of another town
// (elsewhere) is none either. Reports read newest first.
func offensiveBegun(ms []Member, c *TextCache) (string, int) {
	for _, i := range newestFirst(ms) {
		m := &ms[i]
		if !m.Analysis.IsRelevant() {
			continue
		}
		for _, e := range m.Analysis.OffensiveBegun {
			if elsewhere(e, ms) != "" {
				continue
			}
			if cand := c.evidence(e, m.Article.Title, m.source()); cand != nil {
				return cand.text, i
			}
		}
	}
	return "", -1
}

// alsoTells returns the event of another town than the story's that one
// of its reports also tells (Story.OtherEvent): the Homs evacuation in a
// report of air strikes on Aleppo is no development of the strikes
// (development leaves it out), yet when it reached no story of its own a
// digest that drops it loses it; digest shows it as what the report also
// tells ("Also in this report (Homs): ..."), and only when none of its
// items tells it. It is the first sentence, reports read newest first, that
// earned its report a category of the digest's sections (talks, ceasefire,
// humanitarian), passes development's tests of a sentence of its own
// (past the lead, a day named, whole quotes, no outlet's promotion, no
// back reference, not before the story's first day, not another war's
// talks), names another town (elsewhere) and tells a change of state
// (lang.TellsStateChange: fighters evacuated, a deal reached, a siege
// lifted), not any sentence of that town: its background or a
// monitor's estimate is no news of its own. None: the zero otherTold.
func alsoTells(ms []Member, first time.Time, conflict string, c *TextCache) otherTold {
	for _, i := range newestFirst(ms) {
		an := &ms[i].Analysis
		if !an.IsRelevant() {
			continue
		}
		for _, cat := range []news.Category{news.Talks, news.Ceasefire, news.Humanitarian} {
			for _, e := range an.Evidence[cat] {
				ws := lang.Words(e)
				if !lang.TellsStateChange(ws) || !analyze.PastLead(ms[i].Article.Text, e) || !namesDay(e) ||
					strings.Count(e, `"`)%2 != 0 || lang.CreditsOutlet(ws) || analyze.PointsBack(e) ||
					dayBefore(e, &ms[i], first) || cat == news.Talks && otherWar(e, conflict) {
					continue
				}
				p := elsewhere(e, ms)
				if p == "" {
					continue
				}
				if cand := c.evidence(e, ms[i].Article.Title, ms[i].source()); cand != nil {
					return otherTold{cand.text, e, p, i}
				}
			}
		}
	}
	return otherTold{from: -1}
}

// otherTold is an event of another town a report also tells: the cleaned
// sentence, the sentence as the report has it, the town, and the member it
// is from.
type otherTold struct {
	text, sentence, place string
	from                  int
}

// sentenceDay is the day sentence e of member m tells: the weekday it
// names counted back from the report's dateline (else its publication
// day), as dayBefore counts; the report's day when it names none.
func sentenceDay(e string, m *Member) time.Time {
	ref, err := time.Parse(time.DateOnly, m.Analysis.Dateline)
	if err != nil {
		ref = dayOf(m.published())
	}
	for _, w := range lang.Words(e) {
		if wd, ok := lang.Weekday(w); ok {
			return ref.AddDate(0, 0, -((int(ref.Weekday()) - int(wd) + 7) % 7))
		}
	}
	return ref
}

// newestFirst returns the indexes of ms, the newest report first: by event
// day (Analysis.EventDate, an undated report counted by its publication
// day), then by publication. Reports that tell a state at different times
// (an evacuation halted, then resumed) disagree; the newest tells where it
// stands.
func newestFirst(ms []Member) []int {
	idx := make([]int, len(ms))
	day := make([]time.Time, len(ms))
	for i := range ms {
		idx[i] = i
		d, err := time.Parse(time.DateOnly, ms[i].Analysis.EventDate)
		if err != nil {
			d = dayOf(ms[i].published())
		}
		day[i] = d
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if c := day[b].Compare(day[a]); c != 0 {
			return c
		}
		return ms[b].published().Compare(ms[a].published())
	})
	return idx
}

// newerState returns development d as the newest report tells it: when d
// tells a process halted (lang.TellsHalt: "the evacuation deal halted")
// and a report newer than d's (newestFirst) tells the same process went on
// again (lang.TellsResumption, sharing a word stem of d: "the evacuation
// resumed after the bombing"), the newer sentence, cleaned as evidence is,
// or none when it cannot be shown — a state the story's later reports
// overturned is not where the story stands. d's own report counts too:
// one that tells the UN resumed its convoys "after a 48-hour suspension"
// and, further down, that "the UN suspended land deliveries after the
// convoy attack" tells them resumed. Else d. The index returned is that
// of the report the sentence returned is from. The analysis read each
// report's sentences for a resumption once (news.Analysis.Resumed).
func newerState(d string, from int, ms []Member, c *TextCache) (string, int) {
	if d == "" || !lang.TellsHalt(lang.Words(d)) {
		return d, from
	}
	for _, i := range newestFirst(ms) {
		m := &ms[i]
		for _, s := range m.Analysis.Resumed {
			if !sharesStem(lang.Words(s), lang.Words(d)) {
				continue
			}
			if cand := c.evidence(s, m.Article.Title, m.source()); cand != nil {
				return cand.text, i
			}
			return "", -1
		}
		if i == from {
			return d, from // no newer report overturns it, nor d's own
		}
	}
	return d, from
}

// stemLen is how many letters of a word stand for its stem
// ("evacuate", "evacuation", "evacuees" share "evacua"). Not lang.Stem: a
// light stemmer keeps a verb apart from its nouns ("evacuate", "evacuation"),
// and the resumption must meet the act it resumes whichever of them each
// sentence uses.
const stemLen = 6

// sharesStem reports whether two sentences share a word of stemLen letters
// or more by its first stemLen letters, function words aside.
func sharesStem(a, b []string) bool {
	stems := map[string]bool{}
	for _, w := range a {
		if len(w) >= stemLen && !lang.IsStop(strings.ToLower(w), lang.Function) {
			stems[strings.ToLower(w[:stemLen])] = true
		}
	}
	for _, w := range b {
		if len(w) >= stemLen && stems[strings.ToLower(w[:stemLen])] && !lang.IsStop(strings.ToLower(w), lang.Function) {
			return true
		}
	}
	return false
}

// dayBefore reports whether the weekday sentence e of member m names falls
// before day first: counted back from the report's dateline (else its
// publication day) to the latest such weekday, as news dates an event of
// its week. False when e names no weekday or first is unknown.
func dayBefore(e string, m *Member, first time.Time) bool {
	if first.IsZero() {
		return false
	}
	ref, err := time.Parse(time.DateOnly, m.Analysis.Dateline)
	if err != nil {
		ref = dayOf(m.published())
	}
	return analyze.WeekdayBefore(e, ref, first)
}

// elsewhere returns the other place sentence e tells of, "" when none: a
// town or district that the members' analyses found (news.Entity) but none
// of them leads with, when e names none that one leads with — the
// evacuation of a district of Homs in a report of air strikes on Aleppo is
// another event than the story's, and no development of it. Countries do not
// count: a report's lead names them as often as its background. Of several
// such places, the one the members name most.
func elsewhere(e string, ms []Member) string {
	lead := map[string]bool{}
	for i := range ms {
		for _, p := range ms[i].Analysis.Places {
			if p.Lead {
				lead[p.Name] = true
			}
		}
	}
	other, most := "", 0
	for i := range ms {
		for _, p := range ms[i].Analysis.Places {
			if p.Kind == "country" || !namesPlace(e, p.Name) {
				continue
			}
			if lead[p.Name] {
				return ""
			}
			if other == "" || p.Count > most {
				other, most = p.Name, p.Count
			}
		}
	}
	return other
}

// otherWar reports whether sentence e names a war of the gazetteer
// (analyze.ConflictsNamed) and none is the story's conflict; false when
// the story's conflict is unknown or e names no war.
func otherWar(e, conflict string) bool {
	named := analyze.ConflictsNamed(e)
	return conflict != "" && len(named) > 0 && !slices.Contains(named, conflict)
}

// namesPlace reports whether sentence e holds the name as a whole word.
func namesPlace(e, name string) bool {
	for i := 0; ; {
		j := strings.Index(e[i:], name)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(name)
		if (a == 0 || !wordByte(e[a-1])) && (b == len(e) || !wordByte(e[b])) {
			return true
		}
		i = b
	}
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// namesDay reports whether a sentence names a weekday, as news dates an
// event of its week ("on Thursday around 120 fighters were evacuated"); a
// month dates history or background as often ("the truce that came into
// force on September 12", "early in September the two powers reached a
// framework"), and does not count; nor does a sentence that names a year,
// which a retrospective dates its history by ("on Tuesday April 29 2014
// the OPCW announced").
func namesDay(e string) bool {
	day := false
	for _, w := range lang.Words(e) {
		if lang.IsYear(w) {
			return false
		}
		if _, ok := lang.Weekday(w); ok {
			day = true
		}
	}
	return day
}

// talksOfTheDay reports whether e, evidence of category cat, is a talks
// statement of the report's own day though it names no day
// (lang.TellsStatementOfTheDay): diplomacy is told by what was said ("the
// envoy said the truce was not over"), seldom with a weekday, and a week's
// talks beside the attack its reports lead with reach no item without it.
func talksOfTheDay(cat news.Category, e string) bool {
	return cat == news.Talks && lang.TellsStatementOfTheDay(lang.WordsAsWritten(e))
}

// ownEventReports returns the members (and their texts) that may head the
// story: those that report its own event, not a reaction to it (see
// news.TitleReaction) — a foreign minister's verdict on an attack does not head
// the attack's story when a report of the attack is there to, nor does a
// report of what followed it (news.TitleSequel: "forces bombard suburbs after
// gas attack"). A story of reactions or sequels only (talks, a vote) is
// headed by one of them.
func ownEventReports(ms []Member, texts []*memberText) ([]Member, []*memberText) {
	var om []Member
	var ot []*memberText
	for i := range ms {
		if !ms[i].Analysis.TitleMarks.Has(news.TitleReaction) {
			om, ot = append(om, ms[i]), append(ot, texts[i])
		}
	}
	if len(om) == 0 {
		return ms, texts
	}
	var em []Member
	var et []*memberText
	for i := range om {
		if !om[i].Analysis.TitleMarks.Has(news.TitleSequel) {
			em, et = append(em, om[i]), append(et, ot[i])
		}
	}
	if len(em) > 0 {
		return em, et
	}
	return om, ot
}

// diplomacyReports returns the members of a talks story whose titles tell
// no toll or victims (news.TitleEvent), when there are some: the headline of
// a report whose news is the session or the call ("Security Council seeks
// clarity on ...") heads it, not that of a report that gives the attack's
// toll beside it ("Gas kills hundreds, Security Council meets"), whose
// toll is the attack's story's. Of those, the reports whose titles tell a
// decision (analyze.StatesDecision: "Russia vetoes UN draft") head it when
// there are some.
func diplomacyReports(ms []Member, texts []*memberText) ([]Member, []*memberText) {
	var om []Member
	var ot []*memberText
	for i := range ms {
		if !ms[i].Analysis.TitleMarks.Has(news.TitleEvent) {
			om, ot = append(om, ms[i]), append(ot, texts[i])
		}
	}
	if len(om) == 0 {
		return ms, texts
	}
	var dm []Member
	var dt []*memberText
	for i := range om {
		if analyze.StatesDecision(strings.ToLower(om[i].Article.Title)) {
			dm, dt = append(dm, om[i]), append(dt, ot[i])
		}
	}
	if len(dm) > 0 {
		// A decision (a veto, a resolution adopted) is the talks'
		// news: it heads the story, not a report of the finding or
		// the speeches it came to (issue 13, 2017: the sarin
		// finding headed the UN veto's item).
		return dm, dt
	}
	return om, ot
}

// allReactions reports whether every member is a reaction to an event
// (news.TitleReaction) or a report of the Security Council's meeting on it
// (news.Analysis.CouncilMeets), rather than a report of the event.
func allReactions(ms []Member) bool {
	for i := range ms {
		m := &ms[i]
		if !m.Analysis.TitleMarks.Has(news.TitleReaction) && !m.Analysis.CouncilMeets {
			return false
		}
	}
	return true
}

// eventDays returns the first and last event day the relevant members'
// analyses give (zero when none gives one). A member dated only by its day
// of writing (dateline, publication: the event was then or before) whose
// count of the main event names that event's weekday ("news of the
// massacre surfaced on Wednesday ... killing between 1000 and 1800") is
// dated by that day (countDay) when another member tells that day (the
// story's event; a lone report's appeal stays on its own day): an analysis printed two days after the
// attack, about the attack, is not a day of it (issue 13, 2013: one strike
// on 21 Aug read "21–23 Aug"). A member published more than a day before
// the first day that a report published on or after it tells (a copy its
// feed dated wrong: misdated) gives no day: its days are reckoned from a
// wrong date (issue 13, 2013: TASS's copy dated 15 Aug made the 21 Aug
// attack "21–22 Aug"). A report dated days before the day it tells, with
// no report of that day dated right, is not judged by its own day.
// EventDays returns the first and last day of the members' events as
// Build dates a story of them (news.Story.EventFirst, EventLast), without
// building it: a digest reckons a story's home by them (digest's homeOf).
func EventDays(ms []Member) (first, last time.Time) {
	return eventDays(ms)
}

func eventDays(ms []Member) (first, last time.Time) {
	told := map[time.Time]bool{} // the days the members' words give
	var firstTold time.Time      // the first of them a report dated right tells
	for i := range ms {
		an := &ms[i].Analysis
		if d, err := time.Parse(time.DateOnly, an.EventDate); err == nil && an.IsRelevant() && toldDay(an.EventDateBy) {
			told[d] = true
			if !misdated(&ms[i], d) && (firstTold.IsZero() || d.Before(firstTold)) {
				firstTold = d
			}
		}
	}
	for i := range ms {
		an := &ms[i].Analysis
		d, err := time.Parse(time.DateOnly, an.EventDate)
		if err != nil || !an.IsRelevant() || misdated(&ms[i], firstTold) {
			continue
		}
		if c := countDay(an, d); !toldDay(an.EventDateBy) && told[c] {
			d = c
		}
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	return first, last
}

// misdated reports whether m was published more than a day before
// firstTold, the first event day the story's reports dated right tell: it
// cannot have told that day's events, so its date is wrong.
func misdated(m *Member, firstTold time.Time) bool {
	p := m.published()
	return !firstTold.IsZero() && !p.IsZero() && p.Before(firstTold.AddDate(0, 0, -1))
}

// toldDay reports an event date its article's words give (the title or
// lead names the day, a statement's day, "Tuesday night", a backgrounder's
// latest dated event), not its day of writing (dateline, publication) nor
// an old analysis's ("" for how it was found).
func toldDay(by string) bool {
	switch by {
	case "text", "said", "night", "later":
		return true
	}
	return false
}

// countDay is the day the sentence of an's main count names with "on" and
// a weekday, counted back at most six days from written (its day of
// writing); written when it names none, or when the report recalls an
// earlier event (RecallsDate: a reaction whose count is the recalled
// attack's, dated the day it was written).
func countDay(an *news.Analysis, written time.Time) time.Time {
	k := an.Facts.Killed
	if k == nil || an.RecallsDate != "" || k.Sentence == "" || k.Scope != "" && k.Scope != news.ScopeMain {
		return written
	}
	ws := lang.Words(k.Sentence)
	for i := 1; i < len(ws); i++ {
		if wd, ok := lang.Weekday(ws[i]); ok && ws[i-1] == "on" {
			back := (int(written.Weekday()) - int(wd) + 7) % 7
			return written.AddDate(0, 0, -back)
		}
	}
	return written
}

// textSample bounds the members whose text is read for the headline and
// summary, so a story of hundreds of reports costs what one of two dozen
// does: the first reports (the event as first told) and the latest (its
// state now). Members must be in order of publication.
func textSample(ms []Member) []Member {
	const first, latest = 8, 16
	if len(ms) <= first+latest {
		return ms
	}
	return append(slices.Clone(ms[:first]), ms[len(ms)-latest:]...)
}

// categories returns the categories that at least a third of the relevant
// members carry, the best supported first, ties to the higher summed score:
// one outlet's passing mention does not relabel a story five outlets tell,
// and a story of one article is first what that article is most about,
// except that talks go ahead of humanitarian news that is only the access
// the talks are about (accessOfTalks).
// Members the relevance gate turned away count for nothing: a story of
// them only has no category and enters no digest. A report whose title
// tells of an attack (news.TitleAttack) does not count for talks: the
// diplomacy it also tells of — the Security Council meeting of the day, a
// truce discussed in another capital — is another event than the one it
// reports, and filing the attack under Talks tells the reader the wrong
// event; a story of the diplomacy's own reports (reactions) still is talks,
// and so is a report whose lead recalls the attack from an earlier day
// (RecallsDate: "last week's attack", told at the day's Security Council
// session): its news is the session, not the attack; so is a report told
// from a Security Council session (news.Analysis.SessionLead).
func categories(ms []Member) []news.Category {
	support := map[news.Category]int{}
	score := map[news.Category]float64{}
	relevant := 0
	for i := range ms {
		an := &ms[i].Analysis
		if !an.IsRelevant() {
			continue
		}
		relevant++
		attack := an.TitleMarks.Has(news.TitleAttack) && an.RecallsDate == "" && !an.SessionLead
		for _, c := range an.Categories {
			if c == news.Talks && attack || c == news.Ceasefire && truceAsBackground(&ms[i], ms) {
				continue
			}
			support[c]++
			score[c] += an.Scores[c]
		}
	}
	out := []news.Category{}
	for _, c := range news.Categories {
		if n := support[c]; n > 0 && 3*n >= relevant {
			out = append(out, c)
		}
	}
	talksFirst := accessOfTalks(ms)
	slices.SortStableFunc(out, func(a, b news.Category) int {
		if talksFirst && a == news.Talks && b == news.Humanitarian {
			return -1
		}
		if talksFirst && a == news.Humanitarian && b == news.Talks {
			return 1
		}
		if support[a] != support[b] {
			return support[b] - support[a]
		}
		return cmp.Compare(score[b], score[a])
	})
	return out
}

// accessOfTalks reports a story whose humanitarian news is all access told
// in diplomacy: every relevant member filed humanitarian has access as its
// only humanitarian type and is filed talks too ("the government should
// have granted inspectors unimpeded access"). The access is then what the
// diplomacy is about, not aid reaching people, and the story is talks news
// first whatever the scores (categories): a third of the members carry
// talks whenever a third carry such humanitarian news. A member that tells
// of aid, siege, displacement or any other plight keeps the usual order.
func accessOfTalks(ms []Member) bool {
	found := false
	for i := range ms {
		an := &ms[i].Analysis
		if !an.IsRelevant() || !an.Has(news.Humanitarian) {
			continue
		}
		if !an.Has(news.Talks) || len(an.HumanitarianTypes) != 1 || an.HumanitarianTypes[0] != news.Access {
			return false
		}
		found = true
	}
	return found
}

// humanitarianTypes returns the union of the members' types, the best
// supported first.
func humanitarianTypes(ms []Member) []news.HumanitarianType {
	support := map[news.HumanitarianType]int{}
	for i := range ms {
		for _, h := range ms[i].Analysis.HumanitarianTypes {
			support[h]++
		}
	}
	out := []news.HumanitarianType{}
	for _, h := range news.HumanitarianTypes {
		if support[h] > 0 {
			out = append(out, h)
		}
	}
	slices.SortStableFunc(out, func(a, b news.HumanitarianType) int { return support[b] - support[a] })
	return out
}

// ceasefire returns the latest member's ceasefire state and the state before
// the latest change, walking the members in order of publication. Reports of
// the same time that disagree are not a change: the state before must have
// been reported earlier than the one after it.
func ceasefire(ms []Member) (cur, prev news.CeasefireStatus) {
	var curAt time.Time  // when cur was last reported
	var curDay time.Time // the latest event day of the reports of cur
	for i := range ms {
		st, at := ms[i].Analysis.CeasefireStatus, ms[i].published()
		day := eventDayOf(&ms[i], at)
		switch {
		case st == news.CeasefireNone:
			continue
		case st == cur:
			curAt, curDay = at, laterTime(curDay, day)
			continue
		case cur == news.CeasefireCollapsed && st == news.CeasefireInEffect && !day.After(curDay):
			continue // a report of the days before the collapse, published after it, does not revive the truce
		case cur != news.CeasefireNone && at.After(curAt):
			prev = cur
		}
		cur, curAt, curDay = st, at, day
	}
	return cur, prev
}

// eventDayOf is the day of the event a member tells (its analysis's event
// date), else the day of its publication at.
func eventDayOf(m *Member, at time.Time) time.Time {
	if d, err := time.Parse(time.DateOnly, m.Analysis.EventDate); err == nil {
		return d
	}
	return at.UTC().Truncate(24 * time.Hour)
}

// laterTime returns the later of two times.
func laterTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// mergeEntities merges the members' entities by name: Count becomes the
// number of members that name it, Lead is set when any member names it in
// its lead (the town of the attack that the first report names only further
// down is the lead place of the reports after it), and the most named come
// first.
func mergeEntities(ms []Member, get func(*news.Analysis) []news.Entity) []news.Entity {
	byName := map[string]*news.Entity{}
	var order []string
	for i := range ms {
		seen := map[string]bool{}
		for _, e := range get(&ms[i].Analysis) {
			k := strings.ToLower(e.Name)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			if m, ok := byName[k]; ok {
				m.Count++
				m.Lead = m.Lead || e.Lead
				continue
			}
			e.Count, e.TalksHeld = 1, 0 // the story's own counts: its members, not one report's mentions
			byName[k] = &e
			order = append(order, k)
		}
	}
	out := make([]news.Entity, 0, len(order))
	for _, k := range order {
		out = append(out, *byName[k])
	}
	slices.SortStableFunc(out, func(a, b news.Entity) int { return cmp.Compare(b.Count, a.Count) })
	return out
}

// mergePlaces is the members' places (mergeEntities) in the order a
// digest picks the story's place from: most members first; among places as
// many members name, the one their reports name more often; among places
// named as often, a town (or a site) before a city or a region. A report
// of "strikes on the city of Manbij in Aleppo Province" under a headline
// "... killed in Aleppo", which goes on to another event in Aleppo city,
// names each three times: the town is where its event was, the city is
// named for the province and for the other event.
func mergePlaces(ms []Member) []news.Entity {
	out := mergeEntities(ms, func(an *news.Analysis) []news.Entity { return an.Places })
	mentions := map[string]int{}
	for i := range ms {
		for _, e := range ms[i].Analysis.Places {
			mentions[strings.ToLower(e.Name)] += max(e.Count, 1)
		}
	}
	slices.SortStableFunc(out, func(a, b news.Entity) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		if c := cmp.Compare(mentions[strings.ToLower(b.Name)], mentions[strings.ToLower(a.Name)]); c != 0 {
			return c
		}
		return cmp.Compare(b2i(!townKinds[a.Kind]), b2i(!townKinds[b.Kind]))
	})
	return out
}

// townKinds are the kinds of place an event happens in rather than
// around (mergePlaces).
var townKinds = lang.PlaceWords(lang.TownKind)

// Reports returns for each member the index of the first member that
// is, from the same outlet, a copy of the same report (news.Opening), its
// own index when none before it is: members with one index are one report.
func Reports(ms []Member) []int {
	type outletTitle struct{ outlet, title string }
	rep := make([]int, len(ms))
	openings := make([]news.Opening, len(ms))
	byTitle := map[outletTitle][]int{}
	for i := range ms {
		openings[i] = news.OpeningOf(ms[i].Article.Title, ms[i].Article.Text)
		k := outletTitle{ms[i].source(), openings[i].Title()}
		rep[i] = i
		for _, j := range byTitle[k] {
			if openings[j].Copies(openings[i]) {
				rep[i] = j
				break
			}
		}
		if rep[i] == i {
			byTitle[k] = append(byTitle[k], i)
		}
	}
	return rep
}

// sources lists the members, newest first, each report once: of copies of
// one report from one outlet (Reports: a feed that gave the item again
// under another date or link), the first published that is not dated
// before the events the story tells (misdated, by first), else the last.
// A copy is no second report: the digest counts reports and sources by
// this list.
func sources(ms []Member, first time.Time) []news.StorySource {
	listed := listedReports(ms, first)
	out := make([]news.StorySource, 0, len(ms))
	for i := len(ms) - 1; i >= 0; i-- {
		if listed[i] != i {
			continue
		}
		a := &ms[i].Article
		url := a.URL
		if a.CanonicalURL != "" {
			url = a.CanonicalURL
		}
		out = append(out, news.StorySource{ArticleID: a.ID, ExternalID: a.ExternalID, Title: a.Title,
			SourceName: ms[i].source(), URL: url, Published: ms[i].published(), Written: news.WrittenOn(&ms[i].Analysis),
			Ceasefire: ms[i].Analysis.CeasefireStatus})
	}
	return out
}

// listedReports returns for each member the member that sources lists for
// its report (Reports): of copies of one report from one outlet, the first
// published that is not dated before the events (first), else the last.
// A copy's figure is cited to that member, so that every count of an item
// cites a report among its sources (issue 13, 0704 window: a feed's
// misdated copy, not listed, was the article a toll cited).
func listedReports(ms []Member, first time.Time) []int {
	rep := Reports(ms)
	kept := map[int]int{} // a report's first member: the member listed
	for i := range ms {   // oldest first
		if j, ok := kept[rep[i]]; !ok || misdated(&ms[j], first) {
			kept[rep[i]] = i
		}
	}
	out := make([]int, len(ms))
	for i := range ms {
		out[i] = kept[rep[i]]
	}
	return out
}
