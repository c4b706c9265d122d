package digest

import (
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// ceasefireRank orders ceasefire states from worst to best, for the direction
// of a change.
var ceasefireRank = map[news.CeasefireStatus]int{
	news.CeasefireCollapsed: 0,
	news.CeasefireViolated:  1,
	news.CeasefireNone:      2,
	news.CeasefireProposed:  3,
	news.CeasefireInEffect:  4,
}

var ceasefireWords = map[news.CeasefireStatus]string{
	news.CeasefireProposed:  "ceasefire proposed",
	news.CeasefireInEffect:  "ceasefire declared",
	news.CeasefireViolated:  "ceasefire violated",
	news.CeasefireCollapsed: "ceasefire collapsed",
}

// Phrases that mark a change in talks or a siege, looked for in a story's
// headline and summary. They are the verbs a headline uses for the change.
var (
	talksOpened = []string{"talks open", "talks opened", "talks begin", "talks began", "talks start",
		"talks started", "talks resume", "talks resumed", "resume talks", "resumed talks", "open talks",
		"opened talks", "launch talks", "launched talks", "new round of talks", "talks kick off", "agree to talks", "agreed to talks"}
	talksBroken = []string{"talks collapse", "talks collapsed", "talks break down", "talks broke down",
		"broke off talks", "break off talks", "broken off", "talks suspended", "suspend talks", "suspended talks",
		"walk out of talks", "walked out of talks", "pull out of talks", "pulled out of talks", "talks stall",
		"talks stalled", "talks postponed", "postpone talks", "postponed talks", "talks fail", "talks failed"}
	siegeLifted = []string{"siege lifted", "lifted the siege", "lift the siege", "lifts siege", "siege broken", "broke the siege", "end of the siege", "siege ended", "siege is over"}
	// Not "besieged" or "under siege": they describe a siege in place
	// ("evacuees from besieged towns"), not one imposed.
	siegeImposed = []string{"siege imposed", "imposed a siege", "impose a siege", "imposes siege", "tighten siege",
		"tightens siege", "tightened the siege", "tighten the siege", "laid siege", "lay siege", "lays siege", "encircled"}
)

// stateChange returns the story's change of state, the direction of it and
// the category it belongs to; "" when the story reports none. A ceasefire
// state that stayed the same is reported as Unchanged with no change. A
// ceasefire state is a change only when the story saw it change (its
// PrevCeasefireStatus) or its headline or lead reports the change as news:
// "Deadly convoy attack" told while a truce is in effect reports no truce.
func stateChange(s *news.Story) (change string, dir Direction, cat news.Category) {
	text := strings.ToLower(s.Headline + " " + firstSentences(s.Summary, 1))
	if st := s.CeasefireStatus; st != news.CeasefireNone {
		switch {
		case st == s.PrevCeasefireStatus:
			return "", Unchanged, ""
		case s.PrevCeasefireStatus == news.CeasefireNone && !reportsCeasefire(text, st):
			return "", "", "" // a state the story was told in, not a change it reports
		}
		return ceasefireWords[st], ceasefireDirection(s.PrevCeasefireStatus, st), news.Ceasefire
	}
	switch {
	case has(s.Categories, news.Talks) && containsAny(text, talksBroken):
		return "talks broken off", Worse, news.Talks
	case has(s.Categories, news.Talks) && containsAny(text, talksOpened):
		return "talks opened", Better, news.Talks
	case has(s.Categories, news.Humanitarian) && containsAny(text, siegeLifted):
		return "siege lifted", Better, news.Humanitarian
	case has(s.Categories, news.Humanitarian) && strings.Contains(text, "siege") && containsAny(text, siegeImposed):
		return "siege imposed", Worse, news.Humanitarian
	}
	return "", "", ""
}

// ceasefireDirection is the direction of a change from prev to st: a truce
// violated or collapsed is always for the worse (even after an earlier
// collapse: fighting is reported), any other by the order of the states.
func ceasefireDirection(prev, st news.CeasefireStatus) Direction {
	if st == news.CeasefireViolated || st == news.CeasefireCollapsed {
		return Worse
	}
	return compare(ceasefireRank[prev], ceasefireRank[st])
}

func compare(before, after int) Direction {
	switch {
	case after > before:
		return Better
	case after < before:
		return Worse
	}
	return Unchanged
}

func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// figureOrder is the order key figures are shown in.
var figureOrder = []string{"killed", "injured", "displaced", "evacuated"}

func itemFigures(figs []news.StoryFigure) []ItemFigure {
	out := []ItemFigure{}
	for _, kind := range figureOrder {
		for _, f := range figs {
			if f.Kind == kind {
				out = append(out, newItemFigure(f))
			}
		}
	}
	for _, f := range figs { // kinds this package does not know, after the known ones
		if !hasString(figureOrder, f.Kind) {
			out = append(out, newItemFigure(f))
		}
	}
	return out
}

func hasString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func newItemFigure(f news.StoryFigure) ItemFigure {
	latest := f.Latest
	if latest.Value == 0 {
		latest = f.High
	}
	return ItemFigure{
		Kind: f.Kind, Text: story.FormatFigure(f), Value: max(latest.Value, f.High.Value),
		Qualifier: latest.Qualifier, By: f.By, AsOf: f.AsOf.UTC(), Lines: story.FormatLines(f),
	}
}

// FormatDate renders a day as "5 Apr 2017", in UTC.
func FormatDate(t time.Time) string { return t.UTC().Format("2 Jan 2006") }
