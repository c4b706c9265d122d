package news

import (
	"strings"
	"time"
)

// Subscription asks for digests on a schedule, delivered to a guild channel
// or to a user's DMs, filtered by topics, places and keywords.
type Subscription struct {
	ID        int64
	GuildID   string // the guild; for a DM subscription the guild it was made in ("" in a DM): whose sources it reads
	ChannelID string // the channel delivered to; for DMs, the DM channel once opened
	UserID    string // the owner of a DM subscription; the creator of a guild one
	DM        bool
	Topics    []Category // empty: all
	Places    []string   // canonical gazetteer names; empty: anywhere
	Keywords  []string   // any of them must appear; empty: no keyword filter
	Schedule  string     // a cron expression (5 fields) or a descriptor such as "@daily"
	TimeZone  string     // IANA name
	QuietNote bool       // when nothing new: post a short note instead of skipping
	// Cursor is the end of the window of the last successful delivery: the next
	// digest covers articles stored after it. Zero means "since creation".
	Cursor       time.Time
	PausedReason string // non-empty: not delivered until resumed
	Created      time.Time
	Updated      time.Time
	// MaxStories caps the stories a digest shows (the most significant);
	// the rest are counted in one line and listed by /digest preview. 0:
	// the default (DefaultMaxStories).
	MaxStories int
	// NoChart leaves the events chart out of the subscription's digests.
	NoChart bool
}

// DefaultMaxStories is how many stories a digest shows when its
// subscription does not say: a digest is read, not scrolled.
const DefaultMaxStories = 10

// StoryLimit returns the most stories the subscription's digest shows.
func (s *Subscription) StoryLimit() int {
	if s.MaxStories > 0 {
		return s.MaxStories
	}
	return DefaultMaxStories
}

// Paused reports whether delivery is paused.
func (s *Subscription) Paused() bool { return s.PausedReason != "" }

// DigestFilter selects what a digest holds.
type DigestFilter struct {
	Since    time.Time  // inclusive
	Until    time.Time  // exclusive; zero: no upper bound
	Topics   []Category // empty: all
	Places   []string
	Keywords []string
	// ByStored selects on the time articles were stored instead of their
	// published time: subscriptions use it, so an article published long ago
	// but ingested now is still news to the subscriber.
	ByStored bool
	// GuildID is the reader's guild: its own sources' articles are visible
	// besides the operator's (curated defaults, CD_SOURCES, the command
	// line). "" sees the operator's only.
	GuildID string
	Limit   int // stories; 0: no limit
}

// ValidSubscription checks what every store requires of a subscription
// before it keeps one: a schedule, and a guild channel or a DM.
func ValidSubscription(s *Subscription) error {
	if s == nil {
		return Errorf(EINVALID, "no subscription")
	}
	if strings.TrimSpace(s.Schedule) == "" {
		return Errorf(EINVALID, "a subscription needs a schedule")
	}
	if s.GuildID == "" && !s.DM {
		return Errorf(EINVALID, "a subscription is for a guild channel or a DM")
	}
	return nil
}
