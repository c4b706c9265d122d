package analyze

import (
	"strings"
	"testing"
)

func TestFingerprintDistance(t *testing.T) {
	const text = "A motorcycle bomber killed at least 16 civilians outside a bakery in the Syrian city of Hasakeh on Tuesday, on the eve of the feast marking the end of Ramadan, an official said. The attack also wounded dozens of people in the Kurdish-held district, the Syrian Observatory for Human Rights said."
	tests := []struct {
		name     string
		a, b     [2]string // title, text
		min, max int
	}{
		{"identical", [2]string{"t", text}, [2]string{"t", text}, 0, 0},
		{"title and case ignored", [2]string{"Bakery bomb", text}, [2]string{"Other", strings.ToUpper(text)}, 0, 0},
		{"two words changed", [2]string{"", text}, [2]string{"", strings.Replace(strings.Replace(text, "dozens", "scores", 1), "Tuesday", "Monday", 1)}, 1, 13},
		{"unrelated", [2]string{"", text}, [2]string{"", "United Nations envoy Staffan de Mistura said talks in Geneva between the government and the opposition would resume next week, after delegations discussed a political transition and a nationwide ceasefire."}, 14, 64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Distance(Fingerprint(tt.a[0], tt.a[1]), Fingerprint(tt.b[0], tt.b[1]))
			if d < tt.min || d > tt.max {
				t.Errorf("Distance = %d, want %d..%d", d, tt.min, tt.max)
			}
		})
	}
}

func TestFingerprintEdges(t *testing.T) {
	if got := Fingerprint("", ""); got != 0 {
		t.Errorf("Fingerprint of nothing = %v, want 0", got)
	}
	if Fingerprint("Air strikes hit Aleppo", "") == 0 {
		t.Error("Fingerprint of a title alone = 0, want the title's")
	}
	if a, b := Fingerprint("", "one two"), Fingerprint("", "two one"); a == b {
		t.Errorf("Fingerprint ignores word order of a short text: %v", a)
	}
}

// TestSimhashCounts checks the eight-lane counting against bit-by-bit
// counting, across the 255-shingle flush.
func TestSimhashCounts(t *testing.T) {
	for _, n := range []int{1, 2, 3, 4, 100, 256, 257, 600} {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = strings.Repeat("w", i%7+1) + string(rune('a'+i%26))
		}
		var ones [64]int
		shingles := max(n-shingleSize+1, 1)
		for i := 0; i < shingles; i++ {
			h := shingleHash(ws[i:min(i+shingleSize, n)])
			for b := range ones {
				ones[b] += int(h >> b & 1)
			}
		}
		var want uint64
		for b, c := range ones {
			if 2*c > shingles {
				want |= 1 << b
			}
		}
		if got := uint64(simhash(ws)); got != want {
			t.Errorf("simhash of %d words = %016x, want %016x", n, got, want)
		}
	}
}

func BenchmarkFingerprint(b *testing.B) {
	text := strings.Repeat("Government air strikes on rebel-held eastern Aleppo killed 25 people, including six children, rescue workers said on Wednesday. ", 16)
	d := newDoc("Air strikes kill 25 in Aleppo", text)
	for b.Loop() {
		fingerprint(d)
	}
}
