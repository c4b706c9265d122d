package analyze

import (
	"reflect"
	"testing"
)

// A row with alternatives stands for the rows it spells out, in the order a
// file would list them (the first word's choices varying slowest), so the
// compiled cues are those of the rows written one by one.
func TestExpandRow(t *testing.T) {
	got := expandRow("survey\t1\tkilled|murdered by his|her uncle")
	want := []string{
		"survey\t1\tkilled by his uncle",
		"survey\t1\tkilled by her uncle",
		"survey\t1\tmurdered by his uncle",
		"survey\t1\tmurdered by her uncle",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("expandRow = %q, want %q", got, want)
	}
	if got := expandRow("notviolence\t1\tfighting hunger"); !reflect.DeepEqual(got, []string{"notviolence\t1\tfighting hunger"}) {
		t.Fatalf("a row without alternatives: %q", got)
	}
	if _, err := newMatcher("notviolence\t1\tfight a||b"); err == nil {
		t.Fatal("an empty alternative was accepted")
	}
	written, err := newMatcher("survey\t1\tkilled by his uncle\nsurvey\t1\tkilled by her uncle\nsurvey\t1\tmurdered by his uncle\nsurvey\t1\tmurdered by her uncle")
	if err != nil {
		t.Fatal(err)
	}
	joined, err := newMatcher("survey\t1\tkilled|murdered by his|her uncle")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(written.cues, joined.cues) {
		t.Fatalf("cues differ:\n%v\n%v", written.cues, joined.cues)
	}
}
