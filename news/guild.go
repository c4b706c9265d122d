package news

import (
	"context"
	"strings"
	"unicode/utf8"
)

// GuildService keeps what a guild (or a user) may create within its caps,
// and retires what a guild owns when the bot leaves it. The store
// implements it.
type GuildService interface {
	// CreateSubscriptionWithin stores s as CreateSubscription does, after
	// counting, in the same transaction, what it counts against: a channel
	// subscription its guild's channel subscriptions, a DM subscription its
	// user's DM subscriptions. When they number limit or more it stores
	// nothing and returns an ELIMIT error.
	CreateSubscriptionWithin(ctx context.Context, s *Subscription, limit int) error
	// CreateSourceWithin stores s as CreateSource does unless its guild has
	// limit sources or more, counted in the same transaction (ELIMIT).
	CreateSourceWithin(ctx context.Context, s *Source, limit int) error
	// RetireGuild retires what a guild owns when the bot leaves it: its
	// sources and channel subscriptions are removed, the DM subscriptions
	// made in it keep the operator's sources only, and its articles appear
	// nowhere again. An empty guild id is EINVALID.
	RetireGuild(ctx context.Context, guildID string) (RetiredGuild, error)
}

// RetiredGuild says what RetireGuild retired.
type RetiredGuild struct {
	Sources         int
	Subscriptions   []int64 // the channel subscriptions removed, to unschedule
	DMSubscriptions int     // DM subscriptions made in the guild, now reading the operator's sources only
	Articles        int
}

// GuildLabel is how an article from a guild-added source names its source
// to readers: the label the guild gave the feed, in one line and at most
// 60 characters, marked as the server's own, so that a feed a guild named
// "Reuters" is never taken for the curated outlet. Readers see it only in
// that guild (see DigestFilter.GuildID).
func GuildLabel(name string) string {
	if strings.HasSuffix(name, guildMark) { // labelled already: a view's figures carry it
		return name
	}
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		name = "unnamed feed"
	}
	if utf8.RuneCountInString(name) > 60 {
		name = string([]rune(name)[:59]) + "…"
	}
	return name + guildMark
}

const guildMark = " (server feed)"
