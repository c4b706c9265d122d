package story

import (
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// A ceasefire's change of status (a truce declared over, one taking
// effect, one broken) is one event of the conflict, however its reports
// word it: one outlet leads with the army's statement, another with the
// envoys' talks that failed, and they share too few words to score as one.
// Two reports that tell the same change as their own news are linked: the
// analysis carries the same ceasefire change for both (news.Analysis.
// Changes: the headline or the lead tells it as news, not as background),
// most of their lead places and actors belong to one conflict, their event
// days are at most DayReach apart, the later naming no later day of its
// own (a truce broken again "on Tuesday" is Tuesday's change: daily reports
// of a truce holding or broken do not chain into a story of weeks), and
// their titles name no two different places below country level (a truce
// taking effect in one besieged town is not one taking effect in another).
//
// A report whose own news is another event that mentions the change (an
// offensive repelled with its toll, an aid convoy hit "after the army
// declared the truce over") is no report of the change (truceNews): its
// title tells of the event's toll or victims, or of an attack or fighting
// while the change is told only in its lead. It joins the change's reports
// only by its score, less kindPenalty, as one dated event per story asks.

// truceKey returns the key of a report that tells a ceasefire's change as
// its own news, in the conflict of most of its lead places and actors (0
// when it tells none or they name no conflict: "Syrian army declares truce
// over" names Syria's army, not Syria), and a bit per key of keys (the
// lead's places below country level, placeKeys) whose place its title
// names.
func truceKey(it *Item, places []news.Entity, keys []uint64) (key, titled uint64) {
	c := truceNews(it.Title, it.TitleMarks, it.Changes)
	conflict := conflictOf(slices.Concat(places, leadPlaces(it.Actors)))
	if c == "" || conflict == "" {
		return 0, 0
	}
	title := strings.ToLower(it.Title)
	for _, p := range places {
		if p.Kind == "country" || p.Name == "" || !strings.Contains(title, strings.ToLower(p.Name)) {
			continue
		}
		if i := slices.Index(keys, keyHash("p", strings.ToLower(p.Name))); i >= 0 && i < 64 {
			titled |= 1 << i
		}
	}
	return keyHash("c", conflict+" "+string(c)) | 1, titled // | 1: never 0
}

// truceKeys returns the index keys of the doc's truce key: none or one.
func (d *doc) truceKeys() []uint64 {
	if d.truce == 0 {
		return nil
	}
	return []uint64{d.truce}
}

// truceNews returns the ceasefire change a report tells as its own news, or
// "": a change its analysis carries, when its title tells of no toll or
// victims (news.TitleEvent) and either tells the change itself or tells of no
// attack or fighting (news.TitleAct), the change then told by its lead.
func truceNews(title string, marks news.TitleMarks, changes []news.StateChange) news.Change {
	if marks.Has(news.TitleEvent) {
		return ""
	}
	for _, c := range changes {
		if c.Change.Category() != news.Ceasefire {
			continue
		}
		if strings.TrimSpace(c.Sentence) == strings.TrimSpace(title) || !marks.Has(news.TitleAct) {
			return c.Change
		}
	}
	return ""
}

// conflictOf returns the conflict most of the places belong to, by how
// often each is named, ties by code; "" when none names one.
func conflictOf(places []news.Entity) string {
	weight := map[string]int{}
	for _, p := range places {
		if p.Conflict != "" {
			weight[p.Conflict] += max(p.Count, 1)
		}
	}
	best := ""
	for c, w := range weight {
		if w > weight[best] || w == weight[best] && c < best {
			best = c
		}
	}
	return best
}

// sameTruce reports whether two reports tell the same ceasefire's change of
// status (see above); the caller checks their days.
func sameTruce(a, b *doc) bool {
	if a.day == NoDay || a.truce == 0 || a.truce != b.truce {
		return false
	}
	return a.titled == 0 || b.titled == 0 || titleShares(a, b)
}

// truceAndEvent reports whether t tells a ceasefire's change as its news and
// e, which tells none, an attack, fighting or a toll of its own: e's lead
// often dates its event by the change in the change's words, which the
// score would take for a report of it.
func truceAndEvent(t, e *doc) bool {
	return t.truce != 0 && e.truce == 0 && (e.event || e.act)
}

// titleShares reports whether the titles of two reports name a place in
// common (their titled bits).
func titleShares(a, b *doc) bool {
	for i, k := range a.places[:min(len(a.places), 64)] {
		if a.titled&(1<<i) == 0 {
			continue
		}
		if j := slices.Index(b.places, k); j >= 0 && j < 64 && b.titled&(1<<j) != 0 {
			return true
		}
	}
	return false
}

// truceAsBackground reports a report of an event of its own (it carries
// another category beside Ceasefire) whose every ceasefire sentence (its
// analysis's evidence) tells the truce as background, not as the story's
// news: another town's event, which a report strings on after its own
// ("In the same context ... in <another town>, in a new breach of the
// truce": elsewhere); or one its analysis read as background of its own
// (news.Analysis.TruceBackground: another outlet's report of an earlier
// day, a running count since a date, a sentence that carries the one
// before it on) — not a truce announced on an earlier day, whose state is
// the news. Its truce sentences do not file the story under Ceasefire: it
// is told by its event. A truce named by its month ("another violation of
// the truce agreed in February") is no background: the violation is the
// day's.
func truceAsBackground(m *Member, ms []Member) bool {
	an := &m.Analysis
	ev := an.Evidence[news.Ceasefire]
	if len(ev) == 0 || len(an.Categories) < 2 {
		return false
	}
	for _, e := range ev {
		if !slices.Contains(an.TruceBackground, e) && elsewhere(e, ms) == "" {
			return false
		}
	}
	return true
}
