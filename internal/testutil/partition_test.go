package testutil

import "testing"

func TestPairAgreement(t *testing.T) {
	a := map[string]int64{"x": 1, "y": 1, "z": 2}
	tests := []struct {
		name string
		b    map[string]int64
		want float64
	}{
		{"same partition, other labels", map[string]int64{"x": 7, "y": 7, "z": 9}, 1},
		{"one pair split", map[string]int64{"x": 7, "y": 8, "z": 9}, 2.0 / 3},
		{"all together", map[string]int64{"x": 1, "y": 1, "z": 1}, 1.0 / 3},
		{"one missing", map[string]int64{"x": 1, "z": 2}, 2.0 / 3},
	}
	for _, tt := range tests {
		if got := PairAgreement(a, tt.b); got != tt.want {
			t.Errorf("%s: PairAgreement = %v, want %v", tt.name, got, tt.want)
		}
	}
}
