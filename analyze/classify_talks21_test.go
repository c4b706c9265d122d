package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestSignatoryName checks the names of parties by a deal they signed
// (signatoryName; issue 14, h-talks21). The first two are fit documents'
// sentences: rwp10 fit rwp10-31ab5250bc (ACLED, Mali, 2022) and rwp7 fit
// rwp7-48a11ff006 (Central African Republic, 2021); the rest are invented.
func TestSignatoryName(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // the words left, "" when none are left out
	}{
		{"The region has seen heavy fighting between armed groups signatories to the 2015 peace agreement and the Islamic State.",
			"the region has seen heavy fighting between armed groups and the islamic state"},
		{"Several armed groups, most of them, signatories of the February 2019 peace agreement, called off a ceasefire.",
			"several armed groups most of them called off a ceasefire"},
		{"The signatories would waive any proposed partition of the country.", ""},             // no deal named after it
		{"All signatories of the Package of Measures have agreed on the need for access.", ""}, // no pact noun within reach
	} {
		ws := lang.Words(lang.Lower(c.text))
		masked, ok := signatoryName(ws)
		got := ""
		if ok {
			var left []string
			for _, w := range masked {
				if w != "" {
					left = append(left, w)
				}
			}
			got = strings.Join(left, " ")
		}
		if got != c.want {
			t.Errorf("signatoryName(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestTalksSignatoryName checks reports whose only diplomacy is armed
// groups named as a peace deal's signatories (h-talks21, the class of
// rwp10 fit rwp10-31ab5250bc and rwp7 fit rwp7-48a11ff006, told here in
// invented words): no talks, as their readers give none. The first had
// talks before the rule (the test fails on main 74fccb4b). The guard: the
// signatories meeting to review the deal keep their talks.
func TestTalksSignatoryName(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              bool
	}{
		{"fighting between a deal's signatories and a jihadist group", "",
			"Since 8 March, the Foo region in eastern Bar, at the border with Baz, has seen heavy fighting between armed groups signatories to the 2015 peace agreement (the Movement for Foo and the Self-Defense Group of Bar) and the Islamic State in the Greater Sahara. " +
				"The fighting has killed at least 300 civilians and displaced thousands of people, according to local sources. " +
				"Armed men attacked several villages and burned houses. " +
				"Humanitarian access to the region remains limited.", false},
		{"the signatories meet to review the deal", "Signatories of Foo peace agreement meet in Bar",
			"The armed groups signatories to the 2015 peace agreement met the government in Bar on Monday to review the implementation of the accord, the UN mission said. " +
				"The talks, mediated by Baz, will resume next week.", true},
	} {
		an := classifyText(c.title, c.text)
		wantCategory(t, c.name, an, news.Talks, c.want)
	}
}
