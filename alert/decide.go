// Package alert decides when a channel is told at once that a story it
// follows changed state (a truce collapsed, talks opened, a siege lifted)
// or that its death toll crossed a threshold two independent originators
// report, and delivers each alert exactly once through an outbox. What
// changed is what the analysis decided and the story carries
// (news.Story.Changes, its running tolls); nothing is read again here.
package alert

import (
	"slices"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// Alert is one thing a rule fires for: a story's change of state, or its
// toll crossing the rule's threshold.
type Alert struct {
	Key   news.AlertKey
	Story news.Story
	// Change is the change of state; "" for a toll alert.
	Change news.StoryChange
	// Toll is set for a toll alert: the threshold and each originator's
	// figure at or above it.
	Toll *Toll
	// Reports are the new articles that report it (its sources to link).
	Reports []news.StorySource
	// ByState is set for a ceasefire alert learnt from the state the
	// story reached (its reports' CeasefireStatus) rather than from a
	// change their headline and lead report (Analysis.Changes).
	ByState bool

	also []news.AlertKey // other rules of the channel the same post answers for
}

// keys are the keys a post of the alert fires.
func (a *Alert) keys() []news.AlertKey { return append([]news.AlertKey{a.Key}, a.also...) }

// Toll is a death toll that crossed a threshold.
type Toll struct {
	Threshold int64
	By        []TollReport // one per originator, largest first
}

// TollReport is one originator's figure.
type TollReport struct {
	Originator string
	Text       string // as reported: "at least 86"
	Value      int64
	// Before is the originator's figure before it reached the threshold
	// ("58"), "" when its first figure was already past it.
	Before string
}

// Decide returns what rule fires for the stories its filter selected in a
// window (as its reader sees them), given the articles stored in that
// window by story: a change the story carries that one of those articles
// reports, and the toll crossing one of them brought. Changes of a story
// that no new article reports are old news and fire nothing.
func Decide(rule *news.AlertRule, stories []news.Story, fresh map[int64][]news.ArticleWithAnalysis) []Alert {
	var out []Alert
	for i := range stories {
		s := &stories[i]
		arts := fresh[s.ID]
		if len(arts) == 0 {
			continue
		}
		var as []Alert
		as = append(as, changeAlerts(rule, s, arts)...)
		if a, ok := stateAlert(rule, s, arts); ok {
			as = append(as, a)
		}
		if a, ok := tollAlert(rule, s, arts); ok {
			as = append(as, a)
		}
		for _, a := range as {
			if wants(rule, &a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// wants reports whether a rule's topics ask for an alert: a change of
// state of one of its topics (a rule for talks is not woken by a truce),
// a toll when they include violence; a rule without topics wants all.
func wants(rule *news.AlertRule, a *Alert) bool {
	if len(rule.Topics) == 0 {
		return true
	}
	if a.Toll != nil {
		return slices.Contains(rule.Topics, news.Violence)
	}
	return slices.Contains(rule.Topics, a.Change.Change.Category())
}

// changeAlerts are the changes of s that a new article reports.
func changeAlerts(rule *news.AlertRule, s *news.Story, fresh []news.ArticleWithAnalysis) []Alert {
	var out []Alert
	for _, c := range s.Changes {
		if c.Change == news.ChangeFirst || digest.PartyStatement(s, c.Change) {
			// a first-of-its-kind event is no change of state, nor is a
			// party's own finding told only in its outlets: the digest
			// shows it as the party's statement
			continue
		}
		var reports []news.StorySource
		for j := range fresh {
			an := &fresh[j].Analysis
			if an.IsRelevant() && slices.ContainsFunc(an.Changes, func(sc news.StateChange) bool { return sc.Change == c.Change }) {
				reports = append(reports, sourceOf(s, &fresh[j].Article))
			}
		}
		if len(reports) == 0 {
			continue
		}
		key := news.AlertKey{RuleID: rule.ID, StoryID: s.ID, What: string(c.Change)}
		out = append(out, Alert{Key: key, Story: *s, Change: c, Reports: reports})
	}
	return out
}

// stateAlert fires when a new article reports the ceasefire state the
// story is in (its analysis's CeasefireStatus) and the story carries no
// change of it: the analysis read the state, not a change in the headline
// and lead, yet the story reached that state, from the state before
// (PrevCeasefireStatus) or from none. The key is the change's, so a state
// fires once whichever way it is learnt.
func stateAlert(rule *news.AlertRule, s *news.Story, fresh []news.ArticleWithAnalysis) (Alert, bool) {
	c := news.CeasefireChange(s.CeasefireStatus)
	if c == "" || digest.PartyStatement(s, c) || slices.ContainsFunc(s.Changes, func(x news.StoryChange) bool { return x.Change == c }) {
		return Alert{}, false
	}
	var reports []news.StorySource
	for j := range fresh {
		if an := &fresh[j].Analysis; an.IsRelevant() && an.CeasefireStatus == s.CeasefireStatus {
			reports = append(reports, sourceOf(s, &fresh[j].Article))
		}
	}
	if len(reports) == 0 {
		return Alert{}, false
	}
	ch := news.StoryChange{Change: c, From: s.PrevCeasefireStatus, At: reports[0].Published, Source: reports[0].SourceName}
	return Alert{Key: news.AlertKey{RuleID: rule.ID, StoryID: s.ID, What: string(c)}, Story: *s, Change: ch, Reports: reports, ByState: true}, true
}

// tollAlert fires when at least two originators report a death toll at or
// above the rule's threshold and a new article brought one of those
// figures. Two outlets quoting one monitor are one originator.
func tollAlert(rule *news.AlertRule, s *news.Story, fresh []news.ArticleWithAnalysis) (Alert, bool) {
	if rule.Toll <= 0 {
		return Alert{}, false
	}
	refs := map[string]bool{}
	for j := range fresh {
		refs[articleRef(&fresh[j].Article)] = true
	}
	for _, f := range s.Figures {
		if f.Kind != news.FigureKilled {
			continue
		}
		by, brought := tollReports(f.Lines, rule.Toll, refs)
		if len(by) < 2 || !brought {
			continue
		}
		var reports []news.StorySource
		for j := range fresh {
			reports = append(reports, sourceOf(s, &fresh[j].Article))
		}
		key := news.AlertKey{RuleID: rule.ID, StoryID: s.ID, What: "toll_killed_" + strconv.FormatInt(rule.Toll, 10)}
		return Alert{Key: key, Story: *s, Toll: &Toll{Threshold: rule.Toll, By: by}, Reports: reports}, true
	}
	return Alert{}, false
}

// tollReports returns each originator's largest figure at or above t, and
// whether one of those figures came from an article of refs.
func tollReports(lines []news.FigureLine, t int64, refs map[string]bool) ([]TollReport, bool) {
	best := map[string]TollReport{}
	brought := false
	for _, l := range lines {
		who, key := l.Originator, strings.ToLower(l.Giver())
		if who == "" {
			who, key = l.Outlet, strings.ToLower(l.Outlet)
		}
		before := ""
		for _, st := range l.Steps {
			text := st.Text
			if text == "" {
				text = strconv.FormatInt(st.Value, 10)
			}
			if st.Value < t {
				before = text
				continue
			}
			brought = brought || refs[st.ArticleID]
			if st.Value > best[key].Value {
				best[key] = TollReport{Originator: who, Text: text, Value: st.Value, Before: before}
			}
		}
	}
	out := make([]TollReport, 0, len(best))
	for _, r := range best {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b TollReport) int {
		if a.Value != b.Value {
			return int(b.Value - a.Value)
		}
		return strings.Compare(a.Originator, b.Originator)
	})
	return out, brought
}

// articleRef is how a story's figures name their article (story.Build).
func articleRef(a *news.Article) string {
	if a.ExternalID != "" {
		return a.ExternalID
	}
	return strconv.FormatInt(a.ID, 10)
}

// sourceOf is an article as the story lists it, the story's own entry
// when it has one (the reader's label for a guild's source).
func sourceOf(s *news.Story, a *news.Article) news.StorySource {
	for _, src := range s.Sources {
		if src.ArticleID == a.ID {
			return src
		}
	}
	return news.StorySource{ArticleID: a.ID, ExternalID: a.ExternalID, Title: a.Title, SourceName: a.SourceName,
		URL: a.URL, Published: a.Published, GuildID: a.GuildID}
}
