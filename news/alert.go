package news

import (
	"context"
	"time"
)

// AlertRule asks for a post in a channel as soon as a story it follows
// changes state (a truce collapsed, talks opened) or its death toll crosses
// a threshold that two independent originators report: news to be woken
// for, not read at the next digest. Its filter is a subscription's
// (topics, places, keywords, as its guild may see them).
type AlertRule struct {
	ID        int64
	GuildID   string
	ChannelID string
	UserID    string // who made it
	Topics    []Category
	Places    []string
	Keywords  []string
	// RoleID is the role the rule's posts mention, "" for none; the post's
	// allowed_mentions names exactly this role, never everyone or here.
	RoleID string
	// Toll is the death toll whose crossing fires an alert when at least
	// two independent originators report it; 0: no toll alerts.
	Toll int64
	// Cursor is the stored time up to which the rule's rounds have
	// decided: the next round reads the articles stored after it.
	Cursor  time.Time
	Created time.Time
}

// AlertKey names one alert of a rule: a story and what happened to it (a
// Change, or "toll_killed_100"). An alert fires once per key, ever.
type AlertKey struct {
	RuleID  int64  `json:"rule_id"`
	StoryID int64  `json:"story_id"`
	What    string `json:"what"`
}

// AlertPost is one message of the alert outbox: one alert, or one that
// folds the alerts over the hour's limit ("and 3 more"). It is stored with
// the keys it tells, in the transaction that moves its rule's cursor, and
// sent with its nonce; a restart looks for its marker before sending again.
type AlertPost struct {
	ID        int64
	RuleID    int64
	ChannelID string
	RoleID    string // mentioned, when set
	Content   string // ends with the marker line
	Marker    string
	Nonce     string
	Keys      []AlertKey // the alerts it tells (a folded post: all of them)
	Created   time.Time
	Sent      time.Time // zero while unsent
	MessageID string
	Parked    string // why Discord refused it for good; "" to send
}

// AlertService keeps alert rules and the alert outbox.
type AlertService interface {
	// CreateAlertRule stores r and sets r.ID; a guild has at most max rules
	// (ELIMIT).
	CreateAlertRule(ctx context.Context, r *AlertRule, max int) error
	// DeleteAlertRule removes a rule of a guild (ENOTFOUND when the guild
	// has no such rule), with its unsent posts.
	DeleteAlertRule(ctx context.Context, guildID string, id int64) error
	// AlertRules lists the rules of a guild and channel ("" : all), by id.
	AlertRules(ctx context.Context, guildID, channelID string) ([]AlertRule, error)
	// FiredAlerts returns which of keys have fired before.
	FiredAlerts(ctx context.Context, keys []AlertKey) (map[AlertKey]bool, error)
	// CreateAlertPosts stores the posts of a round and the keys they tell,
	// and moves the cursors of the rules decided to until (never back), in
	// one transaction: a key that fired before is an ECONFLICT error and
	// stores nothing. It sets each post's ID.
	CreateAlertPosts(ctx context.Context, posts []AlertPost, rules []int64, until time.Time) error
	// PendingAlertPosts returns the posts neither sent nor parked, oldest first.
	PendingAlertPosts(ctx context.Context) ([]AlertPost, error)
	// MarkAlertSent records that Discord accepted a post.
	MarkAlertSent(ctx context.Context, id int64, messageID string, at time.Time) error
	// ParkAlertPost records that Discord refused a post for good.
	ParkAlertPost(ctx context.Context, id int64, reason string) error
	// AlertPostsSince counts the posts made for a channel since t.
	AlertPostsSince(ctx context.Context, channelID string, t time.Time) (int, error)
}
