package digest

import (
	"fmt"
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// SinceLast is what is new in a story since the subscription's last digest
// told of it: nothing told (New), or the changes — "toll rose — SOHR: 58
// (12 Apr) → 86 (14 Apr)", "ceasefire: in effect → collapsed", "3 more
// sources".
type SinceLast struct {
	New   bool      `json:"new"`
	Notes []string  `json:"notes,omitempty"`
	Told  time.Time `json:"told,omitempty"` // when the reader was last told of it
	// states are the notes of changes of state, figures the counts an
	// originator revised and more the outlets added: Notes in parts, for
	// the digest to write again with the days in its period's year.
	states  []string
	figures []revision
	more    int
}

// revision is an originator's count the reader was told (was) and the
// one it gives now; outlet: By names the outlet whose own count it is.
type revision struct {
	was, now news.DeliveredFigure
	outlet   bool
}

// kindWords say which figure rose or fell.
var kindWords = map[string]string{news.FigureKilled: "toll", news.FigureInjured: "injured",
	news.FigureDisplaced: "displaced", news.FigureEvacuated: "evacuated"}

// markSince says on each item what is new since the reader was told of it
// (told, by story id) and takes toldWeight off the score of a story told
// before that brings nothing of note but more sources. Its notes date
// counts as FormatDate does until the digest dates them in its period's
// year (dateFigures).
func markSince(items []Item, told map[int64]news.DeliveredStory) {
	for i := range items {
		it := &items[i]
		prev, ok := told[it.StoryID]
		if !ok {
			it.Since = &SinceLast{New: true}
			continue
		}
		s := &SinceLast{Told: prev.At, states: stateNotes(it, &prev), figures: revisions(it, &prev),
			more: max(it.SourceCount-prev.Sources, 0)}
		if len(s.states)+len(s.figures) == 0 {
			it.Score -= toldWeight
		}
		s.Notes = s.notes(nil)
		it.Since = s
	}
}

// notes words s, each count dated by day (nil: FormatDate).
func (s *SinceLast) notes(day func(time.Time) string) []string {
	if day == nil {
		day = func(t time.Time) string { return FormatDate(t) }
	}
	notes := slices.Clone(s.states)
	for _, r := range s.figures {
		notes = append(notes, r.text(day))
	}
	if s.more > 0 {
		notes = append(notes, fmt.Sprintf("%d more %s", s.more, lang.Plural(s.more, "source", "sources")))
	}
	if len(notes) == 0 {
		notes = []string{"a new report"}
	}
	return notes
}

// dated is s with its notes' days written by day; s itself is left as
// it is (items may be shared).
func (s *SinceLast) dated(day func(time.Time) string) *SinceLast {
	if s == nil || s.New {
		return s
	}
	c := *s
	c.Notes = c.notes(day)
	return &c
}

// stateNotes are the changes of state between what was told and the item:
// a change of its ceasefire's state, changes of state it did not report.
func stateNotes(it *Item, prev *news.DeliveredStory) []string {
	var notes []string
	if st := it.CeasefireStatus; st != news.CeasefireNone && prev.Ceasefire != st {
		notes = append(notes, ChangeText(news.CeasefireChange(st), prev.Ceasefire))
	}
	for _, c := range it.Changes {
		if c.Change.Category() != news.Ceasefire && !slices.Contains(prev.Changes, c.Change) {
			notes = append(notes, c.Text)
		}
	}
	return notes
}

// revisions are the figures an originator revised since the reader was
// told of them.
func revisions(it *Item, prev *news.DeliveredStory) []revision {
	var out []revision
	for _, f := range it.Figures {
		for _, now := range f.Latest {
			for _, was := range prev.Figures {
				if was.Kind == now.Kind && was.By == now.By && was.Value != now.Value {
					out = append(out, revision{was: was, now: now, outlet: f.outlets[now.By]})
				}
			}
		}
	}
	return out
}

// text words a revision as a figure line (see the package doc, "Figure
// lines"), after what changed: "toll rose — SOHR: 58 (12 Apr) → 86 (14
// Apr)", "injured rose — according to a hospital: 45 (12 Apr) → 52 (14
// Apr)"; "changed" when the two counts name different groups.
func (r revision) text(day func(time.Time) string) string {
	word := kindWords[r.now.Kind]
	if word == "" {
		word = r.now.Kind
	}
	verb := "rose"
	switch {
	case r.was.Who != "" && r.now.Who != "" && r.was.Who != r.now.Who:
		verb = "changed" // not one count's rise: 25 civilians, then 40 fighters
	case r.now.Value < r.was.Value:
		verb = "revised down"
	}
	name := r.now.By
	if r.now.PartyClaim {
		name += partySuffix
	}
	line := story.LinePart{Name: name, Counts: revisionCounts(r.was, r.now, day), Outlet: r.outlet,
		Generic: !r.outlet && story.GenericGiver(r.now.By)}
	return word + " " + verb + " — " + lineText(line)
}

// revisionCounts are the two counts, each with the group it counts and
// the day of its report as a figure line dates them: one day once, at the
// end ("58 → 86 (14 Apr)"); else each its own, "day not known" for one
// without beside one with; none when neither is known.
func revisionCounts(was, now news.DeliveredFigure, day func(time.Time) string) string {
	a, b := countWithGroup(was), countWithGroup(now)
	wd, nd := was.Reported, now.Reported
	switch {
	case wd.IsZero() && nd.IsZero():
		return a + " → " + b
	case !wd.IsZero() && !nd.IsZero() && sameDay(wd, nd):
		return a + " → " + b + " (" + day(nd) + ")"
	}
	return a + " (" + dayOrUnknown(wd, day) + ") → " + b + " (" + dayOrUnknown(nd, day) + ")"
}

func countWithGroup(c news.DeliveredFigure) string {
	if c.Who == "" {
		return c.Text
	}
	return c.Text + " " + c.Who
}

func dayOrUnknown(t time.Time, day func(time.Time) string) string {
	if t.IsZero() {
		return "day not known"
	}
	return day(t)
}

func sameDay(a, b time.Time) bool {
	a, b = a.UTC(), b.UTC()
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// DeliveredStories returns what the digest tells of each story it shows,
// for the subscription's next digest to say what changed since.
func DeliveredStories(d *Digest) []news.DeliveredStory {
	var out []news.DeliveredStory
	for _, sec := range d.Sections {
		for _, it := range sec.Items {
			if it.SessionOf != 0 {
				continue // part of the attack's story, told with it
			}
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
