package story

import "github.com/conflict-digest/conflict-digest/lang"

// A report of an attack often tells the Security Council's session on it
// in a paragraph of its own, and reports of different days tell it at
// different stages: a state calls for an emergency meeting, the Council
// "is expected to hold a meeting on Wednesday", then it met. The story's
// development (Story.Development) tells the latest stage its reports
// tell: a meeting to come gives way to a report that the Council met
// (issue 13, 0403 window: "the Security Council is expected to hold a
// meeting on Wednesday" shown though later reports of the week told the
// session).

// sessionHeld returns, for a development d (of report from) that tells a
// Council meeting to come, the sentence of a report no older than d's
// that tells the Council met, with the index of its report; else d and
// from. The sentence is past its report's lead and stands alone, as a
// development's must (development): the analysis read its report's
// sentences for it once (news.Analysis.CouncilHeld).
func sessionHeld(d string, from int, ms []Member, c *TextCache) (string, int) {
	if d == "" || lang.CouncilMeeting(d) != lang.CouncilPending {
		return d, from
	}
	for _, i := range newestFirst(ms) {
		m := &ms[i]
		for _, s := range m.Analysis.CouncilHeld {
			if cand := c.evidence(s, m.Article.Title, m.source()); cand != nil {
				return cand.text, i
			}
		}
		if i == from {
			break // reports older than d's tell no later stage
		}
	}
	return d, from
}
