package bot

import (
	"net/netip"
	"net/url"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
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
// APIBase returns the REST API root under a Discord base URL ("" is
// https://discord.com/), for a Sender built before the Bot.
func APIBase(base string) string {
	if base == "" {
		base = Config{}.withDefaults().RESTBase
	}
	return apiBase(base)
}

func apiBase(base string) string {
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	return base + "api/v" + apiVersion + "/"
}

// CheckEndpoint refuses a Discord REST base or gateway URL that would send
// the token in clear over a network: https and wss are accepted anywhere,
// http and ws only to a loopback host (a local proxy, a fake in tests).
func CheckEndpoint(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return news.Errorf(news.EINVALID, "%q is not an absolute URL", raw)
	}
	switch u.Scheme {
	case "https", "wss":
		return nil
	case "http", "ws":
		if loopbackHost(u.Hostname()) {
			return nil
		}
		return news.Errorf(news.EINVALID, "%q is plain %s to a host that is not loopback: the token would cross the network in clear (use %ss)", raw, u.Scheme, u.Scheme)
	}
	return news.Errorf(news.EINVALID, "%q is not an http(s) or ws(s) URL", raw)
}

// loopbackHost reports whether host is "localhost" or a loopback address.
func loopbackHost(host string) bool {
	if strings.EqualFold(strings.TrimSuffix(host, "."), "localhost") {
		return true
	}
	a, err := netip.ParseAddr(host)
	return err == nil && a.Unmap().IsLoopback()
}
