package digest

import "github.com/conflict-digest/conflict-digest/lang"

// A story's development (Item.Development) is a second event one of its
// reports tells in a paragraph of its own: Britain's call to raise an
// attack at the Security Council, in a report of the attack. When the
// digest shows that event as an item of its own (the Council's session,
// whose reports tell Britain's call too), the development echoes it, and
// the reader is told one report twice in two items.

// echoShare is the share of a development's words that another item's own
// text must hold for the development to be an echo of it: a sentence copied
// by two outlets loses a word or two to their editing, not a third.
const echoShare = 0.75

// dropEchoes removes the development of each item that another item of the
// digest tells already (echoes): in its headline, summary or acts, or in
// the development of an item ranked before it. items are in rank order.
func dropEchoes(items []Item) {
	for i := range items {
		dev := contentWords(items[i].Development)
		if len(dev) == 0 {
			continue
		}
		for j := range items {
			if j == i {
				continue
			}
			o := &items[j]
			text := o.Headline + " " + o.Summary
			for _, a := range o.Acts {
				text += " " + a.Text
			}
			if j < i {
				text += " " + o.Development
			}
			if echoes(dev, contentWords(text)) {
				items[i].Development, items[i].DevelopmentSource = "", ""
				break
			}
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

// echoes reports whether text holds at least echoShare of dev's words.
func echoes(dev, text map[string]bool) bool {
	n := 0
	for w := range dev {
		if text[w] {
			n++
		}
	}
	return float64(n) >= echoShare*float64(len(dev))
}
