package story

import (
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// A story of reactions to one event (calls for the inspectors' access, a
// minister's word that they will get it) is one story by the labels' and
// the links' measure: the reactions are about one thing, and they arrive
// over days. A reader counts each of them as an act of its own — another
// government on another day — and one item that tells them as one summary
// is a false merge to that reader. So the story stays one (its membership,
// its id, what a subscription was told of it), and Build carries its
// separate acts, each with its day, its sentence and its reports, for the
// digest to show apart.

// maxActs bounds the acts an item shows: the latest of them.
const maxActs = 4

// acts returns the separate acts of a story of reactions, oldest first:
// its talks reports grouped by the day of the act each tells (actDay) and,
// within a day, by what they tell (sameAct: copies of one statement are one
// act, two governments' statements of one day two), each act told by its
// first report (the sentence of its lead that earned it talks). Nil when
// the reports tell the acts of fewer than two days: then the summary tells
// them.
func acts(ms []Member, c *TextCache) []news.StoryAct {
	var out []news.StoryAct
	var words []map[string]bool // each act's sentence's content words
	days := map[time.Time]bool{}
	for i := range ms {
		m := &ms[i]
		if !m.Analysis.IsRelevant() || !m.Analysis.Has(news.Talks) {
			continue
		}
		text := actSentence(m, c)
		day := actDay(m, text)
		if day.IsZero() {
			continue
		}
		days[day] = true
		ws := actWords(text)
		j := slices.IndexFunc(out, func(a news.StoryAct) bool { return a.Day.Equal(day) })
		for j >= 0 && !sameAct(words[j], ws) {
			k := slices.IndexFunc(out[j+1:], func(a news.StoryAct) bool { return a.Day.Equal(day) })
			if k < 0 {
				j = -1
				break
			}
			j += 1 + k
		}
		if j < 0 {
			j = len(out)
			out = append(out, news.StoryAct{Day: day, Text: text, Headline: c.text(m).head})
			words = append(words, ws)
		}
		a := &out[j]
		a.ArticleIDs = append(a.ArticleIDs, articleRef(&m.Article))
		if src := m.source(); !slices.Contains(a.Sources, src) {
			a.Sources = append(a.Sources, src)
		}
	}
	if len(days) < 2 {
		return nil // one day's acts: the summary tells them
	}
	slices.SortStableFunc(out, func(a, b news.StoryAct) int { return a.Day.Compare(b.Day) })
	return out[max(0, len(out)-maxActs):]
}

// actSentence returns the sentence that tells a report's act, cleaned as
// the summary's evidence is (no dateline): the first talks evidence of its
// lead's text (the title's evidence tells no day), else any of its talks
// evidence; else its title.
func actSentence(m *Member, c *TextCache) string {
	ev := m.Analysis.Evidence[news.Talks]
	for _, lead := range []bool{true, false} {
		for _, e := range ev {
			if lead && (!strings.Contains(m.Article.Text, e) || analyze.PastLead(m.Article.Text, e)) {
				continue // the title, or a paragraph past the lead
			}
			if cand := c.evidence(e, m.Article.Title, m.source()); cand != nil {
				return cand.text
			}
		}
	}
	return m.Article.Title
}

// actDay is the day of the act sentence e tells: the weekday it names,
// counted back from the day the report was written (its dateline, else its
// publication) within the week ("told ... in a call on Saturday" in a
// report of Sunday: Saturday); else the day the report was written — a
// reaction is news on the day it is made, while the report's event day is
// often the attack it reacts to. Zero when unknown.
func actDay(m *Member, e string) time.Time {
	ref := dayOf(m.Written())
	if ref.IsZero() {
		return ref
	}
	for _, w := range lang.Words(e) {
		if lang.IsYear(w) {
			break // a history's date, not the act's
		}
		if wd, ok := lang.Weekday(w); ok {
			return ref.AddDate(0, 0, -((int(ref.Weekday()) - int(wd) + 7) % 7))
		}
	}
	return ref
}

// actWords are the content words of an act's sentence: not function words
// nor verbs of saying, nor the names of days.
func actWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range lang.Words(s) {
		if !lang.IsStop(w, lang.Function|lang.Reporting|lang.Calendar) {
			out[w] = true
		}
	}
	return out
}

// sameAct reports whether two act sentences of one day tell one act: half
// the words of the shorter are in the other (an outlet's copy of a wire
// sentence keeps most of its words; another government's statement about
// the same access shares its topic, not its speaker and its words).
func sameAct(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return 2*n >= len(a)
}
