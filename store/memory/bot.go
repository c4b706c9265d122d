package memory

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// stateValue is one key of the bot's state.
type stateValue struct {
	value   []byte
	expires time.Time // zero: kept
}

// SaveState sets key's value (bot.StateStore); a zero expires keeps it.
func (bs *BotStateService) SaveState(ctx context.Context, key string, value []byte, expires time.Time) error {
	bs.db.mu.Lock()
	defer bs.db.mu.Unlock()
	bs.db.state[key] = stateValue{value: append([]byte{}, value...), expires: expires}
	return nil
}

// LoadState returns the unexpired state under prefix ("": all), and
// forgets the expired.
func (bs *BotStateService) LoadState(ctx context.Context, prefix string) (map[string][]byte, error) {
	bs.db.mu.Lock()
	defer bs.db.mu.Unlock()
	now := bs.db.now().UnixMilli()
	out := map[string][]byte{}
	for k, v := range bs.db.state {
		if !v.expires.IsZero() && max(v.expires.UnixMilli(), 1) <= now {
			delete(bs.db.state, k)
			continue
		}
		if strings.HasPrefix(k, prefix) {
			out[k] = append([]byte{}, v.value...)
		}
	}
	return out, nil
}

// PauseTold reports whether the subscription's owner was told of its pause
// for this reason.
func (bs *BotStateService) PauseTold(ctx context.Context, subscriptionID int64, reason string) (bool, error) {
	bs.db.mu.Lock()
	defer bs.db.mu.Unlock()
	told, ok := bs.db.notices[subscriptionID]
	return ok && told == reason, nil
}

// MarkPauseTold records that the owner was told of the pause for reason;
// a subscription that does not exist is ENOTFOUND.
func (bs *BotStateService) MarkPauseTold(ctx context.Context, subscriptionID int64, reason string) error {
	bs.db.mu.Lock()
	defer bs.db.mu.Unlock()
	if _, ok := bs.db.subs[subscriptionID]; !ok {
		return notFound("no subscription %d", subscriptionID)
	}
	bs.db.notices[subscriptionID] = reason
	return nil
}

// ForgetPauseTold forgets the notice told, when the subscription resumes.
func (bs *BotStateService) ForgetPauseTold(ctx context.Context, subscriptionID int64) error {
	bs.db.mu.Lock()
	defer bs.db.mu.Unlock()
	delete(bs.db.notices, subscriptionID)
	return nil
}

// UnreadLanguages returns, for each of the sources, its stored items the
// analysis did not read, by language, the most first.
func (sc *SourceService) UnreadLanguages(ctx context.Context, sourceIDs []int64) (map[int64][]news.LanguageCount, error) {
	sc.db.mu.Lock()
	defer sc.db.mu.Unlock()
	counts := map[int64]map[string]int{}
	for _, r := range sc.db.articles {
		an := r.analysis
		if an == nil || an.Relevance == nil || an.Relevance.Reason != news.NotReadLanguage ||
			!slices.Contains(sourceIDs, r.a.SourceID) {
			continue
		}
		if counts[r.a.SourceID] == nil {
			counts[r.a.SourceID] = map[string]int{}
		}
		counts[r.a.SourceID][an.Language]++
	}
	out := map[int64][]news.LanguageCount{}
	for id, m := range counts {
		for l, n := range m {
			out[id] = append(out[id], news.LanguageCount{Language: l, Items: n})
		}
		slices.SortFunc(out[id], func(a, b news.LanguageCount) int {
			if a.Items != b.Items {
				return b.Items - a.Items
			}
			return strings.Compare(a.Language, b.Language)
		})
	}
	return out, nil
}

// OpenStories counts the stories changed at or after since (a gauge).
func (db *DB) OpenStories(ctx context.Context, since time.Time) (int, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	n := 0
	for _, s := range db.stories {
		if unix(s.Updated) >= unix(since) {
			n++
		}
	}
	return n, nil
}

// RetireGuild retires what a guild owns when the bot leaves it: its
// sources, channel subscriptions (with their unsent digests), alert rules
// and thread follows are removed, the DM subscriptions made in it keep the
// operator's sources only, and its articles are retired.
func (gs *GuildService) RetireGuild(ctx context.Context, guildID string) (news.RetiredGuild, error) {
	var r news.RetiredGuild
	if guildID == "" {
		return r, news.Errorf(news.EINVALID, "no guild to retire")
	}
	gs.db.mu.Lock()
	defer gs.db.mu.Unlock()
	for _, a := range gs.db.articles {
		if a.a.GuildID == guildID && !a.retired {
			gs.db.retire(a)
			r.Articles++
		}
	}
	for id, s := range gs.db.sources {
		if s.GuildID == guildID {
			delete(gs.db.sources, id)
			r.Sources++
		}
	}
	for id, s := range gs.db.subs {
		switch {
		case s.GuildID == guildID && s.DM:
			s.GuildID = ""
			r.DMSubscriptions++
		case s.GuildID == guildID:
			r.Subscriptions = append(r.Subscriptions, id)
			gs.db.deleteSubscription(id)
		}
	}
	slices.Sort(r.Subscriptions)
	for id, rule := range gs.db.rules {
		if rule.GuildID == guildID {
			gs.db.deleteRule(id)
		}
	}
	for id, f := range gs.db.follows {
		if f.GuildID == guildID {
			gs.db.deleteFollow(id)
		}
	}
	return r, nil
}
