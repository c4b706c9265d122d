package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// Violence told as the setting of an agency's report rather than as its
// news (issue 14, h-viol5): the war named only as a phenomenon, and what a
// report tells under the heading of its work's context.

// phenomenonWords name armed violence as a phenomenon, not an act of it:
// "the communal violence", "hostilities", "the armed conflict".
var phenomenonWords = lang.SettingWords(lang.Phenomenon)

// violenceNamedOnly reports a sentence whose violence is only named as a
// phenomenon: with phenomenonWords taken out no violence is left (no
// attack, clash, shelling or killing), and it names no dead or hurt, no
// day, nothing new or recent (freshOrDated: "erupted", "renewed", a month)
// and no growth (lang.TellsEscalation: "intensified", "increased").
//
// hs are the heads of ws, whose docClass holds phenomenonWords and
// deathWords (isDeathWord's).
func violenceNamedOnly(ws []string, hs []*head) bool {
	named := false
	for i, w := range ws {
		if !named && hs[i].is(dcPhenomenon) {
			named = true
		}
		if hs[i].is(dcDeath) || w == "wounded" || w == "casualties" || w == "wounding" {
			return false
		}
	}
	if !named || namesDay(ws) || freshOrDated(ws) || lang.TellsEscalation(ws) {
		return false
	}
	return !violentWithout(ws, func(i int) bool { return hs[i].is(dcPhenomenon) })
}

// settingHeadingWords is the longest heading, in words, read as one.
const settingHeadingWords = 12

// settingWeight is how much violence counts in a section under a heading
// of a report's setting (settingHeading): less than one cue sentence of a
// paragraph (0.5) for the strongest cue.
const settingWeight = 0.4

// settingHeading reports a heading that names the setting of an agency's
// work, not its news: "Operational context", "Key context update",
// "Background", "OPERATIONAL ENVIRONMENT", "Security situation". Agencies
// tell the period's attacks under it as the conditions their operations
// run in; a heading of the situation's news ("Situation overview",
// "Security incidents") is not one.
func settingHeading(ws []string) bool {
	for i, w := range ws {
		switch w {
		case "context", "background":
			return true
		case "environment", "situation":
			if i > 0 && settingOwners.Has(ws[i-1]) {
				return true
			}
		}
	}
	return false
}

// settingOwners are the words before "environment" or "situation" that
// make the phrase a report's setting: "operational environment",
// "operating environment", "security situation".
var settingOwners = lang.WordSetOf(lang.SettingWords(lang.SettingOwner))

// worsenWords are the verbs that make the violence before them the cause
// of what follows ("continue to exacerbate", "have made ... difficult",
// "hampering"); needsWords what an agency's report counts that violence
// may worsen (needs, access, displacement, services, the response).
var (
	worsenWords = listOf(lang.SettingWords(lang.WorsenVerb))
	needsWords  = listOf(lang.SettingWords(lang.NeedsNoun))
)

// needsReach is how many words after its verb the needs that violence
// worsens may stand ("continue to exacerbate the already dire humanitarian
// needs").
const needsReach = 5

// violenceDrivesNeeds reports a sentence whose violence is only what
// worsens the needs, the access or the displacement it tells: every
// violence cue before a verb of worsening (worsenWords) that has needs
// (needsWords) within needsReach words after it, as in "attacks by armed
// groups continue to exacerbate humanitarian needs and generate new
// displacement" or "armed group activity and roadside bombs have made
// humanitarian access more difficult". The violence is the report's
// background, as a cause after "due to" is (violenceAsCause), unless the
// sentence names people dead or hurt (things destroyed are no toll) or dates the violence to a day, or tells
// it new or dated before the verb ("on 3 May, shelling disrupted
// distributions"; "new" after the verb is the displacement's). A participle
// with no auxiliary ("the army shelled the town, disrupting services") runs
// an attack's own clause on, and is no such verb.
func violenceDrivesNeeds(ws []string, sp *spans) bool {
	last := int(sp.last[fViolence])
	if last < 0 || last >= len(ws) {
		return false
	}
	at := -1
	for i := last + 1; i < len(ws) && at < 0; i++ {
		if !worsenWords.has(ws[i]) || (strings.HasSuffix(ws[i], "ing") && !beWord(ws[i-1])) {
			// "The army shelled the town, disrupting services": a
			// participle runs the attack's own clause on; "is hampering"
			// is a verb of its own.
			continue
		}
		for _, w := range ws[i+1 : min(len(ws), i+1+needsReach)] {
			if needsWords.has(w) {
				at = i
				break
			}
		}
	}
	if at < 0 {
		return false
	}
	for _, w := range ws {
		if (isDeathWord(w) && !thingsHarmed.Has(w)) || w == "wounded" || w == "casualties" || w == "wounding" {
			return false
		}
	}
	return !namesDay(ws) && !freshOrDated(ws[:at])
}

// thingsHarmed are the words of a toll that harm things, not people
// ("attacks destroying critical infrastructure"): they name no one dead
// or hurt.
var thingsHarmed = lang.WordSetOf(lang.DeathWords(lang.ThingsHarmed))

// recordVictims, recordCasualty and recordVerify are the words of an
// agency's own record of a war's toll (recordedToll).
var (
	recordVictims  = lang.WordSetOf(lang.SettingWords(lang.RecordVictims))
	recordCasualty = lang.WordSetOf(lang.SettingWords(lang.RecordCasualty))
	recordVerify   = lang.WordSetOf(lang.SettingWords(lang.RecordVerify))
)

// recordedToll reports a sentence that gives civilian casualties as a
// count an agency or its partners confirmed or verified: "126 civilian
// casualties, including 29 civilian deaths have been confirmed", "civilian
// casualties confirmed, including 18 civilian deaths" (a flash update's
// key figures), "The SMM confirmed civilian casualties from Novoluhanske".
// Such a count is the agency's own record of the attacks, the subject of
// its report wherever it stands (issue 14, h-viol16: every fit report
// that keeps one was given violence by its readers), not the setting of
// its work. "No new civilian casualties were verified" records none.
func recordedToll(ws []string) bool {
	named, verified := false, false
	for i, w := range ws {
		switch {
		case recordCasualty.Has(w) && i > 0 && recordVictims.Has(ws[i-1]):
			if i > 1 && ws[i-2] == "no" || i > 2 && ws[i-3] == "no" {
				return false
			}
			named = true
		case recordVerify.Has(w):
			verified = true
		}
	}
	return named && verified
}
