// Package fakediscord is a fake of Discord for tests: its REST API (the
// routes the bot uses), its gateway WebSocket and an interaction injector,
// served over loopback. Every request body is validated against Discord's own
// OpenAPI description; responses have the documented shapes, and
// CheckResponses validates every recorded answer against the description's
// response schemas so the fake cannot drift from Discord; rate limits are
// enforced with real headers; faults (error codes, 5xx, latency, gateway close
// codes and disconnects) can be injected; and everything is recorded for
// assertions.
package fakediscord

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Options configure a fake. Zero values take Discord's own values.
type Options struct {
	Token         string   // the bot token accepted; default "test-token"
	ApplicationID string   // default "100000000000000001"
	BotUserID     string   // default the application id
	Guilds        []string // guilds announced by GUILD_CREATE after READY
	// SystemChannels gives guilds a system_channel_id in GUILD_CREATE
	// (guild id → channel id); other guilds have none (null).
	SystemChannels map[string]string
	// ChannelLimit messages per ChannelPeriod per channel (5 per 5 s).
	ChannelLimit  int
	ChannelPeriod time.Duration
	// GlobalLimit requests per GlobalPeriod for the bot (50 per 1 s).
	GlobalLimit  int
	GlobalPeriod time.Duration
	// HeartbeatInterval sent in HELLO; default 41.25 s as Discord.
	HeartbeatInterval time.Duration
	// IdentifyInterval and MaxConcurrency are the session start rate: one
	// IDENTIFY per IdentifyInterval in each of MaxConcurrency buckets, a
	// shard's bucket being shard_id % MaxConcurrency (Discord: 1 per 5 s).
	IdentifyInterval time.Duration
	MaxConcurrency   int
	// Shards is the shard count GET /gateway/bot recommends; default 1.
	Shards int
	// AllowedIntents are the intents the application may request without
	// 4014; default: every unprivileged intent.
	AllowedIntents int
	// NonceWindow is how long enforce_nonce answers with an earlier
	// message of the same nonce instead of posting again; default 5
	// minutes (Discord: "the past few minutes").
	NonceWindow time.Duration
	// MaxActiveThreads is how many unarchived threads a guild may hold; a
	// thread past it is refused (400, 160006); default 1,000 as Discord.
	MaxActiveThreads int
	Logger           *slog.Logger
}

// Request is one recorded REST request with its outcome.
type Request struct {
	Method      string
	Path        string // as sent, without the /api/vN prefix
	Route       string // the OpenAPI path template, "" when unknown
	Params      map[string]string
	ContentType string
	Body        []byte // the JSON body (payload_json for multipart)
	Files       []string
	Status      int
	Code        int    // Discord error code of the answer, 0 for none
	Response    []byte // the JSON answer; nil for none (204)
	At          time.Time
	Fault       bool // answered by an injected fault, not by Discord's rules
}

// Server is a running fake of Discord.
type Server struct {
	opts Options
	http *httptest.Server
	log  *slog.Logger
	ids  atomic.Int64

	mu       sync.Mutex
	requests []Request
	channels map[string]*channel
	dms      map[string]string // user id → DM channel id
	commands map[string][]map[string]any
	faults   []*Fault
	limiter  *limiter
	appPerms map[string]int64   // channel id → the bot's permissions there
	setup    guildSetup         // channels, roles and members (guilds.go)
	threads  map[string]*thread // thread id → thread (threads.go)

	gw gateway
	ix interactions
}

// New starts a fake on a loopback port. Close it when done.
func New(opts Options) *Server {
	opts = withDefaults(opts)
	s := &Server{
		opts:     opts,
		log:      opts.Logger,
		channels: map[string]*channel{},
		dms:      map[string]string{},
		commands: map[string][]map[string]any{},
		threads:  map[string]*thread{},
	}
	theSpec.warm()
	s.ids.Store(200000000000000000)
	s.limiter = newLimiter(opts)
	s.gw.init()
	s.ix.init()
	s.http = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

func withDefaults(o Options) Options {
	if o.Token == "" {
		o.Token = "test-token"
	}
	if o.ApplicationID == "" {
		o.ApplicationID = "100000000000000001"
	}
	if o.BotUserID == "" {
		o.BotUserID = o.ApplicationID
	}
	if o.ChannelLimit == 0 {
		o.ChannelLimit, o.ChannelPeriod = 5, 5*time.Second
	}
	if o.GlobalLimit == 0 {
		o.GlobalLimit, o.GlobalPeriod = 50, time.Second
	}
	if o.HeartbeatInterval == 0 {
		o.HeartbeatInterval = 41250 * time.Millisecond
	}
	if o.IdentifyInterval == 0 {
		o.IdentifyInterval = 5 * time.Second
	}
	if o.MaxConcurrency == 0 {
		o.MaxConcurrency = 1
	}
	if o.Shards == 0 {
		o.Shards = 1
	}
	if o.AllowedIntents == 0 {
		o.AllowedIntents = unprivilegedIntents
	}
	if o.MaxActiveThreads == 0 {
		o.MaxActiveThreads = 1000
	}
	if o.NonceWindow == 0 {
		o.NonceWindow = 5 * time.Minute
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// Close stops the server and closes every gateway connection.
func (s *Server) Close() {
	s.gw.closeAll()
	s.http.CloseClientConnections()
	s.http.Close()
}

// URL is the base URL, as discordgo's EndpointDiscord wants it ("http://127.0.0.1:port/").
func (s *Server) URL() string { return s.http.URL + "/" }

// GatewayURL is the gateway WebSocket URL.
func (s *Server) GatewayURL() string {
	return "ws" + strings.TrimPrefix(s.http.URL, "http") + "/gateway-ws"
}

// Token is the accepted bot token.
func (s *Server) Token() string { return s.opts.Token }

// ApplicationID is the application's id.
func (s *Server) ApplicationID() string { return s.opts.ApplicationID }

// NewID returns a fresh snowflake.
func (s *Server) NewID() string { return strconv.FormatInt(s.ids.Add(1), 10) }

// Requests returns a copy of every recorded REST request, oldest first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// RequestsTo returns the recorded requests of one method and route template.
func (s *Server) RequestsTo(method, route string) []Request {
	var out []Request
	for _, r := range s.Requests() {
		if r.Method == method && r.Route == route {
			out = append(out, r)
		}
	}
	return out
}

// Commands returns the command list last registered for a guild ("" global).
func (s *Server) Commands(guildID string) []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.commands[guildID]
}

func (s *Server) record(r Request) {
	s.mu.Lock()
	s.requests = append(s.requests, r)
	s.mu.Unlock()
}
