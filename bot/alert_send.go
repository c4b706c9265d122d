package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/alert"
)

// The sender is what alerts post through.
var _ alert.Sender = (*Sender)(nil)

// SendAlert posts an alert with its nonce. Its allowed_mentions parse
// nothing (no everyone, here or user mentions from outside text) and name
// exactly the alert's role when it has one, so only that role is pinged.
func (s *Sender) SendAlert(ctx context.Context, channelID string, m alert.Message, nonce string) (string, error) {
	return s.post(ctx, channelID, &Message{Content: m.Content}, nonce, roleMention(m.RoleID))
}

// roleMention allows the one role to be mentioned, or nothing.
func roleMention(roleID string) *discordgo.MessageAllowedMentions {
	am := noMentions()
	if roleID != "" {
		am.Roles = []string{roleID}
	}
	return am
}
