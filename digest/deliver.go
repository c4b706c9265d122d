package digest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

// DefaultLag keeps the newest seconds out of a window when the Deliverer
// has no Horizon: an article whose stored time falls inside the window but
// whose transaction has not yet committed would otherwise be missed by
// this digest and skipped by the next. With a Horizon (the store's
// StoredHorizon, read under the write lock) no such article exists, and
// no lag is needed.
const DefaultLag = 30 * time.Second

// MarkerRoom is what a message's marker line may take of MaxMessage: a
// renderer keeps each message's content within MaxMessage - MarkerRoom.
const MarkerRoom = 48

// ChartFile is the file name of the chart the first message of a digest
// carries; an embed shows it as attachment://chart.png.
const ChartFile = "chart.png"

// Outcome says what a delivery did.
type Outcome string

// Outcomes of Deliver.
const (
	Delivered Outcome = "delivered" // a digest (or quiet note) was sent
	Quiet     Outcome = "quiet"     // nothing new; skipped
	Paused    Outcome = "paused"    // the subscription is paused
	Resumed   Outcome = "resumed"   // only an unfinished digest was completed
	NotDue    Outcome = "not_due"   // the window is empty
	Gone      Outcome = "gone"      // the subscription no longer exists (removed, or retired with its channel)
	Elsewhere Outcome = "elsewhere" // another instance holds the subscription's deliveries (Claims)
)

// Claims hands each subscription's deliveries to one of several instances
// sharing a store (the PostgreSQL store's Deliveries, by lease).
type Claims interface {
	// Claim leases the subscription's deliveries to this instance; ok is
	// false when another instance holds them. The claim's context carries
	// the lease's fence (news.WithFence), which the store checks where it
	// records the delivery, and ends when the lease is lost; its Release
	// gives the lease up. A claim that read the subscription with its
	// grant (news.Claim.Read) spares the delivery reading it again.
	Claim(ctx context.Context, subscriptionID int64) (c news.Claim, ok bool, err error)
}

// Deliverer builds a subscription's digest for what is new since its
// cursor and delivers it through an outbox, exactly once.
//
// The window is [cursor, now - Lag) on the articles' stored time, its end
// cut to the minute so that the subscriptions of one slot share it (and the
// story query, through a Builder per slot). A digest holds every story of
// its window: what does not fit in one message goes into follow-up
// messages. Deliver returns errors and logs nothing; its caller (the
// Scheduler's job, the bot's /digest now) logs.
type Deliverer struct {
	Stories StorySource
	Subs    SubscriptionStore
	Outbox  OutboxStore
	Sender  Sender
	// Memory, when set, remembers what each subscription was told of each
	// story (the store): its digests then say what is new since the last
	// one, and a story told before with nothing new of note gives way to
	// the rest. Nil: every story reads as new.
	Memory news.DeliveryMemory
	Now    func() time.Time
	// Horizon returns a time before which every article's stored time is
	// final and committed (the store's StoredHorizon); windows end there,
	// so what was stored a second ago is already new. When nil, windows end
	// Lag before now.
	Horizon func(ctx context.Context) (time.Time, error)
	Lag     time.Duration // DefaultLag when zero; used without a Horizon
	NoChart bool          // leave out the events chart the first message carries
	// Undeliverable, when set, decides about a send that failed for good
	// (ENOTFOUND, EFORBIDDEN): it pauses the subscription, saves it and tells
	// whom it must (the bot's PauseOnError), reporting whether it paused.
	// When nil, the subscription is paused with a reason of this package.
	Undeliverable func(ctx context.Context, sub *news.Subscription, err error) (paused bool, perr error)
	// Render, when set, renders a digest into its messages (the bot's
	// embeds); nil renders Markdown. Each message's Content must leave
	// MarkerRoom characters of MaxMessage for the marker line the Deliverer
	// appends; the chart is attached to the first message, and a renderer
	// may show it through the digest's ChartFile.
	Render func(d *Digest) ([]Message, error)
	// Parked, when set, is told of the messages Discord refused for good
	// in one delivery (their reasons), after the rest was sent: the bot
	// tells the guild once.
	Parked func(ctx context.Context, sub *news.Subscription, reasons []string)
	// Claims, when set, makes each delivery claim its subscription first:
	// of several instances sharing the store, one delivers it and the others
	// return Elsewhere. Nil: this is the only instance.
	Claims Claims
	// Crash, when set, is called between any two steps of delivery with the
	// step's name; a test makes it panic or exit to crash there.
	Crash func(step string)

	mu       sync.Mutex
	builders map[time.Time]*Builder  // by window end: one per slot
	running  map[int64]chan struct{} // per subscription: closed when its delivery ends
}

func (d *Deliverer) crash(step string) {
	if d.Crash != nil {
		d.Crash(step)
	}
}

func (d *Deliverer) now() time.Time {
	if d.Now != nil {
		return d.Now().UTC()
	}
	return time.Now().UTC()
}

// Deliver is a scheduled delivery: it finishes the subscription's
// unfinished digests, then, when a slot of its schedule has come since its
// cursor, builds and sends the digest of what is new, in a window ending on
// the whole minute (the subscriptions of one slot share it). A retry after
// a failure, a catch-up after a restart and a /resume all come here, and
// none of them sends a digest off schedule. A channel that is gone or
// refuses the bot pauses the subscription with the reason. Deliveries of
// one subscription run one at a time: a second caller (/digest now during
// a scheduled run) waits for the first, as it would otherwise resume the
// outbox the first is still sending.
func (d *Deliverer) Deliver(ctx context.Context, subscriptionID int64) (Outcome, error) {
	return d.deliver(ctx, subscriptionID, true)
}

// DeliverNow delivers at once (/digest now): unfinished digests, then what
// is new up to the second, whatever the schedule says.
func (d *Deliverer) DeliverNow(ctx context.Context, subscriptionID int64) (Outcome, error) {
	return d.deliver(ctx, subscriptionID, false)
}

func (d *Deliverer) deliver(ctx context.Context, subscriptionID int64, scheduled bool) (Outcome, error) {
	if err := d.lock(ctx, subscriptionID); err != nil {
		return "", err
	}
	defer d.unlock(subscriptionID)
	var claim news.Claim
	if d.Claims != nil {
		var ok bool
		var err error
		claim, ok, err = d.Claims.Claim(ctx, subscriptionID)
		if err != nil {
			return "", fmt.Errorf("claim subscription %d: %w", subscriptionID, err)
		}
		if !ok {
			return Elsewhere, nil
		}
		defer claim.Release()
		ctx = claim.Ctx
	}
	sub, err := d.claimed(ctx, claim, subscriptionID)
	if news.ErrorCode(err) == news.ENOTFOUND {
		return Gone, nil // removed since it was scheduled: nothing to deliver, ever
	}
	if err != nil {
		return "", fmt.Errorf("load subscription: %w", err)
	}
	if sub.Paused() {
		return Paused, nil
	}
	var pending []news.Outbox
	if !claim.Read || claim.Unfinished {
		if pending, err = d.Outbox.PendingOutboxes(ctx, sub.ID); err != nil {
			return "", fmt.Errorf("list pending outboxes: %w", err)
		}
	}
	for i := range pending {
		if err := d.send(ctx, sub, &pending[i], true); err != nil {
			return d.goneOr(ctx, subscriptionID, err)
		}
	}
	if len(pending) > 0 {
		sub, err = d.Subs.Subscription(ctx, subscriptionID)
		if news.ErrorCode(err) == news.ENOTFOUND {
			return Gone, nil
		}
		if err != nil {
			return "", fmt.Errorf("reload subscription: %w", err)
		}
	}
	if sub.Paused() {
		return Paused, nil
	}
	out := NotDue
	if !scheduled || slotDue(sub, d.now()) {
		if out, err = d.deliverNew(ctx, sub, scheduled); err != nil {
			return d.goneOr(ctx, subscriptionID, err)
		}
	}
	if (out == NotDue || out == Quiet) && len(pending) > 0 {
		out = Resumed
	}
	return out, nil
}

// claimed returns the subscription as its claim read it, else as the
// store has it now.
func (d *Deliverer) claimed(ctx context.Context, c news.Claim, id int64) (*news.Subscription, error) {
	if !c.Read {
		return d.Subs.Subscription(ctx, id)
	}
	if c.Subscription == nil {
		return nil, news.Errorf(news.ENOTFOUND, "no subscription %d", id)
	}
	return c.Subscription, nil
}

// goneOr returns Gone when the subscription no longer exists — the
// Undeliverable hook removes one whose channel was deleted — so that its
// scheduler forgets it instead of retrying; else err.
func (d *Deliverer) goneOr(ctx context.Context, id int64, err error) (Outcome, error) {
	if _, gerr := d.Subs.Subscription(ctx, id); news.ErrorCode(gerr) == news.ENOTFOUND {
		return Gone, nil
	}
	return "", err
}

// lock waits until no other delivery of the subscription runs, or ctx ends.
func (d *Deliverer) lock(ctx context.Context, id int64) error {
	for {
		d.mu.Lock()
		if d.running == nil {
			d.running = map[int64]chan struct{}{}
		}
		busy, ok := d.running[id]
		if !ok {
			d.running[id] = make(chan struct{})
			d.mu.Unlock()
			return nil
		}
		d.mu.Unlock()
		select {
		case <-busy:
		case <-ctx.Done():
			return fmt.Errorf("wait for the running delivery of subscription %d: %w", id, ctx.Err())
		}
	}
}

func (d *Deliverer) unlock(id int64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	close(d.running[id])
	delete(d.running, id)
}

// slotDue reports whether a slot of the subscription's schedule came since
// its cursor (see missed); a schedule that cannot be read is never due.
func slotDue(sub *news.Subscription, now time.Time) bool {
	sched, err := ParseSchedule(sub.Schedule, sub.TimeZone)
	return err == nil && missed(sched, sub, now)
}

// windowEnd is where a window ending now ends: at the store's horizon (or
// Lag before now), on the whole minute for a scheduled delivery, so the
// subscriptions of one slot share their window's end and its story query
// (see Builder), and on the second otherwise (stored times are seconds).
func (d *Deliverer) windowEnd(ctx context.Context, scheduled bool) (time.Time, error) {
	var end time.Time
	if d.Horizon != nil {
		h, err := d.Horizon(ctx)
		if err != nil {
			return time.Time{}, fmt.Errorf("read stored horizon: %w", err)
		}
		end = h.UTC()
	} else {
		lag := d.Lag
		if lag == 0 {
			lag = DefaultLag
		}
		end = d.now().Add(-lag)
	}
	if scheduled {
		return end.Truncate(time.Minute), nil
	}
	return end.Truncate(time.Second), nil
}

func (d *Deliverer) deliverNew(ctx context.Context, sub *news.Subscription, scheduled bool) (Outcome, error) {
	until, err := d.windowEnd(ctx, scheduled)
	if err != nil {
		return "", err
	}
	since := WindowStart(sub)
	if !until.After(since) {
		return NotDue, nil
	}
	f := SubscriptionFilter(sub, since, until)
	b := d.builder(until)
	dg, err := b.BuildSince(ctx, f, d.told(sub.ID))
	if err != nil {
		return "", fmt.Errorf("build digest: %w", err)
	}
	if dg.Empty() && !sub.QuietNote {
		// The window is done: without this a restart would count its slot
		// as missed and send an off-schedule digest.
		if err := d.Outbox.AdvanceCursor(ctx, sub.ID, until); err != nil {
			return "", fmt.Errorf("skip quiet window: %w", err)
		}
		return Quiet, nil
	}
	if err := d.ensureChannel(ctx, sub); err != nil {
		return "", err
	}
	o, err := d.outbox(sub, dg, b)
	if err != nil {
		return "", err
	}
	d.crash("before_create")
	if err := d.Outbox.CreateOutbox(ctx, o); err != nil {
		return "", fmt.Errorf("create outbox: %w", err)
	}
	d.crash("after_create")
	if err := d.send(ctx, sub, o, false); err != nil {
		return "", err
	}
	return Delivered, nil
}

// told reads what the subscription was told before, when the Deliverer
// has a memory.
func (d *Deliverer) told(subscriptionID int64) Told {
	if d.Memory == nil {
		return nil
	}
	return func(ctx context.Context, ids []int64) (map[int64]news.DeliveredStory, error) {
		return d.Memory.DeliveredStories(ctx, subscriptionID, ids)
	}
}

// builder returns the shared Builder of the slot whose windows end at
// until, forgetting those of earlier slots.
func (d *Deliverer) builder(until time.Time) *Builder {
	d.mu.Lock()
	defer d.mu.Unlock()
	if b, ok := d.builders[until]; ok {
		return b
	}
	for t := range d.builders {
		if t.Before(until) {
			delete(d.builders, t)
		}
	}
	if d.builders == nil {
		d.builders = map[time.Time]*Builder{}
	}
	b := NewBuilder(d.Stories, until)
	d.builders[until] = b
	return b
}

// outbox renders the digest into its messages, each ending with its
// marker line; the chart goes with the first.
func (d *Deliverer) outbox(sub *news.Subscription, dg *Digest, b *Builder) (*news.Outbox, error) {
	var png []byte
	if !d.NoChart && !sub.NoChart && !dg.Empty() {
		var err error
		if png, err = b.Chart(dg); err != nil {
			return nil, fmt.Errorf("draw chart: %w", err)
		}
		if png != nil {
			dg.ChartFile = ChartFile
		}
	}
	msgs, err := d.render(dg)
	if err != nil {
		return nil, err
	}
	until := *dg.Until
	o := &news.Outbox{SubscriptionID: sub.ID, ChannelID: sub.ChannelID, Since: dg.Since, Until: until,
		StoryIDs: dg.StoryIDs(), Created: d.now(), Delivered: DeliveredStories(dg)}
	for i, m := range msgs {
		part := i + 1
		marker := Marker(sub.ID, until, part, len(msgs))
		content := m.Content + "\n-# " + marker
		if m.Content == "" {
			content = "-# " + marker
		}
		if n := utf8.RuneCountInString(content); n > MaxMessage {
			return nil, fmt.Errorf("render digest: message %d has %d characters with its marker, over %d", part, n, MaxMessage)
		}
		files := m.Files
		if i == 0 && png != nil {
			files = append([]news.Attachment{{Name: ChartFile, ContentType: "image/png", Data: png}}, files...)
		}
		o.Messages = append(o.Messages, news.OutboxMessage{Part: part, Nonce: Nonce(sub.ID, until, part),
			Content: content, Marker: marker, Embeds: m.Embeds, LegacyEmbeds: m.LegacyEmbeds, Files: files})
	}
	return o, nil
}

// render renders the digest with the Render hook, or as Markdown messages
// that leave room for the marker line.
func (d *Deliverer) render(dg *Digest) ([]Message, error) {
	if d.Render != nil {
		msgs, err := d.Render(dg)
		if err != nil {
			return nil, fmt.Errorf("render digest: %w", err)
		}
		if len(msgs) == 0 {
			return nil, errors.New("render digest: no message")
		}
		return msgs, nil
	}
	if dg.Empty() {
		return []Message{{Content: QuietNote(dg)}}, nil
	}
	var msgs []Message
	for _, text := range Messages(dg, MaxMessage-MarkerRoom) {
		msgs = append(msgs, Message{Content: text})
	}
	return msgs, nil
}

// send delivers the unsent messages of o in order. After a restart
// (resumed), a message that may have reached Discord before the crash is
// looked for in the channel first. Unsent messages go to the subscription's
// channel as it is now: one that was paused for a lost channel and moved
// gets its waiting digest in the new channel.
func (d *Deliverer) send(ctx context.Context, sub *news.Subscription, o *news.Outbox, resumed bool) error {
	if sub.ChannelID != "" {
		o.ChannelID = sub.ChannelID
	}
	var parked []string
	defer func() {
		if len(parked) > 0 && d.Parked != nil {
			d.Parked(ctx, sub, parked)
		}
	}()
	for i := range o.Messages {
		m := &o.Messages[i]
		if !m.Pending() {
			continue
		}
		id, err := d.sendOne(ctx, o, m, resumed)
		if news.ErrorCode(err) == news.EINVALID {
			// Refused for good: retrying would fail before every later
			// digest. The rest goes out; the schedule stands.
			reason := parkReason(err)
			if _, perr := d.Outbox.ParkMessage(ctx, o.ID, m.Part, reason); perr != nil {
				return errors.Join(err, fmt.Errorf("park message: %w", perr))
			}
			m.Parked = reason
			parked = append(parked, reason)
			continue
		}
		if err != nil {
			return d.failed(ctx, sub, err)
		}
		d.crash("after_send")
		if _, err := d.Outbox.MarkSent(ctx, o.ID, m.Part, id, d.now()); err != nil {
			return fmt.Errorf("mark message sent: %w", err)
		}
		m.Sent = d.now()
		d.crash("after_mark")
	}
	return nil
}

// parkReason is the reason a parked message keeps: the error's safe
// message, which names what Discord refused, not the message's text.
func parkReason(err error) string {
	r := news.ErrorMessage(err)
	if r == "" {
		r = "Discord refused the message"
	}
	return clip(r, 300)
}

func (d *Deliverer) sendOne(ctx context.Context, o *news.Outbox, m *news.OutboxMessage, resumed bool) (string, error) {
	if resumed {
		d.crash("before_check")
		found, err := d.Sender.RecentHasMarker(ctx, o.ChannelID, m.Marker)
		if news.ErrorCode(err) == news.EINVALID {
			// A refused look-up says nothing against the message itself.
			return "", news.WrapError(news.EUNAVAILABLE, "", fmt.Errorf("check channel for marker: %w", err))
		}
		if err != nil {
			return "", fmt.Errorf("check channel for marker: %w", err)
		}
		if found {
			return "", nil
		}
	}
	d.crash("before_send")
	if news.FenceLost(ctx) {
		// A lost claim: whoever took the subscription over sends it.
		f, _ := news.FenceFrom(ctx)
		return "", news.Errorf(news.EUNAVAILABLE, "send digest message: the delivery's claim %s is lost", f.Name)
	}
	if ctx.Err() != nil {
		return "", fmt.Errorf("send digest message: %w", context.Cause(ctx))
	}
	msg := Message{Content: m.Content, Files: m.Files, Marker: m.Marker, Embeds: m.Embeds, LegacyEmbeds: m.LegacyEmbeds}
	id, err := d.Sender.Send(ctx, o.ChannelID, msg, m.Nonce)
	if err != nil {
		return "", fmt.Errorf("send digest message: %w", err)
	}
	return id, nil
}

// failed pauses the subscription when the channel is gone or refuses the
// bot, and returns err either way.
func (d *Deliverer) failed(ctx context.Context, sub *news.Subscription, err error) error {
	var reason string
	switch news.ErrorCode(err) {
	case news.ENOTFOUND:
		reason = "the channel no longer exists or the bot cannot see it"
	case news.EFORBIDDEN:
		reason = "the bot may not post there"
		if sub.DM {
			reason = "Discord refused a direct message (direct messages from this server may be off)"
		}
	default:
		return err
	}
	if d.Undeliverable != nil {
		paused, perr := d.Undeliverable(ctx, sub, err)
		if perr != nil {
			return errors.Join(err, perr)
		}
		if paused {
			return fmt.Errorf("subscription paused: %w", err)
		}
		return err
	}
	return d.pause(ctx, sub, reason, err)
}

func (d *Deliverer) pause(ctx context.Context, sub *news.Subscription, reason string, cause error) error {
	sub.PausedReason = reason
	sub.Updated = d.now()
	if uerr := d.Subs.UpdateSubscription(ctx, sub); uerr != nil {
		return errors.Join(cause, fmt.Errorf("pause subscription: %w", uerr))
	}
	return fmt.Errorf("subscription paused: %s: %w", reason, cause)
}

// ensureChannel opens a DM subscription's channel the first time and
// remembers it.
func (d *Deliverer) ensureChannel(ctx context.Context, sub *news.Subscription) error {
	if sub.ChannelID != "" {
		return nil
	}
	opener, ok := d.Sender.(DMOpener)
	if !sub.DM || !ok {
		return news.Errorf(news.EINVALID, "subscription %d has no channel", sub.ID)
	}
	ch, err := opener.OpenDM(ctx, sub.UserID)
	if err != nil {
		return d.failed(ctx, sub, fmt.Errorf("open dm channel: %w", err))
	}
	sub.ChannelID = ch
	sub.Updated = d.now()
	if err := d.Subs.UpdateSubscription(ctx, sub); err != nil {
		return fmt.Errorf("save dm channel: %w", err)
	}
	return nil
}
