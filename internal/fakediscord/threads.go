package fakediscord

import (
	"encoding/json"
	"maps"
	"net/http"
	"time"
)

// Channel types the fake knows.
const (
	ChannelText         = 0
	ChannelPublicThread = 11
	ChannelForum        = 15
)

func init() {
	routes = append(routes,
		route{"POST", "/channels/{channel_id}/threads", true, (*Server).createThread},
		route{"POST", "/channels/{channel_id}/messages/{message_id}/threads", true, (*Server).threadFromMessage},
		route{"PATCH", "/channels/{channel_id}", true, (*Server).updateThread},
		route{"GET", "/guilds/{guild_id}/threads/active", true, (*Server).activeThreads},
		route{"PATCH", "/channels/{channel_id}/messages/{message_id}", true, (*Server).editMessage},
	)
}

// thread is a thread channel: a forum post or a thread of a text channel.
// Its messages are kept as any channel's.
type thread struct {
	id, guildID, parentID, name string
	archived                    bool
	created                     time.Time
}

// Thread is a thread as a test sees it.
type Thread struct {
	ID, GuildID, ParentID, Name string
	Archived                    bool
}

// Threads returns the threads of a parent channel, oldest first.
func (s *Server) Threads(parentID string) []Thread {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Thread
	for _, t := range s.threads {
		if t.parentID == parentID {
			out = append(out, Thread{ID: t.id, GuildID: t.guildID, ParentID: t.parentID, Name: t.name, Archived: t.archived})
		}
	}
	sortThreads(out)
	return out
}

func sortThreads(ts []Thread) {
	for i := 1; i < len(ts); i++ { // ids grow with time: a few threads, insertion sort
		for j := i; j > 0 && (len(ts[j].ID) < len(ts[j-1].ID) || len(ts[j].ID) == len(ts[j-1].ID) && ts[j].ID < ts[j-1].ID); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

// threadObject is a thread as Discord's ThreadResponse documents it.
func (s *Server) threadObject(t *thread) map[string]any {
	meta := map[string]any{"archived": t.archived, "archive_timestamp": nil, "auto_archive_duration": 4320,
		"locked": false, "create_timestamp": t.created.Format(time.RFC3339Nano)}
	if t.archived {
		meta["archive_timestamp"] = time.Now().UTC().Format(time.RFC3339Nano)
	}
	return map[string]any{"id": t.id, "type": ChannelPublicThread, "flags": 0, "guild_id": t.guildID,
		"name": t.name, "parent_id": t.parentID, "owner_id": s.opts.BotUserID, "thread_metadata": meta,
		"message_count": 0, "member_count": 1, "total_message_sent": 0, "last_message_id": nil,
		"rate_limit_per_user": 0}
}

// createThread makes a forum post (a thread and its starter message, which
// has the thread's id) in a forum channel, or a thread without a message
// in a text channel. A forum post needs its message, as Discord requires.
func (s *Server) createThread(c *call) {
	var req struct {
		Name        string          `json:"name"`
		Message     json.RawMessage `json:"message"`
		AppliedTags []string        `json:"applied_tags"`
	}
	json.Unmarshal(c.body, &req)
	parentID := c.params["channel_id"]
	s.mu.Lock()
	parent, known := s.setup.channels[parentID]
	forum := known && parent.Type == ChannelForum
	s.mu.Unlock()
	if forum && len(req.Message) == 0 {
		writeError(c.w, c.rec, http.StatusBadRequest, 50035, "Invalid Form Body",
			map[string]any{"message": map[string]any{"_errors": []any{map[string]any{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}}}})
		return
	}
	if forum && parent.Flags&FlagRequireTag != 0 && len(req.AppliedTags) == 0 {
		writeError(c.w, c.rec, http.StatusBadRequest, 40067, errorMessages[40067], nil)
		return
	}
	if forum {
		if errs := extraChecks("/channels/{channel_id}/messages", req.Message); errs != nil {
			writeError(c.w, c.rec, http.StatusBadRequest, 50035, "Invalid Form Body", map[string]any{"message": errs})
			return
		}
	}
	t := &thread{id: s.NewID(), guildID: parent.GuildID, parentID: parentID, name: req.Name, created: time.Now().UTC()}
	var starter map[string]any
	if forum {
		starter = s.newMessage(t.id, req.Message, nil)
		starter["id"] = t.id
	}
	s.mu.Lock()
	if s.threadsFull(parent.GuildID) { // checked with the insert: two posts at once cannot pass the limit
		s.mu.Unlock()
		writeError(c.w, c.rec, http.StatusBadRequest, 160006, errorMessages[160006], nil)
		return
	}
	s.threads[t.id] = t
	if starter != nil {
		s.channels[t.id] = &channel{messages: []map[string]any{starter}}
	}
	body := s.threadObject(t)
	s.mu.Unlock()
	if starter != nil {
		body["message"] = starter
	}
	writeJSON(c.w, c.rec, http.StatusCreated, body)
}

// threadsFull reports whether a guild holds as many active threads as it
// may (Options.MaxActiveThreads). s.mu must be held.
func (s *Server) threadsFull(guildID string) bool {
	n := 0
	for _, t := range s.threads {
		if t.guildID == guildID && !t.archived {
			n++
		}
	}
	return n >= s.opts.MaxActiveThreads
}

// threadFromMessage starts a thread from a message of a text channel: the
// thread has the message's id, and a message has at most one thread.
func (s *Server) threadFromMessage(c *call) {
	var req struct {
		Name string `json:"name"`
	}
	json.Unmarshal(c.body, &req)
	parentID, msgID := c.params["channel_id"], c.params["message_id"]
	s.mu.Lock()
	defer s.mu.Unlock()
	found := false
	if ch := s.channels[parentID]; ch != nil {
		for _, m := range ch.messages {
			found = found || m["id"] == msgID
		}
	}
	if !found {
		writeError(c.w, c.rec, http.StatusNotFound, 10008, errorMessages[10008], nil)
		return
	}
	if s.threads[msgID] != nil {
		writeError(c.w, c.rec, http.StatusBadRequest, 160004, errorMessages[160004], nil)
		return
	}
	guildID := s.setup.channels[parentID].GuildID
	if s.threadsFull(guildID) {
		writeError(c.w, c.rec, http.StatusBadRequest, 160006, errorMessages[160006], nil)
		return
	}
	t := &thread{id: msgID, guildID: guildID, parentID: parentID, name: req.Name, created: time.Now().UTC()}
	s.threads[t.id] = t
	writeJSON(c.w, c.rec, http.StatusCreated, s.threadObject(t))
}

// updateThread archives or unarchives a thread, or renames it; the fake
// updates no other channel.
func (s *Server) updateThread(c *call) {
	var req struct {
		Name     *string `json:"name"`
		Archived *bool   `json:"archived"`
	}
	json.Unmarshal(c.body, &req)
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.threads[c.params["channel_id"]]
	if t == nil {
		writeError(c.w, c.rec, http.StatusNotFound, 10003, errorMessages[10003], nil)
		return
	}
	if req.Archived != nil {
		t.archived = *req.Archived
	}
	if req.Name != nil && *req.Name != "" {
		t.name = *req.Name
	}
	writeJSON(c.w, c.rec, http.StatusOK, s.threadObject(t))
}

// activeThreads lists a guild's unarchived threads.
func (s *Server) activeThreads(c *call) {
	s.mu.Lock()
	defer s.mu.Unlock()
	list := []any{}
	for _, t := range s.threads {
		if t.guildID == c.params["guild_id"] && !t.archived {
			list = append(list, s.threadObject(t))
		}
	}
	writeJSON(c.w, c.rec, http.StatusOK, map[string]any{"threads": list, "members": []any{}, "has_more": false})
}

// editMessage edits a stored message of the bot: the fields sent replace
// the message's, and it is marked edited.
func (s *Server) editMessage(c *call) {
	var data map[string]any
	json.Unmarshal(c.body, &data)
	s.mu.Lock()
	defer s.mu.Unlock()
	ch := s.channels[c.params["channel_id"]]
	if ch == nil {
		writeError(c.w, c.rec, http.StatusNotFound, 10003, errorMessages[10003], nil)
		return
	}
	for i, old := range ch.messages {
		if old["id"] != c.params["message_id"] {
			continue
		}
		// A new map, not an edit in place: Messages hands out the stored
		// maps, and a reader (listMessages encodes them after the lock is
		// released) must not see one change under it.
		m := maps.Clone(old)
		mergeMessage(m, data)
		m["edited_timestamp"] = time.Now().UTC().Format(time.RFC3339Nano)
		ch.messages[i] = m
		writeJSON(c.w, c.rec, http.StatusOK, m)
		return
	}
	writeError(c.w, c.rec, http.StatusNotFound, 10008, errorMessages[10008], nil)
}
