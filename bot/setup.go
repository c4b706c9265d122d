package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
)

// deliveryPermissions are what the bot needs in a channel it delivers
// digests to: to see it, post, show stories as embeds, attach the chart,
// and read its own recent messages (the outbox looks for a digest's marker
// after a restart before sending again).
var deliveryPermissions = []permission{
	{discordgo.PermissionViewChannel, "View Channel"},
	{discordgo.PermissionSendMessages, "Send Messages"},
	{discordgo.PermissionEmbedLinks, "Embed Links"},
	{discordgo.PermissionAttachFiles, "Attach Files"},
	{discordgo.PermissionReadMessageHistory, "Read Message History"},
}

// permission is a permission bit and its name in Discord's settings.
type permission struct {
	bit  int64
	name string
}

// missing names the permissions of need that perms lacks (none with
// Administrator).
func missing(perms int64, need []permission) []string {
	if perms&discordgo.PermissionAdministrator != 0 {
		return nil
	}
	var out []string
	for _, p := range need {
		if perms&p.bit == 0 {
			out = append(out, p.name)
		}
	}
	return out
}

// missingDeliveryPermissions names what the bot lacks in the channel the
// command runs in, from the interaction's app_permissions.
func missingDeliveryPermissions(in *Invocation) []string {
	return missingIn(in.Interaction.AppPermissions)
}

// checkChannelSetup refuses a channel the bot could not deliver to, and
// says what to fix: found at /subscribe, not at the first digest.
func checkChannelSetup(in *Invocation, command string) error {
	missing := missingDeliveryPermissions(in)
	if len(missing) == 0 {
		return nil
	}
	return news.Errorf(news.EFORBIDDEN, "The bot cannot deliver digests in this channel: it lacks %s here. "+
		"Give the bot (or its role) these permissions in the channel's settings (Edit Channel → Permissions), then run /%s again.",
		strings.Join(missing, ", "), command)
}

// checkDMs opens the caller's DM channel and posts a first note there, so
// that DMs closed to the bot are found now and the answer says what to
// fix. It returns the DM channel.
func (b *Bot) checkDMs(ctx context.Context, in *Invocation, note, command string) (string, error) {
	ch, err := b.sender.OpenDM(ctx, in.UserID)
	if err == nil {
		_, err = b.sender.Post(ctx, ch, &Message{Content: note}, setupNonce(in))
	}
	if err == nil {
		return ch, nil
	}
	if r, ok := PauseReason(err); ok {
		return "", news.WrapError(news.EFORBIDDEN, fmt.Sprintf("I could not send you a direct message: %s. "+
			"Allow direct messages from this server's members (the server's menu → Privacy Settings → Direct Messages), "+
			"or unblock the bot, then run /%s again.", r, command), err)
	}
	return "", fmt.Errorf("check direct messages: %w", err)
}

// setupNonce keeps a retried setup note from posting twice.
func setupNonce(in *Invocation) string {
	h := sha256.Sum256([]byte("conflict-digest/setup/" + in.Interaction.ID))
	return "cs" + hex.EncodeToString(h[:])[:16]
}
