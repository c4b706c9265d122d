package news

import (
	"context"
	"time"
)

// The service interfaces below are implemented by the store (SQLite today, a
// server database later) and consumed by ingest, digest, bot and ask, which
// never import the store. Methods that find nothing return an ENOTFOUND
// error, never (nil, nil).

// ArticleService stores articles with their analysis and story.
type ArticleService interface {
	// FindDuplicate returns the id of a stored article that is a by
	// identity — the same ExternalID, or the same CanonicalURL, or, for an
	// article with neither, the same ContentHash — or ENOTFOUND. Two reports
	// with their own ids and the same text are two articles (one story).
	// Identity is per guild: an article of a guild-added source is compared
	// with that guild's articles only, any other with the operator's.
	FindDuplicate(ctx context.Context, a *Article) (int64, error)
	// FindDuplicates is FindDuplicate for many articles in one read:
	// ids[i] is the stored duplicate of as[i], 0 when none.
	FindDuplicates(ctx context.Context, as []*Article) (ids []int64, err error)
	// CreateArticle stores n's article, its analysis and its story in one
	// transaction and sets n.Article.ID (and n.Story.ID for a new story). A
	// duplicate (see FindDuplicate) is an ECONFLICT error and stores nothing.
	CreateArticle(ctx context.Context, n *NewArticle) error
	// CreateArticles stores many, each as CreateArticle would, in one
	// transaction: errs[i] is the outcome of items[i] (ECONFLICT for a
	// duplicate, also of an earlier item of the batch). err is a failure of the
	// whole batch, which then stored nothing.
	CreateArticles(ctx context.Context, items []*NewArticle) (errs []error, err error)
	// Article returns one stored article by id.
	Article(ctx context.Context, id int64) (*Article, *Analysis, error)
	// ArticleByExternalID returns one stored article by its external id.
	ArticleByExternalID(ctx context.Context, externalID string) (*Article, *Analysis, error)
	// Articles returns the stored articles in the filter's window (Published,
	// or stored time with ByStored), newest first, with their analyses.
	Articles(ctx context.Context, f DigestFilter) ([]ArticleWithAnalysis, error)
}

// StoryArticleService reads what story assignment needs of the stored
// articles.
type StoryArticleService interface {
	// ArticlesByEventDay returns the articles whose event day (days since
	// 1970-01-01, see story.EventDay) lies in [from, to], with their
	// analyses and stories; with unknown true, also those that have none.
	ArticlesByEventDay(ctx context.Context, from, to int32, unknown bool) ([]ArticleWithAnalysis, error)
	// StoryArticles returns the articles of the given stories, oldest first.
	StoryArticles(ctx context.Context, storyIDs []int64) ([]ArticleWithAnalysis, error)
}

// NewArticle is an article to store with its analysis and its story.
type NewArticle struct {
	Article  *Article
	Analysis *Analysis
	// Story is the story the article joins: nil for none, ID 0 for a new story
	// (created in the same transaction), else a stored story whose aggregate
	// fields (headline, summary, figures, states) are replaced by these.
	Story *Story
	// Sentences are the article's entries in the sentence index, by
	// position (see IndexedSentences). The store indexes them in the
	// article's own transaction, so that a crash never leaves an article
	// and its sentences apart; nil leaves the article to a later catch-up
	// (SentenceIndexer.IndexMissingSentences).
	Sentences []string
}

// ArticleWithAnalysis pairs a stored article with its analysis and story.
type ArticleWithAnalysis struct {
	Article  Article
	Analysis Analysis
	StoryID  int64
	Stored   time.Time
}

// StoryService keeps stories: groups of articles about one event.
type StoryService interface {
	// CreateStory stores s and sets s.ID.
	CreateStory(ctx context.Context, s *Story) error
	// UpdateStory replaces the aggregate fields of a stored story.
	UpdateStory(ctx context.Context, s *Story) error
	// Story returns one story with its sources.
	Story(ctx context.Context, id int64) (*Story, error)
	// Stories returns the stories that have an article the filter's reader
	// (f.GuildID) may see in its window and match its topics, places and
	// keywords, newest change first, with the sources that reader may see.
	// A story holding a guild's article has NeedsView: it is shown only
	// through a reader's view (digest.Views).
	Stories(ctx context.Context, f DigestFilter) ([]Story, error)
}

// SourceService keeps the sources that are polled.
type SourceService interface {
	// CreateSource stores s and sets s.ID; the same URL for the same guild is
	// an ECONFLICT error.
	CreateSource(ctx context.Context, s *Source) error
	// UpdateSource saves the polling state of s (ETag, failures, next check...).
	UpdateSource(ctx context.Context, s *Source) error
	DeleteSource(ctx context.Context, id int64) error
	Source(ctx context.Context, id int64) (*Source, error)
	// Sources lists the sources of a guild ("" : the operator's and built-in ones).
	Sources(ctx context.Context, guildID string) ([]Source, error)
	// DueSources lists the enabled sources whose next check is at or before now.
	DueSources(ctx context.Context, now time.Time) ([]Source, error)
}

// SubscriptionService keeps digest subscriptions.
type SubscriptionService interface {
	// CreateSubscription stores s and sets s.ID.
	CreateSubscription(ctx context.Context, s *Subscription) error
	UpdateSubscription(ctx context.Context, s *Subscription) error
	DeleteSubscription(ctx context.Context, id int64) error
	Subscription(ctx context.Context, id int64) (*Subscription, error)
	// Subscriptions lists subscriptions matching the filter, by id.
	Subscriptions(ctx context.Context, f SubscriptionFilter) ([]Subscription, error)
}

// SubscriptionFilter narrows a subscription listing; empty fields match all.
type SubscriptionFilter struct {
	GuildID   string
	ChannelID string
	UserID    string
	DM        *bool
}
