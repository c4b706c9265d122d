package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// statusOf picks, from the evidence for proposed, in_effect, violated and
// collapsed (in that order), the most recent state the article reports: a collapse
// ends the story, breaches come after the truce took effect, and a proposal
// counts only when it outweighs talk of a truce in force. ended is the
// strongest collapse one sentence tells outright (statusScores): "these
// violations have effectively ended the truce" is the end the breaches
// led to, however many sentences count the breaches. breached is the
// strongest breach one sentence reports outright: in the headline or the
// lead, or as an attack ("shelling went on despite the truce"), and as
// news, not the truce's past ("a truce signed in 2003 and breached ever
// since": a sentence marked background more than half).
func statusOf(st [4]float32, ended, breached float32) news.CeasefireStatus {
	proposed, inEffect, violated, collapsed := st[0], st[1], st[2], st[3]
	switch {
	case ended >= endedInLead:
		return news.CeasefireCollapsed
	case collapsed >= 0.5 && collapsed >= violated && collapsed >= inEffect,
		ended >= endedOutright && max(collapsed, violated) >= inEffect:
		// An end told past the lead ("previous truces, all of which
		// collapsed") decides only where no more is said of a truce in
		// force than of its end or its breaches.
		return news.CeasefireCollapsed
	case violated >= 0.3 && (violated >= 0.5*inEffect || breached >= 0.3) &&
		(breached >= 0.3 || proposed <= max(inEffect, violated)):
		// Violations told past the lead of an article that says more of
		// a truce sought than of one in force or breached ("talks resumed
		// on a new ceasefire ... after violations of the last one") are
		// the past of the truce the talks seek: a proposal, below.
		// Violations named in passing past the lead beside a truce told
		// taking hold ("an April breach of an earlier truce") leave it in
		// effect; a breach the lead tells, or an attack reported despite
		// the truce, does not.
		return news.CeasefireViolated
	case proposed >= 0.3 && proposed > inEffect:
		return news.CeasefireProposed
	}
	return news.CeasefireInEffect
}

// typeThreshold is the evidence a humanitarian type needs.
const typeThreshold = 0.5

// typesOf returns the humanitarian types whose evidence reaches the
// threshold; an article with none gets its strongest.
func typesOf(ty [7]float32) []news.HumanitarianType {
	var out []news.HumanitarianType
	best := 0
	for k, v := range ty {
		if v >= typeThreshold {
			out = append(out, news.HumanitarianTypes[k])
		}
		if v > ty[best] {
			best = k
		}
	}
	if len(out) == 0 && ty[best] > 0 {
		out = append(out, news.HumanitarianTypes[best])
	}
	return out
}

// newsBreach is the background weight (scored.bgf, 1 for news, down to
// 0.25 for background) a sentence's truce needs for its breach to count
// as reported: breaches of a truce dated years back ("signed in 2003, but
// hardly followed since") are the past of the truce the lead tells.
const newsBreach = 0.5

// endedOutright is the collapse evidence of one sentence that settles the
// state: a strong collapse cue (0.8, "ended", "collapsed") in a sentence of
// the text past the lead that is all about a truce, not feared or possible.
const endedOutright = 0.4

// resumedEnd is the collapse evidence of fighting taken up again in the
// lead beside a truce nothing else tells breached, in force or sought: a
// lead sentence's strong collapse cue.
const resumedEnd = 0.8

// endedInLead is the collapse evidence of one sentence that settles the
// state whatever else the text says: the end told outright in the
// headline or the lead, where the news of the day is.
const endedInLead = 0.8

// developed is the state cue a sentence needs to report a truce's
// development (proposed, agreed, declared, holding, breached, ended): "a
// fragile truce", "talks that aim to bolster it", "under negotiation"
// name a truce without telling what became of it.
const developed = 0.8

// statusScores sums the evidence for each ceasefire state over the sentences
// that speak of a ceasefire, and returns the strongest collapse one of them
// reports outright (not feared or possible), the strongest breach one of
// them reports outright (in the headline or the lead, or beside violence;
// not feared) and the strongest state cue of any of them (developed).
func statusScores(ss []scored) (st [4]float32, ended, breached, cue float32) {
	agreed := agreedInLead(ss)
	own := ownInLead(ss)
	nounEnd, renewed := false, false
	resumed, sought := false, false
	for i := range ss {
		s := &ss[i]
		resumed = resumed || (s.lead && s.resumed && s.bgf[fViolence] >= newsBreach)
		renewed = renewed || s.renewed
		e := s.evidenceOf(fCeasefire) * weightOf(s)
		if e < 0.3 && i > 0 {
			e = carried(&ss[i-1], s)
		}
		if e < 0.3 {
			continue
		}
		cue = max(cue, s.w[fProposed], s.w[fPreTruce], s.w[fInEffect], s.w[fViolated], s.w[fCollapsed], s.w[fDespite])
		if s.index < 0 {
			e *= 2 // a headline states the news of the day
		}
		if s.ordered && own {
			// "Cleric calls on militia to stop fighting" over a lead
			// that tells him calling on his own followers: the
			// headline's call is that halt declared.
			st[1] += e * max(s.w[fInEffect], 0.8)
			continue
		}
		// "could collapse", "before the deal can be implemented": a state
		// spoken of as possible is still a proposal.
		hypo := 1 - 0.7*s.w[fHypo]
		if s.toCome {
			// "Releases would be welcome, but Israel will return to
			// its goal after the pause": the truce is in force; the
			// possible and the planned are what follows its end.
			st[1] += e * s.w[fInEffect]
			continue
		}
		// A truce under discussion with no word of it in force is a
		// proposal too, and so is one still to come ("before the truce").
		talks := s.w[fTalks]
		if s.freed {
			// Captives freed under the truce: its deal carried out.
			talks = 0
		}
		if agreedOutright(s) {
			// "Sudan's army and the RSF have agreed to a seven-day
			// ceasefire after talks in Jeddah": the talks of a sentence
			// that tells the truce agreed or declared outright are the
			// way to it, no truce still sought (issue 14, cf2's fit
			// half). Its own words of a proposal or a start to come
			// still count.
			talks = 0
		}
		proposed := max(s.w[fProposed], s.w[fPreTruce], 0.5*s.w[fHypo], 0.5*talks)
		if atRisk(s, talks) {
			// "Troops stand ready in case the militia may violate the
			// ceasefire", "diplomats warned the truce could collapse":
			// a breach or an end feared names a truce that exists, no
			// truce sought; "fighting ..., threatening to wreck a
			// cease-fire" is the breach the fighting already is.
			proposed = max(s.w[fProposed], s.w[fPreTruce])
			if s.shaken {
				st[2] += e * atRiskState
			} else {
				st[1] += e * atRiskState
			}
		}
		if agreed && !s.lead && proposed < 1 {
			// "It is hoped that the ceasefire will lead to peace": past
			// a lead that tells the truce agreed, hopes and plans (no
			// call, demand or proposal, the cues that decide alone) are
			// the commentary on it, no proposal.
			proposed = 0
		}
		st[0] += e * proposed
		sought = sought || (s.lead && proposed >= 0.5 && s.bgf[fCeasefire] >= newsBreach)
		st[1] += e * s.w[fInEffect] * hypo
		// "Shelling despite the truce" is a breach; "no progress despite
		// the truce" is not, nor are attacks "despite the ceasefire, right
		// up until the moment the truce began": they came before it.
		violated := max(s.w[fViolated], s.w[fDespite]*min(1, 2*s.w[fViolence])*(1-s.w[fPreTruce]))
		if foughtBeside(s, talks) {
			violated = headlineBreach
		}
		st[2] += e * violated * hypo
		if s.w[fHypo] == 0 && s.bgf[fCeasefire] >= newsBreach && (s.lead || s.w[fViolence] >= 0.5) {
			breached = max(breached, e*violated)
		}
		st[3] += e * s.w[fCollapsed] * hypo
		if s.w[fHypo] == 0 && s.w[fCollapsed] >= 0.8 {
			ended = max(ended, e*s.w[fCollapsed])
		}
		nounEnd = nounEnd || (s.endNoun && s.bgf[fCeasefire] >= newsBreach)
	}
	if resumed && !agreed && !sought && st[2] < 0.3 && breached < 0.3 {
		// "The truce seems distant. Bombings have resumed": fighting
		// taken up again in the headline or the lead, beside a truce
		// that nothing tells breached, in force or sought there, is the
		// truce's end (issue 14: the truce set's and FA-KES's fit
		// halves; "a second day of renewed bombing" beside a pause whose
		// end a later clause tells).
		st[3] += resumedEnd
	}
	if nounEnd && !renewed {
		// "The attack follows the collapse of the truce", "the worst
		// shelling since the end of the ceasefire": a truce's end named
		// as what the news comes after is the state the news is in,
		// wherever it stands and however much the text tells of the
		// truce before it ended; unless the text tells a new truce in
		// force ("a new truce took effect after the collapse of the
		// last one").
		ended = max(ended, endedInLead)
	}
	return st, ended, breached, cue
}

// atRiskState is the state evidence of a truce at risk (atRisk): a
// developed state, as a truce told declared or breached.
const atRiskState = developed

// atRisk reports a sentence that tells a truce's breach or end only as
// feared, possible or threatened (scored.imperiled), and names no
// proposal, no time before the truce and no talks: the truce it fears for
// is one that exists (issue 14, the truce set's and
// AG World's fit halves: "ready for a possibility in which the militia may
// violate the cease-fire", "threatening to wreck a cease-fire"). talks is
// the sentence's talks weight as statusScores counts it.
func atRisk(s *scored, talks float32) bool {
	return s.imperiled && s.w[fProposed] == 0 && s.w[fPreTruce] == 0 && talks < 0.5
}

// headlineBreach is the breach evidence of a headline that tells fighting
// beside a truce and no state of the truce (foughtBeside): a developed
// state, as a breach told outright.
const headlineBreach = developed

// foughtBeside reports a headline that tells fighting as news beside a truce
// it tells nothing else of: no state cue, no possibility, no talks ("Clashes
// renew in Galkayo amid ceasefire deal", "Congo calls the rebels' ceasefire
// false; the UN reports heavy fighting"): the truce breached (issue 14,
// cf2's fit half). A text's first line that is its headline (textHead)
// tells it as a headline does: "Clashes renew in Galkayo amid ceasefire
// deal", "Malian troops in first clash with rebels since truce" on pages
// read with no headline of their own (round h-status6, cf2 and cf3 fit).
// talks is the sentence's talks weight as statusScores counts it.
func foughtBeside(s *scored, talks float32) bool {
	return (s.index < 0 || s.textHead) && s.w[fHypo] == 0 && talks < 0.5 && s.w[fViolence] >= developed &&
		s.bgf[fCeasefire] >= newsBreach &&
		max(s.w[fProposed], s.w[fPreTruce], s.w[fInEffect], s.w[fViolated], s.w[fCollapsed], s.w[fDespite]) == 0
}

// agreedOutright reports a sentence that tells a truce agreed, declared or
// in force outright: a developed in-effect cue, not feared, possible or
// dated before the truce.
func agreedOutright(s *scored) bool {
	return s.w[fHypo] == 0 && s.w[fPreTruce] == 0 && s.w[fInEffect] >= developed
}

// agreedInLead reports a headline or lead sentence that tells a truce
// agreed, declared or in force outright (developed, not feared or
// possible).
func agreedInLead(ss []scored) bool {
	for i := range ss {
		s := &ss[i]
		if s.lead && s.w[fHypo] == 0 && s.w[fInEffect] >= developed && s.evidenceOf(fCeasefire) >= 0.3 {
			return true
		}
	}
	return false
}

// typeScores sums the evidence for each humanitarian type.
func typeScores(ss []scored) [7]float32 {
	var ty [7]float32
	for i := range ss {
		s := &ss[i]
		for k := range ty {
			ty[k] += s.evidenceOf(fAid+feature(k)) * weightOf(s)
		}
	}
	return ty
}

// carryWeight is how much of the truce's evidence a sentence that goes on
// about it ("It will come into force on 24 December") carries.
const carryWeight = 0.8

// carried returns the ceasefire evidence that sentence s takes over from
// the sentence before it, prev, when s names no truce itself but opens by
// pointing back at the one prev reports ("The agreement will come into
// effect on Sunday", "It was broken within hours"): agencies' and
// mediators' statements tell a truce's signing and its start in two
// sentences, and the start decides whether the truce is in force yet.
func carried(prev, s *scored) float32 {
	e := prev.evidenceOf(fCeasefire) * weightOf(prev)
	if e < 0.3 || !pointsBack(s) {
		return 0
	}
	return carryWeight * e * s.bgf[fCeasefire]
}

// pointsBack reports a sentence that opens with a word for an agreement
// just named: "It", "The agreement", "The deal", "The accord".
func pointsBack(s *scored) bool {
	ws := lang.Words(strings.ToLower(s.text[:min(len(s.text), 40)]))
	if len(ws) < 2 {
		return false
	}
	switch ws[0] {
	case "it":
		return true
	case "the", "this", "that":
		switch ws[1] {
		case "agreement", "deal", "accord", "pact", "arrangement":
			return true
		}
	}
	return false
}
