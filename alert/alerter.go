package alert

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// DefaultPerHour is how many alert posts a channel gets per hour when the
// Alerter does not say; the rest of an hour's alerts fold into one post.
const DefaultPerHour = 5

// Message is an alert post to send: content that ends with its marker, and
// the one role it may mention ("" for none).
type Message struct {
	Content string
	RoleID  string
}

// Sender posts alerts. The bot implements it: allowed_mentions names the
// message's role and nothing else.
type Sender interface {
	// SendAlert posts m with the nonce and enforce_nonce and returns the
	// message's id. Errors carry domain codes as digest.Sender's do.
	SendAlert(ctx context.Context, channelID string, m Message, nonce string) (string, error)
	// RecentHasMarker reports whether a recent message of the channel
	// contains marker.
	RecentHasMarker(ctx context.Context, channelID, marker string) (bool, error)
}

// ArticleSource reads the articles stored in a window (the store).
type ArticleSource interface {
	Articles(ctx context.Context, f news.DigestFilter) ([]news.ArticleWithAnalysis, error)
}

// Decider finds what a rule fires for in a window of stored time: the
// rule's stories through the subscription filter (digest.SubscriptionFilter)
// as its guild may see them, and the articles stored in the window.
type Decider struct {
	Stories  digest.StorySource // a *digest.Views over the store
	Articles ArticleSource
}

// Decide returns what rule fires for between since and until, whether or
// not it fired before (a preview shows all of it).
func (d *Decider) Decide(ctx context.Context, rule *news.AlertRule, since, until time.Time) ([]Alert, error) {
	sub := &news.Subscription{GuildID: rule.GuildID, Topics: rule.Topics, Places: rule.Places, Keywords: rule.Keywords}
	f := digest.SubscriptionFilter(sub, since, until)
	f.Limit = 0 // every story that changed, not a digest's most significant
	stories, err := d.Stories.Stories(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("read alert stories: %w", err)
	}
	if len(stories) == 0 {
		return nil, nil
	}
	arts, err := d.Articles.Articles(ctx, news.DigestFilter{Since: since, Until: until, ByStored: true, GuildID: rule.GuildID})
	if err != nil {
		return nil, fmt.Errorf("read new articles: %w", err)
	}
	fresh := map[int64][]news.ArticleWithAnalysis{}
	for _, a := range arts {
		if a.StoryID != 0 {
			fresh[a.StoryID] = append(fresh[a.StoryID], a)
		}
	}
	return Decide(rule, stories, fresh), nil
}

// Alerter runs alert rounds: after each ingest round it decides what every
// rule fires for in the articles stored since its cursor, stores the posts
// with their keys and the moved cursors in one transaction, and sends them
// with nonces; a restart sends what a crash left and looks for each post's
// marker first. A channel gets at most PerHour posts an hour: a round over
// the limit folds the rest into one "and K more" post, and a round that
// finds the limit reached leaves the rules' cursors where they are, so
// their alerts wait for the next hour instead of being lost.
type Alerter struct {
	Decider *Decider
	Store   news.AlertService
	Sender  Sender
	PerHour int // DefaultPerHour when zero
	// Horizon returns a time before which every stored time is final (the
	// store's StoredHorizon); nil: Now.
	Horizon func(ctx context.Context) (time.Time, error)
	Now     func() time.Time
	Logger  *slog.Logger
	// Hold, when set, leases each round to this instance: of several
	// instances sharing the store, one at a time decides and sends alerts.
	// Nil: this is the only instance.
	Hold Hold
	// Crash, when set, is called between steps with the step's name; a
	// test makes it panic there.
	Crash func(step string)
}

func (a *Alerter) crash(step string) {
	if a.Crash != nil {
		a.Crash(step)
	}
}

func (a *Alerter) now() time.Time {
	if a.Now != nil {
		return a.Now().UTC()
	}
	return time.Now().UTC()
}

// Round sends what waits in the outbox, then decides and sends the alerts
// of the articles stored since each rule's cursor. It returns how many
// posts it sent. With Hold, it does so under the round's lease, or
// nothing when another instance holds it.
func (a *Alerter) Round(ctx context.Context) (int, error) {
	return Held(ctx, a.Hold, a.round)
}

func (a *Alerter) round(ctx context.Context) (int, error) {
	sent, perr := a.sendPending(ctx)
	until, err := a.until(ctx)
	if err != nil {
		return sent, errors.Join(perr, err)
	}
	rules, err := a.Store.AlertRules(ctx, "", "")
	if err != nil {
		return sent, errors.Join(perr, fmt.Errorf("list alert rules: %w", err))
	}
	errs := []error{perr}
	var quiet []int64 // rules decided with nothing to post: their cursors move together
	for _, group := range byChannel(rules) {
		n, q, err := a.channelRound(ctx, group, until)
		sent += n
		quiet = append(quiet, q...)
		if err != nil {
			errs = append(errs, fmt.Errorf("alerts of channel %s: %w", group[0].ChannelID, err))
		}
	}
	if len(quiet) > 0 {
		if err := a.Store.CreateAlertPosts(ctx, nil, quiet, until); err != nil {
			errs = append(errs, fmt.Errorf("move alert cursors: %w", err))
		}
	}
	return sent, errors.Join(errs...)
}

func (a *Alerter) until(ctx context.Context) (time.Time, error) {
	if a.Horizon == nil {
		return a.now().Truncate(time.Second), nil
	}
	h, err := a.Horizon(ctx)
	if err != nil {
		return time.Time{}, fmt.Errorf("read stored horizon: %w", err)
	}
	return h.UTC().Truncate(time.Second), nil
}

// byChannel groups rules by channel, in order of their first rule.
func byChannel(rules []news.AlertRule) [][]news.AlertRule {
	var out [][]news.AlertRule
	idx := map[string]int{}
	for _, r := range rules {
		i, ok := idx[r.ChannelID]
		if !ok {
			i = len(out)
			idx[r.ChannelID] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], r)
	}
	return out
}

// channelRound decides the rules of one channel, stores their posts and
// sends them. Rules decided with nothing to post are returned for the
// caller to move their cursors in one write for all channels.
func (a *Alerter) channelRound(ctx context.Context, rules []news.AlertRule, until time.Time) (int, []int64, error) {
	var alerts []Alert
	var decided []int64
	for i := range rules {
		r := &rules[i]
		if !until.After(r.Cursor) {
			continue
		}
		as, err := a.Decider.Decide(ctx, r, r.Cursor, until)
		if err != nil {
			return 0, nil, err
		}
		alerts = append(alerts, as...)
		decided = append(decided, r.ID)
	}
	alerts, err := a.unfired(ctx, alerts)
	if err != nil || len(alerts) == 0 {
		return 0, decided, err
	}
	sortAlerts(alerts)
	alerts = oncePerChannel(alerts)
	posts, err := a.plan(ctx, rules, alerts)
	if err != nil || posts == nil {
		return 0, nil, err // over the hour's limit: the cursors stay, the alerts wait
	}
	a.crash("before_create")
	if err := a.Store.CreateAlertPosts(ctx, posts, decided, until); err != nil {
		return 0, nil, fmt.Errorf("store alert posts: %w", err)
	}
	a.crash("after_create")
	n, err := a.send(ctx, posts, false)
	return n, nil, err
}

// unfired drops the alerts that fired before (and repeats within the round).
func (a *Alerter) unfired(ctx context.Context, alerts []Alert) ([]Alert, error) {
	keys := make([]news.AlertKey, len(alerts))
	for i := range alerts {
		keys[i] = alerts[i].Key
	}
	fired, err := a.Store.FiredAlerts(ctx, keys)
	if err != nil {
		return nil, fmt.Errorf("read fired alerts: %w", err)
	}
	out := alerts[:0]
	for _, al := range alerts {
		if !fired[al.Key] {
			fired[al.Key] = true
			out = append(out, al)
		}
	}
	return out, nil
}

// oncePerChannel merges the alerts of a channel's rules that tell the same
// thing of the same story (two rules whose filters overlap): one post,
// which carries the keys of every rule it answers for.
func oncePerChannel(alerts []Alert) []Alert {
	idx := map[string]int{}
	out := alerts[:0]
	for _, al := range alerts {
		k := strconv.FormatInt(al.Key.StoryID, 10) + "/" + al.Key.What
		if i, ok := idx[k]; ok {
			out[i].also = append(out[i].also, al.Key)
			continue
		}
		idx[k] = len(out)
		out = append(out, al)
	}
	return out
}

// plan makes the posts of a channel's alerts within the hour's limit: one
// post each while they fit, else all but one slot's worth and one post
// folding the rest. nil when the limit is already reached.
func (a *Alerter) plan(ctx context.Context, rules []news.AlertRule, alerts []Alert) ([]news.AlertPost, error) {
	now := a.now()
	made, err := a.Store.AlertPostsSince(ctx, rules[0].ChannelID, now.Add(-time.Hour))
	if err != nil {
		return nil, err
	}
	slots := a.perHour() - made
	if slots <= 0 {
		return nil, nil
	}
	roles := map[int64]string{}
	for _, r := range rules {
		roles[r.ID] = r.RoleID
	}
	single := alerts
	var fold []Alert
	if len(alerts) > slots {
		single, fold = alerts[:slots-1], alerts[slots-1:]
	}
	var posts []news.AlertPost
	for i := range single {
		role := roles[single[i].Key.RuleID]
		posts = append(posts, a.post(rules[0].ChannelID, role, single[i].keys(), Render(&single[i], role), now))
	}
	if len(fold) > 0 {
		var keys []news.AlertKey
		for i := range fold {
			keys = append(keys, fold[i].keys()...)
		}
		role := roles[fold[0].Key.RuleID]
		posts = append(posts, a.post(rules[0].ChannelID, role, keys, RenderFold(fold, role), now))
	}
	return posts, nil
}

func (a *Alerter) perHour() int {
	if a.PerHour > 0 {
		return a.PerHour
	}
	return DefaultPerHour
}

func (a *Alerter) post(channelID, roleID string, keys []news.AlertKey, text string, now time.Time) news.AlertPost {
	marker := Marker(keys)
	return news.AlertPost{RuleID: keys[0].RuleID, ChannelID: channelID, RoleID: roleID, Keys: keys,
		Content: text + "\n-# " + marker, Marker: marker, Nonce: Nonce(keys), Created: now}
}

// sendPending sends the posts a previous round or process left unsent,
// looking for each in its channel first.
func (a *Alerter) sendPending(ctx context.Context) (int, error) {
	posts, err := a.Store.PendingAlertPosts(ctx)
	if err != nil {
		return 0, fmt.Errorf("list pending alert posts: %w", err)
	}
	return a.send(ctx, posts, true)
}

// send posts each in order. A post Discord refuses for good (an invalid
// body, a channel gone or closed to the bot) is parked with the reason;
// any other failure leaves the rest of its channel's posts for the next
// round, in order, and the other channels' go on.
func (a *Alerter) send(ctx context.Context, posts []news.AlertPost, resumed bool) (int, error) {
	sent := 0
	var errs []error
	stuck := map[string]bool{}
	for i := range posts {
		p := &posts[i]
		if stuck[p.ChannelID] {
			continue
		}
		id, err := a.sendOne(ctx, p, resumed)
		switch news.ErrorCode(err) {
		case "":
		case news.EINVALID, news.ENOTFOUND, news.EFORBIDDEN:
			if perr := a.Store.ParkAlertPost(ctx, p.ID, clip(err.Error(), 300)); perr != nil {
				return sent, errors.Join(err, perr)
			}
			a.logger().Warn("alert parked", "channel_id", p.ChannelID, "error", err)
			continue
		default:
			stuck[p.ChannelID] = true
			errs = append(errs, err)
			continue
		}
		a.crash("after_send")
		if err := a.Store.MarkAlertSent(ctx, p.ID, id, a.now()); err != nil {
			return sent, fmt.Errorf("mark alert sent: %w", err)
		}
		sent++
	}
	return sent, errors.Join(errs...)
}

func (a *Alerter) sendOne(ctx context.Context, p *news.AlertPost, resumed bool) (string, error) {
	if resumed {
		found, err := a.Sender.RecentHasMarker(ctx, p.ChannelID, p.Marker)
		if err != nil {
			return "", fmt.Errorf("check channel for alert marker: %w", err)
		}
		if found {
			return "", nil
		}
	}
	a.crash("before_send")
	if err := LostLease(ctx, "alert"); err != nil {
		return "", err
	}
	return a.Sender.SendAlert(ctx, p.ChannelID, Message{Content: p.Content, RoleID: p.RoleID}, p.Nonce)
}

func (a *Alerter) logger() *slog.Logger {
	if a.Logger != nil {
		return a.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// sortAlerts orders a round's alerts: changes of state before tolls (when
// the hour's limit folds some, the changes keep their own posts), then by
// story, so a round's posts are the same whatever order the store
// answered in.
func sortAlerts(as []Alert) {
	slices.SortStableFunc(as, func(x, y Alert) int {
		if (x.Toll == nil) != (y.Toll == nil) {
			if x.Toll == nil {
				return -1
			}
			return 1
		}
		return cmp.Compare(x.Key.StoryID, y.Key.StoryID)
	})
}
