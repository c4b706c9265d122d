package memory

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// article is one stored article with what the SQL stores keep beside it.
type article struct {
	a         news.Article
	analysis  *news.Analysis // nil: stored without one
	storyID   int64
	stored    time.Time
	retired   bool     // its guild left or removed its source: no reader sees it
	sentences []string // its entries in the sentence index by position; nil: not indexed
	day       int32    // event day (days since 1970-01-01)
	dated     bool     // day is known
}

// row returns the article as readers get it: a copy with its analysis.
func (r *article) row() news.ArticleWithAnalysis {
	out := news.ArticleWithAnalysis{Article: r.a, StoryID: r.storyID, Stored: r.stored}
	if r.analysis != nil {
		out.Analysis = clone(*r.analysis)
	}
	return out
}

// visibleTo reports whether a reader of guild ("" the operator's) may see
// the article: the operator's articles, and the guild's own not retired.
func (r *article) visibleTo(guild string) bool {
	return !r.retired && (r.a.GuildID == "" || r.a.GuildID == guild)
}

// identityKeys are an article's identity keys among its guild's ("" the
// operator's), in FindDuplicate's order: external id, canonical URL, and
// the content hash of an article with neither. Absent keys are "".
func identityKeys(a *news.Article, guild string) [3]string {
	key := func(kind, v string) string {
		if v == "" {
			return ""
		}
		return guild + "\x00" + kind + "\x00" + v
	}
	hash := a.ContentHash
	if a.ExternalID != "" || a.CanonicalURL != "" {
		hash = ""
	}
	return [3]string{key("id", a.ExternalID), key("url", a.CanonicalURL), key("hash", hash)}
}

// sourceGuild returns the guild that added source id ("" for the
// operator's and for none); an unknown source is EINVALID. Callers hold mu.
func (db *DB) sourceGuild(id int64) (string, error) {
	if id == 0 {
		return "", nil
	}
	s, ok := db.sources[id]
	if !ok {
		return "", news.Errorf(news.EINVALID, "unknown source %d", id)
	}
	return s.GuildID, nil
}

// duplicate returns the id of a's stored duplicate among guild's, or 0.
// Callers hold mu.
func (db *DB) duplicate(a *news.Article, guild string) int64 {
	for _, k := range identityKeys(a, guild) {
		if id, ok := db.keys[k]; ok && k != "" {
			return id
		}
	}
	return 0
}

// FindDuplicate returns the id of a stored article that a is by identity,
// among the articles of a's source's guild, or ENOTFOUND. An article of a
// source that is gone has no duplicate.
func (ar *ArticleService) FindDuplicate(ctx context.Context, a *news.Article) (int64, error) {
	ar.db.mu.Lock()
	defer ar.db.mu.Unlock()
	guild, err := ar.db.sourceGuild(a.SourceID)
	if err != nil {
		return 0, news.WrapError(news.ENOTFOUND, "no duplicate of an article of an unknown source", err)
	}
	if id := ar.db.duplicate(a, guild); id != 0 {
		return id, nil
	}
	return 0, notFound("no duplicate of article %q", a.ExternalID)
}

// FindDuplicates is FindDuplicate for many: ids[i] is the duplicate of
// as[i], 0 when none.
func (ar *ArticleService) FindDuplicates(ctx context.Context, as []*news.Article) ([]int64, error) {
	ar.db.mu.Lock()
	defer ar.db.mu.Unlock()
	ids := make([]int64, len(as))
	for i, a := range as {
		if guild, err := ar.db.sourceGuild(a.SourceID); err == nil {
			ids[i] = ar.db.duplicate(a, guild)
		}
	}
	return ids, nil
}

// CreateArticle stores n's article, its analysis, its story and its
// sentences at once, and sets n.Article.ID (and n.Story.ID for a new
// story). A duplicate is an ECONFLICT error and stores nothing.
func (ar *ArticleService) CreateArticle(ctx context.Context, n *news.NewArticle) error {
	ar.db.mu.Lock()
	defer ar.db.mu.Unlock()
	return ar.db.createArticle(n, ar.db.clock())
}

// CreateArticles stores many, each as CreateArticle would: errs[i] is the
// outcome of items[i].
func (ar *ArticleService) CreateArticles(ctx context.Context, items []*news.NewArticle) ([]error, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ar.db.mu.Lock()
	defer ar.db.mu.Unlock()
	errs := make([]error, len(items))
	for i, n := range items {
		errs[i] = ar.db.createArticle(n, ar.db.clock())
	}
	return errs, nil
}

// checkArticle returns the guild n's article is stored for, or why it
// cannot be stored; it changes nothing in the store, and brings the id of
// n's story up to date (liveStory). Callers hold mu.
func (db *DB) checkArticle(n *news.NewArticle) (string, error) {
	if n == nil || n.Article == nil {
		return "", news.Errorf(news.EINVALID, "no article to store")
	}
	a := n.Article
	if a.ExternalID == "" && a.CanonicalURL == "" && a.ContentHash == "" {
		return "", news.Errorf(news.EINVALID, "article has no external id, canonical URL or content hash")
	}
	guild, err := db.sourceGuild(a.SourceID)
	if err != nil {
		return "", err
	}
	if id := db.duplicate(a, guild); id != 0 {
		return "", news.Errorf(news.ECONFLICT, "article %q is already stored as %d", a.ExternalID, id)
	}
	if n.Story != nil {
		// a story id read before this call may have vanished since: it
		// stands for its merge's survivor, or for a new story when its
		// last article went; an id never given is ENOTFOUND
		id, err := db.liveStory(n.Story.ID)
		if err != nil {
			return "", err
		}
		n.Story.ID = id
	}
	return guild, nil
}

// createArticle is CreateArticle under mu, stamped now: every check comes
// before the first change, so a refused article leaves the store as it was.
func (db *DB) createArticle(n *news.NewArticle, now time.Time) error {
	guild, err := db.checkArticle(n)
	if err != nil {
		return err
	}
	a := *n.Article
	a.ID, a.GuildID = db.nextID("article"), guild
	a.Published, a.Fetched = sec(a.Published), sec(a.Fetched)
	r := &article{a: a, stored: now}
	if n.Analysis != nil {
		an := clone(*n.Analysis)
		r.analysis = &an
		if d, err := time.Parse(time.DateOnly, an.EventDate); err == nil {
			r.day, r.dated = int32(d.Unix()/86400), true
		}
	}
	if n.Sentences != nil {
		r.sentences = append([]string{}, n.Sentences...)
	}
	if n.Story != nil {
		db.saveStory(n.Story, now)
		db.widenStory(n.Story, a.Published)
		r.storyID = n.Story.ID
	}
	db.articles[a.ID] = r
	for _, k := range identityKeys(&a, guild) {
		if k != "" {
			db.keys[k] = a.ID
		}
	}
	n.Article.ID, n.Article.GuildID = a.ID, guild
	return nil
}

// retire takes an article out of every reader's sight and its identity
// out of its guild's, so that its source added again stores it afresh.
// Callers hold mu.
func (db *DB) retire(r *article) {
	if r.retired {
		return
	}
	r.retired = true
	db.dropKeys(r)
}

// dropKeys forgets an article's identity keys. Callers hold mu.
func (db *DB) dropKeys(r *article) {
	for _, k := range identityKeys(&r.a, r.a.GuildID) {
		if id, ok := db.keys[k]; ok && id == r.a.ID {
			delete(db.keys, k)
		}
	}
}

// Article returns one stored article by id.
func (ar *ArticleService) Article(ctx context.Context, id int64) (*news.Article, *news.Analysis, error) {
	return ar.db.oneArticle(func(r *article) bool { return r.a.ID == id }, "no article %d", id)
}

// ArticleByExternalID returns one stored article by its external id.
func (ar *ArticleService) ArticleByExternalID(ctx context.Context, externalID string) (*news.Article, *news.Analysis, error) {
	return ar.db.oneArticle(func(r *article) bool { return r.a.ExternalID == externalID }, "no article %q", externalID)
}

func (db *DB) oneArticle(match func(*article) bool, missing string, arg any) (*news.Article, *news.Analysis, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	var found *article
	for _, r := range db.articles {
		if match(r) && (found == nil || r.a.ID < found.a.ID) {
			found = r
		}
	}
	if found == nil {
		return nil, nil, notFound(missing, arg)
	}
	row := found.row()
	if found.analysis == nil {
		return &row.Article, nil, nil
	}
	return &row.Article, &row.Analysis, nil
}

// unix is t in seconds, 0 for the zero time, as the SQL stores compare times.
func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

// inWindow reports whether t lies in the filter's window.
func inWindow(t time.Time, f news.DigestFilter) bool {
	return unix(t) >= unix(f.Since) && (f.Until.IsZero() || unix(t) < unix(f.Until))
}

// windowTime is the time of r the filter's window applies to.
func (r *article) windowTime(f news.DigestFilter) time.Time {
	if f.ByStored {
		return r.stored
	}
	return r.a.Published
}

// Articles returns the stored articles in the filter's window matching
// its topics, places and keywords (each: any), newest first, with their
// analyses; Limit counts articles. Like the SQL stores' it lists every
// article whatever its guild: it rebuilds indexes, it is not for readers.
func (ar *ArticleService) Articles(ctx context.Context, f news.DigestFilter) ([]news.ArticleWithAnalysis, error) {
	phrases, ok := keywordPhrases(f.Keywords)
	if !ok {
		return nil, nil
	}
	ar.db.mu.Lock()
	defer ar.db.mu.Unlock()
	var rs []*article
	for _, r := range ar.db.articles {
		if inWindow(r.windowTime(f), f) && r.matchesAnalysis(f) && (phrases == nil || r.holdsAny(phrases)) {
			rs = append(rs, r)
		}
	}
	slices.SortFunc(rs, func(a, b *article) int {
		if c := cmpID(unix(b.windowTime(f)), unix(a.windowTime(f))); c != 0 {
			return c
		}
		return cmpID(b.a.ID, a.a.ID)
	})
	if f.Limit > 0 && len(rs) > f.Limit {
		rs = rs[:f.Limit]
	}
	return rows(rs), nil
}

func rows(rs []*article) []news.ArticleWithAnalysis {
	var out []news.ArticleWithAnalysis
	for _, r := range rs {
		out = append(out, r.row())
	}
	return out
}

// matchesAnalysis reports whether r's analysis has one of the filter's
// topics and one of its places (any case); an empty list matches all.
func (r *article) matchesAnalysis(f news.DigestFilter) bool {
	if len(f.Topics) == 0 && len(f.Places) == 0 {
		return true
	}
	if r.analysis == nil {
		return false
	}
	if len(f.Topics) > 0 && !slices.ContainsFunc(r.analysis.Categories, func(c news.Category) bool {
		return slices.Contains(f.Topics, c)
	}) {
		return false
	}
	return len(f.Places) == 0 || slices.ContainsFunc(r.analysis.Places, func(e news.Entity) bool {
		return containsFold(f.Places, e.Name)
	})
}

func containsFold(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, s) })
}

// ArticlesByEventDay returns the articles whose event day lies in
// [from, to], oldest event first; with unknown, first those whose event
// day is unknown.
func (sv *StoryService) ArticlesByEventDay(ctx context.Context, from, to int32, unknown bool) ([]news.ArticleWithAnalysis, error) {
	sv.db.mu.Lock()
	defer sv.db.mu.Unlock()
	var rs []*article
	for _, r := range sv.db.articles {
		if r.dated && r.day >= from && r.day <= to || unknown && !r.dated {
			rs = append(rs, r)
		}
	}
	slices.SortFunc(rs, func(a, b *article) int {
		switch {
		case a.dated != b.dated && !a.dated:
			return -1
		case a.dated != b.dated:
			return 1
		case a.day != b.day:
			return cmpID(int64(a.day), int64(b.day))
		}
		return cmpID(a.a.ID, b.a.ID)
	})
	return rows(rs), nil
}

// StoryArticles returns the articles of the given stories, oldest first.
func (sv *StoryService) StoryArticles(ctx context.Context, storyIDs []int64) ([]news.ArticleWithAnalysis, error) {
	sv.db.mu.Lock()
	defer sv.db.mu.Unlock()
	var rs []*article
	for _, r := range sv.db.articles {
		if r.storyID != 0 && slices.Contains(storyIDs, r.storyID) {
			rs = append(rs, r)
		}
	}
	slices.SortFunc(rs, oldestFirst)
	return rows(rs), nil
}

func oldestFirst(a, b *article) int {
	if c := cmpID(unix(a.a.Published), unix(b.a.Published)); c != 0 {
		return c
	}
	return cmpID(a.a.ID, b.a.ID)
}

// StoryMembers returns, for each story of ids, its articles that a reader
// of guildID may see, oldest first.
func (sv *StoryService) StoryMembers(ctx context.Context, ids []int64, guildID string) (map[int64][]news.ArticleWithAnalysis, error) {
	sv.db.mu.Lock()
	defer sv.db.mu.Unlock()
	out := make(map[int64][]news.ArticleWithAnalysis, len(ids))
	by := map[int64][]*article{}
	for _, r := range sv.db.articles {
		if r.storyID != 0 && r.visibleTo(guildID) && slices.Contains(ids, r.storyID) {
			by[r.storyID] = append(by[r.storyID], r)
		}
	}
	for id, rs := range by {
		slices.SortFunc(rs, oldestFirst)
		out[id] = rows(rs)
	}
	return out, nil
}

// DeleteArticle removes one article as an operator would, with its index
// entries; a story left without an article goes (and the ids redirecting
// to it), as in the SQL stores, so that no story is without an article.
// Retention (Prune) keeps its stories instead.
func (db *DB) DeleteArticle(ctx context.Context, id int64) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	r, ok := db.articles[id]
	if !ok {
		return notFound("no article %d", id)
	}
	db.dropKeys(r)
	delete(db.articles, id)
	if r.storyID == 0 {
		return nil
	}
	for _, o := range db.articles {
		if o.storyID == r.storyID {
			return nil
		}
	}
	delete(db.stories, r.storyID)
	for from, to := range db.redirects {
		if to == r.storyID {
			delete(db.redirects, from)
		}
	}
	return nil
}
