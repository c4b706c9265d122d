package postgres_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/store/postgres"
	"github.com/conflict-digest/conflict-digest/store/postgres/pgtest"
	"github.com/conflict-digest/conflict-digest/store/storetest"
	"github.com/jackc/pgx/v5"
)

// BenchmarkContractCreateArticles is storetest's ingest benchmark on
// PostgreSQL, on one connection; articles/total_cpu_s adds the CPU time of
// the server's backend (read from /proc: the server runs on this machine).
func BenchmarkContractCreateArticles(b *testing.B) {
	url, schema := pgtest.Schema(b)
	ctx := context.Background()
	db, err := postgres.OpenServices(ctx, url, postgres.WithSchema(schema), postgres.WithMaxConns(1))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	watch, err := pgx.Connect(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer watch.Close(ctx)
	serverCPU := func() time.Duration {
		var total time.Duration
		rows, err := watch.Query(ctx, `SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()
			AND datname = current_database() AND application_name = 'conflict-digest'`)
		if err != nil {
			b.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var pid int32
			if err := rows.Scan(&pid); err != nil {
				b.Fatal(err)
			}
			total += procCPU(pid)
		}
		return total
	}
	storetest.BenchCreateArticles(b, db, serverCPU)
}

// procCPU returns the user and system time of process pid from
// /proc/PID/stat (in clock ticks of 10 ms), 0 when unreadable.
func procCPU(pid int32) time.Duration {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(int(pid)) + "/stat")
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}
