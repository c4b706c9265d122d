package digest

import (
	"math"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// reactionGap is how far below the attack it reacts to a talks story is
// placed: just below, above what ranked below the attack.
const reactionGap = 0.01

// reactionDays is how many days before a talks story's first an attack it
// reacts to may begin and still be the latest it meets on.
const reactionDays = 2

// rankReactions places each talks story that reacts to an attack of the
// same digest just below that attack: a Council session or a capital's
// call about a gas attack is news because of the attack, and must not
// outrank it. The attack is the weightiest of the period's attacks of its
// place that began on or before the talks' first day, and not more than
// reactionDays before it when there is such an attack (the Council meets
// on the latest bombing of a city, not the convoy hit a week before it,
// though that weighs more). A talks story reacts to an attack when it is of the same
// place and its events begin on the attack's first day or after; an
// attack is a story of violence or a crisis whose killed toll is a key
// one (keyToll or more). A talks story that reports a change of state
// (talks opened, suspended) is news of its own and keeps its score.
func rankReactions(items []Item) {
	for i := range items {
		t := &items[i]
		if t.Section != news.Talks || t.Change != "" || t.Place == "" {
			continue
		}
		// The attack it reacts to is the weightiest of those it may
		// react to: a session on a city's bombing ranks below the
		// bombing's largest toll, not below each small strike. Of the
		// attacks of the days just before it (reactionDays), if any: a
		// session meets on the latest escalation, not on an attack of a
		// week before that weighs more.
		var top, recent *Item
		for j := range items {
			a := &items[j]
			if i == j || !isAttack(a) || !strings.EqualFold(a.Place, t.Place) || firstDay(t).Before(firstDay(a)) {
				continue
			}
			if top == nil || a.Score > top.Score {
				top = a
			}
			if !firstDay(a).Before(firstDay(t).AddDate(0, 0, -reactionDays)) && (recent == nil || a.Score > recent.Score) {
				recent = a
			}
		}
		if recent != nil {
			top = recent
		}
		if top == nil {
			continue
		}
		if below := top.Score - reactionGap; t.Score > below {
			t.Score = math.Round(below*100) / 100
			t.reactsTo = top.Score
		}
	}
}

// isAttack reports a story of violence or a crisis (not talks) whose
// killed toll is keyToll or more.
func isAttack(it *Item) bool {
	if it.Section == news.Talks || !it.reportsHarm() || it.smallToll() {
		return false
	}
	f := mainFigure(it)
	return f != nil && f.Kind == news.FigureKilled
}

// firstDay is the first day of the story's events, else of its reports.
func firstDay(it *Item) time.Time {
	t := it.FirstSeen
	if it.Events != nil {
		t = it.Events.First
	}
	return t.UTC().Truncate(24 * time.Hour)
}
