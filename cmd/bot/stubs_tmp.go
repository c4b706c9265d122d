package main

import (
	"context"
	"errors"
	"io"
)

// TODO(lead): these commands are being written; they fail honestly until then.
var errNotYet = errors.New("not built yet")

func cmdAsk(ctx context.Context, args []string, getenv env, stdin io.Reader, stdout, stderr io.Writer) error {
	return errNotYet
}
