package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Interaction types and callback types used by the injector.
const (
	InteractionCommand      = 2
	InteractionAutocomplete = 4

	CallbackMessage      = 4
	CallbackDeferred     = 5
	CallbackAutocomplete = 8
	FlagEphemeral        = 64
)

// answerWindow is how long Discord waits for the first answer.
const answerWindow = 3 * time.Second

// User is the person invoking a command.
type User struct {
	ID       string
	Username string
}

// Option is one command option as Discord sends it: a value, or nested
// options for a subcommand.
type Option struct {
	Name    string   `json:"name"`
	Type    int      `json:"type"`
	Value   any      `json:"value,omitempty"`
	Focused bool     `json:"focused,omitempty"`
	Options []Option `json:"options,omitempty"`
}

// Sub returns a subcommand option holding opts.
func Sub(name string, opts ...Option) Option { return Option{Name: name, Type: 1, Options: opts} }

// Str returns a string option.
func Str(name, v string) Option { return Option{Name: name, Type: 3, Value: v} }

// RoleOpt returns a role option; the interaction carries the role in
// data.resolved.roles, as Discord sends it, when the guild has it
// (SetRoles).
func RoleOpt(name, roleID string) Option { return Option{Name: name, Type: 8, Value: roleID} }

// Reply is what the bot answered to one interaction.
type Reply struct {
	Token      string
	Type       int            // callback type of the first answer
	Deferred   bool           // answered with type 5 first
	Deleted    bool           // the original answer was deleted
	Message    map[string]any // the final message (callback data, or the edit)
	Content    string
	Flags      int
	Choices    []map[string]any // autocomplete
	AnsweredIn time.Duration    // from dispatch to the first answer
}

// Ephemeral reports whether only the invoker sees the reply.
func (r *Reply) Ephemeral() bool { return r.Flags&FlagEphemeral != 0 }

// Embeds returns the final message's embeds.
func (r *Reply) Embeds() []any { e, _ := r.Message["embeds"].([]any); return e }

type pending struct {
	id, token string
	channel   string // where the answers appear
	started   time.Time
	reply     Reply
	answered  bool
	followups []map[string]any
	done      chan struct{}
}

type interactions struct {
	mu      sync.Mutex
	byToken map[string]*pending
	byID    map[string]*pending
}

func (ix *interactions) init() {
	ix.byToken, ix.byID = map[string]*pending{}, map[string]*pending{}
}

// Interaction builds an interaction payload as Discord sends it and registers
// it as pending; guildID "" is a DM. It returns the payload and its token.
func (s *Server) Interaction(kind int, guildID, channelID string, u User, perms int64, name string, opts []Option) ([]byte, string) {
	id, token := s.NewID(), "tok-"+s.NewID()
	user := map[string]any{"id": u.ID, "username": u.Username, "discriminator": "0", "global_name": nil, "avatar": nil}
	it := map[string]any{
		"id": id, "application_id": s.opts.ApplicationID, "type": kind, "token": token, "version": 1,
		"channel_id": channelID, "locale": "en-US", "app_permissions": s.appPermissions(channelID), "entitlements": []any{},
		"data": map[string]any{"id": s.NewID(), "name": name, "type": 1, "options": opts},
	}
	if roles := s.resolvedRoles(guildID, opts); len(roles) > 0 {
		it["data"].(map[string]any)["resolved"] = map[string]any{"roles": roles}
	}
	if guildID == "" {
		it["user"], it["context"] = user, 1
		it["channel"] = map[string]any{"id": channelID, "type": 1}
		it["authorizing_integration_owners"] = map[string]any{"1": u.ID}
	} else {
		it["guild_id"], it["context"] = guildID, 0
		it["guild"] = map[string]any{"id": guildID, "locale": "en-US", "features": []any{}}
		it["channel"] = map[string]any{"id": channelID, "type": 0, "guild_id": guildID}
		it["member"] = map[string]any{"user": user, "roles": []any{}, "permissions": strconv.FormatInt(perms, 10),
			"joined_at": time.Now().UTC().Format(time.RFC3339), "deaf": false, "mute": false, "flags": 0}
		it["authorizing_integration_owners"] = map[string]any{"0": guildID}
	}
	b, _ := json.Marshal(it)
	p := &pending{id: id, token: token, channel: channelID, started: time.Now(), done: make(chan struct{})}
	p.reply.Token = token
	s.ix.mu.Lock()
	s.ix.byToken[token], s.ix.byID[id] = p, p
	s.ix.mu.Unlock()
	return b, token
}

// resolvedRoles are the guild's roles that role options name, by id.
func (s *Server) resolvedRoles(guildID string, opts []Option) map[string]any {
	out := map[string]any{}
	var walk func([]Option)
	walk = func(os []Option) {
		for _, o := range os {
			walk(o.Options)
			if o.Type != 8 {
				continue
			}
			for i, r := range s.guildRoles(guildID) {
				if r.ID == o.Value {
					out[r.ID] = roleObject(r, i)
				}
			}
		}
	}
	walk(opts)
	return out
}

// defaultAppPermissions are the bot's permissions in a channel unless a
// test sets others: everything a digest needs, and more.
const defaultAppPermissions = 2248473465835073

// SetAppPermissions sets the bot's permissions in a channel, as the
// interactions from it carry them in app_permissions.
func (s *Server) SetAppPermissions(channelID string, perms int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.appPerms == nil {
		s.appPerms = map[string]int64{}
	}
	s.appPerms[channelID] = perms
}

func (s *Server) appPermissions(channelID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.appPerms[channelID]
	if !ok {
		p = defaultAppPermissions
	}
	return strconv.FormatInt(p, 10)
}

// InjectCommand dispatches a slash command over the gateway and waits for the
// bot's final answer (the message, or the edit after a deferral).
func (s *Server) InjectCommand(ctx context.Context, guildID, channelID string, u User, perms int64, name string, opts ...Option) (*Reply, error) {
	return s.inject(ctx, InteractionCommand, guildID, channelID, u, perms, name, opts)
}

// InjectAutocomplete dispatches an autocomplete interaction; one option
// should be Focused.
func (s *Server) InjectAutocomplete(ctx context.Context, guildID, channelID string, u User, perms int64, name string, opts ...Option) (*Reply, error) {
	return s.inject(ctx, InteractionAutocomplete, guildID, channelID, u, perms, name, opts)
}

func (s *Server) inject(ctx context.Context, kind int, guildID, channelID string, u User, perms int64, name string, opts []Option) (*Reply, error) {
	payload, token := s.Interaction(kind, guildID, channelID, u, perms, name, opts)
	if err := s.Dispatch("INTERACTION_CREATE", json.RawMessage(payload)); err != nil {
		return nil, fmt.Errorf("dispatch interaction: %w", err)
	}
	return s.Wait(ctx, token)
}

// Wait waits for the final answer to the interaction with token.
func (s *Server) Wait(ctx context.Context, token string) (*Reply, error) {
	s.ix.mu.Lock()
	p := s.ix.byToken[token]
	s.ix.mu.Unlock()
	if p == nil {
		return nil, fmt.Errorf("wait for %s: unknown interaction", token)
	}
	select {
	case <-p.done:
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for answer: %w", ctx.Err())
	}
	s.ix.mu.Lock()
	defer s.ix.mu.Unlock()
	r := p.reply
	return &r, nil
}

// Answered reports whether the interaction with token got its first answer
// (a message or a deferral), and how long after dispatch.
func (s *Server) Answered(token string) (time.Duration, bool) {
	s.ix.mu.Lock()
	defer s.ix.mu.Unlock()
	p := s.ix.byToken[token]
	if p == nil || !p.answered {
		return 0, false
	}
	return p.reply.AnsweredIn, true
}

// Followups returns the follow-up messages sent for an interaction.
func (s *Server) Followups(token string) []map[string]any {
	s.ix.mu.Lock()
	defer s.ix.mu.Unlock()
	if p := s.ix.byToken[token]; p != nil {
		return append([]map[string]any(nil), p.followups...)
	}
	return nil
}

func (s *Server) callback(c *call) {
	var body struct {
		Type int            `json:"type"`
		Data map[string]any `json:"data"`
	}
	json.Unmarshal(c.body, &body)
	s.ix.mu.Lock()
	p := s.ix.byID[c.params["interaction_id"]]
	switch {
	case p == nil || p.token != c.params["interaction_token"] || time.Since(p.started) > answerWindow:
		s.ix.mu.Unlock()
		writeError(c.w, c.rec, http.StatusNotFound, 10062, errorMessages[10062], nil)
		return
	case p.answered:
		s.ix.mu.Unlock()
		writeError(c.w, c.rec, http.StatusBadRequest, 40060, errorMessages[40060], nil)
		return
	}
	p.answered = true
	p.reply.Type, p.reply.AnsweredIn = body.Type, time.Since(p.started)
	p.reply.Deferred = body.Type == CallbackDeferred
	p.reply.Flags = flagsOf(body.Data)
	switch body.Type {
	case CallbackAutocomplete:
		choices, _ := body.Data["choices"].([]any)
		for _, ch := range choices {
			m, _ := ch.(map[string]any)
			p.reply.Choices = append(p.reply.Choices, m)
		}
		c.recorded = append(c.recorded, func() { close(p.done) })
	case CallbackMessage:
		p.reply.Message, p.reply.Content = s.newMessage(p.channel, c.body[0:0], nil), str(body.Data["content"])
		mergeMessage(p.reply.Message, body.Data)
		c.recorded = append(c.recorded, func() { close(p.done) })
	}
	s.ix.mu.Unlock()
	writeJSON(c.w, c.rec, http.StatusNoContent, nil)
}

func flagsOf(d map[string]any) int { f, _ := d["flags"].(float64); return int(f) }

// mergeMessage applies an answer or an edit to a message; null clears a
// list (embeds: null removes the embeds) and leaves other fields alone.
func mergeMessage(m, data map[string]any) {
	for k, v := range data {
		switch {
		case v == nil && (k == "embeds" || k == "attachments" || k == "components"):
			m[k] = []any{}
		case v == nil:
		case k == "embeds":
			m[k] = richEmbeds(v)
		default:
			m[k] = v
		}
	}
}

func (s *Server) webhookPending(c *call) *pending {
	s.ix.mu.Lock()
	p := s.ix.byToken[c.params["webhook_token"]]
	s.ix.mu.Unlock()
	if p == nil || !p.answered || c.params["webhook_id"] != s.opts.ApplicationID {
		writeError(c.w, c.rec, http.StatusNotFound, 10015, "Unknown Webhook", nil)
		return nil
	}
	return p
}

func (s *Server) followup(c *call) {
	p := s.webhookPending(c)
	if p == nil {
		return
	}
	msg := s.newMessage(p.channel, c.body, c.files)
	s.ix.mu.Lock()
	p.followups = append(p.followups, msg)
	if p.reply.Deleted && p.reply.Message == nil {
		// A deferral deleted unanswered: this follow-up is the answer.
		p.reply.Message, p.reply.Content, p.reply.Flags = msg, str(msg["content"]), flagsOf(msg)
		c.recorded = append(c.recorded, func() { close(p.done) })
	}
	s.ix.mu.Unlock()
	writeJSON(c.w, c.rec, http.StatusOK, msg)
}

// deleteOriginal deletes the first answer; a deferral deleted before it was
// edited ends with the next follow-up, which Wait then returns.
func (s *Server) deleteOriginal(c *call) {
	p := s.webhookPending(c)
	if p == nil {
		return
	}
	s.ix.mu.Lock()
	gone := p.reply.Deleted || (p.reply.Message == nil && !p.reply.Deferred)
	p.reply.Deleted = true
	s.ix.mu.Unlock()
	if gone {
		writeError(c.w, c.rec, http.StatusNotFound, 10008, "Unknown Message", nil)
		return
	}
	writeJSON(c.w, c.rec, http.StatusNoContent, nil)
}

func (s *Server) editOriginal(c *call) {
	p := s.webhookPending(c)
	if p == nil {
		return
	}
	var data map[string]any
	json.Unmarshal(c.body, &data)
	s.ix.mu.Lock()
	first := p.reply.Message == nil
	if first {
		p.reply.Message = s.newMessage(p.channel, nil, c.files)
	}
	mergeMessage(p.reply.Message, data)
	p.reply.Content = str(p.reply.Message["content"])
	if f, ok := data["flags"]; ok && f != nil {
		p.reply.Flags |= flagsOf(data)
	}
	msg := p.reply.Message
	if first && p.reply.Deferred {
		c.recorded = append(c.recorded, func() { close(p.done) })
	}
	s.ix.mu.Unlock()
	writeJSON(c.w, c.rec, http.StatusOK, msg)
}

func (s *Server) getOriginal(c *call) {
	p := s.webhookPending(c)
	if p == nil {
		return
	}
	s.ix.mu.Lock()
	msg := p.reply.Message
	s.ix.mu.Unlock()
	if msg == nil {
		writeError(c.w, c.rec, http.StatusNotFound, 10008, "Unknown Message", nil)
		return
	}
	writeJSON(c.w, c.rec, http.StatusOK, msg)
}
