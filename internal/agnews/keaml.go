package agnews

import (
	"encoding/csv"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// Keaml is one of two more public extracts of the AG News train file
// (analyze/testdata/gate/fetch-agnews-keaml.sh): rows drawn by class,
// description only, cleaned and NLTK-tokenized by their authors. Their
// rows' ids are Prefix and the row number (from 1): ag-keaml-N is row N of
// keaml-train.csv, ag-keamlub-N of keaml-ub_train.csv.
type Keaml struct{ Prefix, Name, SHA256 string }

// KeamlExtracts are the two extracts, with the sha256 the labels were made on.
var KeamlExtracts = []Keaml{
	{"ag-keaml-", "keaml-train.csv", "676fa09c80f8e208e740af90c204d8085a54e31596361ffb9d7d5142ace49c16"},
	{"ag-keamlub-", "keaml-ub_train.csv", "02d2c58e612f2ca40abc100bae5bd93e210412565bdf6021607a6aa68bdf6283"},
}

// Articles reads the rows of an extract's data (class, text) as
// articles by id, the text untokenized by KeamlText; the class (0 = World)
// is not kept.
func (k Keaml) Articles(data []byte, into map[string]news.Article) error {
	rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	if err != nil {
		return fmt.Errorf("%s: %w", k.Name, err)
	}
	for i, r := range rows {
		if len(r) != 2 {
			return fmt.Errorf("%s row %d: %d fields", k.Name, i+1, len(r))
		}
		into[k.Prefix+strconv.Itoa(i+1)] = news.Article{Text: KeamlText(r[1])}
	}
	return nil
}

var (
	// keamlBefore: tokens the tokenizer cut from the word before them.
	keamlBefore = regexp.MustCompile(` ([,.;:?!%)\]}']|n't|'s|'re|'ve|'ll|'d|'m)( |$)`)
	// keamlAfter: tokens cut from the word after them.
	keamlAfter = regexp.MustCompile(`(^| )([(\[{$]) `)
	// keamlPossessive: the cleaning dropped "#39;" of "Iraq#39;s",
	// leaving "Iraq s"; a lone "s" after a word is that possessive.
	keamlPossessive = regexp.MustCompile(`([\p{L}\p{N}.]) s( |$)`)
)

// KeamlText undoes the extracts' cleaning and tokenizing as far as it can:
// sentences joined by tabs, "quot ;" for a double quote (a pair of them
// opens and closes), “ and ” for opening and closing quotes, punctuation
// cut from its word, and "s" for the possessive whose apostrophe the
// cleaning dropped. What it cannot undo (lower-cased nothing, but
// "U.S ." style splits it joins back) stays as the extract has it: the
// labellers read the text this function returns.
func KeamlText(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\t", " ")), " ")
	s = strings.ReplaceAll(s, "quot ;", `"`)
	s = strings.ReplaceAll(s, "``", `"`)
	s = strings.ReplaceAll(s, "''", `"`)
	for range 2 { // overlapping matches ("5 % ," ) take a second pass
		s = keamlBefore.ReplaceAllString(s, "$1$2")
		s = keamlAfter.ReplaceAllString(s, "$1$2")
		s = keamlPossessive.ReplaceAllString(s, "$1's$2")
	}
	return strings.TrimSpace(keamlQuotes(s))
}

// keamlQuotes joins each standalone double quote to the word it opens or
// closes, taking them in pairs.
func keamlQuotes(s string) string {
	f := strings.Fields(s)
	var b strings.Builder
	open := false
	glue := false // the last token written was an opening quote
	for i, w := range f {
		if w == `"` {
			open = !open
			if open {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(w)
				glue = true
				continue
			}
			b.WriteString(w) // closing: onto the word before
			continue
		}
		if i > 0 && !glue {
			b.WriteByte(' ')
		}
		glue = false
		b.WriteString(w)
	}
	return b.String()
}
