// Package arch holds a test that keeps the package arrows of the layout
// honest: the domain and lang (word knowledge) import only the standard
// library, analysis imports nothing of ours but the domain and lang, and only
// cmd/bot (and tests) know the store.
package arch

import (
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/conflict-digest/conflict-digest"

type pkg struct {
	ImportPath string
	Imports    []string
	Standard   bool
}

func listPackages(t *testing.T) []pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", module+"/...")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Skip("go command not available:", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(out)
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	return pkgs
}

func ours(path string) string {
	if path == module {
		return "."
	}
	if rest, ok := strings.CutPrefix(path, module+"/"); ok {
		return rest
	}
	return ""
}

func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

func TestImportArrows(t *testing.T) {
	// allowed lists, for each of our packages with a rule, the packages of
	// ours it may import; third-party rules follow.
	allowed := map[string][]string{
		"news":    {},
		"lang":    {},
		"analyze": {"news", "lang"},
		"story":   {"news", "analyze", "lang"},
		"feed":    {"news", "lang"},
		"digest":  {"news", "story", "lang"},
		"ask":     {"news", "analyze", "lang"},
		"ingest":  {"news", "feed", "analyze", "story"},
		// bot may read lang (a standard-library leaf that knows no adapter) so
		// that its replies' "1 story"/"2 stories" use the one Plural.
		"bot":     {"news", "digest", "feed", "analyze", "ask", "story", "alert", "thread", "lang"},
		"alert":   {"news", "digest", "story", "lang"},
		"thread":  {"news", "digest", "alert", "story", "lang"},
		"store":   {"news"},
		"metrics": {"news"},
	}
	allowed["store/memory"] = []string{"news", "store/fold"} // the in-memory store: pure Go, no SQL; it cuts words by the SQL stores' rule
	// the domain and the language knowledge import only the standard library
	stdOnly := map[string]bool{"news": true, "lang": true}
	for _, p := range listPackages(t) {
		name := ours(p.ImportPath)
		rule, ok := allowed[name]
		if !ok {
			continue
		}
		for _, imp := range p.Imports {
			if dep := ours(imp); dep != "" {
				if !contains(rule, dep) && !strings.HasPrefix(dep, name+"/") {
					t.Errorf("%s imports %s: not allowed (allowed: %v)", name, dep, rule)
				}
				continue
			}
			if stdOnly[name] && !isStd(imp) {
				t.Errorf("%s imports %s: it may import only the standard library", name, imp)
			}
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestLanguageLivesInLang keeps word knowledge in one place (STYLE.md point
// 10): outside lang, the packages that read words, and those that say dates
// and schedules, name no month, weekday or number word in their code, nor
// the other languages' month abbreviations of feed dates ("janv", "févr":
// lang's lexicon/feedmonths.tsv). A table of them elsewhere is a second copy
// that will drift from lang's; a test may still name them in its cases.
func TestLanguageLivesInLang(t *testing.T) {
	words := []string{`"january"`, `"february"`, `"monday"`, `"tuesday"`, `"nineteen"`, `"twenty"`, `"janv"`, `"févr"`}
	for _, dir := range []string{"analyze", "story", "ask", "digest", "feed", "alert", "thread", "ingest", "bot", "news"} {
		files, err := filepath.Glob(filepath.Join("..", "..", dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) == 0 {
			t.Fatalf("no Go files in %s", dir)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			low := strings.ToLower(string(src))
			for _, w := range words {
				if strings.Contains(low, w) {
					t.Errorf("%s names %s: month, weekday and number words live in lang", f, w)
				}
			}
		}
	}
}
