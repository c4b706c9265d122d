//go:build unix

package store

import sys "golang.org/x/sys/unix"

// canWrite asks the kernel whether this process may write the file at
// path now: it sees a file made read-only, a volume remounted read-only
// and a file deleted. It opens nothing: closing a descriptor of the
// database file would drop every lock SQLite holds on it in this process.
func canWrite(path string) error {
	return sys.Faccessat(sys.AT_FDCWD, path, sys.W_OK, sys.AT_EACCESS)
}
