package digest

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/story"
)

// A story's development (Item.Development) is a second event one of its
// reports tells in a paragraph of its own: Britain's call to raise an
// attack at the Security Council, in a report of the attack. When the
// digest shows that event as an item of its own (the Council's session,
// whose reports tell Britain's call too), the development echoes it, and
// the reader is told one report twice in two items.

// Another outlet may tell the same act in other words: "Britain said on
// Wednesday it would raise the attack at the Council and called on
// Damascus to give inspectors access" in a report of the attack, "France
// and Britain said on Wednesday inspectors must have immediate access to
// the site" in the talks item's own. The development is then the same act
// (devAct.toldBy): the same sayer, on the same day, doing the same thing.

// echoShare is the share of a development's words that another item's own
// text must hold for the development to be an echo of it: a sentence copied
// by two outlets loses a word or two to their editing, not a third.
const echoShare = 0.75

// dropEchoes removes the development of each item that another item of the
// digest tells already (echoes): in its own text (ownText: headline,
// summary, acts), or in the development of an item ranked before it (as it
// stands after that item's own check). items are in rank order. Each
// item's words are read once.
func dropEchoes(items []Item) {
	own := make([]map[string]bool, len(items))
	devs := make([]map[string]bool, len(items))
	for j := range items {
		own[j] = contentWords(ownText(&items[j]))
	}
	dropOtherEvents(items, own)
	for i := range items {
		dev := contentWords(items[i].Development)
		if len(dev) == 0 {
			continue
		}

		devs[i] = dev
		act := actOf(items[i].Development, dev)
		for j := range items {
			if j != i && (echoes(dev, own[j], devs[j], j < i) || act.toldBy(own[j], &items[i], &items[j])) {
				items[i].Development, items[i].DevelopmentSource = "", ""
				devs[i] = nil
				break
			}
		}
	}
}

// dropOtherEvents removes each item's event of another town
// (Item.OtherEvent) when an item of the digest is of that town, or another
// item tells it already (echoes): that town's item tells its news, and a
// reader is never told one event in two items. own are the items' words
// (ownText), in the items' order.
func dropOtherEvents(items []Item, own []map[string]bool) {
	for i := range items {
		if items[i].OtherEvent == "" {
			continue
		}
		drop := otherItemOf(items, i, items[i].OtherEventPlace)
		ev := contentWords(items[i].OtherEvent)
		for j := range items {
			drop = drop || j != i && echoes(ev, own[j], contentWords(items[j].Development), true)
		}
		if drop {
			items[i].OtherEvent, items[i].OtherEventPlace, items[i].OtherEventSource = "", "", ""
			items[i].OtherEventDay = nil
		}
	}
}

// contentWords are the words of s that name something: not function
// words, nor verbs of saying.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range lang.Words(s) {
		if !lang.IsStop(w, lang.Function|lang.Reporting) {
			out[w] = true
		}
	}
	return out
}

// echoes reports whether at least echoShare of dev's words are in own, or
// (withDev) in own and other together.
func echoes(dev, own, other map[string]bool, withDev bool) bool {
	n := 0
	for w := range dev {
		if own[w] || withDev && other[w] {
			n++
		}
	}
	return float64(n) >= echoShare*float64(len(dev))
}

// otherItemOf reports an item other than i whose story is of town place
// (its own place, the one its heading shows): an event of another town
// (Item.OtherEventPlace) could be that item's, told in other words. A town
// another item only names in passing ("clashes in Hama and Homs last
// week") is no such item.
func otherItemOf(items []Item, i int, place string) bool {
	k := story.PlaceKey(place)
	for j := range items {
		if j != i && story.PlaceKey(items[j].Place) == k {
			return true
		}
	}
	return false
}

// actShare is the share of the words of a development's act (its words
// but the sayer's names and the day) that another item's own text must
// hold for the two to tell one act; minAct is the fewest such words.
const (
	actShare = 1.0 / 3
	minAct   = 3
)

// devAct is what toldBy compares of a development: the names before its
// first verb of saying (the sayer), the first day it names ("wednesday",
// "yesterday"), and its content words. Read once a development, not once
// an item it is compared with.
type devAct struct {
	sayer []string
	day   string
	words map[string]bool
}

// actOf reads dev (dw its content words) for toldBy.
func actOf(dev string, dw map[string]bool) devAct {
	a := devAct{sayer: sayerNames(dev), words: dw}
	for _, f := range strings.Fields(dev) {
		w := strings.ToLower(strings.Trim(f, ".,;:\"'()"))
		if _, ok := lang.Weekday(w); ok || w == "yesterday" || w == "today" {
			a.day = w // the first in the text: the same day whatever the map's order
			break
		}
	}
	return a
}

// toldBy reports whether the development of item it tells an act that
// other's own text (own, its content words) tells too: a name
// the development gives before its first verb of saying (the sayer:
// "Britain said") is in own, it names a day ("on Wednesday") that own
// names too, the two items' days are at most a week apart (one
// Wednesday), and at least actShare (and minAct) of its other words are in
// own. A new act of the same sayer on the same day (Britain expels
// diplomats the day it asks for inspectors) shares too few words to be one.
func (a devAct) toldBy(own map[string]bool, it, other *Item) bool {
	if len(a.sayer) == 0 || len(own) == 0 || a.day == "" || !own[a.day] {
		return false
	}
	named := false
	for _, n := range a.sayer {
		named = named || own[n]
	}
	if !named || daysApart(it.lastDay(), other.lastDay()) > 6 {
		return false
	}
	n, act := 0, 0
	for w := range a.words {
		if w == a.day || slices.Contains(a.sayer, w) {
			continue
		}
		act++
		if own[w] {
			n++
		}
	}
	return n >= minAct && float64(n) >= actShare*float64(act)
}

// sayerNames are the lower-cased capitalised words of s before its first
// verb of saying ("Britain" of "Britain said on Wednesday ..."), none when
// it has no such verb.
func sayerNames(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		w := strings.ToLower(strings.Trim(f, ".,;:\"'()"))
		if w == "" {
			continue
		}
		if lang.IsStop(w, lang.Reporting) {
			return out
		}
		if r := []rune(strings.Trim(f, "\"'(")); len(r) > 0 && unicode.IsUpper(r[0]) && !lang.IsStop(w, lang.Function|lang.Calendar) {
			out = append(out, w)
		}
	}
	return nil
}

// daysApart is the whole days between a and b (0 when either is unknown).
func daysApart(a, b time.Time) int {
	if a.IsZero() || b.IsZero() {
		return 0
	}
	d := a.Sub(b)
	if d < 0 {
		d = -d
	}
	return int(d / (24 * time.Hour))
}
