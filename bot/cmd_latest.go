package bot

import (
	"context"
	"fmt"
	"time"

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
	now := b.deps.Now().UTC()
	f := news.DigestFilter{Since: now.Add(-72 * time.Hour), Topics: topics, Places: splitList(in.String("place")), Limit: in.Int("count", 5)}
	d, err := digest.Build(ctx, b.deps.Stories, f, now)
	if err != nil {
		return nil, fmt.Errorf("build latest: %w", err)
	}
	if d.Empty() {
		return reply(false, "Nothing in the last three days for that."), nil
	}
	msgs := RenderDigest(d)
	msgs[0].Content = "**Latest stories**"
	return &Response{Messages: msgs}, nil
}

func (b *Bot) completeLatest(ctx context.Context, in *Invocation, option, value string) ([]*discordgo.ApplicationCommandOptionChoice, error) {
	if option != "place" || b.deps.SuggestPlaces == nil {
		return nil, nil
	}
	return placeChoices("", b.deps.SuggestPlaces(value, 25)), nil
}
