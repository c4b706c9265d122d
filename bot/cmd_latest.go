package bot

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

func (b *Bot) latestCommand() *command {
	minN, maxN := 1.0, 10.0
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "latest", Description: "The newest stories for a topic and place",
			Contexts: anywhere, IntegrationTypes: eitherInstall,
			Options: []*discordgo.ApplicationCommandOption{
				choicesOpt("topic", "Topic (default all)", false, topicChoices...),
				strOpt("place", "A place or conflict", false, true),
				strOpt("about", "What you want the latest on, in words (e.g. the Idlib ceasefire)", false, false),
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "count", Description: "How many stories (1-10, default 5)", MinValue: &minN, MaxValue: maxN},
			},
		},
		run:      b.runLatest,
		complete: b.completeLatest,
	}
}

func (b *Bot) runLatest(ctx context.Context, in *Invocation) (*Response, error) {
	topics, err := parseTopics(in.String("topic"))
	if err != nil {
		return nil, err
	}
	places, err := b.gazetteerPlaces(in.String("place"))
	if err != nil {
		return nil, err
	}
	now := b.deps.Now().UTC()
	f := news.DigestFilter{Since: now.Add(-72 * time.Hour), Topics: topics, Places: places, Limit: in.Int("count", 5),
		GuildID: in.GuildID}
	d, err := digest.Build(ctx, b.deps.Stories, f, now)
	if err != nil {
		return nil, fmt.Errorf("build latest: %w", err)
	}
	var msgs []*Message
	if about := in.String("about"); about != "" && b.deps.Ask != nil {
		// The same retrieval as /ask: the newest report on the subject, with
		// its evidence, before the stories.
		m, err := b.latestAbout(ctx, in.GuildID, about)
		if err != nil {
			return nil, err
		}
		msgs = append(msgs, m)
	}
	if d.Empty() {
		if len(msgs) > 0 {
			return &Response{Messages: msgs}, nil
		}
		return reply(false, "Nothing in the last three days for that."), nil
	}
	stories := RenderDigest(d)
	stories[0].Content = "**Latest stories**"
	return &Response{Messages: append(msgs, stories...)}, nil
}

// latestAbout asks the store for the latest on a subject, as /ask would.
func (b *Bot) latestAbout(ctx context.Context, guildID, about string) (*Message, error) {
	if utf8.RuneCountInString(about) > maxQuestion {
		return nil, news.Errorf(news.EINVALID, "That subject is too long: at most %d characters.", maxQuestion)
	}
	q := "What is the latest on " + strings.TrimRight(strings.TrimSpace(about), "?") + "?"
	ans, err := b.deps.Ask(ctx, guildID, q)
	if err != nil {
		if c := news.ErrorCode(err); c == news.EINVALID || c == news.EUNAVAILABLE {
			return nil, err
		}
		return nil, fmt.Errorf("ask latest: %w", err)
	}
	return renderAnswer(q, ans), nil
}

func (b *Bot) completeLatest(ctx context.Context, in *Invocation, option, value string) ([]*discordgo.ApplicationCommandOptionChoice, error) {
	if option != "place" || b.deps.SuggestPlaces == nil {
		return nil, nil
	}
	return placeChoices("", b.deps.SuggestPlaces(value, 25)), nil
}
