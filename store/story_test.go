package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestStoryCreateUpdate(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	s := &news.Story{Headline: "Truce in Aleppo", Categories: []news.Category{news.Ceasefire},
		CeasefireStatus: news.CeasefireInEffect, Places: []news.Entity{{Name: "Aleppo", Kind: "city"}},
		Figures:   []news.StoryFigure{{Kind: "killed", Low: news.Figure{Value: 3, Qualifier: news.Exact}, LowBy: "sana"}},
		FirstSeen: day(5), LastSeen: day(6)}
	if err := db.CreateStory(ctx, s); err != nil {
		t.Fatalf("CreateStory: %v", err)
	}
	c.t = c.t.Add(time.Hour)
	upd := *s
	upd.CeasefireStatus, upd.Headline = news.CeasefireViolated, "Truce violated"
	upd.FirstSeen, upd.LastSeen = day(7), day(7)
	upd.PrevCeasefireStatus = ""
	if err := db.UpdateStory(ctx, &upd); err != nil {
		t.Fatalf("UpdateStory: %v", err)
	}
	got, err := db.Story(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Headline != "Truce violated" || got.CeasefireStatus != news.CeasefireViolated ||
		got.PrevCeasefireStatus != news.CeasefireInEffect {
		t.Errorf("story = %q %q prev %q; want violated after in_effect", got.Headline, got.CeasefireStatus, got.PrevCeasefireStatus)
	}
	if !got.FirstSeen.Equal(day(5)) || !got.LastSeen.Equal(day(7)) || !got.Updated.Equal(c.t) {
		t.Errorf("seen %v..%v updated %v; want day 5..7 updated %v", got.FirstSeen, got.LastSeen, got.Updated, c.t)
	}
	if len(got.Figures) != 1 || got.Figures[0].Low.Value != 3 || got.Figures[0].LowBy != "sana" {
		t.Errorf("figures = %+v", got.Figures)
	}
	// An unchanged status keeps the previous one.
	upd.PrevCeasefireStatus = ""
	if err := db.UpdateStory(ctx, &upd); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Story(ctx, s.ID); got.PrevCeasefireStatus != news.CeasefireInEffect {
		t.Errorf("prev = %q after an unchanged update, want in_effect", got.PrevCeasefireStatus)
	}
	_, err = db.Story(ctx, 999)
	wantCode(t, err, news.ENOTFOUND)
	wantCode(t, db.UpdateStory(ctx, &news.Story{ID: 999}), news.ENOTFOUND)
}

func TestStoriesFilter(t *testing.T) {
	db, c := openTest(t)
	ctx := context.Background()
	mk := func(id string, d int, place string, cats ...news.Category) *news.NewArticle {
		n := newItem(id, "Title "+id, "Body of "+id+" about a convoy", day(d), cats...)
		n.Story = &news.Story{Headline: id, Categories: cats, Places: []news.Entity{{Name: place}}}
		return n
	}
	a := mk("s-1", 10, "Aleppo", news.Violence)
	b := mk("s-2", 11, "Homs", news.Talks)
	b.Article.Text = "Geneva talks resume"
	for i, n := range []*news.NewArticle{a, b} {
		c.t = day(20 + i)
		if err := db.CreateArticle(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	// A later article joins story a: a becomes the newest change.
	c.t = day(25)
	a2 := newItem("s-3", "Update", "More on the convoy", day(13), news.Violence)
	a2.Story = a.Story
	if err := db.CreateArticle(ctx, a2); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    news.DigestFilter
		want string
	}{
		{"newest change first", news.DigestFilter{}, "[s-1 s-2]"},
		{"window", news.DigestFilter{Since: day(11), Until: day(12)}, "[s-2]"},
		{"by stored", news.DigestFilter{Since: day(25), ByStored: true}, "[s-1]"},
		{"topic", news.DigestFilter{Topics: []news.Category{news.Talks}}, "[s-2]"},
		{"place nocase", news.DigestFilter{Places: []string{"aleppo", "Nowhere"}}, "[s-1]"},
		{"keyword", news.DigestFilter{Keywords: []string{"geneva"}}, "[s-2]"},
		{"keyword syntax", news.DigestFilter{Keywords: []string{`NEAR(`, `"*"`}}, "[]"},
		{"column filter is a word", news.DigestFilter{Keywords: []string{`geneva:`}}, "[s-2]"},
		{"limit", news.DigestFilter{Limit: 1}, "[s-1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Stories(ctx, tt.f)
			if err != nil {
				t.Fatalf("Stories: %v", err)
			}
			var hs []string
			for _, s := range got {
				hs = append(hs, s.Headline)
			}
			if fmt.Sprint(hs) != tt.want && !(len(hs) == 0 && tt.want == "[]") {
				t.Errorf("stories = %v, want %v", hs, tt.want)
			}
		})
	}
	got, _ := db.Stories(ctx, news.DigestFilter{Places: []string{"Aleppo"}})
	if len(got) != 1 || len(got[0].Sources) != 2 || got[0].Sources[0].ExternalID != "s-3" ||
		got[0].Sources[1].ExternalID != "s-1" {
		t.Fatalf("sources = %+v, want s-3 then s-1", got)
	}
	if !got[0].FirstSeen.Equal(day(10)) || !got[0].LastSeen.Equal(day(13)) {
		t.Errorf("seen %v..%v, want day 10..13", got[0].FirstSeen, got[0].LastSeen)
	}
}
