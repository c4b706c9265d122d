package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// Violence told as the setting of an agency's report rather than as its
// news (issue 14, h-viol5): the war named only as a phenomenon, and what a
// report tells under the heading of its work's context.

// phenomenonWords name armed violence as a phenomenon, not an act of it:
// "the communal violence", "hostilities", "the armed conflict".
var phenomenonWords = listOf(lang.SettingWords(lang.Phenomenon))

// violenceNamedOnly reports a sentence whose violence is only named as a
// phenomenon: with phenomenonWords taken out no violence is left (no
// attack, clash, shelling or killing), and it names no dead or hurt, no
// day, nothing new or recent (freshOrDated: "erupted", "renewed", a month)
// and no growth (lang.TellsEscalation: "intensified", "increased").
func violenceNamedOnly(ws []string) bool {
	named := false
	for _, w := range ws {
		if phenomenonWords.has(w) {
			named = true
		}
		if isDeathWord(w) || w == "wounded" || w == "casualties" || w == "wounding" {
			return false
		}
	}
	if !named || namesDay(ws) || freshOrDated(ws) || lang.TellsEscalation(ws) {
		return false
	}
	return !violentWithout(ws, func(i int) bool { return phenomenonWords.has(ws[i]) })
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
			if i > 0 && settingOwners[ws[i-1]] {
				return true
			}
		}
	}
	return false
}

// settingOwners are the words before "environment" or "situation" that
// make the phrase a report's setting: "operational environment",
// "operating environment", "security situation".
var settingOwners = lang.SettingWords(lang.SettingOwner)
