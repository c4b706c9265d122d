package fakediscord

import (
	"net/http"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// The routes below let a client read what it may do: a channel with its
// permission overwrites, a guild's roles, a member's roles, and the
// application. They are what `bot doctor` reads.

func init() {
	routes = append(routes,
		route{"GET", "/channels/{channel_id}", true, (*Server).getChannel},
		route{"GET", "/guilds/{guild_id}/roles", true, (*Server).getRoles},
		route{"GET", "/guilds/{guild_id}/members/{user_id}", true, (*Server).getMember},
		route{"GET", "/applications/@me", true, (*Server).getApplication},
	)
}

// Permission bits the fake's default @everyone role has, as Discord's
// default for a new guild's @everyone includes them.
const (
	PermViewChannel        int64 = 1 << 10
	PermSendMessages       int64 = 1 << 11
	PermEmbedLinks         int64 = 1 << 14
	PermAttachFiles        int64 = 1 << 15
	PermReadMessageHistory int64 = 1 << 16
	PermAdministrator      int64 = 1 << 3

	// The bits a command or a forum asks of a member or the app, as
	// discordgo names them, so that tests outside bot/ need not import it.
	PermManageChannels        int64 = discordgo.PermissionManageChannels
	PermManageGuild           int64 = discordgo.PermissionManageGuild
	PermSendMessagesInThreads int64 = discordgo.PermissionSendMessagesInThreads

	DefaultEveryone = PermViewChannel | PermSendMessages | PermEmbedLinks | PermAttachFiles | PermReadMessageHistory
)

// Overwrite is a channel permission overwrite: Type 0 for a role, 1 for a
// member.
type Overwrite struct {
	ID          string
	Type        int
	Allow, Deny int64
}

// Role is a guild role; the role whose ID is the guild's is @everyone.
type Role struct {
	ID          string
	Name        string
	Permissions int64
	// Mentionable lets anyone mention the role; otherwise only a member
	// with Mention Everyone can.
	Mentionable bool
}

// GuildChannel is a text channel of a guild, or a forum channel when Type
// is ChannelForum.
type GuildChannel struct {
	ID, GuildID, Name string
	Type              int // ChannelText (0) or ChannelForum
	// Flags are the channel's flags: a forum with FlagRequireTag refuses a
	// post without a tag (400, 40067).
	Flags      int
	Overwrites []Overwrite
}

// FlagRequireTag is the channel flag of a forum whose posts need a tag.
const FlagRequireTag = 1 << 4

// guildSetup is what the fake knows of guilds beyond their ids.
type guildSetup struct {
	channels map[string]GuildChannel
	roles    map[string][]Role              // guild → roles; unset: @everyone with DefaultEveryone
	members  map[string]map[string][]string // guild → user → role ids
}

func (g *guildSetup) init() {
	if g.channels == nil {
		g.channels = map[string]GuildChannel{}
		g.roles = map[string][]Role{}
		g.members = map[string]map[string][]string{}
	}
}

// SetChannel adds or replaces a guild text channel.
func (s *Server) SetChannel(c GuildChannel) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.setup.init()
	s.setup.channels[c.ID] = c
}

// SetRoles replaces a guild's roles; include @everyone (ID = the guild's).
func (s *Server) SetRoles(guildID string, roles ...Role) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.setup.init()
	s.setup.roles[guildID] = roles
}

// SetMemberRoles makes a user a member of a guild with those roles. The
// bot is a member of every guild of Options.Guilds without roles unless
// set.
func (s *Server) SetMemberRoles(guildID, userID string, roleIDs ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.setup.init()
	if s.setup.members[guildID] == nil {
		s.setup.members[guildID] = map[string][]string{}
	}
	s.setup.members[guildID][userID] = roleIDs
}

func (s *Server) getChannel(c *call) {
	s.mu.Lock()
	ch, ok := s.setup.channels[c.params["channel_id"]]
	s.mu.Unlock()
	if !ok {
		writeError(c.w, c.rec, http.StatusNotFound, 10003, errorMessages[10003], nil)
		return
	}
	ows := []any{}
	for _, o := range ch.Overwrites {
		ows = append(ows, map[string]any{"id": o.ID, "type": o.Type,
			"allow": strconv.FormatInt(o.Allow, 10), "deny": strconv.FormatInt(o.Deny, 10)})
	}
	writeJSON(c.w, c.rec, http.StatusOK, map[string]any{"id": ch.ID, "type": ch.Type, "flags": ch.Flags, "guild_id": ch.GuildID,
		"name": ch.Name, "position": 0, "permission_overwrites": ows, "last_message_id": nil, "parent_id": nil,
		"topic": nil, "nsfw": false, "rate_limit_per_user": 0})
}

// guildRoles returns a guild's roles; nil when the guild is unknown.
func (s *Server) guildRoles(guildID string) []Role {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.setup.roles[guildID]; ok {
		return r
	}
	for _, g := range s.opts.Guilds {
		if g == guildID {
			return []Role{{ID: guildID, Name: "@everyone", Permissions: DefaultEveryone}}
		}
	}
	return nil
}

func (s *Server) getRoles(c *call) {
	roles := s.guildRoles(c.params["guild_id"])
	if roles == nil {
		writeError(c.w, c.rec, http.StatusNotFound, 10004, "Unknown Guild", nil)
		return
	}
	out := []any{}
	for i, r := range roles {
		out = append(out, roleObject(r, i))
	}
	writeJSON(c.w, c.rec, http.StatusOK, out)
}

// roleObject is a role as Discord's GuildRoleResponse documents it.
func roleObject(r Role, position int) map[string]any {
	return map[string]any{"id": r.ID, "name": r.Name, "permissions": strconv.FormatInt(r.Permissions, 10),
		"position": position, "color": 0, "colors": map[string]any{"primary_color": 0, "secondary_color": nil, "tertiary_color": nil},
		"hoist": false, "managed": false, "mentionable": r.Mentionable, "icon": nil, "unicode_emoji": nil, "flags": 0}
}

func (s *Server) getMember(c *call) {
	guild, user := c.params["guild_id"], c.params["user_id"]
	if s.guildRoles(guild) == nil {
		writeError(c.w, c.rec, http.StatusNotFound, 10004, "Unknown Guild", nil)
		return
	}
	s.mu.Lock()
	roles, ok := s.setup.members[guild][user]
	s.mu.Unlock()
	if !ok && user != s.opts.BotUserID {
		writeError(c.w, c.rec, http.StatusNotFound, 10007, "Unknown Member", nil)
		return
	}
	if roles == nil {
		roles = []string{}
	}
	u := userObject(user, "member"+user)
	if user == s.opts.BotUserID {
		u = s.botUser()
	}
	writeJSON(c.w, c.rec, http.StatusOK, map[string]any{"avatar": nil, "banner": nil, "communication_disabled_until": nil,
		"flags": 0, "joined_at": "2026-01-01T00:00:00+00:00", "nick": nil, "pending": false, "premium_since": nil,
		"roles": roles, "user": u, "mute": false, "deaf": false})
}

func (s *Server) getApplication(c *call) {
	owner := userObject("100000000000000099", "owner")
	writeJSON(c.w, c.rec, http.StatusOK, map[string]any{"id": s.opts.ApplicationID, "name": "conflict-digest", "icon": nil,
		"description": "", "type": nil, "verify_key": "00", "flags": 0, "flags_new": "0", "redirect_uris": []any{},
		"interactions_endpoint_url": nil, "role_connections_verification_url": nil, "owner": owner,
		"approximate_guild_count": len(s.opts.Guilds), "approximate_user_install_count": 0,
		"approximate_user_authorization_count": 0, "explicit_content_filter": 0, "team": nil,
		"eligible_oauth2_scopes": []any{}, "bot": s.botUser()})
}
