package digest

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// A story's development may tell a process halted or resumed (aid
// deliveries, an evacuation, talks: lang.TellsHalt, lang.TellsResumption)
// that is not the story's own: a report of air strikes on one city tells,
// in a paragraph of its own, that the UN's convoys resumed after their
// suspension, in another place. Shown under the strikes, readers take it
// for a part of that event (a false merge), and the item that tells the
// suspension never learns it ended. The resumption of a process belongs
// to the item whose halt it ends: the same process, told halted by that
// item's own text, and reported no earlier than that item's first report.
// A halt or resumption of a process of another section than the item's,
// which no item of the digest tells halted, is no development of that
// item: it is left out.

// processes are the families of words that name a process a halt or a
// resumption can be told of, by the start of their words, with the
// section the process is news of.
var processes = []struct {
	stems   []string
	section news.Category
}{
	{[]string{"aid", "convoy", "deliver", "distribut", "relief"}, news.Humanitarian},
	{[]string{"evacua"}, news.Humanitarian},
	{[]string{"talks", "negotia"}, news.Talks},
}

// processOf returns the index of the first process (processes) that text
// names, -1 when none.
func processOf(text string) int {
	ws := lang.Words(text)
	for p, pr := range processes {
		for _, w := range ws {
			for _, st := range pr.stems {
				if strings.HasPrefix(w, st) {
					return p
				}
			}
		}
	}
	return -1
}

// ownText is what an item tells of its own event: headline, summary and
// acts, not its development.
func ownText(it *Item) string {
	text := it.Headline + " " + it.Summary
	for _, a := range it.Acts {
		text += " " + a.Text
	}
	return text
}

// placeResumptions moves each development that tells a process resumed to
// the item whose own text tells that process halted, and drops a halt or
// resumption of another section's process that no item ends (see above).
// items are in rank order.
func placeResumptions(items []Item) {
	for i := range items {
		d := items[i].Development
		ws := lang.Words(d)
		halt, resume := lang.TellsHalt(ws), lang.TellsResumption(ws)
		if d == "" || !halt && !resume {
			continue
		}
		p := processOf(d)
		if p < 0 {
			continue
		}
		if resume {
			if j := haltedBy(items, i, p); j >= 0 {
				if o := items[j].Development; o == "" || !lang.TellsResumption(lang.Words(o)) {
					// the newest state of the process it told halted, with
					// its outlet: not one of item j's sources
					items[j].Development, items[j].DevelopmentSource = d, items[i].DevelopmentSource
					items[j].developmentArticle = items[i].developmentArticle
				}
				items[i].Development, items[i].DevelopmentSource = "", ""
				continue
			}
		}
		if items[i].primary != processes[p].section {
			items[i].Development, items[i].DevelopmentSource = "", "" // another section's process: its own story's news
		}
	}
}

// haltedBy returns the item other than i whose own text tells process p
// halted and whose first report is no later than item i's last: the halt
// the resumption told by i's development ends. -1 when none.
func haltedBy(items []Item, i, p int) int {
	for j := range items {
		if j == i {
			continue
		}
		t := ownText(&items[j])
		if lang.TellsHalt(lang.Words(t)) && !lang.TellsResumption(lang.Words(t)) && processOf(t) == p &&
			!items[j].FirstSeen.After(items[i].LastSeen) {
			return j
		}
	}
	return -1
}
