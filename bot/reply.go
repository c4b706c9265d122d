package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
)

// respondFunc sends the first answer to an interaction: through the REST
// callback for gateway interactions, as the HTTP response for HTTP ones.
type respondFunc func(ctx context.Context, r *discordgo.InteractionResponse) error

// answerBudget bounds how long a handler may run in all.
const answerBudget = 14 * time.Minute

// onInteraction answers an interaction that came over the gateway, through
// the REST callback.
func (b *Bot) onInteraction(ctx context.Context, i *discordgo.Interaction) {
	b.dispatch(ctx, i, func(ctx context.Context, r *discordgo.InteractionResponse) error {
		return b.session.InteractionRespond(i, r, discordgo.WithContext(ctx))
	})
}

// dispatch routes one interaction to its command and answers it in time.
func (b *Bot) dispatch(ctx context.Context, i *discordgo.Interaction, respond respondFunc) {
	b.inflight.Add(1)
	defer b.inflight.Done()
	ctx, cancel := context.WithTimeout(ctx, answerBudget)
	defer cancel()
	in := newInvocation(i)
	cmd := b.commands[in.Command]
	switch {
	case !hasUser(i):
		// Every command acts for someone: a DM subscription is its user's,
		// a guild's change is checked against its member. Discord always
		// sends one; a payload without is refused, not run as nobody.
		b.answer(ctx, in, respond, nil, news.Errorf(news.EINVALID, "This interaction carries no user."))
	case i.Type == discordgo.InteractionApplicationCommandAutocomplete:
		b.autocomplete(ctx, cmd, in, respond)
	case cmd == nil || i.Type != discordgo.InteractionApplicationCommand:
		err := news.Errorf(news.EUNSUPPORTED, "This bot does not handle that interaction.")
		if in.Command != "" {
			err = news.Errorf(news.ENOTFOUND, "Unknown command /%s.", in.Command)
		}
		b.answer(ctx, in, respond, nil, err)
	default:
		if err := checkOptions(cmd.def, i.ApplicationCommandData().Options); err != nil {
			b.answer(ctx, in, respond, nil, err)
			return
		}
		b.runCommand(ctx, cmd, in, respond)
	}
}

func (b *Bot) autocomplete(ctx context.Context, cmd *command, in *Invocation, respond respondFunc) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	var choices []*discordgo.ApplicationCommandOptionChoice
	if cmd != nil && cmd.complete != nil {
		name, value := in.focused()
		var err error
		choices, err = safeComplete(ctx, cmd, in, name, value)
		if err != nil {
			b.log.Warn("autocomplete failed", "command", in.Command, "guild_id", in.GuildID, "error", err)
		}
	}
	if len(choices) > 25 {
		choices = choices[:25]
	}
	if choices == nil {
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	r := &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices}}
	if err := respond(ctx, r); err != nil {
		b.log.Warn("answer autocomplete", "command", in.Command, "error", err)
	}
}

func safeComplete(ctx context.Context, cmd *command, in *Invocation, name, value string) (c []*discordgo.ApplicationCommandOptionChoice, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("autocomplete panicked: %v", p)
		}
	}()
	return cmd.complete(ctx, in, name, value)
}

type result struct {
	resp *Response
	err  error
}

// runCommand runs the handler; if it is not done after DeferAfter, the
// interaction is deferred (type 5) and the answer edits it later.
func (b *Bot) runCommand(ctx context.Context, cmd *command, in *Invocation, respond respondFunc) {
	done := make(chan result, 1)
	go func() { done <- b.safeRun(ctx, cmd, in) }()
	timer := time.NewTimer(b.cfg.DeferAfter)
	defer timer.Stop()
	var res result
	deferred, public := false, false
	select {
	case res = <-done:
	case <-timer.C:
		deferred, public = true, !cmd.private(in)
		var flags discordgo.MessageFlags
		if !public {
			flags = discordgo.MessageFlagsEphemeral
		}
		err := respond(ctx, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: flags}})
		if err != nil {
			b.log.Warn("defer interaction", "command", in.Command, "error", err)
		}
		res = <-done
	}
	if deferred {
		b.edit(ctx, in, res.resp, res.err, public)
		return
	}
	b.answer(ctx, in, respond, res.resp, res.err)
}

// safeRun runs the handler and turns a panic into an error, logged once here.
func (b *Bot) safeRun(ctx context.Context, cmd *command, in *Invocation) (res result) {
	defer func() {
		if p := recover(); p != nil {
			ref := newRef()
			b.log.Error("command panicked", "command", in.Command, "guild_id", in.GuildID, "ref", ref,
				"error", fmt.Sprint(p), "stack", string(debug.Stack()))
			res = result{err: &refError{ref: ref}}
		}
	}()
	r, err := cmd.run(ctx, in)
	if err == nil && r != nil && len(r.Messages) > 0 {
		b.notePaused(ctx, in, r)
	}
	return result{resp: r, err: err}
}

// refError is an error already logged under a reference.
type refError struct{ ref string }

func (e *refError) Error() string { return "logged as " + e.ref }

func newRef() string {
	var b [4]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// errorResponse turns a handler error into a safe ephemeral reply. Domain
// errors show their message; anything else a generic one. Every error is
// logged with a reference the user sees.
func (b *Bot) errorResponse(in *Invocation, err error) *Response {
	if re, ok := err.(*refError); ok {
		return reply(true, fmt.Sprintf("Something went wrong. Reference: `%s`.", re.ref))
	}
	ref := newRef()
	code := news.ErrorCode(err)
	attrs := []any{"command", in.Command, "guild_id", in.GuildID, "channel_id", in.ChannelID, "ref", ref, "error", err}
	switch code {
	case news.EINTERNAL, news.EUNAVAILABLE:
		b.log.Error("command failed", attrs...)
	default:
		b.log.Info("command refused", attrs...)
	}
	return reply(true, fmt.Sprintf("%s (reference `%s`)", news.ErrorMessage(err), ref))
}

// answer sends a handler's result as the first answer, and any further
// messages as follow-ups.
func (b *Bot) answer(ctx context.Context, in *Invocation, respond respondFunc, resp *Response, err error) {
	if err != nil || resp == nil || len(resp.Messages) == 0 {
		resp = b.errorResponse(in, orEmpty(err))
	}
	first := resp.Messages[0].interactionData(resp.Ephemeral)
	if err := respond(ctx, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: first}); err != nil {
		b.log.Warn("answer interaction", "command", in.Command, "error", err)
		return
	}
	b.followups(ctx, in, resp)
}

func orEmpty(err error) error {
	if err == nil {
		return news.Errorf(news.EINTERNAL, "The command gave no answer.")
	}
	return err
}

// edit replaces a deferred answer with the handler's result. An error after
// a public deferral is not edited into the public message: the deferral is
// deleted and the error sent as an ephemeral follow-up.
func (b *Bot) edit(ctx context.Context, in *Invocation, resp *Response, err error, public bool) {
	if err != nil || resp == nil || len(resp.Messages) == 0 {
		resp = b.errorResponse(in, orEmpty(err))
		if public {
			b.replacePublic(ctx, in, resp)
			return
		}
	}
	m := resp.Messages[0]
	content, embeds := m.Content, discordEmbeds(m.Embeds)
	_, werr := b.session.InteractionResponseEdit(in.Interaction, &discordgo.WebhookEdit{
		Content: &content, Embeds: &embeds, AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx))
	if werr != nil {
		b.log.Warn("edit deferred answer", "command", in.Command, "error", werr)
		return
	}
	b.followups(ctx, in, resp)
}

// replacePublic deletes a public deferred answer and sends the error reply
// resp as an ephemeral follow-up. If the deletion fails nothing is sent: a
// follow-up to a pending deferral would take its place, in public.
func (b *Bot) replacePublic(ctx context.Context, in *Invocation, resp *Response) {
	if err := b.session.InteractionResponseDelete(in.Interaction, discordgo.WithContext(ctx)); err != nil {
		b.log.Warn("delete deferred answer", "command", in.Command, "error", err)
		return
	}
	m := resp.Messages[0]
	p := &discordgo.WebhookParams{Content: m.Content, Embeds: discordEmbeds(m.Embeds), AllowedMentions: noMentions(),
		Flags: discordgo.MessageFlagsEphemeral}
	if _, err := b.session.FollowupMessageCreate(in.Interaction, true, p, discordgo.WithContext(ctx)); err != nil {
		b.log.Warn("send error follow-up", "command", in.Command, "error", err)
	}
}

func (b *Bot) followups(ctx context.Context, in *Invocation, resp *Response) {
	rest := resp.Messages[1:]
	for i, m := range rest {
		p := &discordgo.WebhookParams{Content: m.Content, Embeds: discordEmbeds(m.Embeds), AllowedMentions: noMentions()}
		if resp.Ephemeral || m.Private {
			p.Flags = discordgo.MessageFlagsEphemeral
		}
		if _, err := b.session.FollowupMessageCreate(in.Interaction, true, p, discordgo.WithContext(ctx)); err != nil {
			b.log.Warn("send follow-up", "command", in.Command, "error", err)
			for _, m := range rest[i:] { // this one and the ones never tried
				if m.done != nil {
					m.done(ctx, false)
				}
			}
			return
		}
		if m.done != nil {
			m.done(ctx, true)
		}
	}
}

func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}
