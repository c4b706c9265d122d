package analyze

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"testing"
)

// readPinned reads a local copy of public data that labels were made on and
// fails the test when it is missing (naming the script that puts it in
// place) or is not the file the ids were made on (its sha256).
func readPinned(t *testing.T, path, sum, script string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: run analyze/testdata/gate/%s", err, script)
	}
	if got := sha256.Sum256(data); hex.EncodeToString(got[:]) != sum {
		t.Fatalf("%s is not the file the ids were made on (sha256 %x)", path, got)
	}
	return data
}
