package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
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
		stopProfile := func() {}
		if path := os.Getenv(envChildProfile); path != "" {
			stopProfile = childProfile(path)
		}
		err := run(ctx, []string{"run"}, os.Getenv, strings.NewReader(""), os.Stdout, os.Stderr)
		stop()
		if err != nil {
			err = fmt.Errorf("bot run: %w", err)
		}
		stopProfile() // os.Exit runs no deferred calls
		exitChild(err)
	}
	os.Exit(m.Run())
}

// envChildProfile names a file a `bot run` child writes its CPU profile
// to (pprof), from its start until it is stopped (SIGINT); the fan-out
// harness profiles its instances this way.
const envChildProfile = "CD_TEST_CPUPROFILE"

// childProfile starts the child's CPU profile; the function it returns
// stops it.
func childProfile(path string) func() {
	f, err := os.Create(path)
	if err != nil {
		exitChild(fmt.Errorf("cpu profile: %w", err))
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		exitChild(fmt.Errorf("cpu profile: %w", err))
	}
	var once sync.Once
	stop := func() { once.Do(func() { pprof.StopCPUProfile(); f.Close() }) }
	if d, err := time.ParseDuration(os.Getenv(envChildProfileFor)); err == nil && d > 0 {
		time.AfterFunc(d, stop) // a child killed later keeps its profile
	}
	return stop
}

// envChildProfileFor, when set, ends a child's CPU profile after this
// long (a time.Duration), before it is stopped.
const envChildProfileFor = "CD_TEST_CPUPROFILE_FOR"

func exitChild(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}
