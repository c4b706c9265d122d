package memory

import (
	"context"
	"fmt"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// SeedStory stores s as ingest would have stored it at time stored, for
// tests that need stories without running ingest: an article for each of
// its sources not stored yet (one for a story without sources), analysed
// with the story's categories and places, the first making the story — or,
// when s.ID names a stored story, updating it — and the others joining
// it. It sets s.ID. An article is known by its source's ExternalID, else
// by the story's id and its place among the sources; a source stored
// before (seeding a story again) is left as it is.
func (db *DB) SeedStory(ctx context.Context, s *news.Story, stored time.Time) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	stored = sec(stored)
	sources := s.Sources
	if len(sources) == 0 {
		sources = []news.StorySource{{Published: s.LastSeen}}
	}
	st := *s
	st.Sources = nil
	if _, ok := db.stories[st.ID]; !ok {
		st.ID = 0 // a new story
	}
	db.saveStory(&st, stored)
	for i, src := range sources {
		a := &news.Article{ExternalID: src.ExternalID, SourceName: src.SourceName, URL: src.URL, Title: src.Title,
			Text: s.Summary, Published: src.Published}
		if a.ExternalID == "" {
			a.ExternalID = fmt.Sprintf("story %d article %d", st.ID, i+1)
		}
		if a.Title == "" {
			a.Title = s.Headline
		}
		an := &news.Analysis{Categories: s.Categories, Places: s.Places, Summary: s.Summary}
		err := db.createArticle(&news.NewArticle{Article: a, Analysis: an, Story: &st}, stored)
		if err != nil && news.ErrorCode(err) != news.ECONFLICT {
			return fmt.Errorf("seed story %d: %w", s.ID, err)
		}
	}
	s.ID = st.ID
	return nil
}
