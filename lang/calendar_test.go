package lang

import (
	"regexp"
	"testing"
	"time"
)

func TestMonth(t *testing.T) {
	tests := []struct {
		w    string
		want time.Month
		ok   bool
	}{
		{"january", time.January, true}, {"jan", time.January, true}, {"sept", time.September, true},
		{"sep", time.September, true}, {"may", time.May, true}, {"dec", time.December, true},
		{"January", 0, false}, {"ja", 0, false}, {"decem", 0, false}, {"", 0, false},
	}
	for _, tt := range tests {
		if got, ok := Month(tt.w); got != tt.want || ok != tt.ok {
			t.Errorf("Month(%q) = %v, %v; want %v, %v", tt.w, got, ok, tt.want, tt.ok)
		}
	}
	for _, w := range []string{"jan", "sept", "jun", "jul", "dec"} {
		if !isShortMonth(w) {
			t.Errorf("isShortMonth(%q) = false", w)
		}
	}
	for _, w := range []string{"may", "june", "march", "x"} {
		if isShortMonth(w) {
			t.Errorf("isShortMonth(%q) = true", w)
		}
	}
}

func TestWeekday(t *testing.T) {
	if d, ok := Weekday("thursday"); !ok || d != time.Thursday {
		t.Errorf("Weekday(thursday) = %v, %v", d, ok)
	}
	if _, ok := Weekday("thu"); ok {
		t.Error("Weekday(thu): a short name is not a full one")
	}
	if d, ok := ShortWeekday("thurs"); !ok || d != time.Thursday {
		t.Errorf("ShortWeekday(thurs) = %v, %v", d, ok)
	}
	if d, ok := ShortWeekday("sun"); !ok || d != time.Sunday {
		t.Errorf("ShortWeekday(sun) = %v, %v", d, ok)
	}
}

func TestYear(t *testing.T) {
	tests := []struct {
		w    string
		want int
		ok   bool
	}{
		{"2016", 2016, true}, {"1948", 1948, true}, {"1900", 1900, true}, {"2099", 2099, true},
		{"2100", 0, false}, {"1899", 0, false}, {"201", 0, false}, {"20166", 0, false}, {"20a6", 0, false},
		{"٢٠١٦", 0, false}, {"", 0, false},
	}
	for _, tt := range tests {
		if got, ok := Year(tt.w); got != tt.want || ok != tt.ok || IsYear(tt.w) != tt.ok {
			t.Errorf("Year(%q) = %d, %v; want %d, %v", tt.w, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDayOfMonth(t *testing.T) {
	tests := []struct {
		w    string
		want int
		ok   bool
	}{
		{"8", 8, true}, {"08", 8, true}, {"31", 31, true}, {"8th", 8, true}, {"21st", 21, true},
		{"2nd", 2, true}, {"3rd", 3, true}, {"0", 0, false}, {"32", 0, false}, {"008", 0, false},
		{"th", 0, false}, {"+5", 0, false}, {"2016", 0, false}, {"", 0, false},
	}
	for _, tt := range tests {
		got, ok := DayOfMonth(tt.w)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("DayOfMonth(%q) = %d, %v; want %d, %v", tt.w, got, ok, tt.want, tt.ok)
		}
	}
}

// TestMonthPattern: the alternation matches every name Month knows, whole,
// and nothing else.
func TestMonthPattern(t *testing.T) {
	re := regexp.MustCompile(`^(?:` + MonthPattern() + `)$`)
	for w := range months {
		if !re.MatchString(w) {
			t.Errorf("MonthPattern misses %q", w)
		}
	}
	for _, w := range []string{"mayor", "marc", "janitor", "june2"} {
		if re.MatchString(w) {
			t.Errorf("MonthPattern matches %q", w)
		}
	}
}

func TestRelativeDay(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want int
		ok   bool
	}{
		{"today", 0, true}, {"tonight", 0, true}, {"yesterday", -1, true}, {"tomorrow", 1, true},
		{"Today", 0, false}, {"overnight", 0, false}, {"monday", 0, false}, {"", 0, false},
	} {
		got, ok := RelativeDay(tc.w)
		if got != tc.want || ok != tc.ok {
			t.Errorf("RelativeDay(%q) = %d, %v, want %d, %v", tc.w, got, ok, tc.want, tc.ok)
		}
	}
}

// TestHoldsWeekday: a weekday's name anywhere in lower-case text, within a
// word too (a test before splitting into words, not a word test).
func TestHoldsWeekday(t *testing.T) {
	for s, want := range map[string]bool{
		"the monitor said on wednesday that 40 died": true,
		"40 died in the past few days":               false,
		"sundays":                                    true,
		"":                                           false,
	} {
		if got := HoldsWeekday(s); got != want {
			t.Errorf("HoldsWeekday(%q) = %v, want %v", s, got, want)
		}
	}
}
