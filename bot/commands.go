package bot

import "github.com/bwmarrin/discordgo"

// Contexts and integration types. Commands that change what the bot posts
// (subscriptions, sources) need the bot in the server (guild install) and
// work in servers and in the bot's DMs; commands that only read the stored
// news also work in group DMs and where a user installed the app.
var (
	guildAndDM    = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	anywhere      = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM, discordgo.InteractionContextPrivateChannel}
	guildOnly     = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	guildInstall  = &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	eitherInstall = &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall, discordgo.ApplicationIntegrationUserInstall}
)

// manageChannels is the default member permission of commands that change a
// channel's setup (/subscribe, /unsubscribe, /resume, /digest);
// the handlers check it again (requireManageChannels). Discord does not
// apply default member permissions in DMs with the bot, so anyone can
// manage their own DM subscriptions there.
var manageChannels = func() *int64 { p := int64(discordgo.PermissionManageChannels); return &p }()

// manageGuild is the default member permission of /sources: a guild's
// sources feed every channel's digests (the handler checks it again).
var manageGuild = func() *int64 { p := int64(discordgo.PermissionManageGuild); return &p }()

// commandList is every command of the bot, as data: one file per command
// defines its definition and handler.
func (b *Bot) commandList() []*command {
	return []*command{
		b.subscribeCommand(),
		b.unsubscribeCommand(),
		b.resumeCommand(),
		b.subscriptionsCommand(),
		b.digestCommand(),
		b.latestCommand(),
		b.sourcesCommand(),
		b.alertCommand(),
		b.followCommand(),
		b.unfollowCommand(),
		b.askCommand(),
		b.helpCommand(),
	}
}

// Option constructors keep the definitions short.
func strOpt(name, desc string, required, autocomplete bool) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: name,
		Description: desc, Required: required, Autocomplete: autocomplete}
}

func choicesOpt(name, desc string, required bool, values ...string) *discordgo.ApplicationCommandOption {
	o := strOpt(name, desc, required, false)
	for _, v := range values {
		o.Choices = append(o.Choices, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: v})
	}
	return o
}

func subOpt(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name,
		Description: desc, Options: opts}
}

var topicChoices = []string{"all", "talks", "ceasefire", "humanitarian", "violence"}
