package story

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// The invented reports of a week-long truce declared over on a Monday, of
// that day's other events that mention it, and of another conflict's
// truce on the same day.
var (
	truceDay     = time.Date(2014, 6, 2, 12, 0, 0, 0, time.UTC) // a Monday
	truceReports = []struct {
		title, text string
		day         int
	}{
		// 0, 1, 2: the change, told as news by three outlets in other words
		{"Syrian army declares week-long truce over",
			"2 June 2014 The Syrian army said on Monday that the week-long ceasefire brokered by the envoys had ended, blaming the rebels for hundreds of breaches.", 0},
		{"Syria ceasefire collapses as envoys fail to extend it",
			"2 June 2014 A fragile ceasefire in Syria collapsed on Monday after envoys meeting in Vienna failed to agree on extending it, officials said.", 0},
		{"Truce in Syria is over, says military command",
			"3 June 2014 The military command announced late on Monday that the truce in Syria was over and that operations would resume against armed groups in Hama and Homs.", 1},
		// 3: another event of the day whose lead tells the collapse
		{"Rebels repel army offensive near Hama, killing 30",
			"2 June 2014 Rebels repelled an army offensive north of Hama on Monday, killing 30 soldiers, hours after the Syrian army declared the week-long ceasefire over.", 0},
		// 4: another conflict's truce collapses the same day
		{"Yemen ceasefire collapses as talks stall",
			"2 June 2014 A ceasefire in Yemen collapsed on Monday as talks in Kuwait between the government and the Houthis stalled, officials in Sanaa said.", 0},
	}
)

func truceItems(t *testing.T) []Item {
	t.Helper()
	var out []Item
	for i, r := range truceReports {
		it := analysedItem(int64(i+1), r.title, r.text, truceDay.AddDate(0, 0, r.day))
		out = append(out, it)
	}
	return out
}

// TestTruceReportsAreOneStory: reports that tell one ceasefire's change of
// status as their news are one story, whatever their words and order; a
// report of another event that mentions the change, and a change of
// another conflict's truce, are not part of it.
func TestTruceReportsAreOneStory(t *testing.T) {
	its := truceItems(t)
	for i, want := range []news.Change{news.ChangeCeasefireCollapsed, news.ChangeCeasefireCollapsed, news.ChangeCeasefireCollapsed, "", news.ChangeCeasefireCollapsed} {
		if got := truceNews(its[i].Title, its[i].TitleMarks, its[i].Changes); got != want {
			t.Errorf("%q: truce news %q (changes %v), want %q", its[i].Title, got, its[i].Changes, want)
		}
	}
	want := []int64{1, 1, 1, 4, 5}
	for _, order := range [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {2, 3, 0, 4, 1}} {
		got := clusterItems(its, order)
		if !sameClusters(got, want) {
			t.Errorf("order %v: stories %v, want the partition %v", order, got, want)
		}
	}
}

// clusterItems adds items to an index in the given order, as the pipeline
// does, and returns each item's story (by item index).
func clusterItems(its []Item, order []int) []int64 {
	x := NewIndex(Config{})
	out := make([]int64, len(its))
	for _, i := range order {
		out[i] = assign(x, its[i], int64(i+1))
	}
	for i := range out {
		out[i] = x.Find(out[i])
	}
	return out
}

// sameClusters reports whether two labellings partition items alike.
func sameClusters(a, b []int64) bool {
	for i := range a {
		for j := range a {
			if (a[i] == a[j]) != (b[i] == b[j]) {
				return false
			}
		}
	}
	return len(a) == len(b)
}

// TestTruceChangeTwoDaysLater: a report of the same change two days later
// is not linked by it: a change is an event of its day (a truce declared
// over, then declared again and broken, is two changes).
func TestTruceChangeTwoDaysLater(t *testing.T) {
	its := truceItems(t)
	later := analysedItem(9, "Syria truce is over, army repeats",
		"4 June 2014 The Syrian army said on Wednesday the ceasefire had collapsed and would not be renewed.", truceDay.AddDate(0, 0, 2))
	if got := truceNews(later.Title, later.TitleMarks, later.Changes); got != news.ChangeCeasefireCollapsed {
		t.Fatalf("%q: truce news %q, want collapsed", later.Title, got)
	}
	x := NewIndex(Config{})
	x.Add(1, its[0])
	if got := x.Links(later); slices.Contains(got, 1) {
		t.Errorf("a report of the change two days later links Monday's: %v", got)
	}
}

// TestTruceViolatedEachDay: reports of a truce broken on Monday and again
// on Tuesday, each naming its day, are two changes, not one story that daily
// reports would chain across weeks.
func TestTruceViolatedEachDay(t *testing.T) {
	mon := analysedItem(1, "Syria truce violated, monitors say",
		"2 June 2014 Monitors said the ceasefire in Syria was violated on Monday in Hama province.", truceDay)
	tue := analysedItem(2, "Syrian truce breached, observers report",
		"3 June 2014 Observers said the truce in Syria was breached again on Tuesday in Homs province.", truceDay.AddDate(0, 0, 1))
	for _, it := range []Item{mon, tue} {
		if got := truceNews(it.Title, it.TitleMarks, it.Changes); got != news.ChangeCeasefireViolated || !it.DayNamed {
			t.Fatalf("%q: truce news %q, day named %v; want violated, named", it.Title, got, it.DayNamed)
		}
	}
	x := NewIndex(Config{})
	x.Add(1, mon)
	if got := x.Links(tue); slices.Contains(got, 1) {
		t.Errorf("Tuesday's breach links Monday's: %v", got)
	}
	tue.DayNamed = false // dated by its dateline only: may tell of Monday
	if got := x.Links(tue); !slices.Contains(got, 1) {
		t.Errorf("a report of the breach dated the next day by its dateline does not link Monday's: %v", got)
	}
}

// TestTruceOfAnotherTown: a truce taking effect in one besieged town is not
// one taking effect in another of the same conflict on the same day.
func TestTruceOfAnotherTown(t *testing.T) {
	a := analysedItem(1, "Truce takes effect in Zabadani",
		"2 June 2014 A ceasefire took effect in the besieged town of Zabadani on Monday under a deal between the government and the rebels, a monitor said.", truceDay)
	b := analysedItem(2, "Truce takes effect in Madaya",
		"2 June 2014 A ceasefire took effect in the besieged town of Madaya on Monday, residents said, after weeks of talks.", truceDay)
	for _, it := range []*Item{&a, &b} {
		it.Places = append(it.Places, news.Entity{Name: it.Title[len("Truce takes effect in "):], Kind: "town", Conflict: "syria", Lead: true})
		if got := truceNews(it.Title, it.TitleMarks, it.Changes); got != news.ChangeCeasefireInEffect {
			t.Fatalf("%q: truce news %q (changes %v), want in_effect", it.Title, got, it.Changes)
		}
	}
	x := NewIndex(Config{})
	x.Add(1, a)
	if got := x.Links(b); slices.Contains(got, 1) {
		t.Errorf("Madaya's truce links Zabadani's: %v", got)
	}
	c := analysedItem(3, "Zabadani ceasefire comes into force",
		"2 June 2014 Residents of the besieged town of Zabadani said a ceasefire came into force at noon on Monday.", truceDay)
	c.Places = append(c.Places, news.Entity{Name: "Zabadani", Kind: "town", Conflict: "syria", Lead: true})
	if got := x.Links(c); !slices.Contains(got, 1) {
		t.Errorf("another report of Zabadani's truce does not link it: %v (truce news %q)", got, truceNews(c.Title, c.TitleMarks, c.Changes))
	}
}

func TestTruceNews(t *testing.T) {
	collapsed := []news.StateChange{{Change: news.ChangeCeasefireCollapsed, Sentence: "The truce collapsed on Monday."}}
	for _, tt := range []struct {
		title   string
		changes []news.StateChange
		want    news.Change
	}{
		{"Army says truce is over", collapsed, news.ChangeCeasefireCollapsed},
		{"Army says truce is over", nil, ""},
		{"Strikes kill 12 as truce collapses", []news.StateChange{{Change: news.ChangeCeasefireCollapsed, Sentence: "Strikes kill 12 as truce collapses"}}, ""},
		{"Truce collapses as air strikes resume", []news.StateChange{{Change: news.ChangeCeasefireCollapsed, Sentence: "Truce collapses as air strikes resume"}}, news.ChangeCeasefireCollapsed},
		{"Convoy attack near the city", collapsed, ""},
		{"Talks open in Geneva", []news.StateChange{{Change: news.ChangeTalksOpened}}, ""},
	} {
		if got := truceNews(tt.title, analyze.TitleMarks(tt.title, noLead), tt.changes); got != tt.want {
			t.Errorf("truceNews(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestTruceAsBackgroundFilesByEvent: a report of a strike whose ceasefire
// sentences are another town's event strung on after its own, an earlier
// day's report and the sentence carrying it on, or a running count of
// breaches since the truce began, is filed by its event (Violence); one
// that tells the strike as the day's violation of a truce named by its
// month stays under Ceasefire (0530's readers: a Latakia bomb filed under
// Ceasefire for an Aleppo paragraph, US strikes on IS for a relayed
// agency report on the truce).
func TestTruceAsBackgroundFilesByEvent(t *testing.T) {
	at := time.Date(2016, 6, 1, 9, 0, 0, 0, time.UTC) // a Wednesday
	lead := "A car bomb killed 6 people near the market of Qasr on Wednesday, a police source said."
	places := []news.Entity{{Name: "Qasr", Kind: "city", Lead: true, Count: 2}, {Name: "Marrat", Kind: "city", Count: 1}}
	story := func(ev ...string) news.Story {
		text := lead + " Rescuers searched the rubble through the day. " + strings.Join(ev, " ")
		an := news.Analysis{Categories: []news.Category{news.Ceasefire, news.Violence}, CeasefireStatus: news.CeasefireViolated,
			EventDate: "2016-06-01", Places: places, Evidence: map[news.Category][]string{news.Ceasefire: ev}}
		return Build([]Member{member(1, "wire", "Car bomb kills 6 in Qasr", text, at, an)})
	}
	for _, c := range []struct {
		name string
		ev   []string
		want news.Category
	}{
		{"another town's breach", []string{"In the same context two women were wounded by shells on Marrat in a new breach of the truce."}, news.Violence},
		{"an earlier day's report, carried on", []string{
			"On Sunday Reuters said the rebels had used the truce to recruit hundreds of fighters.",
			"It shows how the truce has in many ways backfired, the agency said."}, news.Violence},
		{"a truce of an earlier day, whose state is the news", []string{
			"A truce announced by the army on Monday has had little effect on the fighting around Qasr."}, news.Ceasefire},
		{"a running count", []string{"The monitoring centre has registered 500 breaches since the truce came into effect on February 27."}, news.Violence},
		{"the day's violation", []string{"The bombing is another violation of the truce agreed in February."}, news.Ceasefire},
		{"breaches since the truce, counting none", []string{"Militants have repeatedly breached the truce since it came into effect on February 27."}, news.Ceasefire},
		{"a carried-on sentence after the day's news", []string{
			"The bombing is another violation of the truce.",
			"It came as envoys met to shore up the truce."}, news.Ceasefire},
	} {
		s := story(c.ev...)
		if got := Primary(&s); got != c.want {
			t.Errorf("%s: filed under %q, want %q (categories %v)", c.name, got, c.want, s.Categories)
		}
	}
}
