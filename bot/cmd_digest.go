package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// previewSpans are the spans a preview may reach back, instead of the
// subscription's cursor: a digest counts what it leaves out and points
// here to read it.
var previewSpans = []string{"1d", "2d", "3d", "7d", "14d", "31d"}

func (b *Bot) digestCommand() *command {
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "digest", Description: "Preview or deliver a digest",
			Contexts: guildAndDM, IntegrationTypes: guildInstall, DefaultMemberPermissions: manageChannels,
			Options: []*discordgo.ApplicationCommandOption{
				subOpt("preview", "What the next digest holds now, and what it leaves out (only you see it)",
					strOpt("subscription", "The subscription (default: your first)", false, true),
					choicesOpt("since", "How far back (default: since the last digest)", false, previewSpans...)),
				subOpt("now", "Deliver a subscription's digest now (Manage Channels for channel subscriptions)",
					strOpt("subscription", "The subscription", true, true)),
			},
		},
		ephemeral: true,
		run:       b.runDigest,
		complete:  b.completeSubscription,
	}
}

func (b *Bot) runDigest(ctx context.Context, in *Invocation) (*Response, error) {
	if in.Sub == "now" {
		return b.digestNow(ctx, in)
	}
	sub, err := b.previewSubscription(ctx, in)
	if err != nil {
		return nil, err
	}
	now := b.deps.Now().UTC()
	since, what := digest.WindowStart(sub), "what its next digest holds as it stands now" // where the next delivery will start
	if span := in.String("since"); span != "" {
		days, err := strconv.Atoi(strings.TrimSuffix(span, "d"))
		if err != nil || days < 1 || days > 31 {
			return nil, news.Errorf(news.EINVALID, "Pick how far back from the list (1d to 31d).")
		}
		since, what = now.AddDate(0, 0, -days), fmt.Sprintf("the stories of the last %s", lang.Plural(days, "day", fmt.Sprint(days)+" days"))
	}
	f := digest.SubscriptionFilter(sub, since, time.Time{}) // as the delivery selects
	d, err := digest.Build(ctx, b.deps.Stories, f, now)
	if err != nil {
		return nil, fmt.Errorf("build preview: %w", err)
	}
	msgs := RenderDigest(d)
	msgs[0].Content = fmt.Sprintf("Preview of subscription #%d (%s): %s.\n", sub.ID, describeFilter(sub), what) + msgs[0].Content
	var left strings.Builder
	if err := digest.RenderLeftOut(&left, d); err != nil {
		return nil, err
	}
	for _, t := range SplitText(strings.TrimSpace(left.String()), maxContent) {
		msgs = append(msgs, &Message{Content: t})
	}
	return &Response{Messages: fitFirst(msgs), Ephemeral: true}, nil
}

// fitFirst keeps the first message's content within the limit after a
// prefix was added, moving the rest to a new message.
func fitFirst(msgs []*Message) []*Message {
	parts := SplitText(msgs[0].Content, maxContent)
	if len(parts) <= 1 {
		return msgs
	}
	head := &Message{Content: parts[0]}
	tail := *msgs[0]
	tail.Content = strings.Join(parts[1:], "")
	return append([]*Message{head, &tail}, msgs[1:]...)
}

// previewSubscription is the named subscription, or the caller's first
// visible one, or a default "everything in the last day".
func (b *Bot) previewSubscription(ctx context.Context, in *Invocation) (*news.Subscription, error) {
	if id := in.String("subscription"); id != "" {
		return b.visibleSubscription(ctx, in, id)
	}
	subs, err := b.visibleSubscriptions(ctx, in)
	if err != nil {
		return nil, err
	}
	if len(subs) == 0 {
		return nil, news.Errorf(news.ENOTFOUND, "No subscription to preview. Start one with /subscribe.")
	}
	return &subs[0], nil
}

// visibleSubscription loads a subscription the caller may read.
func (b *Bot) visibleSubscription(ctx context.Context, in *Invocation, id string) (*news.Subscription, error) {
	subs, err := b.visibleSubscriptions(ctx, in)
	if err != nil {
		return nil, err
	}
	for i := range subs {
		if fmt.Sprint(subs[i].ID) == id {
			return &subs[i], nil
		}
	}
	return nil, news.Errorf(news.ENOTFOUND, "No subscription #%s here.", id)
}

func (b *Bot) digestNow(ctx context.Context, in *Invocation) (*Response, error) {
	sub, err := b.ownedSubscription(ctx, in, in.String("subscription"))
	if err != nil {
		return nil, err
	}
	if b.deps.DeliverNow == nil {
		return nil, news.Errorf(news.EUNSUPPORTED, "Delivering now is not enabled on this bot.")
	}
	if err := b.deps.DeliverNow(ctx, sub); err != nil {
		return nil, fmt.Errorf("deliver now: %w", err)
	}
	return reply(true, fmt.Sprintf("Delivered the digest of subscription #%d.", sub.ID)), nil
}
