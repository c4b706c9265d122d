package bot

import (
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// endpointsMu guards discordgo's endpoint variables: they are process-wide,
// so two bots with different bases in one process (tests) must not
// interleave set-up. Tests that start bots against different fakes run
// serially.
var endpointsMu sync.Mutex

// apiVersion is the Discord API version the bot speaks (discordgo defaults to 9).
const apiVersion = "10"

// setEndpoints points discordgo's REST endpoint variables at base
// ("https://discord.com/" by default). discordgo computes them once at init
// from EndpointDiscord, so every derived variable is set again here.
func setEndpoints(base string) {
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	endpointsMu.Lock()
	defer endpointsMu.Unlock()
	discordgo.APIVersion = apiVersion
	discordgo.EndpointDiscord = base
	api := base + "api/v" + apiVersion + "/"
	discordgo.EndpointAPI = api
	discordgo.EndpointGuilds = api + "guilds/"
	discordgo.EndpointChannels = api + "channels/"
	discordgo.EndpointUsers = api + "users/"
	discordgo.EndpointGateway = api + "gateway"
	discordgo.EndpointGatewayBot = discordgo.EndpointGateway + "/bot"
	discordgo.EndpointWebhooks = api + "webhooks/"
	discordgo.EndpointStickers = api + "stickers/"
	discordgo.EndpointStageInstances = api + "stage-instances"
	discordgo.EndpointSKUs = api + "skus"
	discordgo.EndpointVoice = api + "/voice/"
	discordgo.EndpointVoiceRegions = discordgo.EndpointVoice + "regions"
	discordgo.EndpointNitroStickersPacks = api + "/sticker-packs"
	discordgo.EndpointGuildCreate = api + "guilds"
	discordgo.EndpointApplications = api + "applications"
	discordgo.EndpointOAuth2 = api + "oauth2/"
	discordgo.EndpointOAuth2Applications = discordgo.EndpointOAuth2 + "applications"
}

// apiBase returns the REST API root for base, as setEndpoints computes it.
func apiBase(base string) string {
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	return base + "api/v" + apiVersion + "/"
}
