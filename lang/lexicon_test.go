package lang

import (
	"slices"
	"strings"
	"testing"
)

func TestLexiconLines(t *testing.T) {
	data := "# a comment\n\nalpha\tbeta\n  # an indented comment\n \t \ngamma\t\tdelta\nlast"
	got := lexiconLines(data)
	want := []lexiconLine{{3, "alpha\tbeta"}, {6, "gamma\t\tdelta"}, {7, "last"}}
	if !slices.Equal(got, want) {
		t.Fatalf("lexiconLines = %+v, want %+v", got, want)
	}
	if cols := got[1].cols(); !slices.Equal(cols, []string{"gamma", "", "delta"}) {
		t.Errorf("cols = %q: an empty column is kept", cols)
	}
	if len(lexiconLines("")) != 0 || len(lexiconLines("#\n\n")) != 0 {
		t.Error("no data lines expected")
	}
}

func TestFlagTable(t *testing.T) {
	flags := map[string]uint8{"a": 1, "b": 2}
	got := flagTable("t.tsv", "# comment\na,b\tx y\nb\ty\n", flags)
	if got["x"] != 3 || got["y"] != 3 || len(got) != 2 {
		t.Errorf("flagTable: got %v, want x and y with both flags", got)
	}
	for _, bad := range []string{"c\tx\n", "a\n", "a\tX\n", "a\t \n"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("flagTable(%q): no panic", bad)
				}
			}()
			flagTable("t.tsv", bad, flags)
		}()
	}
}

func TestWordsWith(t *testing.T) {
	m := flagTable("t.tsv", "a\tx y\nb\ty z\n", map[string]uint8{"a": 1, "b": 2})
	if got := wordsWith(m, 1); len(got) != 2 || !got["x"] || !got["y"] {
		t.Errorf("wordsWith(a) = %v, want x y", got)
	}
	if got := wordsWith(m, 3); len(got) != 3 {
		t.Errorf("wordsWith(a|b) = %v, want x y z", got)
	}
}

// sameWords fails t unless the set got holds exactly the space-separated
// words of want: a family's kind read from its file is the list its
// reader kept before it moved there.
func sameWords(t *testing.T, name string, got map[string]bool, want string) {
	t.Helper()
	ws := strings.Fields(want)
	for _, w := range ws {
		if !got[w] {
			t.Errorf("%s: %q missing", name, w)
		}
	}
	if len(got) != len(ws) {
		t.Errorf("%s: %d words, want %d", name, len(got), len(ws))
	}
}
