package lang

import "testing"

func TestCurrency(t *testing.T) {
	tests := []struct {
		w                          string
		code, name, currency, pref bool
	}{
		{"usd", true, false, true, true},
		{"syp", true, false, true, true},
		{"euros", false, true, true, false},
		{"dinars", false, true, true, false},
		{"us", false, false, false, true}, // "US 4m": a code before a figure only
		{"try", false, false, false, false},
		{"people", false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.w, func(t *testing.T) {
			if got := CurrencyCode(tt.w); got != tt.code {
				t.Errorf("CurrencyCode = %v, want %v", got, tt.code)
			}
			if got := CurrencyName(tt.w); got != tt.name {
				t.Errorf("CurrencyName = %v, want %v", got, tt.name)
			}
			if got := Currency(tt.w); got != tt.currency {
				t.Errorf("Currency = %v, want %v", got, tt.currency)
			}
			if got := CurrencyPrefix(tt.w); got != tt.pref {
				t.Errorf("CurrencyPrefix = %v, want %v", got, tt.pref)
			}
		})
	}
}

func TestCurrencySymbolEnding(t *testing.T) {
	for s, want := range map[string]string{
		"pledged US$": "US$", "pledged $": "$", "about £": "£", "€": "€", "pledged ": "", "": "",
	} {
		got, ok := CurrencySymbolEnding(s)
		if got != want || ok != (want != "") {
			t.Errorf("CurrencySymbolEnding(%q) = %q, %v, want %q", s, got, ok, want)
		}
	}
}

func TestParseCurrencies(t *testing.T) {
	for _, bad := range []string{"usd\tdollars", "US\tdollars", "USD\ta\tb\tc\td"} {
		if _, err := parseCurrencies(bad); err == nil {
			t.Errorf("parseCurrencies(%q): no error", bad)
		}
	}
}

func TestOrdinalWord(t *testing.T) {
	for w, want := range map[string]int{"first": 1, "fifth": 5, "tenth": 10, "eleventh": 0, "3rd": 0, "": 0} {
		got, ok := OrdinalWord(w)
		if got != want || ok != (want > 0) {
			t.Errorf("OrdinalWord(%q) = %d, %v, want %d", w, got, ok, want)
		}
	}
}
