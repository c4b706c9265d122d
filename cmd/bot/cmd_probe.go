package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// cmdProbe asks one of the bot's own health endpoints and fails unless it
// answers 2xx: the container image has no curl, so compose's healthcheck
// runs `bot probe http://127.0.0.1:9090/readyz`.
func cmdProbe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("probe", stderr)
	timeout := fs.Duration("timeout", 5*time.Second, "give up after this long")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || !strings.HasPrefix(fs.Arg(0), "http://") && !strings.HasPrefix(fs.Arg(0), "https://") {
		return usageError{"probe takes one URL, e.g. http://127.0.0.1:9090/readyz"}
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fs.Arg(0), nil)
	if err != nil {
		return usageError{err.Error()}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("probe: %w (is CD_HTTP_ADDR set, and the bot running?)", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	stdout.Write(body)
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("probe: %s answered %s", fs.Arg(0), resp.Status)
	}
	return nil
}
