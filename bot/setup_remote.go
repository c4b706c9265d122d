package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
)

// The bot's permissions in a channel other than the one a command runs in
// (an interaction's app_permissions only tell of its own channel), and in
// each channel `bot doctor` checks: read from Discord — the channel's
// overwrites, the guild's roles and the bot's member roles — and computed
// by channelPermissions.

// selfID caches the bot's own user id, read once from users/@me.
type selfID struct {
	mu sync.Mutex
	id string
}

// ChannelAccess is what the bot may do in a guild channel.
type ChannelAccess struct {
	Name  string // the channel's name, for answers
	Perms int64
}

// guildChannel is a channel as the permission check reads it.
type guildChannel struct {
	GuildID, Name string
	Type          int // Discord's channel type: channelText, channelForum, ...
	Flags         int // the channel's flags (flagRequireTag)
	Overwrites    []*discordgo.PermissionOverwrite
}

// PermissionsIn reads the bot's permissions in a guild channel. A channel
// that is gone or hidden from the bot comes back as the APIError Discord
// sent (10003, 50001), which PauseReason explains.
func (s *Sender) PermissionsIn(ctx context.Context, channelID string) (ChannelAccess, error) {
	ch, err := s.readChannel(ctx, channelID)
	if err != nil {
		return ChannelAccess{}, err
	}
	perms, err := s.permissionsIn(ctx, ch)
	return ChannelAccess{Name: ch.Name, Perms: perms}, err
}

// readChannel reads a channel's guild, name and permission overwrites.
func (s *Sender) readChannel(ctx context.Context, channelID string) (guildChannel, error) {
	var ch struct {
		GuildID    string `json:"guild_id"`
		Name       string `json:"name"`
		Type       int    `json:"type"`
		Flags      int    `json:"flags"`
		Overwrites []struct {
			ID    string `json:"id"`
			Type  int    `json:"type"`
			Allow string `json:"allow"`
			Deny  string `json:"deny"`
		} `json:"permission_overwrites"`
	}
	if err := s.do(ctx, request{method: "GET", path: "channels/" + channelID, bucket: "GET channels|" + channelID}, &ch); err != nil {
		return guildChannel{}, fmt.Errorf("read channel %s: %w", channelID, err)
	}
	out := guildChannel{GuildID: ch.GuildID, Name: ch.Name, Type: ch.Type, Flags: ch.Flags}
	for _, o := range ch.Overwrites {
		out.Overwrites = append(out.Overwrites, &discordgo.PermissionOverwrite{ID: o.ID,
			Type: discordgo.PermissionOverwriteType(o.Type), Allow: parsePerms(o.Allow), Deny: parsePerms(o.Deny)})
	}
	return out, nil
}

// permissionsIn computes the bot's permissions in ch (all of them in a
// channel of no guild: a DM) from the guild's roles and the bot's.
func (s *Sender) permissionsIn(ctx context.Context, ch guildChannel) (int64, error) {
	if ch.GuildID == "" {
		return discordgo.PermissionAll, nil
	}
	me, err := s.me(ctx)
	if err != nil {
		return 0, err
	}
	roles, memberRoles, err := s.guildRoles(ctx, ch.GuildID, me)
	if err != nil {
		return 0, err
	}
	return channelPermissions(ch.GuildID, roles, memberRoles, me, ch.Overwrites), nil
}

// me returns the bot's user id.
func (s *Sender) me(ctx context.Context) (string, error) {
	s.self.mu.Lock()
	defer s.self.mu.Unlock()
	if s.self.id != "" {
		return s.self.id, nil
	}
	var u struct {
		ID string `json:"id"`
	}
	if err := s.do(ctx, request{method: "GET", path: "users/@me", bucket: "GET users/@me"}, &u); err != nil {
		return "", fmt.Errorf("read the bot's user: %w", err)
	}
	s.self.id = u.ID
	return u.ID, nil
}

// guildRoles reads a guild's role permissions and the bot's roles there.
func (s *Sender) guildRoles(ctx context.Context, guildID, me string) (map[string]int64, []string, error) {
	rs, err := s.readRoles(ctx, guildID)
	if err != nil {
		return nil, nil, err
	}
	var m struct {
		Roles []string `json:"roles"`
	}
	if err := s.do(ctx, request{method: "GET", path: "guilds/" + guildID + "/members/" + me, bucket: "GET guilds/members|" + guildID}, &m); err != nil {
		return nil, nil, fmt.Errorf("read the bot's roles: %w", err)
	}
	roles := make(map[string]int64, len(rs))
	for _, r := range rs {
		roles[r.ID] = parsePerms(r.Permissions)
	}
	return roles, m.Roles, nil
}

// guildRole is a role of a guild as Discord sends it.
type guildRole struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Permissions string `json:"permissions"`
	Mentionable bool   `json:"mentionable"`
}

// readRoles reads a guild's roles.
func (s *Sender) readRoles(ctx context.Context, guildID string) ([]guildRole, error) {
	var rs []guildRole
	if err := s.do(ctx, request{method: "GET", path: "guilds/" + guildID + "/roles", bucket: "GET guilds/roles|" + guildID}, &rs); err != nil {
		return nil, fmt.Errorf("read the server's roles: %w", err)
	}
	return rs, nil
}

// parsePerms reads a permission set as Discord sends it (a decimal string);
// anything else is no permission.
func parsePerms(v string) int64 {
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0
	}
	return n
}

// missingIn names the delivery permissions perms lacks.
func missingIn(perms int64) []string { return missing(perms, deliveryPermissions) }

// checkOtherChannelSetup refuses a channel, other than the command's own,
// that the bot could not deliver to, and says what to fix.
func (b *Bot) checkOtherChannelSetup(ctx context.Context, channelID, command string) error {
	acc, err := b.sender.PermissionsIn(ctx, channelID)
	if r, ok := PauseReason(err); ok {
		return news.WrapError(news.EFORBIDDEN, fmt.Sprintf("The bot cannot deliver to <#%s>: %s. "+
			"Give the bot View Channel there (Edit Channel → Permissions), or /unsubscribe if the channel is gone, then run /%s again.",
			channelID, r, command), err)
	}
	if err != nil {
		return fmt.Errorf("check the bot's permissions in %s: %w", channelID, err)
	}
	if missing := missingIn(acc.Perms); len(missing) > 0 {
		return news.Errorf(news.EFORBIDDEN, "The bot cannot deliver digests in <#%s>: it lacks %s there. "+
			"Give the bot (or its role) these permissions in that channel's settings (Edit Channel → Permissions), then run /%s again.",
			channelID, strings.Join(missing, ", "), command)
	}
	return nil
}
