package memory

import (
	"context"
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// threadKey names a follow's thread of a story, or an article a follow's
// post reported.
type threadKey struct{ follow, id int64 }

// threadPost is a stored thread post and when it was sent.
type threadPost struct {
	news.ThreadPost
	sent bool
}

// CreateThreadFollow stores f and sets f.ID; a channel has one follow
// (ECONFLICT). A follow decides from its creation (or f.Cursor when later).
func (th *ThreadService) CreateThreadFollow(ctx context.Context, f *news.ThreadFollow) error {
	if f.GuildID == "" || f.ChannelID == "" {
		return news.Errorf(news.EINVALID, "a followed channel needs a guild channel")
	}
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	for _, o := range th.db.follows {
		if o.ChannelID == f.ChannelID {
			return news.Errorf(news.ECONFLICT, "this channel is followed already")
		}
	}
	now := th.db.clock()
	if f.Cursor = sec(f.Cursor); f.Cursor.Before(now) {
		f.Cursor = now
	}
	f.ID, f.Created = th.db.nextID("thread_follow"), now
	c := *f
	c.Topics, c.Places, c.Keywords = strs(f.Topics), strs(f.Places), strs(f.Keywords)
	c.QuietAfter = f.QuietAfter.Truncate(time.Second)
	th.db.follows[f.ID] = &c
	return nil
}

// DeleteThreadFollow removes a guild's follow of a channel with its
// threads, posts and reported articles.
func (th *ThreadService) DeleteThreadFollow(ctx context.Context, guildID, channelID string) error {
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	for id, f := range th.db.follows {
		if f.GuildID == guildID && f.ChannelID == channelID {
			th.db.deleteFollow(id)
			return nil
		}
	}
	return notFound("This channel is not followed.")
}

// deleteFollow removes a follow and what hangs on it. Callers hold mu.
func (db *DB) deleteFollow(id int64) {
	delete(db.follows, id)
	for k := range db.threads {
		if k.follow == id {
			delete(db.threads, k)
		}
	}
	for k := range db.reported {
		if k.follow == id {
			delete(db.reported, k)
		}
	}
	for pid, p := range db.posts {
		if p.FollowID == id {
			delete(db.posts, pid)
		}
	}
}

// ThreadFollows lists the follows of a guild ("": all), by id.
func (th *ThreadService) ThreadFollows(ctx context.Context, guildID string) ([]news.ThreadFollow, error) {
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	var out []news.ThreadFollow
	for _, f := range th.db.follows {
		if guildID == "" || f.GuildID == guildID {
			c := *f
			c.Topics, c.Places, c.Keywords = strs(f.Topics), strs(f.Places), strs(f.Keywords)
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b news.ThreadFollow) int { return cmpID(a.ID, b.ID) })
	return out, nil
}

// ReportedArticles returns which of a follow's article ids a post reports.
func (th *ThreadService) ReportedArticles(ctx context.Context, followID int64, ids []int64) (map[int64]bool, error) {
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	out := map[int64]bool{}
	for _, id := range ids {
		if th.db.reported[threadKey{followID, id}] {
			out[id] = true
		}
	}
	return out, nil
}

// StoryThreadOf returns a follow's thread of a story, or of a story merged
// into it (its own first, else the lowest id's).
func (th *ThreadService) StoryThreadOf(ctx context.Context, followID, storyID int64) (news.StoryThread, bool, error) {
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	if t, ok := th.db.threads[threadKey{followID, storyID}]; ok {
		return *t, true, nil
	}
	var best *news.StoryThread
	for k, t := range th.db.threads {
		if k.follow == followID && th.db.redirects[k.id] == storyID && (best == nil || k.id < best.StoryID) {
			best = t
		}
	}
	if best == nil {
		return news.StoryThread{}, false, nil
	}
	return *best, true, nil
}

// CreateThreadPosts stores a round's posts, the articles they report, the
// threads they open and their last report, and moves the cursors of the
// follows decided to until (never back), at once; a reported article, a
// nonce or an opened thread stored before is an ECONFLICT error and
// nothing is stored.
func (th *ThreadService) CreateThreadPosts(ctx context.Context, posts []news.ThreadPost, follows []int64, until time.Time) error {
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	if err := th.db.checkThreadPosts(posts); err != nil {
		return err
	}
	for i := range posts {
		p := &posts[i]
		p.ID = th.db.nextID("thread_post")
		c := *p
		c.Articles, c.Created, c.MessageID, c.Parked = nil, sec(p.Created), "", ""
		th.db.posts[p.ID] = &threadPost{ThreadPost: c}
		for _, a := range p.Articles {
			th.db.reported[threadKey{p.FollowID, a}] = true
		}
		k := threadKey{p.FollowID, p.StoryID}
		if p.Kind == news.ThreadOpen {
			th.db.threads[k] = &news.StoryThread{FollowID: p.FollowID, StoryID: p.StoryID, Marker: p.Marker, LastReport: c.Created}
		} else if t, ok := th.db.threads[k]; ok {
			t.LastReport, t.Archived = c.Created, false
		}
	}
	for _, id := range follows {
		if f, ok := th.db.follows[id]; ok && sec(until).After(f.Cursor) {
			f.Cursor = sec(until)
		}
	}
	return nil
}

// checkThreadPosts returns why a round's posts cannot be stored, or nil.
// Callers hold mu.
func (db *DB) checkThreadPosts(posts []news.ThreadPost) error {
	nonces, reported, opened := map[string]bool{}, map[threadKey]bool{}, map[threadKey]bool{}
	for _, p := range db.posts {
		nonces[p.Nonce] = true
	}
	for _, p := range posts {
		if _, ok := db.follows[p.FollowID]; !ok {
			return news.Errorf(news.EINVALID, "no thread follow %d", p.FollowID)
		}
		if nonces[p.Nonce] {
			return news.Errorf(news.ECONFLICT, "thread post already stored")
		}
		nonces[p.Nonce] = true
		for _, a := range p.Articles {
			k := threadKey{p.FollowID, a}
			if db.reported[k] || reported[k] {
				return news.Errorf(news.ECONFLICT, "article already reported in its thread")
			}
			reported[k] = true
		}
		if p.Kind == news.ThreadOpen {
			k := threadKey{p.FollowID, p.StoryID}
			if _, ok := db.threads[k]; ok || opened[k] {
				return news.Errorf(news.ECONFLICT, "the story has a thread already")
			}
			opened[k] = true
		}
	}
	return nil
}

// PendingThreadPosts returns the posts neither sent nor parked, oldest first.
func (th *ThreadService) PendingThreadPosts(ctx context.Context) ([]news.ThreadPost, error) {
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	var out []news.ThreadPost
	for _, p := range th.db.posts {
		if !p.sent && p.Parked == "" {
			c := p.ThreadPost
			c.Parked = ""
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b news.ThreadPost) int { return cmpID(a.ID, b.ID) })
	return out, nil
}

// MarkThreadPostSent records that Discord accepted a post; with a thread
// id, the post's thread records it and its starter message.
func (th *ThreadService) MarkThreadPostSent(ctx context.Context, id int64, threadID, messageID string) error {
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	p, ok := th.db.posts[id]
	if !ok {
		return nil
	}
	p.sent, p.MessageID = true, messageID
	if t, ok := th.db.threads[threadKey{p.FollowID, p.StoryID}]; ok && threadID != "" {
		t.ThreadID, t.StarterID = threadID, messageID
	}
	return nil
}

// MarkThreadStarter records the message a thread is to be started from.
func (th *ThreadService) MarkThreadStarter(ctx context.Context, id int64, messageID string) error {
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	if p, ok := th.db.posts[id]; ok && !p.sent {
		p.MessageID = messageID
	}
	return nil
}

// ParkThreadPost records that Discord refused a post for good.
func (th *ThreadService) ParkThreadPost(ctx context.Context, id int64, reason string) error {
	if reason == "" {
		reason = "refused"
	}
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	if p, ok := th.db.posts[id]; ok {
		p.Parked = reason
	}
	return nil
}

// QuietThreads returns the made, unarchived threads whose last report is
// older than their follow's QuietAfter at now, longest quiet first.
func (th *ThreadService) QuietThreads(ctx context.Context, now time.Time) ([]news.StoryThread, error) {
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	var out []news.StoryThread
	for k, t := range th.db.threads {
		f := th.db.follows[k.follow]
		if f != nil && !t.Archived && t.ThreadID != "" && unix(t.LastReport)+int64(f.QuietAfter/time.Second) <= unix(now) {
			out = append(out, *t)
		}
	}
	slices.SortFunc(out, func(a, b news.StoryThread) int {
		if c := a.LastReport.Compare(b.LastReport); c != 0 {
			return c
		}
		if c := cmpID(a.FollowID, b.FollowID); c != 0 {
			return c
		}
		return cmpID(a.StoryID, b.StoryID)
	})
	return out, nil
}

// MarkThreadArchived records that a thread was archived.
func (th *ThreadService) MarkThreadArchived(ctx context.Context, followID, storyID int64) error {
	th.db.mu.Lock()
	defer th.db.mu.Unlock()
	if t, ok := th.db.threads[threadKey{followID, storyID}]; ok {
		t.Archived = true
	}
	return nil
}
