package bot

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// maxQuestion is the longest question /ask takes (Discord allows 6,000 in
// a string option); the asker may refuse shorter ones and says why.
const maxQuestion = 4000

// askCitations is how many citations an answer shows.
const askCitations = 5

// maxCitationURL is the longest URL a citation links: five citations must
// fit one embed, and an address that long is tracking, not the article.
const maxCitationURL = 512

// noAnswer is the reply when nothing stored supports an answer.
const noAnswer = "I found nothing in the stored news that answers this."

func (b *Bot) askCommand() *command {
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "ask", Description: "Ask a question; the answer comes from the stored news, with its sources",
			Contexts: anywhere, IntegrationTypes: eitherInstall,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "question", Required: true, MaxLength: maxQuestion,
					Description: "e.g. how many were killed in the convoy bombing outside Aleppo?"},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "public",
					Description: "Post the answer for everyone in the channel (default: only you see it)"},
			},
		},
		ephemeralFor: func(in *Invocation) bool { return !in.Bool("public") },
		run:          b.runAsk,
	}
}

func (b *Bot) runAsk(ctx context.Context, in *Invocation) (*Response, error) {
	q := in.String("question")
	switch {
	case q == "":
		return nil, news.Errorf(news.EINVALID, "Ask a question in words, for example: what did Lavrov say about the talks?")
	case utf8.RuneCountInString(q) > maxQuestion:
		return nil, news.Errorf(news.EINVALID, "That question is too long: at most %d characters.", maxQuestion)
	case b.deps.Ask == nil:
		return nil, news.Errorf(news.EUNSUPPORTED, "Questions are not enabled on this bot.")
	}
	ans, err := b.deps.Ask(ctx, in.GuildID, q) // a guild's own feeds answer in that guild only
	if err != nil {
		if c := news.ErrorCode(err); c == news.EINVALID || c == news.EUNAVAILABLE {
			return nil, err // the asker's own refusal, safe to show
		}
		return nil, fmt.Errorf("answer question: %w", err)
	}
	return &Response{Messages: []*Message{renderAnswer(q, ans)}, Ephemeral: !in.Bool("public")}, nil
}

// renderAnswer shows the question, the short answer and its citations as
// links (title and source), best first, within Discord's limits. The
// question is the user's words and the rest the articles': all of it is
// escaped text, and only the citations' http(s) URLs become links.
func renderAnswer(q string, ans ask.Answer) *Message {
	head := "> " + esc(cut(strings.Join(strings.Fields(q), " "), 300)) + "\n"
	if !ans.Supported || len(ans.Citations) == 0 {
		return &Message{Content: head + noAnswer}
	}
	m := &Message{Content: head + cut(esc(ans.Answer), maxContent-utf8.RuneCountInString(head))}
	var lines []string
	shown := 0
	for i, c := range ans.Citations[:min(len(ans.Citations), askCitations)] {
		line := citationLine(i+1, c)
		if utf8.RuneCountInString(strings.Join(append(lines, line), "\n\n"))+40 > maxDescription {
			break
		}
		lines, shown = append(lines, line), shown+1
	}
	if rest := len(ans.Citations) - shown; rest > 0 {
		lines = append(lines, fmt.Sprintf("_%d more %s not shown._", rest, lang.Plural(rest, "source", "sources")))
	}
	m.Embeds = []news.Embed{{Title: "Sources", Description: strings.Join(lines, "\n\n"), Colour: 0x95a5a6}}
	return m
}

// citationLine is one citation: the linked title, its source and date, and
// the sentence it rests on.
func citationLine(n int, c ask.Citation) string {
	title := esc(cut(strings.Join(strings.Fields(c.Title), " "), 200))
	if title == "" {
		title = "untitled"
	}
	if link, ok := digest.LinkURL(c.URL); ok && len(link) <= maxCitationURL {
		title = "[" + title + "](" + link + ")"
	}
	var meta []string
	for _, s := range []string{c.Source, c.Published} {
		if s = strings.TrimSpace(s); s != "" {
			meta = append(meta, esc(cut(s, 80)))
		}
	}
	line := fmt.Sprintf("**%d.** %s", n, title)
	if len(meta) > 0 {
		line += " — " + strings.Join(meta, ", ")
	}
	if s := strings.Join(strings.Fields(c.Sentence), " "); s != "" {
		line += "\n“" + esc(cut(s, 400)) + "”"
	}
	return line
}
