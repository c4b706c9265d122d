package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Finding is one result of Diagnose: what was checked, whether it passed,
// what was found and, when it failed, what to do about it.
type Finding struct {
	Check  string
	OK     bool
	Detail string
	Fix    string
}

// Target is a channel the bot must be able to post in; Label names it for
// the operator (e.g. "subscription #3; alert #1"). What the channel
// receives decides what is checked there: digests (also when none of the
// three is set), alerts, story threads (/follow); Roles are the roles its
// alerts ping.
type Target struct {
	ChannelID string
	Label     string
	Digests   bool
	Alerts    bool
	Threads   bool
	Roles     []string
}

// needs is every permission the target's deliveries need, each once: a
// followed forum's Send Messages is named Create Posts, as in Discord's
// settings.
func (t Target) needs(forum bool) []permission {
	var out []permission
	add := func(ps []permission) {
		for _, p := range ps {
			if !slices.ContainsFunc(out, func(q permission) bool { return q.bit == p.bit }) {
				out = append(out, p)
			}
		}
	}
	if t.Threads {
		add(followPermissions(forum))
	}
	if t.Digests || !t.Alerts && !t.Threads {
		add(deliveryPermissions)
	}
	if t.Alerts {
		add(alertPermissions)
	}
	return out
}

// Diagnose checks the bot's side of Discord, as `bot doctor` reports it:
// Discord answers at all, the token is valid, the application id is the
// token's application, and in each target channel the bot has every
// permission it needs. It stops at the first of the first three that
// fails, since the later checks need it.
func Diagnose(ctx context.Context, cfg Config, targets []Target, log *slog.Logger) []Finding {
	cfg = cfg.withDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	setEndpoints(cfg.RESTBase)
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return []Finding{{Check: "Discord session", Detail: err.Error(), Fix: "check DISCORD_TOKEN"}}
	}
	s.Client = cfg.HTTPClient
	s.MaxRestRetries = 1
	s.LogLevel = discordgo.LogWarning
	adaptDiscordgoLogger(log, cfg.Token)
	sender := NewSender(SenderConfig{Token: cfg.Token, APIBase: apiBase(cfg.RESTBase), Client: cfg.HTTPClient, Logger: log, MaxRetries: 1})
	d := &diagnosis{s: s, sender: sender, ctx: ctx, cfg: cfg}
	for _, step := range []func() Finding{d.reach, d.token, d.application} {
		f := step()
		d.out = append(d.out, f)
		if !f.OK {
			return d.out
		}
	}
	for _, t := range targets {
		d.out = append(d.out, d.channel(t))
	}
	return d.out
}

type diagnosis struct {
	s      *discordgo.Session
	sender *Sender // reads the channels' permissions
	ctx    context.Context
	cfg    Config
	out    []Finding
}

func (d *diagnosis) reach() Finding {
	f := Finding{Check: "Discord reachable"}
	if _, err := d.s.Gateway(discordgo.WithContext(d.ctx)); err != nil {
		f.Detail = redact(err.Error(), d.cfg.Token)
		f.Fix = fmt.Sprintf("check this machine's network, DNS and proxy, and DISCORD_API_BASE (now %s)", d.cfg.RESTBase)
		return f
	}
	f.OK, f.Detail = true, "the REST API at "+d.cfg.RESTBase+" answers"
	return f
}

func (d *diagnosis) token() Finding {
	f := Finding{Check: "token"}
	u, err := d.s.User("@me", discordgo.WithContext(d.ctx))
	switch {
	case status(err) == 401:
		f.Detail = "Discord refused the token (401)"
		f.Fix = "the token is wrong or was reset: copy a new one from the developer portal (Bot → Reset Token) into DISCORD_TOKEN"
		return f
	case err != nil:
		f.Detail, f.Fix = redact(err.Error(), d.cfg.Token), "run the doctor again; if it persists, check Discord's status page"
		return f
	}
	d.sender.self.id = u.ID // the sender need not ask again
	f.OK, f.Detail = true, fmt.Sprintf("the bot user %s (%s)", u.Username, u.ID)
	return f
}

func (d *diagnosis) application() Finding {
	f := Finding{Check: "application id"}
	body, err := d.s.RequestWithBucketID("GET", discordgo.EndpointAPI+"applications/@me", nil,
		discordgo.EndpointAPI+"applications/@me", discordgo.WithContext(d.ctx))
	var app struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	if err == nil {
		err = json.Unmarshal(body, &app)
	}
	if err != nil {
		f.Detail, f.Fix = redact(err.Error(), d.cfg.Token), "run the doctor again; if it persists, check Discord's status page"
		return f
	}
	if d.cfg.ApplicationID != "" && d.cfg.ApplicationID != app.ID {
		f.Detail = fmt.Sprintf("DISCORD_APP_ID is %s, but the token belongs to application %s (%s)", d.cfg.ApplicationID, app.ID, app.Name)
		f.Fix = "set DISCORD_APP_ID=" + app.ID
		return f
	}
	f.OK, f.Detail = true, fmt.Sprintf("application %s (%s)", app.Name, app.ID)
	return f
}

// channel checks the bot's permissions in one target channel, read as
// /resume reads them (Sender.PermissionsIn).
func (d *diagnosis) channel(t Target) Finding {
	f := Finding{Check: fmt.Sprintf("channel %s (%s)", t.ChannelID, t.Label)}
	ch, err := d.sender.readChannel(d.ctx, t.ChannelID)
	switch apiCode(err) {
	case 0:
	case discordgo.ErrCodeUnknownChannel:
		f.Detail, f.Fix = "the channel no longer exists", "remove the subscription (/unsubscribe), or subscribe another channel"
		return f
	case discordgo.ErrCodeMissingAccess:
		f.Detail, f.Fix = "the bot cannot see the channel", "give the bot's role View Channel in the channel's settings (Permissions)"
		return f
	default:
		f.Detail, f.Fix = redact(err.Error(), d.cfg.Token), "run the doctor again"
		return f
	}
	if ch.GuildID == "" {
		f.OK, f.Detail = true, "a direct-message channel: no permissions to check"
		return f
	}
	perms, err := d.sender.permissionsIn(d.ctx, ch)
	if err != nil {
		f.Detail = redact(err.Error(), d.cfg.Token)
		f.Fix = "invite the bot to the server again (scopes bot and applications.commands)"
		return f
	}
	if problem := threadProblem(ch); t.Threads && problem != "" {
		f.Detail = "followed, but: " + problem
		f.Fix = "fix the channel as said, or run /unfollow there and /follow in a forum or text channel"
		return f
	}
	if lacks := missing(perms, t.needs(ch.Type == channelForum)); len(lacks) > 0 {
		f.Detail = fmt.Sprintf("#%s lacks %s for the bot", ch.Name, strings.Join(lacks, ", "))
		f.Fix = fmt.Sprintf("give the bot's role %s in #%s (Edit Channel → Permissions) or in the server's role settings", strings.Join(lacks, ", "), ch.Name)
		return f
	}
	if detail, fix := d.pings(t, ch, perms); detail != "" {
		f.Detail, f.Fix = detail, fix
		return f
	}
	f.OK, f.Detail = true, fmt.Sprintf("#%s: the bot has every permission it needs", ch.Name)
	if len(t.Roles) > 0 {
		f.Detail += " and may ping its alerts' role"
	}
	return f
}

// pings checks that the bot may mention each role the target's alerts
// ping: the role exists, and is mentionable or the bot has Mention
// Everyone in the channel (else Discord posts the alert without the ping).
// It returns what is wrong and the fix, "" when nothing is.
func (d *diagnosis) pings(t Target, ch guildChannel, perms int64) (string, string) {
	if len(t.Roles) == 0 {
		return "", ""
	}
	roles, err := d.sender.readRoles(d.ctx, ch.GuildID)
	if err != nil {
		return redact(err.Error(), d.cfg.Token), "run the doctor again"
	}
	for _, id := range t.Roles {
		i := slices.IndexFunc(roles, func(r guildRole) bool { return r.ID == id })
		switch {
		case i < 0:
			return fmt.Sprintf("the role %s an alert of #%s pings no longer exists", id, ch.Name),
				"remove the alert (/alert remove) and add it again with another role, or none"
		case !roles[i].Mentionable && missing(perms, []permission{{discordgo.PermissionMentionEveryone, "Mention Everyone"}}) != nil:
			return fmt.Sprintf("@%s, which an alert of #%s pings, is not mentionable and the bot lacks Mention Everyone there: the alerts would not ping it", roles[i].Name, ch.Name),
				fmt.Sprintf("make @%s mentionable (Server Settings → Roles → Allow anyone to @mention this role), or give the bot's role Mention Everyone in #%s", roles[i].Name, ch.Name)
		}
	}
	return "", ""
}

// apiCode is the Discord error code of a Sender's error; -1 for another
// error, 0 for none.
func apiCode(err error) int {
	var ae *APIError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ae):
		return ae.Code
	}
	return -1
}

// channelPermissions computes a member's permissions in a channel as
// Discord documents it: @everyone's and the member's roles' permissions;
// all of them with Administrator; then the channel's overwrites for
// @everyone, for the member's roles together, and for the member.
func channelPermissions(guildID string, roles map[string]int64, memberRoles []string, userID string, ows []*discordgo.PermissionOverwrite) int64 {
	p := roles[guildID]
	for _, r := range memberRoles {
		p |= roles[r]
	}
	if p&discordgo.PermissionAdministrator != 0 {
		return discordgo.PermissionAll
	}
	var roleAllow, roleDeny int64
	for _, o := range ows {
		if o.Type == discordgo.PermissionOverwriteTypeRole && o.ID == guildID {
			p = p&^o.Deny | o.Allow
		}
	}
	for _, o := range ows {
		if o.Type == discordgo.PermissionOverwriteTypeRole && o.ID != guildID && slices.Contains(memberRoles, o.ID) {
			roleAllow |= o.Allow
			roleDeny |= o.Deny
		}
	}
	p = p&^roleDeny | roleAllow
	for _, o := range ows {
		if o.Type == discordgo.PermissionOverwriteTypeMember && o.ID == userID {
			p = p&^o.Deny | o.Allow
		}
	}
	return p
}

// status reads a discordgo REST error's HTTP status; 0 when err is not one.
func status(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		return re.Response.StatusCode
	}
	return 0
}

// redact keeps the token out of a message shown to the operator.
func redact(msg, token string) string {
	if token != "" {
		msg = strings.ReplaceAll(msg, token, "[token]")
	}
	return strings.TrimSpace(msg)
}
