package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// The sender is what the digest scheduler posts through.
var (
	_ digest.Sender   = (*Sender)(nil)
	_ digest.DMOpener = (*Sender)(nil)
)

// SenderConfig configures a Sender.
type SenderConfig struct {
	Token      string
	APIBase    string // ".../api/v10/"
	GlobalRate int    // requests per second; default 50
	MaxRetries int    // retries after a 429, a 5xx or a network error; default 4
	// Backoff is the first wait after a 5xx or a network error, doubled on
	// each retry; default 250 ms.
	Backoff time.Duration
	Client  *http.Client
	Logger  *slog.Logger
	// OnUnauthorized, when set, is called on a 401: the token is no longer
	// valid and the bot must stop. The Bot itself learns it from
	// Unauthorized, so a sender built before the bot needs no hook.
	OnUnauthorized func(error)
	// State keeps the buckets between restarts; nil keeps them in memory.
	State StateStore
}

// Sender posts to Discord within its limits. It is shared by everything
// that posts: a global limit of requests per second, per-route buckets
// learned from the rate-limit headers, bounded retries on 429 (honouring
// retry_after and the global flag) and on 5xx, and a count of invalid
// requests (401, 403, 429) that slows it down long before Discord's 10,000
// per 10 minutes.
type Sender struct {
	cfg     SenderConfig
	log     *slog.Logger
	global  *slidingLimit
	invalid *invalidCounter

	self         selfID     // the bot's user id, read once
	unauthorized chan error // the first 401, for the bot to stop on

	mu          sync.Mutex
	buckets     map[string]*bucket
	globalUntil time.Time

	markMu   sync.Mutex
	markNext time.Time // markAnswer saves nothing before this
}

// NewSender returns a sender.
func NewSender(cfg SenderConfig) *Sender {
	if cfg.GlobalRate == 0 {
		cfg.GlobalRate = 50
	}
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = 4
	}
	if cfg.Backoff == 0 {
		cfg.Backoff = 250 * time.Millisecond
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{Timeout: 15 * time.Second}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.OnUnauthorized == nil {
		cfg.OnUnauthorized = func(error) {}
	}
	if cfg.State == nil {
		cfg.State = &memState{}
	}
	return &Sender{cfg: cfg, log: cfg.Logger, buckets: map[string]*bucket{}, unauthorized: make(chan error, 1),
		global: newSlidingLimit(cfg.GlobalRate, time.Second+globalMargin), invalid: &invalidCounter{}}
}

// SetShare sets the sender's share of the request rate when n instances
// send with one token: Discord's 50 requests a second are per token, not
// per process, so each sends within 50 / n (at least one), and never over
// its own GlobalRate. The bot sets it from the live instances' leases.
func (s *Sender) SetShare(n int) { s.SetShareRank(n, n-1) }

// SetShareRank sets the sender's share of the request rate as the
// instance ranked rank (from 0) of n live ones: the token's 50 requests
// a second split whole, the first 50 mod n instances taking one more
// (17, 17 and 16 for three, where 50 / n alone leaves two unused), never
// over the sender's own GlobalRate, never under one.
//
// The shares of instances that counted different sets still add up to no
// more than 50, as long as every set counted holds every instance sending
// (the joiner's wait and the presence gate see to that, as they did for
// 50 / n): the share of rank r among n, the number of k < 50 with
// k mod n = r, is ceil((50 - r) / n), which only falls as n grows and as
// r grows, and a larger set counted gives an instance a rank no lower.
// So each instance sends within its share among the senders alone, and
// those shares add up to 50.
func (s *Sender) SetShareRank(n, rank int) {
	n = max(n, 1)
	rank = min(max(rank, 0), n-1)
	share := tokenRate / n
	if rank < tokenRate%n {
		share++
	}
	r := max(min(s.cfg.GlobalRate, share), 1)
	if s.global.setLimit(r) {
		s.log.Info("request rate share", "instances", n, "rank", rank, "per_second", r)
	}
}

// tokenRate is Discord's global limit of requests a second for one bot token.
const tokenRate = 50

// Unauthorized delivers the error of the first 401 Discord answered: the
// token is no longer valid, and the bot stops.
func (s *Sender) Unauthorized() <-chan error { return s.unauthorized }

// refused records a 401 for Unauthorized and calls OnUnauthorized.
func (s *Sender) refused(err error) {
	select {
	case s.unauthorized <- err:
	default:
	}
	s.cfg.OnUnauthorized(err)
}

// globalMargin widens the global window so that requests spaced exactly at
// the limit on our side never look too close on Discord's side.
const globalMargin = 60 * time.Millisecond

// APIError is an error answer from Discord.
type APIError struct {
	Status  int
	Code    int
	Message string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("discord: %d %s (code %d)", e.Status, e.Message, e.Code)
}

// Send posts one digest message, with its embeds when it has some: it
// makes the sender a digest.Sender. A message an older version stored
// with Discord's JSON (LegacyEmbeds) is read back into our embeds, which
// hold everything that version wrote (title, link, text, colour, fields,
// footer, the chart image), and sent like any other.
func (s *Sender) Send(ctx context.Context, channelID string, msg digest.Message, nonce string) (string, error) {
	m := &Message{Content: msg.Content, Files: msg.Files, Embeds: msg.Embeds}
	if len(msg.LegacyEmbeds) > 0 {
		es, err := legacyEmbeds(msg.LegacyEmbeds)
		if err != nil {
			return "", fmt.Errorf("send message to %s: %w", channelID, err)
		}
		m.Embeds = es
	}
	return s.Post(ctx, channelID, m, nonce)
}

// Post posts m to a channel. A non-empty nonce is sent with enforce_nonce,
// so a retry within Discord's window returns the first message instead of
// posting twice. It returns the message's id. Errors carry a news code:
// ENOTFOUND or EFORBIDDEN for a channel the bot cannot post to (see
// PauseReason), EUNAUTHORIZED for a refused token, ERATELIMITED or
// EUNAVAILABLE when retries ran out.
func (s *Sender) Post(ctx context.Context, channelID string, m *Message, nonce string) (string, error) {
	return s.post(ctx, channelID, m, nonce, noMentions())
}

// post is Post with the message's allowed mentions.
func (s *Sender) post(ctx context.Context, channelID string, m *Message, nonce string, mentions *discordgo.MessageAllowedMentions) (string, error) {
	if err := validateMessage(m, nonce); err != nil {
		return "", fmt.Errorf("send message to %s: %w", channelID, err)
	}
	body := createBody{Content: m.Content, Embeds: discordEmbeds(m.Embeds), AllowedMentions: mentions}
	if nonce != "" {
		body.Nonce, body.EnforceNonce = nonce, true
	}
	for i, f := range m.Files {
		body.Attachments = append(body.Attachments, attachmentRef{ID: strconv.Itoa(i), Filename: f.Name})
	}
	payload, err := json.Marshal(body)
	if err != nil {
		return "", fmt.Errorf("encode message: %w", err)
	}
	req := request{method: "POST", path: "channels/" + channelID + "/messages",
		bucket: "POST channels/messages|" + channelID, body: payload, contentType: "application/json"}
	if len(m.Files) > 0 {
		if req.body, req.contentType, err = multipartBody(payload, m.Files); err != nil {
			return "", err
		}
	}
	var out struct {
		ID string `json:"id"`
	}
	if err := s.do(ctx, req, &out); err != nil {
		return "", fmt.Errorf("send message to %s: %w", channelID, err)
	}
	return out.ID, nil
}

func multipartBody(payload []byte, files []File) ([]byte, string, error) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="payload_json"`)
	h.Set("Content-Type", "application/json")
	pw, _ := w.CreatePart(h)
	pw.Write(payload)
	for i, f := range files {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="files[%d]"; filename="%s"`, i, strings.ReplaceAll(f.Name, `"`, "")))
		ct := f.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		h.Set("Content-Type", ct)
		fw, _ := w.CreatePart(h)
		fw.Write(f.Data)
	}
	if err := w.Close(); err != nil {
		return nil, "", fmt.Errorf("encode attachments: %w", err)
	}
	return buf.Bytes(), w.FormDataContentType(), nil
}

// markerLookback is how many recent messages RecentHasMarker reads (Discord's maximum).
const markerLookback = 100

// RecentHasMarker reports whether one of the channel's last 100 messages
// contains marker in its content or its embeds, or carries it as nonce:
// after a crash, the outbox looks before sending again.
func (s *Sender) RecentHasMarker(ctx context.Context, channelID, marker string) (bool, error) {
	id, err := s.FindMarked(ctx, channelID, marker)
	return id != "", err
}

// OpenDM opens (or finds) the DM channel with a user and returns its id.
func (s *Sender) OpenDM(ctx context.Context, userID string) (string, error) {
	b, _ := json.Marshal(map[string]string{"recipient_id": userID})
	req := request{method: "POST", path: "users/@me/channels", bucket: "POST users/@me/channels", body: b, contentType: "application/json"}
	var ch struct {
		ID string `json:"id"`
	}
	if err := s.do(ctx, req, &ch); err != nil {
		return "", fmt.Errorf("open dm with %s: %w", userID, err)
	}
	return ch.ID, nil
}

// PauseReason reports whether err means a subscription cannot be delivered
// until someone acts (the channel is gone, the bot lost access or
// permissions, the user does not accept DMs), and says why.
func PauseReason(err error) (string, bool) {
	var ae *APIError
	if !errors.As(err, &ae) {
		return "", false
	}
	r, ok := pauseReasons[ae.Code]
	return r, ok
}

var pauseReasons = map[int]string{
	10003: "the channel no longer exists",
	50001: "the bot has no access to the channel",
	50013: "the bot lacks permission to post in the channel (Send Messages, Embed Links, Attach Files)",
	50007: "Discord does not let the bot DM you (DMs from server members are off, or the bot is blocked)",
}

// safeAPIText keeps Discord's error message short and on one line: it is
// shown to the guild when a message is parked.
func safeAPIText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 120 {
		s = s[:120]
	}
	s = strings.ToValidUTF8(s, "")
	if s == "" {
		return "unknown error"
	}
	return s
}

// domainError gives an API error a news code for the callers.
func domainError(ae *APIError) error {
	if r, ok := pauseReasons[ae.Code]; ok {
		code := news.EFORBIDDEN
		if ae.Code == 10003 {
			code = news.ENOTFOUND
		}
		return news.WrapError(code, "Cannot deliver: "+r+".", ae)
	}
	switch {
	case ae.Code == codeMaxActiveThreads || ae.Code == codeMaxActiveAnnouncementThreads:
		// Not refused for good: a thread archived makes room.
		return news.WrapError(news.ELIMIT, "The server holds as many active threads as Discord allows; the post waits until one is archived.", ae)
	case ae.Status == http.StatusUnauthorized:
		return news.WrapError(news.EUNAUTHORIZED, "Discord refused the bot's token.", ae)
	case ae.Status == http.StatusTooManyRequests:
		return news.WrapError(news.ERATELIMITED, "Discord asked the bot to slow down; try again later.", ae)
	case ae.Status >= 500:
		return news.WrapError(news.EUNAVAILABLE, "Discord is unavailable; try again later.", ae)
	case ae.Status >= 400 && ae.Status < 500 && ae.Status != http.StatusRequestTimeout:
		// Refused for good: sending it again cannot help (50035 and the like).
		return news.WrapError(news.EINVALID, fmt.Sprintf("Discord refused the message: %s (code %d).",
			safeAPIText(ae.Message), ae.Code), ae)
	}
	return news.WrapError(news.EINTERNAL, "", ae)
}
