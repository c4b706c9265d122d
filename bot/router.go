package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
)

// command is one slash command: its definition as Discord registers it, its
// handler and, for options with autocomplete, its completer.
type command struct {
	def *discordgo.ApplicationCommand
	// ephemeral answers privately; a deferral keeps the same visibility.
	ephemeral bool
	// ephemeralFor, when set, decides per use instead (an option such as
	// /ask's public).
	ephemeralFor func(in *Invocation) bool
	run          func(ctx context.Context, in *Invocation) (*Response, error)
	complete     func(ctx context.Context, in *Invocation, option, value string) ([]*discordgo.ApplicationCommandOptionChoice, error)
}

// private reports whether the answer to in is ephemeral.
func (c *command) private(in *Invocation) bool {
	if c.ephemeralFor != nil {
		return c.ephemeralFor(in)
	}
	return c.ephemeral
}

// Invocation is one use of a command, with its options flattened.
type Invocation struct {
	Interaction *discordgo.Interaction
	Command     string
	Sub         string // subcommand, "" for none
	GuildID     string // "" in DMs
	ChannelID   string
	UserID      string
	Perms       int64 // the member's permissions in the channel; 0 in DMs
	options     map[string]*discordgo.ApplicationCommandInteractionDataOption
}

// Response is what a handler answers: the first message is the reply, the
// others follow it.
type Response struct {
	Messages  []*Message
	Ephemeral bool
}

// reply is a one-message response.
func reply(ephemeral bool, content string, embeds ...news.Embed) *Response {
	return &Response{Messages: []*Message{{Content: content, Embeds: embeds}}, Ephemeral: ephemeral}
}

func newInvocation(i *discordgo.Interaction) *Invocation {
	in := &Invocation{Interaction: i, GuildID: i.GuildID, ChannelID: i.ChannelID,
		options: map[string]*discordgo.ApplicationCommandInteractionDataOption{}}
	if i.Member != nil && i.Member.User != nil {
		in.UserID, in.Perms = i.Member.User.ID, i.Member.Permissions
	} else if i.User != nil {
		in.UserID = i.User.ID
	}
	if i.Type != discordgo.InteractionApplicationCommand && i.Type != discordgo.InteractionApplicationCommandAutocomplete {
		return in
	}
	data := i.ApplicationCommandData()
	in.Command = data.Name
	opts := data.Options
	if len(opts) == 1 && (opts[0].Type == discordgo.ApplicationCommandOptionSubCommand || opts[0].Type == discordgo.ApplicationCommandOptionSubCommandGroup) {
		in.Sub, opts = opts[0].Name, opts[0].Options
	}
	for _, o := range opts {
		in.options[o.Name] = o
	}
	return in
}

// String returns a string option, trimmed; "" when absent.
func (in *Invocation) String(name string) string {
	if o, ok := in.options[name]; ok {
		if s, ok := o.Value.(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// Int returns an integer option, def when absent.
func (in *Invocation) Int(name string, def int) int {
	if o, ok := in.options[name]; ok {
		if f, ok := o.Value.(float64); ok {
			return int(f)
		}
	}
	return def
}

// Bool returns a boolean option, false when absent.
func (in *Invocation) Bool(name string) bool {
	if o, ok := in.options[name]; ok {
		b, _ := o.Value.(bool)
		return b
	}
	return false
}

// focused returns the option being completed and what was typed so far.
func (in *Invocation) focused() (string, string) {
	for _, o := range in.options {
		if o.Focused {
			s, _ := o.Value.(string)
			return o.Name, s
		}
	}
	return "", ""
}

// InDM reports whether the command was used in a DM with the bot.
func (in *Invocation) InDM() bool { return in.GuildID == "" }

// requireManageChannels checks server-side what the command's default
// member permissions ask for: members can be given commands they should not
// have, and the interaction carries the member's real permissions.
func (in *Invocation) requireManageChannels() error {
	return in.require(discordgo.PermissionManageChannels, "Manage Channels")
}

// requireManageGuild checks the member may change the guild's shared
// setup (its sources, a subscription of another channel). Manage Server is
// a guild permission that no channel overwrite changes, so the
// interaction's permissions, which are the invoking channel's, tell it.
func (in *Invocation) requireManageGuild() error {
	return in.require(discordgo.PermissionManageGuild, "Manage Server")
}

// require checks the member holds perm (or Administrator) in a guild.
func (in *Invocation) require(perm int64, name string) error {
	if in.InDM() {
		return news.Errorf(news.EFORBIDDEN, "This command works in a server, not in DMs.")
	}
	if in.Perms&(perm|discordgo.PermissionAdministrator) == 0 {
		return news.Errorf(news.EFORBIDDEN, "You need the %s permission for this.", name)
	}
	return nil
}

// requireManageChannel checks the member may change what the bot posts in
// channelID: Manage Channels there when it is the channel the command runs
// in (the interaction carries the member's permissions for it), Manage
// Server from any other channel, whose permissions say nothing of the
// target's.
func (in *Invocation) requireManageChannel(channelID string) error {
	if channelID == in.ChannelID {
		return in.requireManageChannels()
	}
	if err := in.requireManageGuild(); err != nil {
		if in.InDM() {
			return err
		}
		return news.WrapError(news.EFORBIDDEN, fmt.Sprintf(
			"That subscription posts in <#%s>: use this command there (with Manage Channels), or you need Manage Server to change it from here.", channelID), err)
	}
	return nil
}

func indexCommands(list []*command) map[string]*command {
	m := make(map[string]*command, len(list))
	for _, c := range list {
		m[c.def.Name] = c
	}
	return m
}
