package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
)

// Message is one Discord message the bot posts.
type Message struct {
	Content string
	Embeds  []news.Embed // mapped to Discord's when sent (discordEmbeds)
	Files   []File
	// Private makes a follow-up ephemeral even when the reply is public
	// (notes meant for the user alone).
	Private bool
	// done, when set, runs once the message was posted (posted true) or
	// could not be (false): a pause note is marked told only when the user
	// could see it, and told again at the next command when not.
	done func(ctx context.Context, posted bool)
}

// File is an attachment, such as a digest's chart.
type File = news.Attachment

// interactionData is the message as an interaction answer; mentions are
// always off: digests carry outside text.
func (m *Message) interactionData(ephemeral bool) *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{Content: m.Content, Embeds: discordEmbeds(m.Embeds), AllowedMentions: noMentions()}
	if ephemeral {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// createBody is the JSON body of POST /channels/{id}/messages; discordgo's
// MessageSend has no enforce_nonce.
type createBody struct {
	Content         string                            `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds,omitempty"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Nonce           string                            `json:"nonce,omitempty"`
	EnforceNonce    bool                              `json:"enforce_nonce,omitempty"`
	Attachments     []attachmentRef                   `json:"attachments,omitempty"`
}

type attachmentRef struct {
	ID       string `json:"id"`
	Filename string `json:"filename"`
}
