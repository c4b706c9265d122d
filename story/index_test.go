package story

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

var t0 = time.Date(2016, 7, 5, 9, 0, 0, 0, time.UTC)

func item(id int64, title, text string, at time.Time, places ...string) Item {
	it := Item{ArticleID: id, Title: title, Text: text, Published: at, EventDay: dayNumber(at),
		Fingerprint: analyze.Fingerprint(title, text), TitleMarks: titleMarks(title, text)}
	for _, p := range places {
		it.Places = append(it.Places, news.Entity{Name: p, Kind: "city"})
	}
	return it
}

const (
	bakeryText  = "A motorcycle bomber killed at least 16 civilians outside a bakery in the Syrian city of Hasakeh on Tuesday, on the eve of the feast marking the end of Ramadan, an official said. The attack also wounded dozens of people in the Kurdish-held district, the Syrian Observatory for Human Rights said. No group immediately claimed the bombing."
	bakeryCopy  = "A motorcycle bomber killed at least 16 civilians outside a bakery in the city of Hasakeh on Tuesday, on the eve of the feast that marks the end of Ramadan, an official said. The attack wounded dozens of people in the Kurdish district, the Syrian Observatory for Human Rights said. No group has claimed the bombing."
	bakeryOther = "Sixteen people died when a suicide bomber on a motorbike blew himself up near a crowded bakery in Hasakeh, Kurdish security forces said. Dozens were wounded in the blast in the Salihiah neighbourhood, a day before Eid."
	aleppoText  = "Government air strikes on rebel-held eastern Aleppo killed 25 people, including six children, rescue workers said on Wednesday. The raids hit a market and a clinic in the Shaar district."
	genevaText  = "United Nations envoy Staffan de Mistura said talks in Geneva between the government and the opposition would resume next week. Delegations discussed a political transition and a nationwide ceasefire."
)

// titleMarks returns the marks an analysis carries of title over text's
// lead (news.Analysis.TitleMarks), for items made by hand.
func titleMarks(title, text string) news.TitleMarks {
	return analyze.TitleMarks(title, func() []string { return textLead(text, nil, leadSentences) })
}

// noLead is the lead of a title read alone.
func noLead() []string { return nil }

// links returns the story keys an item links to, as a set.
func hasLink(x *Index, it Item, key int64) bool {
	return slices.Contains(x.Links(it), key)
}

func TestIndexLinks(t *testing.T) {
	x := NewIndex(Config{})
	tue := t0 // a Tuesday
	x.Add(1, item(1, "Motorbike bomber kills 16 outside bakery in Syria's Hasakeh", bakeryText, tue, "hasakeh"))
	x.Add(2, item(2, "Air strikes kill 25 in Aleppo market", aleppoText, tue, "aleppo"))
	tests := []struct {
		name string
		it   Item
		want []int64
	}{
		{"near-duplicate, new title", item(3, "16 civilians killed in Hasakeh bomb attack", bakeryCopy, tue.Add(2*time.Hour), "hasakeh"), []int64{1}},
		{"independent report", item(4, "Suicide bomber kills 16 near bakery in Syria's Hasakeh", bakeryOther, tue.Add(5*time.Hour), "hasakeh"), []int64{1}},
		{"other event, same day", item(5, "Syria peace talks to resume in Geneva", genevaText, tue.Add(time.Hour), "geneva"), nil},
		{"same text, five days later", item(6, "Bomber kills 16 in Syria", bakeryText, tue.Add(5*24*time.Hour), "hasakeh"), nil},
		{"republished with its rare title, five days later", item(8, "Motorbike bomber kills 16 outside bakery in Syria's Hasakeh", bakeryText, tue.Add(5*24*time.Hour), "hasakeh"), []int64{1}},
		{"update of the air strikes, next day", item(7, "Aleppo air strikes toll rises to 31", "The toll from government air strikes on a market and a clinic in rebel-held eastern Aleppo rose to 31, rescue workers said. Six children were among the dead in the Shaar district.", tue.Add(20*time.Hour), "aleppo"), []int64{2}},
		{"empty item", Item{Published: tue, EventDay: dayNumber(tue)}, nil},
		{"no day", Item{Title: "Motorbike bomber kills 16 outside bakery", Text: bakeryText, EventDay: NoDay,
			TitleMarks: titleMarks("Motorbike bomber kills 16 outside bakery", bakeryText)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Links(tt.it); !slices.Equal(got, tt.want) {
				t.Fatalf("Links = %v, want %v", got, tt.want)
			}
		})
	}
}

// A later report that names a later day of its own tells of a later event,
// however alike the words: Wednesday's shelling is not Tuesday's.
func TestIndexNamedDays(t *testing.T) {
	x := NewIndex(Config{})
	text := "Terrorists fired rocket shells on the Salaheddin neighbourhood of Aleppo on %s, killing eight civilians and injuring 12, a police source told SANA."
	tue := item(1, "Rocket attack on Aleppo's Salaheddin kills 8", fmt.Sprintf(text, "Tuesday"), t0, "aleppo")
	tue.DayNamed = true
	x.Add(1, tue)
	wed := item(2, "Rocket attack on Aleppo's Salaheddin kills 8", strings.Replace(fmt.Sprintf(text, "Wednesday"), "eight", "ten", 1), t0.Add(24*time.Hour), "aleppo")
	wed.DayNamed = true
	if got := x.Links(wed); len(got) != 0 {
		t.Errorf("Wednesday's report links %v, want none", got)
	}
	wed.DayNamed = false // dated by its dateline only: may tell of Tuesday
	if !hasLink(x, wed, 1) {
		t.Errorf("a report dated the next day by its dateline does not link Tuesday's")
	}
}

func TestIndexMergeAndFind(t *testing.T) {
	x := NewIndex(Config{})
	x.Merge(3, 2)
	x.Merge(2, 1)
	x.Merge(1, 1)
	for _, k := range []int64{1, 2, 3} {
		if got := x.Find(k); got != 1 {
			t.Errorf("Find(%d) = %d, want 1", k, got)
		}
	}
	x.Add(3, item(1, "Motorbike bomber kills 16 outside bakery in Syria's Hasakeh", bakeryText, t0, "hasakeh"))
	if got := x.Links(item(2, "16 civilians killed in Hasakeh bomb attack", bakeryCopy, t0, "hasakeh")); !slices.Equal(got, []int64{1}) {
		t.Errorf("Links = %v, want the merged story [1]", got)
	}
}

func TestIndexEvictDays(t *testing.T) {
	x := NewIndex(Config{})
	old := item(1, "Motorbike bomber kills 16 outside bakery in Syria's Hasakeh", bakeryText, t0, "hasakeh")
	x.Add(1, old)
	x.Add(2, item(2, "Air strikes kill 25 in Aleppo market", aleppoText, t0.Add(72*time.Hour), "aleppo"))
	if got := x.EvictDays([]int32{dayNumber(t0)}); got != 1 {
		t.Fatalf("EvictDays = %d, want 1", got)
	}
	if got := x.Len(); got != 1 {
		t.Fatalf("Len after EvictDays = %d, want 1", got)
	}
	if got := x.Links(old); len(got) != 0 {
		t.Fatalf("Links of an evicted article's copy = %v, want none", got)
	}
	x.Add(3, old) // a reused slot must not confuse story keys
	if got := x.Links(old); !slices.Equal(got, []int64{3}) {
		t.Fatalf("Links after re-adding = %v, want [3]", got)
	}
	if got := x.EvictDays([]int32{dayNumber(t0), dayNumber(t0.Add(72 * time.Hour))}); got != 2 {
		t.Fatalf("EvictDays all = %d, want 2", got)
	}
	if len(x.postings) != 0 || len(x.byDay) != 0 || x.size != 0 {
		t.Fatalf("after evicting all: %d postings, %d days, %d docs; want none", len(x.postings), len(x.byDay), x.size)
	}
}

// TestIndexFindsEditedCopies checks linking, not SimHash alone: a copy with
// 10 % of its words dropped or replaced links to its original.
func TestIndexFindsEditedCopies(t *testing.T) {
	recs := loadRecords(t, "testdata/articles.jsonl")
	x := NewIndex(Config{})
	for i, r := range recs {
		x.Add(int64(i+1), item(int64(i+1), r.Title, r.Text, t0, r.Location))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	hit := 0
	for i, r := range recs {
		if hasLink(x, item(0, r.Title, edit(r.Text, 0.10, rng), t0.Add(time.Hour), r.Location), int64(i+1)) {
			hit++
		}
	}
	recall := float64(hit) / float64(len(recs))
	t.Logf("10%% edits linked to their original: %.3f", recall)
	if recall < 0.95 {
		t.Errorf("recall of edited copies %.3f, want >= 0.95", recall)
	}
}

func TestIndexConcurrentUse(t *testing.T) {
	x := NewIndex(Config{})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 50 {
				at := t0.Add(time.Duration(i) * time.Hour)
				it := item(0, fmt.Sprintf("Strike number %d kills %d in town %d", i, g, i), aleppoText, at, "aleppo")
				if links := x.Links(it); len(links) > 0 {
					x.Add(links[0], it)
				} else {
					x.Add(int64(g*1000+i+1), it)
				}
				if i%10 == 0 {
					x.EvictDays([]int32{dayNumber(at) - 1})
				}
			}
		})
	}
	wg.Wait()
	if x.Len() == 0 {
		t.Fatal("no article after concurrent adds")
	}
}

// FuzzIndex feeds outside text (titles, article text, place names) and any
// day through Links and Add: no panic, an item links to its own copy once
// added, and linking is symmetric.
func FuzzIndex(f *testing.F) {
	f.Add("Motorbike bomber kills 16", bakeryText, "hasakeh", int32(0))
	f.Add("", "", "", int32(-1))
	f.Add("ÿ\x00", "<p>1,000,000,000</p> 2016. Ä.", "\u202e", int32(1<<30))
	f.Add("gas attack", "Chemical gas attack on Khan Shaykhun", "idlib", NoDay)
	f.Fuzz(func(t *testing.T, title, text, place string, day int32) {
		x := NewIndex(Config{})
		base := item(1, bakeryText[:40], bakeryText, t0, "hasakeh")
		x.Add(1, base)
		it := item(2, title, text, t0, place)
		it.EventDay = day
		a := x.Links(it)
		x.Add(2, it)
		y := NewIndex(Config{})
		y.Add(2, it)
		b := y.Links(base)
		if slices.Contains(a, 1) != slices.Contains(b, 2) {
			t.Errorf("links not symmetric: %v against %v", a, b)
		}
		if !slices.Contains(x.Links(it), 2) && (len(x.docOf(&it).keys) > 0) {
			t.Errorf("an article does not link to its own copy")
		}
	})
}

// dotSet, the cosine Links computes, is dot bit for bit: the same products
// added in the same order, on every pair of the development articles.
func TestDotSetIsDot(t *testing.T) {
	recs := loadRecords(t, "testdata/articles.jsonl")
	x := NewIndex(Config{})
	vecs := make([]vector, len(recs))
	for i, r := range recs {
		it := Item{Title: r.Title, Text: r.Text, TitleMarks: titleMarks(r.Title, r.Text)}
		vecs[i] = x.docOf(&it).vec
	}
	var set termSet
	nonzero := 0
	for i, a := range vecs {
		set.fill(a)
		for _, b := range vecs {
			want := a.dot(b)
			if got := a.dotSet(&set, b); got != want {
				t.Fatalf("article %d: dotSet %v, dot %v", i, got, want)
			}
			if want > 0 {
				nonzero++
			}
		}
	}
	if nonzero < len(vecs)*len(vecs)/2 {
		t.Errorf("only %d of %d pairs share a term: the test compares zeros", nonzero, len(vecs)*len(vecs))
	}
}

// A night event is one event on two days: a report of a strike "late
// Tuesday" and the next day's report of a strike on the same clinic in the
// same town link; a report that names Tuesday and one that names Wednesday,
// with no night word, tell of two days' strikes and stay apart. The items
// go through the analysis, as in the pipeline.
func TestIndexNightEvents(t *testing.T) {
	analysed := func(id int64, title, text string) Item {
		a := &news.Article{ID: id, Title: title, Text: text, Location: "aleppo",
			Published: time.Date(2016, 9, 21, 12, 0, 0, 0, time.UTC), Fetched: time.Date(2016, 9, 22, 0, 0, 0, 0, time.UTC)}
		an := analyze.Analyze(a)
		return NewItem(a, &an)
	}
	const (
		lateText = "21 September 2016 Four medics were killed when an air strike hit a clinic in the village of Khan Tuman south of Aleppo %s. The clinic was levelled and more dead were feared under the rubble, a relief group said."
		nextText = "21 September 2016 Warplanes bombed a medical centre in the town of Khan Tuman in southern rural Aleppo %s, killing 15 members of its staff, activists said. The hospital was destroyed."
	)
	for _, tt := range []struct {
		name, first, second string
		want                bool
	}{
		{"late Tuesday and Wednesday", "late Tuesday", "on Wednesday", true},
		{"overnight into Wednesday", "on Tuesday night", "early on Wednesday", true},
		{"Tuesday and Wednesday", "on Tuesday", "on Wednesday", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := NewIndex(Config{})
			x.Add(1, analysed(1, "Four medics killed in strike on clinic near Aleppo", fmt.Sprintf(lateText, tt.first)))
			second := analysed(2, "Medics killed in air strikes on hospital in southern Aleppo", fmt.Sprintf(nextText, tt.second))
			if got := hasLink(x, second, 1); got != tt.want {
				t.Errorf("linked = %v, want %v (event days %d, %d)", got, tt.want, x.docs[0].day, second.EventDay)
			}
		})
	}
}

// One target is one term however an outlet names it: a strike on a clinic
// and one on the hospital of the same town are alike.
func TestTargetAliases(t *testing.T) {
	for _, ws := range [][2]string{{"clinic", "hospital"}, {"clinics", "hospitals"}, {"centre", "center"}} {
		if a, b := term(ws[0]), term(ws[1]); a != b || a == "" {
			t.Errorf("term(%q) = %q, term(%q) = %q, want one term", ws[0], a, ws[1], b)
		}
	}
}

// titleHas reports whether the analysis's marks of title over lead
// (analyze.TitleMarks) hold k.
func titleHas(title string, lead []string, k news.TitleMarks) bool {
	return analyze.TitleMarks(title, func() []string { return lead }).Has(k)
}
