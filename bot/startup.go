package bot

import (
	"context"
	"errors"
	"net"
	"net/url"

	"github.com/bwmarrin/discordgo"
)

// retryStartup runs call, a REST call of the bot's start, again after a
// Discord 5xx or a network error, with a doubling back-off, at most
// StartupAttempts times: one hiccup of Discord's at the moment of a restart
// must not stop the process. Other errors (401, 403, 400) are returned at
// once: repeating cannot fix them.
func (b *Bot) retryStartup(ctx context.Context, what string, call func() error) error {
	wait := b.cfg.StartupBackoff
	var err error
	for attempt := 1; ; attempt++ {
		if err = call(); err == nil || !transient(err) || attempt >= b.cfg.StartupAttempts {
			return err
		}
		b.log.Warn("discord unavailable at start; retrying", "step", what, "attempt", attempt,
			"retry_in_ms", wait.Milliseconds(), "error", err)
		if !sleep(ctx, wait) {
			return errors.Join(err, ctx.Err())
		}
		wait *= 2
	}
}

// transient reports whether err is a 5xx answer or a failure to reach
// Discord at all.
func transient(err error) bool {
	var re *discordgo.RESTError
	if errors.As(err, &re) {
		return re.Response != nil && re.Response.StatusCode >= 500
	}
	var ne net.Error
	var ue *url.Error
	return errors.As(err, &ne) || errors.As(err, &ue)
}
