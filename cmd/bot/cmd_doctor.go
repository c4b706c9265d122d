package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/store/postgres"
)

const doctorUsage = `Usage: bot doctor [--db FILE]

Checks what bot run needs and prints what to fix: the configuration (the same
variables as bot run), the database (its schema against this binary's, whether
it can be written, SQLite's integrity check), Discord (reachable, the token,
the application id) and the bot's permissions in every channel it posts in:
for digests View Channel, Send Messages, Embed Links, Attach Files, Read
Message History; for alerts View Channel, Send Messages, Read Message History,
and a ping of each alert's role (the role exists, and is mentionable or the
bot has Mention Everyone); for story threads (/follow) Create Posts in a forum
or Send Messages and Create Public Threads in a text channel, Send Messages in
Threads, Read Message History.
It changes nothing. Exit status 1 when something must be fixed.`

// cmdDoctor checks the installation and says what to fix.
func cmdDoctor(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlagSet("doctor", stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), doctorUsage)
		fs.PrintDefaults()
		writeEnvHelp(fs.Output(), forRun)
	}
	dbFlag := fs.String("db", "", "the database to check (default: CD_DB)")
	timeout := fs.Duration("timeout", 5*time.Minute, "give up after this long")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	r := &doctorReport{w: stdout}
	fmt.Fprintln(stdout, readBuildInfo())
	cfg, cfgErr := loadConfig(getenv, forRun)
	r.configuration(cfg, cfgErr)
	path := *dbFlag
	if path == "" {
		path = cfg.DBPath
	}
	var channels []bot.Target
	var dms int
	if *dbFlag == "" && cfg.DatabaseURL != "" {
		channels, dms = r.postgres(ctx, cfg.DatabaseURL)
	} else {
		channels, dms = r.database(ctx, path)
	}
	if cfgErr == nil {
		r.discord(ctx, cfg, channels, dms, stderr)
	} else {
		r.note("Discord", "not checked: fix the configuration first")
	}
	if r.problems > 0 {
		return fmt.Errorf("%d problem(s) found: fix them and run `bot doctor` again", r.problems)
	}
	fmt.Fprintln(stdout, "\nno problems found")
	return nil
}

// doctorReport prints one line a check: ok, FAIL (a problem, with what to
// do) or note (worth knowing, not a problem).
type doctorReport struct {
	w        io.Writer
	problems int
}

func (r *doctorReport) ok(check, detail string) { fmt.Fprintf(r.w, "ok    %s: %s\n", check, detail) }

func (r *doctorReport) note(check, detail string) { fmt.Fprintf(r.w, "note  %s: %s\n", check, detail) }

func (r *doctorReport) fail(check, detail, fix string) {
	r.problems++
	fmt.Fprintf(r.w, "FAIL  %s: %s\n", check, detail)
	if fix != "" {
		fmt.Fprintf(r.w, "      fix: %s\n", fix)
	}
}

func (r *doctorReport) configuration(cfg config, err error) {
	if err != nil {
		r.fail("configuration", strings.ReplaceAll(err.Error(), "\n", "\n      "),
			"set each variable named to a valid value, in the environment or .env (`bot run --help` lists them)")
		return
	}
	db := cfg.DBPath
	if cfg.DatabaseURL != "" {
		db = "PostgreSQL, CD_DATABASE_URL"
	}
	r.ok("configuration", fmt.Sprintf("every variable is valid (database %s)", db))
}

// database checks the database file and returns the channels its
// subscriptions deliver to.
func (r *doctorReport) database(ctx context.Context, path string) ([]bot.Target, int) {
	check := "database " + path
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		r.note(check, "none yet: `bot run` creates it (if you expected one, check CD_DB or --db)")
		return nil, 0
	}
	in, err := store.Inspect(ctx, path)
	switch {
	case err != nil && len(in.Unknown) == 0 && in.Latest == 0:
		r.fail(check, err.Error(), "check the path: is it a conflict-digest database?")
		return nil, 0
	case err != nil:
		r.fail(check, err.Error(), "restore the latest backup (README: Back up and restore), or ask for help with this output")
	default:
		r.ok(check, fmt.Sprintf("integrity_check ok; %d articles, %d stories", in.Articles, in.Stories))
	}
	switch {
	case len(in.Unknown) > 0:
		r.fail("schema", fmt.Sprintf("migrated by a newer conflict-digest (%s)", strings.Join(in.Unknown, ", ")),
			"run that version or a newer one, or restore a backup made before the upgrade")
	case len(in.Pending) > 0:
		r.note("schema", fmt.Sprintf("version %d; `bot run` migrates it to %d, after a backup beside it", in.Version, in.Latest))
	default:
		r.ok("schema", fmt.Sprintf("version %d, this binary's", in.Version))
	}
	if in.Writable {
		r.ok("database writable", "yes")
	} else {
		r.fail("database writable", in.WriteError,
			"let the bot's user write the file and its directory (the -wal and -shm files beside it too), and mount the volume read-write")
	}
	var targets []bot.Target
	for _, c := range in.Channels {
		targets = append(targets, target(c))
	}
	return targets, in.DMs
}

// discord checks Discord from the bot's side.
func (r *doctorReport) discord(ctx context.Context, cfg config, targets []bot.Target, dms int, stderr io.Writer) {
	if cfg.DiscordToken == "" {
		r.note("Discord", "not checked: no DISCORD_TOKEN, so `bot run` only ingests")
		return
	}
	findings := bot.Diagnose(ctx, bot.Config{Token: cfg.DiscordToken, ApplicationID: cfg.DiscordAppID,
		RESTBase: cfg.DiscordAPIBase, HTTPClient: &http.Client{Timeout: 20 * time.Second}}, targets, cfg.logger(stderr))
	for _, f := range findings {
		if f.OK {
			r.ok(f.Check, f.Detail)
		} else {
			r.fail(f.Check, f.Detail, f.Fix)
		}
	}
	if len(targets) == 0 && len(findings) == 3 && findings[2].OK {
		r.note("channels", "no subscribed channel to check")
	}
	if dms > 0 {
		r.note("direct messages", fmt.Sprintf("%d DM subscription(s): Discord tells at the first delivery whether a user takes DMs", dms))
	}
}

// postgres checks the PostgreSQL store (CD_DATABASE_URL) without changing
// it and returns the channels its subscriptions and alerts post to.
func (r *doctorReport) postgres(ctx context.Context, url string) ([]bot.Target, int) {
	db, err := postgres.Open(ctx, url, postgres.WithoutMigrating())
	if err != nil {
		r.fail("database", err.Error(), "check CD_DATABASE_URL (host, port, database, user, password) and that the server runs")
		return nil, 0
	}
	defer db.Close()
	check := "database " + db.Where()
	pending, err := db.Pending(ctx)
	switch {
	case err != nil:
		r.fail(check, err.Error(), "run that version or a newer one")
		return nil, 0
	case len(pending) > 0:
		r.note(check, fmt.Sprintf("reachable; `bot run` applies %s", strings.Join(pending, ", ")))
		return nil, 0
	}
	r.ok(check, "reachable, schema this binary's")
	if err := db.CheckWritable(ctx); err != nil {
		r.fail("database writable", err.Error(), "grant the user INSERT and UPDATE on the store's tables")
	} else {
		r.ok("database writable", "yes")
	}
	subs, err := postgres.NewSubscriptionService(db).Subscriptions(ctx, news.SubscriptionFilter{})
	if err != nil {
		r.fail("subscriptions", err.Error(), "")
		return nil, 0
	}
	rules, err := postgres.NewAlertService(db).AlertRules(ctx, "", "")
	if err != nil {
		r.fail("alert rules", err.Error(), "")
		return nil, 0
	}
	follows, err := postgres.NewThreadService(db).ThreadFollows(ctx, "")
	if err != nil {
		r.fail("thread follows", err.Error(), "")
		return nil, 0
	}
	return deliveryTargets(subs, rules, follows)
}

// deliveryTargets groups subscriptions, alert rules and thread follows by
// the channel they post to, as the SQLite inspection does; DM
// subscriptions are counted.
func deliveryTargets(subs []news.Subscription, rules []news.AlertRule, follows []news.ThreadFollow) ([]bot.Target, int) {
	var order []string
	at := map[string]*store.SubscribedChannel{}
	channel := func(id string) *store.SubscribedChannel {
		if c, ok := at[id]; ok {
			return c
		}
		at[id] = &store.SubscribedChannel{ChannelID: id}
		order = append(order, id)
		return at[id]
	}
	dms := 0
	for _, s := range subs {
		if s.DM {
			dms++
			continue
		}
		c := channel(s.ChannelID)
		c.Subscriptions = append(c.Subscriptions, s.ID)
	}
	for _, r := range rules {
		c := channel(r.ChannelID)
		c.Alerts = append(c.Alerts, r.ID)
		if r.RoleID != "" && !slices.Contains(c.Roles, r.RoleID) {
			c.Roles = append(c.Roles, r.RoleID)
		}
	}
	for _, f := range follows {
		c := channel(f.ChannelID)
		c.Follows = append(c.Follows, f.ID)
	}
	targets := make([]bot.Target, len(order))
	for i, id := range order {
		targets[i] = target(*at[id])
	}
	return targets, dms
}

// target is what the doctor checks in a channel: what it receives decides
// the permissions, and its alerts' roles the pings.
func target(c store.SubscribedChannel) bot.Target {
	return bot.Target{ChannelID: c.ChannelID, Label: channelLabel(c), Digests: len(c.Subscriptions) > 0,
		Alerts: len(c.Alerts) > 0, Threads: len(c.Follows) > 0, Roles: c.Roles}
}

// channelLabel names what a channel receives: "subscription #1, #2",
// "alert #3", "follow #4", or several.
func channelLabel(c store.SubscribedChannel) string {
	var parts []string
	for _, g := range []struct {
		what string
		ids  []int64
	}{{"subscription", c.Subscriptions}, {"alert", c.Alerts}, {"follow", c.Follows}} {
		if len(g.ids) == 0 {
			continue
		}
		ids := make([]string, len(g.ids))
		for i, id := range g.ids {
			ids[i] = fmt.Sprintf("#%d", id)
		}
		parts = append(parts, g.what+" "+strings.Join(ids, ", "))
	}
	return strings.Join(parts, "; ")
}
