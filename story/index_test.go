package story

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

var t0 = time.Date(2016, 7, 5, 9, 0, 0, 0, time.UTC)

func item(id int64, title, text string, at time.Time, places ...string) Item {
	it := Item{ArticleID: id, Title: title, Text: text, Published: at, Fingerprint: analyze.Fingerprint(title, text)}
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

func TestIndexAssign(t *testing.T) {
	x := NewIndex(Config{})
	x.Add(1, item(1, "Motorbike bomber kills 16 outside bakery in Syria's Hasakeh", bakeryText, t0, "hasakeh"))
	x.Add(2, item(2, "Air strikes kill 25 in Aleppo market", aleppoText, t0, "aleppo"))
	tests := []struct {
		name string
		it   Item
		want int64 // 0: no story
	}{
		{"near-duplicate, new title", item(3, "16 civilians killed in Hasakeh bomb attack", bakeryCopy, t0.Add(2*time.Hour), "hasakeh"), 1},
		{"independent report", item(4, "Suicide bomber kills 16 near bakery in Syria's Hasakeh", bakeryOther, t0.Add(5*time.Hour), "hasakeh"), 1},
		{"other event, same day", item(5, "Syria peace talks to resume in Geneva", genevaText, t0.Add(time.Hour), "geneva"), 0},
		{"same text, out of the window", item(6, "Motorbike bomber kills 16 outside bakery in Syria's Hasakeh", bakeryText, t0.Add(5*24*time.Hour), "hasakeh"), 0},
		{"update of the air strikes", item(7, "Aleppo air strikes toll rises to 31", "The toll from government air strikes on a market and a clinic in rebel-held eastern Aleppo rose to 31, rescue workers said. Six children were among the dead in the Shaar district.", t0.Add(20*time.Hour), "aleppo"), 2},
		{"empty item", Item{Published: t0}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, score, ok := x.Match(tt.it)
			if tt.want == 0 && ok {
				t.Fatalf("Match = story %d (score %.2f), want no story", id, score)
			}
			if tt.want != 0 && (!ok || id != tt.want) {
				t.Fatalf("Match = story %d ok %v (score %.2f), want story %d", id, ok, score, tt.want)
			}
		})
	}
}

func TestIndexEvict(t *testing.T) {
	x := NewIndex(Config{Window: 48 * time.Hour})
	old := item(1, "Motorbike bomber kills 16 outside bakery in Syria's Hasakeh", bakeryText, t0)
	x.Add(1, old)
	x.Add(2, item(2, "Air strikes kill 25 in Aleppo market", aleppoText, t0.Add(30*time.Hour)))
	if got := x.Evict(t0.Add(time.Hour)); got != 1 {
		t.Fatalf("Evict = %d, want 1", got)
	}
	if got := x.Len(); got != 1 {
		t.Fatalf("Len after Evict = %d, want 1", got)
	}
	if id, _, ok := x.Match(old); ok {
		t.Fatalf("Match of an evicted story's article = story %d, want none", id)
	}
	x.Add(3, old) // slot reuse must not confuse story ids
	if id, _, ok := x.Match(old); !ok || id != 3 {
		t.Fatalf("Match after re-adding = %d ok %v, want 3", id, ok)
	}
	if got := x.Evict(t0.Add(100 * time.Hour)); got != 2 {
		t.Fatalf("Evict all = %d, want 2", got)
	}
	if len(x.postings) != 0 || len(x.df) != 0 || x.docs != 0 || len(x.byID) != 0 {
		t.Fatalf("after evicting all: %d postings, %d df, %d docs, %d stories; want none",
			len(x.postings), len(x.df), x.docs, len(x.byID))
	}
	for b := range x.bands {
		if len(x.bands[b]) != 0 {
			t.Fatalf("band %d keeps %d keys after evicting all", b, len(x.bands[b]))
		}
	}
}

// TestIndexFindsEditedCopies checks assignment, not SimHash alone: a copy
// with 10 % of its words dropped or replaced joins its original's story.
func TestIndexFindsEditedCopies(t *testing.T) {
	recs := loadRecords(t, "testdata/articles.jsonl")
	x := NewIndex(Config{})
	for i, r := range recs {
		x.Add(int64(i+1), item(int64(i+1), r.Title, r.Text, t0))
	}
	same := map[[2]string]bool{}
	for _, p := range loadPairs(t) {
		same[[2]string{p.A, p.B}], same[[2]string{p.B, p.A}] = p.Same, p.Same
	}
	rng := rand.New(rand.NewPCG(3, 4))
	hit := 0
	for _, r := range recs {
		id, _, ok := x.Match(item(0, r.Title, edit(r.Text, 0.10, rng), t0.Add(time.Hour)))
		switch {
		case ok && (recs[id-1].ID == r.ID || same[[2]string{recs[id-1].ID, r.ID}]):
			hit++ // its own story, or that of another copy of one report
		case ok:
			t.Logf("copy of %s joined %s", r.ID, recs[id-1].ID)
		}
	}
	recall := float64(hit) / float64(len(recs))
	t.Logf("10%% edits found in their story: %.3f", recall)
	if recall < 0.95 {
		t.Errorf("recall of edited copies %.3f, want >= 0.95", recall)
	}
}

func TestIndexConcurrentUse(t *testing.T) {
	x := NewIndex(Config{})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				it := item(0, fmt.Sprintf("Strike number %d kills %d in town %d", i, g, i), aleppoText, t0.Add(time.Duration(i)*time.Hour))
				if _, _, ok := x.Match(it); !ok {
					x.Add(int64(g*1000+i), it)
				}
				if i%10 == 0 {
					x.Evict(t0.Add(time.Duration(i-20) * time.Hour))
				}
			}
		}()
	}
	wg.Wait()
	if x.Len() == 0 {
		t.Fatal("no story after concurrent adds")
	}
}

// FuzzIndex feeds outside text (titles, article text, place names) through
// Match and Add: no panic, a score within [0, 1] plus the place bonus, and
// an article always matches its own story once added when it has terms.
func FuzzIndex(f *testing.F) {
	f.Add("Motorbike bomber kills 16", bakeryText, "hasakeh", int64(0))
	f.Add("", "", "", int64(-1))
	f.Add("ÿ\x00", "<p>1,000,000,000</p> 2016. Ä.", "\u202e", int64(1<<40))
	f.Fuzz(func(t *testing.T, title, text, place string, offset int64) {
		x := NewIndex(Config{})
		x.Add(1, item(1, bakeryText[:40], bakeryText, t0, "hasakeh"))
		it := item(2, title, text, t0.Add(time.Duration(offset)), place)
		_, score, _ := x.Match(it)
		if score < 0 || score > 1+placeBonus+1e-9 {
			t.Errorf("score %v out of range", score)
		}
		x.Add(2, it)
		if len(itemFeatures(&it).terms) > 0 && it.Published.Equal(t0) {
			if id, _, ok := x.Match(it); !ok || (id != 2 && id != 1) {
				t.Errorf("article does not match after Add: %d %v", id, ok)
			}
		}
		x.Evict(t0.Add(time.Duration(offset) + time.Hour))
	})
}

func TestEventDay(t *testing.T) {
	thu := time.Date(2016, 7, 7, 15, 0, 0, 0, time.UTC) // a Thursday
	day := func(tm time.Time) int32 { return int32(tm.Unix() / 86400) }
	tests := []struct {
		title, text string
		published   time.Time
		want        int32
	}{
		{"Strike kills 9", "Nine people were killed on Tuesday in Aleppo.", thu, day(thu) - 2},
		{"Strike kills 9", "Nine people were killed on Thursday in Aleppo.", thu, day(thu)},
		{"Strike kills 9", "Nine people were killed on Friday in Aleppo.", thu, day(thu) - 6},
		{"Strike kills 9 today", "A truce was agreed on Monday.", thu, day(thu)},
		{"Strike kills 9", "Nine people were killed yesterday.", thu, day(thu) - 1},
		{"Strike kills 9", "Nine people were killed.", thu, noDay},
		{"Strike kills 9 on Tuesday", "", time.Time{}, noDay},
		{"Long lead", strings.Repeat("word ", 100) + "on Tuesday.", thu, noDay},
	}
	for _, tt := range tests {
		if got := eventDay(tt.title, tt.text, tt.published); got != tt.want {
			t.Errorf("eventDay(%q, %.30q) = %d, want %d", tt.title, tt.text, got, tt.want)
		}
	}
}

// TestIndexStorySpan checks that a story spans at most one window: the
// third day's update joins, the fifth day's starts a new story.
func TestIndexStorySpan(t *testing.T) {
	x := NewIndex(Config{Window: 72 * time.Hour})
	title := "Motorbike bomber kills 16 outside bakery in Syria's Hasakeh"
	x.Add(1, item(1, title, bakeryText, t0))
	if id, _, ok := x.Match(item(2, title, bakeryText, t0.Add(60*time.Hour))); !ok || id != 1 {
		t.Fatalf("day-3 copy: Match = %d ok %v, want story 1", id, ok)
	}
	x.Add(1, item(2, title, bakeryText, t0.Add(60*time.Hour)))
	if id, _, ok := x.Match(item(3, title, bakeryText, t0.Add(100*time.Hour))); ok {
		t.Fatalf("day-5 copy: Match = story %d, want none: the story would span more than its window", id)
	}
}
