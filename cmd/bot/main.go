// Command bot is conflict-digest: it ingests conflict news, analyses it,
// builds sourced digests and delivers them to Discord.
//
// With no arguments it runs the main job on its embedded default: the bundled
// sample articles are ingested into a temporary database and a digest is
// printed; no token and no network are needed. See `bot help`.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/conflict-digest/conflict-digest/feed"
)

func main() {
	feed.Version = readBuildInfo().short() // the User-Agent of fetches
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	getenv, err := processEnv(os.LookupEnv, dotEnvFile, os.Stderr)
	if err == nil {
		err = run(ctx, os.Args[1:], getenv, os.Stdin, os.Stdout, os.Stderr)
	}
	stop()
	if err != nil {
		var u usageError
		if !errors.Is(err, errHelpShown) {
			fmt.Fprintln(os.Stderr, "bot:", err)
		}
		if errors.As(err, &u) || errors.Is(err, errHelpShown) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// env is the process environment as a lookup function, so that tests can
// run the command with their own.
type env func(string) string

// processEnv is the process environment over the variables of the .env
// file at path (the environment wins). Names in the file that look like
// ours but name no variable are warned about: most are typos.
func processEnv(lookup func(string) (string, bool), path string, stderr io.Writer) (env, error) {
	file, err := readDotEnv(path)
	if err != nil {
		return nil, err
	}
	for _, name := range unknownVariables(file) {
		fmt.Fprintf(stderr, "bot: warning: %s sets %s, which is no variable of conflict-digest (see `bot run --help`)\n", path, name)
	}
	return layeredEnv(lookup, file), nil
}

// run is the whole program: main only adds the process around it.
func run(ctx context.Context, args []string, getenv env, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return cmdDemo(ctx, nil, getenv, stdout, stderr)
	}
	name, rest := args[0], args[1:]
	switch name {
	case "demo":
		return cmdDemo(ctx, rest, getenv, stdout, stderr)
	case "ingest":
		return cmdIngest(ctx, rest, getenv, stdout, stderr)
	case "analyze", "analyse":
		return cmdAnalyze(ctx, rest, getenv, stdin, stdout, stderr)
	case "digest":
		return cmdDigest(ctx, rest, getenv, stdout, stderr)
	case "ask":
		return cmdAsk(ctx, rest, getenv, stdin, stdout, stderr)
	case "stories":
		return cmdStories(ctx, rest, getenv, stdout, stderr)
	case "run":
		return cmdRun(ctx, rest, getenv, stdout, stderr)
	case "doctor":
		return cmdDoctor(ctx, rest, getenv, stdout, stderr)
	case "backup":
		return cmdBackup(ctx, rest, getenv, stdout, stderr)
	case "probe":
		return cmdProbe(ctx, rest, stdout, stderr)
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, readBuildInfo())
		return nil
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	return usageError{fmt.Sprintf("unknown command %q (see `bot help`)", name)}
}

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// errHelpShown is returned when -h was given to a subcommand: its flag set has
// printed the help already.
var errHelpShown = errors.New("help shown")

const usage = `conflict-digest: sourced digests of conflict news, for Discord.

Usage:
  bot                      build a digest from the bundled sample (no token, no network)
  bot ingest --db FILE [--jsonl FILE | PATH_OR_URL ...]
                           store articles from JSON Lines, feed or article files,
                           directories, or feed/article URLs; prints new/duplicate/failed
  bot analyze --jsonl      articles (JSON Lines) on stdin -> one analysis line each on stdout
  bot digest --db FILE [--since TIME] [--until TIME] [--topics LIST] [--format markdown|json]
                           the stories of a period; TIME is today, yesterday, a span back
                           from now (7d, 24h), a date (2016-08-26) or an RFC 3339 time
  bot ask --db FILE [--jsonl] [QUESTION]
                           answer from the stored articles, with citations
  bot stories --db FILE [--jsonl]
                           every stored article with its story, story by story in
                           order of events; --jsonl: one line per article
  bot run                  the Discord bot; its configuration: bot run --help
  bot doctor               check the configuration, the database, Discord, the token and
                           the bot's permissions in every subscribed channel
  bot backup --db FILE --out FILE|DIR/ [--keep N]
                           an online, consistent, verified copy of the database
  bot probe URL            GET one of the bot's health endpoints; fails unless 2xx
  bot version              the version and VCS revision of this binary (also --version)

Each command takes -h for its flags. Configuration is read from the environment and
from .env in the working directory (the environment wins).
`
