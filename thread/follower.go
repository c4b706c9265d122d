// Package thread keeps a living thread per story in followed channels: a
// story that passes a channel's filter gets one thread (a forum post, or a
// message and the thread started from it), later reports of the story are
// added to it as they arrive, one message per batch, and the thread is
// archived once the story goes quiet. Every post goes through an outbox,
// exactly once across crashes: it is stored with the articles it reports
// before it is sent, sent with a nonce, and looked for before a restart
// sends it again.
package thread

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/conflict-digest/conflict-digest/alert"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// DefaultPerRound is how many posts a round sends at most when a
// Follower does not say. Each post is a request in a rate-limited bucket
// (a forum post or a thread start is a thread, and a guild holds at most
// 1,000 active threads): a burst of new stories (a first follow, a busy
// day) is spread over rounds instead of a minute of 429s, the rest waiting
// in the outbox for the next round, in order.
const DefaultPerRound = 20

// DefaultQuiet is how long a story may go without a report before its
// thread is archived, when a follow does not say.
const DefaultQuiet = 72 * time.Hour

// DefaultSettle is how long a process waits from its first round before it
// looks for a forum post a process before it may have made, when a
// Follower does not say. A forum post carries no nonce Discord could
// match, so a request that was in flight when its process died may land
// after the next process has started; Discord serves a request in well
// under a second, and a look made once this has passed sees it.
const DefaultSettle = 2 * time.Second

// Sender makes threads and posts in them. The bot implements it. Errors
// carry domain codes as digest.Sender's do.
type Sender interface {
	// CreateForumPost makes a forum post (a thread with its starter
	// message) and returns the thread's id.
	CreateForumPost(ctx context.Context, forumID, name, content string) (string, error)
	// FindForumPost returns the active thread of a forum with that name
	// whose starter message contains marker, "" when none.
	FindForumPost(ctx context.Context, guildID, forumID, name, marker string) (string, error)
	// PostMarked posts content with the nonce and enforce_nonce, and
	// returns the message's id.
	PostMarked(ctx context.Context, channelID, content, nonce string) (string, error)
	// FindMarked returns the id of a recent message of the channel that
	// contains marker, "" when none.
	FindMarked(ctx context.Context, channelID, marker string) (string, error)
	// StartThread starts a thread from a message and returns its id; a
	// message that has its thread already answers with that thread.
	StartThread(ctx context.Context, channelID, messageID, name string) (string, error)
	// ArchiveThread archives a thread.
	ArchiveThread(ctx context.Context, threadID string) error
	// EditMessage replaces the content of a message of the bot.
	EditMessage(ctx context.Context, channelID, messageID, content string) error
}

// Follower runs thread rounds: after each ingest round it decides, for
// every followed channel, which stories open a thread and which threads
// get a message of new reports, stores those posts with the articles they
// report and the moved cursor in one transaction, sends them, and archives
// the threads of stories gone quiet.
type Follower struct {
	Stories  digest.StorySource // a *digest.Views over the store
	Articles alert.ArticleSource
	Store    news.ThreadService
	Sender   Sender
	// PerRound bounds the posts (new threads and messages in them) a round
	// sends, over all follows; DefaultPerRound when zero. The rest are
	// stored and sent by the next rounds, each follow's in order.
	PerRound int
	// Horizon returns a time before which every stored time is final (the
	// store's StoredHorizon); nil: Now.
	Horizon func(ctx context.Context) (time.Time, error)
	Now     func() time.Time
	Logger  *slog.Logger
	// Hold, when set, leases each round to this instance: of several
	// instances sharing the store, one at a time decides and sends thread
	// posts. Nil: this is the only instance.
	Hold alert.Hold
	// Crash, when set, is called between steps with the step's name; a
	// test makes it panic there.
	Crash func(step string)
	// Settle is how long after its first round the follower waits before
	// it looks for a forum post made before a crash; DefaultSettle when
	// zero.
	Settle time.Duration

	startOnce sync.Once
	started   time.Time // the first round, on the machine's clock
}

func (f *Follower) crash(step string) {
	if f.Crash != nil {
		f.Crash(step)
	}
}

func (f *Follower) now() time.Time {
	if f.Now != nil {
		return f.Now().UTC()
	}
	return time.Now().UTC()
}

func (f *Follower) logger() *slog.Logger {
	if f.Logger != nil {
		return f.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Round sends what waits in the outbox, decides and sends the posts of the
// articles stored since each follow's cursor, and archives quiet threads.
// It returns how many posts it sent. With Hold, it does so under the
// round's lease, or nothing when another instance holds it.
func (f *Follower) Round(ctx context.Context) (int, error) {
	return alert.Held(ctx, f.Hold, f.round)
}

func (f *Follower) round(ctx context.Context) (int, error) {
	f.startOnce.Do(func() { f.started = time.Now() })
	follows, err := f.Store.ThreadFollows(ctx, "")
	if err != nil {
		return 0, fmt.Errorf("list thread follows: %w", err)
	}
	byID := map[int64]*news.ThreadFollow{}
	for i := range follows {
		byID[follows[i].ID] = &follows[i]
	}
	left := f.PerRound
	if left <= 0 {
		left = DefaultPerRound
	}
	sent, perr := f.sendPending(ctx, byID, &left)
	errs := []error{perr}
	until, err := f.until(ctx)
	if err != nil {
		return sent, errors.Join(perr, err)
	}
	for i := range follows {
		n, err := f.followRound(ctx, &follows[i], byID, until, &left)
		sent += n
		if err != nil {
			errs = append(errs, fmt.Errorf("threads of channel %s: %w", follows[i].ChannelID, err))
		}
	}
	errs = append(errs, f.archive(ctx, &left))
	return sent, errors.Join(errs...)
}

func (f *Follower) until(ctx context.Context) (time.Time, error) {
	if f.Horizon == nil {
		return f.now().Truncate(time.Second), nil
	}
	h, err := f.Horizon(ctx)
	if err != nil {
		return time.Time{}, fmt.Errorf("read stored horizon: %w", err)
	}
	return h.UTC().Truncate(time.Second), nil
}

// followRound decides one follow's posts between its cursor and until,
// stores them with the moved cursor and sends them.
func (f *Follower) followRound(ctx context.Context, fl *news.ThreadFollow, byID map[int64]*news.ThreadFollow, until time.Time, left *int) (int, error) {
	if !until.After(fl.Cursor) {
		return 0, nil
	}
	posts, err := f.Decide(ctx, fl, fl.Cursor, until)
	if err != nil {
		return 0, err
	}
	f.crash("before_create")
	if err := f.Store.CreateThreadPosts(ctx, posts, []int64{fl.ID}, until); err != nil {
		return 0, fmt.Errorf("store thread posts: %w", err)
	}
	f.crash("after_create")
	return f.send(ctx, posts, byID, false, left)
}

// Decide returns the posts of a follow for the articles stored between
// since and until that no post of it reports yet: a story without a thread
// opens one, a story with a thread gets one message of its new reports.
func (f *Follower) Decide(ctx context.Context, fl *news.ThreadFollow, since, until time.Time) ([]news.ThreadPost, error) {
	sub := &news.Subscription{GuildID: fl.GuildID, Topics: fl.Topics, Places: fl.Places, Keywords: fl.Keywords}
	filter := digest.SubscriptionFilter(sub, since, until)
	filter.Limit = 0 // every story with news, not a digest's most significant
	stories, err := f.Stories.Stories(ctx, filter)
	if err != nil || len(stories) == 0 {
		return nil, wrap(err, "read followed stories")
	}
	arts, err := f.Articles.Articles(ctx, news.DigestFilter{Since: since, Until: until, ByStored: true, GuildID: fl.GuildID})
	if err != nil {
		return nil, fmt.Errorf("read new articles: %w", err)
	}
	var ids []int64
	for i := range arts {
		ids = append(ids, arts[i].Article.ID)
	}
	reported, err := f.Store.ReportedArticles(ctx, fl.ID, ids)
	if err != nil {
		return nil, fmt.Errorf("read reported articles: %w", err)
	}
	fresh := map[int64][]news.ArticleWithAnalysis{}
	for _, a := range arts {
		if a.StoryID != 0 && !reported[a.Article.ID] {
			fresh[a.StoryID] = append(fresh[a.StoryID], a)
		}
	}
	slices.SortFunc(stories, func(a, b news.Story) int { return cmp.Compare(a.ID, b.ID) })
	var posts []news.ThreadPost
	for i := range stories {
		s := &stories[i]
		if len(fresh[s.ID]) == 0 {
			continue
		}
		p, err := f.post(ctx, fl, s, fresh[s.ID], until)
		if err != nil {
			return nil, err
		}
		posts = append(posts, p)
	}
	return posts, nil
}

// post is a story's post: the one that opens its thread, or a message of
// its new reports in the thread it has (its own or a merged story's).
func (f *Follower) post(ctx context.Context, fl *news.ThreadFollow, s *news.Story, fresh []news.ArticleWithAnalysis, now time.Time) (news.ThreadPost, error) {
	th, ok, err := f.Store.StoryThreadOf(ctx, fl.ID, s.ID)
	if err != nil {
		return news.ThreadPost{}, fmt.Errorf("read story thread: %w", err)
	}
	p := news.ThreadPost{FollowID: fl.ID, StoryID: s.ID, Kind: news.ThreadOpen, Created: now}
	for i := range fresh {
		p.Articles = append(p.Articles, fresh[i].Article.ID)
	}
	slices.Sort(p.Articles)
	var text string
	if ok {
		p.Kind, p.StoryID = news.ThreadUpdate, th.StoryID
		text = RenderUpdate(s, fresh)
		if th.Marker != "" {
			p.Starter = RenderOpen(s) + "\n-# " + th.Marker
		}
	} else {
		p.Name = Name(s)
		text = RenderOpen(s)
	}
	key := postKey(fl.ID, p.StoryID, p.Articles)
	p.Marker, p.Nonce = Marker(key), Nonce(key)
	p.Content = text + "\n-# " + p.Marker
	return p, nil
}

// sendPending sends the posts a previous round or process left unsent,
// looking for each first.
func (f *Follower) sendPending(ctx context.Context, byID map[int64]*news.ThreadFollow, left *int) (int, error) {
	posts, err := f.Store.PendingThreadPosts(ctx)
	if err != nil {
		return 0, fmt.Errorf("list pending thread posts: %w", err)
	}
	return f.send(ctx, posts, byID, true, left)
}

// send posts each in order while the round's budget (*left) lasts. A post
// Discord refuses for good is parked with the reason; any other failure
// (a guild at Discord's limit of active threads, ELIMIT, among them: an
// archive makes room) leaves the rest of its follow's posts for the next
// round, in order, as does a spent budget.
func (f *Follower) send(ctx context.Context, posts []news.ThreadPost, byID map[int64]*news.ThreadFollow, resumed bool, left *int) (int, error) {
	sent := 0
	var errs []error
	stuck := map[int64]bool{}
	for i := range posts {
		p := &posts[i]
		fl := byID[p.FollowID]
		if fl == nil || stuck[p.FollowID] || *left <= 0 {
			continue
		}
		*left--
		threadID, msgID, err := f.sendOne(ctx, fl, p, resumed)
		switch news.ErrorCode(err) {
		case "":
		case news.EINVALID, news.ENOTFOUND, news.EFORBIDDEN:
			if perr := f.Store.ParkThreadPost(ctx, p.ID, clip(err.Error(), 300)); perr != nil {
				return sent, errors.Join(err, perr)
			}
			f.logger().Warn("thread post parked", "channel_id", fl.ChannelID, "error", err)
			continue
		default:
			stuck[p.FollowID] = true
			errs = append(errs, err)
			continue
		}
		f.crash("after_send")
		if err := f.Store.MarkThreadPostSent(ctx, p.ID, threadID, msgID); err != nil {
			return sent, fmt.Errorf("mark thread post sent: %w", err)
		}
		sent++
		f.editStarter(ctx, fl, p)
	}
	return sent, errors.Join(errs...)
}

// sendOne sends a post and returns the thread it made (an open post) and
// its message's id.
func (f *Follower) sendOne(ctx context.Context, fl *news.ThreadFollow, p *news.ThreadPost, resumed bool) (string, string, error) {
	if err := alert.LostLease(ctx, "thread post"); err != nil {
		return "", "", err
	}
	if p.Kind == news.ThreadOpen {
		return f.open(ctx, fl, p, resumed)
	}
	th, ok, err := f.Store.StoryThreadOf(ctx, p.FollowID, p.StoryID)
	if err != nil {
		return "", "", fmt.Errorf("read story thread: %w", err)
	}
	if !ok || th.ThreadID == "" {
		// Posts go in order: the post that opens the thread was parked.
		return "", "", news.Errorf(news.ENOTFOUND, "the story's thread was never made")
	}
	if resumed {
		id, err := f.Sender.FindMarked(ctx, th.ThreadID, p.Marker)
		if err != nil || id != "" {
			return "", id, wrap(err, "look for thread post")
		}
	}
	f.crash("before_send")
	id, err := f.Sender.PostMarked(ctx, th.ThreadID, p.Content, p.Nonce)
	return "", id, err
}

// editStarter brings a thread's starter message up to date with the story
// once an update is posted: its sources, tolls and state as they now
// stand, under the same marker. It is an edit, safe to repeat; one that
// fails is logged and made good by the next update.
func (f *Follower) editStarter(ctx context.Context, fl *news.ThreadFollow, p *news.ThreadPost) {
	if p.Starter == "" {
		return
	}
	th, ok, err := f.Store.StoryThreadOf(ctx, p.FollowID, p.StoryID)
	if err != nil || !ok || th.StarterID == "" {
		return
	}
	ch := fl.ChannelID // a text channel's starter is in the channel
	if fl.Forum {
		ch = th.ThreadID // a forum post's is in its thread
	}
	if err := f.Sender.EditMessage(ctx, ch, th.StarterID, p.Starter); err != nil {
		f.logger().Warn("edit thread starter", "channel_id", ch, "message_id", th.StarterID, "error", err)
	}
}

// open makes a story's thread: a forum post, or a message in the channel
// and the thread started from it. The message is recorded before the
// thread is started; after a crash it starts the thread from the recorded
// message, or looks for the forum post or the message before making them
// again; a message whose thread was started answers with it.
func (f *Follower) open(ctx context.Context, fl *news.ThreadFollow, p *news.ThreadPost, resumed bool) (string, string, error) {
	if fl.Forum {
		if resumed {
			if err := f.settle(ctx); err != nil {
				return "", "", err
			}
			id, err := f.Sender.FindForumPost(ctx, fl.GuildID, fl.ChannelID, p.Name, p.Marker)
			if err != nil || id != "" {
				return id, id, wrap(err, "look for forum post")
			}
		}
		f.crash("before_send")
		id, err := f.Sender.CreateForumPost(ctx, fl.ChannelID, p.Name, p.Content)
		return id, id, err
	}
	msgID := p.MessageID // the starter, recorded before a crash
	if resumed && msgID == "" {
		id, err := f.Sender.FindMarked(ctx, fl.ChannelID, p.Marker)
		if err != nil {
			return "", "", fmt.Errorf("look for thread starter: %w", err)
		}
		msgID = id
	}
	if msgID == "" {
		f.crash("before_send")
		id, err := f.Sender.PostMarked(ctx, fl.ChannelID, p.Content, p.Nonce)
		if err != nil {
			return "", "", err
		}
		msgID = id
		f.crash("before_starter")
	}
	if msgID != p.MessageID {
		if err := f.Store.MarkThreadStarter(ctx, p.ID, msgID); err != nil {
			return "", "", fmt.Errorf("record thread starter: %w", err)
		}
		p.MessageID = msgID
	}
	f.crash("before_thread")
	threadID, err := f.Sender.StartThread(ctx, fl.ChannelID, msgID, p.Name)
	return threadID, msgID, err
}

// settle waits until Settle has passed since the follower's first round:
// a forum post a process killed with its request in flight made may land
// after this process started, and a look before it lands misses it. A
// message needs no wait: the nonce it is sent with (enforce_nonce) makes
// Discord answer a second send with the first, whichever lands first.
func (f *Follower) settle(ctx context.Context) error {
	d := f.Settle
	if d <= 0 {
		d = DefaultSettle
	}
	wait := time.Until(f.started.Add(d))
	if wait <= 0 {
		return nil
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("wait for requests of a previous process to land: %w", ctx.Err())
	}
}

// archive archives the threads of stories gone quiet while the round's
// budget lasts (the rest next round). A thread Discord no longer has, or
// the bot may no longer touch, counts as archived.
func (f *Follower) archive(ctx context.Context, left *int) error {
	quiet, err := f.Store.QuietThreads(ctx, f.now())
	if err != nil {
		return fmt.Errorf("list quiet threads: %w", err)
	}
	var errs []error
	for _, t := range quiet {
		if *left <= 0 {
			break
		}
		*left--
		err := f.Sender.ArchiveThread(ctx, t.ThreadID)
		switch news.ErrorCode(err) {
		case "", news.ENOTFOUND, news.EFORBIDDEN:
		default:
			errs = append(errs, fmt.Errorf("archive thread %s: %w", t.ThreadID, err))
			continue
		}
		if err := f.Store.MarkThreadArchived(ctx, t.FollowID, t.StoryID); err != nil {
			return errors.Join(append(errs, err)...)
		}
	}
	return errors.Join(errs...)
}

func wrap(err error, op string) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", op, err)
}
