package feed

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A JSON Lines file with a bad line, inside a directory, gives its good
// lines; the bad line is reported with the directory's other errors.
func TestReadPathKeepsGoodLinesOfADirectory(t *testing.T) {
	dir := t.TempDir()
	lines := `{"id":"a-1","title":"Truce declared in Idlib","text":"A truce was declared in Idlib on Monday."}
{not json
{"id":"a-3","title":"Aid convoy reaches Madaya","text":"A UN aid convoy reached Madaya on Tuesday."}
`
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(lines), 0o600); err != nil {
		t.Fatal(err)
	}
	as, err := ReadPath(context.Background(), dir)
	var bad LineErrors
	if !errors.As(err, &bad) || len(bad) != 1 || bad[0].Line != 2 {
		t.Errorf("error %v, want line 2 reported", err)
	}
	if len(as) != 2 || as[0].ExternalID != "a-1" || as[1].ExternalID != "a-3" {
		t.Errorf("got %d articles %+v, want a-1 and a-3", len(as), as)
	}
}
