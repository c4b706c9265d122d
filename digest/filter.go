package digest

import (
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// SubscriptionFilter is what a subscription's digest selects between since
// and until (zero: no end): its topics, places and keywords, on the time
// articles were stored, as its guild may see them (a DM subscription made
// in a guild reads that guild's sources too), at most its story limit
// (the most significant; the rest are counted in one line). A delivery and
// a /digest preview both build their filter here, and Builder selects with
// the same code for both.
func SubscriptionFilter(sub *news.Subscription, since, until time.Time) news.DigestFilter {
	return news.DigestFilter{Since: since, Until: until, Topics: sub.Topics, Places: sub.Places,
		Keywords: sub.Keywords, ByStored: true, GuildID: sub.GuildID, Limit: sub.StoryLimit()}
}
