package lang

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

//go:embed lexicon/currencies.tsv
var currencyData string

// currencyTable is lexicon/currencies.tsv read once: lower-case codes,
// names and the other words written as a code, and the symbols longest
// first (so that "US$" is read before "$").
type currencyTable struct {
	codes, names, also map[string]bool
	symbols            []string
}

// currencies is the table. A malformed currencies.tsv is a programming
// error caught by the tests; it panics at start-up.
var currencies = mustCurrencies(currencyData)

func mustCurrencies(data string) currencyTable {
	t, err := parseCurrencies(data)
	if err != nil {
		panic(err)
	}
	return t
}

// parseCurrencies reads the table: "#" comments, then rows of a code ("-"
// for none), names, symbols and other code words, tab-separated (trailing
// columns may be left off).
func parseCurrencies(data string) (currencyTable, error) {
	t := currencyTable{codes: map[string]bool{}, names: map[string]bool{}, also: map[string]bool{}}
	for _, l := range lexiconLines(data) {
		cols := l.cols()
		if len(cols) > 4 {
			return t, fmt.Errorf("currencies.tsv:%d: %d columns, want at most 4", l.n, len(cols))
		}
		cols = append(cols, "", "", "")[:4]
		if code := strings.TrimSpace(cols[0]); code != "-" {
			if len(code) != 3 || strings.ToUpper(code) != code {
				return t, fmt.Errorf("currencies.tsv:%d: code %q is no three capitals", l.n, code)
			}
			t.codes[strings.ToLower(code)] = true
		}
		for _, w := range strings.Fields(cols[1]) {
			t.names[w] = true
		}
		for _, s := range strings.Fields(cols[2]) {
			if !slices.Contains(t.symbols, s) {
				t.symbols = append(t.symbols, s)
			}
		}
		for _, w := range strings.Fields(cols[3]) {
			t.also[strings.ToLower(w)] = true
		}
	}
	slices.SortStableFunc(t.symbols, func(a, b string) int { return len(b) - len(a) })
	return t, nil
}

// CurrencyCode reports whether w (lower case) is a currency's ISO code
// ("usd", "syp").
func CurrencyCode(w string) bool { return currencies.codes[w] }

// CurrencyName reports whether w (lower case) names a currency ("euros",
// "francs", "dinars").
func CurrencyName(w string) bool { return currencies.names[w] }

// Currency reports whether w (lower case) is a currency's name or code:
// after a number it makes the number an amount of money.
func Currency(w string) bool { return currencyWords.Has(w) }

// currencyWords are the currencies' codes and names, as Currency reads
// them (a WordSet: most words it is asked about are turned away unhashed).
var currencyWords = func() WordSet {
	m := map[string]bool{}
	for _, t := range []map[string]bool{currencies.codes, currencies.names} {
		for w, ok := range t {
			m[w] = m[w] || ok
		}
	}
	return WordSetOf(m)
}()

// CurrencyPrefix reports whether w (lower case) is written before a figure
// as its currency's code: an ISO code, or a country's short name used as one
// ("US 4m").
func CurrencyPrefix(w string) bool { return currencies.codes[w] || currencies.also[w] }

// CurrencySymbolEnding returns the currency symbol s ends with ("US$",
// "$", "£", "€"), the longest that does: the text before a figure ends with
// its currency's symbol ("US$9.9 million").
func CurrencySymbolEnding(s string) (string, bool) {
	for _, sym := range currencies.symbols {
		if strings.HasSuffix(s, sym) {
			return sym, true
		}
	}
	return "", false
}
