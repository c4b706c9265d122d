package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"testing"
)

// TestMain lets the tests re-execute the test binary as a real `bot`
// process they can SIGKILL: the ingest kill test names its arguments in
// envChildArgs; the fault suite (envFaultChild) and the monitoring test
// (envChild) run `bot run`.
func TestMain(m *testing.M) {
	if args := os.Getenv(envChildArgs); args != "" {
		err := run(context.Background(), strings.Split(args, "\x1f"), quietEnv, os.Stdin, os.Stdout, os.Stderr)
		exitChild(err)
	}
	if os.Getenv(envFaultChild) != "" || os.Getenv(envChild) != "" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		err := run(ctx, []string{"run"}, os.Getenv, strings.NewReader(""), os.Stdout, os.Stderr)
		stop()
		if err != nil {
			err = fmt.Errorf("bot run: %w", err)
		}
		exitChild(err)
	}
	os.Exit(m.Run())
}

func exitChild(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}
