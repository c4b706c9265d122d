package digest

import (
	"math"
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// The Security Council's session on an attack is diplomacy of the period,
// a Talks item, even when no report of the period is about it: the
// attack's own reports tell it in a paragraph of their own ("the Security
// Council is expected to hold a meeting on Wednesday", "France called for
// an emergency U.N. Security Council meeting about Tuesday's attack"),
// which the attack's story carries as its development (story.Build), and
// under the attack's item the reader finds no Talks heading for the
// week's diplomacy (issue 13, 0403 window: the Khan Shaykhun attack's
// session). So an attack item whose development tells the Council's
// meeting (lang.CouncilMeeting: held, expected or called for) gives it a
// Talks item of its own, shown right below the attack in rank, with the
// development's report (one of the attack's) as its source:
// the session's item (Item.SessionOf), part of the attack's story, not a
// story of its own — it counts no story, report or key line, and a
// subscription is told the story once. In a period that tells the
// attack's story since an earlier one (Item.Began), the session is that
// story's development too, and says so: a day's digest of the attack's
// second day told the story in full once more under Talks (issue 13, 0403
// window, one-day digests). An item of the digest that is the
// Council's own story of that place tells the session already (its echo
// was dropped from the attack's item, dropEchoes), and none is made.

// councilSessions moves each attack item's Council session out of its
// "Also reported" line into a Talks item of its own, and returns items
// with those items right after their attacks. items are in rank order.
func councilSessions(items []Item) []Item {
	var out []Item
	for i := range items {
		out = append(out, items[i])
		a := &out[len(out)-1]
		s, ok := sessionItem(a, items)
		if !ok {
			continue
		}
		a.Development, a.DevelopmentSource = "", ""
		out = append(out, s)
	}
	return out
}

// sessionItem returns the Talks item of the Council session a's
// development tells, false when a is no attack, its development tells no
// Council meeting, its report is none of a's, or an item of the
// digest is the Council's own story of a's place.
func sessionItem(a *Item, items []Item) (Item, bool) {
	stage := lang.CouncilMeeting(a.Development)
	if stage == lang.NoCouncil || a.developmentArticle == "" || a.Track != 0 || !isAttack(a) {
		return Item{}, false
	}
	for j := range items {
		if o := &items[j]; o.council && o.Section == news.Talks && strings.EqualFold(o.Place, a.Place) {
			return Item{}, false
		}
	}
	var srcs []ItemSource
	for _, src := range a.Sources {
		if src.ArticleID == a.developmentArticle && src.Outlet() == a.DevelopmentSource {
			srcs = append(srcs, src)
		}
	}
	if len(srcs) == 0 {
		return Item{}, false
	}
	s := Item{
		StoryID:    a.StoryID,
		SessionOf:  a.StoryID,
		Headline:   sessionHeadline(stage, a.Development, a.Place),
		Summary:    a.Development,
		Section:    news.Talks,
		Categories: []news.Category{news.Talks},
		Figures:    []ItemFigure{},
		Sources:    srcs,
		Place:      a.Place,
		Conflict:   a.Conflict,
		council:    stage == lang.CouncilHeld || !councilCalledFor(a.Development),
		primary:    news.Talks,
		Earlier:    a.Earlier,
		Began:      a.Began,
		places:     a.places,
		reactsTo:   a.Score,
		Score:      math.Round((a.Score-reactionGap)*100) / 100,
	}
	s.FirstSeen, s.LastSeen = srcs[0].Published, srcs[0].Published
	for _, src := range srcs {
		if src.Published.Before(s.FirstSeen) {
			s.FirstSeen = src.Published
		}
		if src.Published.After(s.LastSeen) {
			s.LastSeen = src.Published
		}
		if src.Earlier {
			s.EarlierReports++
		}
	}
	s.SourceCount = countOutlets(srcs)
	return s, true
}

// sessionHeadline names the session by its stage and the attack's place:
// "Security Council meets on the Khan Shaykhun attack", "... to meet on
// ...", "Call for a Security Council meeting on ...". The words are the
// digest's own, as a key line's are: no report's title tells the session.
func sessionHeadline(stage lang.CouncilStage, development, place string) string {
	on := "the attack"
	if place != "" {
		on = "the " + place + " attack"
	}
	switch {
	case stage == lang.CouncilHeld:
		return "Security Council meets on " + on
	case councilCalledFor(development):
		return "Call for a Security Council meeting on " + on
	}
	return "Security Council to meet on " + on
}

// storyItems returns the items that stand for stories of their own:
// all but the sessions told by an attack's reports (Item.SessionOf).
func storyItems(items []Item) []Item {
	if !slices.ContainsFunc(items, func(it Item) bool { return it.SessionOf != 0 }) {
		return items
	}
	return slices.DeleteFunc(slices.Clone(items), func(it Item) bool { return it.SessionOf != 0 })
}
