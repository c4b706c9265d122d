package bot

import "github.com/bwmarrin/discordgo"

// Contexts and integration types: guild install, usable in servers and in
// the bot's DMs, or in servers only.
var (
	guildAndDM   = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	guildOnly    = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	guildInstall = &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
)

// manageChannels is the default member permission of commands that change a
// guild; the handlers check it again (requireManageChannels).
var manageChannels = func() *int64 { p := int64(discordgo.PermissionManageChannels); return &p }()

// commandList is every command of the bot, as data: one file per command
// defines its definition and handler.
func (b *Bot) commandList() []*command {
	return []*command{
		b.subscribeCommand(),
		b.unsubscribeCommand(),
		b.subscriptionsCommand(),
		b.digestCommand(),
		b.latestCommand(),
		b.sourcesCommand(),
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
