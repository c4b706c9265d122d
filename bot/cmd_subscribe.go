package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

func (b *Bot) subscribeCommand() *command {
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "subscribe", Description: "Get conflict digests here or in your DMs, on a schedule",
			Contexts: guildAndDM, IntegrationTypes: guildInstall, DefaultMemberPermissions: manageChannels,
			Options: []*discordgo.ApplicationCommandOption{
				choicesOpt("to", "Where the digest goes: this channel (needs Manage Channels) or your DMs", true, "here", "dm"),
				strOpt("schedule", "hourly, daily HH:MM, weekly DAY HH:MM, or a cron expression (default daily 08:00)", false, false),
				strOpt("timezone", "IANA time zone for the schedule, e.g. Europe/Berlin (default "+b.cfg.DefaultTimeZone+")", false, true),
				strOpt("topics", "Comma-separated: talks, ceasefire, humanitarian, violence (default all)", false, false),
				strOpt("places", "Comma-separated places or conflicts, e.g. Aleppo, Syria", false, true),
				strOpt("keywords", "Comma-separated words; one must appear", false, false),
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "quiet_note", Description: "Post a short note when nothing is new"},
			},
		},
		ephemeral: true,
		run:       b.runSubscribe,
		complete:  b.completeSubscribe,
	}
}

func (b *Bot) runSubscribe(ctx context.Context, in *Invocation) (*Response, error) {
	sub, err := b.subscriptionFromOptions(in)
	if err != nil {
		return nil, err
	}
	limit := b.cfg.MaxSubscriptionsPerUser
	if !sub.DM {
		// The target is this channel: the member's permissions here are
		// the ones the interaction carries.
		if err := in.requireManageChannels(); err != nil {
			return nil, err
		}
		limit = b.cfg.MaxSubscriptionsPerGuild
	}
	if err := b.checkSetup(ctx, in, sub, "subscribe"); err != nil {
		return nil, err
	}
	if err := b.deps.Guilds.CreateSubscriptionWithin(ctx, sub, limit); err != nil {
		return nil, subscriptionLimit(err, sub, limit)
	}
	if b.deps.Scheduler != nil {
		if err := b.deps.Scheduler.Upsert(sub); err != nil {
			// Saved: the scheduler picks it up at the next start.
			b.log.Error("schedule subscription", "subscription_id", sub.ID, "error", err)
		}
	}
	next, err := digest.NextRun(sub.Schedule, sub.TimeZone, b.deps.Now())
	if err != nil {
		return nil, err
	}
	where := "<#" + sub.ChannelID + ">"
	if sub.DM {
		where = "your DMs"
	}
	most := fmt.Sprintf("the %d most significant stories", sub.StoryLimit())
	if sub.StoryLimit() == 1 {
		most = "the most significant story"
	}
	msg := fmt.Sprintf("Subscribed (#%d): %s to %s, %s, %s each time. First digest <t:%d:R>, <t:%d:f>.",
		sub.ID, describeFilter(sub), where, digest.DescribeSchedule(sub.Schedule, sub.TimeZone), most, next.Unix(), next.Unix())
	return reply(true, msg), nil
}

// checkSetup checks that the bot can deliver sub: its permissions in a
// guild channel (from the interaction in its own channel, from Discord in
// another), or a first DM for a DM subscription made from a guild
// (whose DM channel it then keeps).
func (b *Bot) checkSetup(ctx context.Context, in *Invocation, sub *news.Subscription, command string) error {
	switch {
	case !sub.DM && sub.ChannelID == in.ChannelID:
		return checkChannelSetup(in, command)
	case !sub.DM:
		return b.checkOtherChannelSetup(ctx, sub.ChannelID, command)
	case sub.DM && !in.InDM():
		ch, err := b.checkDMs(ctx, in, "Your conflict digests will arrive here.", command)
		if err != nil {
			return err
		}
		sub.ChannelID = ch
	}
	return nil
}

// subscriptionFromOptions validates the options into a subscription.
func (b *Bot) subscriptionFromOptions(in *Invocation) (*news.Subscription, error) {
	sched := in.String("schedule")
	if sched == "" {
		sched = "daily 08:00"
	}
	expr, err := digest.NormalizeSchedule(sched)
	if err != nil {
		return nil, err
	}
	tz := in.String("timezone")
	if tz == "" {
		tz = b.cfg.DefaultTimeZone
	}
	if _, err := digest.LoadZone(tz); err != nil {
		return nil, err
	}
	// The scheduler's own rules (at most hourly) before anything is saved.
	if _, err := digest.ParseSchedule(expr, tz); err != nil {
		return nil, err
	}
	topics, err := parseTopics(in.String("topics"))
	if err != nil {
		return nil, err
	}
	places, err := b.gazetteerPlaces(in.String("places"))
	if err != nil {
		return nil, err
	}
	now := b.deps.Now().UTC()
	sub := &news.Subscription{GuildID: in.GuildID, ChannelID: in.ChannelID, UserID: in.UserID, Topics: topics,
		Places: places, Keywords: splitList(in.String("keywords")), Schedule: expr,
		TimeZone: tz, QuietNote: in.Bool("quiet_note"), Created: now, Updated: now}
	if in.InDM() || in.String("to") == "dm" {
		// A DM subscription is always the caller's own, whoever else is
		// named. Made in a guild, it keeps the guild: it reads the guild's
		// own sources as the guild's channels do (news.DigestFilter.GuildID).
		sub.DM = true
		if !in.InDM() {
			sub.ChannelID = "" // opened lazily at the first delivery
		}
	}
	return sub, nil
}

// subscriptionLimit words the store's cap refusal for the user.
func subscriptionLimit(err error, sub *news.Subscription, limit int) error {
	switch {
	case news.ErrorCode(err) != news.ELIMIT:
		return fmt.Errorf("create subscription: %w", err)
	case sub.DM:
		return news.WrapError(news.ELIMIT, fmt.Sprintf("You have %d DM subscriptions, the limit. Remove one with /unsubscribe first.", limit), err)
	}
	return news.WrapError(news.ELIMIT, fmt.Sprintf("This server has %d subscriptions, the limit. Remove one with /unsubscribe first.", limit), err)
}

// maxPlaces bounds the places of one filter.
const maxPlaces = 25

// gazetteerPlaces reads a comma-separated list of places as the
// gazetteer's names ("aleppo, Deir Ezzor": Aleppo, Deir ez-Zor), which is
// what stories carry. A place it does not know is refused with the names
// it might have meant: a filter on a name no story has would stay silent
// for good. Without a gazetteer (Deps.LookupPlace nil) places are kept as
// typed.
func (b *Bot) gazetteerPlaces(list string) ([]string, error) {
	var out []string
	for _, p := range splitList(list) {
		name := p
		if b.deps.LookupPlace != nil {
			e, ok := b.deps.LookupPlace(p)
			if !ok {
				return nil, b.unknownPlace(p)
			}
			name = e.Name
		}
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	if len(out) > maxPlaces {
		return nil, news.Errorf(news.EINVALID, "At most %d places, please.", maxPlaces)
	}
	return out, nil
}

// unknownPlace refuses a place the gazetteer does not know, suggesting the
// names that start like it.
func (b *Bot) unknownPlace(p string) error {
	var sugg []news.Entity
	if b.deps.SuggestPlaces != nil {
		for _, prefix := range []string{p, string([]rune(p)[:min(3, len([]rune(p)))])} {
			if sugg = b.deps.SuggestPlaces(prefix, 3); len(sugg) > 0 {
				break
			}
		}
	}
	msg := fmt.Sprintf("I do not know the place “%s”.", esc(cut(p, 60)))
	if len(sugg) > 0 {
		names := make([]string, len(sugg))
		for i, e := range sugg {
			names[i] = e.Name
		}
		msg += " Did you mean " + strings.Join(names, ", ") + "?"
	}
	return news.Errorf(news.EINVALID, "%s Pick a name the places option suggests as you type.", msg)
}

func parseTopics(s string) ([]news.Category, error) {
	var out []news.Category
	for _, t := range splitList(strings.ToLower(s)) {
		if t == "all" {
			return nil, nil
		}
		c, err := news.ParseCategory(t)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// describeFilter says in a few words what a subscription selects; the
// places and keywords a member typed are escaped text.
func describeFilter(s *news.Subscription) string {
	topics := "all topics"
	if len(s.Topics) > 0 {
		var ts []string
		for _, t := range s.Topics {
			ts = append(ts, string(t))
		}
		topics = strings.Join(ts, ", ")
	}
	if len(s.Places) > 0 {
		topics += " in " + esc(strings.Join(s.Places, ", "))
	}
	if len(s.Keywords) > 0 {
		topics += " with " + esc(strings.Join(s.Keywords, " or "))
	}
	return topics
}

func (b *Bot) completeSubscribe(ctx context.Context, in *Invocation, option, value string) ([]*discordgo.ApplicationCommandOptionChoice, error) {
	switch option {
	case "timezone":
		return stringChoices(suggestZones(value, 25)), nil
	case "places":
		if b.deps.SuggestPlaces == nil {
			return nil, nil
		}
		// Complete the last item of a comma-separated list.
		head, last := "", value
		if i := strings.LastIndex(value, ","); i >= 0 {
			head, last = value[:i+1]+" ", strings.TrimSpace(value[i+1:])
		}
		return placeChoices(head, b.deps.SuggestPlaces(last, 25)), nil
	}
	return nil, nil
}

func stringChoices(values []string) []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, v := range values {
		if len(v) > 100 {
			continue
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: v})
	}
	return out
}

// placeChoices offers gazetteer places: the label says what the place is,
// the value is its canonical name after what was typed before it.
func placeChoices(head string, places []news.Entity) []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, p := range places {
		label := p.Name
		if p.Kind != "" {
			label += " (" + strings.ReplaceAll(p.Kind, "_", " ")
			if p.Conflict != "" {
				label += ", " + p.Conflict
			}
			label += ")"
		}
		v := head + p.Name
		if len(v) > 100 || len(label) > 100 {
			continue
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: label, Value: v})
	}
	return out
}
