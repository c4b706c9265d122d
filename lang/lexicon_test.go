package lang

import (
	"slices"
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
