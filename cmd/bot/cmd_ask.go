package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/news"
)

func cmdAsk(ctx context.Context, args []string, getenv env, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("ask", stderr)
	dbPath := fs.String("db", "", "SQLite database file; default: CD_DATABASE_URL (PostgreSQL)")
	jsonl := fs.Bool("jsonl", false, "read questions as JSON Lines on stdin (SCHEMA.md); write one answer line each")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dbPath == "" && getenv("CD_DATABASE_URL") == "" {
		return usageError{"ask needs --db FILE: the database `bot ingest --db FILE` filled (or CD_DATABASE_URL)"}
	}
	question := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if !*jsonl && question == "" {
		return usageError{"ask takes a QUESTION, or --jsonl with questions on stdin"}
	}
	_, log, db, err := openCommandStore(ctx, *dbPath, getenv, stderr, forRead, false)
	if err != nil {
		return err
	}
	defer db.Close()
	// Articles stored by an older version, or by a bulk path, are indexed
	// before the first answer.
	if err := (&ingest.SentenceIndex{Store: db.sentences}).Sync(ctx); err != nil {
		return err
	}
	// The operator's articles: a guild's feeds are asked about in that guild only.
	a := ask.New(db.askIndex(""), ask.Options{Logger: log})
	now := time.Now().UTC()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *jsonl {
		return ask.AnswerLines(ctx, a, stdin, w, now)
	}
	ans, err := a.Ask(ctx, question, now)
	if err != nil && news.ErrorCode(err) != news.EINVALID {
		return err
	}
	return writeAnswer(w, ans)
}

// writeAnswer prints an answer for a person: the answer, then its evidence.
func writeAnswer(w io.Writer, ans ask.Answer) error {
	fmt.Fprintln(w, ans.Answer)
	for i, c := range ans.Citations {
		fmt.Fprintf(w, "\n[%d] %s (%s, %s)\n    %s\n", i+1, c.Title, orDash(c.Source), orDash(c.Published), c.Sentence)
		if c.URL != "" {
			fmt.Fprintf(w, "    %s\n", c.URL)
		}
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
