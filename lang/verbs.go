package lang

import "strings"

// actGroups are verbs a report writes for one act where a question writes
// another ("carried out" / "conducted" / "staged" / "launched";
// "killed" / "died" / "lost their lives"), each with its forms.
var actGroups = [][]string{
	{"conduct conducts conducted conducting", "carry carries carried carrying", "stage stages staged staging",
		"launch launches launched launching", "mount mounts mounted mounting", "perform performs performed performing",
		"undertake undertakes undertook undertaken undertaking"},
	{"kill kills killed killing", "die dies died dying", "lose loses lost losing", "perish perishes perished perishing"},
	{"injure injures injured injuring", "wound wounds wounded wounding", "hurt hurts hurting"},
	{"displace displaces displaced displacing", "uproot uproots uprooted uprooting"},
	{"sign signs signed signing", "ink inks inked inking"},
	{"pledge pledges pledged pledging", "promise promises promised promising"},
	{"abduct abducts abducted abducting", "kidnap kidnaps kidnapped kidnapping", "seize seizes seized seizing"},
}

// acts maps each form of a verb of actGroups, and its stem, to its group.
var acts = func() map[string]int {
	m := map[string]int{}
	for g, verbs := range actGroups {
		for _, forms := range verbs {
			for _, f := range strings.Fields(forms) {
				m[f] = g + 1
				m[Stem(f)] = g + 1
			}
		}
	}
	return m
}()

// SameAct reports whether two lower-case verbs (or their stems) name one
// act as news writes it: "carried" and "conducted", "died" and "killed".
// A verb is always its own act.
func SameAct(a, b string) bool {
	if a == b {
		return true
	}
	ga, gb := acts[a], acts[b]
	return ga != 0 && ga == gb
}
