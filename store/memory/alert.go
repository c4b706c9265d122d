package memory

import (
	"context"
	"slices"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// CreateAlertRule stores r and sets r.ID; a guild has at most max rules
// (0: no cap). A rule decides from its creation (or r.Cursor when later).
func (al *AlertService) CreateAlertRule(ctx context.Context, r *news.AlertRule, max int) error {
	if r.GuildID == "" || r.ChannelID == "" {
		return news.Errorf(news.EINVALID, "an alert rule needs a guild channel")
	}
	al.db.mu.Lock()
	defer al.db.mu.Unlock()
	if max > 0 {
		n := 0
		for _, o := range al.db.rules {
			if o.GuildID == r.GuildID {
				n++
			}
		}
		if n >= max {
			return news.Errorf(news.ELIMIT, "the guild has %d alert rules, the limit is %d", n, max)
		}
	}
	now := al.db.clock()
	if r.Cursor = sec(r.Cursor); r.Cursor.Before(now) {
		r.Cursor = now
	}
	r.ID, r.Created = al.db.nextID("alert_rule"), now
	al.db.rules[r.ID] = copyRule(r)
	return nil
}

func copyRule(r *news.AlertRule) *news.AlertRule {
	c := *r
	c.Topics, c.Places, c.Keywords = strs(r.Topics), strs(r.Places), strs(r.Keywords)
	return &c
}

// DeleteAlertRule removes a guild's rule, its posts and what it fired.
func (al *AlertService) DeleteAlertRule(ctx context.Context, guildID string, id int64) error {
	al.db.mu.Lock()
	defer al.db.mu.Unlock()
	if r, ok := al.db.rules[id]; !ok || r.GuildID != guildID {
		return notFound("This server has no alert #%d.", id)
	}
	al.db.deleteRule(id)
	return nil
}

// deleteRule removes a rule with its posts and fired keys. Callers hold mu.
func (db *DB) deleteRule(id int64) {
	delete(db.rules, id)
	for pid, p := range db.alertPost {
		if p.RuleID == id {
			delete(db.alertPost, pid)
		}
	}
	for k := range db.fired {
		if k.RuleID == id {
			delete(db.fired, k)
		}
	}
}

// AlertRules lists the rules of a guild and channel ("": any), by id.
func (al *AlertService) AlertRules(ctx context.Context, guildID, channelID string) ([]news.AlertRule, error) {
	al.db.mu.Lock()
	defer al.db.mu.Unlock()
	var out []news.AlertRule
	for _, r := range al.db.rules {
		if (guildID == "" || r.GuildID == guildID) && (channelID == "" || r.ChannelID == channelID) {
			out = append(out, *copyRule(r))
		}
	}
	slices.SortFunc(out, func(a, b news.AlertRule) int { return cmpID(a.ID, b.ID) })
	return out, nil
}

// FiredAlerts returns which of keys fired before, also under the id of a
// story merged into the key's.
func (al *AlertService) FiredAlerts(ctx context.Context, keys []news.AlertKey) (map[news.AlertKey]bool, error) {
	al.db.mu.Lock()
	defer al.db.mu.Unlock()
	out := map[news.AlertKey]bool{}
	for k := range al.db.fired {
		for _, want := range keys {
			if k.RuleID == want.RuleID && k.What == want.What &&
				(k.StoryID == want.StoryID || al.db.redirects[k.StoryID] == want.StoryID) {
				out[want] = true
			}
		}
	}
	return out, nil
}

// CreateAlertPosts stores a round's posts with the keys they tell and
// moves the rules' cursors to until (never back), at once. A key that
// fired before, or a nonce stored before, is an ECONFLICT error, and
// nothing is stored.
func (al *AlertService) CreateAlertPosts(ctx context.Context, posts []news.AlertPost, rules []int64, until time.Time) error {
	al.db.mu.Lock()
	defer al.db.mu.Unlock()
	nonces, keys := map[string]bool{}, map[news.AlertKey]bool{}
	for _, p := range al.db.alertPost {
		nonces[p.Nonce] = true
	}
	for _, p := range posts {
		if _, ok := al.db.rules[p.RuleID]; !ok {
			return news.Errorf(news.EINVALID, "no alert rule %d", p.RuleID)
		}
		if nonces[p.Nonce] {
			return news.Errorf(news.ECONFLICT, "alert post already stored")
		}
		nonces[p.Nonce] = true
		for _, k := range p.Keys {
			if al.db.fired[k] || keys[k] {
				return news.Errorf(news.ECONFLICT, "alert already fired")
			}
			keys[k] = true
		}
	}
	for i := range posts {
		p := &posts[i]
		p.ID = al.db.nextID("alert_post")
		c := *p
		c.Keys, c.Created, c.Sent, c.MessageID, c.Parked = nil, sec(p.Created), time.Time{}, "", ""
		al.db.alertPost[p.ID] = &c
		for _, k := range p.Keys {
			al.db.fired[k] = true
		}
	}
	for _, id := range rules {
		if r, ok := al.db.rules[id]; ok && sec(until).After(r.Cursor) {
			r.Cursor = sec(until)
		}
	}
	return nil
}

// PendingAlertPosts returns the posts neither sent nor parked, oldest first.
func (al *AlertService) PendingAlertPosts(ctx context.Context) ([]news.AlertPost, error) {
	al.db.mu.Lock()
	defer al.db.mu.Unlock()
	var out []news.AlertPost
	for _, p := range al.db.alertPost {
		if p.Sent.IsZero() && p.Parked == "" {
			c := *p
			c.MessageID = ""
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b news.AlertPost) int { return cmpID(a.ID, b.ID) })
	return out, nil
}

// MarkAlertSent records that Discord accepted a post.
func (al *AlertService) MarkAlertSent(ctx context.Context, id int64, messageID string, at time.Time) error {
	al.db.mu.Lock()
	defer al.db.mu.Unlock()
	if p, ok := al.db.alertPost[id]; ok {
		p.Sent, p.MessageID = sec(at), messageID
		if p.Sent.IsZero() {
			p.Sent = time.Unix(1, 0).UTC()
		}
	}
	return nil
}

// ParkAlertPost records that Discord refused a post for good.
func (al *AlertService) ParkAlertPost(ctx context.Context, id int64, reason string) error {
	if reason == "" {
		reason = "refused"
	}
	al.db.mu.Lock()
	defer al.db.mu.Unlock()
	if p, ok := al.db.alertPost[id]; ok {
		p.Parked = reason
	}
	return nil
}

// AlertPostsSince counts the posts made for a channel since t.
func (al *AlertService) AlertPostsSince(ctx context.Context, channelID string, t time.Time) (int, error) {
	al.db.mu.Lock()
	defer al.db.mu.Unlock()
	n := 0
	for _, p := range al.db.alertPost {
		if p.ChannelID == channelID && unix(p.Created) >= unix(t) {
			n++
		}
	}
	return n, nil
}
