// Package store is the SQLite adapter of conflict-digest: it keeps articles,
// their analyses, stories, sources and subscriptions, and is the only package
// that knows SQL.
//
// It uses the pure-Go modernc.org/sqlite driver with WAL, one writer
// connection and a pool of query-only readers. Every service method is one
// transaction script. The schema lives in embedded, versioned migrations
// (migrations/NNNN_name.sql) applied in order by Open; packages that own
// their own tables add a migration file and use Writer, Reader, WriteTx and
// ReadTx. Times are stored as integer unix seconds, UTC; 0 is the zero time.
//
// Articles are written only through CreateArticle and CreateArticles: they
// add each transaction's new articles to the FTS5 index (articles_fts) in
// one statement at its end, which keeps storing fast (see
// migrations/0001_init.sql). User text reaches FTS5 only as quoted words.
//
// The DB owns the connections, migrations, backups, health and retention;
// the services, one per noun (ArticleService, StoryService, SourceService,
// SubscriptionService, OutboxService, SearchService, AlertService,
// ThreadService, BotStateService, GuildService; see services.go), each
// built on one DB, implement the news interfaces. Services bundles them
// for tools and tests.
package store
