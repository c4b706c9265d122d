package ask

import (
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestImports keeps the arrows of STYLE.md: ask reads the store only
// through SentenceSearcher, and imports of this project only the domain,
// the analyser and the language knowledge (lang).
func TestImports(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	const mod = "github.com/conflict-digest/conflict-digest/"
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(gotoken.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range af.Imports {
			p := strings.Trim(imp.Path.Value, `"`)
			if strings.HasPrefix(p, mod) && p != mod+"news" && p != mod+"analyze" && p != mod+"lang" {
				t.Errorf("%s imports %s; ask may import only news, analyze and lang", f, p)
			}
		}
	}
}
