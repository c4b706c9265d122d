package analyze

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// cnndmFiles are the four files of a public copy of CNN/DailyMail stories
// (testdata/gate/fetch-cnndm.sh; not committed) that the ids cnndm-KEY-N of
// testdata/figures/fresh10.jsonl were made on: line N (from 1) of the file.
var cnndmFiles = map[string]struct{ name, sha256 string }{
	"g4t":  {"g4t.jsonl", "1a7e986f2fefcd5ae11d8b6634b72a351f8020c46f1efeb6b327787447437758"},
	"cgv":  {"cgv.jsonl", "2142f9875cfe926c9586d78f8f2676f7051180f9d7f65c6ebf8d5059da36d786"},
	"g4v":  {"g4v.jsonl", "19697476790e32413d2e574230610f3f6087fc808643ad1c99dfbdbe218a864c"},
	"test": {"test.source", "0947d12cf96dda7355f6f4e006d507da236d30b9c6c93fa910d0d767dac16c65"},
}

// cnndmInPlace reports whether every file is in place.
func cnndmInPlace() bool {
	for _, f := range cnndmFiles {
		if _, err := os.Stat(filepath.Join("testdata", "gate", "cnndm", f.name)); err != nil {
			return false
		}
	}
	return true
}

// cnndmArticles returns every story of the four files by id, its text as
// the file holds it (no title, no date: the collection keeps neither).
func cnndmArticles(t *testing.T) map[string]news.Article {
	t.Helper()
	arts := map[string]news.Article{}
	for key, f := range cnndmFiles {
		path := filepath.Join("testdata", "gate", "cnndm", f.name)
		data := readPinned(t, path, f.sha256, "fetch-cnndm.sh")
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 0, 1<<20), 1<<22)
		for n := 1; sc.Scan(); n++ {
			text := sc.Text()
			if strings.HasSuffix(f.name, ".jsonl") {
				var row struct {
					Article string `json:"article"`
				}
				if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
					t.Fatalf("%s line %d: %v", path, n, err)
				}
				text = row.Article
			}
			arts["cnndm-"+key+"-"+strconv.Itoa(n)] = news.Article{Text: strings.TrimSpace(text)}
		}
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return arts
}
