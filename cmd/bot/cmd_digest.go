package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/bot"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
)

func cmdDigest(ctx context.Context, args []string, getenv env, stdout, stderr io.Writer) error {
	fs := newFlagSet("digest", stderr)
	dbPath := fs.String("db", "", "SQLite database file; default: CD_DATABASE_URL (PostgreSQL)")
	since := fs.String("since", "", "start of the period: today, yesterday, a span back from now (7d, 24h), a date (2016-08-26) or an RFC 3339 time; default: everything")
	until := fs.String("until", "", "end of the period, written as --since (a day includes the whole day); default: now")
	topics := fs.String("topics", "all", "comma-separated: talks, ceasefire, humanitarian, violence, or all")
	format := fs.String("format", "markdown", "markdown (standard Markdown), discord (Discord's flavour), embeds (the Discord messages a subscription gets, as text) or json")
	limit := fs.Int("limit", 0, "most stories shown, the most significant (0: all)")
	chart := fs.String("chart", "", "also write the digest's chart to this PNG file (none when its period has too little to draw)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dbPath == "" && getenv("CD_DATABASE_URL") == "" {
		return usageError{"digest needs --db FILE: the database `bot ingest --db FILE` filled (or CD_DATABASE_URL)"}
	}
	now := time.Now().UTC()
	f, err := digestFilter(*since, *until, *topics, now)
	if err != nil {
		return usageError{err.Error()}
	}
	f.Limit = *limit
	if !validFormat(*format) {
		return usageError{fmt.Sprintf("--format %q: want markdown, discord, embeds or json", *format)}
	}
	_, _, db, err := openCommandStore(ctx, *dbPath, getenv, stderr, forRead, false, store.WithReadConns(2))
	if err != nil {
		return err
	}
	defer db.Close()
	// The operator's stories as anyone may see them: a guild's feeds stay
	// in that guild.
	return writeDigest(ctx, digest.NewViews(db.stories), f, *format, *chart, now, stdout)
}

func validFormat(f string) bool {
	return f == "markdown" || f == "discord" || f == "embeds" || f == "json"
}

// writeDigest builds the digest of f, renders it in format and, when
// chartFile is set, writes its chart there.
func writeDigest(ctx context.Context, src digest.StorySource, f news.DigestFilter, format, chartFile string, now time.Time, w io.Writer) error {
	d, err := digest.Build(ctx, src, f, now)
	if err != nil {
		return fmt.Errorf("build digest: %w", err)
	}
	if chartFile != "" {
		png, err := digest.Chart(d, now)
		if err != nil {
			return err
		}
		if png != nil {
			if err := os.WriteFile(chartFile, png, 0o644); err != nil {
				return fmt.Errorf("write chart: %w", err)
			}
			d.ChartFile = digest.ChartFile
		}
	}
	switch format {
	case "json":
		return digest.RenderJSON(w, d)
	case "discord":
		return digest.RenderDiscord(w, d)
	case "embeds":
		msgs, err := bot.DigestMessages(d)
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, bot.MessagesText(msgs))
		return err
	}
	return digest.RenderMarkdown(w, d)
}

// digestFilter reads the command line's period and topics; relative times
// are taken from now.
func digestFilter(since, until, topics string, now time.Time) (news.DigestFilter, error) {
	var f news.DigestFilter
	var err error
	if since != "" {
		if f.Since, _, err = parseWhen(since, now); err != nil {
			return f, fmt.Errorf("--since: %w", err)
		}
	}
	if until != "" {
		var wholeDay bool
		if f.Until, wholeDay, err = parseWhen(until, now); err != nil {
			return f, fmt.Errorf("--until: %w", err)
		}
		if wholeDay {
			f.Until = f.Until.AddDate(0, 0, 1)
		}
	}
	if !f.Until.IsZero() && !f.Until.After(f.Since) {
		return f, fmt.Errorf("--until (%s) must be after --since (%s)", f.Until.Format(time.RFC3339), f.Since.Format(time.RFC3339))
	}
	for _, t := range strings.Split(topics, ",") {
		t = strings.TrimSpace(strings.ToLower(t))
		if t == "" || t == "all" {
			continue
		}
		c, err := news.ParseCategory(t)
		if err != nil {
			return f, fmt.Errorf("--topics: %s (write talks, ceasefire, humanitarian, violence, or all)", news.ErrorMessage(err))
		}
		f.Topics = append(f.Topics, c)
	}
	return f, nil
}
