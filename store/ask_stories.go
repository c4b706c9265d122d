package store

import (
	"context"
	"fmt"

	"github.com/conflict-digest/conflict-digest/news"
)

// ArticleStories returns the story of each stored article among ids that
// has one (at most the first 50 ids), as Story reads it: the question
// answerer says a story's state (a truce holding, violated, collapsed) with
// its date and sources (ask.StoryReader). A story that holds an article of
// a guild's source is left out: its state is of articles not every reader
// may see.
func (x *SentenceIndex) ArticleStories(ctx context.Context, ids []int64) (map[int64]news.Story, error) {
	out := make(map[int64]news.Story, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	ids = ids[:min(len(ids), maxFactArticles)]
	rows, err := x.db.read.QueryContext(ctx, `SELECT id, story_id FROM articles
		WHERE story_id IS NOT NULL AND id IN (`+sentenceMarks(len(ids))+`)`, sentenceArgs(ids)...)
	if err != nil {
		return nil, fmt.Errorf("read article stories: %w", err)
	}
	storyOf := map[int64]int64{}
	for rows.Next() {
		var id, sid int64
		if err := rows.Scan(&id, &sid); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read article stories: %w", err)
		}
		storyOf[id] = sid
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read article stories: %w", err)
	}
	read := map[int64]*news.Story{}
	for id, sid := range storyOf {
		s, ok := read[sid]
		if !ok {
			if s, err = NewStoryService(x.db).Story(ctx, sid); err != nil && news.ErrorCode(err) != news.ENOTFOUND {
				return nil, err
			}
			read[sid] = s
		}
		if s != nil && !s.NeedsView {
			out[id] = *s
		}
	}
	return out, nil
}
