package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/thread"
)

// Discord's channel types /follow takes.
const (
	channelText         = 0
	channelAnnouncement = 5
	channelForum        = 15
)

// maxQuietDays bounds /follow's quiet_days.
const maxQuietDays = 30

func (b *Bot) followCommand() *command {
	minDays := 1.0
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "follow", Description: "Give each story its own thread in this forum or text channel, updated as reports arrive",
			Contexts: guildOnly, IntegrationTypes: guildInstall, DefaultMemberPermissions: manageChannels,
			Options: []*discordgo.ApplicationCommandOption{
				strOpt("topics", "Comma-separated: talks, ceasefire, humanitarian, violence (default all)", false, false),
				strOpt("places", "Comma-separated places or conflicts, e.g. Aleppo, Syria", false, true),
				strOpt("keywords", "Comma-separated words; one must appear", false, false),
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "quiet_days", MinValue: &minDays, MaxValue: maxQuietDays,
					Description: fmt.Sprintf("Archive a story's thread after this many days without a report (default %d)", int(thread.DefaultQuiet.Hours()/24))},
			},
		},
		ephemeral: true,
		run:       b.runFollow,
		complete:  b.completeSubscribe,
	}
}

func (b *Bot) unfollowCommand() *command {
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "unfollow", Description: "Stop giving stories threads in this channel (the threads stay)",
			Contexts: guildOnly, IntegrationTypes: guildInstall, DefaultMemberPermissions: manageChannels,
		},
		ephemeral: true,
		run:       b.runUnfollow,
	}
}

func (b *Bot) runFollow(ctx context.Context, in *Invocation) (*Response, error) {
	if b.deps.Threads == nil {
		return nil, news.Errorf(news.EUNAVAILABLE, "Story threads are not enabled on this bot.")
	}
	if err := in.requireManageChannels(); err != nil {
		return nil, err
	}
	topics, err := parseTopics(in.String("topics"))
	if err != nil {
		return nil, err
	}
	places, err := b.gazetteerPlaces(in.String("places"))
	if err != nil {
		return nil, err
	}
	forum, err := b.threadChannel(ctx, in.ChannelID)
	if err != nil {
		return nil, err
	}
	if err := checkFollowSetup(in, forum); err != nil {
		return nil, err
	}
	f := &news.ThreadFollow{GuildID: in.GuildID, ChannelID: in.ChannelID, Forum: forum, UserID: in.UserID,
		Topics: topics, Places: places, Keywords: splitList(in.String("keywords")),
		QuietAfter: time.Duration(in.Int("quiet_days", int(thread.DefaultQuiet.Hours()/24))) * 24 * time.Hour,
		Cursor:     b.deps.Now().UTC()}
	if err := b.deps.Threads.CreateThreadFollow(ctx, f); err != nil {
		if news.ErrorCode(err) == news.ECONFLICT {
			return nil, news.WrapError(news.ECONFLICT, "This channel is followed already; /unfollow it first to change its filters.", err)
		}
		return nil, fmt.Errorf("follow channel: %w", err)
	}
	where := "a thread started from a message here"
	if forum {
		where = "a post of this forum"
	}
	return reply(true, fmt.Sprintf("Following: each new story of %s gets %s, and later reports of it are added to it as they arrive; "+
		"a story's thread is archived after %d days without a report. /unfollow stops it.",
		describeFilter(&news.Subscription{Topics: topics, Places: places, Keywords: f.Keywords}), where, int(f.QuietAfter.Hours()/24))), nil
}

func (b *Bot) runUnfollow(ctx context.Context, in *Invocation) (*Response, error) {
	if b.deps.Threads == nil {
		return nil, news.Errorf(news.EUNAVAILABLE, "Story threads are not enabled on this bot.")
	}
	if err := in.requireManageChannels(); err != nil {
		return nil, err
	}
	if err := b.deps.Threads.DeleteThreadFollow(ctx, in.GuildID, in.ChannelID); err != nil {
		if news.ErrorCode(err) == news.ENOTFOUND {
			return nil, news.WrapError(news.ENOTFOUND, "This channel is not followed; /follow starts story threads here.", err)
		}
		return nil, fmt.Errorf("unfollow channel: %w", err)
	}
	return reply(true, "Stopped: new stories get no thread here. The threads made so far stay."), nil
}

// flagRequireTag is the flag of a forum whose posts need a tag.
const flagRequireTag = 1 << 4

// threadChannel reads whether a channel is a forum (true) or a text
// channel that takes threads (false), and refuses any other.
func (b *Bot) threadChannel(ctx context.Context, channelID string) (bool, error) {
	ch, err := b.sender.readChannel(ctx, channelID)
	if err != nil {
		return false, fmt.Errorf("read channel: %w", err)
	}
	if problem := threadProblem(ch); problem != "" {
		return false, news.Errorf(news.EINVALID, "%s", problem)
	}
	return ch.Type == channelForum, nil
}

// threadProblem says why story threads cannot live in a channel, as /follow
// and the doctor tell it; "" when they can. A forum that requires a tag on
// each post refuses the bot's (it picks none).
func threadProblem(ch guildChannel) string {
	switch {
	case ch.Type == channelForum && ch.Flags&flagRequireTag != 0:
		return fmt.Sprintf("The forum #%s requires a tag on each post, and the bot posts without one: turn off "+
			"\"Require people to select tags when posting\" in the forum's settings, or /follow in another channel.", ch.Name)
	case ch.Type != channelForum && ch.Type != channelText && ch.Type != channelAnnouncement:
		return fmt.Sprintf("#%s is neither a forum nor a text channel, and story threads live in one of them: run /follow there.", ch.Name)
	}
	return ""
}

// followPermissions are what the bot needs for story threads: to make
// them (a forum post is a message; a text channel's thread is started from
// a message), post in them, and read their history to find a post it may
// have made before a crash. In a forum, Send Messages is what Discord's
// settings call Create Posts.
func followPermissions(forum bool) []permission {
	if forum {
		return []permission{
			{discordgo.PermissionViewChannel, "View Channel"},
			{discordgo.PermissionSendMessages, "Create Posts"},
			{discordgo.PermissionSendMessagesInThreads, "Send Messages in Threads"},
			{discordgo.PermissionReadMessageHistory, "Read Message History"},
		}
	}
	return []permission{
		{discordgo.PermissionViewChannel, "View Channel"},
		{discordgo.PermissionSendMessages, "Send Messages"},
		{discordgo.PermissionSendMessagesInThreads, "Send Messages in Threads"},
		{discordgo.PermissionReadMessageHistory, "Read Message History"},
		{discordgo.PermissionCreatePublicThreads, "Create Public Threads"},
	}
}

// checkFollowSetup refuses a channel the bot could not keep threads in,
// and says what to fix.
func checkFollowSetup(in *Invocation, forum bool) error {
	lacks := missing(in.Interaction.AppPermissions, followPermissions(forum))
	if len(lacks) == 0 {
		return nil
	}
	return news.Errorf(news.EFORBIDDEN, "The bot cannot keep story threads in this channel: it lacks %s here. "+
		"Give the bot (or its role) these permissions in the channel's settings (Edit Channel → Permissions), then run /follow again.",
		strings.Join(lacks, ", "))
}
