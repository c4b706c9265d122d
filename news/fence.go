package news

import "context"

// Fence names the lease under which a piece of work is done by one of
// several instances sharing a store (a subscription's digest delivery):
// the lease's name and the token of its grant. A store that keeps leases
// checks, in the same transaction that records the work (a digest stored,
// a message marked sent, a cursor moved), that the lease is still live
// under that token, and refuses the write with ECONFLICT when it is not:
// an instance that was paused past its lease's expiry, while another took
// the work over, records nothing. A store that keeps no leases (SQLite, one
// instance) ignores it.
type Fence struct {
	Name  string
	Token int64
	// Live, when set, reports whether the lease is surely still held by
	// this process's own clock (its deadline, renewed with the lease, falls
	// before the store's expiry): checked right before an outside effect
	// the store cannot fence, such as a post to Discord, it keeps a holder
	// woken from a pause from acting in the instant before it learns its
	// lease is gone.
	Live func() bool
}

type fenceKey struct{}

// WithFence returns ctx carrying f: the store's writes made with it are
// fenced by f. The context carries it because the fence belongs to one
// delivery, not to the store the deliverer was built with.
func WithFence(ctx context.Context, f Fence) context.Context {
	return context.WithValue(ctx, fenceKey{}, f)
}

// FenceLost reports whether ctx carries a fence whose lease is, by this
// process's own clock, no longer surely held: checked right before an
// outside effect the store cannot fence (a post to Discord).
func FenceLost(ctx context.Context) bool {
	f, ok := FenceFrom(ctx)
	return ok && f.Live != nil && !f.Live()
}

// FenceFrom returns the fence ctx carries, if any.
func FenceFrom(ctx context.Context) (Fence, bool) {
	f, ok := ctx.Value(fenceKey{}).(Fence)
	return f, ok
}

// Claim is a granted claim on one subscription's deliveries, as the store
// that leases them to one of several instances hands it out.
type Claim struct {
	// Ctx carries the lease's fence (WithFence) and ends when the lease is
	// lost.
	Ctx context.Context
	// Release gives the lease up.
	Release func()
	// Read reports that the claim read the subscription right after its
	// grant: Subscription is it (nil: it no longer exists) and Unfinished
	// whether it had an unfinished digest then, so that the delivery reads
	// neither again.
	Read         bool
	Subscription *Subscription
	Unfinished   bool
}
