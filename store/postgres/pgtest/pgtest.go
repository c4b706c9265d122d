// Package pgtest gives tests a PostgreSQL database of their own: a fresh
// schema in the server this machine runs (127.0.0.1:5432, database test,
// trust authentication; CD_TEST_DATABASE_URL names another), dropped when
// the test ends. Under CI=true a server that cannot be reached fails the
// test; elsewhere the test is skipped with a message that says so loudly.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// DefaultURL is the test server of this machine and of CI.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// URL returns the test server's URL: CD_TEST_DATABASE_URL, else DefaultURL.
func URL() string {
	if u := os.Getenv("CD_TEST_DATABASE_URL"); u != "" {
		return u
	}
	return DefaultURL
}

// Schema creates a schema of its own for t in the test server and returns
// the server's URL and the schema's name; the schema and everything in it
// are dropped when t ends.
func Schema(t testing.TB) (url, schema string) {
	t.Helper()
	url = URL()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		unavailable(t, err)
	}
	defer conn.Close(context.Background())
	b := make([]byte, 8)
	rand.Read(b)
	schema = "test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema %s: %v", schema, err)
	}
	t.Cleanup(func() { drop(t, url, schema) })
	return url, schema
}

// unavailable fails (CI) or skips (elsewhere) a test that has no server.
func unavailable(t testing.TB, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("PostgreSQL is required under CI=true and is not reachable: %v", err)
	}
	t.Skipf("SKIPPED — NO POSTGRESQL: %v. The PostgreSQL tests did not run; start the server with "+
		"`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` or set CD_TEST_DATABASE_URL", err)
}

func drop(t testing.TB, url, schema string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Errorf("drop schema %s: %v", schema, err)
		return
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
		t.Errorf("drop schema %s: %v", schema, err)
	}
}
