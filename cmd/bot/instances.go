package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/conflict-digest/conflict-digest/alert"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
)

// Several `bot run` may share one PostgreSQL database. Each names itself
// (instanceName) and leases its work there: a subscription's delivery
// (postgres.Deliveries, through the Deliverer's Claims), a source's poll
// (postgres.Polls, as the poller's sources) and the gateway (gatewayLease:
// one connection, one shard, for all of them). Every instance schedules every
// subscription; at a slot, its due subscriptions wait in the scheduler's
// queue for its workers (digest.Scheduler.Workers), the one that claims a
// subscription sends its digest and the others leave it. Every
// CD_LEASE_RENEW each instance looks for unfinished digests, and every
// sixth time syncs its schedule with the database (startSync, on what
// schedules need of each subscription), which schedules what another
// instance added, drops from the queue what another delivered, and takes
// over the deliveries whose holder died once their leases expired. SQLite
// has no leases: one `bot run` per file.

// instanceName names this process among the instances sharing a database,
// in logs and as the holder of its leases: the host, the process id and a
// random part, so a restarted process is a new holder.
func instanceName() string {
	host, _ := os.Hostname()
	var b [4]byte
	rand.Read(b[:])
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// deliveryClaims are the Deliverer's claims: leases on PostgreSQL, none
// on SQLite (nil: the only instance). Close them when stopping.
func deliveryClaims(db *backend, cfg config, holder string) *postgres.Deliveries {
	if db.pg == nil {
		return nil
	}
	return db.pg.Deliveries(holder, cfg.LeaseTTL, cfg.LeaseRenew, cfg.DeliveryConcurrency)
}

// asClaims is claims as the Deliverer takes them: a nil interface, not a
// nil pointer in one, when there are none.
func asClaims(claims *postgres.Deliveries) digest.Claims {
	if claims == nil {
		return nil
	}
	return claims
}

// roundHold leases the alert or the thread rounds (name: alert/round,
// thread/round) to one instance at a time on PostgreSQL, for CD_LEASE_TTL
// renewed every CD_LEASE_RENEW while a round runs, fenced like a digest's
// claim: the other instances skip their rounds meanwhile, so two never
// decide or send the same post. Nil with SQLite: the only instance.
func roundHold(db *backend, cfg config, holder, name string) alert.Hold {
	if db.pg == nil {
		return nil
	}
	return func(ctx context.Context) (context.Context, func(), bool, error) {
		return db.pg.Hold(ctx, name, holder, cfg.LeaseTTL, cfg.LeaseRenew)
	}
}

// pollSources are the sources as the poller sees them: on PostgreSQL each
// due source is leased to one instance for a whole poll and the lease's
// length again (a poll ends within CD_POLL_DEADLINE).
func pollSources(db *backend, cfg config, holder string) news.SourceService {
	if db.pg == nil {
		return db.sources
	}
	return db.pg.Polls(holder, cfg.PollDeadline+cfg.LeaseTTL, cfg.PollConcurrency)
}

// fullSyncEvery is how many of startSync's rounds make one full sync:
// reading every subscription's schedule costs a slot of 100,000 a tenth of
// a second of an instance's CPU each time (a third of all it spent while
// delivering, at every CD_LEASE_RENEW); unfinished digests are looked for
// every round.
const fullSyncEvery = 6

// startSync runs, every interval until the returned loop is stopped, the
// instances' sync: the unfinished digests are run (a dead instance's,
// once their claims expired), and every fullSyncEvery rounds sched.Sync
// on the PostgreSQL database's subscriptions (what their schedules need
// of them) schedules what another instance added or changed, drops what
// it removed or delivered, and runs what is due (a dead instance's claims
// again).
func startSync(ctx context.Context, db *backend, sched *digest.Scheduler, every time.Duration, log *slog.Logger) *background {
	pg, outbox := db.pg, postgres.NewOutboxService(db.pg)
	ctx, cancel := context.WithCancel(ctx)
	b := &background{cancel: cancel}
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		for round := 1; sleepCtx(ctx, every); round++ {
			pending, err := outbox.UnfinishedSubscriptions(ctx)
			if err != nil {
				if ctx.Err() == nil {
					log.Error("schedule sync failed; retrying", "error", err)
				}
				continue
			}
			if round%fullSyncEvery != 0 {
				for _, id := range pending {
					sched.RunNow(id)
				}
				continue
			}
			subs, err := pg.SubscriptionSchedules(ctx)
			if err != nil {
				if ctx.Err() == nil {
					log.Error("schedule sync failed; retrying", "error", err)
				}
				continue
			}
			sched.Sync(subs, pending)
		}
	}()
	return b
}
