package fakediscord

import (
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// channel holds the messages posted to one channel, oldest first.
type channel struct {
	messages []map[string]any
}

// Message is a stored message as the fake answered it.
type Message = map[string]any

func (s *Server) botUser() map[string]any {
	u := userObject(s.opts.BotUserID, "conflict-digest")
	u["bot"] = true
	return u
}

// userObject is a user as Discord's UserResponse documents it.
func userObject(id, username string) map[string]any {
	return map[string]any{"id": id, "username": username, "discriminator": "0", "global_name": nil, "avatar": nil,
		"public_flags": 0, "flags": 0, "primary_guild": nil}
}

func (s *Server) getGateway(c *call) {
	body := map[string]any{"url": s.GatewayURL()}
	if c.rec.Route == "/gateway/bot" {
		body["shards"] = s.opts.Shards
		body["session_start_limit"] = map[string]any{"total": 1000, "remaining": 999, "reset_after": 86400000, "max_concurrency": s.opts.MaxConcurrency}
	}
	writeJSON(c.w, c.rec, http.StatusOK, body)
}

func (s *Server) getMe(c *call) {
	u := s.botUser()
	u["mfa_enabled"], u["locale"] = false, "en-US"
	writeJSON(c.w, c.rec, http.StatusOK, u)
}

func (s *Server) openDM(c *call) {
	var req struct {
		RecipientID string `json:"recipient_id"`
	}
	json.Unmarshal(c.body, &req)
	s.mu.Lock()
	id, ok := s.dms[req.RecipientID]
	if !ok {
		id = s.NewID()
		s.dms[req.RecipientID] = id
	}
	s.mu.Unlock()
	writeJSON(c.w, c.rec, http.StatusOK, map[string]any{"id": id, "type": 1, "last_message_id": nil, "flags": 0,
		"recipients": []any{userObject(req.RecipientID, "user"+req.RecipientID)}})
}

// DMChannel returns the DM channel opened for a user, "" when none.
func (s *Server) DMChannel(userID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dms[userID]
}

func (s *Server) putCommands(c *call) {
	var cmds []map[string]any
	json.Unmarshal(c.body, &cmds)
	for _, cmd := range cmds {
		commandResponse(cmd)
		cmd["id"] = s.NewID()
		cmd["application_id"] = s.opts.ApplicationID
		cmd["version"] = s.NewID()
		if _, ok := cmd["type"]; !ok {
			cmd["type"] = 1
		}
		if g := c.params["guild_id"]; g != "" {
			cmd["guild_id"] = g
		}
	}
	s.mu.Lock()
	s.commands[c.params["guild_id"]] = cmds
	s.mu.Unlock()
	writeJSON(c.w, c.rec, http.StatusOK, cmds)
}

// commandResponse turns a command as sent into the command as Discord
// answers it: absent fields are left out instead of null, permissions are a
// string (or null), integration types default to guild install.
func commandResponse(cmd map[string]any) {
	dropNulls(cmd, "default_member_permissions", "contexts")
	switch p := cmd["default_member_permissions"].(type) {
	case float64:
		cmd["default_member_permissions"] = strconv.FormatInt(int64(p), 10)
	case string:
	default:
		cmd["default_member_permissions"] = nil
	}
	if _, ok := cmd["integration_types"]; !ok {
		cmd["integration_types"] = []any{0}
	}
}

// dropNulls removes null members of m and, recursively, of its options and
// choices, but for the keys kept.
func dropNulls(m map[string]any, keep ...string) {
	for k, v := range m {
		if v == nil && !slices.Contains(keep, k) {
			delete(m, k)
		}
	}
	for _, k := range []string{"options", "choices"} {
		list, _ := m[k].([]any)
		for _, o := range list {
			if om, ok := o.(map[string]any); ok {
				dropNulls(om)
			}
		}
	}
}

func (s *Server) getCommands(c *call) {
	cmds := s.Commands(c.params["guild_id"])
	if cmds == nil {
		cmds = []map[string]any{}
	}
	writeJSON(c.w, c.rec, http.StatusOK, cmds)
}

// richEmbeds gives embeds as sent the defaults Discord answers with: type
// "rich", fields not inline.
func richEmbeds(v any) any {
	list, _ := v.([]any)
	for _, e := range list {
		em, ok := e.(map[string]any)
		if !ok {
			continue
		}
		if em["type"] == nil {
			em["type"] = "rich"
		}
		fields, _ := em["fields"].([]any)
		for _, f := range fields {
			if fm, ok := f.(map[string]any); ok && fm["inline"] == nil {
				fm["inline"] = false
			}
		}
	}
	return v
}

// newMessage builds a message object from a create or edit body.
func (s *Server) newMessage(channelID string, body []byte, files []string) map[string]any {
	var m map[string]any
	json.Unmarshal(body, &m)
	if m == nil {
		m = map[string]any{}
	}
	atts := []any{}
	for i, f := range files {
		atts = append(atts, map[string]any{"id": s.NewID(), "filename": f, "size": 1, "url": "http://attachments.test/" + f, "proxy_url": "http://attachments.test/" + f, "index": i})
	}
	msg := map[string]any{
		"id": s.NewID(), "channel_id": channelID, "author": s.botUser(), "content": str(m["content"]),
		"timestamp": time.Now().UTC().Format(time.RFC3339Nano), "edited_timestamp": nil, "tts": false,
		"mention_everyone": false, "mentions": []any{}, "mention_roles": []any{}, "attachments": atts,
		"embeds": richEmbeds(orEmpty(m["embeds"])), "components": orEmpty(m["components"]), "pinned": false, "type": 0, "flags": m["flags"],
	}
	msg["mention_roles"], msg["mention_everyone"] = mentions(str(m["content"]), m["allowed_mentions"])
	if n, ok := m["nonce"]; ok && n != nil {
		msg["nonce"] = n
	}
	if msg["flags"] == nil {
		msg["flags"] = 0
	}
	return msg
}

func str(v any) string { s, _ := v.(string); return s }

var roleMention = regexp.MustCompile(`<@&(\d+)>`)

// mentions returns the roles a message's content mentions that its
// allowed_mentions let through, and whether @everyone or @here pings, as
// Discord decides it: without allowed_mentions every mention in the
// content pings; with it, only the types of parse and the ids of roles.
func mentions(content string, allowed any) ([]any, bool) {
	am, limited := allowed.(map[string]any)
	parse := map[string]bool{}
	if list, ok := am["parse"].([]any); ok {
		for _, p := range list {
			parse[str(p)] = true
		}
	}
	ids := map[string]bool{}
	if list, ok := am["roles"].([]any); ok {
		for _, r := range list {
			ids[str(r)] = true
		}
	}
	roles := []any{}
	for _, m := range roleMention.FindAllStringSubmatch(content, -1) {
		if !limited || parse["roles"] || ids[m[1]] {
			roles = append(roles, m[1])
		}
	}
	everyone := (strings.Contains(content, "@everyone") || strings.Contains(content, "@here")) && (!limited || parse["everyone"])
	return roles, everyone
}

// MentionRoles returns the roles a stored message pinged.
func MentionRoles(m Message) []string {
	var out []string
	list, _ := m["mention_roles"].([]any)
	for _, r := range list {
		out = append(out, str(r))
	}
	return out
}

func orEmpty(v any) any {
	if v == nil {
		return []any{}
	}
	return v
}

func (s *Server) createMessage(c *call) {
	chID := c.params["channel_id"]
	msg := s.newMessage(chID, c.body, c.files)
	var req struct {
		Nonce        any  `json:"nonce"`
		EnforceNonce bool `json:"enforce_nonce"`
	}
	json.Unmarshal(c.body, &req)
	s.mu.Lock()
	ch := s.channels[chID]
	if ch == nil {
		ch = &channel{}
		s.channels[chID] = ch
	}
	if req.EnforceNonce && req.Nonce != nil {
		for _, old := range ch.messages {
			if old["nonce"] == req.Nonce && s.withinNonceWindow(old) {
				s.mu.Unlock()
				writeJSON(c.w, c.rec, http.StatusOK, old)
				return
			}
		}
	}
	ch.messages = append(ch.messages, msg)
	if t := s.threads[chID]; t != nil {
		t.archived = false // a message unarchives its (unlocked) thread
	}
	s.mu.Unlock()
	writeJSON(c.w, c.rec, http.StatusOK, msg)
}

// withinNonceWindow reports whether a stored message is recent enough for
// enforce_nonce to answer with it.
func (s *Server) withinNonceWindow(m map[string]any) bool {
	at, err := time.Parse(time.RFC3339Nano, str(m["timestamp"]))
	return err == nil && time.Since(at) < s.opts.NonceWindow
}

func (s *Server) listMessages(c *call) {
	limit, err := strconv.Atoi(c.r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 || limit > 100 {
		limit = 50
	}
	all := s.Messages(c.params["channel_id"])
	out := []map[string]any{}
	for i := len(all) - 1; i >= 0 && len(out) < limit; i-- {
		out = append(out, all[i])
	}
	writeJSON(c.w, c.rec, http.StatusOK, out)
}

// Messages returns the messages stored in a channel, oldest first.
func (s *Server) Messages(channelID string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ch := s.channels[channelID]; ch != nil {
		return append([]Message(nil), ch.messages...)
	}
	return nil
}

var commandName = regexp.MustCompile(`^[-_\p{L}\p{N}]{1,32}$`)

// extraChecks applies limits Discord documents but the OpenAPI description
// does not encode: 2,000 characters of content, 6,000 characters across a
// message's embeds, lower-case command and option names.
func extraChecks(route string, body []byte) map[string]any {
	var m struct {
		Content string           `json:"content"`
		Embeds  []map[string]any `json:"embeds"`
		Data    *struct {
			Content string           `json:"content"`
			Embeds  []map[string]any `json:"embeds"`
		} `json:"data"`
	}
	if json.Unmarshal(body, &m) != nil {
		if route == "/applications/{application_id}/commands" || route == "/applications/{application_id}/guilds/{guild_id}/commands" {
			return checkCommands(body)
		}
		return nil
	}
	if m.Data != nil {
		m.Content, m.Embeds = m.Data.Content, m.Data.Embeds
	}
	out := map[string]any{}
	checkAllowedMentions(out, body)
	if utf8.RuneCountInString(m.Content) > 2000 {
		addFieldError(out, []string{"content"}, "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")
	}
	if embedChars(m.Embeds) > 6000 {
		addFieldError(out, []string{"embeds"}, "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000")
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// checkAllowedMentions applies what Discord documents of allowed_mentions
// beyond its schema: parse "roles" (or "users") and a roles (users) list
// exclude each other, and a list holds at most 100 ids.
func checkAllowedMentions(out map[string]any, body []byte) {
	var m struct {
		AllowedMentions *struct {
			Parse []string `json:"parse"`
			Roles []string `json:"roles"`
			Users []string `json:"users"`
		} `json:"allowed_mentions"`
	}
	if json.Unmarshal(body, &m) != nil || m.AllowedMentions == nil {
		return
	}
	am := m.AllowedMentions
	for _, kind := range []struct {
		parse string
		ids   []string
	}{{"roles", am.Roles}, {"users", am.Users}} {
		if slices.Contains(am.Parse, kind.parse) && len(kind.ids) > 0 {
			addFieldError(out, []string{"allowed_mentions", "parse"}, "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
				"parse:["+kind.parse+"] and "+kind.parse+": [ids] are mutually exclusive.")
		}
		if len(kind.ids) > 100 {
			addFieldError(out, []string{"allowed_mentions", kind.parse}, "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
		}
	}
}

func checkCommands(body []byte) map[string]any {
	var cmds []struct {
		Name    string `json:"name"`
		Options []struct {
			Name string `json:"name"`
		} `json:"options"`
	}
	json.Unmarshal(body, &cmds)
	out := map[string]any{}
	for i, c := range cmds {
		if !commandName.MatchString(c.Name) || c.Name != strings.ToLower(c.Name) {
			addFieldError(out, []string{strconv.Itoa(i), "name"}, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
		}
		for j, o := range c.Options {
			if !commandName.MatchString(o.Name) || o.Name != strings.ToLower(o.Name) {
				addFieldError(out, []string{strconv.Itoa(i), "options", strconv.Itoa(j), "name"}, "APPLICATION_COMMAND_INVALID_NAME", "Option name is invalid")
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// embedChars counts what Discord counts toward the 6,000 limit.
func embedChars(embeds []map[string]any) int {
	n := 0
	count := func(v any) { n += utf8.RuneCountInString(str(v)) }
	for _, e := range embeds {
		count(e["title"])
		count(e["description"])
		if f, ok := e["footer"].(map[string]any); ok {
			count(f["text"])
		}
		if a, ok := e["author"].(map[string]any); ok {
			count(a["name"])
		}
		fields, _ := e["fields"].([]any)
		for _, f := range fields {
			if fm, ok := f.(map[string]any); ok {
				count(fm["name"])
				count(fm["value"])
			}
		}
	}
	return n
}
