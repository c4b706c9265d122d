package digest

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

// TestOneFilter: a subscription's preview (one digest) and its delivery (a
// slot's shared Builder) select the same stories from the real store, and
// places match through the gazetteer: case and spellings aside (issue 11:
// "aleppo" matched in the preview and not in the delivered digest).
func TestOneFilter(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	db, err := store.OpenServices(ctx, filepath.Join(t.TempDir(), "news.db"), store.WithNow(func() time.Time { return now.Add(-time.Hour) }))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	places := map[string]string{"a": "Aleppo", "d": "Deir ez-Zor", "i": "Idlib"}
	for _, k := range []string{"a", "d", "i"} {
		n := &news.NewArticle{
			Article:  &news.Article{ExternalID: k, Title: "Report from " + places[k], Text: "Text.", Published: now.Add(-2 * time.Hour)},
			Analysis: &news.Analysis{Categories: []news.Category{news.Violence}},
			Story: &news.Story{Headline: "Shelling in " + places[k], Categories: []news.Category{news.Violence},
				Places: []news.Entity{{Name: places[k], Kind: "city", Conflict: "syria"}}},
		}
		if err := db.CreateArticle(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		places []string
		want   string
	}{
		{[]string{"aleppo"}, "[Shelling in Aleppo]"},
		{[]string{"ALEPPO"}, "[Shelling in Aleppo]"},
		{[]string{"Deir Ezzor"}, "[Shelling in Deir ez-Zor]"},
		{[]string{"deir ez-zor", "idlib"}, "[Shelling in Deir ez-Zor Shelling in Idlib]"},
		{[]string{"Nowhere"}, "[]"},
	}
	for _, tt := range tests {
		f := news.DigestFilter{Since: now.Add(-24 * time.Hour), Until: now, Places: tt.places, ByStored: true}
		preview, err := Build(ctx, db, f, now)
		if err != nil {
			t.Fatal(err)
		}
		delivery, err := NewBuilder(db, now).Build(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		p, d := headlines(preview), headlines(delivery)
		if p != tt.want || d != tt.want {
			t.Errorf("places %q: preview %s, delivery %s; want both %s", tt.places, p, d, tt.want)
		}
	}
}

func headlines(d *Digest) string {
	var hs []string
	for _, s := range d.Sections {
		for _, it := range s.Items {
			hs = append(hs, it.Headline)
		}
	}
	slices.Sort(hs)
	return fmt.Sprint(hs)
}
