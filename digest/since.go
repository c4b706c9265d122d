package digest

import (
	"fmt"
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// SinceLast is what is new in a story since the subscription's last digest
// told of it: nothing told (New), or the changes — "toll rose 58 → 86
// (SOHR)", "ceasefire: in effect → collapsed", "3 more sources".
type SinceLast struct {
	New   bool      `json:"new"`
	Notes []string  `json:"notes,omitempty"`
	Told  time.Time `json:"told,omitempty"` // when the reader was last told of it
}

// kindWords say which figure rose or fell.
var kindWords = map[string]string{news.FigureKilled: "toll", news.FigureInjured: "injured",
	news.FigureDisplaced: "displaced", news.FigureEvacuated: "evacuated"}

// markSince says on each item what is new since the reader was told of it
// (told, by story id) and takes toldWeight off the score of a story told
// before that brings nothing of note but more sources.
func markSince(items []Item, told map[int64]news.DeliveredStory) {
	for i := range items {
		it := &items[i]
		prev, ok := told[it.StoryID]
		if !ok {
			it.Since = &SinceLast{New: true}
			continue
		}
		notes := sinceNotes(it, &prev)
		more := it.SourceCount - prev.Sources
		if len(notes) == 0 {
			it.Score -= toldWeight
		}
		if more > 0 {
			notes = append(notes, fmt.Sprintf("%d more %s", more, plural(more, "source", "sources")))
		}
		if len(notes) == 0 {
			notes = []string{"a new report"}
		}
		it.Since = &SinceLast{Notes: notes, Told: prev.At}
	}
}

// sinceNotes are the changes of note between what was told and the item:
// a change of its ceasefire's state, changes of state it did not report,
// figures an originator revised.
func sinceNotes(it *Item, prev *news.DeliveredStory) []string {
	var notes []string
	if st := it.CeasefireStatus; st != news.CeasefireNone && prev.Ceasefire != st {
		notes = append(notes, ChangeText(news.CeasefireChange(st), prev.Ceasefire))
	}
	for _, c := range it.Changes {
		if c.Change.Category() != news.Ceasefire && !slices.Contains(prev.Changes, c.Change) {
			notes = append(notes, c.Text)
		}
	}
	for _, f := range it.Figures {
		for _, now := range f.Latest {
			for _, was := range prev.Figures {
				if was.Kind != now.Kind || was.By != now.By || was.Value == now.Value {
					continue
				}
				verb := "rose"
				if now.Value < was.Value {
					verb = "revised down"
				}
				word := kindWords[now.Kind]
				if word == "" {
					word = now.Kind
				}
				notes = append(notes, fmt.Sprintf("%s %s %s → %s (%s)", word, verb, was.Text, now.Text, f.who(now.By)))
			}
		}
	}
	return notes
}

// DeliveredStories returns what the digest tells of each story it shows,
// for the subscription's next digest to say what changed since.
func DeliveredStories(d *Digest) []news.DeliveredStory {
	var out []news.DeliveredStory
	for _, sec := range d.Sections {
		for _, it := range sec.Items {
			ds := news.DeliveredStory{StoryID: it.StoryID, Sources: it.SourceCount, Ceasefire: it.CeasefireStatus}
			for _, c := range it.Changes {
				ds.Changes = append(ds.Changes, c.Change)
			}
			for _, f := range it.Figures {
				ds.Figures = append(ds.Figures, f.Latest...)
			}
			out = append(out, ds)
		}
	}
	return out
}
