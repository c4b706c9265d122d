package news

import (
	"context"
	"time"
)

// ThreadFollow asks that each story passing its filter (a subscription's:
// topics, places, keywords, as its guild may see them) live in a thread of
// its channel: a forum post in a forum channel, a message and the thread
// started from it in a text channel. Later reports of the story are added
// to its thread as they arrive, and the thread is archived once the story
// has gone quiet.
type ThreadFollow struct {
	ID        int64
	GuildID   string
	ChannelID string
	Forum     bool // a forum channel: each thread is a forum post
	UserID    string
	Topics    []Category
	Places    []string
	Keywords  []string
	// QuietAfter is how long a story may go without a new report before
	// its thread is archived.
	QuietAfter time.Duration
	// Cursor is the stored time up to which rounds have decided.
	Cursor  time.Time
	Created time.Time
}

// StoryThread is the thread of one story in a followed channel.
type StoryThread struct {
	FollowID   int64
	StoryID    int64
	ThreadID   string // "" until Discord made it
	StarterID  string // its starter message
	Marker     string // the marker line its starter ends with
	LastReport time.Time
	Archived   bool
}

// Kinds of thread posts.
const (
	ThreadOpen   = "open"   // the thread with its starter message
	ThreadUpdate = "update" // a message of new reports in the thread
)

// ThreadPost is one message of the thread outbox: stored, with the
// articles it reports, before it is sent; a restart looks for its marker
// (and for an open post, its thread) before sending again.
type ThreadPost struct {
	ID       int64
	FollowID int64
	StoryID  int64
	Kind     string // ThreadOpen or ThreadUpdate
	Name     string // the thread's name (an open post)
	Content  string // ends with the marker line
	// Starter is, for an update, the thread's starter message as the
	// story now stands (ending with the starter's marker): the starter is
	// edited to it once the update is sent; "" leaves it.
	Starter  string
	Marker   string
	Nonce    string
	Articles []int64 // the articles it reports
	Created  time.Time
	// MessageID is the message Discord made: for an unsent open post in a
	// text channel, the starter its thread is still to be started from.
	MessageID string
	Parked    string
}

// ThreadService keeps followed channels, their story threads and the
// thread outbox.
type ThreadService interface {
	// CreateThreadFollow stores f (one follow per channel: ECONFLICT) and
	// sets f.ID.
	CreateThreadFollow(ctx context.Context, f *ThreadFollow) error
	// DeleteThreadFollow removes a guild's follow of a channel
	// (ENOTFOUND when none), with its threads and unsent posts.
	DeleteThreadFollow(ctx context.Context, guildID, channelID string) error
	// ThreadFollows lists the follows of a guild ("": all), by id.
	ThreadFollows(ctx context.Context, guildID string) ([]ThreadFollow, error)
	// ReportedArticles returns which of a follow's article ids a post
	// already reports.
	ReportedArticles(ctx context.Context, followID int64, ids []int64) (map[int64]bool, error)
	// StoryThreadOf returns a follow's thread of a story, or of a story
	// merged into it; ok is false when it has none.
	StoryThreadOf(ctx context.Context, followID, storyID int64) (StoryThread, bool, error)
	// CreateThreadPosts stores a round's posts, the articles they report
	// (one that a post reports already is an ECONFLICT error, and nothing
	// is stored), the story threads they open and their last report, and
	// moves the cursors of the follows decided to until, in one
	// transaction. It sets each post's ID.
	CreateThreadPosts(ctx context.Context, posts []ThreadPost, follows []int64, until time.Time) error
	// PendingThreadPosts returns the posts neither sent nor parked, oldest first.
	PendingThreadPosts(ctx context.Context) ([]ThreadPost, error)
	// MarkThreadPostSent records that Discord accepted a post; an open
	// post records its story's thread id too.
	MarkThreadPostSent(ctx context.Context, id int64, threadID, messageID string) error
	// MarkThreadStarter records the message a text channel's thread is to
	// be started from, before the thread is: a restart starts it from that
	// message instead of looking for it.
	MarkThreadStarter(ctx context.Context, id int64, messageID string) error
	// ParkThreadPost records that Discord refused a post for good.
	ParkThreadPost(ctx context.Context, id int64, reason string) error
	// QuietThreads returns the made, unarchived threads whose last report
	// is older than their follow's QuietAfter at now.
	QuietThreads(ctx context.Context, now time.Time) ([]StoryThread, error)
	// MarkThreadArchived records that a thread was archived.
	MarkThreadArchived(ctx context.Context, followID, storyID int64) error
}
