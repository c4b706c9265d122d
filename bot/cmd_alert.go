package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/alert"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// defaultAlertToll is the death toll a rule fires on when /alert add names
// none: a toll two originators put at 100 or more is news to be woken for.
const defaultAlertToll = 100

// previewSpan is how far back /alert preview looks, and maxPreviewLines
// how many alerts it lists (the rest are counted).
const (
	previewSpan     = 7 * 24 * time.Hour
	maxPreviewLines = 30
)

func (b *Bot) alertCommand() *command {
	filter := func() []*discordgo.ApplicationCommandOption {
		return []*discordgo.ApplicationCommandOption{
			strOpt("topics", "Comma-separated: talks, ceasefire, humanitarian, violence (default all)", false, false),
			strOpt("places", "Comma-separated places or conflicts, e.g. Aleppo, Syria", false, true),
			strOpt("keywords", "Comma-separated words; one must appear", false, false),
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "toll", MinValue: new(float64), MaxValue: 1e6,
				Description: fmt.Sprintf("Alert when two sources put the death toll at this or more (default %d; 0: never)", defaultAlertToll)},
		}
	}
	add := append(filter(), &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionRole,
		Name: "role", Description: "A role to ping with each alert (it must be mentionable)"})
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "alert", Description: "Be told at once when a story changes state or its toll passes a threshold",
			Contexts: guildOnly, IntegrationTypes: guildInstall, DefaultMemberPermissions: manageChannels,
			Options: []*discordgo.ApplicationCommandOption{
				subOpt("add", "Alert this channel (Manage Channels): truces, talks, sieges, evacuations, tolls", add...),
				subOpt("remove", "Stop an alert", &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionInteger,
					Name: "alert", Description: "The alert's number (see /alert list)", Required: true}),
				subOpt("list", "This server's alerts"),
				subOpt("preview", "What these filters would have fired over the last week (only you see it)", filter()...),
			},
		},
		ephemeral: true,
		run:       b.runAlert,
		complete:  b.completeSubscribe,
	}
}

func (b *Bot) runAlert(ctx context.Context, in *Invocation) (*Response, error) {
	if b.deps.Alerts == nil || b.deps.AlertDecider == nil {
		return nil, news.Errorf(news.EUNAVAILABLE, "Alerts are not enabled on this bot.")
	}
	if err := in.requireManageChannels(); err != nil {
		return nil, err
	}
	switch in.Sub {
	case "add":
		return b.alertAdd(ctx, in)
	case "remove":
		return b.alertRemove(ctx, in)
	case "list":
		return b.alertList(ctx, in)
	}
	return b.alertPreview(ctx, in)
}

// alertRule reads the filter options into a rule for this channel.
func (b *Bot) alertRule(in *Invocation) (*news.AlertRule, error) {
	topics, err := parseTopics(in.String("topics"))
	if err != nil {
		return nil, err
	}
	places, err := b.gazetteerPlaces(in.String("places"))
	if err != nil {
		return nil, err
	}
	return &news.AlertRule{GuildID: in.GuildID, ChannelID: in.ChannelID, UserID: in.UserID, Topics: topics,
		Places: places, Keywords: splitList(in.String("keywords")), Toll: int64(in.Int("toll", defaultAlertToll))}, nil
}

func (b *Bot) alertAdd(ctx context.Context, in *Invocation) (*Response, error) {
	r, err := b.alertRule(in)
	if err != nil {
		return nil, err
	}
	if r.RoleID, err = alertRole(in); err != nil {
		return nil, err
	}
	if err := checkAlertSetup(in); err != nil {
		return nil, err
	}
	r.Cursor = b.deps.Now().UTC()
	if err := b.deps.Alerts.CreateAlertRule(ctx, r, b.cfg.MaxAlertsPerGuild); err != nil {
		if news.ErrorCode(err) == news.ELIMIT {
			return nil, news.WrapError(news.ELIMIT, fmt.Sprintf("This server has %d alerts, the limit. Remove one with /alert remove first.", b.cfg.MaxAlertsPerGuild), err)
		}
		return nil, fmt.Errorf("create alert: %w", err)
	}
	return reply(true, fmt.Sprintf("Alert #%d: this channel is told at once when %s.", r.ID, describeAlert(r))), nil
}

// alertPermissions are what the bot needs to post alerts in a channel:
// plain messages (no embeds, no files), and the channel's history to look
// for a post it may have sent before a crash.
var alertPermissions = []permission{
	{discordgo.PermissionViewChannel, "View Channel"},
	{discordgo.PermissionSendMessages, "Send Messages"},
	{discordgo.PermissionReadMessageHistory, "Read Message History"},
}

// checkAlertSetup refuses a channel the bot could not post alerts to, and
// says what to fix: found at /alert add, not at the first alert.
func checkAlertSetup(in *Invocation) error {
	lacks := missing(in.Interaction.AppPermissions, alertPermissions)
	if len(lacks) == 0 {
		return nil
	}
	return news.Errorf(news.EFORBIDDEN, "The bot cannot post alerts in this channel: it lacks %s here. "+
		"Give the bot (or its role) these permissions in the channel's settings (Edit Channel → Permissions), then run /alert add again.",
		strings.Join(lacks, ", "))
}

// alertRole returns the role option's id after checking the bot may ping
// it: never @everyone, and only a mentionable role unless the bot has
// Mention Everyone in this channel (which lets it ping any role).
func alertRole(in *Invocation) (string, error) {
	id := in.String("role")
	if id == "" {
		return "", nil
	}
	if id == in.GuildID {
		return "", news.Errorf(news.EINVALID, "Alerts never ping @everyone or @here: pick a role made for them.")
	}
	var role *discordgo.Role
	if d := in.Interaction.ApplicationCommandData(); d.Resolved != nil {
		role = d.Resolved.Roles[id]
	}
	if role == nil {
		return "", news.Errorf(news.EINVALID, "Discord did not tell me about that role; pick it again from the list.")
	}
	if !role.Mentionable && in.Interaction.AppPermissions&discordgo.PermissionMentionEveryone == 0 {
		return "", news.Errorf(news.EINVALID, "I cannot ping @%s: the role is not mentionable and I lack Mention Everyone here. "+
			"Make the role mentionable (Server Settings → Roles → Allow anyone to @mention this role), or add the alert without a role.", esc(role.Name))
	}
	return id, nil
}

// describeAlert says what a rule fires on, in a sentence's end.
func describeAlert(r *news.AlertRule) string {
	what := "a story of " + describeFilter(&news.Subscription{Topics: r.Topics, Places: r.Places, Keywords: r.Keywords}) +
		" changes state (a ceasefire proposed, in effect, violated or collapsed; talks opened, suspended or concluded; a siege imposed or lifted; an evacuation begun; an emergency declared; a state striking another's government forces)"
	if r.Toll > 0 {
		what += fmt.Sprintf(", or two sources put its death toll at %d or more", r.Toll)
	}
	if r.RoleID != "" {
		what += ", pinging <@&" + r.RoleID + ">"
	}
	return what
}

func (b *Bot) alertRemove(ctx context.Context, in *Invocation) (*Response, error) {
	id := int64(in.Int("alert", 0))
	rules, err := b.deps.Alerts.AlertRules(ctx, in.GuildID, "")
	if err != nil {
		return nil, err
	}
	for _, r := range rules {
		if r.ID != id {
			continue
		}
		if err := in.requireManageChannel(r.ChannelID); err != nil {
			return nil, err
		}
		if err := b.deps.Alerts.DeleteAlertRule(ctx, in.GuildID, id); err != nil {
			return nil, err
		}
		return reply(true, fmt.Sprintf("Stopped alert #%d in <#%s>.", id, r.ChannelID)), nil
	}
	return nil, news.Errorf(news.ENOTFOUND, "This server has no alert #%d; /alert list shows them.", id)
}

func (b *Bot) alertList(ctx context.Context, in *Invocation) (*Response, error) {
	rules, err := b.deps.Alerts.AlertRules(ctx, in.GuildID, "")
	if err != nil {
		return nil, err
	}
	if len(rules) == 0 {
		return reply(true, "This server has no alerts. /alert add sets one up in a channel."), nil
	}
	var s strings.Builder
	for i := range rules {
		fmt.Fprintf(&s, "• #%d in <#%s>: when %s.\n", rules[i].ID, rules[i].ChannelID, describeAlert(&rules[i]))
	}
	return splitReply(strings.TrimSpace(s.String())), nil
}

func (b *Bot) alertPreview(ctx context.Context, in *Invocation) (*Response, error) {
	r, err := b.alertRule(in)
	if err != nil {
		return nil, err
	}
	now := b.deps.Now().UTC()
	as, err := b.deps.AlertDecider.Decide(ctx, r, now.Add(-previewSpan), now)
	if err != nil {
		return nil, fmt.Errorf("preview alerts: %w", err)
	}
	head := fmt.Sprintf("Over the last 7 days, an alert for %s would have fired %s", describeFilter(&news.Subscription{
		Topics: r.Topics, Places: r.Places, Keywords: r.Keywords}), lang.Plural(len(as), "once", strconv.Itoa(len(as))+" times"))
	if r.Toll > 0 {
		head += fmt.Sprintf(" (toll threshold %d)", r.Toll)
	}
	if len(as) == 0 {
		return reply(true, head+"."), nil
	}
	var s strings.Builder
	s.WriteString(head + ":\n")
	for i := range as {
		if i == maxPreviewLines {
			fmt.Fprintf(&s, "… and %d more.\n", len(as)-i)
			break
		}
		fmt.Fprintf(&s, "• %s — %s (%s)\n", alert.What(&as[i]), esc(cut(as[i].Story.Headline, 150)), alertReporters(&as[i]))
	}
	return splitReply(strings.TrimSpace(s.String())), nil
}

// alertReporters names the outlets of an alert's reports, each once.
func alertReporters(a *alert.Alert) string {
	var names []string
	seen := map[string]bool{}
	for _, src := range a.Reports {
		if name := alert.Outlet(src); !seen[name] {
			seen[name] = true
			names = append(names, esc(name))
		}
	}
	return strings.Join(names, ", ")
}

// splitReply is an ephemeral reply of text over as many messages as it needs.
func splitReply(text string) *Response {
	var msgs []*Message
	for _, t := range SplitText(text, maxContent) {
		msgs = append(msgs, &Message{Content: t})
	}
	return &Response{Messages: msgs, Ephemeral: true}
}
