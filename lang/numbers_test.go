package lang

import "testing"

func TestNumberWords(t *testing.T) {
	for w, want := range map[string]int64{"one": 1, "twelve": 12, "nineteen": 19, "ninety": 90} {
		if got, ok := Cardinal(w); !ok || got != want {
			t.Errorf("Cardinal(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	for _, w := range []string{"hundred", "dozen", "dozens", "first", "One", ""} {
		if _, ok := Cardinal(w); ok {
			t.Errorf("Cardinal(%q) ok, want not a cardinal", w)
		}
	}
	for w, want := range map[string]int64{"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9} {
		if got, ok := Scale(w); !ok || got != want {
			t.Errorf("Scale(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	for w, want := range map[string]int64{"dozens": 24, "hundreds": 200, "thousands": 2000, "tens": 20, "scores": 40} {
		if got, ok := Amount(w); !ok || got != want {
			t.Errorf("Amount(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	if _, ok := Amount("dozen"); ok {
		t.Error(`Amount("dozen") ok: "a dozen" is a number, not an amount`)
	}
}

func TestMillionMark(t *testing.T) {
	for _, c := range []struct {
		s    string
		j    int // just after the figure
		end  int
		mark bool
	}{
		{"4.3M people in need", 3, 4, true},
		{"a budget of $410 M in 2020", 16, 18, true},
		{"about 2 M.", 7, 9, true},
		{"a 5m wall", 3, 0, false},
		{"3 MSF clinics", 1, 0, false},
		{"on 2 March", 4, 0, false},
		{"12 Médecins", 2, 0, false},
	} {
		end, ok := MillionMark(c.s, c.j)
		if ok != c.mark || ok && end != c.end {
			t.Errorf("MillionMark(%q, %d) = %d, %v; want %d, %v", c.s, c.j, end, ok, c.end, c.mark)
		}
	}
}

func TestFootnoteMark(t *testing.T) {
	for _, c := range []struct {
		w    string
		min  int
		want int
	}{
		{"deaths1", 4, 6}, {"displaced12", 4, 9}, {"august2", 3, 6}, {"war1", 4, 0}, {"war1", 3, 3},
		{"deaths123", 4, 0}, {"deaths", 4, 0}, {"M23", 1, 0}, {"covid19", 4, 5}, {"ab1c12", 1, 0},
	} {
		if got := FootnoteMark(c.w, c.min); got != c.want {
			t.Errorf("FootnoteMark(%q, %d) = %d, want %d", c.w, c.min, got, c.want)
		}
	}
}

// TestNumberWordPattern pins the alternation ask's written counts are found
// by: every word Cardinal and Scale know, longest first, nothing else.
func TestNumberWordPattern(t *testing.T) {
	got := NumberWordPattern()
	want := "seventeen|eighteen|fourteen|nineteen|thirteen|thousand|billion|fifteen|hundred|million|seventy|" +
		"sixteen|eighty|eleven|ninety|thirty|twelve|twenty|eight|fifty|forty|seven|sixty|three|five|four|" +
		"nine|one|six|ten|two"
	if got != want {
		t.Fatalf("NumberWordPattern() = %q, want %q", got, want)
	}
}
