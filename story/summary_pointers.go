package story

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
)

// Pointers a report's later sentences use for what its earlier ones told,
// beside those of summary_turns.go: a route by its kind ("the new pressure
// on the road has driven up prices", after a paragraph about the Castello
// Road) and a sayer by the word "source" ("The source added that ...",
// after "according to SANA"). Issue 13, 2016-06-13 window: a humanitarian
// item's second sentence jumped to Aleppo with "the road" no reader of the
// item could place.

// routeNouns name a route by its kind once it was told: "the road", "the
// highway", "the corridor".
var routeNouns = lang.PlaceWords(lang.RouteNoun)

// routeTold follow a route noun its phrase tells of: "the road to Aleppo",
// "the highway linking the two cities", "the corridor out of the town".
var routeTold = lang.PrepositionWords(lang.RouteTold)

// routeAdjectives are function words that stand before a route noun told
// before: "the only road", "the same route".
var routeAdjectives = lang.DeterminerWords(lang.RouteAdjective)

// routeModifiers is how many words in lower case may stand between "the"
// and a route noun that still points back: "the only road", "the main
// supply route".
const routeModifiers = 2

// routeBack returns the noun by which a sentence names a route told
// before it ("on the road", "the only route"), "" when it names none so:
// a route named here ("the Castello road", "the road to Aleppo", "the
// highway, the M5,") is no pointer.
func routeBack(s string) string {
	fs := strings.Fields(s)
	for i := 0; i+1 < len(fs); i++ {
		if !strings.EqualFold(strings.Trim(fs[i], "\"“”‘’'("), "the") || strings.HasSuffix(fs[i], ",") {
			continue
		}
		for j := i + 1; j < len(fs) && j <= i+1+routeModifiers; j++ {
			w := strings.Trim(fs[j], "\"“”‘’'(),.;:")
			noun := strings.ToLower(w)
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
				break // "the Castello road": named
			}
			if !routeNouns[noun] {
				if lang.IsStop(noun, lang.Function) && !routeAdjectives[noun] {
					break // "the attack on": the phrase ends
				}
				continue
			}
			if strings.HasSuffix(fs[j], "'s") || strings.HasSuffix(fs[j], "’s") {
				break // "the road's": its own subject told
			}
			if routeNamed(fs[j:]) {
				break
			}
			return noun
		}
	}
	return ""
}

// routeNamed reports a route noun (fs[0]) that the words after it name
// or place: a name in apposition ("the highway, the M5,"), where it leads
// or runs ("the road to Aleppo", "the corridor out of the town").
func routeNamed(fs []string) bool {
	if len(fs) < 2 {
		return false
	}
	word := func(i int) string { return strings.Trim(fs[i], "\"“”‘’'(),.;:") }
	if strings.HasSuffix(fs[0], ",") {
		for i := 1; i < len(fs) && i <= 2; i++ {
			if r, _ := utf8.DecodeRuneInString(word(i)); unicode.IsUpper(r) {
				return true
			}
		}
		return false
	}
	next := strings.ToLower(word(1))
	if next == "out" {
		return len(fs) > 2 && strings.EqualFold(word(2), "of")
	}
	return routeTold[next]
}

// routeToldBefore reports a sentence whose route noun (routeBack) a
// sentence of out gives too ("the Castello Road", "the only road into the
// city"): the reader knows the road.
func routeToldBefore(c candidate, out []candidate) bool {
	noun := routeBack(c.text)
	return noun != "" && slices.ContainsFunc(out, func(o candidate) bool {
		return slices.ContainsFunc(lang.Words(lang.Lower(o.text)), func(w string) bool {
			return w == noun || w == noun+"s"
		})
	})
}

// sourceWords give a sayer told before by the word for a source: "the
// source added", "The sources said".
var sourceWords = lang.ReportingWords(lang.SourceWord)

// sourceBack reports a sentence that gives its sayer as "the source"
// told before: opening with it ("The source added that ...") or closing
// with it and a verb of saying ("... the source said"). "The source of the
// fire" and "a source said" are no pointers.
func sourceBack(s string) bool {
	ws := lang.Words(lang.Lower(s))
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] != "the" || !sourceWords[ws[i+1]] {
			continue
		}
		if i == 0 || i >= len(ws)-closingSayerWords {
			return analyze.SayingVerb(ws[i+2])
		}
	}
	return false
}

// closingSayerWords is how many closing words of a sentence its sayer
// stands in: "the source said on Tuesday".
const closingSayerWords = 6

// sourceToldBefore reports a sentence that gives its sayer as "the source"
// (sourceBack) after a sentence of out that names one (namesSource:
// "according to SANA", "an official told the agency").
func sourceToldBefore(c candidate, out []candidate) bool {
	return sourceBack(c.text) && slices.ContainsFunc(out, func(o candidate) bool { return namesSource(o.text) })
}

// pointsFurther reports a sentence that names a route (routeBack) or its
// sayer (sourceBack) as told before it.
func pointsFurther(c candidate) bool { return routeBack(c.text) != "" || sourceBack(c.text) }

// furtherTold reports a sentence whose route and "source", where it
// points back by them (pointsFurther), a sentence of out gives.
func furtherTold(c candidate, out []candidate) bool {
	return (routeBack(c.text) == "" || routeToldBefore(c, out)) && (!sourceBack(c.text) || sourceToldBefore(c, out))
}
