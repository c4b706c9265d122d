package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/thread"
)

// The sender is what story threads post through.
var _ thread.Sender = (*Sender)(nil)

// codeThreadExists is Discord's answer to starting a second thread from a
// message.
const codeThreadExists = 160004

// Discord's answers to a thread past a guild's active threads (1,000) or
// active announcement threads.
const (
	codeMaxActiveThreads             = 160006
	codeMaxActiveAnnouncementThreads = 160007
)

// CreateForumPost makes a forum post: a thread named name whose starter
// message is content, mentioning no one. It returns the thread's id.
func (s *Sender) CreateForumPost(ctx context.Context, forumID, name, content string) (string, error) {
	if err := validateMessage(&Message{Content: content}, ""); err != nil {
		return "", fmt.Errorf("create forum post in %s: %w", forumID, err)
	}
	body := struct {
		Name    string     `json:"name"`
		Message createBody `json:"message"`
	}{name, createBody{Content: content, AllowedMentions: noMentions()}}
	var out struct {
		ID string `json:"id"`
	}
	if err := s.doJSON(ctx, "POST", "channels/"+forumID+"/threads", "POST channels/threads|"+forumID, body, &out); err != nil {
		return "", fmt.Errorf("create forum post in %s: %w", forumID, err)
	}
	return out.ID, nil
}

// FindForumPost returns the active thread of the forum named name whose
// starter message carries marker, "" when none.
func (s *Sender) FindForumPost(ctx context.Context, guildID, forumID, name, marker string) (string, error) {
	req := request{method: "GET", path: "guilds/" + guildID + "/threads/active", bucket: "GET guilds/threads/active|" + guildID}
	var out struct {
		Threads []struct {
			ID       string `json:"id"`
			ParentID string `json:"parent_id"`
			Name     string `json:"name"`
		} `json:"threads"`
	}
	if err := s.do(ctx, req, &out); err != nil {
		return "", fmt.Errorf("list active threads of %s: %w", guildID, err)
	}
	for _, t := range out.Threads {
		if t.ParentID != forumID || t.Name != name {
			continue
		}
		id, err := s.FindMarked(ctx, t.ID, marker)
		if err != nil {
			return "", err
		}
		if id != "" {
			return t.ID, nil
		}
	}
	return "", nil
}

// PostMarked posts content with its nonce (enforce_nonce), mentioning no
// one, and returns the message's id.
func (s *Sender) PostMarked(ctx context.Context, channelID, content, nonce string) (string, error) {
	return s.post(ctx, channelID, &Message{Content: content}, nonce, noMentions())
}

// StartThread starts a thread from a message; a message that has a thread
// already answers with it (a thread started from a message has the
// message's id).
func (s *Sender) StartThread(ctx context.Context, channelID, messageID, name string) (string, error) {
	var out struct {
		ID string `json:"id"`
	}
	err := s.doJSON(ctx, "POST", "channels/"+channelID+"/messages/"+messageID+"/threads",
		"POST channels/messages/threads|"+channelID, map[string]string{"name": name}, &out)
	var ae *APIError
	if errors.As(err, &ae) && ae.Code == codeThreadExists {
		return messageID, nil
	}
	if err != nil {
		return "", fmt.Errorf("start thread in %s: %w", channelID, err)
	}
	return out.ID, nil
}

// ArchiveThread archives a thread.
func (s *Sender) ArchiveThread(ctx context.Context, threadID string) error {
	if err := s.doJSON(ctx, "PATCH", "channels/"+threadID, "PATCH channels|"+threadID, map[string]bool{"archived": true}, nil); err != nil {
		return fmt.Errorf("archive thread %s: %w", threadID, err)
	}
	return nil
}

// EditMessage replaces the content of a message of the bot, mentioning no
// one.
func (s *Sender) EditMessage(ctx context.Context, channelID, messageID, content string) error {
	if err := validateMessage(&Message{Content: content}, ""); err != nil {
		return fmt.Errorf("edit message %s: %w", messageID, err)
	}
	body := createBody{Content: content, AllowedMentions: noMentions()}
	if err := s.doJSON(ctx, "PATCH", "channels/"+channelID+"/messages/"+messageID, "PATCH channels/messages|"+channelID, body, nil); err != nil {
		return fmt.Errorf("edit message %s: %w", messageID, err)
	}
	return nil
}

// doJSON sends v as a JSON body.
func (s *Sender) doJSON(ctx context.Context, method, path, bucket string, v, out any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode request: %w", err)
	}
	return s.do(ctx, request{method: method, path: path, bucket: bucket, body: b, contentType: "application/json"}, out)
}

// FindMarked returns the id of one of the channel's last 100 messages that
// contains marker in its content or its embeds, or carries it as nonce;
// "" when none.
func (s *Sender) FindMarked(ctx context.Context, channelID, marker string) (string, error) {
	req := request{method: "GET", path: "channels/" + channelID + "/messages?limit=" + strconv.Itoa(markerLookback),
		bucket: "GET channels/messages|" + channelID}
	var msgs []struct {
		ID      string                    `json:"id"`
		Content string                    `json:"content"`
		Nonce   any                       `json:"nonce"`
		Embeds  []*discordgo.MessageEmbed `json:"embeds"`
	}
	if err := s.do(ctx, req, &msgs); err != nil {
		return "", fmt.Errorf("list messages of %s: %w", channelID, err)
	}
	for _, m := range msgs {
		if strings.Contains(m.Content, marker) || m.Nonce == marker {
			return m.ID, nil
		}
		for _, e := range m.Embeds {
			if strings.Contains(e.Title, marker) || strings.Contains(e.Description, marker) || (e.Footer != nil && strings.Contains(e.Footer.Text, marker)) {
				return m.ID, nil
			}
		}
	}
	return "", nil
}
