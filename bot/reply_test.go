package bot

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// slowFailingStories answers Stories late and with an error, so that a
// public command is deferred and then fails.
type slowFailingStories struct{ digest.StorySource }

func (slowFailingStories) Stories(ctx context.Context, _ news.DigestFilter) ([]news.Story, error) {
	select {
	case <-time.After(300 * time.Millisecond):
	case <-ctx.Done():
	}
	return nil, errors.New("database is locked")
}

// An error after a public deferral never edits the public message: the
// deferral is deleted and the error arrives as an ephemeral follow-up.
func TestPublicDeferralErrorIsEphemeral(t *testing.T) {
	h := startBot(t, func(c *Config, d *Deps) {
		c.DeferAfter = 50 * time.Millisecond
		d.Stories = slowFailingStories{d.Stories}
	})
	h.ready(t)
	r := h.command(t, testGuild, 0, "latest")
	if !r.Deferred || r.Type != 5 {
		t.Fatalf("first answer type %d (deferred %v), want a deferral", r.Type, r.Deferred)
	}
	if !r.Deleted || !r.Ephemeral() || !strings.Contains(r.Content, "reference `") {
		t.Fatalf("final answer %q (deleted %v, ephemeral %v), want the error as an ephemeral follow-up after deleting the deferral",
			r.Content, r.Deleted, r.Ephemeral())
	}
	if n := len(h.fake.RequestsTo("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original")); n != 0 {
		t.Errorf("%d edits of the public message, want none", n)
	}
	dels := h.fake.RequestsTo("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/@original")
	if len(dels) != 1 || dels[0].Status != 204 || dels[0].Params["webhook_token"] != r.Token {
		t.Fatalf("deletions %+v, want one answered 204 for token %s", dels, r.Token)
	}
	if f := h.fake.Followups(r.Token); len(f) != 1 {
		t.Fatalf("%d follow-ups, want the one error message", len(f))
	}
}
