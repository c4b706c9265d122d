package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"sort"
)

// Inspection is what Inspect found in a database file.
type Inspection struct {
	Version int      // the highest applied migration
	Latest  int      // the highest migration this binary has
	Pending []string // migrations this binary would apply at Open
	Unknown []string // applied migrations this binary does not know: Open refuses the file
	// Writable is false when the file cannot be written now (a read-only
	// file or volume); WriteError says why.
	Writable   bool
	WriteError string
	Articles   int64
	Stories    int64
	// Channels are the guild channels subscriptions, alert rules and
	// thread follows deliver to, with the subscriptions, rules and follow
	// of each; DMs counts the DM subscriptions.
	Channels []SubscribedChannel
	DMs      int
}

// SubscribedChannel is a channel digests, alerts or story threads are
// delivered to.
type SubscribedChannel struct {
	ChannelID     string
	GuildID       string
	Subscriptions []int64
	Alerts        []int64  // the alert rules that post there
	Roles         []string // the roles those rules ping, each once
	Follows       []int64  // the thread follow of the channel (one at most)
}

// Inspect reads a database file without migrating or changing it, for
// `bot doctor`: its schema against this binary's, whether it can be
// written, its size in articles and stories, the channels it delivers to,
// and SQLite's integrity check (on one read snapshot: it blocks no writer).
// A file that does not exist is an error.
func Inspect(ctx context.Context, path string) (Inspection, error) {
	var in Inspection
	if _, err := os.Stat(path); err != nil {
		return in, fmt.Errorf("inspect database: %w", err)
	}
	conn, err := sql.Open("sqlite", fileURI(path, "mode=ro&_pragma=busy_timeout(10000)"))
	if err != nil {
		return in, fmt.Errorf("inspect database: %w", err)
	}
	defer conn.Close()
	conn.SetMaxOpenConns(1)
	if err := inspectSchema(ctx, conn, &in); err != nil {
		return in, err
	}
	in.Writable, in.WriteError = true, ""
	if err := tryWrite(ctx, path); err != nil {
		in.Writable, in.WriteError = false, err.Error()
	}
	if err := inspectContent(ctx, conn, &in); err != nil {
		return in, err
	}
	return in, integrityCheck(ctx, conn)
}

func inspectSchema(ctx context.Context, conn *sql.DB, in *Inspection) error {
	ms, err := migrations(migrationFS)
	if err != nil {
		return err
	}
	in.Latest = ms[len(ms)-1].version
	applied := map[int]string{}
	rows, err := conn.QueryContext(ctx, `SELECT version, name FROM schema_migrations`)
	if err != nil {
		return fmt.Errorf("read schema version (is this a conflict-digest database?): %w", err)
	}
	for rows.Next() {
		var v int
		var name string
		if err := rows.Scan(&v, &name); err != nil {
			rows.Close()
			return fmt.Errorf("read schema version: %w", err)
		}
		applied[v] = name
		in.Version = max(in.Version, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	known := map[int]bool{}
	for _, m := range ms {
		known[m.version] = true
		if _, ok := applied[m.version]; !ok {
			in.Pending = append(in.Pending, m.name)
		}
	}
	for v, name := range applied {
		if !known[v] {
			in.Unknown = append(in.Unknown, name)
		}
	}
	sort.Strings(in.Unknown)
	return nil
}

// tryWrite takes the write lock through a fresh connection that may not
// create the file, and gives it back without writing.
func tryWrite(ctx context.Context, path string) error {
	conn, err := sql.Open("sqlite", fileURI(path, "mode=rw&_pragma=busy_timeout(2000)&_txlock=immediate"))
	if err != nil {
		return err
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	return tx.Rollback()
}

func inspectContent(ctx context.Context, conn *sql.DB, in *Inspection) error {
	for _, c := range []struct {
		q   string
		dst *int64
	}{{`SELECT count(*) FROM articles`, &in.Articles}, {`SELECT count(*) FROM stories`, &in.Stories}} {
		if err := conn.QueryRowContext(ctx, c.q).Scan(c.dst); err != nil {
			return fmt.Errorf("count rows: %w", err)
		}
	}
	rows, err := conn.QueryContext(ctx, `SELECT id, channel_id, guild_id, dm FROM subscriptions ORDER BY id`)
	if err != nil {
		return fmt.Errorf("list subscriptions: %w", err)
	}
	defer rows.Close()
	byChannel := map[string]int{}
	for rows.Next() {
		var id int64
		var ch, guild string
		var dm bool
		if err := rows.Scan(&id, &ch, &guild, &dm); err != nil {
			return fmt.Errorf("list subscriptions: %w", err)
		}
		if dm || ch == "" {
			in.DMs++
			continue
		}
		c := in.channelOf(byChannel, ch, guild)
		c.Subscriptions = append(c.Subscriptions, id)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := inspectAlerts(ctx, conn, in, byChannel); err != nil {
		return err
	}
	return inspectFollows(ctx, conn, in, byChannel)
}

// hasTable reports whether the schema has a table (a database not yet
// migrated to the version that made it has not).
func hasTable(ctx context.Context, conn *sql.DB, name string) (bool, error) {
	var n int
	err := conn.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, name).Scan(&n)
	return n > 0, err
}

// channelOf returns the inspection's entry of a channel, added when new.
func (in *Inspection) channelOf(byChannel map[string]int, ch, guild string) *SubscribedChannel {
	i, ok := byChannel[ch]
	if !ok {
		i = len(in.Channels)
		byChannel[ch] = i
		in.Channels = append(in.Channels, SubscribedChannel{ChannelID: ch, GuildID: guild})
	}
	return &in.Channels[i]
}

// inspectFollows adds the channels thread follows post to (0160).
func inspectFollows(ctx context.Context, conn *sql.DB, in *Inspection, byChannel map[string]int) error {
	if ok, err := hasTable(ctx, conn, "thread_follows"); err != nil || !ok {
		return err
	}
	rows, err := conn.QueryContext(ctx, `SELECT id, channel_id, guild_id FROM thread_follows ORDER BY id`)
	if err != nil {
		return fmt.Errorf("list thread follows: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var ch, guild string
		if err := rows.Scan(&id, &ch, &guild); err != nil {
			return fmt.Errorf("list thread follows: %w", err)
		}
		c := in.channelOf(byChannel, ch, guild)
		c.Follows = append(c.Follows, id)
	}
	return rows.Err()
}

// inspectAlerts adds the channels alert rules post to, when the schema has
// them (a database not yet migrated to 0140 has none).
func inspectAlerts(ctx context.Context, conn *sql.DB, in *Inspection, byChannel map[string]int) error {
	if ok, err := hasTable(ctx, conn, "alert_rules"); err != nil || !ok {
		return err
	}
	rows, err := conn.QueryContext(ctx, `SELECT id, channel_id, guild_id, role_id FROM alert_rules ORDER BY id`)
	if err != nil {
		return fmt.Errorf("list alert rules: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var ch, guild, role string
		if err := rows.Scan(&id, &ch, &guild, &role); err != nil {
			return fmt.Errorf("list alert rules: %w", err)
		}
		c := in.channelOf(byChannel, ch, guild)
		c.Alerts = append(c.Alerts, id)
		if role != "" && !slices.Contains(c.Roles, role) {
			c.Roles = append(c.Roles, role)
		}
	}
	return rows.Err()
}

// BackupFile is Backup of the database file at path, which need not be
// open in this process (a running bot may be writing it): it reads one
// snapshot through a read-only connection, so it neither migrates the file
// nor blocks its writers.
func BackupFile(ctx context.Context, path, out string) (BackupInfo, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return BackupInfo{}, fmt.Errorf("back up %s: no such database", path)
	} else if err != nil {
		return BackupInfo{}, fmt.Errorf("back up %s: %w", path, err)
	}
	conn, err := sql.Open("sqlite", fileURI(path, "mode=ro&_pragma=busy_timeout(10000)"))
	if err != nil {
		return BackupInfo{}, fmt.Errorf("back up %s: %w", path, err)
	}
	defer conn.Close()
	conn.SetMaxOpenConns(1)
	return backupTo(ctx, conn, out)
}
