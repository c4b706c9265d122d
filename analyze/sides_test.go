package analyze

import (
	"slices"
	"testing"
)

// TestConflictsNamed: the wars a sentence names by what is one war's
// alone; countries, powers and leaders name none. Invented sentences.
func TestConflictsNamed(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"The minister welcomed the recently resumed peace talks between Israelis and Palestinians.", []string{"israel-gaza"}},
		{"He said the Middle East peace process must not stall.", []string{"israel-gaza"}},
		{"Envoys met in Ramallah on Monday.", []string{"israel-gaza"}},
		{"Syrian rebels said talks in Aleppo had resumed on Monday.", []string{"syria"}},
		{"Hamas said on Monday it would attend.", []string{"israel-gaza"}},
		{"Russia and Iran said on Monday they backed the talks.", nil},
		{"Putin and Rouhani spoke by phone on Sunday.", nil},
	} {
		if got := ConflictsNamed(tt.s); !slices.Equal(got, tt.want) {
			t.Errorf("ConflictsNamed(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
