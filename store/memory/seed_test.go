package memory_test

import (
	"context"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/memory"
)

func TestSeedStory(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2016, 9, 19, 12, 0, 0, 0, time.UTC)
	db := memory.NewServices(memory.New(memory.WithNow(func() time.Time { return at.Add(48 * time.Hour) })))
	s := &news.Story{Headline: "Convoy hit", Categories: []news.Category{news.Humanitarian},
		Sources: []news.StorySource{{ExternalID: "r1", SourceName: "reuters", Published: at.Add(-2 * time.Hour)},
			{SourceName: "afp", Published: at.Add(-time.Hour)}}}
	if err := db.SeedStory(ctx, s, at); err != nil {
		t.Fatal(err)
	}
	first := s.ID
	got, err := db.Stories(ctx, news.DigestFilter{Since: at, Until: at.Add(time.Second), ByStored: true,
		Topics: []news.Category{news.Humanitarian}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != first || len(got[0].Sources) != 2 || got[0].Sources[0].SourceName != "afp" ||
		!got[0].Updated.Equal(at) || !got[0].FirstSeen.Equal(at.Add(-2*time.Hour)) {
		t.Fatalf("seeded %+v: want the story stored at %v with two sources, newest first", got, at)
	}
	s.Sources = append(s.Sources, news.StorySource{SourceName: "sana", Published: at})
	s.CeasefireStatus = news.CeasefireCollapsed
	if err := db.SeedStory(ctx, s, at.Add(time.Hour)); err != nil || s.ID != first {
		t.Fatalf("seeded again: id %d, %v; want %d", s.ID, err, first)
	}
	st, err := db.Story(ctx, first)
	if err != nil || len(st.Sources) != 3 || st.CeasefireStatus != news.CeasefireCollapsed || !st.Updated.Equal(at.Add(time.Hour)) {
		t.Fatalf("story after seeding again: %+v, %v; want three sources and the new state", st, err)
	}
}
