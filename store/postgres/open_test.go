package postgres_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store/postgres"
	"github.com/conflict-digest/conflict-digest/store/postgres/pgtest"
)

// TestOpenRefusesClearly: a bad URL, an unknown user, a wrong password
// and an unreachable server are errors that name the host and never the
// password.
func TestOpenRefusesClearly(t *testing.T) {
	pgtest.Schema(t) // skips (or fails under CI) when there is no server
	ctx := context.Background()
	refusing := pgtest.PasswordRefused(t)
	for _, c := range []struct {
		name, url, code string
		says            []string
	}{
		{"not a URL", "postgres://u:s3cr3t-pw@[::1", news.EINVALID, []string{"CD_DATABASE_URL"}},
		{"unknown user", "postgres://nobody-here:s3cr3t-pw@127.0.0.1:5432/test?sslmode=disable", news.EUNAVAILABLE,
			[]string{"127.0.0.1:5432", "nobody-here", "check the user and password"}},
		{"wrong password", "postgres://conflict:s3cr3t-pw@" + refusing + "/conflict", news.EUNAVAILABLE,
			[]string{refusing, `password authentication failed for user "conflict"`, "check the user and password"}},
		{"no server", "postgres://u:s3cr3t-pw@127.0.0.1:1/test?sslmode=disable&connect_timeout=2", news.EUNAVAILABLE,
			[]string{"127.0.0.1:1", "cannot reach the server"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			db, err := postgres.OpenServices(ctx, c.url)
			if err == nil {
				db.Close()
				t.Fatal("opened")
			}
			if news.ErrorCode(err) != c.code {
				t.Errorf("code %q (%v), want %q", news.ErrorCode(err), err, c.code)
			}
			msg := err.Error()
			if strings.Contains(msg, "s3cr3t-pw") {
				t.Errorf("the error shows the password: %s", msg)
			}
			for _, s := range c.says {
				if !strings.Contains(msg, s) {
					t.Errorf("error %q does not say %q", msg, s)
				}
			}
		})
	}
}

// TestMigrateConcurrently: instances opening one fresh database at once
// apply each migration once (the advisory lock) and all open it.
func TestMigrateConcurrently(t *testing.T) {
	url, schema := pgtest.Schema(t)
	ctx := context.Background()
	const n = 4
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			db, err := postgres.OpenServices(ctx, url, postgres.WithSchema(schema))
			if err == nil {
				var v int
				v, err = db.SchemaVersion(ctx)
				if err == nil && v < 3 {
					t.Errorf("instance %d sees schema version %d", i, v)
				}
				db.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("instance %d: %v", i, err)
		}
	}
}
