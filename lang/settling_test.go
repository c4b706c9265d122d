package lang

import (
	"slices"
	"strings"
	"testing"
)

func TestSettleStems(t *testing.T) {
	want := strings.Fields(`talks negotiat mediat dialog deal agreement accord envoy treat
		peace ceasefire cease-fire truce prisoner detainee hostage captive
		settlement reconcil surrender disarm evacuat political transition dispute
		curb halt stop end solution resolv resolution`)
	if got := SettleStems(); !slices.Equal(got, want) {
		t.Errorf("SettleStems() = %q, want %q", got, want)
	}
}

func TestFlagWords(t *testing.T) {
	flags := map[string]uint8{"a": 1, "b": 2}
	got := flagWords("# c\nb\tz\na\ty x\na,b\tx w\n", flags, 1)
	if want := []string{"y", "x", "w"}; !slices.Equal(got, want) {
		t.Errorf("flagWords = %q, want %q", got, want)
	}
}
