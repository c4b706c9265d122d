package news

import "context"

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
}
